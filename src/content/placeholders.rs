//! The places a template of `minhbach new` leaves to fill in. Each is a
//! mistake until it is replaced, so that no template is published as it is.

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::messages::text;
use crate::source::SourceFile;

/// How the templates mark a place to fill in, in each language.
const MARKERS: [&str; 2] = ["[điền vào:", "[fill in:"];

/// Every place of `source` still marked to fill in.
pub(crate) fn check(source: &SourceFile, out: &mut Diagnostics) {
    for marker in MARKERS {
        for (at, _) in source.text.match_indices(marker) {
            // A comment in a template may name the marker; only values count.
            let line_start = source.text[..at].rfind('\n').map_or(0, |i| i + 1);
            if source.text[line_start..at].contains('#') {
                continue;
            }
            let rest = &source.text[at..];
            let end = rest.find(']').map_or(rest.len().min(80), |i| i + 1);
            out.push(
                Diagnostic::error(
                    &source.name,
                    text!("placeholder", placeholder = &rest[..end]),
                    text!("placeholder-fix"),
                )
                .at(Some(source.position(at))),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::Lang;

    #[test]
    fn every_place_left_to_fill_in_is_a_located_mistake() {
        let source = SourceFile::from_text(
            "content/projects/a/facts.toml",
            "# write [điền vào: …] places\ncode = \"[điền vào: mã dự án]\"\n",
        );
        let mut out = Diagnostics::default();
        check(&source, &mut out);
        let found = out.into_sorted();
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].plain(Lang::En),
            "error: content/projects/a/facts.toml:2:9: this line still holds the template's place to fill in: [điền vào: mã dự án]\n  fix: replace the text in square brackets with the real value, then check again"
        );
    }
}
