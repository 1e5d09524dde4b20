//! Reading the files people write, without ever panicking on what they contain.

use std::fs;
use std::io::Read;
use std::path::Path;

use unicode_normalization::UnicodeNormalization;

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
}

impl SourceFile {
    /// Reads `path`; every way it can fail becomes a located, advised mistake.
    pub(crate) fn read(path: &Path, name: String) -> Result<SourceFile, Diagnostic> {
        let meta = fs::metadata(path).map_err(|e| {
            Diagnostic::error(
                &name,
                text!("file-unreadable", reason = io_reason(&e)),
                text!("file-unreadable-fix"),
            )
        })?;
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
        let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
        fs::File::open(path)
            .and_then(|mut f| f.read_to_end(&mut bytes))
            .map_err(|e| {
                Diagnostic::error(
                    &name,
                    text!("file-unreadable", reason = io_reason(&e)),
                    text!("file-permissions-fix"),
                )
            })?;
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
        // NFC once, here, so that "Hòa" typed on any keyboard compares equal everywhere.
        let text = text
            .strip_prefix('\u{feff}')
            .unwrap_or(&text)
            .nfc()
            .collect();
        Ok(SourceFile { name, text })
    }

    pub(crate) fn from_text(name: impl Into<String>, text: &str) -> SourceFile {
        SourceFile {
            name: name.into(),
            text: text.nfc().collect(),
        }
    }

    pub(crate) fn position(&self, offset: usize) -> Position {
        position_in(&self.text, offset)
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
    fn counts_columns_in_characters_not_bytes() {
        let text = "a = 1\nđường = 2";
        let offset = text.find('=').map(|_| text.rfind('=').unwrap()).unwrap();
        assert_eq!(position_in(text, offset), Position { line: 2, column: 7 });
    }

    #[test]
    fn normalises_to_nfc() {
        let decomposed = "Ho\u{300}a"; // o + combining grave
        assert_eq!(SourceFile::from_text("x", decomposed).text, "Hòa");
    }
}
