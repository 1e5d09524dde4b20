//! What crawlers and feed readers get from the sample site: a sitemap with
//! every page once and all its language alternates, content dates, robots.txt,
//! and Atom feeds linked from every page.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use common::xml::elements;
use common::{page, sample_site as sample};

#[test]
fn the_sitemap_lists_every_page_once_with_all_its_alternates() {
    let found = elements(&sample().join("sitemap.xml"));
    let locs: Vec<&str> = found
        .iter()
        .filter(|e| e.0 == "loc")
        .map(|e| e.2.as_str())
        .collect();
    let unique: BTreeSet<&str> = locs.iter().copied().collect();
    assert_eq!(locs.len(), unique.len(), "an address is listed twice");

    // Every page written is listed, and every address listed is a page.
    let mut pages = BTreeSet::new();
    for entry in walk(sample()) {
        let rel = entry.strip_prefix(sample()).expect("inside the output");
        if rel.file_name().is_some_and(|n| n == "index.html") && rel.components().count() > 1 {
            pages.insert(format!(
                "https://ngo.example.gov.vn/{}",
                rel.parent().expect("a folder").to_string_lossy() + "/"
            ));
        }
    }
    let listed: BTreeSet<String> = unique.iter().map(|s| (*s).to_string()).collect();
    assert_eq!(listed, pages);

    // Each <url> has one alternate per language and an x-default.
    let mut alternates: Vec<Vec<String>> = Vec::new();
    for e in &found {
        match e.0.as_str() {
            "url" => alternates.push(Vec::new()),
            "xhtml:link" => alternates
                .last_mut()
                .expect("inside a url")
                .push(e.1["hreflang"].clone()),
            _ => {}
        }
    }
    assert_eq!(alternates.len(), locs.len());
    for a in alternates {
        assert_eq!(a, ["vi", "en", "x-default"]);
    }
    let robots = fs::read_to_string(sample().join("robots.txt")).expect("robots.txt");
    assert!(robots.contains("Sitemap: https://ngo.example.gov.vn/sitemap.xml"));
}

#[test]
fn the_sitemap_dates_come_from_the_content_never_from_the_build() {
    let found = elements(&sample().join("sitemap.xml"));
    let mut last = None;
    for e in &found {
        match e.0.as_str() {
            "loc" => last = Some(e.2.clone()),
            "lastmod"
                if last.as_deref()
                    == Some("https://ngo.example.gov.vn/en/projects/nuoc-sach-xa-pa-co/") =>
            {
                let facts = fs::read_to_string(
                    Path::new(env!("CARGO_MANIFEST_DIR"))
                        .join("content/projects/nuoc-sach-xa-pa-co/facts.toml"),
                )
                .expect("facts");
                let table: toml::Table = facts.parse().expect("TOML");
                let day = table
                    .get("updated")
                    .or_else(|| table.get("published"))
                    .expect("a date")
                    .to_string();
                assert_eq!(e.2, day);
                return;
            }
            _ => {}
        }
    }
    panic!("the sample project nuoc-sach-xa-pa-co has no lastmod in the sitemap");
}

#[test]
fn each_language_has_feeds_of_everything_needs_and_bulletin_newest_first() {
    for feed in [
        "vi/atom.xml",
        "en/atom.xml",
        "vi/du-an/atom.xml",
        "en/projects/atom.xml",
        "vi/ban-tin/atom.xml",
        "en/bulletin/atom.xml",
    ] {
        let found = elements(&sample().join(feed));
        let updated: Vec<&str> = found
            .iter()
            .filter(|e| e.0 == "updated")
            .map(|e| e.2.as_str())
            .skip(1) // the feed's own
            .collect();
        assert!(!updated.is_empty(), "{feed} has no entries");
        let mut sorted = updated.clone();
        sorted.sort_unstable_by(|a, b| b.cmp(a));
        assert_eq!(updated, sorted, "{feed}: entries are not newest first");
        // Every entry leads to a page that was written.
        for link in found.iter().filter(|e| e.0 == "id").skip(1) {
            let address = link.2.trim_start_matches("https://ngo.example.gov.vn");
            page(sample(), address);
        }
    }
    let needs = fs::read_to_string(sample().join("en/projects/atom.xml")).expect("a feed");
    assert!(
        !needs.contains("/en/bulletin/"),
        "the needs feed holds only projects"
    );
    // A project with no English words is marked as Vietnamese in the English feed.
    let entry = needs
        .split("<entry")
        .find(|e| e.contains("/en/projects/tu-sach-than-thien-tu-do/"))
        .expect("the untranslated sample project");
    assert!(entry.starts_with(" xml:lang=\"vi\""), "{entry}");
}

#[test]
fn every_page_links_its_languages_feeds_in_its_head() {
    for (address, feed) in [
        ("/en/", "/en/atom.xml"),
        ("/en/projects/", "/en/projects/atom.xml"),
        ("/vi/du-an/nuoc-sach-xa-pa-co/", "/vi/du-an/atom.xml"),
        ("/vi/ban-tin/", "/vi/ban-tin/atom.xml"),
    ] {
        let html = page(sample(), address);
        let head = &html[..html.find("</head>").expect("a head")];
        assert!(
            head.contains(&format!(
                "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"{feed}\""
            )),
            "{address} does not link {feed}"
        );
    }
    let catalogue = page(sample(), "/en/projects/");
    let body = &catalogue[catalogue.find("<main").expect("a main")..];
    assert!(
        body.contains("href=\"/en/projects/atom.xml\""),
        "the catalogue shows no feed link"
    );
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut all = Vec::new();
    for entry in fs::read_dir(dir).expect("a folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            all.extend(walk(&path));
        } else {
            all.push(path);
        }
    }
    all
}
