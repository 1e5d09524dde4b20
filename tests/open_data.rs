//! Open data of the sample site: JSON, CSV, IATI and sitemap agree with the
//! pages, the IATI file is valid against the official 2.03 schema, and every
//! code it uses exists in its codelist.

mod common;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use common::xml::{elements, Attributes};
use common::{build_ok, page};
use serde_json::Value;

/// The sample site (the repository root), built once for all tests here.
fn sample() -> &'static Path {
    static BUILT: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    common::build_once(&BUILT, Path::new(env!("CARGO_MANIFEST_DIR")))
}

fn iati_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/iati");
    assert!(
        dir.join("iati-activities-schema.xsd").is_file(),
        "the IATI 2.03 schema is expected at {}",
        dir.display()
    );
    dir
}

fn json(name: &str) -> Value {
    let text = fs::read_to_string(sample().join("data").join(name)).expect("a data file");
    serde_json::from_str(&text).expect("valid JSON")
}

#[test]
fn the_iati_file_validates_against_the_iati_2_03_schema() {
    let schema = iati_dir().join("iati-activities-schema.xsd");
    let file = sample().join("data/iati-activities.xml");
    let run = Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(&schema)
        .arg(&file)
        .output()
        .expect("xmllint runs (Debian package libxml2-utils; scripts/test installs it)");
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{stderr}");
    assert!(stderr.contains("validates"), "{stderr}");
}

/// The codes of one IATI codelist file.
fn codelist(name: &str) -> BTreeSet<String> {
    let path = iati_dir().join("codelists").join(format!("{name}.xml"));
    elements(&path)
        .into_iter()
        .filter(|(n, _, _)| n == "code")
        .map(|(_, _, text)| text.trim().to_string())
        .collect()
}

#[test]
fn every_code_in_the_iati_file_exists_in_its_codelist() {
    // (element, attribute, codelist)
    let checks = [
        ("iati-activity", "default-currency", "Currency"),
        ("reporting-org", "type", "OrganisationType"),
        ("description", "type", "DescriptionType"),
        ("participating-org", "role", "OrganisationRole"),
        ("participating-org", "type", "OrganisationType"),
        ("activity-status", "code", "ActivityStatus"),
        ("activity-date", "type", "ActivityDateType"),
        ("recipient-country", "code", "Country"),
        ("administrative", "vocabulary", "GeographicVocabulary"),
        ("sector", "vocabulary", "SectorVocabulary"),
        ("sector", "code", "Sector"),
        ("budget", "type", "BudgetType"),
        ("budget", "status", "BudgetStatus"),
        ("value", "currency", "Currency"),
        ("transaction-type", "code", "TransactionType"),
        ("provider-org", "type", "OrganisationType"),
        ("receiver-org", "type", "OrganisationType"),
        ("result", "type", "ResultType"),
        ("indicator", "measure", "IndicatorMeasure"),
    ];
    let found = elements(&sample().join("data/iati-activities.xml"));
    let mut lists: HashMap<&str, BTreeSet<String>> = HashMap::new();
    for (element, attribute, list) in checks {
        let codes = lists.entry(list).or_insert_with(|| codelist(list));
        assert!(!codes.is_empty(), "the codelist {list} has no codes");
        let used: Vec<&String> = found
            .iter()
            .filter(|(n, _, _)| n == element)
            .filter_map(|(_, a, _)| a.get(attribute))
            .collect();
        // A check that meets no code proves nothing.
        assert!(
            !used.is_empty(),
            "no {element}/@{attribute} in the sample's IATI file"
        );
        for code in used {
            assert!(
                codes.contains(code),
                "{element}/@{attribute} = {code} is not in {list}"
            );
        }
    }
}

/// Digits of a displayed amount ("VND 4,800,000,000", "4.800.000.000 ₫").
fn digits(text: &str) -> u64 {
    text.chars()
        .filter(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .unwrap_or_else(|_| panic!("no amount in {text:?}"))
}

/// The text of the `<dd>` after `<dt>label</dt>`, without its tags and
/// without the converted or explanatory figure in a `<span>` after it.
fn fact(html: &str, label: &str) -> Option<String> {
    let start = html.find(&format!("<dt>{label}</dt><dd>"))? + label.len() + 13;
    let rest = &html[start..];
    let inner = &rest[..rest.find("</dd>")?];
    let inner = inner.split("<span class=").next().unwrap_or(inner);
    Some(common::strip_tags(inner))
}

/// One-line messages of a language's interface file.
fn messages(lang: &str) -> HashMap<String, String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("i18n/{lang}/main.ftl"));
    fs::read_to_string(path)
        .expect("an interface file")
        .lines()
        .filter_map(|l| l.split_once(" = "))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect()
}

/// IATI `ActivityStatus` for each status of the content format.
fn iati_status(status: &str) -> &'static str {
    match status {
        "seeking" | "partly-funded" | "funded" => "1",
        "ongoing" => "2",
        "completed" => "4",
        "withdrawn" => "5",
        other => panic!("unknown status {other}"),
    }
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "one walk over the projects compares five places side by side"
)]
fn every_project_has_the_same_aid_sought_committed_and_status_everywhere() {
    let data = json("projects.json");
    let projects = data["projects"].as_array().expect("projects");
    assert_eq!(projects.len(), 42, "the sample has 42 projects");
    let usd_rate = data["usd_rate"]["rate"].as_f64();

    let mut csv_reader =
        csv::Reader::from_path(sample().join("data/projects.csv")).expect("projects.csv");
    let header = csv_reader.headers().expect("a header").clone();
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h == name.trim_start_matches('\u{feff}'))
            .unwrap_or_else(|| panic!("no column {name}"))
    };
    let rows: HashMap<String, csv::StringRecord> = csv_reader
        .records()
        .map(|r| r.expect("a row"))
        .map(|r| (r[column("code")].to_string(), r))
        .collect();
    assert_eq!(rows.len(), projects.len());

    let iati = elements(&sample().join("data/iati-activities.xml"));
    let mut activities: BTreeMap<String, Vec<&(String, Attributes, String)>> = BTreeMap::new();
    let mut current = String::new();
    for e in &iati {
        if e.0 == "iati-identifier" {
            current = e.2.clone();
        }
        activities.entry(current.clone()).or_default().push(e);
    }

    let labels: Vec<(&str, HashMap<String, String>)> =
        ["en", "vi"].into_iter().map(|l| (l, messages(l))).collect();
    for p in projects {
        let code = p["code"].as_str().expect("a code");
        let status = p["status"].as_str().expect("a status");
        let requested = p["budget"]["requested"].as_u64().expect("requested");
        let currency = p["budget"]["currency"].as_str().expect("a currency");
        let committed = p["committed"].as_u64();

        for (lang, m) in &labels {
            let url = p["url"][lang].as_str().expect("an address");
            let address = url.trim_start_matches("https://ngo.example.gov.vn");
            let html = page(sample(), address);
            let sought = fact(&html, &m["fact-requested"])
                .unwrap_or_else(|| panic!("{address}: no aid sought"));
            assert_eq!(digits(&sought), requested, "{address}: aid sought");
            assert_eq!(
                fact(&html, &m["fact-status"]).as_deref(),
                Some(m[&format!("status-{status}")].as_str()),
                "{address}: status"
            );
            match (fact(&html, &m["fact-committed"]), committed) {
                (Some(shown), Some(amount)) => {
                    assert_eq!(digits(&shown), amount, "{address}: committed");
                }
                (None, Some(0) | None) => {}
                (shown, amount) => {
                    panic!("{address}: committed {shown:?} on the page, {amount:?} in the JSON")
                }
            }
        }

        let row = &rows[code];
        assert_eq!(
            row[column("requested")].parse::<u64>().ok(),
            Some(requested),
            "{code}: CSV aid sought"
        );
        assert_eq!(&row[column("currency")], currency, "{code}: CSV currency");
        assert_eq!(&row[column("status")], status, "{code}: CSV status");
        assert_eq!(
            row[column("committed")].parse::<u64>().ok(),
            committed,
            "{code}: CSV committed"
        );

        let identifier = p["iati_identifier"].as_str().expect("an IATI identifier");
        assert_eq!(identifier, format!("VN-HBH-SNV-{code}"));
        let activity = &activities[identifier];
        let status_code = activity
            .iter()
            .find(|e| e.0 == "activity-status")
            .map(|e| e.1["code"].as_str());
        assert_eq!(
            status_code,
            Some(iati_status(status)),
            "{code}: IATI status"
        );
        // The budget is the aid sought; it is the activity's first <value>.
        let budget = activity
            .iter()
            .skip_while(|e| e.0 != "budget")
            .find(|e| e.0 == "value")
            .expect("a budget value");
        assert_eq!(
            budget.2.parse::<u64>().ok(),
            Some(requested),
            "{code}: IATI budget"
        );
        assert_eq!(budget.1["currency"], currency);
        // Incoming commitments (type 11), converted to the budget's currency
        // one by one, as the pages do.
        let mut iati_committed = 0u64;
        let mut kind = "";
        for e in activity {
            match e.0.as_str() {
                "transaction-type" => kind = e.1["code"].as_str(),
                "value" if kind == "11" => {
                    let amount: u64 = e.2.parse().expect("an amount");
                    let rate = usd_rate.expect("a rate for mixed currencies");
                    #[allow(
                        clippy::cast_precision_loss,
                        clippy::cast_possible_truncation,
                        clippy::cast_sign_loss,
                        reason = "whole amounts far below 2^52"
                    )]
                    let converted = match (e.1["currency"].as_str(), currency) {
                        (a, b) if a == b => amount,
                        ("USD", "VND") => (amount as f64 * rate).round() as u64,
                        ("VND", "USD") => (amount as f64 / rate).round() as u64,
                        (a, b) => panic!("{code}: no conversion from {a} to {b}"),
                    };
                    iati_committed += converted;
                    kind = "";
                }
                _ => {}
            }
        }
        assert_eq!(
            Some(iati_committed),
            committed.or(Some(0)),
            "{code}: IATI committed"
        );
    }
}

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
    for (address, size_label) in [("/en/data/", "Size"), ("/vi/data/", "Dung lượng")] {
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
fn without_the_publishers_iati_reference_no_iati_file_is_published() {
    let site = common::Scratch::copy_of("minimal");
    let orgs = site.read("content/organisations.toml");
    let without = orgs
        .lines()
        .filter(|l| !l.starts_with("iati_ref"))
        .collect::<Vec<_>>()
        .join("\n");
    site.write("content/organisations.toml", without);
    let out = site.path("public");
    let run = build_ok(&site.site, &out);
    assert!(!run.stderr.contains("error"), "{}", run.stderr);
    assert!(out.join("data/projects.json").is_file());
    assert!(!out.join("data/iati-activities.xml").exists());
    let html = page(&out, "/en/data/");
    assert!(!html.contains("iati-activities.xml"));
    assert!(html.contains("IATI organisation identifier is recorded"));
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
