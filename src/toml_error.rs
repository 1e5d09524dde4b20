//! TOML parsing with mistakes turned into located, advised messages.

use serde::de::DeserializeOwned;

use crate::diagnostics::{suggest, Diagnostic};
use crate::messages::{text, Text};
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
        allowed: None,
    };
    let mut out: Vec<Diagnostic> = Vec::new();
    // Each round fixes one key and parses the whole text again, a few times:
    // the cap guards against a repair that loops, and keeps a text of
    // megabytes (a pasted list) to its first mistakes, in bounded time.
    let rounds = (REPAIRED_BYTES / text.len().max(1)).clamp(1, 100);
    for _ in 0..rounds {
        let error = match toml::from_str::<T>(&scratch.text) {
            Ok(value) if out.is_empty() => return Ok(value),
            Ok(_) => return Err(out),
            Err(error) => error,
        };
        let at = error.span().map(|s| scratch.original(s.start));
        // toml 0.9 says only "duplicate key"; its span is the key, read
        // before a repair changes the text.
        let duplicate = error
            .message()
            .trim()
            .eq("duplicate key")
            .then(|| error.span().and_then(|s| scratch.text.get(s)))
            .flatten()
            .map(|key| key.trim().trim_matches('"').to_string());
        let lesson = at.and_then(|at| lesson_at(text, at));
        // A value written the way staff were taught elsewhere is corrected in
        // the scratch copy, so that the rest of the file is read too.
        let repaired = match (&lesson, error.span()) {
            (Some((_, _, right, _)), Some(span)) => scratch.replace_value(span.start, right),
            _ => scratch.repair::<T>(&error),
        };
        let at = lesson
            .as_ref()
            .map_or(at, |(_, _, _, value_at)| Some(*value_at));
        let (message, fix) = match (lesson, duplicate) {
            (Some((m, f, _, _)), _) => (m, f),
            (None, Some(key)) => (
                text!("duplicate-key", key = key),
                Some(text!("duplicate-key-fix")),
            ),
            (None, None) => explain(error.message(), scratch.allowed.take()),
        };
        let position = at.map(|at| source.position(offset + at));
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
                    let said = suggest(key, [key]);
                    out.iter().any(|d| d.fix == said)
                });
        if !repeats_a_suggestion {
            out.push(diagnostic);
        }
        if !repaired {
            break;
        }
    }
    Err(out)
}

/// How much text the repair rounds of one file may parse again, at most.
const REPAIRED_BYTES: usize = 2 * 1024 * 1024;

/// A copy of the text being repaired, and where it was changed.
struct Scratch {
    text: String,
    /// (byte offset in `text`, bytes removed, bytes added) of each change,
    /// oldest first.
    inserted: Vec<(usize, usize, usize)>,
    /// The values the last missing key may take, when it is an enum: learnt
    /// while repairing, for the message to list them.
    allowed: Option<Vec<String>>,
}

impl Scratch {
    /// Maps an offset in the repaired text back to the file as written.
    fn original(&self, mut at: usize) -> usize {
        for &(start, removed, added) in self.inserted.iter().rev() {
            if at >= start + added {
                at = at - added + removed;
            } else if at >= start {
                at = start;
            }
        }
        at
    }

    /// Replaces the value of the `key = value` line around `at` by `right`.
    fn replace_value(&mut self, at: usize, right: &str) -> bool {
        let at = at.min(self.text.len());
        let start = self.text[..at].rfind('\n').map_or(0, |i| i + 1);
        let end = self.text[at..]
            .find('\n')
            .map_or(self.text.len(), |i| at + i);
        let Some(eq) = self.text[start..end].find('=') else {
            return false;
        };
        let value_start = start + eq + 1;
        let old = end - value_start;
        let new = format!(" {right}");
        self.text.replace_range(value_start..end, &new);
        self.inserted.push((value_start, old, new.len()));
        true
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
                    // An enum wants one of its names: take the first allowed one,
                    // and keep them all for the message.
                    if let Some(rest) = e.message().strip_prefix("unknown variant `") {
                        let valid = split_expected(rest).1;
                        if let Some(first) = valid.first() {
                            candidates.push(format!("\"{first}\""));
                        }
                        self.allowed = Some(valid);
                    }
                }
                _ => {
                    self.text = text;
                    self.inserted.push((at_line, 0, line.len()));
                    return true;
                }
            }
        }
        false
    }
}

/// Values tried in turn for a missing key until one has the key's type.
const PLACEHOLDERS: &[&str] = &["\"\"", "0", "2000-01-01", "[]", "false", "0.5"];

/// The line of `text` around byte `at`, as `key = value`, when its value is
/// written the way staff were taught elsewhere (see `teach`): the message,
/// the fix, and the value as the format wants it.
/// Also the byte where the value starts, where the caret belongs (the
/// reader's own complaint may point into the middle of it).
fn lesson_at(text: &str, at: usize) -> Option<(Text, Option<Text>, String, usize)> {
    let at = at.min(text.len());
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let (key, value) = text[start..end].split_once('=')?;
    let (message, fix, right) = crate::teach::lesson(key.trim(), value)?;
    let value_at = start + key.len() + 1 + (value.len() - value.trim_start().len());
    Some((message, Some(fix), right, value_at))
}

/// serde's and the TOML reader's wording is for programmers; staff get what
/// is wrong and what to do. `allowed` lists the values a missing key may
/// take, when they are a closed list.
pub(crate) fn explain(raw: &str, allowed: Option<Vec<String>>) -> (Text, Option<Text>) {
    let raw = raw.trim();
    if let Some(rest) = raw.strip_prefix("unknown field `") {
        let (wrong, valid) = split_expected(rest);
        let fix = suggest(&wrong, valid.iter().map(String::as_str));
        return (text!("unknown-key", key = wrong), fix);
    }
    if let Some(rest) = raw.strip_prefix("unknown variant `") {
        let (wrong, valid) = split_expected(rest);
        let fix = suggest(&wrong, valid.iter().map(String::as_str));
        return (text!("value-not-allowed", value = wrong), fix);
    }
    if let Some(rest) = raw.strip_prefix("missing field `") {
        let key = rest.trim_end_matches('`').to_string();
        let fix = match allowed {
            Some(values) => text!("missing-key-fix-one-of", key = key.clone(), names = values),
            None => text!("missing-key-fix", key = key.clone()),
        };
        return (text!("missing-key", key = key), Some(fix));
    }
    if let Some(rest) = raw.strip_prefix(crate::content::types::DATE_ERROR) {
        return date_error(rest);
    }
    if let Some(rest) = raw.strip_prefix("duplicate key `") {
        let key = rest.split('`').next().unwrap_or_default();
        return (
            text!("duplicate-key", key = key),
            Some(text!("duplicate-key-fix")),
        );
    }
    if raw.contains("invalid type") {
        return (humanise_type_error(raw), Some(text!("wrong-type-fix")));
    }
    let message = if raw.starts_with("string values must be quoted") {
        text!("syntax-unquoted")
    } else if raw.starts_with("invalid basic string") || raw.starts_with("invalid literal string") {
        text!("syntax-unclosed-string")
    } else if raw.starts_with("unexpected key or value") {
        text!("syntax-after-value")
    } else if raw.starts_with("invalid float") || raw.starts_with("invalid integer") {
        text!("syntax-number")
    } else {
        text!("syntax-other", detail = raw)
    };
    (message, Some(text!("syntax-fix")))
}

/// The messages of `Date`'s deserializer, which marks them as its own.
fn date_error(rest: &str) -> (Text, Option<Text>) {
    let fix = Some(text!("date-fix"));
    match rest.split_once(':') {
        Some(("not-a-day", written)) => (text!("date-not-a-day", written = written), fix),
        Some(("with-time", written)) => (text!("date-with-time", written = written), fix),
        _ => (text!("date-expected"), fix),
    }
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

fn humanise_type_error(raw: &str) -> Text {
    // "invalid type: string \"x\", expected u64" → plain words.
    let expected = raw.rsplit_once("expected ").map_or("", |(_, e)| e);
    let wanted = match expected {
        e if e.starts_with('u') || e.starts_with('i') => text!("wanted-whole-number"),
        e if e.starts_with('f') => text!("wanted-number"),
        e if e.contains("sequence") => text!("wanted-list"),
        e if e.contains("string") => text!("wanted-text"),
        e if e.contains("date") => text!("wanted-date"),
        e if e.contains("map") || e.contains("struct") => text!("wanted-table"),
        e if e.contains("bool") => text!("wanted-bool"),
        e => text!("wanted-other", what = e),
    };
    let found = raw
        .strip_prefix("invalid type: ")
        .and_then(|r| r.split_once(", expected"))
        .map_or("", |(f, _)| f);
    // serde names what it found in English ("string \"4\"", "integer `2021`"):
    // said again in the staff's words, the value kept as written.
    let (kind, value) = found.split_once(' ').unwrap_or((found, ""));
    let value = value
        .trim_start_matches("point ")
        .trim_matches('`')
        .to_string();
    let found = match kind {
        "string" => text!("found-text", value = value),
        "integer" | "floating" => text!("found-number", value = value),
        "sequence" => text!("found-list"),
        "map" => text!("found-table"),
        "boolean" => text!("found-bool", value = value),
        _ => text!("found-other", what = found),
    };
    text!("wrong-type", wanted = wanted, found = found)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::messages::Lang;

    fn en((m, f): (Text, Option<Text>)) -> (String, String) {
        (
            m.render(Lang::En),
            f.map(|f| f.render(Lang::En)).unwrap_or_default(),
        )
    }

    #[test]
    fn explains_unknown_field_with_nearest_key() {
        let (m, f) = en(explain(
            "unknown field `sectr`, expected one of `code`, `sector`, `status`",
            None,
        ));
        assert_eq!(m, "unknown key `sectr`");
        assert_eq!(f, "did you mean `sector`?");
    }

    #[test]
    fn explains_missing_field_with_its_allowed_values() {
        let (m, f) = en(explain("missing field `code`", None));
        assert_eq!(m, "the required key `code` is missing");
        assert_eq!(f, "add a line `code = …` (the staff guide, docs/content-guide.md, shows each key with an example)");
        let (_, f) = en(explain(
            "missing field `status`",
            Some(vec!["seeking".into(), "funded".into()]),
        ));
        assert_eq!(
            f,
            "add a line `status = \"…\"` with one of `seeking` or `funded`"
        );
    }

    #[test]
    fn explains_type_errors_in_plain_words() {
        let (m, _) = en(explain("invalid type: string \"12\", expected u64", None));
        assert_eq!(
            m,
            "expected a whole number without quotes, found the text \"12\""
        );
        let vi = explain("invalid type: integer `2021`, expected a string", None)
            .0
            .render(Lang::Vi);
        assert_eq!(vi, "cần chữ trong dấu ngoặc kép, nhưng lại là số 2021");
    }

    #[derive(serde::Deserialize, Debug)]
    #[allow(dead_code, reason = "only parsed")]
    struct Facts {
        end: Option<crate::content::types::Date>,
        total: Option<u64>,
        name: Option<String>,
    }

    fn mistake(toml: &str) -> String {
        let source = SourceFile::from_text("facts.toml", toml);
        let found = parse::<Facts>(&source, &source.text, 0).unwrap_err();
        found[0].plain(Lang::En)
    }

    #[test]
    fn teaches_the_forms_staff_were_taught_elsewhere() {
        assert_eq!(mistake("end = 31/12/2025\n"), "error: facts.toml:1:7: the date \"31/12/2025\" is written day/month/year, which the content format cannot read\n  fix: write the date as year-month-day, without quotes: end = 2025-12-31");
        assert_eq!(mistake("end = \"31/12/2025\"\n"), "error: facts.toml:1:7: the date \"31/12/2025\" is written day/month/year, which the content format cannot read\n  fix: write the date as year-month-day, without quotes: end = 2025-12-31");
        assert!(mistake("total = 4.800.000.000\n").ends_with(
            "fix: group thousands with underscores, or not at all: total = 4_800_000_000"
        ));
        assert!(mistake("total = 4800000000 ₫\n").ends_with("total = 4_800_000_000"));
        assert!(mistake("name = “Nước sạch”\n")
            .ends_with("fix: retype the quotes as straight quotes: name = \"Nước sạch\""));
    }
}

#[cfg(test)]
mod recovery_tests {
    use super::Scratch;

    #[test]
    fn maps_offsets_after_added_lines_back_to_the_file() {
        let scratch = Scratch {
            text: String::new(),
            inserted: vec![(0, 0, 10), (20, 0, 5)],
            allowed: None,
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
            allowed: None,
        };
        assert!(!scratch.blank_line_of(20));
        assert!(scratch.blank_line_of(0));
        assert_eq!(scratch.text.trim(), "");
    }
}
