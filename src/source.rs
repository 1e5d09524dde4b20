//! Reading the files people write, without ever panicking on what they contain.

use std::fs;
use std::io::Read;
use std::path::Path;
use std::sync::OnceLock;

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use crate::diagnostics::{Diagnostic, Position};
use crate::messages::{text, Text};

/// Words and facts are small; anything larger is a mistake (a pasted file, a wrong
/// name) that should be named rather than parsed for a minute.
pub(crate) const MAX_TEXT_FILE: u64 = 2 * 1024 * 1024;

/// A text file of the site, normalised to NFC, that can turn byte offsets into
/// line and column.
#[derive(Debug, Clone)]
pub(crate) struct SourceFile {
    /// Relative to the site directory, `/`-separated.
    pub(crate) name: String,
    pub(crate) text: String,
    /// Made on the first lookup. A file of 100,000 links asks for 100,000
    /// positions: each must not count the lines from the start again.
    lines: OnceLock<Lines>,
}

impl SourceFile {
    /// Reads `path`; every way it can fail becomes a located, advised mistake.
    pub(crate) fn read(path: &Path, name: String) -> Result<SourceFile, Diagnostic> {
        // A file that is not there: whether it is; one that is there but
        // cannot be opened or read (no permission, a socket): its permissions.
        let unreadable = |e: &std::io::Error| {
            let fix = if e.kind() == std::io::ErrorKind::NotFound {
                text!("file-unreadable-fix")
            } else {
                text!("file-permissions-fix")
            };
            Diagnostic::error(&name, text!("file-unreadable", reason = io_reason(e)), fix)
        };
        // Opened once and asked, not looked up by name again for its size
        // and again by `read_to_end` (a 10,000-project site reads 30,000
        // files): a folder opens too, and says what it is.
        let file = fs::File::open(path).map_err(|e| unreadable(&e))?;
        let meta = file.metadata().map_err(|e| unreadable(&e))?;
        if meta.is_dir() {
            return Err(Diagnostic::error(
                &name,
                text!("file-is-folder"),
                text!("file-is-folder-fix"),
            ));
        }
        if meta.len() > MAX_TEXT_FILE {
            return Err(Diagnostic::error(
                &name,
                text!(
                    "file-too-large",
                    size = megabytes(meta.len()),
                    limit = megabytes(MAX_TEXT_FILE)
                ),
                text!("file-too-large-fix"),
            ));
        }
        // One byte more than the size read, so that the end is found without
        // another allocation; `take` keeps a file that grows meanwhile small.
        let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0) + 1);
        file.take(MAX_TEXT_FILE + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| unreadable(&e))?;
        let text = match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                let valid = e.utf8_error().valid_up_to();
                let prefix = String::from_utf8_lossy(&e.as_bytes()[..valid]).into_owned();
                let position = position_in(&prefix, prefix.len());
                return Err(Diagnostic::error(
                    &name,
                    text!("file-not-utf8"),
                    text!("file-not-utf8-fix"),
                )
                .at(Some(position)));
            }
        };
        // NFC once, here, so that "Hòa" typed on any keyboard compares equal
        // everywhere; most files are NFC already, and checking is cheaper.
        let text = match text.strip_prefix('\u{feff}') {
            Some(rest) => nfc(rest),
            None => nfc_owned(text),
        };
        Ok(SourceFile {
            name,
            text,
            lines: OnceLock::new(),
        })
    }

    pub(crate) fn from_text(name: impl Into<String>, text: &str) -> SourceFile {
        SourceFile {
            name: name.into(),
            text: nfc(text),
            lines: OnceLock::new(),
        }
    }

    /// The line and column of a byte offset, as [`position_in`] counts them,
    /// in time that does not grow with the file.
    pub(crate) fn position(&self, offset: usize) -> Position {
        let text = &self.text;
        let lines = self.lines.get_or_init(|| Lines::of(text));
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = lines.starts.partition_point(|&s| s <= offset);
        let line_start = lines.starts[line - 1];
        let mark = lines.marks.partition_point(|&(at, _)| at <= offset);
        let (from, column) = match lines.marks.get(mark.wrapping_sub(1)) {
            Some(&(at, column)) if at >= line_start => (at, column),
            _ => (line_start, 0),
        };
        Position {
            line,
            column: column + text[from..offset].chars().count() + 1,
        }
    }
}

/// Where each line starts, and every few kilobytes the column there, so that
/// a position on a line two megabytes long costs no more than on a short one.
#[derive(Debug, Clone)]
struct Lines {
    starts: Vec<usize>,
    /// (byte offset, characters from its line's start to it)
    marks: Vec<(usize, usize)>,
}

impl Lines {
    const MARK_EVERY: usize = 4096;

    fn of(text: &str) -> Lines {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|at| at + 1));
        // Only a line longer than a mark's span has marks: a file's
        // characters are otherwise never walked, only its line breaks found.
        let mut marks = Vec::new();
        for (n, &start) in starts.iter().enumerate() {
            let end = starts.get(n + 1).map_or(text.len(), |next| next - 1);
            if end - start <= Self::MARK_EVERY {
                continue;
            }
            let mut next_mark = start + Self::MARK_EVERY;
            for (column, (at, _)) in text[start..end].char_indices().enumerate() {
                if start + at >= next_mark {
                    marks.push((start + at, column));
                    next_mark = start + at + Self::MARK_EVERY;
                }
            }
        }
        Lines { starts, marks }
    }
}

/// Line and column (in characters, both from 1) of a byte offset.
pub(crate) fn position_in(text: &str, offset: usize) -> Position {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    Position { line, column }
}

/// Why a file could not be read, in words staff know.
/// `text` in NFC.
fn nfc(text: &str) -> String {
    if is_nfc(text) {
        text.to_string()
    } else {
        text.nfc().collect()
    }
}

/// Whether `text` is NFC already: plain ASCII (most English words) is
/// checked a word at a time rather than a character at a time, and
/// Vietnamese written precomposed without the Unicode tables.
pub(crate) fn is_nfc(text: &str) -> bool {
    // A text of such characters alone is NFC; otherwise the tables decide,
    // from the order of the combining marks.
    text.is_ascii()
        || text.chars().all(composed_starter)
        || is_nfc_quick(text.chars()) == IsNormalized::Yes
}

/// A character that is NFC and combines with none before it. Latin to
/// U+02FF and the precomposed letters of Latin Extended Additional, where
/// Vietnamese has ạ, ế, ữ and the rest, are known without the tables (the
/// test `composed_starters_are_as_the_tables_say` checks each against them);
/// the rest, such as a dash, are looked up.
fn composed_starter(c: char) -> bool {
    c < '\u{300}'
        || ('\u{1E00}'..='\u{1EFF}').contains(&c)
        || (unicode_normalization::char::canonical_combining_class(c) == 0
            && is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes)
}

/// `text` in NFC, reusing its buffer when it is NFC already.
fn nfc_owned(text: String) -> String {
    if is_nfc(&text) {
        text
    } else {
        text.nfc().collect()
    }
}

pub(crate) fn io_reason(e: &std::io::Error) -> Text {
    match e.kind() {
        std::io::ErrorKind::NotFound => text!("io-not-found"),
        std::io::ErrorKind::PermissionDenied => text!("io-permission"),
        _ => text!("io-other", reason = e.to_string()),
    }
}

/// A size the way file managers show it to staff: "50.3 MB".
fn megabytes(bytes: u64) -> String {
    #[allow(clippy::cast_precision_loss, reason = "one decimal is shown")]
    let mb = bytes as f64 / (1024.0 * 1024.0);
    if mb.fract() == 0.0 {
        format!("{mb:.0} MB")
    } else {
        format!("{mb:.1} MB")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn composed_starters_are_as_the_tables_say() {
        use unicode_normalization::char::canonical_combining_class;
        let known = ('\0'..'\u{300}').chain('\u{1E00}'..='\u{1EFF}');
        for c in known {
            assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{c:?}");
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
        }
        // A combining mark after a starter is left to the tables.
        assert!(is_nfc("Vi\u{1EC7}t Nam"));
        assert!(!is_nfc("Vie\u{302}\u{323}t Nam"));
        assert!(is_nfc("Vi\u{1EC7}t Nam \u{2013} 2030"));
        // U+2000 is NFC as U+2002.
        assert!(!is_nfc("Vi\u{1EC7}t\u{2000}Nam"));
    }

    #[test]
    fn counts_columns_in_characters_not_bytes() {
        let text = "a = 1\nđường = 2";
        let offset = text.find('=').map(|_| text.rfind('=').unwrap()).unwrap();
        assert_eq!(position_in(text, offset), Position { line: 2, column: 7 });
    }

    #[test]
    fn finds_positions_as_position_in_does_on_long_and_short_lines() {
        let lines = format!(
            "a\n{}đ\n\nb{}x\n",
            "ư".repeat(5000),
            "[l](/vi/) ".repeat(2000)
        );
        // A long last line with no line break after it.
        let last = format!("\n\n{}", "ữa ".repeat(3000));
        for text in [lines, last] {
            let source = SourceFile::from_text("x", &text);
            for offset in (0..=text.len() + 2)
                .step_by(7)
                .chain([0, 1, 2, 10_002, text.len()])
            {
                assert_eq!(
                    source.position(offset),
                    position_in(&text, offset),
                    "at {offset}"
                );
            }
        }
    }

    #[test]
    fn normalises_to_nfc() {
        let decomposed = "Ho\u{300}a"; // o + combining grave
        assert_eq!(SourceFile::from_text("x", decomposed).text, "Hòa");
    }
}
