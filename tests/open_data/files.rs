//! The CSV and JSON files: byte order mark and diacritics, columns, schemas; the
//! open-data page that lists them; each project page's own JSON and JSON-LD.

use std::collections::{BTreeSet, HashMap};
use std::fs;
use std::path::Path;

use serde_json::Value;

use crate::common::page;
use crate::{json, messages, sample, valid};

#[test]
fn the_csv_files_start_with_a_byte_order_mark_and_keep_diacritics() {
    let mut csvs = 0;
    for entry in fs::read_dir(sample().join("data")).expect("the data folder") {
        let path = entry.expect("an entry").path();
        if path.extension().is_none_or(|e| e != "csv") {
            continue;
        }
        csvs += 1;
        let bytes = fs::read(&path).expect("a CSV file");
        let name = path.display();
        assert!(
            bytes.starts_with(b"\xEF\xBB\xBF"),
            "{name} has no byte-order mark"
        );
        let text = String::from_utf8(bytes).expect("UTF-8");
        assert!(
            text.contains("\r\n"),
            "{name}: RFC 4180 lines end with CRLF"
        );
    }
    assert_eq!(csvs, 8, "projects, three results tables and four charts");
    // Every Vietnamese title reads back from the CSV exactly as the JSON has it.
    let mut reader =
        csv::Reader::from_path(sample().join("data/projects.csv")).expect("projects.csv");
    let header = reader.headers().expect("a header").clone();
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h.trim_start_matches('\u{feff}') == name)
            .expect("a column")
    };
    let titles: HashMap<String, String> = reader
        .records()
        .map(|r| r.expect("a row"))
        .map(|r| {
            (
                r[column("code")].to_string(),
                r[column("title_vi")].to_string(),
            )
        })
        .collect();
    for p in json("projects.json")["projects"]
        .as_array()
        .expect("projects")
    {
        let code = p["code"].as_str().expect("a code");
        assert_eq!(
            Some(titles[code].as_str()),
            p["words"]["vi"]["title"].as_str(),
            "{code}"
        );
    }
    assert!(
        titles.values().any(|t| t.contains('đ') || t.contains('Đ')),
        "the sample has titles with đ"
    );
}

#[test]
fn the_projects_csv_of_the_valid_fixture_reads_column_by_column() {
    // One line per column, `name: first row | second row`, for a reviewer.
    // The figures, worked out by hand from the fixture's facts (see
    // tests/results.rs): the water project (USD) has 50,000 EUR committed on
    // 2026-06-01, 50,000 × 27,300 / 25,400 = 53,740 USD, so 156,260 USD still
    // sought; at the latest 25,400 VND per USD, 1,364,996,000 and
    // 3,969,004,000 VND. The kindergarten (VND, completed) has 60,000 USD
    // of 2022-05-10 at 22,800: 1,368,000,000 VND, nothing still sought.
    let mut reader =
        csv::Reader::from_path(valid().join("data/projects.csv")).expect("projects.csv");
    let header: Vec<String> = reader
        .headers()
        .expect("a header")
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').to_string())
        .collect();
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a row")).collect();
    let columns: Vec<String> = header
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let values: Vec<&str> = rows.iter().map(|r| &r[i]).collect();
            format!("{name}: {}", values.join(" | "))
        })
        .collect();
    insta::assert_snapshot!(columns.join("\n"));
}

#[test]
fn the_json_files_hold_every_entity_and_are_described_by_their_schemas() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let count = |kind: &str| {
        fs::read_dir(manifest.join("content").join(kind))
            .expect("a content folder")
            .count()
    };
    assert_eq!(
        json("projects.json")["projects"].as_array().map(Vec::len),
        Some(count("projects"))
    );
    assert_eq!(
        json("procedures.json")["procedures"]
            .as_array()
            .map(Vec::len),
        Some(count("procedures"))
    );
    assert_eq!(
        json("results.json")["reports"].as_array().map(Vec::len),
        Some(count("results"))
    );
    for name in ["projects", "procedures", "results"] {
        let schema = json(&format!("{name}.schema.json"));
        let data = json(&format!("{name}.json"));
        assert_eq!(
            schema["version"], data["schema_version"],
            "{name}: versions differ"
        );
        // Every field of the data is declared in the schema, and the reverse.
        let top: BTreeSet<String> = data
            .as_object()
            .expect("an object")
            .keys()
            .cloned()
            .collect();
        let declared: BTreeSet<String> = schema["properties"]
            .as_object()
            .expect("properties")
            .keys()
            .cloned()
            .collect();
        assert_eq!(top, declared, "{name}");
    }
    // Words in every language written, addresses in every language.
    let projects = json("projects.json");
    let without_english = projects["projects"]
        .as_array()
        .expect("projects")
        .iter()
        .find(|p| p["slug"] == "tu-sach-than-thien-tu-do")
        .expect("the sample project without English words");
    assert!(without_english["words"]["vi"]["title"].is_string());
    assert!(without_english["words"].get("en").is_none());
    assert_eq!(
        without_english["url"]["en"],
        "https://ngo.example.gov.vn/en/projects/tu-sach-than-thien-tu-do/"
    );
}

#[test]
fn the_open_data_page_lists_every_file_with_its_size() {
    for (address, size_label) in [("/en/data/", "Size"), ("/vi/du-lieu/", "Dung lượng")] {
        let html = page(sample(), address);
        assert!(html.contains(size_label), "{address}");
        assert!(
            html.contains("\"@type\":\"Dataset\""),
            "{address}: no schema.org Dataset"
        );
        for entry in fs::read_dir(sample().join("data")).expect("the data folder") {
            let entry = entry.expect("an entry");
            if entry.path().is_dir() {
                continue; // one file per project, linked from each project's page
            }
            let name = entry.file_name().to_string_lossy().into_owned();
            assert!(
                html.contains(&format!("href=\"/data/{name}\"")),
                "{address} does not list {name}"
            );
            assert!(
                html.contains(&format!(
                    "\"contentUrl\":\"https://ngo.example.gov.vn/data/{name}\""
                )),
                "{address}: {name} is not a DataDownload"
            );
            // The size is counted as the file is written: it must be the file's.
            let bytes = entry.metadata().expect("the file's size").len();
            assert!(
                html.contains(&format!(
                    "\"contentSize\":\"{bytes} B\",\"contentUrl\":\"https://ngo.example.gov.vn/data/{name}\""
                )),
                "{address}: {name} is not given its size of {bytes} bytes"
            );
        }
    }
}

#[test]
fn every_field_of_every_schema_is_explained_in_every_language() {
    for (name, record) in [
        ("projects", "ProjectRecord"),
        ("procedures", "ProcedureRecord"),
        ("results", "ReportRecord"),
    ] {
        let schema = json(&format!("{name}.schema.json"));
        let fields = schema["$defs"][record]["properties"]
            .as_object()
            .unwrap_or_else(|| panic!("{name}: no {record} in the schema"));
        assert!(fields.len() > 10, "{name}: too few fields to be the record");
        for lang in ["vi", "en"] {
            let m = messages(lang);
            for field in fields.keys() {
                assert!(
                    m.contains_key(&format!("field-{field}")),
                    "i18n/{lang}/main.ftl does not explain the field `{field}` of {name}"
                );
            }
        }
    }
}

#[test]
fn each_project_page_offers_itself_as_json_and_json_ld() {
    let all = json("projects.json");
    for p in all["projects"].as_array().expect("projects") {
        let slug = p["slug"].as_str().expect("a slug");
        let one = json(&format!("projects/{slug}.json"));
        assert_eq!(
            &one["project"], p,
            "{slug}: the file differs from projects.json"
        );
        let address = p["url"]["en"]
            .as_str()
            .expect("an address")
            .trim_start_matches("https://ngo.example.gov.vn");
        let html = page(sample(), address);
        assert!(
            html.contains(&format!("href=\"/data/projects/{slug}.json\"")),
            "{address}"
        );
        let ld = html
            .split("<script type=\"application/ld+json\">")
            .nth(1)
            .and_then(|rest| rest.split("</script>").next())
            .expect("JSON-LD");
        let ld: Value = serde_json::from_str(ld).expect("JSON-LD is JSON");
        assert_eq!(ld["@type"], "Project");
        assert_eq!(ld["identifier"], p["code"]);
        assert_eq!(
            ld["seeks"]["priceSpecification"]["price"],
            p["budget"]["requested"]
        );
        let grants = ld["funding"].as_array().expect("funding");
        let commitments = p["funding"]
            .as_array()
            .expect("funding")
            .iter()
            .filter(|f| f["kind"] == "committed")
            .count();
        assert_eq!(grants.len(), commitments, "{slug}");
        for g in grants {
            assert_eq!(g["amount"]["@type"], "MonetaryAmount");
        }
    }
}
