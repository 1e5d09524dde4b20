//! The catalogue's filter pages: one per sector, place, period and status, each
//! holding exactly its projects, with figures that are the sums of theirs.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use common::{minhbach, page, split_summary, Scratch};
use serde_json::Value;

fn sample() -> &'static Path {
    static BUILT: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    common::build_once(&BUILT, Path::new(env!("CARGO_MANIFEST_DIR")))
}

/// Every page of a list, from its first page through its `rel="next"` links,
/// joined: the whole list as one page would hold it.
fn whole_list(address: &str) -> String {
    let mut html = page(sample(), address);
    let mut pages = html.clone();
    while let Some(next) = html
        .split("<link rel=\"next\" href=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .map(str::to_string)
    {
        html = page(sample(), &next);
        pages.push_str(&html);
    }
    pages
}

/// The digits of the slice's figure `label`, without the converted figure.
fn figure(html: &str, label: &str) -> Option<u64> {
    let figures = html.split("<dl class=\"figures\">").nth(1)?;
    let html = &figures[..figures.find("</dl>")?];
    let start = html.find(&format!("<dt>{label}</dt><dd>"))? + label.len() + 13;
    let rest = &html[start..];
    let shown = &rest[..rest.find(['<'])?];
    shown
        .chars()
        .filter(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .ok()
}

/// A project's amount in VND, converted as the site converts (per amount,
/// rounded); `None` for a currency site.toml gives no rate for.
fn in_vnd(amount: u64, currency: &str, rate: f64) -> Option<u64> {
    #[allow(
        clippy::cast_precision_loss,
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "whole amounts far below 2^52"
    )]
    match currency {
        "VND" => Some(amount),
        "USD" => Some((amount as f64 * rate).round() as u64),
        _ => None,
    }
}

fn holds(p: &Value, dimension: &str, value: &str) -> bool {
    match dimension {
        "sector" => p["sector"]["key"] == value,
        "period" => p["period"]["key"] == value,
        "status" => p["status"] == value,
        "locality" => p["localities"]
            .as_array()
            .expect("localities")
            .iter()
            .any(|l| {
                l["key"] == value
                    || l["parents"]
                        .as_array()
                        .expect("parents")
                        .iter()
                        .any(|k| k == value)
            }),
        other => panic!("unknown filter {other}"),
    }
}

#[test]
fn every_filter_page_holds_its_projects_and_their_summed_figures() {
    let data: Value = serde_json::from_str(
        &fs::read_to_string(sample().join("data/projects.json")).expect("projects.json"),
    )
    .expect("JSON");
    let rate = data["usd_rate"]["rate"].as_f64().expect("a rate");
    let projects = data["projects"].as_array().expect("projects");
    let mut pages = 0;
    let mut eur_slices = 0;
    for dimension in ["sector", "locality", "period", "status"] {
        let dir = sample().join("en/projects").join(dimension);
        for entry in fs::read_dir(&dir).expect("filter pages") {
            let value = entry
                .expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned();
            let address = format!("/en/projects/{dimension}/{value}/");
            let html = page(sample(), &address);
            let list = whole_list(&address);
            let mine: Vec<&Value> = projects
                .iter()
                .filter(|p| holds(p, dimension, &value))
                .collect();
            assert!(!mine.is_empty(), "{address} exists but holds no project");

            // The cards are exactly the slice's projects.
            let mut shown: Vec<&str> = list
                .match_indices("<li class=\"project-item\"")
                .map(|(at, _)| {
                    let card = &list[at..];
                    let href = card.find("<a href=\"").expect("a link") + 9;
                    let end = card[href..].find('"').expect("an address end");
                    &card[href..href + end]
                })
                .collect();
            let mut expected: Vec<&str> = mine
                .iter()
                .map(|p| {
                    p["url"]["en"]
                        .as_str()
                        .expect("an address")
                        .trim_start_matches("https://ngo.example.gov.vn")
                })
                .collect();
            shown.sort_unstable();
            expected.sort_unstable();
            assert_eq!(shown, expected, "{address}");

            let count = u64::try_from(mine.len()).expect("a count");
            // Projects in a currency without a rate are left out of the sums
            // (never added unconverted), and the page says how many.
            let convertible: Vec<&&Value> = mine
                .iter()
                .filter(|p| {
                    in_vnd(1, p["budget"]["currency"].as_str().expect("currency"), rate).is_some()
                })
                .collect();
            let left_out = mine.len() - convertible.len();
            let total = |field: &dyn Fn(&Value) -> u64| -> Option<u64> {
                convertible
                    .iter()
                    .map(|p| {
                        in_vnd(
                            field(p),
                            p["budget"]["currency"].as_str().expect("currency"),
                            rate,
                        )
                    })
                    .sum()
            };
            let sought = total(&|p| p["budget"]["requested"].as_u64().expect("requested"));
            let committed = total(&|p| p["committed"].as_u64().expect("committed"));
            let gap = total(&|p| p["funding_gap"].as_u64().expect("a gap"));
            assert_eq!(
                figure(&html, "Projects"),
                Some(count),
                "{address}: projects"
            );
            assert_eq!(figure(&html, "Aid sought"), sought, "{address}: aid sought");
            assert_eq!(
                figure(&html, "Committed by funders"),
                committed,
                "{address}: committed"
            );
            assert_eq!(figure(&html, "Funding gap"), gap, "{address}: gap");
            if left_out == 0 {
                assert!(!html.contains("The sums leave out"), "{address}");
            } else {
                let note = if left_out == 1 {
                    "The sums leave out one project".to_string()
                } else {
                    format!("The sums leave out {left_out} projects")
                };
                assert!(html.contains(&note), "{address}: {note}");
                eur_slices += 1;
            }
            pages += 1;
        }
    }
    // 9 sectors, 2 periods and every status of the sample hold projects.
    assert!(pages > 50, "only {pages} filter pages");
    // The sample has EUR projects, so some slices must say what they leave out.
    assert!(eur_slices > 0, "no slice leaves out a project");
}

#[test]
fn a_district_page_holds_the_projects_of_its_communes() {
    let district = whole_list("/en/projects/locality/da-bac/");
    let commune = whole_list("/en/projects/locality/tien-phong/");
    let cards = |html: &str| html.matches("<li class=\"project-item\"").count();
    assert!(
        cards(&district) > cards(&commune),
        "Đà Bắc holds more than Tiền Phong"
    );
    let commune_card = commune
        .split("<li class=\"project-item\"")
        .nth(1)
        .expect("a commune project");
    let href = commune_card.split("<a href=\"").nth(1).expect("a link");
    let href = &href[..href.find('"').expect("an end")];
    assert!(district.contains(href), "the district page lacks {href}");
}

#[test]
fn the_catalogue_has_three_orders_and_links_every_filter() {
    let newest = whole_list("/en/projects/");
    let gap = whole_list("/en/projects/sort/gap/");
    let title = whole_list("/en/projects/sort/title/");
    // The sample's 42 projects fill three pages of every order.
    for list in [&newest, &gap, &title] {
        assert_eq!(list.matches("<li class=\"project-item\"").count(), 42);
    }
    let gaps: Vec<u64> = common::attribute_values(&gap, "data-gap")
        .iter()
        .map(|v| v.parse().expect("a number"))
        .collect();
    assert!(
        gaps.windows(2).all(|w| w[0] >= w[1]),
        "not largest gap first: {gaps:?}"
    );
    let titles = common::attribute_values(&title, "data-title");
    assert!(
        titles.windows(2).all(|w| w[0] <= w[1]),
        "not by title: {titles:?}"
    );
    let published = common::attribute_values(&newest, "data-published");
    assert!(
        published.windows(2).all(|w| w[0] >= w[1]),
        "not newest first"
    );
    for link in [
        "/en/projects/sector/education/",
        "/en/projects/status/seeking/",
        "/en/projects/period/2020-2025/",
        "/en/projects/locality/hoa-binh/",
    ] {
        assert!(
            newest.contains(&format!("href=\"{link}\"")),
            "the catalogue does not link {link}"
        );
    }
    let project = page(sample(), "/vi/du-an/nuoc-sach-xa-pa-co/");
    assert!(
        project.contains("href=\"/vi/du-an/sector/water-sanitation/\""),
        "a project links its sector's page"
    );
}

#[test]
fn a_project_folder_may_not_take_the_name_of_the_filter_pages() {
    let site = Scratch::copy_of("minimal");
    fs::rename(
        site.file("content/projects/truong-mam-non-tien-phong"),
        site.file("content/projects/sector"),
    )
    .expect("a rename");
    let run = minhbach([std::ffi::OsStr::new("check"), site.site.as_os_str()]);
    run.assert_code(1);
    assert_eq!(
        split_summary(&run.stderr).0,
        "error: content/projects/sector: the folder name `sector` is part of the addresses of the catalogue's filter and list pages\n  fix: rename the folder, for example to `sector-project`; these names are reserved: sector, locality, period, status, sort, page"
    );
}

#[test]
fn the_home_page_figures_are_the_sums_of_the_catalogue() {
    let data: Value = serde_json::from_str(
        &fs::read_to_string(sample().join("data/projects.json")).expect("projects.json"),
    )
    .expect("JSON");
    let rate = data["usd_rate"]["rate"].as_f64().expect("a rate");
    let projects = data["projects"].as_array().expect("projects");
    let in_base = |p: &Value, field: &str| {
        in_vnd(
            p[field].as_u64().expect("an amount"),
            p["budget"]["currency"].as_str().expect("currency"),
            rate,
        )
    };
    let seeking: Vec<&Value> = projects
        .iter()
        .filter(|p| p["status"] == "seeking" || p["status"] == "partly-funded")
        .collect();
    let still_sought: u64 = seeking
        .iter()
        .filter_map(|p| in_base(p, "funding_gap"))
        .sum();
    let committed: u64 = projects
        .iter()
        .filter(|p| in_base(p, "funding_gap").is_some())
        .filter_map(|p| in_base(p, "committed"))
        .sum();
    let html = page(sample(), "/en/");
    assert_eq!(
        figure(&html, "Projects seeking funding"),
        Some(seeking.len() as u64)
    );
    assert_eq!(figure(&html, "Aid still sought"), Some(still_sought));
    assert_eq!(figure(&html, "Committed by donors so far"), Some(committed));
    assert_eq!(
        figure(&html, "Projects in the catalogue"),
        Some(projects.len() as u64)
    );
}

#[test]
fn a_long_list_comes_in_pages_of_twenty_linked_both_ways() {
    let first = page(sample(), "/en/projects/");
    let second = page(sample(), "/en/projects/page/2/");
    let third = page(sample(), "/en/projects/page/3/");
    let cards = |html: &str| html.matches("<li class=\"project-item\"").count();
    assert_eq!((cards(&first), cards(&second), cards(&third)), (20, 20, 2));
    assert!(first.contains("<link rel=\"next\" href=\"/en/projects/page/2/\">"));
    assert!(second.contains("<link rel=\"prev\" href=\"/en/projects/\">"));
    assert!(second.contains("<span aria-current=\"page\">Page 2</span>"));
    assert!(first.contains("Projects 1–20 of 42"));
    assert!(third.contains("Projects 41–42 of 42"));
    // The filters are on the first page; the others lead back to them.
    assert!(first.contains("id=\"project-filters\""));
    assert!(!second.contains("id=\"project-filters\""));
    assert!(second.contains("<p class=\"filters-elsewhere\"><a href=\"/en/projects/\">"));
    // The JavaScript learns how many pages to gather.
    assert!(first.contains("data-pages=\"3\" data-first=\"/en/projects/\""));
    // The figures are those of the whole list on every page.
    assert_eq!(figure(&first, "Projects"), Some(42));
    assert_eq!(figure(&third, "Projects"), Some(42));
}
