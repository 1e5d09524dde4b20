//! The disc edition (`build --offline`, issue 17): the same site, with every
//! link relative and naming its file, the search's and the filters' data
//! also as scripts, and nothing else changed. The browser side (links
//! followed from `file://`, the search and the filters without `fetch`) is
//! `tests/browser/offline.test.mjs`.
#![expect(
    clippy::case_sensitive_file_extension_comparisons,
    reason = "the build names its files in lower case; these compare its names"
)]

mod common;

use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use common::{fixture, minhbach, read_tree, sample_site as normal, TempDir};
use pretty_assertions::assert_eq;

const BASE: &str = "https://ngo.example.gov.vn";

static DISC: OnceLock<(TempDir, PathBuf)> = OnceLock::new();

/// The sample site's disc edition, built once.
fn disc() -> &'static Path {
    let (_, out) = DISC.get_or_init(|| {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let out = dir.path().join("disc");
        minhbach([
            OsStr::new("build"),
            OsStr::new(env!("CARGO_MANIFEST_DIR")),
            OsStr::new("--output"),
            out.as_os_str(),
            OsStr::new("--offline"),
        ])
        .assert_code(0);
        (dir, out)
    });
    out
}

/// The pages of a built site (its HTML files, attachments and e-mail
/// editions aside), by path, as text.
fn pages(tree: &BTreeMap<String, Vec<u8>>) -> BTreeMap<&str, String> {
    tree.iter()
        .filter(|(name, _)| {
            name.ends_with(".html") && !name.starts_with("files/") && !name.ends_with("/email.html")
        })
        .map(|(name, bytes)| (name.as_str(), String::from_utf8(bytes.clone()).unwrap()))
        .collect()
}

/// Every value of the attributes that lead somewhere, with the tag it is in.
fn addresses(html: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        rest = &rest[open..];
        let end = rest.find('>').unwrap_or(rest.len());
        let tag = &rest[..end];
        if tag.starts_with("<script") && !tag.contains(" src=") {
            // JSON-LD: data, not a link.
            rest = &rest[rest.find("</script>").unwrap_or(rest.len())..];
            continue;
        }
        for attribute in [
            "href",
            "src",
            "action",
            "data-index",
            "data-cards",
            "data-catalogue",
            "data-list",
        ] {
            let marker = format!(" {attribute}=\"");
            if let Some(at) = tag.find(&marker) {
                let value = &tag[at + marker.len()..];
                let value = &value[..value.find('"').unwrap_or(value.len())];
                found.push((tag.to_string(), value.to_string()));
            }
        }
        rest = &rest[end..];
    }
    found
}

#[test]
fn the_disc_edition_is_the_same_site_with_the_search_and_filters_data_also_as_scripts() {
    let normal = read_tree(normal());
    let disc = read_tree(disc());
    let pages_of_normal = pages(&normal);
    for (name, bytes) in &normal {
        let on_disc = disc
            .get(name)
            .unwrap_or_else(|| panic!("{name} is not on the disc"));
        if !pages_of_normal.contains_key(name.as_str()) {
            assert!(on_disc == bytes, "{name} differs on the disc");
        }
    }
    let extra: Vec<&String> = disc.keys().filter(|n| !normal.contains_key(*n)).collect();
    for name in &extra {
        let data = name.strip_suffix(".js").expect("only scripts are added");
        if *name == "assets/offline.js" {
            continue;
        }
        assert!(
            (data.starts_with("filter/") || data.starts_with("search/"))
                && (data.ends_with(".json") || data.ends_with(".bin")),
            "{name} is not a data file's script"
        );
        let script = String::from_utf8(disc[*name].clone()).unwrap();
        assert!(
            script.starts_with("MinhbachOffline.put(document.currentScript, "),
            "{name}"
        );
        if data.ends_with(".json") {
            let json = String::from_utf8(normal[data].clone()).unwrap();
            assert_eq!(
                script,
                format!(
                    "MinhbachOffline.put(document.currentScript, {});\n",
                    json.trim_end()
                ),
                "{name} does not hold the same data"
            );
        }
    }
    let twins = normal
        .keys()
        .filter(|n| {
            (n.starts_with("filter/") || n.starts_with("search/"))
                && (n.ends_with(".json") || n.ends_with(".bin"))
        })
        .count();
    assert_eq!(
        extra.len(),
        twins + 1,
        "a script for each data file, and the loader"
    );
    // A normal build knows nothing of the disc.
    assert!(!normal.contains_key("assets/offline.js"));
    for page in pages_of_normal.values() {
        assert!(!page.contains("offline.js"));
    }
}

#[test]
fn every_link_of_the_disc_is_relative_and_names_a_file_that_is_there() {
    let disc_root = disc();
    let tree = read_tree(disc_root);
    let mut checked = 0;
    for (name, html) in pages(&tree) {
        let folder = Path::new(name).parent().unwrap_or(Path::new(""));
        for (tag, value) in addresses(&html) {
            if value.starts_with('#') || value.starts_with("mailto:") || value.starts_with("tel:") {
                continue;
            }
            assert!(!value.starts_with('/'), "{name}: {tag} starts at the root");
            if value.starts_with("https://") || value.starts_with("http://") {
                // The online site only where a page cites a permanent address.
                if value.starts_with(BASE) {
                    let cited = tag.starts_with("<link rel=\"canonical\"")
                        || tag.starts_with("<link rel=\"alternate\" hreflang=");
                    let before = &html[..html.find(&tag).unwrap()];
                    let in_cite = before.rfind("<p class=\"cite\">") > before.rfind("</p>");
                    assert!(cited || in_cite, "{name}: {tag} leads back online");
                }
                continue;
            }
            let path = value.split(['#', '?']).next().unwrap();
            let folder_attribute = tag.contains(&format!(" data-index=\"{value}\""))
                || tag.contains(&format!(" data-cards=\"{value}\""));
            let target = disc_root.join(folder).join(path);
            if folder_attribute {
                assert!(target.is_dir(), "{name}: {tag}: no folder {path}");
            } else {
                assert!(
                    target.is_file(),
                    "{name}: {tag}: {} is not a file",
                    target.display()
                );
                assert!(!path.ends_with('/'), "{name}: {tag} names a folder");
            }
            checked += 1;
        }
    }
    assert!(checked > 10_000, "only {checked} links checked");
    // The root leads to the default language's home page, as a file.
    let root = String::from_utf8(tree["index.html"].clone()).unwrap();
    assert!(root.contains("<meta http-equiv=\"refresh\" content=\"0; url=vi/index.html\">"));
}

#[test]
fn every_page_of_the_disc_loads_the_loader_before_its_own_script() {
    for (name, html) in pages(&read_tree(disc())) {
        if name == "index.html" {
            continue;
        }
        let up = "../".repeat(name.matches('/').count());
        let loader = format!("<script src=\"{up}assets/offline.js\"></script>");
        let at = html
            .find(&loader)
            .unwrap_or_else(|| panic!("{name}: no loader"));
        let own = html
            .find(&format!("<script src=\"{up}assets/"))
            .expect("the page's own script");
        assert_eq!(at, own, "{name}: the loader is not the first script");
    }
}

#[test]
fn the_e_mail_editions_are_the_same_on_the_disc() {
    let normal = read_tree(normal());
    let disc = read_tree(disc());
    let mails: Vec<&String> = normal.keys().filter(|n| n.contains("/email.")).collect();
    assert_eq!(mails.len(), 28, "seven issues, two parts, two languages");
    for name in mails {
        assert!(disc[name] == normal[name], "{name}");
    }
}

#[test]
fn the_disc_edition_of_the_valid_fixture_adds_these_files() {
    let dir = tempfile::tempdir().unwrap();
    let (normal, disc) = (dir.path().join("normal"), dir.path().join("disc"));
    common::build_ok(&fixture("valid"), &normal);
    minhbach([
        OsStr::new("build"),
        fixture("valid").as_os_str(),
        OsStr::new("--output"),
        disc.as_os_str(),
        OsStr::new("--offline"),
    ])
    .assert_code(0);
    let normal = read_tree(&normal);
    // By folder: the scripts of one folder of data, counted.
    let mut added: BTreeMap<String, usize> = BTreeMap::new();
    for name in read_tree(&disc)
        .into_keys()
        .filter(|n| !normal.contains_key(n))
    {
        let folder = name.rsplit_once('/').map_or("", |(f, _)| f).to_string();
        *added.entry(folder).or_default() += 1;
    }
    let added: Vec<String> = added.iter().map(|(f, n)| format!("{f}/: {n}")).collect();
    insta::assert_snapshot!(added.join("\n"));
    let project =
        String::from_utf8(read_tree(&disc)["en/projects/nuoc-sach-xa-cao-son/index.html"].clone())
            .unwrap();
    insta::assert_snapshot!(
        "a_project_page_on_the_disc",
        addresses(&project)
            .into_iter()
            .map(|(_, v)| v)
            .collect::<Vec<_>>()
            .join("\n")
    );
}
