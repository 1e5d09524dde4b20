//! Located, human mistakes and warnings.
//!
//! Provincial staff read these, so each one names the file, the line and column where
//! the file has one, says what is wrong, and says how to fix it.

use std::fmt;
use std::path::{Path, PathBuf};

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
    pub(crate) message: String,
    pub(crate) fix: String,
}

impl Diagnostic {
    pub(crate) fn error(
        file: impl Into<String>,
        message: impl Into<String>,
        fix: impl Into<String>,
    ) -> Self {
        Diagnostic {
            file: file.into(),
            position: None,
            severity: Severity::Error,
            message: message.into(),
            fix: fix.into(),
        }
    }

    pub(crate) fn warning(
        file: impl Into<String>,
        message: impl Into<String>,
        fix: impl Into<String>,
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
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{label}: {}", self.file)?;
        if let Some(p) = self.position {
            write!(f, ":{}:{}", p.line, p.column)?;
        }
        write!(f, ": {}", self.message)?;
        if !self.fix.is_empty() {
            write!(f, "\n  fix: {}", self.fix)?;
        }
        Ok(())
    }
}

/// Mistakes and warnings collected over a whole run, so one run reports them
/// all. Every stage is given the run's `Diagnostics`; it alone counts them.
#[derive(Debug, Default)]
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

    /// In file order, then line order, whatever order the threads finished in.
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

/// The nearest valid names to a mistyped one, for "did you mean" advice.
pub(crate) fn nearest<'a>(wrong: &str, valid: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let mut scored: Vec<(f64, &str)> = valid
        .into_iter()
        .map(|v| (strsim::jaro_winkler(wrong, v), v))
        .filter(|(score, _)| *score >= 0.75)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    scored.into_iter().take(3).map(|(_, v)| v).collect()
}

/// "did you mean `a`?" or the list of what is valid when nothing is near.
pub(crate) fn suggest<'a>(wrong: &str, valid: impl IntoIterator<Item = &'a str> + Clone) -> String {
    let near = nearest(wrong, valid.clone());
    if near.is_empty() {
        let all: Vec<String> = valid.into_iter().map(|v| format!("`{v}`")).collect();
        if all.is_empty() {
            return String::new();
        }
        format!("use one of {}", all.join(", "))
    } else {
        let near: Vec<String> = near.iter().map(|v| format!("`{v}`")).collect();
        format!("did you mean {}?", near.join(" or "))
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
        assert_eq!(
            suggest("sectr", ["code", "sector", "status"]),
            "did you mean `sector`?"
        );
    }

    #[test]
    fn lists_every_key_when_none_is_near() {
        assert_eq!(
            suggest("zzz", ["code", "sector"]),
            "use one of `code`, `sector`"
        );
    }

    #[test]
    fn prints_file_line_column_and_fix() {
        let d = Diagnostic::error("content/a.toml", "unknown key `x`", "remove it")
            .at(Some(Position { line: 3, column: 1 }));
        assert_eq!(
            d.to_string(),
            "error: content/a.toml:3:1: unknown key `x`\n  fix: remove it"
        );
    }

    #[test]
    fn groups_amounts_by_thousands() {
        assert_eq!(super::grouped(5_300_000_000), "5_300_000_000");
        assert_eq!(super::grouped(999), "999");
        assert_eq!(super::grouped(1000), "1_000");
    }
}
