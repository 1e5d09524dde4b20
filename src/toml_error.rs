//! TOML parsing with mistakes turned into located, advised messages.

use serde::de::DeserializeOwned;

use crate::diagnostics::{suggest, Diagnostic};
use crate::source::SourceFile;

/// Parses `text`, which starts at byte `offset` of `source` (front matter starts
/// after its `+++` line), into `T`, with every missing and unknown key reported.
///
/// serde stops at the first missing or unknown key, so an empty file would name
/// one required key at a time. Like a compiler's error recovery, each such
/// mistake is repaired in a scratch copy of the text (an unknown key's line is
/// blanked, a placeholder line is added for a missing key) and the parse runs
/// again, until it succeeds or the mistake is of another kind. The value parsed
/// from a repaired text is never used.
pub(crate) fn parse<T: DeserializeOwned>(
    source: &SourceFile,
    text: &str,
    offset: usize,
) -> Result<T, Vec<Diagnostic>> {
    let mut scratch = Scratch {
        text: text.to_string(),
        inserted: Vec::new(),
    };
    let mut out: Vec<Diagnostic> = Vec::new();
    // Each round fixes one key; the cap only guards against a repair that loops.
    for _ in 0..100 {
        let error = match toml::from_str::<T>(&scratch.text) {
            Ok(value) if out.is_empty() => return Ok(value),
            Ok(_) => return Err(out),
            Err(error) => error,
        };
        let (message, fix) = explain(error.message());
        let position = error
            .span()
            .map(|s| source.position(offset + scratch.original(s.start)));
        let diagnostic = Diagnostic::error(&source.name, message, fix).at(position);
        if out.contains(&diagnostic) {
            break;
        }
        // `sectr` already said "did you mean `sector`?": a second message
        // that `sector` is missing would only repeat it.
        let repeats_a_suggestion =
            error
                .message()
                .strip_prefix("missing field `")
                .is_some_and(|rest| {
                    let key = rest.trim_end_matches('`');
                    out.iter()
                        .any(|d| d.fix == format!("did you mean `{key}`?"))
                });
        if !repeats_a_suggestion {
            out.push(diagnostic);
        }
        if !scratch.repair::<T>(&error) {
            break;
        }
    }
    Err(out)
}

/// A copy of the text being repaired, and where lines were added to it.
struct Scratch {
    text: String,
    /// (byte offset in `text`, length) of each added line, oldest first.
    inserted: Vec<(usize, usize)>,
}

impl Scratch {
    /// Maps an offset in the repaired text back to the file as written.
    fn original(&self, mut at: usize) -> usize {
        for &(start, len) in self.inserted.iter().rev() {
            if at >= start + len {
                at -= len;
            } else if at >= start {
                at = start;
            }
        }
        at
    }

    fn repair<T: DeserializeOwned>(&mut self, error: &toml::de::Error) -> bool {
        let Some(span) = error.span() else {
            return false;
        };
        let message = error.message();
        if message.starts_with("unknown field `") {
            self.blank_line_of(span.start)
        } else if let Some(rest) = message.strip_prefix("missing field `") {
            let key = rest.split('`').next().unwrap_or_default().to_string();
            self.add_placeholder::<T>(&key, span.start)
        } else {
            false
        }
    }

    /// Blanks `key = value` when it is a whole line, keeping every offset.
    fn blank_line_of(&mut self, at: usize) -> bool {
        let start = self.text[..at].rfind('\n').map_or(0, |i| i + 1);
        if !self.text[start..at].trim().is_empty() {
            return false; // the key sits inside an inline table
        }
        let end = self.text[at..]
            .find('\n')
            .map_or(self.text.len(), |i| at + i);
        let blank = " ".repeat(end - start);
        let repaired = format!("{}{blank}{}", &self.text[..start], &self.text[end..]);
        // A value spanning several lines would leave a broken text behind.
        if repaired.parse::<toml::Table>().is_err() {
            return false;
        }
        self.text = repaired;
        true
    }

    /// Adds `key = placeholder` to the table the error points at: the top of
    /// the text, or the line after a `[table]` header.
    fn add_placeholder<T: DeserializeOwned>(&mut self, key: &str, at: usize) -> bool {
        let at_line = if at == 0 && !self.text.starts_with('[') {
            0
        } else if self.text[at..].starts_with('[') {
            if let Some(i) = self.text[at..].find('\n') {
                at + i + 1
            } else {
                self.text.push('\n');
                self.text.len()
            }
        } else {
            return false;
        };
        let mut candidates: Vec<String> = PLACEHOLDERS.iter().map(|s| (*s).to_string()).collect();
        let mut tried = 0;
        while tried < candidates.len() {
            let line = format!("{key} = {}\n", candidates[tried]);
            tried += 1;
            let text = format!("{}{line}{}", &self.text[..at_line], &self.text[at_line..]);
            let inside = at_line..at_line + line.len();
            match toml::from_str::<T>(&text) {
                Err(e)
                    if !e.message().starts_with("missing field")
                        && e.span().is_some_and(|s| inside.contains(&s.start)) =>
                {
                    // An enum wants one of its names: take the first allowed one.
                    if let Some(rest) = e.message().strip_prefix("unknown variant `") {
                        if let Some(first) = split_expected(rest).1.first() {
                            candidates.push(format!("\"{first}\""));
                        }
                    }
                }
                _ => {
                    self.text = text;
                    self.inserted.push((at_line, line.len()));
                    return true;
                }
            }
        }
        false
    }
}

/// Values tried in turn for a missing key until one has the key's type.
const PLACEHOLDERS: &[&str] = &["\"\"", "0", "2000-01-01", "[]", "false", "0.5"];

/// serde's wording is for programmers; staff get what is wrong and what to do.
pub(crate) fn explain(raw: &str) -> (String, String) {
    let raw = raw.trim();
    if let Some(rest) = raw.strip_prefix("unknown field `") {
        let (wrong, valid) = split_expected(rest);
        let fix = suggest(&wrong, valid.iter().map(String::as_str));
        return (format!("unknown key `{wrong}`"), fix);
    }
    if let Some(rest) = raw.strip_prefix("unknown variant `") {
        let (wrong, valid) = split_expected(rest);
        let fix = suggest(&wrong, valid.iter().map(String::as_str));
        return (format!("`{wrong}` is not an allowed value here"), fix);
    }
    if let Some(rest) = raw.strip_prefix("missing field `") {
        let key = rest.trim_end_matches('`');
        return (
            format!("the required key `{key}` is missing"),
            format!("add a line `{key} = …` (see the content format)"),
        );
    }
    if raw.starts_with("expected a date") {
        return (
            raw.to_string(),
            "write the date as year-month-day without quotes, like 2021-03-15".into(),
        );
    }
    if raw.starts_with("duplicate key") {
        return (
            raw.to_string(),
            "write each key once; delete or rename the second one".into(),
        );
    }
    if raw.contains("invalid type") {
        return (
            humanise_type_error(raw),
            "write the value in the form the content format shows for this key".into(),
        );
    }
    (
        raw.to_string(),
        "check the TOML syntax near this place: strings in \"double quotes\", dates as 2024-03-15, numbers without quotes".into(),
    )
}

fn split_expected(rest: &str) -> (String, Vec<String>) {
    let (wrong, tail) = rest.split_once('`').unwrap_or((rest, ""));
    let valid = tail
        .split('`')
        .enumerate()
        .filter(|(i, _)| i % 2 == 1)
        .map(|(_, s)| s.to_string())
        .collect();
    (wrong.to_string(), valid)
}

fn humanise_type_error(raw: &str) -> String {
    // "invalid type: string \"x\", expected u64" → plain words.
    let expected = raw.rsplit_once("expected ").map_or("", |(_, e)| e);
    let wanted = match expected {
        e if e.starts_with('u') || e.starts_with('i') => "a whole number without quotes",
        e if e.starts_with('f') => "a number without quotes",
        e if e.contains("sequence") => "a list in square brackets, like [\"a\", \"b\"]",
        e if e.contains("string") => "text in double quotes",
        e if e.contains("date") => "a date like 2024-03-15, without quotes",
        e if e.contains("map") || e.contains("struct") => {
            "a table, like { vi = \"…\", en = \"…\" }"
        }
        e if e.contains("bool") => "true or false",
        e => e,
    };
    let found = raw
        .strip_prefix("invalid type: ")
        .and_then(|r| r.split_once(", expected"))
        .map_or("", |(f, _)| f);
    format!("expected {wanted}, found {found}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explains_unknown_field_with_nearest_key() {
        let (m, f) = explain("unknown field `sectr`, expected one of `code`, `sector`, `status`");
        assert_eq!(m, "unknown key `sectr`");
        assert_eq!(f, "did you mean `sector`?");
    }

    #[test]
    fn explains_missing_field() {
        let (m, f) = explain("missing field `code`");
        assert_eq!(m, "the required key `code` is missing");
        assert_eq!(f, "add a line `code = …` (see the content format)");
    }

    #[test]
    fn explains_type_errors_in_plain_words() {
        let (m, _) = explain("invalid type: string \"12\", expected u64");
        assert_eq!(
            m,
            "expected a whole number without quotes, found string \"12\""
        );
    }
}

#[cfg(test)]
mod recovery_tests {
    use super::Scratch;

    #[test]
    fn maps_offsets_after_added_lines_back_to_the_file() {
        let scratch = Scratch {
            text: String::new(),
            inserted: vec![(0, 10), (20, 5)],
        };
        assert_eq!(scratch.original(5), 0, "inside the first added line");
        assert_eq!(scratch.original(15), 5);
        assert_eq!(scratch.original(22), 10, "inside the second added line");
        assert_eq!(scratch.original(30), 15);
    }

    #[test]
    fn leaves_a_key_inside_an_inline_table_alone() {
        let mut scratch = Scratch {
            text: "title = { vi = \"a\", xx = \"b\" }\n".into(),
            inserted: Vec::new(),
        };
        assert!(!scratch.blank_line_of(20));
        assert!(scratch.blank_line_of(0));
        assert_eq!(scratch.text.trim(), "");
    }
}
