//! projects.json, schema 2.0, has exactly its documented shape.

use std::collections::BTreeMap;
use std::fs;

use serde::Deserialize;

use crate::{json_of, sample, valid};

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
