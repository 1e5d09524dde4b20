//! TOML parsing with mistakes turned into located, advised messages.

use serde::de::DeserializeOwned;

use crate::diagnostics::{suggest, Diagnostic};
use crate::source::SourceFile;

/// Parses `text`, which starts at byte `offset` of `source` (front matter starts
/// after its `+++` line), into `T`.
pub fn parse<T: DeserializeOwned>(
    source: &SourceFile,
    text: &str,
    offset: usize,
) -> Result<T, Diagnostic> {
    toml::from_str(text).map_err(|e| {
        let (message, fix) = explain(e.message());
        let position = e.span().map(|s| source.position(offset + s.start));
        Diagnostic::error(&source.name, message, fix).at(position)
    })
}

/// serde's wording is for programmers; staff get what is wrong and what to do.
pub fn explain(raw: &str) -> (String, String) {
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
