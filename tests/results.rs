//! The results page of the valid fixture: its figures against sums worked out
//! by hand from the fixture's two projects, and every chart against its table
//! and its CSV download.
//!
//! The fixture: a USD project seeking 210,000 (no funding yet) and a VND
//! project seeking 4,000,000,000 with 60,000 USD committed on 2022-05-10, both
//! in Đà Bắc; site.toml converts at 25,400 VND per USD.

mod common;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use common::{build_ok, fixture, page};

fn valid() -> &'static Path {
    static BUILT: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    common::build_once(&BUILT, &fixture("valid"))
}

const COMMITTED: u64 = 60_000 * 25_400; // 1,524,000,000 VND
const SOUGHT_USD_IN_VND: u64 = 210_000 * 25_400; // 5,334,000,000 VND
const SOUGHT_VND: u64 = 4_000_000_000;

/// Rows of a chart's CSV after its header, BOM removed.
fn csv_rows(name: &str) -> Vec<Vec<String>> {
    let mut reader = csv::Reader::from_path(valid().join("data").join(name)).expect("a CSV");
    reader
        .records()
        .map(|r| r.expect("a row").iter().map(str::to_string).collect())
        .collect()
}

fn digits(text: &str) -> u64 {
    text.chars()
        .filter(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .unwrap_or_else(|_| panic!("no number in {text:?}"))
}

/// The text of every element `tag` inside `html`, tags removed.
fn texts(html: &str, open: &str, close: &str) -> Vec<String> {
    html.split(open)
        .skip(1)
        .map(|part| {
            let inner = &part[part.find('>').map_or(0, |i| i + 1)..];
            common::strip_tags(&inner[..inner.find(close).expect("a closing tag")])
        })
        .collect()
}

#[test]
fn the_chart_csvs_hold_the_sums_worked_out_by_hand() {
    // key, name_vi, name_en, series…, currency
    let by_year = csv_rows("chart-funding-by-year.csv");
    assert_eq!(by_year.len(), 1);
    assert_eq!(by_year[0][0], "2022");
    assert_eq!(
        by_year[0][3..],
        [COMMITTED.to_string(), "0".into(), "VND".into()]
    );

    let by_sector = csv_rows("chart-by-sector.csv");
    let keys: Vec<&str> = by_sector.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(keys, ["education", "water-sanitation"]);
    assert_eq!(
        by_sector[0][3..5],
        [SOUGHT_VND.to_string(), COMMITTED.to_string()]
    );
    assert_eq!(
        by_sector[1][3..5],
        [SOUGHT_USD_IN_VND.to_string(), "0".to_string()]
    );
    assert_eq!(by_sector[0][2], "Education and training");

    // Both communes are in Đà Bắc: one row, both projects.
    let by_locality = csv_rows("chart-by-locality.csv");
    assert_eq!(by_locality.len(), 1);
    assert_eq!(by_locality[0][0], "da-bac");
    assert_eq!(
        by_locality[0][3..5],
        [
            (SOUGHT_VND + SOUGHT_USD_IN_VND).to_string(),
            COMMITTED.to_string()
        ]
    );

    let by_status = csv_rows("chart-by-status.csv");
    let rows: Vec<(&str, &str)> = by_status
        .iter()
        .map(|r| (r[0].as_str(), r[3].as_str()))
        .collect();
    assert_eq!(rows, [("seeking", "1"), ("partly-funded", "1")]);
}

#[test]
fn the_headline_figures_name_their_source_and_match_the_hand_sums() {
    let html = page(valid(), "/en/results/");
    let headline = &html[html.find("id=\"headline\"").expect("a headline section")
        ..html.find("id=\"charts\"").expect("charts")];
    // From the projects' own records, as of the last funding date.
    assert!(headline.contains("as of 10 May 2022"), "{headline}");
    let labels = texts(headline, "<dt", "</dt>");
    let values = texts(headline, "<dd", "</dd>");
    let value = |label: &str| {
        let i = labels
            .iter()
            .rposition(|l| l == label)
            .unwrap_or_else(|| panic!("no {label}"));
        values[i].clone()
    };
    assert_eq!(digits(&value("Projects with a commitment")), 1);
    assert_eq!(value("Committed by funders"), "VND 1,524,000,000");
    assert_eq!(value("Counterpart funds"), "VND 800,000,000");
    assert_eq!(value("Funders"), "1");
    // The latest report's declared totals, with the report as source.
    assert!(
        headline.contains("Source: <a href=\"/en/results/"),
        "{headline}"
    );
    assert!(
        headline.contains("USD 31,000,000"),
        "the report's declared commitment"
    );
}

#[test]
fn every_chart_has_a_title_a_description_a_table_and_a_csv_with_its_numbers() {
    for (lang, address) in [("en", "/en/results/"), ("vi", "/vi/ket-qua/")] {
        let html = page(valid(), address);
        let charts: Vec<&str> = html.split("<figure class=\"chart\"").skip(1).collect();
        assert_eq!(charts.len(), 4, "{lang}: four charts");
        for chart in charts {
            let chart = &chart[..chart.find("</figure>").expect("a figure end")];
            assert!(
                chart.contains("role=\"img\""),
                "a chart is an image to assistive technology"
            );
            assert!(chart.contains("<title id=") && chart.contains("<desc id="));
            assert!(
                !texts(chart, "<desc", "</desc>")[0].is_empty(),
                "a chart says its message"
            );
            let csv = chart
                .split("<a href=\"/data/")
                .nth(1)
                .map(|rest| &rest[..rest.find('"').expect("an end")])
                .expect("a CSV link");
            let rows = csv_rows(csv);
            // The table's numbers, row by row, are the CSV's.
            let table = &chart[chart.find("<tbody>").expect("a table")..];
            let cells: Vec<String> = texts(table, "<td", "</td>");
            let series = (cells.len()) / rows.len().max(1);
            for (r, row) in rows.iter().enumerate() {
                let name_column = if lang == "vi" { 1 } else { 2 };
                assert!(
                    table.contains(&format!("<th scope=\"row\">{}</th>", row[name_column])),
                    "{csv}: row {}",
                    row[0]
                );
                for s in 0..series {
                    assert_eq!(
                        digits(&cells[r * series + s]),
                        row[3 + s].parse::<u64>().expect("a number"),
                        "{csv}: {}",
                        row[0]
                    );
                }
            }
            // The bars are labelled with the same numbers.
            let svg = &chart
                [chart.find("<svg").expect("an svg")..chart.find("</svg>").expect("an svg end")];
            let bar_values: Vec<u64> = texts(svg, "<text class=\"bar-value\"", "</text>")
                .iter()
                .map(|t| digits(t))
                .collect();
            let csv_values: Vec<u64> = rows
                .iter()
                .flat_map(|row| {
                    row[3..3 + series]
                        .iter()
                        .map(|v| v.parse::<u64>().expect("a number"))
                })
                .collect();
            assert_eq!(bar_values, csv_values, "{csv}: bar labels");
        }
    }
}

#[test]
fn the_results_page_tells_series_apart_by_more_than_colour() {
    let html = page(valid(), "/en/results/");
    let chart = html
        .split("id=\"chart-by-sector\"")
        .nth(1)
        .expect("the sector chart");
    assert!(
        chart.contains("fill=\"url(#hatch-by-sector)\""),
        "the second series is hatched"
    );
    assert!(chart.contains("<pattern id=\"hatch-by-sector\""));
}

/// The lists of a bulletin issue's section `id`: the addresses it links to.
fn links_in_section(html: &str, id: &str) -> Vec<String> {
    let section = html
        .split(&format!("<section aria-labelledby=\"{id}\">"))
        .nth(1)
        .unwrap_or_else(|| panic!("no section {id}"));
    let section = &section[..section.find("</section>").expect("a section end")];
    section
        .split("<a href=\"")
        .skip(1)
        .map(|rest| rest[..rest.find('"').expect("an end")].to_string())
        .filter(|href| !href.ends_with("/results/"))
        .collect()
}

#[test]
fn a_bulletin_issue_lists_what_changed_since_the_previous_one_day_by_day() {
    let site = common::Scratch::copy_of("valid");
    // On issue 1's own day: issue 1. The day after: issue 2. On issue 2's day: issue 2.
    site.edit(
        "content/projects/nuoc-sach-xa-cao-son/facts.toml",
        "published = 2025-03-10",
        "published = 2025-03-31",
    );
    site.edit(
        "content/projects/truong-mam-non-tien-phong/facts.toml",
        "updated = 2024-11-02",
        "updated = 2025-04-01",
    );
    site.edit(
        "content/procedures/phe-duyet-du-an-vien-tro/facts.toml",
        "updated = 2024-06-01",
        "updated = 2025-06-30",
    );
    site.edit(
        "content/results/bao-cao-2014-2019/facts.toml",
        "published = 2019-08-28",
        "published = 2025-04-15",
    );
    let out = site.path("public");
    build_ok(&site.site, &out);

    let first = page(&out, "/en/bulletin/ban-tin-so-01/");
    let second = page(&out, "/en/bulletin/ban-tin-so-02/");
    assert_eq!(
        links_in_section(&first, "new-projects"),
        ["/en/projects/nuoc-sach-xa-cao-son/"]
    );
    assert_eq!(
        links_in_section(&second, "new-projects"),
        ["/en/projects/truong-mam-non-tien-phong/"]
    );
    assert!(links_in_section(&first, "new-procedures").is_empty());
    assert!(first.contains("No procedure was updated since the previous issue."));
    assert_eq!(
        links_in_section(&second, "new-procedures"),
        ["/en/procedures/phe-duyet-du-an-vien-tro/"]
    );
    assert!(links_in_section(&first, "results-summary").is_empty());
    assert_eq!(
        links_in_section(&second, "results-summary"),
        ["/en/results/bao-cao-2014-2019/"]
    );
    // The commitment of 2022 counts in both issues' results in brief.
    for issue in [&first, &second] {
        assert!(
            issue.contains("<dd>VND 1,524,000,000</dd>"),
            "committed to date"
        );
        assert!(issue.contains("commitments to one project"));
    }
}

#[test]
fn a_bulletin_issue_offers_its_printed_edition_for_download() {
    let site = common::Scratch::copy_of("valid");
    site.write(
        "content/bulletin/ban-tin-so-02/files/ban-tin-so-02.pdf",
        b"%PDF-1.4\n% a printed edition\n",
    );
    site.edit(
        "content/bulletin/ban-tin-so-02/facts.toml",
        "number = 2\n",
        "number = 2\npdf = \"files/ban-tin-so-02.pdf\"\n",
    );
    let out = site.path("public");
    build_ok(&site.site, &out);
    let html = page(&out, "/en/bulletin/ban-tin-so-02/");
    assert!(
        html.contains("<a href=\"/files/bulletin/ban-tin-so-02/ban-tin-so-02.pdf\" download>ban-tin-so-02.pdf</a>"),
        "{html}"
    );
    assert!(
        html.contains("(PDF, "),
        "the file's type and size are shown"
    );
    assert!(out
        .join("files/bulletin/ban-tin-so-02/ban-tin-so-02.pdf")
        .is_file());
    let first = page(&out, "/en/bulletin/ban-tin-so-01/");
    assert!(
        !first.contains(".pdf\" download"),
        "issue 1 has no printed edition"
    );
}
