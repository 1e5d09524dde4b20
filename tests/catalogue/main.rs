//! The catalogue's lists: a filter page per sector, place, period and status
//! holding exactly its projects, the orders and pages of a long list, and the
//! totals every list, the home page and projects.json show, which must agree
//! to the đồng with the figures worked out again here from each project's
//! facts and site.toml's rates, as the spec's "Figures" section defines them.

#[path = "../common/mod.rs"]
mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use common::{
    fixture, minhbach, page, sample_site as sample, split_summary, valid_site as valid, Change,
    Scratch,
};
use serde_json::Value;

/// The sample has 46 projects: three pages of 20 in every order.
const SAMPLE_PROJECTS: usize = 46;

fn projects_json(out: &Path) -> Value {
    let text = fs::read_to_string(out.join("data/projects.json")).expect("projects.json");
    serde_json::from_str(&text).expect("JSON")
}

/// A project's page in `lang`, as a site address.
fn address_of(p: &Value, lang: &str) -> String {
    let url = p["url"][lang].as_str().expect("an address");
    url.trim_start_matches("https://ngo.example.gov.vn")
        .to_string()
}

/// Every page of a list, from its first page through its `rel="next"` links,
/// joined: the whole list as one page would hold it.
fn whole_list(out: &Path, address: &str) -> String {
    let mut html = page(out, address);
    let mut pages = html.clone();
    while let Some(next) = html
        .split("<link rel=\"next\" href=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .map(str::to_string)
    {
        html = page(out, &next);
        pages.push_str(&html);
    }
    pages
}

/// The addresses the cards of `html` link to, sorted.
fn cards(html: &str) -> Vec<&str> {
    let mut shown: Vec<&str> = html
        .match_indices("<li class=\"project-item\"")
        .map(|(at, _)| {
            let card = &html[at..];
            let href = card.find("<a href=\"").expect("a link") + 9;
            let end = card[href..].find('"').expect("an address end");
            &card[href..href + end]
        })
        .collect();
    shown.sort_unstable();
    shown
}

mod figures;

use figures::{counted, Rates, Totals};

// ---- The catalogue's list pages ----

/// The words of the generated addresses, format 2's defaults (neither site
/// sets its own): Vietnamese words for `vi`, the English keys otherwise.
fn word(lang: &str, key: &str) -> &'static str {
    match (lang, key) {
        ("vi", "sector") => "linh-vuc",
        ("vi", "locality") => "dia-ban",
        ("vi", "period") => "giai-doan",
        ("vi", "status") => "tinh-trang",
        ("vi", "sort") => "sap-xep",
        ("vi", "page") => "trang",
        ("vi", "print") => "ban-in",
        (_, "sector") => "sector",
        (_, "locality") => "locality",
        (_, "period") => "period",
        (_, "status") => "status",
        (_, "sort") => "sort",
        (_, "page") => "page",
        (_, "print") => "print",
        other => panic!("no address word {other:?}"),
    }
}

/// A status as the addresses of `lang` write it, back to the spec's key.
fn status_key<'v>(lang: &str, value: &'v str) -> &'v str {
    if lang != "vi" {
        return value;
    }
    match value {
        "dang-van-dong" => "seeking",
        "da-van-dong-mot-phan" => "partly-funded",
        "da-du-vien-tro" => "funded",
        "dang-thuc-hien" => "ongoing",
        "da-hoan-thanh" => "completed",
        "da-rut" => "withdrawn",
        other => panic!("/vi/ writes no status as {other}"),
    }
}

const DIMENSIONS: [&str; 4] = ["sector", "locality", "period", "status"];

/// What a list page lists: the whole catalogue, or one facet's projects.
type Facet = Option<(&'static str, String)>;

/// Whether project `p` is in the facet: a place holds the projects of every
/// unit inside it.
fn holds(p: &Value, facet: &Facet) -> bool {
    let Some((dimension, value)) = facet else {
        return true;
    };
    let value = value.as_str();
    match *dimension {
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

/// Every facet that holds at least one project, as its pages name it.
fn facets_held(projects: &[Value]) -> BTreeSet<(&'static str, String)> {
    let mut held = BTreeSet::new();
    for p in projects {
        let key = |v: &Value| v.as_str().expect("a key").to_string();
        held.insert(("sector", key(&p["sector"]["key"])));
        held.insert(("period", key(&p["period"]["key"])));
        held.insert(("status", key(&p["status"])));
        for l in p["localities"].as_array().expect("localities") {
            held.insert(("locality", key(&l["key"])));
            for parent in l["parents"].as_array().expect("parents") {
                held.insert(("locality", key(parent)));
            }
        }
    }
    held
}

/// Every list page of the catalogue in `lang`, by address, with what it
/// lists and whether it is the first page of its list: the whole catalogue in
/// each order, each facet, and their next pages. Anything else under the
/// catalogue's address but a project's page fails the test.
fn list_pages(out: &Path, lang: &str, projects: &[Value]) -> Vec<(String, Facet, bool)> {
    let first = address_of(&projects[0], lang);
    let slug = projects[0]["slug"].as_str().expect("a slug");
    let catalogue = first
        .strip_suffix(&format!("{slug}/"))
        .expect("a project's address ends with its slug");
    let slugs: BTreeSet<&str> = projects
        .iter()
        .map(|p| p["slug"].as_str().expect("a slug"))
        .collect();
    let mut found = Vec::new();
    for dir in index_folders(&out.join(catalogue.trim_start_matches('/'))) {
        let parts: Vec<&str> = dir.split('/').filter(|s| !s.is_empty()).collect();
        let address = format!("{catalogue}{dir}");
        let page = word(lang, "page");
        let (facet, rest): (Facet, &[&str]) = match parts.as_slice() {
            [folder] if slugs.contains(folder) => continue,
            // The book and the leaflets print lists; tests/print.rs checks them.
            [w, ..] if *w == word(lang, "print") => continue,
            [w, order, rest @ ..] if *w == word(lang, "sort") => {
                let orders = if lang == "vi" {
                    ["con-can-nhieu-nhat", "ten-du-an"]
                } else {
                    ["still-sought", "title"]
                };
                assert!(orders.contains(order), "{address}: an unknown order");
                (None, rest)
            }
            [w, value, rest @ ..] if *w != page => {
                let dimension = DIMENSIONS
                    .into_iter()
                    .find(|d| word(lang, d) == *w)
                    .unwrap_or_else(|| panic!("{address}: an unknown page"));
                let value = if dimension == "status" {
                    status_key(lang, value)
                } else {
                    value
                };
                (Some((dimension, value.to_string())), rest)
            }
            rest => (None, rest),
        };
        let first_page = match rest {
            [] => true,
            [w, n] if *w == page && n.parse::<u32>().is_ok_and(|n| n > 1) => false,
            _ => panic!("{address}: an unknown page"),
        };
        found.push((address, facet, first_page));
    }
    found
}

/// The folders under `root` that hold an `index.html`, relative, each ending
/// in `/` (`""` for `root` itself).
fn index_folders(root: &Path) -> Vec<String> {
    let mut found = Vec::new();
    if root.join("index.html").is_file() {
        found.push(String::new());
    }
    for entry in fs::read_dir(root).expect("a folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            let name = path.file_name().expect("a name").to_string_lossy();
            found.extend(
                index_folders(&path)
                    .into_iter()
                    .map(|rest| format!("{name}/{rest}")),
            );
        }
    }
    found
}

/// The home page, the "How we count" page, every list of the catalogue in
/// both languages and projects.json give the same totals, and they are the
/// sums of the projects' figures worked out from their facts and rates.
fn totals_agree_everywhere(site: &Path, out: &Path) {
    let data = projects_json(out);
    let projects = data["projects"].as_array().expect("projects");
    let rates = Rates::of(site);
    let each: Vec<Totals> = projects.iter().map(|p| counted(p, &rates)).collect();
    let all: Totals = each.iter().copied().sum();
    assert_eq!(Totals::from_json(&data["totals"]), all, "projects.json");
    let withdrawn = projects.iter().filter(|p| p["status"] == "withdrawn");
    assert_eq!(
        data["totals"]["withdrawn"].as_u64(),
        Some(withdrawn.count() as u64)
    );

    for lang in ["vi", "en"] {
        let home = page(out, &format!("/{lang}/"));
        assert_eq!(Totals::shown(&home, lang), all, "/{lang}/");
        // The figures link to their definitions, on a page that shows them too.
        let how = home
            .split("<dt><a href=\"")
            .nth(1)
            .and_then(|rest| rest.split('#').next())
            .expect("a link to the definitions");
        assert_eq!(Totals::shown(&page(out, how), how), all, "{how}");

        let lists = list_pages(out, lang, projects);
        let mut facets = BTreeSet::new();
        let mut by_dimension: BTreeMap<&str, Totals> = BTreeMap::new();
        for (address, facet, first_page) in &lists {
            let expected: Totals = projects
                .iter()
                .zip(&each)
                .filter(|(p, _)| holds(p, facet))
                .map(|(_, t)| *t)
                .sum();
            assert!(expected.projects > 0, "{address} holds no project");
            let shown = Totals::shown(&page(out, address), address);
            assert_eq!(shown, expected, "{address}");
            if let (Some((dimension, value)), true) = (facet, first_page) {
                facets.insert((*dimension, value.clone()));
                let sum = by_dimension.entry(dimension).or_default();
                *sum = *sum + shown;
            }
        }
        // A page for every facet that holds a project, and no other.
        assert_eq!(facets, facets_held(projects), "{lang}: the filter pages");
        // A project has one sector, one period and one status: those pages
        // share the projects out, and their figures add up to the whole.
        for dimension in ["sector", "period", "status"] {
            assert_eq!(by_dimension[dimension], all, "{lang}: {dimension} pages");
        }
    }
}

#[test]
fn the_same_figures_agree_to_the_dong_everywhere_in_the_valid_fixture() {
    totals_agree_everywhere(&fixture("valid"), valid());
}

#[test]
fn the_same_figures_agree_to_the_dong_everywhere_in_the_sample() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    totals_agree_everywhere(root, sample());
    // The sample converts: projects and entries in USD and EUR.
    let data = projects_json(sample());
    let currencies: BTreeSet<&str> = data["projects"]
        .as_array()
        .expect("projects")
        .iter()
        .flat_map(|p| {
            let entries = p["funding"].as_array().expect("funding").iter();
            std::iter::once(&p["budget"]["currency"]).chain(entries.map(|f| &f["currency"]))
        })
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(currencies, BTreeSet::from(["EUR", "USD", "VND"]));
}

#[test]
fn every_filter_page_holds_exactly_its_projects_in_both_languages() {
    let data = projects_json(sample());
    let projects = data["projects"].as_array().expect("projects");
    for lang in ["vi", "en"] {
        let mut pages = 0;
        for (address, facet, first_page) in list_pages(sample(), lang, projects) {
            if facet.is_none() || !first_page {
                continue;
            }
            let expected: Vec<String> = projects
                .iter()
                .filter(|p| holds(p, &facet))
                .map(|p| address_of(p, lang))
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect();
            assert_eq!(
                cards(&whole_list(sample(), &address)),
                expected,
                "{address}"
            );
            pages += 1;
        }
        // 9 sectors, 2 periods, the 6 statuses and the places of the sample.
        assert!(pages > 50, "{lang}: only {pages} filter pages");
    }
}

#[test]
fn a_district_page_holds_the_projects_of_its_communes() {
    for (district, commune) in [
        (
            "/en/projects/locality/da-bac/",
            "/en/projects/locality/tien-phong/",
        ),
        ("/vi/du-an/dia-ban/da-bac/", "/vi/du-an/dia-ban/tien-phong/"),
    ] {
        let district = whole_list(sample(), district);
        let commune = whole_list(sample(), commune);
        let (district, commune) = (cards(&district), cards(&commune));
        assert!(
            district.len() > commune.len(),
            "Đà Bắc holds more than Tiền Phong"
        );
        for href in commune {
            assert!(district.contains(&href), "the district page lacks {href}");
        }
    }
}

#[test]
fn the_catalogue_has_three_orders_and_links_every_filter() {
    let folders = fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("content/projects"))
        .expect("the sample's projects")
        .count();
    assert_eq!(folders, SAMPLE_PROJECTS, "the sample's projects");
    for lang in ["en", "vi"] {
        // Under /vi/ the orders are Vietnamese words, as every word of an address.
        let (projects, sought, by_title) = if lang == "en" {
            (
                "/en/projects/",
                "/en/projects/sort/still-sought/",
                "/en/projects/sort/title/",
            )
        } else {
            (
                "/vi/du-an/",
                "/vi/du-an/sap-xep/con-can-nhieu-nhat/",
                "/vi/du-an/sap-xep/ten-du-an/",
            )
        };
        let newest = whole_list(sample(), projects);
        let still_sought = whole_list(sample(), sought);
        let title = whole_list(sample(), by_title);
        for list in [&newest, &still_sought, &title] {
            assert_eq!(
                list.matches("<li class=\"project-item\"").count(),
                SAMPLE_PROJECTS
            );
        }
        let sought: Vec<u64> = common::attribute_values(&still_sought, "data-still-sought")
            .iter()
            .map(|v| v.parse().expect("a number"))
            .collect();
        assert!(
            sought.windows(2).all(|w| w[0] >= w[1]),
            "{lang}: not most aid still sought first: {sought:?}"
        );
        let titles = common::attribute_values(&title, "data-title");
        assert!(
            titles.windows(2).all(|w| w[0] <= w[1]),
            "{lang}: not by title: {titles:?}"
        );
        let published = common::attribute_values(&newest, "data-published");
        assert!(
            published.windows(2).all(|w| w[0] >= w[1]),
            "{lang}: not newest first"
        );
    }
    let newest = page(sample(), "/en/projects/");
    for link in [
        "/en/projects/sector/education/",
        "/en/projects/status/seeking/",
        "/en/projects/period/2020-2025/",
        "/en/projects/locality/hoa-binh/",
        "/en/projects/sort/still-sought/",
        "/en/projects/sort/title/",
    ] {
        assert!(
            newest.contains(&format!("href=\"{link}\"")),
            "the catalogue does not link {link}"
        );
    }
    let project = page(sample(), "/vi/du-an/nuoc-sach-xa-pa-co/");
    assert!(
        project.contains("href=\"/vi/du-an/linh-vuc/water-sanitation/\""),
        "a project links its sector's page, in Vietnamese words"
    );
}

#[test]
fn a_project_folder_may_not_take_the_name_of_the_filter_pages() {
    let site = Scratch::changed(
        "minimal",
        &[Change::Rename(
            "content/projects/truong-mam-non-tien-phong",
            "content/projects/sector",
        )],
    );
    let run = minhbach([std::ffi::OsStr::new("check"), site.site.as_os_str()]);
    run.assert_code(1);
    // Every word under the catalogue's address, in both languages, is reserved.
    insta::assert_snapshot!(split_summary(&run.stderr).0);
}

#[test]
fn the_home_page_figures_are_the_sums_of_the_catalogue() {
    let data = projects_json(sample());
    let rates = Rates::of(Path::new(env!("CARGO_MANIFEST_DIR")));
    let sums: Totals = data["projects"]
        .as_array()
        .expect("projects")
        .iter()
        .map(|p| counted(p, &rates))
        .sum();
    for (home, how) in [
        ("/en/", "/en/data/how-we-count/"),
        ("/vi/", "/vi/du-lieu/cach-tinh/"),
    ] {
        let html = page(sample(), home);
        assert_eq!(Totals::shown(&html, home), sums, "{home}");
        // Each figure links to its definition, in the order of the spec.
        let figures = html
            .split("<dl class=\"figures totals\">")
            .nth(1)
            .and_then(|rest| rest.split("</dl>").next())
            .expect("the totals");
        let linked: Vec<&str> = common::attribute_values(figures, "href");
        let definitions = page(sample(), how);
        for (link, measure) in linked.iter().zip([
            "open-projects",
            "still-sought",
            "committed",
            "disbursed",
            "projects",
        ]) {
            assert_eq!(*link, format!("{how}#{measure}"));
            assert!(
                definitions.contains(&format!(" id=\"{measure}\"")),
                "{how} does not define {measure}"
            );
        }
        assert_eq!(linked.len(), 5, "{home}: {figures}");
    }
}

#[test]
fn a_long_list_comes_in_pages_of_twenty_linked_both_ways() {
    // 46 projects: 20, 20 and 6.
    let first = page(sample(), "/en/projects/");
    let second = page(sample(), "/en/projects/page/2/");
    let third = page(sample(), "/en/projects/page/3/");
    let count = |html: &str| html.matches("<li class=\"project-item\"").count();
    assert_eq!((count(&first), count(&second), count(&third)), (20, 20, 6));
    assert!(first.contains("<link rel=\"next\" href=\"/en/projects/page/2/\">"));
    assert!(second.contains("<link rel=\"prev\" href=\"/en/projects/\">"));
    assert!(second.contains("<span aria-current=\"page\">Page 2</span>"));
    assert!(first.contains("Projects 1–20 of 46"));
    assert!(third.contains("Projects 41–46 of 46"));
    assert!(!third.contains("rel=\"next\""));
    // The filters are on the first page; the others lead back to them.
    assert!(first.contains("id=\"project-filters\""));
    assert!(!second.contains("id=\"project-filters\""));
    assert!(second.contains("<p class=\"filters-elsewhere\"><a href=\"/en/projects/\">"));
    // The JavaScript that combines filters reads the whole list from the
    // filter index, not from these pages: the form says where it is.
    assert!(first.contains("data-index=\"/filter/\" data-cards=\"/filter/en/\""));
    assert!(sample().join("filter/meta.json").is_file());
    // The figures are those of the whole list on every page.
    assert_eq!(Totals::shown(&first, "page 1").projects, 46);
    assert_eq!(
        Totals::shown(&third, "page 3"),
        Totals::shown(&first, "page 1")
    );
    // In Vietnamese, the next pages are under the word `trang`.
    let vi = page(sample(), "/vi/du-an/trang/2/");
    assert!(vi.contains("<link rel=\"prev\" href=\"/vi/du-an/\">"));
    assert!(vi.contains("<link rel=\"next\" href=\"/vi/du-an/trang/3/\">"));
    assert!(vi.contains("Dự án 21–40 trên tổng số 46"));
}

/// Every word of an address under `/vi/` that the tool chooses is
/// Vietnamese (the sector keys are the sample staff's own, as the spec says).
#[test]
fn no_word_the_tool_chooses_is_english_under_vi() {
    let english = [
        "sector",
        "locality",
        "period",
        "status",
        "sort",
        "page",
        "search",
        "data",
        "print",
        "figures",
        "seeking",
        "partly-funded",
        "funded",
        "ongoing",
        "completed",
        "withdrawn",
        "still-sought",
        "title",
        "newest",
        "projects",
        "procedures",
        "results",
        "bulletin",
        "pages",
    ];
    let mut seen = 0;
    for name in common::read_tree(sample()).keys() {
        let Some(rest) = name.strip_prefix("vi/") else {
            continue;
        };
        for word in rest.split('/').filter(|w| !w.contains('.')) {
            assert!(!english.contains(&word), "vi/{rest}: {word}");
        }
        seen += 1;
    }
    assert!(seen > 150, "{seen} files under vi/");
}
