//! schema.org data in the head of a page.

/// JSON-LD for a `<script type="application/ld+json">`: `<` is escaped so that
/// no text in it can close the script element.
pub(crate) fn json_ld(value: &impl serde::Serialize) -> String {
    let json = serde_json::to_string(value).expect("JSON of plain records and values");
    if json.contains('<') {
        json.replace('<', "\\u003c")
    } else {
        json
    }
}
