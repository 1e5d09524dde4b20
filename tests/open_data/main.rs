//! Open data of the sample site and the valid fixture: JSON, CSV, IATI and the
//! pages agree; the IATI file is valid against the official 2.03 schema and
//! passes the IATI Validator's ruleset, and every code it uses exists in its
//! codelist; projects.json has exactly its documented shape.
//!
//! A module per subject: `iati`, `agreement` (the same figures everywhere),
//! `files` (CSV, JSON and the pages that offer them) and `shape` (projects.json
//! field by field). This file builds the sites they read.

#[path = "../common/mod.rs"]
mod common;

use std::collections::HashMap;
use std::fs;
use std::path::Path;

use common::{sample_site as sample, valid_site as valid};
use serde_json::Value;

fn json_of(out: &Path, name: &str) -> Value {
    let text = fs::read_to_string(out.join("data").join(name)).expect("a data file");
    serde_json::from_str(&text).expect("valid JSON")
}

fn json(name: &str) -> Value {
    json_of(sample(), name)
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

mod agreement;
mod files;
mod iati;
mod shape;
