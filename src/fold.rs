//! Folding Vietnamese text to plain ASCII-ish lowercase, for anchors (and search).

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Lowercase, diacritics removed, `đ` as `d`: "Đà Bắc" → "da bac".
pub(crate) fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'đ' { 'd' } else { c })
        .collect()
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
