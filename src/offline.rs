//! The disc edition (`build --offline`): the site as built, made to work when
//! opened from a disc or a USB stick by double-clicking `index.html`.
//!
//! It is a stage after the pages, over the staged output, so that a normal
//! build never passes through it and stays byte for byte what it was:
//! - every address that starts at the site's root (`/en/projects/`) becomes
//!   relative to its page and names the file (`../../en/projects/index.html`):
//!   under `file://` a folder shows a file listing, not its page. Absolute
//!   addresses stay: they point to the online site only where a page cites
//!   a permanent address (canonical links, "Permanent address to cite");
//! - a browser refuses `fetch()` from `file://`, so every data file of the
//!   search and the filters is written again as a script, `<name>.js`, that
//!   hands the same data to `assets/offline.js`, which each page loads first
//!   and which the site's scripts use instead of `fetch()` when they run
//!   from `file://`;
//! - the e-mail editions are left as they are: they are for mail, where
//!   every link must be absolute.
//!
//! Reading the staged files back is the one thing this stage does besides
//! writing through `Output`: the pages were written as they were rendered,
//! and holding them all in memory would not scale.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use rayon::prelude::*;

use crate::render::filter_index;
use crate::write::{Output, WriteError};

/// The loader every page of the disc edition runs first.
const LOADER: &str = include_str!("../themes/default/offline/offline.js");
const LOADER_PATH: &str = "assets/offline.js";

/// Attributes whose value is a page or a file.
const PAGE_ATTRIBUTES: [&str; 6] = [
    "href",
    "src",
    "action",
    "data-catalogue",
    "data-list",
    "data-leaflet",
];
/// Attributes whose value is a folder the scripts add file names to.
const FOLDER_ATTRIBUTES: [&str; 2] = ["data-index", "data-cards"];

/// Turns the staged site in `output` into the disc edition.
pub(crate) fn make(output: &Output) -> Result<(), WriteError> {
    let Output::Staged { staging, .. } = output else {
        return Ok(());
    };
    let root = staging.path();
    let files: Vec<String> = walkdir::WalkDir::new(root)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter_map(|e| {
            let rel = e.path().strip_prefix(root).ok()?.to_str()?;
            Some(rel.replace(std::path::MAIN_SEPARATOR, "/"))
        })
        .collect();
    files.par_iter().try_for_each(|rel| {
        let path = root.join(rel);
        if is_page(rel) {
            let html = read(&path)?;
            let relinked = relink(&html, rel.matches('/').count());
            if relinked != html {
                output.write(rel, relinked.as_bytes())?;
            }
        } else if let Some(script) = data_script(rel, &path)? {
            output.write(&format!("{rel}.js"), script.as_bytes())?;
        }
        Ok(())
    })?;
    output.write(LOADER_PATH, LOADER.as_bytes())
}

fn read(path: &Path) -> Result<String, WriteError> {
    fs::read_to_string(path).map_err(|source| WriteError {
        path: path.to_path_buf(),
        source,
    })
}

/// A page of the site: not an attachment (the authors' own files), not an
/// e-mail edition.
fn is_page(rel: &str) -> bool {
    std::path::Path::new(rel)
        .extension()
        .is_some_and(|x| x.eq_ignore_ascii_case("html"))
        && !rel.starts_with("files/")
        && !rel.ends_with("/email.html")
}

/// The script twin of a data file of the search or the filters, or `None`
/// for any other file.
fn data_script(rel: &str, path: &Path) -> Result<Option<String>, WriteError> {
    let ours = rel.starts_with(filter_index::BASE) || rel.starts_with("search/");
    if !ours {
        return Ok(None);
    }
    let bytes = fs::read(path).map_err(|source| WriteError {
        path: path.to_path_buf(),
        source,
    })?;
    let extension = Path::new(rel).extension().and_then(|e| e.to_str());
    Ok(if extension == Some("json") {
        // JSON is a JavaScript expression.
        let json = String::from_utf8_lossy(&bytes);
        Some(format!(
            "MinhbachOffline.put(document.currentScript, {});\n",
            json.trim_end()
        ))
    } else if extension == Some("bin") {
        Some(format!(
            "MinhbachOffline.put(document.currentScript, \"{}\", true);\n",
            base64(&bytes)
        ))
    } else {
        None
    })
}

/// `html` with every address from the site's root made relative to a page
/// `depth` folders down, naming `index.html` where it names a folder; and
/// the loader added before the first of the site's own scripts.
fn relink(html: &str, depth: usize) -> String {
    let up = "../".repeat(depth);
    let mut out = String::with_capacity(html.len() + 256);
    let mut rest = html;
    let mut loader_added = false;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        rest = &rest[open..];
        let end = tag_end(rest);
        let tag = &rest[..end];
        let name = tag_name(tag);
        if name == "script" && !loader_added && tag.contains(" src=\"/") {
            writeln!(out, "<script src=\"{up}{LOADER_PATH}\"></script>")
                .expect("writing to a string");
            loader_added = true;
        }
        out.push_str(&relink_tag(tag, &up));
        rest = &rest[end..];
        // The text of a script or a style is not markup.
        if (name == "script" || name == "style") && !tag.starts_with("</") {
            let close = format!("</{name}");
            let stop = rest.find(&close).unwrap_or(rest.len());
            out.push_str(&rest[..stop]);
            rest = &rest[stop..];
        }
    }
    out.push_str(rest);
    out
}

/// Where the tag at the start of `html` ends (after its `>`), quotes
/// respected; a comment ends at `-->`.
fn tag_end(html: &str) -> usize {
    if html.starts_with("<!--") {
        return html.find("-->").map_or(html.len(), |i| i + 3);
    }
    let mut quote = None;
    for (i, c) in html.char_indices().skip(1) {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return i + 1,
            _ => {}
        }
    }
    html.len()
}

fn tag_name(tag: &str) -> String {
    tag.trim_start_matches(['<', '/'])
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase()
}

/// One tag with its addresses made relative.
fn relink_tag(tag: &str, up: &str) -> String {
    if tag.starts_with("</") || tag.starts_with("<!") {
        return tag.to_string();
    }
    let mut out = tag.to_string();
    for (attribute, page) in PAGE_ATTRIBUTES
        .iter()
        .map(|a| (*a, true))
        .chain(FOLDER_ATTRIBUTES.iter().map(|a| (*a, false)))
    {
        let marker = format!(" {attribute}=\"");
        let Some(at) = out.find(&marker) else {
            continue;
        };
        let start = at + marker.len();
        let Some(len) = out[start..].find('"') else {
            continue;
        };
        let value = &out[start..start + len];
        if value.starts_with('/') && !value.starts_with("//") {
            let relative = relative(value, up, page);
            out.replace_range(start..start + len, &relative);
        }
    }
    // The root page leads on with a refresh: `content="0; url=/vi/"`.
    if tag_name(tag) == "meta" && tag.contains("http-equiv=\"refresh\"") {
        if let Some(at) = out.find("url=/") {
            let start = at + "url=".len();
            let len = out[start..].find('"').unwrap_or(0);
            let relative = relative(&out[start..start + len], up, true);
            out.replace_range(start..start + len, &relative);
        }
    }
    out
}

/// `/a/b/?q#x` seen from a page `up` below the root: `../../a/b/index.html?q#x`
/// (a folder names its page when `page`).
fn relative(address: &str, up: &str, page: bool) -> String {
    let split = address.find(['?', '#']).unwrap_or(address.len());
    let (path, suffix) = address.split_at(split);
    let mut out = format!("{up}{}", path.trim_start_matches('/'));
    if page && path.ends_with('/') {
        out.push_str("index.html");
    }
    if out.is_empty() {
        out.push_str("./");
    }
    out.push_str(suffix);
    out
}

/// Standard base64, for the filters' binary files inside a script.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i)) as usize & 63]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{base64, relink};

    #[test]
    fn makes_every_address_from_the_root_relative_and_names_the_page() {
        let html = "<a href=\"/en/projects/\">x</a><a href=\"/en/projects/x/#y\">y</a><img src=\"/logo.svg\" alt=\"\"><a href=\"https://ngo.example/en/\">z</a><a href=\"#main\">m</a><form action=\"/en/projects/\" data-index=\"/filter/\" data-cards=\"/filter/en/\">";
        assert_eq!(
            relink(html, 3),
            "<a href=\"../../../en/projects/index.html\">x</a><a href=\"../../../en/projects/x/index.html#y\">y</a><img src=\"../../../logo.svg\" alt=\"\"><a href=\"https://ngo.example/en/\">z</a><a href=\"#main\">m</a><form action=\"../../../en/projects/index.html\" data-index=\"../../../filter/\" data-cards=\"../../../filter/en/\">"
        );
    }

    #[test]
    fn leads_the_root_page_on_and_loads_the_loader_before_the_sites_scripts() {
        let root = "<meta http-equiv=\"refresh\" content=\"0; url=/vi/\"><link rel=\"canonical\" href=\"/vi/\">";
        assert_eq!(
            relink(root, 0),
            "<meta http-equiv=\"refresh\" content=\"0; url=vi/index.html\"><link rel=\"canonical\" href=\"vi/index.html\">"
        );
        let page = "<script type=\"application/ld+json\">{\"a\":\"<a href=\\\"/x/\\\">\"}</script><script src=\"/assets/minhbach.js\" defer></script>";
        assert_eq!(
            relink(page, 1),
            "<script type=\"application/ld+json\">{\"a\":\"<a href=\\\"/x/\\\">\"}</script><script src=\"../assets/offline.js\"></script>\n<script src=\"../assets/minhbach.js\" defer></script>"
        );
    }

    #[test]
    fn encodes_base64_as_the_browser_decodes_it() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(&[0, 255, 128, 7]), "AP+ABw==");
    }
}
