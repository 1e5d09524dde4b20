//! What is made for paper and for mail (issue 17): the catalogue as a book
//! in each language, a leaflet for each sector and place with open projects,
//! and the e-mail edition of each bulletin issue. Printing itself (page
//! count, page numbers, no project cut) is tested in headless Chromium by
//! `tests/browser/print.test.mjs`.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use common::{
    attribute_values, page, reader_text, sample_site as sample, strip_tags, valid_site as valid,
};
use pretty_assertions::assert_eq;
use serde_json::Value;

const BASE: &str = "https://ngo.example.gov.vn";

/// The catalogue's own words in each language: its address, its print
/// word, and the words of its sector and place filters.
const LANGUAGES: [(&str, &str, &str, &str, &str); 2] = [
    ("vi", "du-an", "ban-in", "linh-vuc", "dia-ban"),
    ("en", "projects", "print", "sector", "locality"),
];

/// The five figures a page marks with `data-measure`, each as its own page
/// marks it once, by name; in order of appearance when a page has several
/// sets (the book: the cover's, then each sector's).
fn measures(html: &str) -> Vec<(String, u64)> {
    html.match_indices(" data-measure=\"")
        .map(|(at, m)| {
            let rest = &html[at + m.len()..];
            let name = &rest[..rest.find('"').unwrap()];
            let value = rest[name.len()..]
                .strip_prefix("\" data-value=\"")
                .and_then(|v| v.split('"').next())
                .and_then(|v| v.parse().ok())
                .unwrap_or_else(|| panic!("{name} has no value"));
            (name.to_string(), value)
        })
        .collect()
}

/// The projects of `projects.json`, by slug.
fn projects(out: &Path) -> BTreeMap<String, Value> {
    let json: Value =
        serde_json::from_str(&fs::read_to_string(out.join("data/projects.json")).unwrap()).unwrap();
    json["projects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["slug"].as_str().unwrap().to_string(), p.clone()))
        .collect()
}

/// Every place a project is in, with the units they belong to.
fn places(p: &Value) -> BTreeSet<String> {
    p["localities"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|l| {
            std::iter::once(l["key"].as_str().unwrap().to_string()).chain(
                l["parents"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|k| k.as_str().unwrap().to_string()),
            )
        })
        .collect()
}

/// The part of `html` from `start` to the end of the element it opens.
fn element<'h>(html: &'h str, start: &str, end: &str) -> &'h str {
    let at = html
        .find(start)
        .unwrap_or_else(|| panic!("no {start} on the page"));
    let rest = &html[at..];
    let stop = rest
        .find(end)
        .unwrap_or_else(|| panic!("{start} is not closed by {end}"));
    &rest[..stop + end.len()]
}

#[test]
fn the_book_holds_every_project_once_under_its_sector_with_its_address_and_qr_code() {
    let out = sample();
    let all = projects(out);
    for (lang, projects_word, print, _, _) in LANGUAGES {
        let address = format!("/{lang}/{projects_word}/{print}/");
        let html = page(out, &address);
        let mut seen = BTreeSet::new();
        for section in html.split("<section class=\"book-sector ").skip(1) {
            let section = &section[..section.find("</section>").unwrap()];
            let sector = section
                .split("id=\"sector-")
                .nth(1)
                .and_then(|s| s.split('"').next())
                .unwrap();
            for block in section
                .split("<article class=\"book-project\" id=\"project-")
                .skip(1)
            {
                let slug = &block[..block.find('"').unwrap()];
                let p = &all[slug];
                assert_eq!(p["sector"]["key"], sector, "{slug} is under {sector}");
                assert!(seen.insert(slug.to_string()), "{slug} twice in {address}");
                let permanent = p["url"][lang].as_str().unwrap();
                assert!(
                    block.contains(&format!("<a href=\"{permanent}\">{permanent}</a>")),
                    "{address}: {slug} without its permanent address"
                );
                assert!(
                    block.contains(p["code"].as_str().unwrap()),
                    "{slug}: no code"
                );
                let qr = format!("{address}{slug}.svg");
                assert!(block.contains(&format!("<img class=\"qr\" src=\"{qr}\" alt=\"\"")));
                let svg = fs::read_to_string(out.join(&qr[1..])).unwrap();
                assert!(
                    svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""),
                    "{qr}"
                );
            }
        }
        assert_eq!(
            seen,
            all.keys().cloned().collect::<BTreeSet<_>>(),
            "{address} is not the whole catalogue"
        );
        let catalogue = page(out, &format!("/{lang}/{projects_word}/"));
        assert!(
            catalogue.contains(&format!("href=\"{address}\"")),
            "the catalogue does not lead to its book"
        );
    }
}

#[test]
fn each_sector_of_the_book_opens_with_the_figures_of_its_filter_page() {
    let out = sample();
    for (lang, projects_word, print, sector_word, _) in LANGUAGES {
        let html = page(out, &format!("/{lang}/{projects_word}/{print}/"));
        let cover = element(&html, "<header class=\"book-cover\">", "</header>");
        assert_eq!(
            measures(cover),
            measures(&page(out, &format!("/{lang}/{projects_word}/"))),
            "the cover's figures are not the catalogue's"
        );
        let contents = element(&html, "<nav class=\"book-contents\"", "</nav>");
        let mut sectors = 0;
        for section in html.split("<section class=\"book-sector ").skip(1) {
            let key = section
                .split("id=\"sector-")
                .nth(1)
                .and_then(|s| s.split('"').next())
                .unwrap();
            let head = element(section, "<div class=\"book-sector-head\">", "</dl>");
            let filter = page(
                out,
                &format!("/{lang}/{projects_word}/{sector_word}/{key}/"),
            );
            let shown = element(&filter, "<div id=\"list-totals\"", "</dl>");
            assert_eq!(measures(head), measures(shown), "{lang}: sector {key}");
            assert!(
                contents.contains(&format!("href=\"#sector-{key}\"")),
                "the contents do not lead to {key}"
            );
            sectors += 1;
        }
        assert_eq!(sectors, 9, "the sample has projects in nine sectors");
    }
}

#[test]
fn the_book_prints_its_date_its_page_numbers_and_each_sector_at_the_head_of_its_pages() {
    let out = sample();
    let vi = page(out, "/vi/du-an/ban-in/");
    assert!(vi.contains("<p class=\"book-as-of\">Số liệu đến ngày 01/12/2026</p>"));
    assert!(
        vi.contains("@page{@bottom-center{content:\"Trang \" counter(page) \"/\" counter(pages)}}")
    );
    assert!(vi.contains("@page sector-page-1{@top-center{content:\"Phòng, chống thiên tai\"}}"));
    assert!(vi.contains(
        "<section class=\"book-sector sector-page-1\" id=\"sector-disaster-preparedness\""
    ));
    let en = page(out, "/en/projects/print/");
    assert!(en.contains("<p class=\"book-as-of\">As of 1 December 2026</p>"));
    assert!(en.contains(
        "@page{@bottom-center{content:\"Page \" counter(page) \" of \" counter(pages)}}"
    ));
    assert!(
        en.contains("@page sector-page-9{@top-center{content:\"Water supply and sanitation\"}}")
    );
    assert!(en.contains(".sector-page-9{page:sector-page-9}"));
}

#[test]
fn every_sector_and_place_with_open_projects_has_a_leaflet_with_its_figures_and_needs() {
    let out = sample();
    let all = projects(out);
    for (lang, projects_word, print, sector_word, locality_word) in LANGUAGES {
        let mut expected: BTreeMap<String, Vec<&Value>> = BTreeMap::new();
        for p in all.values() {
            let key = |word: &str, value: &str| format!("{word}/{value}");
            let mut slices = vec![key(sector_word, p["sector"]["key"].as_str().unwrap())];
            slices.extend(places(p).iter().map(|l| key(locality_word, l)));
            for slice in slices {
                let entry = expected.entry(slice).or_default();
                if p["open"] == true {
                    entry.push(p);
                }
            }
        }
        let mut leaflets = 0;
        for (slice, mut open) in expected {
            let filter_address = format!("/{lang}/{projects_word}/{slice}/");
            let leaflet_address = format!("/{lang}/{projects_word}/{print}/{slice}/");
            let filter = page(out, &filter_address);
            let link = format!("href=\"{leaflet_address}\"");
            let leaflet_file = out.join(&leaflet_address[1..]).join("index.html");
            if open.is_empty() {
                assert!(!leaflet_file.exists(), "{leaflet_address}: nothing to fund");
                assert!(
                    !filter.contains(&link),
                    "{filter_address} leads to no leaflet"
                );
                continue;
            }
            leaflets += 1;
            assert!(
                filter.contains(&link),
                "{filter_address} does not lead to its leaflet"
            );
            let leaflet = page(out, &leaflet_address);
            let shown = element(&filter, "<div id=\"list-totals\"", "</dl>");
            assert_eq!(measures(&leaflet), measures(shown), "{leaflet_address}");
            // The open needs, most still sought first, ten at most.
            open.sort_by(|a, b| {
                b["still_sought_base"]
                    .as_u64()
                    .cmp(&a["still_sought_base"].as_u64())
                    .then(a["slug"].as_str().cmp(&b["slug"].as_str()))
            });
            let listed: Vec<&str> = attribute_values(
                element(&leaflet, "<table class=\"leaflet-needs\">", "</table>"),
                "href",
            );
            let wanted: Vec<String> = open
                .iter()
                .take(10)
                .map(|p| {
                    p["url"][lang]
                        .as_str()
                        .unwrap()
                        .trim_start_matches(BASE)
                        .to_string()
                })
                .collect();
            assert_eq!(listed, wanted, "{leaflet_address}");
            let more = open.len().saturating_sub(10);
            assert_eq!(
                leaflet.contains("class=\"leaflet-more\""),
                more > 0,
                "{leaflet_address}: {more} needs not listed"
            );
            let online = format!("{BASE}{filter_address}");
            assert!(leaflet.contains(&format!("<a href=\"{online}\">{online}</a>")));
            assert!(
                leaflet.contains("<div class=\"qr\" aria-hidden=\"true\"><svg xmlns=\"http://www.w3.org/2000/svg\""),
                "{leaflet_address}: no QR code"
            );
        }
        // Nine sectors and 34 places of the sample hold an open project.
        assert_eq!(leaflets, 43, "{lang}");
    }
}

#[test]
fn a_leaflet_of_many_needs_lists_the_ten_largest_and_counts_the_rest() {
    let text = reader_text(&page(sample(), "/en/projects/print/locality/hoa-binh/"));
    assert!(text.contains("…and 8 more open needs online: scan the code or open the address at the top of this page."), "{text}");
    let vi = reader_text(&page(sample(), "/vi/du-an/ban-in/dia-ban/hoa-binh/"));
    assert!(vi.contains("…và 8 nhu cầu còn mở khác trên mạng"), "{vi}");
}

/// The book and a leaflet of the valid fixture, as a reader reads them.
#[test]
fn the_book_and_a_leaflet_read_as_reviewed_in_both_languages() {
    for address in [
        "/vi/du-an/ban-in/",
        "/en/projects/print/",
        "/vi/du-an/ban-in/linh-vuc/water-sanitation/",
        "/en/projects/print/locality/cao-son/",
    ] {
        let name = address.trim_matches('/').replace('/', "_");
        insta::assert_snapshot!(name, reader_text(&page(valid(), address)));
    }
}

/// Every issue's two e-mail parts, in every language of the sample.
fn editions(out: &Path) -> Vec<(String, String, String)> {
    let mut found = Vec::new();
    for (lang, bulletin) in [("vi", "ban-tin"), ("en", "bulletin")] {
        for entry in fs::read_dir(out.join(lang).join(bulletin)).unwrap() {
            let dir = entry.unwrap().path();
            if !dir.is_dir() {
                continue;
            }
            let html = fs::read_to_string(dir.join("email.html"))
                .unwrap_or_else(|_| panic!("no email.html in {}", dir.display()));
            let text = fs::read_to_string(dir.join("email.txt")).unwrap();
            let address = format!(
                "/{lang}/{bulletin}/{}/",
                dir.file_name().unwrap().to_str().unwrap()
            );
            found.push((address, html, text));
        }
    }
    found.sort();
    found
}

#[test]
fn each_issue_has_an_email_edition_for_mail_programs_under_102_kb() {
    let found = editions(sample());
    assert_eq!(found.len(), 14, "seven issues in two languages");
    for (address, html, text) in &found {
        let lang = &address[1..3];
        assert!(html.len() < 102_000, "{address}: {} bytes", html.len());
        assert!(
            html.starts_with(&format!("<!doctype html>\n<html lang=\"{lang}\">")),
            "{address}"
        );
        let lower = html.to_ascii_lowercase();
        for banned in ["<script", "<style", "<link", "<img", "class=\""] {
            assert!(!lower.contains(banned), "{address}: {banned}");
        }
        let links = attribute_values(html, "href");
        assert!(!links.is_empty());
        for link in &links {
            assert!(
                link.starts_with(&format!("{BASE}/")) || link.starts_with("mailto:"),
                "{address}: {link} is not absolute"
            );
        }
        let web = format!("{BASE}{address}");
        assert!(
            links.contains(&web.as_str()),
            "{address}: no view on the web"
        );
        // The text part carries the same content: every address, every title.
        for link in links.iter().filter(|l| l.starts_with("https:")) {
            assert!(text.contains(link), "{address}: the text part lacks {link}");
        }
        for title in html
            .split("<h2")
            .skip(1)
            .map(|h| strip_tags(&format!("<h2{}", &h[..h.find("</h2>").unwrap()])))
        {
            let title = title
                .replace("&amp;", "&")
                .replace("&#39;", "'")
                .replace("&quot;", "\"");
            assert!(
                text.contains(&title),
                "{address}: the text part lacks {title}"
            );
        }
    }
}

#[test]
fn an_email_edition_holds_the_articles_the_featured_and_the_new_needs_with_their_amounts() {
    let out = sample();
    let text = fs::read_to_string(out.join("en/bulletin/ban-tin-so-07/email.txt")).unwrap();
    for words in [
        "FOREIGN AFFAIRS BULLETIN NO. 7 – Q3 2026",
        "## New need: hazard maps for the new communes\n",
        "Read on the web: https://ngo.example.gov.vn/en/bulletin/ban-tin-so-07/#new-need-hazard-maps-for-the-new-communes\n",
        "== Featured projects ==",
        "Aid sought: VND 4,300,000,000; Aid still sought: VND 4,300,000,000\n  https://ngo.example.gov.vn/en/projects/ban-do-rui-ro-thien-tai-xa-moi/",
        "== Projects published or updated since the previous issue ==",
        "* Community tourism skills for Hmong youth in Pa Co and Hang Kia (Partly funded · Aid sought USD 80,000 · Aid still sought USD 50,000)",
        "View this issue on the web: https://ngo.example.gov.vn/en/bulletin/ban-tin-so-07/\n",
    ] {
        assert!(text.contains(words), "{words:?} is not in:\n{text}");
    }
    let html = fs::read_to_string(out.join("vi/ban-tin/ban-tin-so-07/email.html")).unwrap();
    assert!(html.contains("<a href=\"https://ngo.example.gov.vn/vi/ban-tin/ban-tin-so-07/#mua-mua-2026-canh-bao-den-kip-luc\" style=\"color:#1b1f24;\">Mùa mưa 2026: cảnh báo đến kịp lúc</a>"), "{html}");
    assert!(html.contains("4.300.000.000 ₫"));
}

#[test]
fn the_email_editions_of_the_valid_fixture_read_as_reviewed() {
    let out = valid();
    for (lang, bulletin) in [("vi", "ban-tin"), ("en", "bulletin")] {
        let text =
            fs::read_to_string(out.join(format!("{lang}/{bulletin}/ban-tin-so-02/email.txt")))
                .unwrap();
        insta::assert_snapshot!(format!("{lang}_email_txt"), text);
    }
}

#[test]
fn an_issue_with_hundreds_of_new_needs_is_cut_under_102_kb_and_says_how_many_are_on_the_web() {
    // Enough that their list alone is over 102 KB.
    const COPIES: usize = 600;
    let site = common::Scratch::copy_of("valid");
    let facts = site.read("content/projects/nuoc-sach-xa-cao-son/facts.toml");
    let words = site.read("content/projects/nuoc-sach-xa-cao-son/vi.md");
    let code = facts
        .lines()
        .find(|l| l.starts_with("code = "))
        .expect("a code line")
        .to_string();
    for n in 0..COPIES {
        let dir = format!("content/projects/du-an-moi-{n:03}");
        site.write(
            &format!("{dir}/facts.toml"),
            facts.replace(&code, &format!("code = \"HB-NEW-{n:03}\"")),
        );
        site.write(
            &format!("{dir}/vi.md"),
            words.replacen("title = \"", &format!("title = \"Dự án mới số {n} – "), 1),
        );
    }
    let out = site.path("public");
    common::build_ok(&site.site, &out);
    // The copies are published on the day of the project copied, in the
    // first issue's quarter.
    let html = fs::read_to_string(out.join("en/bulletin/ban-tin-so-01/email.html")).unwrap();
    let text = fs::read_to_string(out.join("en/bulletin/ban-tin-so-01/email.txt")).unwrap();
    assert!(html.len() < 102_000, "{} bytes", html.len());
    let new = text
        .split("== Projects published or updated since the previous issue ==")
        .nth(1)
        .expect("the new needs in the text part");
    let listed = new.lines().filter(|l| l.starts_with("* ")).count();
    let left = new
        .split("…and ")
        .nth(1)
        .and_then(|s| s.split(' ').next())
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or_else(|| panic!("the text part says how many it left out:\n{new}"));
    assert!(listed > 0, "no new need listed");
    assert_eq!(
        html.matches("/en/projects/du-an-moi-").count(),
        new.matches("/en/projects/du-an-moi-").count(),
        "the two parts list different needs"
    );
    // Every new need of the issue's page is either listed or counted.
    let web = page(&out, "/en/bulletin/ban-tin-so-01/");
    let on_the_web = element(
        &web,
        "<section aria-labelledby=\"new-projects\">",
        "</section>",
    )
    .matches("<li>")
    .count();
    assert_eq!(
        on_the_web,
        COPIES + 2,
        "the copies, and the fixture's two projects"
    );
    assert_eq!(listed + left, on_the_web, "{text}");
}
