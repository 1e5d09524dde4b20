//! What the valid fixture (`tests/fixtures/valid/`) builds into: every page in
//! every language, language marks, alternates, formats and safe words.

mod common;

use std::fs;
use std::path::Path;

use common::{fixture, page, read_tree, valid_site};
use pretty_assertions::assert_eq;

const BASE: &str = "https://ngo.example.gov.vn";

/// Every page of the valid fixture: its Vietnamese and its English address.
const PAGES: [(&str, &str); 13] = [
    ("/vi/", "/en/"),
    ("/vi/du-an/", "/en/projects/"),
    ("/vi/thu-tuc/", "/en/procedures/"),
    ("/vi/ket-qua/", "/en/results/"),
    ("/vi/ban-tin/", "/en/bulletin/"),
    ("/vi/trang/", "/en/pages/"),
    (
        "/vi/du-an/truong-mam-non-tien-phong/",
        "/en/projects/truong-mam-non-tien-phong/",
    ),
    (
        "/vi/du-an/nuoc-sach-xa-cao-son/",
        "/en/projects/nuoc-sach-xa-cao-son/",
    ),
    (
        "/vi/thu-tuc/phe-duyet-du-an-vien-tro/",
        "/en/procedures/phe-duyet-du-an-vien-tro/",
    ),
    (
        "/vi/ket-qua/bao-cao-2014-2019/",
        "/en/results/bao-cao-2014-2019/",
    ),
    ("/vi/ban-tin/ban-tin-so-01/", "/en/bulletin/ban-tin-so-01/"),
    ("/vi/ban-tin/ban-tin-so-02/", "/en/bulletin/ban-tin-so-02/"),
    ("/vi/trang/gioi-thieu/", "/en/pages/gioi-thieu/"),
];

/// The valid fixture, built once for all these tests (none of them writes).
struct Built {
    out: &'static Path,
}

fn build_valid() -> Built {
    Built { out: valid_site() }
}

/// The value of the closest `lang` attribute written before `text` in `html`.
fn lang_before<'a>(html: &'a str, text: &str) -> &'a str {
    let at = html
        .find(text)
        .unwrap_or_else(|| panic!("{text:?} is not on the page"));
    let attr = html[..at].rfind(" lang=\"").expect("a lang attribute") + 7;
    let len = html[attr..].find('"').expect("a closing quote");
    &html[attr..attr + len]
}

#[test]
fn builds_a_page_in_every_language_for_every_entry_and_list() {
    let built = build_valid();
    for (vi, en) in PAGES {
        page(built.out, vi);
        page(built.out, en);
    }
    let root = fs::read_to_string(built.out.join("index.html")).unwrap();
    assert!(
        root.contains("url=/vi/"),
        "/ does not lead to /vi/:\n{root}"
    );
}

#[test]
fn lists_link_to_each_of_their_entries() {
    let built = build_valid();
    for (list, entries) in [
        (
            "/en/projects/",
            [
                "/en/projects/truong-mam-non-tien-phong/",
                "/en/projects/nuoc-sach-xa-cao-son/",
            ]
            .as_slice(),
        ),
        (
            "/vi/du-an/",
            &[
                "/vi/du-an/truong-mam-non-tien-phong/",
                "/vi/du-an/nuoc-sach-xa-cao-son/",
            ],
        ),
        (
            "/en/procedures/",
            &["/en/procedures/phe-duyet-du-an-vien-tro/"],
        ),
        ("/vi/ket-qua/", &["/vi/ket-qua/bao-cao-2014-2019/"]),
        (
            "/en/bulletin/",
            &["/en/bulletin/ban-tin-so-01/", "/en/bulletin/ban-tin-so-02/"],
        ),
        ("/vi/trang/", &["/vi/trang/gioi-thieu/"]),
    ] {
        let html = page(built.out, list);
        for entry in entries {
            assert!(
                html.contains(&format!("href=\"{entry}\"")),
                "{list} does not link to {entry}"
            );
        }
    }
}

#[test]
fn marks_every_page_with_its_own_language() {
    let built = build_valid();
    for (vi, en) in PAGES {
        assert!(page(built.out, vi).contains("<html lang=\"vi\">"), "{vi}");
        assert!(page(built.out, en).contains("<html lang=\"en\">"), "{en}");
    }
}

#[test]
fn links_every_language_and_x_default_as_alternates() {
    let built = build_valid();
    for (vi, en) in PAGES {
        let alternates = [
            format!("<link rel=\"alternate\" hreflang=\"vi\" href=\"{BASE}{vi}\">"),
            format!("<link rel=\"alternate\" hreflang=\"en\" href=\"{BASE}{en}\">"),
            format!("<link rel=\"alternate\" hreflang=\"x-default\" href=\"{BASE}{vi}\">"),
        ];
        for address in [vi, en] {
            let html = page(built.out, address);
            for alternate in &alternates {
                assert!(html.contains(alternate), "{address} lacks {alternate}");
            }
        }
    }
}

#[test]
fn keeps_english_on_an_untranslated_page_with_a_notice_and_the_vietnamese_words_marked() {
    let built = build_valid();
    let html = page(built.out, "/en/projects/nuoc-sach-xa-cao-son/");
    assert!(html.contains("<html lang=\"en\">"));
    let notice = html
        .find("translation-notice")
        .expect("a translation notice");
    let h1 = html.find("<h1").expect("an h1");
    assert!(notice < h1, "the notice is not before the h1");
    let notice_html = &html[notice..h1];
    assert!(
        notice_html.contains("This page has not been translated into English yet."),
        "{notice_html}"
    );
    assert_eq!(
        lang_before(&html, "Trang này chưa được dịch sang tiếng Anh."),
        "vi"
    );
    assert_eq!(
        lang_before(&html, "Cấp nước sinh hoạt xã Cao Sơn</h1>"),
        "vi"
    );
    assert_eq!(
        lang_before(&html, "Người dân Cao Sơn thiếu nước vào mùa khô."),
        "vi"
    );
    assert!(
        html.contains(">Key facts<"),
        "the interface is not in English"
    );

    let translated = page(built.out, "/vi/du-an/nuoc-sach-xa-cao-son/");
    assert!(
        !translated.contains("translation-notice"),
        "a notice on the Vietnamese page"
    );
}

#[test]
fn formats_money_and_dates_the_vietnamese_way() {
    let built = build_valid();
    let html = page(built.out, "/vi/du-an/truong-mam-non-tien-phong/");
    for golden in [
        "4.800.000.000 ₫",
        "05/12/2019",
        "02/11/2024",
        // 60,000 USD committed on 10 May 2022, at the rate of 4 January 2022
        // (22,800), the last rate on or before that day.
        "1.368.000.000 ₫",
        "60.000 USD",
        "10/05/2022",
        // The total at the latest rate (25,400): 4,800,000,000 / 25,400.
        "khoảng 188.976 USD theo tỷ giá ngày 02/01/2025",
    ] {
        assert!(
            html.contains(golden),
            "{golden} is not on the Vietnamese page"
        );
    }
}

#[test]
fn formats_money_and_dates_the_english_way() {
    let built = build_valid();
    let html = page(built.out, "/en/projects/truong-mam-non-tien-phong/");
    for golden in [
        "VND 4,800,000,000",
        "5 December 2019",
        "2 November 2024",
        "VND 1,368,000,000",
        "USD 60,000",
        "10 May 2022",
        "about USD 188,976 at the rate of 2 January 2025",
    ] {
        assert!(html.contains(golden), "{golden} is not on the English page");
    }
}

#[test]
fn shows_a_former_locality_with_its_last_day_and_successor() {
    let built = build_valid();
    let en = common::reader_text(&page(built.out, "/en/projects/nuoc-sach-xa-cao-son/"));
    assert!(
        en.contains("Cao Son Commune (until 30 June 2025; now Phu Tho Province)"),
        "{en}"
    );
    let vi = common::reader_text(&page(built.out, "/vi/du-an/truong-mam-non-tien-phong/"));
    assert!(
        vi.contains("Xã Tiền Phong (đến 30/06/2025 thuộc Huyện Đà Bắc; nay thuộc Tỉnh Phú Thọ)"),
        "{vi}"
    );
}

/// The old name is kept where a donor meets it first: the filter page's
/// heading and the cards of the lists, not only the project page.
#[test]
fn a_former_place_carries_its_history_on_filter_pages_and_cards() {
    let built = build_valid();
    let heading = |html: &str| {
        let start = html.find("<h1").expect("a page has a heading");
        let end = start + html[start..].find("</h1>").expect("the heading is closed");
        common::reader_text(&html[start..end])
    };
    let en = page(built.out, "/en/projects/locality/tien-phong/");
    assert_eq!(
        heading(&en),
        "Place Tien Phong Commune (until 30 June 2025 in Da Bac District; now Phu Tho Province)"
    );
    let vi = page(built.out, "/vi/du-an/dia-ban/tien-phong/");
    assert_eq!(
        heading(&vi),
        "Địa bàn Xã Tiền Phong (đến 30/06/2025 thuộc Huyện Đà Bắc; nay thuộc Tỉnh Phú Thọ)"
    );
    // The catalogue's card of the project at Tiền Phong says it too.
    let list = common::reader_text(&page(built.out, "/vi/du-an/"));
    assert!(
        list.contains("Xã Tiền Phong (đến 30/06/2025 thuộc Huyện Đà Bắc; nay thuộc Tỉnh Phú Thọ)"),
        "{list}"
    );
}

#[test]
fn removes_scripts_event_handlers_and_javascript_links_from_the_words() {
    let built = build_valid();
    for (name, bytes) in read_tree(built.out) {
        let text = String::from_utf8_lossy(&bytes).to_ascii_lowercase();
        // The theme's own scripts (JSON-LD data, its JavaScript files) are
        // allowed; any other script element came from the words.
        for (at, _) in text.match_indices("<script") {
            let tag = &text[at..text[at..].find('>').map_or(text.len(), |end| at + end + 1)];
            assert!(
                tag == "<script type=\"application/ld+json\">"
                    || tag.starts_with("<script src=\"/assets/"),
                "{tag} in {name}"
            );
        }
        for bad in ["onerror", "onclick", "onmouseover", "javascript:", "alert("] {
            assert!(!text.contains(bad), "{bad} in {name}");
        }
    }
    let about = page(built.out, "/vi/trang/gioi-thieu/");
    assert!(
        about.contains("Cổng thông tin do Sở Ngoại vụ quản lý."),
        "the safe words are gone"
    );
}

#[test]
fn publishes_attachments_once_and_rewrites_links_to_them() {
    let built = build_valid();
    for (source, address) in [
        (
            "content/projects/truong-mam-non-tien-phong/files/ban-do-vi-tri.pdf",
            "/files/projects/truong-mam-non-tien-phong/ban-do-vi-tri.pdf",
        ),
        (
            "content/procedures/phe-duyet-du-an-vien-tro/files/mau-01.docx",
            "/files/procedures/phe-duyet-du-an-vien-tro/mau-01.docx",
        ),
    ] {
        let published = fs::read(built.out.join(&address[1..])).unwrap();
        assert_eq!(published, fs::read(fixture("valid").join(source)).unwrap());
    }
    let copies: Vec<String> = read_tree(built.out)
        .into_keys()
        .filter(|n| n.ends_with("ban-do-vi-tri.pdf"))
        .collect();
    assert_eq!(
        copies,
        ["files/projects/truong-mam-non-tien-phong/ban-do-vi-tri.pdf"]
    );
    for address in [
        "/vi/du-an/truong-mam-non-tien-phong/",
        "/en/projects/truong-mam-non-tien-phong/",
    ] {
        let html = page(built.out, address);
        assert!(
            html.contains("href=\"/files/projects/truong-mam-non-tien-phong/ban-do-vi-tri.pdf\">"),
            "{address}"
        );
        assert!(
            !html.contains("href=\"files/"),
            "{address} keeps a relative link"
        );
    }
}

#[test]
fn shows_a_procedures_steps_documents_conditions_forms_and_legal_basis() {
    let built = build_valid();
    let vi = page(built.out, "/vi/thu-tuc/phe-duyet-du-an-vien-tro/");
    for words in [
        "Nộp hồ sơ",
        "Trả kết quả",
        "Văn bản đề nghị phê duyệt khoản viện trợ",
        "Khoản viện trợ không gây phương hại đến an ninh, quốc phòng.",
        "href=\"/files/procedures/phe-duyet-du-an-vien-tro/mau-01.docx\"",
        "href=\"/files/procedures/phe-duyet-du-an-vien-tro/mau-01.odt\"",
        // The form named by its own title (the document's metadata).
        "Mẫu số 01 – Văn bản đề nghị thẩm định, phê duyệt chương trình, dự án",
        // The decree in force; the one it replaced is not cited.
        "313/2025/NĐ-CP",
        "08/12/2025",
        "15 ngày làm việc",
        "Bộ phận một cửa, 1 đường Trần Phú",
    ] {
        assert!(
            vi.contains(words),
            "{words} is not on the Vietnamese procedure"
        );
    }
    let en = page(built.out, "/en/procedures/phe-duyet-du-an-vien-tro/");
    for words in [
        "Submit the dossier",
        "Receive the result",
        "Letter requesting approval of the aid",
        "The aid does not harm national security or defence.",
        "Decree on the management and use of non-ODA grant aid",
        "8 December 2025",
        "National portal code 1.008355",
        // On the English page the form's Vietnamese title is marked as such.
        "<span class=\"form-title\" lang=\"vi\">Mẫu số 01 – Văn bản đề nghị thẩm định, phê duyệt chương trình, dự án</span>",
        "Published by decision</dt><dd>123/QĐ-UBND",
    ] {
        assert!(
            en.contains(words),
            "{words} is not on the English procedure"
        );
    }
}

#[test]
fn labels_a_procedure_code_as_a_procedure_code() {
    let built = build_valid();
    let vi = page(built.out, "/vi/thu-tuc/phe-duyet-du-an-vien-tro/");
    assert!(vi.contains("<dt>Mã thủ tục</dt><dd>SNV-01 "), "{vi}");
    let en = page(built.out, "/en/procedures/phe-duyet-du-an-vien-tro/");
    assert!(en.contains("<dt>Procedure code</dt><dd>SNV-01 "), "{en}");
}

#[test]
fn shows_a_results_report_by_sector_and_by_locality() {
    let built = build_valid();
    let en = page(built.out, "/en/results/bao-cao-2014-2019/");
    for words in [
        "USD 31,000,000",
        "USD 27,500,000",
        "Education and training",
        "USD 9,800,000",
        "Da Bac District",
        "USD 5,100,000",
        "1 September 2014",
        "31 August 2019",
    ] {
        assert!(en.contains(words), "{words} is not on the English report");
    }
    let vi = page(built.out, "/vi/ket-qua/bao-cao-2014-2019/");
    for words in [
        "31.000.000 USD",
        "Giáo dục và đào tạo",
        "9.800.000 USD",
        "Huyện Đà Bắc",
        "5.100.000 USD",
    ] {
        assert!(
            vi.contains(words),
            "{words} is not on the Vietnamese report"
        );
    }
}

#[test]
fn shows_the_featured_projects_of_a_bulletin_issue() {
    let built = build_valid();
    let html = page(built.out, "/en/bulletin/ban-tin-so-02/");
    for project in [
        "/en/projects/nuoc-sach-xa-cao-son/",
        "/en/projects/truong-mam-non-tien-phong/",
    ] {
        assert!(
            html.contains(&format!("href=\"{project}\"")),
            "{project} is not featured"
        );
    }
    let first = page(built.out, "/vi/ban-tin/ban-tin-so-01/");
    assert!(first.contains("href=\"/vi/du-an/truong-mam-non-tien-phong/\""));
}

#[test]

fn shows_a_usd_budget_with_its_total_in_the_base_currency() {
    let built = build_valid();
    let html = page(built.out, "/en/projects/nuoc-sach-xa-cao-son/");
    assert!(
        !html.contains("<span class=\"approx\"></span>"),
        "an empty conversion"
    );
    // 265,000 USD at 25,400 VND per USD.
    assert!(html.contains("VND 6,731,000,000"), "no total in VND");
}

#[test]
fn a_procedure_page_describes_itself_as_a_government_service() {
    let built = build_valid();
    let html = page(built.out, "/en/procedures/phe-duyet-du-an-vien-tro/");
    let ld = html
        .split("<script type=\"application/ld+json\">")
        .nth(1)
        .and_then(|rest| rest.split("</script>").next())
        .expect("JSON-LD");
    let ld: serde_json::Value = serde_json::from_str(ld).expect("JSON");
    assert_eq!(ld["@type"], "GovernmentService");
    assert_eq!(
        ld["url"],
        "https://ngo.example.gov.vn/en/procedures/phe-duyet-du-an-vien-tro/"
    );
    assert_eq!(ld["provider"]["@type"], "GovernmentOrganization");
    assert!(ld["offers"]["price"].is_u64());
    assert!(html.contains("<ol class=\"steps\""), "numbered steps");
}

#[test]
fn writes_exactly_these_files() {
    let built = build_valid();
    let names: Vec<String> = read_tree(built.out).into_keys().collect();
    insta::assert_snapshot!(names.join("\n"));
}

/// One page of each template, in each language, as a reader sees its text:
/// a change to any of them is reviewed in `tests/snapshots/`.
#[test]
fn every_template_reads_as_reviewed_in_both_languages() {
    let built = build_valid();
    // Each template in each language: home, projects (the catalogue and a
    // filter page), project, procedures, procedure, results, report,
    // bulletin, issue, pages, page, data, search, figures.
    for address in [
        "/vi/",
        "/en/",
        "/vi/du-an/",
        "/en/projects/",
        "/vi/du-an/linh-vuc/education/",
        "/en/projects/status/partly-funded/",
        "/vi/du-an/nuoc-sach-xa-cao-son/",
        "/en/projects/nuoc-sach-xa-cao-son/",
        "/vi/du-an/truong-mam-non-tien-phong/",
        "/en/projects/truong-mam-non-tien-phong/",
        "/vi/thu-tuc/",
        "/en/procedures/",
        "/vi/thu-tuc/phe-duyet-du-an-vien-tro/",
        "/en/procedures/phe-duyet-du-an-vien-tro/",
        "/vi/ket-qua/",
        "/en/results/",
        "/vi/ket-qua/bao-cao-2014-2019/",
        "/en/results/bao-cao-2014-2019/",
        "/vi/ban-tin/",
        "/en/bulletin/",
        "/vi/ban-tin/ban-tin-so-02/",
        "/en/bulletin/ban-tin-so-02/",
        "/vi/trang/",
        "/en/pages/",
        "/vi/trang/gioi-thieu/",
        "/en/pages/gioi-thieu/",
        "/vi/du-lieu/",
        "/en/data/",
        "/vi/tim-kiem/",
        "/en/search/",
        "/vi/du-lieu/cach-tinh/",
        "/en/data/how-we-count/",
    ] {
        let name = address.trim_matches('/').replace('/', "_");
        insta::assert_snapshot!(name, common::reader_text(&page(built.out, address)));
    }
}

#[test]
fn a_procedure_citing_a_replaced_decree_says_until_when_and_by_what() {
    let site = common::Scratch::changed(
        "valid",
        &[common::Change::Edit(
            "content/procedures/phe-duyet-du-an-vien-tro/facts.toml",
            "ref = \"313/2025/NĐ-CP\"",
            "ref = \"80/2020/NĐ-CP\"",
        )],
    );
    let out = site.path("public");
    common::build_ok(&site.site, &out);
    let en = common::reader_text(&page(&out, "/en/procedures/phe-duyet-du-an-vien-tro/"));
    assert!(
        en.contains("80/2020/NĐ-CP (8 July 2020): Decree on the management and use of non-ODA grant aid\nIn force until 7 December 2025; replaced by 313/2025/NĐ-CP."),
        "{en}"
    );
    let vi = common::reader_text(&page(&out, "/vi/thu-tuc/phe-duyet-du-an-vien-tro/"));
    assert!(
        vi.contains("Có hiệu lực đến hết ngày 07/12/2025; đã được thay thế bởi 313/2025/NĐ-CP."),
        "{vi}"
    );
}

#[test]
fn writes_a_page_not_found_in_every_language_that_leads_on() {
    let built = build_valid();
    let html = fs::read_to_string(built.out.join("404.html")).expect("/404.html");
    assert!(html.contains("<html lang=\"vi\">"));
    assert!(html.contains("<meta name=\"robots\" content=\"noindex\">"));
    for (lang, title, links) in [
        (
            "vi",
            "<h1>Không tìm thấy trang</h1>",
            ["/vi/", "/vi/du-an/", "/vi/tim-kiem/"],
        ),
        (
            "en",
            "<h2>Page not found</h2>",
            ["/en/", "/en/projects/", "/en/search/"],
        ),
    ] {
        let section = html
            .split(&format!("<section class=\"not-found\" lang=\"{lang}\">"))
            .nth(1)
            .unwrap_or_else(|| panic!("no {lang} section"));
        let section = &section[..section.find("</section>").expect("its end")];
        assert!(section.contains(title), "{section}");
        for link in links {
            assert!(
                section.contains(&format!("href=\"{link}\"")),
                "{lang}: no link to {link}"
            );
        }
    }
    let sitemap = fs::read_to_string(built.out.join("sitemap.xml")).unwrap();
    assert!(
        !sitemap.contains("404"),
        "the page-not-found is in the sitemap"
    );
}

/// People are "reached" once a project is completed, its count then measured;
/// before, the same number is the people who will benefit (issue 12).
#[test]
fn people_are_reached_only_once_the_project_is_completed() {
    let built = build_valid();
    let reached = page(built.out, "/en/projects/truong-mam-non-tien-phong/");
    assert!(reached.contains("<dt>People reached</dt>"), "{reached}");
    assert!(!reached.contains("People who will benefit"));
    let open = common::Scratch::changed(
        "valid",
        &[common::Change::Edit(
            "content/projects/truong-mam-non-tien-phong/facts.toml",
            "status = \"completed\"",
            "status = \"ongoing\"",
        )],
    );
    let out = open.path("public");
    common::build_ok(&open.site, &out);
    let planned = page(&out, "/en/projects/truong-mam-non-tien-phong/");
    assert!(
        planned.contains("<dt>People who will benefit</dt>"),
        "{planned}"
    );
    assert!(!planned.contains("People reached"));
}
