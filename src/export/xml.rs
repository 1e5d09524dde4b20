//! What every XML file of the export shares: the declaration, the indentation,
//! the final newline, and text escaped only where XML needs it.

use std::io;

use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::Writer;

pub(crate) type XmlWriter = Writer<Vec<u8>>;

/// An XML document whose root `write` writes.
pub(crate) fn document(write: impl FnOnce(&mut XmlWriter) -> io::Result<()>) -> Vec<u8> {
    let mut bytes = Vec::new();
    stream(&mut bytes, |w, _| write(w))
        // Writing to memory cannot fail.
        .expect("XML in memory");
    bytes
}

/// An XML document written to `out` as it is made: `write` writes the root
/// and calls [`drain`] between large parts, so the document is never whole in
/// memory.
pub(crate) fn stream(
    out: &mut dyn io::Write,
    write: impl FnOnce(&mut XmlWriter, &mut dyn io::Write) -> io::Result<()>,
) -> io::Result<()> {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 1);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    write(&mut w, out)?;
    drain(&mut w, out)?;
    out.write_all(b"\n")
}

/// Passes what `w` holds so far on to `out`.
pub(crate) fn drain(w: &mut XmlWriter, out: &mut dyn io::Write) -> io::Result<()> {
    out.write_all(w.get_ref())?;
    w.get_mut().clear();
    Ok(())
}

/// Text content with only `<`, `>` and `&` escaped: apostrophes in names stay
/// readable.
pub(crate) fn text(s: &str) -> BytesText<'_> {
    BytesText::from_escaped(quick_xml::escape::partial_escape(s))
}
