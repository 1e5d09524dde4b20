//! Reading the XML the build writes: every element with its attributes and text.

use std::collections::HashMap;
use std::fs;
use std::path::Path;

use quick_xml::events::Event;

/// An element's attributes, by name.
pub(crate) type Attributes = HashMap<String, String>;

/// Every element of an XML file with its attributes and text, in order.
pub(crate) fn elements(path: &Path) -> Vec<(String, Attributes, String)> {
    let text = fs::read_to_string(path).expect("an XML file");
    let mut reader = quick_xml::Reader::from_str(&text);
    let mut found: Vec<(String, Attributes, String)> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(e) => {
                found.push(element(&e));
                open.push(found.len() - 1);
            }
            Event::Empty(e) => found.push(element(&e)),
            Event::Text(t) => {
                if let Some(&i) = open.last() {
                    found[i].2.push_str(&t.decode().expect("text"));
                }
            }
            Event::GeneralRef(r) => {
                if let Some(&i) = open.last() {
                    let name = r.decode().expect("a reference");
                    found[i].2.push_str(match name.as_ref() {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        "apos" => "'",
                        other => panic!("unexpected entity {other}"),
                    });
                }
            }
            Event::End(_) => {
                open.pop();
            }
            Event::Eof => break,
            _ => {}
        }
    }
    found
}

fn element(e: &quick_xml::events::BytesStart<'_>) -> (String, Attributes, String) {
    let attributes = e
        .attributes()
        .map(|a| {
            let a = a.expect("an attribute");
            (
                String::from_utf8(a.key.as_ref().to_vec()).expect("UTF-8"),
                quick_xml::escape::unescape(&String::from_utf8_lossy(&a.value))
                    .expect("a value")
                    .into_owned(),
            )
        })
        .collect();
    let name = String::from_utf8(e.name().as_ref().to_vec()).expect("UTF-8");
    (name, attributes, String::new())
}
