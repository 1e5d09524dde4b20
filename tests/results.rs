//! The results page of the valid fixture: its figures against sums worked out
//! by hand from the fixture's two projects, and every chart against its table
//! and its CSV download.
//!
//! The fixture (its `facts.toml` files and site.toml's `[[money.rates]]`):
//! - `nuoc-sach-xa-cao-son`, partly funded, water, in Cao Sơn (Đà Bắc): a USD
//!   budget seeking 210,000 with 55,000 of counterpart funds, and 50,000 EUR
//!   committed on 2026-06-01;
//! - `truong-mam-non-tien-phong`, completed, education, in Tiền Phong (Đà
//!   Bắc): a VND budget seeking 4,000,000,000 with 800,000,000 of counterpart
//!   funds, and 60,000 USD committed on 2022-05-10;
//! - rates in VND: USD 22,800 from 2022-01-04 and 25,400 from 2025-01-02;
//!   EUR 27,300 from 2025-01-02. Nothing is disbursed.

mod common;

use common::{build_ok, page, valid_site as valid, Change, Scratch};

use Change::Edit;

/// The kindergarten's 60,000 USD of 2022-05-10, at that day's rate (22,800)
/// into its VND budget. It is completed: nothing is still sought.
const KINDERGARTEN_COMMITTED: u64 = 60_000 * 22_800; // 1,368,000,000 VND
/// The water project's 50,000 EUR of 2026-06-01 into its USD budget at the
/// rates of that day: 50,000 × 27,300 / 25,400 = 53,740.16, rounded to 53,740
/// USD; then at the latest USD rate into VND.
const WATER_COMMITTED: u64 = 53_740 * 25_400; // 1,364,996,000 VND
/// 210,000 − 53,740 = 156,260 USD, at the latest USD rate.
const WATER_STILL_SOUGHT: u64 = 156_260 * 25_400; // 3,969,004,000 VND
const COMMITTED: u64 = KINDERGARTEN_COMMITTED + WATER_COMMITTED; // 2,732,996,000 VND
/// The counterpart funds of the projects with a commitment: 800,000,000 VND
/// and 55,000 USD at the latest rate (1,397,000,000 VND).
const COUNTERPART: u64 = 800_000_000 + 55_000 * 25_400; // 2,197,000,000 VND

/// A chart CSV's header, BOM removed, and its rows.
fn csv_table(name: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::Reader::from_path(valid().join("data").join(name)).expect("a CSV");
    let header = reader
        .headers()
        .expect("a header")
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').to_string())
        .collect();
    let rows = reader
        .records()
        .map(|r| r.expect("a row").iter().map(str::to_string).collect())
        .collect();
    (header, rows)
}

/// Rows of a chart's CSV after its header.
fn csv_rows(name: &str) -> Vec<Vec<String>> {
    csv_table(name).1
}

fn digits(text: &str) -> u64 {
    text.chars()
        .filter(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .unwrap_or_else(|_| panic!("no number in {text:?}"))
}

/// The text of every element opened by `open` inside `html`, tags removed.
fn texts(html: &str, open: &str, close: &str) -> Vec<String> {
    html.split(open)
        .skip(1)
        .map(|part| {
            let inner = &part[part.find('>').map_or(0, |i| i + 1)..];
            common::strip_tags(&inner[..inner.find(close).expect("a closing tag")])
        })
        .collect()
}

/// The part of `html` from `start` to the next `end`.
fn between<'h>(html: &'h str, start: &str, end: &str) -> &'h str {
    let from = html.find(start).unwrap_or_else(|| panic!("no {start:?}"));
    let rest = &html[from..];
    &rest[..rest
        .find(end)
        .unwrap_or_else(|| panic!("no {end:?} after {start:?}"))]
}

#[test]
fn the_chart_csvs_hold_the_sums_worked_out_by_hand() {
    // Each commitment in the year it was made, as it counts in the totals.
    let (header, by_year) = csv_table("chart-funding-by-year.csv");
    assert_eq!(
        header,
        [
            "key",
            "name_vi",
            "name_en",
            "committed",
            "disbursed",
            "currency"
        ]
    );
    assert_eq!(
        by_year,
        [
            [
                "2022",
                "2022",
                "2022",
                &KINDERGARTEN_COMMITTED.to_string(),
                "0",
                "VND"
            ],
            [
                "2026",
                "2026",
                "2026",
                &WATER_COMMITTED.to_string(),
                "0",
                "VND"
            ],
        ]
        .map(|row| row.map(str::to_string).to_vec())
    );

    let (header, by_sector) = csv_table("chart-by-sector.csv");
    assert_eq!(
        header,
        [
            "key",
            "name_vi",
            "name_en",
            "committed",
            "still-sought",
            "currency"
        ]
    );
    let keys: Vec<&str> = by_sector.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(keys, ["education", "water-sanitation"]);
    assert_eq!(by_sector[0][2], "Education and training");
    assert_eq!(
        by_sector[0][3..],
        [KINDERGARTEN_COMMITTED.to_string(), "0".into(), "VND".into()]
    );
    assert_eq!(
        by_sector[1][3..],
        [
            WATER_COMMITTED.to_string(),
            WATER_STILL_SOUGHT.to_string(),
            "VND".into()
        ]
    );

    // Both communes are in Đà Bắc: one row, both projects.
    let by_locality = csv_rows("chart-by-locality.csv");
    assert_eq!(by_locality.len(), 1);
    assert_eq!(by_locality[0][0], "da-bac");
    assert_eq!(
        by_locality[0][3..5],
        [COMMITTED.to_string(), WATER_STILL_SOUGHT.to_string()]
    );

    // In the order of the statuses, those that hold a project.
    let by_status = csv_rows("chart-by-status.csv");
    let rows: Vec<(&str, &str)> = by_status
        .iter()
        .map(|r| (r[0].as_str(), r[3].as_str()))
        .collect();
    assert_eq!(rows, [("partly-funded", "1"), ("completed", "1")]);
}

/// The labels and values of the `<dl>` of `html`, tags removed.
fn figures(html: &str) -> Vec<(String, String)> {
    texts(html, "<dt", "</dt>")
        .into_iter()
        .zip(texts(html, "<dd", "</dd>"))
        .collect()
}

#[test]
fn the_headline_figures_name_their_source_and_match_the_hand_sums() {
    let html = page(valid(), "/en/results/");
    let headline = between(&html, "id=\"headline\"", "id=\"charts\"");
    let groups: Vec<&str> = headline
        .split("<div class=\"figure-group\">")
        .skip(1)
        .collect();
    assert_eq!(groups.len(), 2, "{headline}");

    // The latest report's declared totals, with the report as source. Its
    // period ends before the first rate, so the earliest rate converts it,
    // and the page says which: 31,000,000 and 27,500,000 USD × 22,800.
    let declared = groups[0];
    assert!(
        declared.contains(
            "Source: <a href=\"/en/results/bao-cao-2014-2019/\">Aid results 2014–2019</a>"
        ),
        "{declared}"
    );
    assert_eq!(
        figures(declared),
        [
            ("Programmes and projects".into(), "134".into()),
            (
                "Committed".into(),
                "USD 31,000,000about VND 706,800,000,000 at the rate of 4 January 2022".into()
            ),
            (
                "Disbursed".into(),
                "USD 27,500,000about VND 627,000,000,000 at the rate of 4 January 2022".into()
            ),
        ]
    );

    // From the projects' own records, as of the last funding date.
    let own = groups[1];
    assert!(own.contains("as of 1 June 2026"), "{own}");
    assert_eq!(
        figures(own),
        [
            ("Projects with a commitment".into(), "2".into()),
            ("Committed".into(), format!("VND {}", grouped(COMMITTED))),
            ("Disbursed".into(), "VND 0".into()),
            (
                "Counterpart funds".into(),
                format!("VND {}", grouped(COUNTERPART))
            ),
            ("Funders".into(), "1".into()),
        ]
    );
    // The totals are in VND at the latest rates, and the page names them.
    assert!(
        own.contains("1 USD = 25,400 (2 January 2025); 1 EUR = 27,300 (2 January 2025)"),
        "{own}"
    );
}

/// `n` with commas between thousands, as the English pages write it.
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[test]
fn the_results_page_marks_the_totals_it_shares_with_the_catalogue() {
    // The spec ("Figures"): every page that shows `committed` or `disbursed`
    // for a set of projects marks it with data-measure and data-value. The
    // projects' own figures on the results page are those of all projects,
    // the home page's totals, and link to their definition.
    let html = page(valid(), "/en/results/");
    let own = between(
        &html,
        "From each project&#39;s commitments and disbursements",
        "</dl>",
    );
    for (measure, value) in [("committed", COMMITTED), ("disbursed", 0)] {
        assert!(
            own.contains(&format!(
                "<dd data-measure=\"{measure}\" data-value=\"{value}\">"
            )),
            "the results page does not mark `{measure}` ({value}):\n{own}"
        );
    }
}

#[test]
fn every_chart_has_a_title_a_message_a_table_and_a_csv_with_its_numbers() {
    for (lang, address) in [("en", "/en/results/"), ("vi", "/vi/ket-qua/")] {
        let html = page(valid(), address);
        let charts: Vec<&str> = html.split("<figure class=\"chart\"").skip(1).collect();
        assert_eq!(charts.len(), 4, "{lang}: four charts");
        for chart in charts {
            let chart = &chart[..chart.find("</figure>").expect("a figure end")];
            let id = chart
                .split("id=\"chart-")
                .nth(1)
                .and_then(|rest| rest.split('"').next())
                .expect("a chart id");
            // A title that labels the table, and a sentence saying what it shows.
            let title = texts(
                chart,
                &format!("<strong id=\"chart-{id}-title\""),
                "</strong>",
            );
            assert!(!title[0].is_empty(), "{lang} {id}: a title");
            assert!(
                chart.contains(&format!("aria-labelledby=\"chart-{id}-title\"")),
                "{lang} {id}: the table is named by the title"
            );
            assert!(
                !texts(chart, "<span class=\"chart-message\"", "</span>")[0].is_empty(),
                "{lang} {id}: a chart says its message"
            );

            let csv = chart
                .split("<a href=\"/data/")
                .nth(1)
                .map(|rest| &rest[..rest.find('"').expect("an end")])
                .expect("a CSV link");
            assert_eq!(csv, format!("chart-{id}.csv"));
            let (header, rows) = csv_table(csv);
            // The series are the columns between the names and the currency.
            let series = header[3..].iter().filter(|h| *h != "currency").count();
            assert!(series > 0, "{csv}: no series");

            // The table's numbers, row by row, are the CSV's.
            let body = between(chart, "<tbody>", "</tbody>");
            let names = texts(body, "<th scope=\"row\"", "</th>");
            let name_column = if lang == "vi" { 1 } else { 2 };
            let expected: Vec<&str> = rows.iter().map(|r| r[name_column].as_str()).collect();
            assert_eq!(names, expected, "{lang} {csv}: rows");
            let cells: Vec<u64> = texts(body, "<td", "</td>")
                .iter()
                .map(|t| digits(t))
                .collect();
            let numbers: Vec<u64> = rows
                .iter()
                .flat_map(|row| {
                    row[3..3 + series]
                        .iter()
                        .map(|v| v.parse::<u64>().expect("a number"))
                })
                .collect();
            assert_eq!(cells, numbers, "{lang} {csv}: cells");

            // The total row adds up each series.
            let foot = between(chart, "<tfoot>", "</tfoot>");
            let totals: Vec<u64> = texts(foot, "<td", "</td>")
                .iter()
                .map(|t| digits(t))
                .collect();
            let sums: Vec<u64> = (0..series)
                .map(|s| numbers.iter().skip(s).step_by(series).sum())
                .collect();
            assert_eq!(totals, sums, "{lang} {csv}: totals");
            // The money charts add up to the site's totals, worked out by hand.
            match id {
                "funding-by-year" => assert_eq!(totals, [COMMITTED, 0]),
                "by-sector" | "by-locality" => assert_eq!(totals, [COMMITTED, WATER_STILL_SOUGHT]),
                "by-status" => assert_eq!(totals, [2]),
                other => panic!("an unknown chart {other}"),
            }
        }
    }
}

#[test]
fn the_results_page_tells_series_apart_by_more_than_colour() {
    // Each series is a column named in words, in the CSV's order, and every
    // bar carries its value in words: neither is told by its colour alone.
    let html = page(valid(), "/en/results/");
    let chart = between(&html, "id=\"chart-by-sector\"", "</figure>");
    let head = between(chart, "<thead>", "</thead>");
    assert_eq!(
        texts(head, "<th scope=\"col\"", "</th>"),
        ["Sector", "Committed", "Aid still sought"]
    );
    let body = between(chart, "<tbody>", "</tbody>");
    for row in body.split("<tr>").skip(1) {
        let values = texts(row, "<span class=\"bar-value\"", "</span>");
        assert_eq!(values.len(), 2, "a value for each series: {row}");
        assert!(values.iter().all(|v| v.starts_with("VND ")), "{row}");
    }
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
        .filter(|href| !href.ends_with("/results/") && !href.contains("/how-we-count/"))
        .collect()
}

#[test]
fn a_bulletin_issue_lists_what_changed_since_the_previous_one_day_by_day() {
    // Issue 1 is of 2025-03-31, issue 2 of 2025-06-30. On issue 1's own day:
    // issue 1. The day after: issue 2. On issue 2's day: issue 2.
    let site = Scratch::changed(
        "valid",
        &[
            // Without its later update, which would take it out of both
            // issues' windows.
            Edit(
                "content/projects/nuoc-sach-xa-cao-son/facts.toml",
                "published = 2025-03-10\nupdated = 2026-11-15\n",
                "published = 2025-03-31\n",
            ),
            Edit(
                "content/projects/truong-mam-non-tien-phong/facts.toml",
                "updated = 2024-11-02",
                "updated = 2025-04-01",
            ),
            Edit(
                "content/procedures/phe-duyet-du-an-vien-tro/facts.toml",
                "updated = 2026-01-15",
                "updated = 2025-06-30",
            ),
            Edit(
                "content/results/bao-cao-2014-2019/facts.toml",
                "published = 2019-09-10",
                "published = 2025-04-15",
            ),
        ],
    );
    let out = site.path("public");
    build_ok(&site.site, &out);

    let first = page(&out, "/en/bulletin/ban-tin-so-01/");
    let second = page(&out, "/en/bulletin/ban-tin-so-02/");
    // The first issue has no previous one: what was published before it,
    // the school of 2019 too, is new to its readers.
    assert_eq!(
        links_in_section(&first, "new-projects"),
        [
            "/en/projects/nuoc-sach-xa-cao-son/",
            "/en/projects/truong-mam-non-tien-phong/"
        ]
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
    // By either issue's day only the commitment of 2022 was made (the EUR
    // one is of 2026): it counts in both issues' results in brief, and
    // nothing later does.
    for issue in [&first, &second] {
        let brief = between(issue, "aria-labelledby=\"results-summary\"", "</section>");
        assert_eq!(
            figures(brief),
            [
                (
                    "Committed".into(),
                    format!("VND {}", grouped(KINDERGARTEN_COMMITTED))
                ),
                ("Disbursed".into(), "VND 0".into()),
            ],
            "committed to date"
        );
        assert!(brief.contains("commitments to one project"), "{brief}");
    }
}

#[test]
fn a_project_published_in_an_issues_window_stays_in_it_after_a_later_update() {
    // Issue 1 (of 2025-03-31) is the first: it covers everything published
    // or updated up to its day. The kindergarten was last updated on
    // 2024-11-02. The water project was published on 2025-03-10 and updated
    // on 2026-11-15, after both issues: it was published in issue 1's window
    // whatever happened to it later, as its own page says ("Published 10
    // March 2025").
    let first = page(valid(), "/en/bulletin/ban-tin-so-01/");
    let mut listed = links_in_section(&first, "new-projects");
    listed.sort();
    assert_eq!(
        listed,
        [
            "/en/projects/nuoc-sach-xa-cao-son/",
            "/en/projects/truong-mam-non-tien-phong/"
        ],
        "issue 1 leaves out a project published in its window"
    );
    let second = page(valid(), "/en/bulletin/ban-tin-so-02/");
    assert!(links_in_section(&second, "new-projects").is_empty());
}

#[test]
fn a_bulletin_issue_offers_its_printed_edition_for_download() {
    let site = Scratch::copy_of("valid");
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
