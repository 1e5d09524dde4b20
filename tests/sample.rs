//! The repository's own sample site (its root: `site.toml`, `content/`), as
//! published on 1 December 2026: warning-free but for the intended missing
//! translations, public pages that speak to NGOs and the public only, and
//! procedures that follow the national record.

mod common;

use std::ffi::OsStr;
use std::path::Path;

use common::{minhbach, page, read_tree, reader_text, sample_site as sample};
use pretty_assertions::assert_eq;
use serde::Deserialize;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_sample_warns_of_nothing_but_the_intended_missing_translations() {
    let run = minhbach([OsStr::new("check"), root().as_os_str()]);
    run.assert_code(0);
    let codes: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.starts_with("warning[") || l.starts_with("error["))
        .map(|l| &l[..=l.find(']').expect("a code")])
        .collect();
    assert!(
        !codes.is_empty(),
        "the sample is meant to show a missing translation"
    );
    assert!(
        codes.iter().all(|c| *c == "warning[not-yet-translated]"),
        "{}",
        run.stderr
    );
}

#[test]
fn no_public_page_names_a_content_file_a_command_or_a_place_to_fill_in() {
    let staff_words = [
        "facts.toml",
        "site.toml",
        "organisations.toml",
        "content/",
        "vi.md",
        "en.md",
        "minhbach build",
        "minhbach check",
        "minhbach serve",
        "minhbach new",
        "SOURCE_DATE_EPOCH",
        "[điền vào",
        "[fill in",
    ];
    for (name, bytes) in read_tree(sample()) {
        if std::path::Path::new(&name).extension() != Some(std::ffi::OsStr::new("html")) {
            continue;
        }
        let text = String::from_utf8_lossy(&bytes);
        for word in staff_words {
            assert!(!text.contains(word), "{name} says {word:?}");
        }
    }
}

#[test]
fn the_home_page_says_in_both_languages_that_the_catalogue_covers_the_former_hoa_binh() {
    // The notice stands above the main content, on every page.
    let vi = page(sample(), "/vi/");
    assert!(
        vi.contains("tỉnh Hòa Bình hợp nhất vào tỉnh Phú Thọ; danh mục này bao quát khu vực tỉnh Hòa Bình cũ"),
        "{vi}"
    );
    let en = page(sample(), "/en/");
    assert!(
        en.contains("this catalogue covers the former Hoa Binh province area"),
        "{en}"
    );
}

/// The procedures list, in groups by audience, each in the order of the codes;
/// each group's name is what the procedure's page says it is for.
#[test]
fn procedures_are_listed_by_audience_in_code_order_with_the_pages_own_audience_words() {
    for (list, who) in [
        ("/en/procedures/", "Who it is for"),
        ("/vi/thu-tuc/", "Đối tượng thực hiện"),
    ] {
        let html = page(sample(), list);
        let mut groups = 0;
        for group in html.split("<h2").skip(1) {
            let heading = common::strip_tags(
                &group[group.find('>').unwrap() + 1..group.find("</h2>").unwrap()],
            );
            let addresses: Vec<&str> = common::attribute_values(group, "href")
                .into_iter()
                .filter(|a| a.starts_with(list) && a.len() > list.len())
                .collect();
            if addresses.is_empty() {
                continue;
            }
            groups += 1;
            let mut codes = Vec::new();
            for address in addresses {
                let text = reader_text(&page(sample(), address));
                let code = text
                    .lines()
                    .skip_while(|l| *l != "Procedure code" && *l != "Mã thủ tục")
                    .nth(1)
                    .and_then(|l| l.split_whitespace().next())
                    .unwrap_or_else(|| panic!("{address} has no code"))
                    .to_string();
                codes.push(code);
                let audience = text
                    .lines()
                    .skip_while(|l| *l != who)
                    .nth(1)
                    .unwrap_or_else(|| panic!("{address} does not say who it is for"));
                let named = heading
                    .trim_start_matches("For ")
                    .trim_start_matches("Dành cho ")
                    .to_lowercase();
                assert!(
                    audience.to_lowercase().contains(&named),
                    "{address} is listed under {heading:?} but says {audience:?}"
                );
            }
            let mut sorted = codes.clone();
            sorted.sort();
            assert_eq!(codes, sorted, "{list}: {heading}");
        }
        assert!(groups >= 2, "{list} has {groups} groups");
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct GovernmentService {
    #[serde(rename = "@type")]
    kind: String,
    name: String,
    url: String,
    identifier: String,
    provider: Typed,
    area_served: Typed,
    date_modified: String,
    offers: Offer,
}

#[derive(Deserialize)]
struct Typed {
    #[serde(rename = "@type")]
    kind: String,
    name: String,
}

#[derive(Deserialize)]
struct Offer {
    price: u64,
    #[serde(rename = "priceCurrency")]
    currency: String,
}

/// The first JSON-LD block of a page.
fn json_ld(html: &str) -> &str {
    html.split("<script type=\"application/ld+json\">")
        .nth(1)
        .and_then(|rest| rest.split("</script>").next())
        .expect("JSON-LD")
}

#[test]
fn every_procedure_page_describes_itself_as_a_government_service_of_the_province() {
    let list = page(sample(), "/en/procedures/");
    let addresses: Vec<&str> = common::attribute_values(&list, "href")
        .into_iter()
        .filter(|a| a.starts_with("/en/procedures/") && a.len() > "/en/procedures/".len())
        .collect();
    assert!(addresses.len() >= 5);
    for address in addresses {
        let html = page(sample(), address);
        let service: GovernmentService =
            serde_json::from_str(json_ld(&html)).unwrap_or_else(|e| panic!("{address}: {e}"));
        assert_eq!(service.kind, "GovernmentService");
        assert_eq!(service.url, format!("https://ngo.example.gov.vn{address}"));
        assert!(service.identifier.starts_with("SNV-"), "{address}");
        let text = reader_text(&html);
        assert!(
            text.lines().any(|l| l == service.name),
            "{address}: {}",
            service.name
        );
        assert_eq!(service.provider.kind, "GovernmentOrganization");
        assert!(text.contains(&service.provider.name), "{address}");
        // The area a provincial service serves is the province, not the portal.
        assert_eq!(service.area_served.kind, "AdministrativeArea");
        assert_eq!(service.area_served.name, "Phu Tho Province", "{address}");
        assert_eq!(service.offers.currency, "VND");
        let _ = (service.offers.price, service.date_modified);
    }
}

/// The labels of a procedure page's record, in the order they appear.
fn record_labels(html: &str) -> Vec<String> {
    let start = html.find("<dl class=\"summary-list\">").expect("a record");
    let end = start + html[start..].find("</dl>").expect("a closed record");
    html[start..end]
        .split("<dt>")
        .skip(1)
        .map(|rest| rest[..rest.find("</dt>").expect("a closed label")].to_owned())
        .collect()
}

#[test]
fn every_procedure_links_its_own_national_record_and_shows_the_record_in_the_portals_order() {
    // The order of the national public-service portal's record; a page may
    // leave out what its procedure does not have, never reorder.
    let order = [
        "Procedure code",
        "Published by decision",
        "Level",
        "Time limit",
        "Fee",
        "Apply online",
        "Who it is for",
        "Receiving agency",
        "Decided by",
        "Where to submit",
        "Bodies consulted",
        "What you receive",
        "When reports are due",
        "Last updated",
    ];
    let folders = std::fs::read_dir(root().join("content/procedures")).expect("procedures");
    let mut seen = 0;
    for folder in folders {
        let folder = folder.expect("a procedure folder").path();
        let facts: toml::Table = toml::from_str(
            &std::fs::read_to_string(folder.join("facts.toml")).expect("facts.toml"),
        )
        .expect("facts.toml is TOML");
        let slug = folder.file_name().and_then(OsStr::to_str).expect("a name");
        let html = page(sample(), &format!("/en/procedures/{slug}/"));
        let url = facts["national_url"]
            .as_str()
            .expect("every sample procedure has its record");
        // The procedure's own record, not the portal's home page.
        assert!(url.contains("ma_thu_tuc="), "{slug}: {url}");
        assert!(
            html.contains(&format!("<a href=\"{}\">", url.replace('&', "&amp;"))),
            "{slug} does not link {url}"
        );
        let labels = record_labels(&html);
        let positions: Vec<usize> = labels
            .iter()
            .map(|l| {
                order
                    .iter()
                    .position(|o| o == l)
                    .unwrap_or_else(|| panic!("{slug}: {l} is not a field of the record"))
            })
            .collect();
        assert!(positions.is_sorted(), "{slug}: {labels:?}");
        for always in [
            "Procedure code",
            "Published by decision",
            "Level",
            "Where to submit",
        ] {
            assert!(labels.iter().any(|l| l == always), "{slug} lacks {always}");
        }
        seen += 1;
    }
    assert_eq!(seen, 6);
}

#[test]
fn the_periodic_report_procedure_says_when_reports_fall_due_in_both_languages() {
    let en = page(sample(), "/en/procedures/bao-cao-dinh-ky-cua-to-chuc/");
    assert!(
        en.contains("<dt>When reports are due</dt><dd>An example schedule: six-monthly reports before 15 July;"),
        "{en}"
    );
    let vi = page(sample(), "/vi/thu-tuc/bao-cao-dinh-ky-cua-to-chuc/");
    let label = record_labels(&vi).into_iter().nth_back(1).expect("labels");
    assert_eq!(label, "Thời hạn nộp báo cáo");
    assert!(vi.contains("Ví dụ lịch báo cáo: báo cáo sáu tháng gửi trước ngày 15/7;"));
}

#[test]
fn indicators_show_over_achievement_as_it_is_lower_is_better_and_no_progress_before_a_measure() {
    let over = page(sample(), "/en/projects/moi-truong-phan-loai-rac-yen-mong/");
    // 1,310 households of 1,200: not capped at 100%.
    assert!(over.contains(
        "<td class=\"num\">1,310 <span class=\"meta\">(109% of the way from baseline to target)</span>"
    ));
    let vi = page(sample(), "/vi/du-an/moi-truong-phan-loai-rac-yen-mong/");
    assert!(vi.contains(
        "<td class=\"num\">1.310 <span class=\"meta\">(đạt 109% chặng đường từ giá trị ban đầu đến mục tiêu)</span>"
    ));
    // Travel time from 95 to 25 minutes, now 20: beyond the target, downwards.
    let lower = page(sample(), "/en/projects/ha-tang-cau-treo-tu-do/");
    assert!(lower.contains("(minutes; lower is better)"));
    assert!(lower.contains(
        "<td class=\"num\">95</td><td class=\"num\">25</td><td class=\"num\">20 <span class=\"meta\">(107% of the way"
    ));
    // Without an actual value there is no progress, only the word.
    let unmeasured = page(sample(), "/en/projects/bep-an-ban-tru-thcs-cao-son/");
    assert!(unmeasured.contains(
        "(%; lower is better)</span></td><td class=\"num\">6</td><td class=\"num\">2</td><td class=\"num\">not yet measured</td></tr>"
    ));
    assert!(!unmeasured.contains("<progress"));
}

/// A number as written on a page, in either language's grouping.
fn whole(text: &str) -> u64 {
    text.chars()
        .filter(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .unwrap_or_else(|_| panic!("{text} holds no number"))
}

/// A row of a report's breakdown: its projects and the aid committed.
type Row = (u64, u64);

/// Each breakdown table of a report: its rows (with the remainder) and its
/// total row.
fn breakdowns(html: &str) -> Vec<(Vec<Row>, Row)> {
    let cells = |row: &str| -> Row {
        let numbers: Vec<u64> = row
            .split("<td class=\"num\">")
            .skip(1)
            .map(|cell| whole(&cell[..cell.find("</td>").expect("a closed cell")]))
            .collect();
        (numbers[0], numbers[1])
    };
    html.split("<table>")
        .skip(1)
        .map(|table| {
            let table = &table[..table.find("</table>").expect("a closed table")];
            let (body, foot) = table.split_once("<tfoot>").expect("a total row");
            let rows = body.split("<tr").skip(2).map(cells).collect();
            (rows, cells(foot))
        })
        .collect()
}

#[test]
fn a_reports_breakdowns_add_up_to_their_total_row_with_what_is_not_broken_down() {
    let en = page(sample(), "/en/results/bao-cao-2024/");
    // By sector the rows sum to USD 5,450,000 of 5,460,000; by place to 28
    // projects of 29: the rest is named, not lost.
    assert!(en.contains(
        "<tr class=\"rest\"><td>Not broken down (province-wide or not reported)</td><td class=\"num\">0</td><td class=\"num\">USD 10,000</td></tr>"
    ));
    assert!(en.contains(
        "<tr class=\"rest\"><td>Not broken down (province-wide or not reported)</td><td class=\"num\">1</td><td class=\"num\">USD 380,000</td></tr>"
    ));
    let mut tables = 0;
    for lang_page in ["/en/results/", "/vi/ket-qua/"] {
        let list = page(sample(), lang_page);
        let reports: Vec<&str> = common::attribute_values(&list, "href")
            .into_iter()
            .filter(|a| a.starts_with(lang_page) && a.contains("bao-cao-"))
            .collect();
        assert!(reports.len() >= 6, "{reports:?}");
        for address in reports {
            for (rows, total) in breakdowns(&page(sample(), address)) {
                let projects: u64 = rows.iter().map(|r| r.0).sum();
                let committed: u64 = rows.iter().map(|r| r.1).sum();
                assert_eq!((projects, committed), total, "{address}: {rows:?}");
                tables += 1;
            }
        }
    }
    assert!(tables >= 12, "{tables} tables");
}
