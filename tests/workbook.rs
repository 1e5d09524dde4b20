//! `/data/projects.xlsx` of the sample site: the catalogue as a workbook,
//! from the same facts and figures as `projects.json`, labelled in both
//! languages; `projects.csv` with its label columns; the empty template in
//! `docs/`.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::io::{Cursor, Read};
use std::path::Path;

use calamine::{Data, Reader, Xlsx};
use common::{build_ok, page, sample_site as sample, Scratch};
use pretty_assertions::assert_eq;
use serde_json::Value;

const SHEETS: [&str; 6] = [
    "Dự án",
    "Tài trợ",
    "Chỉ số",
    "Theo năm",
    "Đọc trước",
    "Danh mục",
];

fn projects_json() -> Value {
    let text = fs::read_to_string(sample().join("data/projects.json")).expect("projects.json");
    serde_json::from_str(&text).expect("JSON")
}

fn open(path: &Path) -> Xlsx<Cursor<Vec<u8>>> {
    let bytes = fs::read(path).expect("a workbook");
    Xlsx::new(Cursor::new(bytes)).expect("an .xlsx file")
}

/// A sheet's rows, the header first.
fn sheet(path: &Path, name: &str) -> Vec<Vec<Data>> {
    let range = open(path).worksheet_range(name).expect("the sheet");
    range.rows().map(<[Data]>::to_vec).collect()
}

/// The XML of a part of the workbook's zip file.
fn part(path: &Path, name: &str) -> String {
    let bytes = fs::read(path).expect("a workbook");
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip file");
    let mut text = String::new();
    zip.by_name(name)
        .expect("the part")
        .read_to_string(&mut text)
        .expect("UTF-8");
    text
}

fn text(d: &Data) -> String {
    match d {
        Data::String(s) => s.clone(),
        Data::Empty => String::new(),
        other => other.to_string(),
    }
}

/// Each header's column.
fn columns(header: &[Data]) -> BTreeMap<String, usize> {
    header
        .iter()
        .enumerate()
        .map(|(i, h)| (text(h), i))
        .collect()
}

#[test]
#[allow(
    clippy::cast_precision_loss,
    reason = "the sample's amounts are far below 2^53"
)]
fn the_projects_sheet_has_a_row_per_project_with_labels_numbers_dates_and_links() {
    let xlsx = sample().join("data/projects.xlsx");
    assert_eq!(open(&xlsx).sheet_names(), SHEETS);
    let rows = sheet(&xlsx, "Dự án");
    let col = columns(&rows[0]);
    let at = |name: &str| *col.get(name).unwrap_or_else(|| panic!("no column {name}"));
    let json = projects_json();
    let projects = json["projects"].as_array().expect("projects");
    assert_eq!(rows.len() - 1, projects.len());
    for (row, p) in rows[1..].iter().zip(projects) {
        assert_eq!(
            text(&row[at("Mã dự án / Code")]),
            p["code"].as_str().unwrap()
        );
        // A key column and a name column for sector, places, period, status and owner.
        assert_eq!(
            text(&row[at("Lĩnh vực / Sector")]),
            p["sector"]["key"].as_str().unwrap()
        );
        assert_eq!(
            text(&row[at("Tên lĩnh vực (en) / Sector name (en)")]),
            p["sector"]["name"]["en"].as_str().unwrap()
        );
        let places: Vec<&str> = p["localities"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["key"].as_str().unwrap())
            .collect();
        assert_eq!(text(&row[at("Địa bàn / Places")]), places.join(";"));
        assert_eq!(
            text(&row[at("Tên giai đoạn (vi) / Period name (vi)")]),
            p["period"]["name"]["vi"].as_str().unwrap()
        );
        assert_eq!(
            text(&row[at("Tình trạng / Status")]),
            p["status"].as_str().unwrap()
        );
        assert!(!text(&row[at("Tên tình trạng (vi) / Status name (vi)")]).is_empty());
        assert_eq!(
            text(&row[at("Tên chủ khoản viện trợ (en) / Owner name (en)")]),
            p["owner"]["name"]["en"].as_str().unwrap()
        );
        // Amounts are numbers, the figures those of projects.json.
        for (header, value) in [
            (
                "Viện trợ cần vận động / Aid sought",
                &p["budget"]["requested"],
            ),
            ("Đã cam kết / Committed", &p["committed"]),
            ("Viện trợ còn cần / Still sought", &p["still_sought"]),
            (
                "Viện trợ còn cần (VND) / Still sought (VND)",
                &p["still_sought_base"],
            ),
        ] {
            assert_eq!(
                row[at(header)],
                Data::Float(value.as_u64().unwrap() as f64),
                "{header}"
            );
        }
        // Dates are dates.
        let Data::DateTime(published) = &row[at("Ngày công bố / Published")] else {
            panic!("the publication day is not a date cell");
        };
        let (y, m, d, ..) = published.to_ymd_hms_milli();
        assert_eq!(
            format!("{y:04}-{m:02}-{d:02}"),
            p["published"].as_str().unwrap()
        );
        assert_eq!(
            text(&row[at("Trang (en) / Page (en)")]),
            p["url"]["en"].as_str().unwrap()
        );
    }
    // Each page's address is a link.
    let xml = part(&xlsx, "xl/worksheets/sheet1.xml");
    assert_eq!(xml.matches("<hyperlink ").count(), projects.len() * 2);
}

#[test]
fn the_header_is_frozen_filtered_and_key_columns_offer_drop_down_lists() {
    let xml = part(
        &sample().join("data/projects.xlsx"),
        "xl/worksheets/sheet1.xml",
    );
    assert!(xml.contains(r#"state="frozen""#), "no frozen pane");
    let rows = projects_json()["projects"].as_array().unwrap().len() + 1;
    assert!(
        xml.contains(&format!(r#"<autoFilter ref="A1:AQ{rows}"/>"#)),
        "no autofilter over the table"
    );
    // Sector, places, period, status, owner and currency offer the keys of the lists sheet.
    let lists = xml.matches(r#"<dataValidation type="list""#).count();
    assert_eq!(lists, 6, "{xml}");
    let sectors = sheet(&sample().join("data/projects.xlsx"), "Danh mục")
        .iter()
        .filter(|r| !text(&r[0]).is_empty())
        .count();
    assert!(
        xml.contains(&format!(
            "<formula1>'Danh mục'!$A$2:$A${sectors}</formula1>"
        )),
        "the sector column offers no list of sectors"
    );
}

#[test]
fn the_funding_indicators_and_years_sheets_hold_every_entry() {
    let xlsx = sample().join("data/projects.xlsx");
    let json = projects_json();
    let projects = json["projects"].as_array().unwrap();
    let count = |f: &dyn Fn(&Value) -> usize| projects.iter().map(f).sum::<usize>();
    let funding = count(&|p| p["funding"].as_array().unwrap().len());
    let indicators = count(&|p| p["indicators"].as_array().unwrap().len());
    let years = count(&|p| p["budget"]["years"].as_array().unwrap().len());
    assert_eq!(sheet(&xlsx, "Tài trợ").len() - 1, funding);
    assert_eq!(sheet(&xlsx, "Chỉ số").len() - 1, indicators);
    assert_eq!(sheet(&xlsx, "Theo năm").len() - 1, years);
    assert!(funding > 0 && indicators > 0 && years > 0);
    let header: Vec<String> = sheet(&xlsx, "Tài trợ")[0].iter().map(text).collect();
    assert_eq!(
        header,
        [
            "Mã dự án / Code",
            "Nhà tài trợ / Donor",
            "Tên nhà tài trợ (vi) / Donor name (vi)",
            "Tên nhà tài trợ (en) / Donor name (en)",
            "Loại / Kind",
            "Số tiền / Amount",
            "Đơn vị tiền / Currency",
            "Ngày / Date",
            "Số tiền (VND) / Amount (VND)",
        ]
    );
}

#[test]
fn the_read_me_sheet_defines_the_figures_and_gives_the_licence_and_date() {
    let xlsx = sample().join("data/projects.xlsx");
    let rows = sheet(&xlsx, "Đọc trước");
    let all: Vec<String> = rows.iter().flatten().map(text).collect();
    let has = |s: &str| assert!(all.iter().any(|c| c.contains(s)), "no cell with {s:?}");
    // The definitions of the "How we count" page, in both languages.
    has(&message("en", "count-still-sought"));
    has(&message("vi", "count-still-sought"));
    has(&message("vi", "count-withdrawn"));
    has("Creative Commons Attribution 4.0");
    has("https://ngo.example.gov.vn/en/");
    // The data's date, as a date cell: the content's last change.
    let as_of = rows
        .iter()
        .find(|r| text(&r[0]).starts_with("Dữ liệu đến ngày / Data as of"))
        .expect("a date line");
    let Data::DateTime(day) = &as_of[1] else {
        panic!("the date is not a date cell");
    };
    let (y, m, d, ..) = day.to_ymd_hms_milli();
    assert_eq!(format!("{y:04}-{m:02}-{d:02}"), last_change());
}

/// An interface message of the sample, as its `i18n/<lang>/main.ftl` has it.
fn message(lang: &str, id: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("i18n/{lang}/main.ftl"));
    let prefix = format!("{id} = ");
    fs::read_to_string(path)
        .expect("the interface messages")
        .lines()
        .find_map(|l| l.strip_prefix(&prefix).map(str::to_string))
        .unwrap_or_else(|| panic!("no message {id} in {lang}"))
}

/// The last day a project changed, from projects.json.
fn last_change() -> String {
    projects_json()["projects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            p["updated"]
                .as_str()
                .or(p["published"].as_str())
                .unwrap()
                .to_string()
        })
        .max()
        .unwrap()
}

#[test]
fn two_builds_write_the_same_workbook_dated_by_the_content() {
    let first = fs::read(sample().join("data/projects.xlsx")).unwrap();
    // A second build, a second or more later: the clock must not show.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let scratch = Scratch::empty();
    let output = scratch.path("public");
    build_ok(Path::new(env!("CARGO_MANIFEST_DIR")), &output);
    let second = fs::read(output.join("data/projects.xlsx")).unwrap();
    assert!(first == second, "two builds wrote different workbooks");
    let core = part(&sample().join("data/projects.xlsx"), "docProps/core.xml");
    assert!(
        core.contains(&format!(">{}T00:00:00Z</dcterms:created>", last_change())),
        "{core}"
    );
}

#[test]
fn the_open_data_page_lists_the_workbook_with_its_size() {
    let size = fs::metadata(sample().join("data/projects.xlsx"))
        .unwrap()
        .len();
    let html = page(sample(), "/en/data/");
    let row = html
        .lines()
        .find(|l| l.contains(r#"<a href="/data/projects.xlsx""#))
        .expect("a row for the workbook");
    assert!(row.contains("<td>Excel workbook</td>"), "{row}");
    let projects = projects_json()["projects"].as_array().unwrap().len();
    assert!(
        row.contains(&format!(r#"<td class="num">{projects}</td>"#)),
        "{row}"
    );
    assert!(
        html.contains(&format!(
            r#""contentSize":"{size} B","contentUrl":"https://ngo.example.gov.vn/data/projects.xlsx""#
        )),
        "the page does not give the workbook's size"
    );
    assert!(page(sample(), "/vi/du-lieu/").contains("<td>Excel (bảng tính)</td>"));
}

#[test]
fn projects_csv_keeps_its_byte_order_mark_and_gains_label_columns() {
    let bytes = fs::read(sample().join("data/projects.csv")).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    for name in [
        "code",
        "sector",
        "sector_name_vi",
        "sector_name_en",
        "localities",
        "localities_name_vi",
        "localities_name_en",
        "period_name_en",
        "status_name_vi",
        "owner_name_en",
        "still_sought_base",
    ] {
        assert!(header.iter().any(|h| h == name), "no column {name}");
    }
    let at = |name: &str| header.iter().position(|h| h == name).unwrap();
    let json = projects_json();
    for (record, p) in reader.records().zip(json["projects"].as_array().unwrap()) {
        let record = record.unwrap();
        assert_eq!(
            &record[at("sector_name_vi")],
            p["sector"]["name"]["vi"].as_str().unwrap()
        );
        assert_eq!(
            &record[at("owner_name_en")],
            p["owner"]["name"]["en"].as_str().unwrap()
        );
    }
}

#[test]
fn the_template_in_docs_has_the_sheets_and_columns_of_the_published_workbook() {
    let template = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/projects-template.xlsx");
    let published = sample().join("data/projects.xlsx");
    assert_eq!(open(&template).sheet_names(), SHEETS);
    for name in ["Dự án", "Tài trợ", "Chỉ số", "Theo năm"] {
        let rows = sheet(&template, name);
        assert_eq!(rows.len(), 1, "{name}: the template has rows of data");
        assert_eq!(
            rows[0],
            sheet(&published, name)[0],
            "{name}: the columns differ"
        );
    }
    let xml = part(&template, "xl/worksheets/sheet1.xml");
    assert_eq!(xml.matches(r#"<dataValidation type="list""#).count(), 6);
}
