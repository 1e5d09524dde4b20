//! The IATI file: valid against the official 2.03 schema, passes the IATI Validator's
//! ruleset, uses only codes of its codelists, names the language of each narrative, and is
//! not published without the publisher's IATI reference.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use crate::common::xml::elements;
use crate::common::{build_ok, page};
use crate::{json_of, sample, valid};

fn iati_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/iati");
    assert!(
        dir.join("iati-activities-schema.xsd").is_file(),
        "the IATI 2.03 schema is expected at {}",
        dir.display()
    );
    dir
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
        .env("SOURCE_DATE_EPOCH", crate::common::TODAY_EPOCH)
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

#[test]
fn without_the_publishers_iati_reference_no_iati_file_is_published() {
    let site = crate::common::Scratch::copy_of("minimal");
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
