//! schema.org data in the head of a page.

/// JSON-LD for a `<script type="application/ld+json">`: `<` is escaped so that
/// no text in it can close the script element.
pub(crate) fn json_ld(value: &serde_json::Value) -> String {
    value.to_string().replace('<', "\\u003c")
}
