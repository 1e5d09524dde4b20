//! Words written once per language, such as a sector's name `{ vi = "…", en = "…" }`.

use std::collections::BTreeMap;

use serde::Serialize;
use toml::Spanned;

use crate::diagnostics::{suggest, suggest_or, Diagnostic, Diagnostics};
use crate::messages::{text, Text};
use crate::source::SourceFile;

/// Words per language as written, `{ vi = "…", en = "…" }`: each language's
/// key and text keep their place in the file, for messages that point at them.
pub(crate) type RawTexts = Spanned<BTreeMap<Spanned<String>, Spanned<String>>>;

/// An index into the site's `languages`; languages come from site.toml, never code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub(crate) struct LangId(pub(crate) usize);

/// The site's languages, in switcher order, and which one is the default.
#[derive(Clone, Debug)]
pub(crate) struct Languages {
    pub(crate) codes: Vec<String>,
    pub(crate) default: LangId,
}

impl Languages {
    pub(crate) fn ids(&self) -> impl Iterator<Item = LangId> + '_ {
        (0..self.codes.len()).map(LangId)
    }

    pub(crate) fn code(&self, id: LangId) -> &str {
        &self.codes[id.0]
    }

    pub(crate) fn default_code(&self) -> &str {
        self.code(self.default)
    }

    pub(crate) fn find(&self, code: &str) -> Option<LangId> {
        self.codes.iter().position(|c| c == code).map(LangId)
    }
}

/// One text per language; the default language's is always there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Texts {
    by_lang: Vec<Option<String>>,
    default: LangId,
}

/// A text and the language it is written in, which differs from the page's
/// language when the translation is missing.
#[derive(Clone, Copy, Debug, Serialize)]
pub(crate) struct Localized<'a> {
    pub(crate) text: &'a str,
    pub(crate) lang: &'a str,
    pub(crate) fallback: bool,
}

impl Texts {
    /// The text in `lang`, or in the default language when it has none.
    pub(crate) fn get(&self, lang: LangId) -> (&str, LangId) {
        match &self.by_lang[lang.0] {
            Some(t) => (t, lang),
            None => (
                self.by_lang[self.default.0].as_deref().unwrap_or_default(),
                self.default,
            ),
        }
    }

    pub(crate) fn localized<'a>(&'a self, lang: LangId, languages: &'a Languages) -> Localized<'a> {
        let (text, used) = self.get(lang);
        Localized {
            text,
            lang: languages.code(used),
            fallback: used != lang,
        }
    }

    pub(crate) fn has(&self, lang: LangId) -> bool {
        self.by_lang[lang.0].is_some()
    }

    /// Checks a raw `{ vi = "…", en = "…" }`: every key a language of the site, the
    /// default language present (a mistake), the others present (a warning).
    /// A message about one language points at its key or its text; one about a
    /// language not written at all, at the table.
    pub(crate) fn check(
        raw: &RawTexts,
        languages: &Languages,
        source: &SourceFile,
        what: &Text,
        out: &mut Diagnostics,
    ) -> Option<Texts> {
        let at = |offset: usize| Some(source.position(offset));
        let mut by_lang = vec![None; languages.codes.len()];
        let mut empty = vec![None; languages.codes.len()];
        for (code, text) in raw.get_ref() {
            match languages.find(code.get_ref()) {
                Some(id) if !text.get_ref().trim().is_empty() => {
                    by_lang[id.0] = Some(text.get_ref().trim().to_string());
                }
                Some(id) => empty[id.0] = Some(text.span().start),
                None => out.push(
                    Diagnostic::error(
                        &source.name,
                        text!(
                            "not-a-site-language",
                            what = what.clone(),
                            lang = code.get_ref()
                        ),
                        suggest_or(
                            suggest(code.get_ref(), languages.codes.iter().map(String::as_str)),
                            text!("languages-are-set-in-site-toml"),
                        ),
                    )
                    .at(at(code.span().start)),
                ),
            }
        }
        for id in languages.ids() {
            if by_lang[id.0].is_some() {
                continue;
            }
            let code = languages.code(id);
            // `en = ""` is there, and needs its text, not another `en`.
            let (message, fix, offset) = match empty[id.0] {
                Some(offset) => (
                    text!("text-empty", what = what.clone(), lang = code),
                    text!("text-empty-fix", lang = code),
                    offset,
                ),
                None => (
                    text!("no-text-in", what = what.clone(), lang = code),
                    text!("no-text-in-fix", lang = code),
                    raw.span().start,
                ),
            };
            if id == languages.default {
                out.push(Diagnostic::error(&source.name, message, fix).at(at(offset)));
            } else {
                out.push(Diagnostic::warning(&source.name, message, fix).at(at(offset)));
            }
        }
        by_lang[languages.default.0].is_some().then_some(Texts {
            by_lang,
            default: languages.default,
        })
    }

    /// A text in one language only, for tests.
    #[cfg(test)]
    pub(crate) fn single(text: &str) -> Texts {
        Texts {
            by_lang: vec![Some(text.to_string())],
            default: LangId(0),
        }
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = (LangId, &str)> {
        self.by_lang
            .iter()
            .enumerate()
            .filter_map(|(i, t)| t.as_deref().map(|t| (LangId(i), t)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::Lang;

    fn langs() -> Languages {
        Languages {
            codes: vec!["vi".into(), "en".into()],
            default: LangId(0),
        }
    }

    #[derive(serde::Deserialize)]
    struct W {
        name: RawTexts,
    }

    fn check(toml_text: &str) -> (Option<Texts>, Vec<Diagnostic>) {
        let src = SourceFile::from_text("site.toml", toml_text);
        let w: W = toml::from_str(&src.text).unwrap();
        let mut out = crate::diagnostics::Diagnostics::default();
        (
            Texts::check(&w.name, &langs(), &src, &text!("what-the-name"), &mut out),
            out.into_sorted(),
        )
    }

    #[test]
    fn falls_back_to_vietnamese_when_english_is_missing() {
        let (t, out) = check("name = { vi = \"Giáo dục\" }");
        let t = t.unwrap();
        assert_eq!(t.get(LangId(1)), ("Giáo dục", LangId(0)));
        assert_eq!(out.len(), 1);
        assert_eq!(
            out[0].plain(Lang::En),
            "warning: site.toml:1:8: the name has no text in `en`\n  fix: add `en = \"…\"`"
        );
    }

    #[test]
    fn a_missing_default_language_is_a_mistake() {
        let (t, out) = check("name = { en = \"Education\" }");
        assert!(t.is_none());
        assert_eq!(
            out[0].plain(Lang::En),
            "error: site.toml:1:8: the name has no text in `vi`\n  fix: add `vi = \"…\"`"
        );
    }

    #[test]
    fn an_unknown_language_is_a_mistake_with_suggestion() {
        let (_, out) = check("name = { vi = \"a\", en = \"b\", eng = \"c\" }");
        assert_eq!(
            out[0].plain(Lang::En),
            "error: site.toml:1:30: the name: `eng` is not a language of this site\n  fix: did you mean `en`? (the languages are set by `languages` in site.toml)"
        );
    }

    #[test]
    fn an_empty_text_is_called_empty_at_its_quotes() {
        let (t, out) = check("name = { vi = \"Giáo dục\", en = \"  \" }");
        assert_eq!(t.unwrap().get(LangId(1)), ("Giáo dục", LangId(0)));
        assert_eq!(out.len(), 1);
        assert_eq!(
            out[0].plain(Lang::En),
            "warning: site.toml:1:32: the name: the `en` text is empty\n  fix: write the text between the quotes: en = \"…\""
        );
        let (t, out) = check("name = { vi = \"\", en = \"Education\" }");
        assert!(t.is_none());
        assert_eq!(
            out[0].plain(Lang::En),
            "error: site.toml:1:15: the name: the `vi` text is empty\n  fix: write the text between the quotes: vi = \"…\""
        );
    }
}
