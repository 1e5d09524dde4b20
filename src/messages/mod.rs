//! The tool's own words (mistakes, help, what a command did), in the staff's
//! language: Fluent files compiled into the binary, Vietnamese first, English
//! on request. The site's interface strings are elsewhere (`i18n/`): a site
//! may change those, never these.

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// A language the tool speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Lang {
    Vi,
    En,
}

impl Lang {
    /// The tool's language for a code like `vi`, `vi_VN.UTF-8` or `en-GB`.
    pub(crate) fn from_code(code: &str) -> Option<Lang> {
        let primary = code
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub(crate) fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }
}

/// A message by its id, with its arguments: rendered only when printed, in
/// the language chosen then. The id doubles as the stable code of a mistake
/// (`check --format json`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Text {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Arg {
    Str(String),
    Int(i64),
    /// Another message, rendered in the same language.
    Text(Box<Text>),
    /// Names written as code, joined as the language joins a choice:
    /// "`a`, `b` or `c`".
    Names(Vec<String>),
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}
impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_string())
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Str(s.clone())
    }
}
impl From<Text> for Arg {
    fn from(t: Text) -> Arg {
        Arg::Text(Box::new(t))
    }
}
impl From<Vec<String>> for Arg {
    fn from(names: Vec<String>) -> Arg {
        Arg::Names(names)
    }
}
macro_rules! int_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
int_arg!(u8, u32, u64, usize, i32, i64);

impl Text {
    pub(crate) fn new(id: &'static str) -> Text {
        Text {
            id,
            args: Vec::new(),
        }
    }

    #[must_use]
    pub(crate) fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Text {
        self.args.push((name, value.into()));
        self
    }

    pub(crate) fn id(&self) -> &'static str {
        self.id
    }

    /// The message in `lang`.
    pub(crate) fn render(&self, lang: Lang) -> String {
        CATALOG.render(self, lang)
    }
}

/// `text!("unknown-key", key = wrong)`: a message with its arguments.
macro_rules! text {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::messages::Text::new($id)$(.with(stringify!($name), $value))*
    };
}
pub(crate) use text;

/// The Fluent files of each language, compiled in.
const SOURCES: [(Lang, &[&str]); 2] = [
    (
        Lang::Vi,
        &[
            include_str!("vi/mistakes.ftl"),
            include_str!("vi/commands.ftl"),
            include_str!("vi/import.ftl"),
        ],
    ),
    (
        Lang::En,
        &[
            include_str!("en/mistakes.ftl"),
            include_str!("en/commands.ftl"),
            include_str!("en/import.ftl"),
        ],
    ),
];

struct Catalog {
    bundles: Vec<(Lang, FluentBundle<FluentResource>)>,
}

static CATALOG: LazyLock<Catalog> = LazyLock::new(|| {
    let bundles = SOURCES
        .iter()
        .map(|(lang, files)| {
            let id: LanguageIdentifier = lang.code().parse().expect("a language code");
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            bundle.set_use_isolating(false);
            for text in *files {
                // The files are the tool's own, checked by a unit test.
                let resource =
                    FluentResource::try_new((*text).to_string()).unwrap_or_else(|(r, _)| r);
                bundle.add_resource_overriding(resource);
            }
            (*lang, bundle)
        })
        .collect();
    Catalog { bundles }
});

impl Catalog {
    fn bundle(&self, lang: Lang) -> &FluentBundle<FluentResource> {
        &self
            .bundles
            .iter()
            .find(|(l, _)| *l == lang)
            .expect("every language has a bundle")
            .1
    }

    fn render(&self, text: &Text, lang: Lang) -> String {
        let bundle = self.bundle(lang);
        let Some(pattern) = bundle.get_message(text.id).and_then(|m| m.value()) else {
            // Never in a release (a test checks every id), but never a panic.
            return text.id.to_string();
        };
        let mut args = FluentArgs::new();
        for (name, value) in &text.args {
            let value: FluentValue<'_> = match value {
                Arg::Str(s) => s.clone().into(),
                Arg::Int(n) => (*n).into(),
                Arg::Text(t) => self.render(t, lang).into(),
                Arg::Names(names) => self.names(names, lang).into(),
            };
            args.set(*name, value);
        }
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, Some(&args), &mut errors)
            .into_owned()
    }

    /// "`a`", "`a` or `b`", "`a`, `b` or `c`".
    fn names(&self, names: &[String], lang: Lang) -> String {
        let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
        match quoted.as_slice() {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => {
                let or = self.render(&Text::new("word-or"), lang);
                format!("{} {or} {last}", init.join(", "))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn ids(lang: Lang) -> BTreeSet<String> {
        let files = SOURCES.iter().find(|(l, _)| *l == lang).unwrap().1;
        let mut ids = BTreeSet::new();
        for text in files {
            let resource = FluentResource::try_new((*text).to_string())
                .unwrap_or_else(|(_, e)| panic!("{lang:?}: {e:?}"));
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    assert!(
                        ids.insert(m.id.name.to_string()),
                        "{lang:?}: {} twice",
                        m.id.name
                    );
                }
            }
        }
        ids
    }

    #[test]
    fn both_languages_have_the_same_messages() {
        assert_eq!(ids(Lang::Vi), ids(Lang::En));
    }

    /// Every `text!("id"` and `Text::new("id"` in the source names a message
    /// of the catalog: no message goes out untranslated.
    #[test]
    fn every_message_the_code_uses_exists() {
        let known = ids(Lang::En);
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut missing = Vec::new();
        for entry in walkdir::WalkDir::new(root) {
            let entry = entry.unwrap();
            if entry.path().extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let source = std::fs::read_to_string(entry.path()).unwrap();
            // The id may stand on the next line when rustfmt breaks the call.
            for marker in ["text!(", "Text::new("] {
                for (at, _) in source.match_indices(marker) {
                    let rest = source[at + marker.len()..].trim_start();
                    let Some(rest) = rest.strip_prefix('"') else {
                        continue;
                    };
                    let id = &rest[..rest.find('"').unwrap()];
                    let an_id = id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                    if an_id && !id.is_empty() && id != "id" && !known.contains(id) {
                        missing.push(format!("{}: {id}", entry.path().display()));
                    }
                }
            }
        }
        assert!(
            missing.is_empty(),
            "messages missing from the catalog:\n{}",
            missing.join("\n")
        );
    }

    #[test]
    fn reads_the_language_of_a_locale() {
        assert_eq!(Lang::from_code("vi_VN.UTF-8"), Some(Lang::Vi));
        assert_eq!(Lang::from_code("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_code("C.UTF-8"), None);
        assert_eq!(Lang::from_code("fr"), None);
    }

    #[test]
    fn joins_names_as_each_language_joins_a_choice() {
        let t = text!(
            "did-you-mean",
            names = vec!["a".to_string(), "b".to_string(), "c".to_string()]
        );
        assert_eq!(t.render(Lang::En), "did you mean `a`, `b` or `c`?");
        assert_eq!(t.render(Lang::Vi), "có phải ý bạn là `a`, `b` hoặc `c`?");
    }
}
