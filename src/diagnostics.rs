//! Located, human mistakes and warnings.
//!
//! Provincial staff read these, so each one names the file, the line and column where
//! the file has one, says what is wrong, and says how to fix it.

#[cfg(test)]
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

#[cfg(test)]
use crate::messages::Lang;
use crate::messages::{text, Text};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Severity {
    Error,
    Warning,
}

/// A place in a file, 1-based, columns counted in characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Position {
    pub(crate) line: usize,
    pub(crate) column: usize,
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Diagnostic {
    /// Relative to the site directory, with `/` separators, so that messages and
    /// tests do not depend on where the site lives.
    pub(crate) file: String,
    pub(crate) position: Option<Position>,
    pub(crate) severity: Severity,
    /// What is wrong; its id is the mistake's stable code.
    pub(crate) message: Text,
    /// How to fix it.
    pub(crate) fix: Option<Text>,
}

impl Diagnostic {
    pub(crate) fn error(
        file: impl Into<String>,
        message: Text,
        fix: impl Into<Option<Text>>,
    ) -> Self {
        Diagnostic {
            file: file.into(),
            position: None,
            severity: Severity::Error,
            message,
            fix: fix.into(),
        }
    }

    pub(crate) fn warning(
        file: impl Into<String>,
        message: Text,
        fix: impl Into<Option<Text>>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(file, message, fix)
        }
    }

    #[must_use]
    pub(crate) fn at(mut self, position: Option<Position>) -> Self {
        self.position = position;
        self
    }

    /// The mistake's stable code, for editors and CI.
    pub(crate) fn code(&self) -> &'static str {
        self.message.id()
    }

    /// On one line and the next, without the source excerpt: `error:
    /// file:line:column: message` and `  fix: …`. What unit tests compare.
    #[cfg(test)]
    pub(crate) fn plain(&self, lang: Lang) -> String {
        let label = match self.severity {
            Severity::Error => text!("label-error"),
            Severity::Warning => text!("label-warning"),
        };
        let mut out = format!("{}: {}", label.render(lang), self.file);
        if let Some(p) = self.position {
            write!(out, ":{}:{}", p.line, p.column).expect("writing to a string");
        }
        out.push_str(": ");
        out.push_str(&self.message.render(lang));
        if let Some(fix) = &self.fix {
            write!(
                out,
                "\n  {}: {}",
                text!("label-fix").render(lang),
                fix.render(lang)
            )
            .expect("writing to a string");
        }
        out
    }
}

/// Mistakes and warnings collected over a whole run, so one run reports them
/// all. Every stage is given the run's `Diagnostics`; it alone counts them.
#[derive(Debug, Clone, Default)]
pub(crate) struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub(crate) fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }

    pub(crate) fn extend(&mut self, ds: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(ds);
    }

    pub(crate) fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }

    pub(crate) fn error_count(&self) -> usize {
        self.items
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count()
    }

    pub(crate) fn warning_count(&self) -> usize {
        self.items.len() - self.error_count()
    }

    /// Whether the run must stop: a mistake, or under `--strict` any warning.
    pub(crate) fn fails(&self, strict: bool) -> bool {
        if strict {
            !self.items.is_empty()
        } else {
            self.has_errors()
        }
    }

    /// `--strict`: a warning is a mistake too.
    pub(crate) fn make_warnings_errors(&mut self) {
        for d in &mut self.items {
            d.severity = Severity::Error;
        }
    }

    /// In file order, then line order, whatever order the threads finished
    /// in, each once.
    pub(crate) fn sorted(&self) -> impl Iterator<Item = &Diagnostic> {
        let mut all: Vec<&Diagnostic> = self.items.iter().collect();
        all.sort();
        all.dedup();
        all.into_iter()
    }

    /// In file order, then line order, whatever order the threads finished in.
    #[cfg(test)]
    pub(crate) fn into_sorted(mut self) -> Vec<Diagnostic> {
        self.items.sort();
        self.items.dedup();
        self.items
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

/// The path of `file` relative to `root`, with `/` separators.
pub(crate) fn relative(root: &Path, file: &Path) -> String {
    let rel: PathBuf = file.strip_prefix(root).unwrap_or(file).to_path_buf();
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// The valid names close to a mistyped one, nearest first: a name counts as
/// close when few of its letters differ (a third of them at most, case and
/// tone marks aside), so that "tien-phong" is never offered "tinh".
pub(crate) fn nearest<'a>(wrong: &str, valid: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let plain = |s: &str| crate::fold::fold(s).replace([' ', '_'], "-");
    let wrong = plain(wrong);
    let mut scored: Vec<(usize, &str)> = valid
        .into_iter()
        .filter_map(|v| {
            let candidate = plain(v);
            let distance = strsim::damerau_levenshtein(&wrong, &candidate);
            let limit = (wrong.chars().count().max(candidate.chars().count()) / 3).max(1);
            (distance <= limit).then_some((distance, v))
        })
        .collect();
    scored.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(b.1)));
    scored.into_iter().take(3).map(|(_, v)| v).collect()
}

/// "did you mean `a`?" when a valid name is near, else the list of what is
/// valid; `None` when nothing is valid at all.
pub(crate) fn suggest<'a>(
    wrong: &str,
    valid: impl IntoIterator<Item = &'a str> + Clone,
) -> Option<Text> {
    let near = nearest(wrong, valid.clone());
    if near.is_empty() {
        let all: Vec<String> = valid.into_iter().map(str::to_string).collect();
        (!all.is_empty()).then(|| text!("use-one-of", names = all))
    } else {
        Some(text!(
            "did-you-mean",
            names = near.into_iter().map(str::to_string).collect::<Vec<_>>()
        ))
    }
}

/// A suggestion, when there is one, followed by where the valid names are:
/// "did you mean `x`? (the sectors are listed in …)".
pub(crate) fn suggest_or(suggestion: Option<Text>, hint: Text) -> Text {
    match suggestion {
        Some(s) => text!("suggestion-and-hint", suggestion = s, hint = hint),
        None => hint,
    }
}

/// An amount as staff may write it in TOML, grouped by thousands with `_`
/// (`5_300_000_000`), so a figure in a message is easy to find in the file.
pub(crate) fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('_');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_nearest_key() {
        let fix = suggest("sectr", ["code", "sector", "status"]).unwrap();
        assert_eq!(fix.render(Lang::En), "did you mean `sector`?");
    }

    #[test]
    fn lists_every_key_when_none_is_near() {
        let fix = suggest("zzz", ["code", "sector"]).unwrap();
        assert_eq!(fix.render(Lang::En), "use one of `code` or `sector`");
    }

    #[test]
    fn suggests_a_name_only_when_it_is_close() {
        assert!(nearest("tien-phong", ["tinh", "tien-phog"]) == ["tien-phog"]);
        assert!(nearest("tien-phong", ["tinh"]).is_empty());
        assert_eq!(nearest("Y tê", ["y-te", "giao-duc"]), ["y-te"]);
    }

    #[test]
    fn prints_file_line_column_and_fix() {
        let d = Diagnostic::error("content/a.toml", text!("unknown-key", key = "x"), None)
            .at(Some(Position { line: 3, column: 1 }));
        assert_eq!(
            d.plain(Lang::En),
            "error: content/a.toml:3:1: unknown key `x`"
        );
        assert_eq!(
            d.plain(Lang::Vi),
            "lỗi: content/a.toml:3:1: khóa `x` không có trong định dạng nội dung"
        );
    }

    #[test]
    fn groups_amounts_by_thousands() {
        assert_eq!(super::grouped(5_300_000_000), "5_300_000_000");
        assert_eq!(super::grouped(999), "999");
        assert_eq!(super::grouped(1000), "1_000");
    }
}
