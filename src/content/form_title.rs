//! The title a form carries inside its own file (an office document's
//! metadata), so that a procedure page can name each form by its title
//! rather than by its file name, without staff writing it twice.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use quick_xml::events::Event;
use quick_xml::Reader;

/// The largest metadata part read: a title is a line of text.
const MAX_METADATA: u64 = 256 * 1024;

/// The `dc:title` of an OOXML (`docProps/core.xml`) or `OpenDocument`
/// (`meta.xml`) file, if it has a non-empty one.
pub(crate) fn title(path: &Path) -> Option<String> {
    let mut archive = zip::ZipArchive::new(File::open(path).ok()?).ok()?;
    for part in ["docProps/core.xml", "meta.xml"] {
        let Ok(file) = archive.by_name(part) else {
            continue;
        };
        let mut xml = String::new();
        file.take(MAX_METADATA).read_to_string(&mut xml).ok()?;
        if let Some(t) = dc_title(&xml) {
            return Some(t);
        }
    }
    None
}

fn dc_title(xml: &str) -> Option<String> {
    let mut reader = Reader::from_str(xml);
    let mut in_title = false;
    let mut text = String::new();
    loop {
        match reader.read_event().ok()? {
            Event::Start(e) if e.name().as_ref() == b"dc:title" => in_title = true,
            Event::End(e) if e.name().as_ref() == b"dc:title" => break,
            Event::Text(t) if in_title => text.push_str(&t.decode().ok()?),
            Event::GeneralRef(r) if in_title => {
                let name = r.decode().ok()?;
                text.push_str(match name.as_ref() {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    "apos" => "'",
                    _ => "",
                });
            }
            Event::Eof => break,
            _ => {}
        }
    }
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    (!text.is_empty()).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::dc_title;

    #[test]
    fn reads_the_title_of_office_metadata() {
        let core = r#"<?xml version="1.0"?><cp:coreProperties xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Mẫu 01: Văn bản đề nghị &amp; cam kết</dc:title></cp:coreProperties>"#;
        assert_eq!(
            dc_title(core).as_deref(),
            Some("Mẫu 01: Văn bản đề nghị & cam kết")
        );
        assert_eq!(dc_title("<meta><dc:title> </dc:title></meta>"), None);
        assert_eq!(dc_title("<meta/>"), None);
    }
}
