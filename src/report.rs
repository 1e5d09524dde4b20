//! What the terminal shows after a build, a check or a preview's rebuild: each
//! mistake and warning with its file, line and column, the source line with a
//! caret under the place, what is wrong and how to fix it (as the Rust and Elm
//! compilers show theirs), then one line that counts mistakes and warnings
//! apart. The command line and the preview both print through here, in the
//! staff's language.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};
use serde::Serialize;

use crate::diagnostics::{Diagnostic, Diagnostics, Severity};
use crate::messages::{text, Lang, Text};
use crate::source::SourceFile;

/// Renders diagnostics in one language, reading the source lines of the site
/// under `root` (each file once).
pub(crate) struct Reporter {
    lang: Lang,
    root: Option<PathBuf>,
    sources: std::cell::RefCell<HashMap<String, Option<Vec<String>>>>,
}

impl Reporter {
    pub(crate) fn new(lang: Lang, root: Option<&Path>) -> Reporter {
        Reporter {
            lang,
            root: root.map(Path::to_path_buf),
            sources: std::cell::RefCell::default(),
        }
    }

    /// A message in the reporter's language.
    pub(crate) fn say(&self, t: &Text) -> String {
        t.render(self.lang)
    }

    /// The line `n` (from 1) of a site file, as it was read (NFC).
    fn line(&self, file: &str, n: usize) -> Option<String> {
        let root = self.root.as_ref()?;
        let mut cache = self.sources.borrow_mut();
        let lines = cache.entry(file.to_string()).or_insert_with(|| {
            SourceFile::read(&root.join(file), file.to_string())
                .ok()
                .map(|s| s.text.lines().map(str::to_string).collect())
        });
        lines.as_ref()?.get(n.checked_sub(1)?).cloned()
    }

    /// One diagnostic, with its source line when the file has one.
    pub(crate) fn render(&self, d: &Diagnostic) -> String {
        let (label, level) = match d.severity {
            Severity::Error => (text!("label-error"), Level::ERROR),
            Severity::Warning => (text!("label-warning"), Level::WARNING),
        };
        let title = level
            .with_name(self.say(&label))
            .primary_title(self.say(&d.message))
            .id(d.code());
        // A missing key has no line of its own: the file's first line, shown
        // underlined, would point at a key that is not wrong.
        let place = d
            .position
            .filter(|_| d.code() != "missing-key")
            .and_then(|p| Some((p, self.line(&d.file, p.line)?)));
        let mut group = Group::with_title(title);
        group = match (&place, d.position) {
            (Some((p, line)), _) => {
                let span = caret(line, p.column);
                group.element(
                    Snippet::source(line.as_str())
                        .line_start(p.line)
                        .path(d.file.as_str())
                        .annotation(AnnotationKind::Primary.span(span)),
                )
            }
            (None, Some(p)) => group.element(
                Origin::path(d.file.as_str())
                    .line(p.line)
                    .char_column(p.column),
            ),
            (None, None) => group.element(Origin::path(d.file.as_str())),
        };
        if let Some(fix) = &d.fix {
            group = group.element(
                Level::HELP
                    .with_name(self.say(&text!("label-fix")))
                    .message(self.say(fix)),
            );
        }
        Renderer::plain().render(&[group])
    }

    /// Prints every mistake and warning, sorted, each followed by a blank line.
    pub(crate) fn print(&self, found: &Diagnostics) {
        for d in found.sorted() {
            eprintln!("{}\n", self.render(d));
        }
    }

    /// `check --format json`: a stable shape for editors and CI (documented
    /// in the staff guides): a version, the counts, and each diagnostic with
    /// its file, line, column, severity, code, message and fix.
    pub(crate) fn json(&self, found: &Diagnostics) -> String {
        let diagnostics: Vec<JsonDiagnostic<'_>> = found
            .sorted()
            .map(|d| JsonDiagnostic {
                file: &d.file,
                line: d.position.map(|p| p.line),
                column: d.position.map(|p| p.column),
                severity: match d.severity {
                    Severity::Error => "error",
                    Severity::Warning => "warning",
                },
                code: d.code(),
                message: self.say(&d.message),
                fix: d.fix.as_ref().map(|f| self.say(f)),
            })
            .collect();
        let report = JsonReport {
            version: 1,
            language: self.lang.code(),
            mistakes: found.error_count(),
            warnings: found.warning_count(),
            diagnostics,
            error: None,
        };
        serde_json::to_string_pretty(&report).expect("a report is JSON")
    }

    /// `check --format json` when the check could not start (exit status 2):
    /// the same shape, nothing found, and why in `error`.
    pub(crate) fn json_refused(&self, why: &Text) -> String {
        let report = JsonReport {
            version: 1,
            language: self.lang.code(),
            mistakes: 0,
            warnings: 0,
            diagnostics: Vec::new(),
            error: Some(self.say(why)),
        };
        serde_json::to_string_pretty(&report).expect("a report is JSON")
    }
}

#[derive(Serialize)]
struct JsonReport<'a> {
    version: u32,
    language: &'static str,
    mistakes: usize,
    warnings: usize,
    diagnostics: Vec<JsonDiagnostic<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    file: &'a str,
    line: Option<usize>,
    column: Option<usize>,
    severity: &'static str,
    code: &'static str,
    message: String,
    fix: Option<String>,
}

/// The bytes of `line` to underline from character `column` (from 1): a
/// quoted value to its closing quote, a bracket (a Markdown link, a place to
/// fill in) to its closing bracket and the link's address, else the word.
fn caret(line: &str, column: usize) -> std::ops::Range<usize> {
    let start = line
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(line.len(), |(i, _)| i);
    let rest = &line[start..];
    let mut chars = rest.char_indices();
    let end = match chars.next() {
        None => return start..start,
        Some((_, '"' | '\'' | '“' | '”' | '‘' | '’')) => chars
            .find(|(_, c)| matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’'))
            .map_or(rest.len(), |(i, c)| i + c.len_utf8()),
        Some((_, '[')) => match rest.find(']') {
            Some(close) if rest[close..].starts_with("](") => rest[close..]
                .find(')')
                .map_or(rest.len(), |i| close + i + 1),
            Some(close) => close + 1,
            None => rest.len(),
        },
        Some((_, d)) if d.is_ascii_digit() => number_end(rest),
        Some(_) => rest
            .char_indices()
            .find(|(_, c)| c.is_whitespace() || *c == ',' || *c == ']')
            .map_or(rest.len(), |(i, _)| i),
    };
    start..start + end.max(1).min(rest.len().max(1))
}

/// The end of an amount or a date as staff write it: digits grouped by
/// dots, commas, spaces, underscores, slashes or hyphens, and a currency
/// after it (`4 800 000 000 VND`, `31/12/2025`).
fn number_end(rest: &str) -> usize {
    let chars: Vec<(usize, char)> = rest.char_indices().collect();
    let mut end = 0;
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        let grouping = matches!(c, '.' | ',' | ' ' | '_' | '/' | '-' | '\u{a0}')
            && chars.get(i + 1).is_some_and(|(_, n)| n.is_ascii_digit());
        if c.is_ascii_digit() || grouping {
            end = at + c.len_utf8();
            i += 1;
        } else {
            break;
        }
    }
    let after = &rest[end..];
    let currency = ["₫", "đ", "VND", "VNĐ", "USD", "EUR", "$", "€"]
        .iter()
        .find_map(|sign| {
            let spaced = after.strip_prefix(' ').unwrap_or(after);
            spaced
                .starts_with(sign)
                .then(|| after.len() - spaced.len() + sign.len())
        });
    end + currency.unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Position;

    #[test]
    fn underlines_a_word_or_a_quoted_value() {
        assert_eq!(caret("beneficiares = 1200", 1), 0..12);
        assert_eq!(caret("end = 31/12/2025", 7), 6..16);
        assert_eq!(
            &"name = “Nước sạch”"[caret("name = “Nước sạch”", 8)],
            "“Nước sạch”"
        );
        for (line, value) in [
            ("total = 4,800,000,000", "4,800,000,000"),
            ("total = 4 800 000 000 # vốn", "4 800 000 000"),
            ("counterpart = 900000000 VND", "900000000 VND"),
            ("sdgs = [4, 18]", "4"),
        ] {
            let column = line.find(value).unwrap() + 1;
            assert_eq!(&line[caret(line, column)], value, "{line}");
        }
        let link = "See [the school](/en/projects/x/) now.";
        assert_eq!(&link[caret(link, 5)], "[the school](/en/projects/x/)");
        let fill = "summary = \"[điền vào: tóm tắt] x\"";
        assert_eq!(&fill[caret(fill, 12)], "[điền vào: tóm tắt]");
    }

    #[test]
    fn shows_the_source_line_with_a_caret_in_each_language() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("facts.toml"),
            "code = \"A\"\nend = 31/12/2025\n",
        )
        .unwrap();
        let d = Diagnostic::error(
            "facts.toml",
            text!("teach-date", written = "31/12/2025"),
            text!("teach-date-fix", line = "end = 2025-12-31"),
        )
        .at(Some(Position { line: 2, column: 7 }));
        let en = Reporter::new(Lang::En, Some(dir.path())).render(&d);
        assert_eq!(
            en,
            "error[teach-date]: the date \"31/12/2025\" is written day/month/year, which the content format cannot read\n --> facts.toml:2:7\n  |\n2 | end = 31/12/2025\n  |       ^^^^^^^^^^\n  |\n  = fix: write the date as year-month-day, without quotes: end = 2025-12-31"
        );
        let vi = Reporter::new(Lang::Vi, Some(dir.path())).render(&d);
        assert!(
            vi.starts_with("lỗi[teach-date]: ngày \"31/12/2025\""),
            "{vi}"
        );
        assert!(vi.ends_with("= cách sửa: viết ngày theo thứ tự năm-tháng-ngày, không có dấu ngoặc kép: end = 2025-12-31"), "{vi}");
    }
}
