//! What every XML file of the export shares: the declaration, the indentation,
//! the final newline, and text escaped only where XML needs it.

use std::io;

use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::Writer;

pub type XmlWriter = Writer<Vec<u8>>;

/// An XML document whose root `write` writes.
pub fn document(write: impl FnOnce(&mut XmlWriter) -> io::Result<()>) -> Vec<u8> {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 1);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))
        .and_then(|()| write(&mut w))
        // Writing to memory cannot fail.
        .expect("XML in memory");
    let mut bytes = w.into_inner();
    bytes.push(b'\n');
    bytes
}

/// Text content with only `<`, `>` and `&` escaped: apostrophes in names stay
/// readable.
pub fn text(s: &str) -> BytesText<'_> {
    BytesText::from_escaped(quick_xml::escape::partial_escape(s))
}
