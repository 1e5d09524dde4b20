//! Open data of the sample site and the valid fixture: JSON, CSV, IATI and the
//! pages agree; the IATI file is valid against the official 2.03 schema and
//! passes the IATI Validator's ruleset, and every code it uses exists in its
//! codelist; projects.json has exactly its documented shape.

mod common;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use common::xml::{elements, Attributes};
use common::{build_ok, fixture, page};
use serde::Deserialize;
use serde_json::Value;

/// The sample site (the repository root), built once for all tests here.
fn sample() -> &'static Path {
    static BUILT: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    common::build_once(&BUILT, Path::new(env!("CARGO_MANIFEST_DIR")))
}

fn valid() -> &'static Path {
    static BUILT: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    common::build_once(&BUILT, &fixture("valid"))
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

fn json_of(out: &Path, name: &str) -> Value {
    let text = fs::read_to_string(out.join("data").join(name)).expect("a data file");
    serde_json::from_str(&text).expect("valid JSON")
}

fn json(name: &str) -> Value {
    json_of(sample(), name)
}

#[test]
fn the_iati_file_validates_against_the_iati_2_03_schema() {
    let schema = iati_dir().join("iati-activities-schema.xsd");
    for out in [valid(), sample()] {
        let file = out.join("data/iati-activities.xml");
        let run = Command::new("xmllint")
            .arg("--noout")
            .arg("--schema")
            .arg(&schema)
            .arg(&file)
            .output()
            .expect("xmllint runs (Debian package libxml2-utils; scripts/install-test-tools installs it)");
        let stderr = String::from_utf8_lossy(&run.stderr);
        assert!(run.status.success(), "{stderr}");
        assert!(stderr.contains("validates"), "{stderr}");
    }
}

/// What `tests/iati/rules.py --json` finds in `file` on the tests' day (see
/// tests/iati/README.md). Without python3 3.11+ and lxml the test fails, and
/// says how to get them: a check skipped on one machine passes unseen.
fn iati_ruleset(file: &Path) -> Value {
    let probe = Command::new("python3")
        .args([
            "-c",
            "import sys, lxml.etree; sys.exit(sys.version_info < (3, 11))",
        ])
        .output();
    assert!(
        probe.is_ok_and(|p| p.status.success()),
        "tests/iati/rules.py needs python3 (3.11 or later) with lxml: run scripts/install-test-tools"
    );
    let run = Command::new("python3")
        .arg(iati_dir().join("rules.py"))
        .arg(file)
        .arg("--json")
        .env("SOURCE_DATE_EPOCH", common::TODAY_EPOCH)
        .output()
        .expect("python3 runs");
    // 0: no error; 1: errors, listed in the JSON; 2: the file or the
    // ruleset could not be read, or a rule could not be applied.
    assert!(
        matches!(run.status.code(), Some(0 | 1)),
        "rules.py could not check {}:\n{}",
        file.display(),
        String::from_utf8_lossy(&run.stderr)
    );
    serde_json::from_slice(&run.stdout).expect("rules.py --json prints JSON")
}

#[test]
fn the_iati_file_passes_the_iati_validators_ruleset() {
    for out in [valid(), sample()] {
        let found = iati_ruleset(&out.join("data/iati-activities.xml"));
        assert_eq!(found["today"], "2026-12-01", "the tests' day");
        let errors: Vec<String> = found["failures"]
            .as_array()
            .expect("failures")
            .iter()
            .filter(|f| f["severity"] == "error")
            .map(|f| {
                format!(
                    "{} {} ({}, line {}): {} {}",
                    f["id"], f["identifier"], f["element"], f["line"], f["message"], f["detail"]
                )
            })
            .collect();
        assert_eq!(errors, Vec::<String>::new(), "{}", out.display());
        assert_eq!(found["errors"], 0);
    }
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

#[test]
fn an_iati_narrative_names_the_language_it_is_written_in() {
    // The valid fixture's water project has no English words: its English
    // page shows the Vietnamese title, marked lang="vi" in the HTML. The IATI
    // file must say the same of that title wherever it gives it, the link to
    // the English page included.
    let data = json_of(valid(), "projects.json");
    let untranslated = data["projects"]
        .as_array()
        .expect("projects")
        .iter()
        .find(|p| p["slug"] == "nuoc-sach-xa-cao-son")
        .expect("the water project");
    assert!(untranslated["words"].get("en").is_none());
    let title = untranslated["words"]["vi"]["title"]
        .as_str()
        .expect("a title");
    let html = page(valid(), "/en/projects/nuoc-sach-xa-cao-son/");
    assert!(html.contains(&format!("<h1 lang=\"vi\">{title}</h1>")));

    let narratives: Vec<(String, String)> = elements(&valid().join("data/iati-activities.xml"))
        .into_iter()
        .filter(|(name, _, text)| name == "narrative" && text == title)
        .map(|(_, a, text)| (a["xml:lang"].clone(), text))
        .collect();
    assert!(narratives.len() >= 2, "the title and a page's title");
    for (lang, text) in narratives {
        assert_eq!(lang, "vi", "the Vietnamese title {text:?} is marked {lang}");
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

/// A project page's key facts: each label (without its link to the
/// definition), the value, and the value in the base currency given after it
/// (`<span class="approx">`), if any.
fn key_facts(html: &str) -> HashMap<String, (String, Option<String>)> {
    let list = html
        .split("<dl class=\"summary-list\">")
        .nth(1)
        .and_then(|rest| rest.split("</dl>").next())
        .expect("the key facts");
    list.split("<div><dt>")
        .skip(1)
        .map(|item| {
            let (label, rest) = item.split_once("</dt><dd>").expect("a term and its value");
            let value = &rest[..rest.find("</dd>").expect("a value end")];
            let (shown, approx) = match value.split_once("<span class=\"approx\">") {
                Some((shown, approx)) => (shown, Some(common::strip_tags(approx))),
                None => (value, None),
            };
            let shown = shown.split("<span class=").next().unwrap_or(shown);
            (
                common::strip_tags(label),
                (common::strip_tags(shown), approx),
            )
        })
        .collect()
}

/// The first amount written in `text`: its digits up to the first character
/// that is neither a digit nor a separator ("about VND 3,969,004,000 at the
/// rate of …", "khoảng 3.969.004.000 ₫ theo …").
fn first_amount(text: &str) -> u64 {
    let start = text
        .find(|c: char| c.is_ascii_digit())
        .unwrap_or_else(|| panic!("no amount in {text:?}"));
    let amount: String = text[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | ' ' | '\u{a0}'))
        .collect();
    digits(&amount)
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

/// An IATI activity's budgets (amount, currency) and transactions (type,
/// date, amount, currency), in document order.
type Budgets = Vec<(u64, String)>;
type Transactions = Vec<(String, String, u64, String)>;

fn money_of(activity: &[&(String, Attributes, String)]) -> (Budgets, Transactions) {
    let (mut budgets, mut transactions) = (Vec::new(), Vec::new());
    let (mut inside, mut kind, mut date) = ("", String::new(), String::new());
    for (name, attributes, text) in activity {
        let amount = || text.parse::<u64>().expect("a whole amount");
        match name.as_str() {
            "budget" => {
                // Original budgets, each year's estimate marked indicative (issue 12).
                assert_eq!(
                    (attributes["type"].as_str(), attributes["status"].as_str()),
                    ("1", "1"),
                    "a budget that is not original and indicative"
                );
                inside = "budget";
            }
            "transaction" => inside = "transaction",
            "transaction-type" => kind.clone_from(&attributes["code"]),
            "transaction-date" => date.clone_from(&attributes["iso-date"]),
            "value" if inside == "budget" => {
                budgets.push((amount(), attributes["currency"].clone()));
            }
            "value" if inside == "transaction" => transactions.push((
                kind.clone(),
                date.clone(),
                amount(),
                attributes["currency"].clone(),
            )),
            "value" => panic!("a value outside a budget or a transaction"),
            _ => {}
        }
    }
    (budgets, transactions)
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "one walk over the projects compares four places side by side"
)]
fn every_project_has_the_same_aid_sought_committed_and_status_everywhere() {
    let data = json("projects.json");
    let projects = data["projects"].as_array().expect("projects");
    let folders = fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("content/projects"))
        .expect("the sample's projects")
        .count();
    assert_eq!(projects.len(), folders, "every project of the sample");

    let mut csv_reader =
        csv::Reader::from_path(sample().join("data/projects.csv")).expect("projects.csv");
    let header = csv_reader.headers().expect("a header").clone();
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h.trim_start_matches('\u{feff}') == name)
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
        let amount = |field: &str| {
            p[field]
                .as_u64()
                .unwrap_or_else(|| panic!("{code}: {field}"))
        };
        let open = p["open"].as_bool().expect("open");

        // The project's page in each language, in the project's currency,
        // with the base currency's figure after the aid still sought.
        for (lang, m) in &labels {
            let address = p["url"][lang]
                .as_str()
                .expect("an address")
                .trim_start_matches("https://ngo.example.gov.vn");
            let facts = key_facts(&page(sample(), address));
            let fact = |key: &str| facts.get(&m[key]).map(|(shown, _)| shown.as_str());
            assert_eq!(
                fact("measure-requested").map(digits),
                Some(requested),
                "{address}: aid sought"
            );
            assert_eq!(
                fact("fact-status"),
                Some(m[&format!("status-{status}")].as_str()),
                "{address}: status"
            );
            assert_eq!(
                fact("measure-committed").map(digits),
                Some(amount("committed")),
                "{address}: committed"
            );
            // Disbursed is shown once something is; still sought while open.
            let disbursed = amount("disbursed");
            assert_eq!(
                fact("measure-disbursed").map(digits),
                (disbursed > 0).then_some(disbursed),
                "{address}: disbursed"
            );
            let still_sought = facts.get(&m["measure-still-sought"]);
            assert_eq!(
                still_sought.map(|(shown, _)| digits(shown)),
                open.then(|| amount("still_sought")),
                "{address}: still sought"
            );
            // A figure in another currency is followed by its value in VND
            // at the latest rate: the one the totals count.
            if open && currency != "VND" {
                let approx = still_sought.and_then(|(_, approx)| approx.as_deref());
                assert_eq!(
                    approx.map(first_amount),
                    Some(amount("still_sought_base")),
                    "{address}: still sought in VND"
                );
            }
        }

        let row = &rows[code];
        assert_eq!(&row[column("currency")], currency, "{code}: CSV currency");
        assert_eq!(&row[column("status")], status, "{code}: CSV status");
        assert_eq!(
            row[column("requested")].parse::<u64>().ok(),
            Some(requested),
            "{code}: CSV aid sought"
        );
        for field in [
            "committed",
            "disbursed",
            "still_sought",
            "committed_base",
            "disbursed_base",
            "still_sought_base",
        ] {
            assert_eq!(
                row[column(field)].parse::<u64>().ok(),
                Some(amount(field)),
                "{code}: CSV {field}"
            );
        }

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
        let (budgets, transactions) = money_of(activity);
        // The budgets are the aid sought, year by year: the years the owner
        // gave, else a share of each year of the project's dates.
        assert!(
            budgets.iter().all(|(_, c)| c == currency),
            "{code}: IATI budgets in {currency}: {budgets:?}"
        );
        assert_eq!(
            budgets.iter().map(|(a, _)| a).sum::<u64>(),
            requested,
            "{code}: IATI budgets"
        );
        let years: Vec<u64> = p["budget"]["years"]
            .as_array()
            .expect("years")
            .iter()
            .map(|y| y["requested"].as_u64().expect("an amount"))
            .collect();
        if !years.is_empty() {
            let amounts: Vec<u64> = budgets.iter().map(|(a, _)| *a).collect();
            assert_eq!(amounts, years, "{code}: IATI budgets by year");
        }
        // Each commitment (type 11) and disbursement (type 12) as recorded,
        // in its own currency on its own day; projects.json's figures convert
        // them (tests/catalogue.rs works the conversion out again).
        let recorded: Transactions = p["funding"]
            .as_array()
            .expect("funding")
            .iter()
            .map(|f| {
                (
                    if f["kind"] == "committed" { "11" } else { "12" }.to_string(),
                    f["date"].as_str().expect("a date").to_string(),
                    f["amount"].as_u64().expect("an amount"),
                    f["currency"].as_str().expect("a currency").to_string(),
                )
            })
            .collect();
        assert_eq!(transactions, recorded, "{code}: IATI transactions");
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

// ---- projects.json, schema 2.0, as documented ----
//
// The shape of projects.json as projects.schema.json and the open-data page
// describe it. Every struct refuses a key it does not know, and every field,
// the optional ones included (`required`), must be there: a field added to or
// removed from the file fails this test until the test, the schema's version
// where a field goes, and the documentation change with it.

/// `Option::deserialize` makes a field that may be `null` still required.
mod required {
    use serde::{Deserialize, Deserializer};

    pub(crate) fn option<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
    where
        D: Deserializer<'de>,
        T: Deserialize<'de>,
    {
        Option::deserialize(d)
    }
}

/// A text by language code.
type ByLanguage = BTreeMap<String, String>;
type Day = chrono::NaiveDate;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProjectsFile {
    schema_version: String,
    site: String,
    base_currency: Currency,
    rates: Vec<Rate>,
    totals: Totals,
    projects: Vec<Project>,
}

#[derive(Deserialize, Debug, PartialEq, Eq, Clone, Copy)]
enum Currency {
    #[serde(rename = "VND")]
    Vnd,
    #[serde(rename = "USD")]
    Usd,
    #[serde(rename = "EUR")]
    Eur,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code, reason = "the fields are read by deserialising them")]
struct Rate {
    currency: Currency,
    per_unit: f64,
    date: Day,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Totals {
    projects: u64,
    open_projects: u64,
    withdrawn: u64,
    still_sought: u64,
    committed: u64,
    disbursed: u64,
}

#[derive(Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
enum Status {
    Seeking,
    PartlyFunded,
    Funded,
    Ongoing,
    Completed,
    Withdrawn,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code, reason = "the fields are read by deserialising them")]
struct Project {
    slug: String,
    code: String,
    #[serde(deserialize_with = "required::option")]
    iati_identifier: Option<String>,
    sector: Sector,
    localities: Vec<Locality>,
    period: Period,
    status: Status,
    owner: Organisation,
    published: Day,
    #[serde(deserialize_with = "required::option")]
    updated: Option<Day>,
    #[serde(deserialize_with = "required::option")]
    start: Option<Day>,
    #[serde(deserialize_with = "required::option")]
    end: Option<Day>,
    #[serde(deserialize_with = "required::option")]
    beneficiaries: Option<u64>,
    sdgs: Vec<u8>,
    #[serde(deserialize_with = "required::option")]
    contact: Option<Contact>,
    budget: Budget,
    open: bool,
    committed: u64,
    disbursed: u64,
    still_sought: u64,
    committed_base: u64,
    disbursed_base: u64,
    still_sought_base: u64,
    funding: Vec<Funding>,
    indicators: Vec<Indicator>,
    words: BTreeMap<String, Words>,
    url: ByLanguage,
    files: Vec<File>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code, reason = "the fields are read by deserialising them")]
struct Sector {
    key: String,
    dac: String,
    name: ByLanguage,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code, reason = "the fields are read by deserialising them")]
struct Locality {
    key: String,
    name: ByLanguage,
    parents: Vec<String>,
    #[serde(deserialize_with = "required::option")]
    until: Option<Day>,
    #[serde(deserialize_with = "required::option")]
    successor: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code, reason = "the fields are read by deserialising them")]
struct Period {
    key: String,
    from: i32,
    to: i32,
    name: ByLanguage,
}

#[derive(Deserialize)]
#[serde(rename_all = "lowercase")]
enum OrganisationKind {
    Government,
    Ngo,
    Donor,
    Un,
    Other,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code, reason = "the fields are read by deserialising them")]
struct Organisation {
    key: String,
    name: ByLanguage,
    kind: OrganisationKind,
    country: String,
    #[serde(deserialize_with = "required::option")]
    website: Option<String>,
    #[serde(deserialize_with = "required::option")]
    email: Option<String>,
    #[serde(deserialize_with = "required::option")]
    iati_ref: Option<String>,
    #[serde(deserialize_with = "required::option")]
    until: Option<Day>,
    #[serde(deserialize_with = "required::option")]
    successor: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code, reason = "the fields are read by deserialising them")]
struct Contact {
    name: String,
    #[serde(deserialize_with = "required::option")]
    email: Option<String>,
    #[serde(deserialize_with = "required::option")]
    phone: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code, reason = "the fields are read by deserialising them")]
struct Budget {
    currency: Currency,
    total: u64,
    requested: u64,
    counterpart: u64,
    years: Vec<BudgetYear>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code, reason = "the fields are read by deserialising them")]
struct BudgetYear {
    year: i32,
    requested: u64,
}

#[derive(Deserialize)]
#[serde(rename_all = "lowercase")]
enum FundingKind {
    Committed,
    Disbursed,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code, reason = "the fields are read by deserialising them")]
struct Funding {
    funder: String,
    funder_name: ByLanguage,
    kind: FundingKind,
    amount: u64,
    currency: Currency,
    date: Day,
}

#[derive(Deserialize)]
#[serde(rename_all = "lowercase")]
enum Better {
    Higher,
    Lower,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code, reason = "the fields are read by deserialising them")]
struct Indicator {
    label: ByLanguage,
    unit: ByLanguage,
    baseline: f64,
    target: f64,
    #[serde(deserialize_with = "required::option")]
    actual: Option<f64>,
    better: Better,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code, reason = "the fields are read by deserialising them")]
struct Words {
    title: String,
    summary: String,
    keywords: Vec<String>,
    body_html: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code, reason = "the fields are read by deserialising them")]
struct File {
    name: String,
    url: String,
    bytes: u64,
}

#[test]
fn projects_json_has_exactly_the_documented_shape_of_schema_2_0() {
    for out in [valid(), sample()] {
        let text = fs::read_to_string(out.join("data/projects.json")).expect("projects.json");
        let file: ProjectsFile = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{}: projects.json: {e}", out.display()));
        assert_eq!(file.schema_version, "2.0");
        assert_eq!(file.site, "https://ngo.example.gov.vn");
        assert_eq!(file.base_currency, Currency::Vnd);
        // The latest rate of each currency but the base, once each.
        let currencies: Vec<Currency> = file.rates.iter().map(|r| r.currency).collect();
        assert_eq!(currencies, [Currency::Usd, Currency::Eur]);
        assert!(file.rates.iter().all(|r| r.per_unit > 0.0));
        let schema = json_of(out, "projects.schema.json");
        assert_eq!(schema["version"], file.schema_version);
        assert_eq!(file.totals.projects, file.projects.len() as u64);
        let withdrawn = file
            .projects
            .iter()
            .filter(|p| p.status == Status::Withdrawn);
        assert_eq!(file.totals.withdrawn, withdrawn.count() as u64);
        let open = file.projects.iter().filter(|p| p.open).count() as u64;
        assert_eq!(file.totals.open_projects, open);
        // The money totals add up the projects' own figures in VND,
        // withdrawn projects aside.
        let counted = || {
            file.projects
                .iter()
                .filter(|p| p.status != Status::Withdrawn)
        };
        assert_eq!(
            file.totals.still_sought,
            counted().map(|p| p.still_sought_base).sum::<u64>()
        );
        assert_eq!(
            file.totals.committed,
            counted().map(|p| p.committed_base).sum::<u64>()
        );
        assert_eq!(
            file.totals.disbursed,
            counted().map(|p| p.disbursed_base).sum::<u64>()
        );
    }
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
