//! Interface messages borrowed from another language (a language whose
//! interface files are incomplete) must carry that language's `lang`, or a
//! screen reader reads Vietnamese with French rules. The `t()` function wraps
//! such a message in private-use marks; once the page is rendered, each mark
//! becomes a `<span lang>` in text, and disappears where an element cannot be
//! (inside a tag's attributes, `<title>`, `<option>`, `<textarea>`, `<script>`,
//! and an SVG's `<desc>` and `<text>`).

use std::borrow::Cow;

const OPEN: char = '\u{E000}';
const SEPARATOR: char = '\u{E001}';
const CLOSE: char = '\u{E002}';

/// `text`, marked as written in `lang`.
pub(crate) fn mark(lang: &str, text: &str) -> String {
    format!("{OPEN}{lang}{SEPARATOR}{text}{CLOSE}")
}

/// Elements whose content is text only: a mark there is dropped.
const TEXT_ONLY: [&str; 7] = [
    "title", "option", "textarea", "script", "style", "desc", "text",
];

/// `resolve` on a rendered page it owns: the same `String` back when it
/// has no mark, so that the usual page is not copied.
pub(crate) fn resolved(html: String) -> String {
    match resolve(&html) {
        Cow::Borrowed(_) => html,
        Cow::Owned(marked) => marked,
    }
}

/// The page with every mark turned into a `<span lang>` or dropped.
pub(crate) fn resolve(html: &str) -> Cow<'_, str> {
    if !html.contains(OPEN) {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len() + 64);
    let mut in_tag = false;
    let mut text_only: Option<&str> = None;
    let mut rest = html;
    while let Some(c) = rest.chars().next() {
        let after = &rest[c.len_utf8()..];
        match c {
            '<' => {
                in_tag = true;
                let name: String = after
                    .chars()
                    .take_while(char::is_ascii_alphanumeric)
                    .collect::<String>()
                    .to_ascii_lowercase();
                if let Some(open) = TEXT_ONLY.iter().find(|t| **t == name) {
                    text_only = Some(open);
                } else if after.starts_with('/')
                    && text_only.is_some_and(|t| after[1..].to_ascii_lowercase().starts_with(t))
                {
                    text_only = None;
                }
                out.push(c);
            }
            '>' => {
                in_tag = false;
                out.push(c);
            }
            OPEN => {
                let (lang, tail) = after.split_once(SEPARATOR).unwrap_or(("", after));
                if !in_tag && text_only.is_none() && !lang.is_empty() {
                    out.push_str("<span lang=\"");
                    out.push_str(lang);
                    out.push_str("\">");
                }
                rest = tail;
                continue;
            }
            CLOSE => {
                if !in_tag && text_only.is_none() {
                    out.push_str("</span>");
                }
            }
            c => out.push(c),
        }
        rest = after;
    }
    Cow::Owned(out)
}

/// Plain text (an e-mail's text part) with every mark dropped: text has no
/// element to carry a language.
pub(crate) fn strip(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(OPEN) {
        out.push_str(&rest[..at]);
        let after = &rest[at + OPEN.len_utf8()..];
        rest = after
            .split_once(SEPARATOR)
            .map_or(after, |(_, words)| words);
    }
    out.push_str(rest);
    out.replace(CLOSE, "")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_text_and_drops_marks_where_no_element_may_be() {
        let vi = mark("vi", "Dự án");
        let html = format!(
            "<title>{vi} – Site</title><nav aria-label=\"{vi}\"><a>{vi}</a></nav><select><option>{vi}</option></select>"
        );
        assert_eq!(
            resolve(&html),
            "<title>Dự án – Site</title><nav aria-label=\"Dự án\"><a><span lang=\"vi\">Dự án</span></a></nav><select><option>Dự án</option></select>"
        );
    }

    #[test]
    fn strips_marks_from_plain_text() {
        assert_eq!(strip(&format!("a {} b", mark("vi", "Dự án"))), "a Dự án b");
    }

    #[test]
    fn leaves_a_page_without_marks_as_it_is() {
        assert!(matches!(resolve("<p>x</p>"), Cow::Borrowed(_)));
    }
}
