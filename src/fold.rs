//! Folding Vietnamese text to plain ASCII-ish lowercase, for anchors (and search).

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Lowercase, diacritics removed, `đ` as `d`: "Đà Bắc" → "da bac".
/// Each letter is decomposed on its own: the marks are dropped, so their
/// order (what decomposing the whole text would sort) does not matter, and
/// ASCII, most of any text, needs no table at all.
pub(crate) fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        decompose_canonical(c, |part| {
            if !is_combining_mark(part) {
                for lower in part.to_lowercase() {
                    out.push(if lower == 'đ' { 'd' } else { lower });
                }
            }
        });
    }
    out
}

/// An anchor or slug made of a heading: "Bối cảnh & mục tiêu" → "boi-canh-muc-tieu".
pub(crate) fn anchor(text: &str) -> String {
    let mut out = String::new();
    for c in fold(text).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    if out.is_empty() {
        "section".to_string()
    } else {
        out.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_as_decomposing_the_whole_text_would() {
        use unicode_normalization::UnicodeNormalization;
        let whole = |t: &str| -> String {
            t.nfd()
                .filter(|c| !is_combining_mark(*c))
                .flat_map(char::to_lowercase)
                .map(|c| if c == 'đ' { 'd' } else { c })
                .collect()
        };
        for text in [
            "Đường Đà Bắc",
            "Hòa Bình",
            "Ủy ban",
            "giáo dục",
            "NƯỚC SẠCH",
            "Ω ǅ ß İ",
            "a\u{301}\u{323}b",
            "Quỹ Nhi đồng",
        ] {
            assert_eq!(fold(text), whole(text), "{text}");
        }
    }

    #[test]
    fn folds_d_with_stroke_and_tones() {
        assert_eq!(fold("Đường Đà Bắc"), "duong da bac");
        assert_eq!(fold("Giáo dục"), "giao duc");
    }

    #[test]
    fn makes_anchors_from_vietnamese_headings() {
        assert_eq!(anchor("Bối cảnh & mục tiêu"), "boi-canh-muc-tieu");
        assert_eq!(anchor("!!!"), "section");
    }
}
