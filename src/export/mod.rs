//! Open data: the same validated model as the pages, written as JSON (with its
//! JSON Schema), CSV, IATI 2.03 XML, a sitemap and robots.txt.
//!
//! The files are made before the pages so that the open-data page can give each
//! file's size and last change.

pub mod feeds;
mod iati;
mod records;
pub mod sitemap;
mod tables;
mod xml;

use std::collections::BTreeMap;

use crate::config::Kind;
use crate::content::texts::LangId;
use crate::content::types::Date;
use crate::content::Entry;
use crate::i18n::I18n;
use crate::link::Site;
use crate::routes::entity_url;

pub use records::{schema_fields, SCHEMA_VERSION};
pub use tables::label_name;

/// One published data file.
#[derive(Debug)]
pub struct DataFile {
    /// Path under the output folder, without a leading slash: `data/projects.json`.
    pub path: &'static str,
    /// What the open-data page calls its format.
    pub format: Format,
    pub bytes: Vec<u8>,
    /// The last day any record in it changed, from the content's dates.
    pub last_change: Option<Date>,
    /// The records it holds (rows, activities, entries).
    pub records: usize,
    /// Which dataset of the open-data page it belongs to.
    pub dataset: Dataset,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    Json,
    JsonSchema,
    Csv,
    IatiXml,
}

impl Format {
    pub fn media_type(self) -> &'static str {
        match self {
            Format::Json => "application/json",
            Format::JsonSchema => "application/schema+json",
            Format::Csv => "text/csv",
            Format::IatiXml => "application/xml",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Dataset {
    Projects,
    Procedures,
    Results,
}

/// Every open-data file, in the order the open-data page lists them.
pub fn data_files(site: &Site, i18n: &I18n) -> Vec<DataFile> {
    let dates = sitemap::LastChanges::new(site);
    let projects_changed = dates.of_kind(Kind::Projects);
    let procedures_changed = dates.of_kind(Kind::Procedures);
    let results_changed = dates.of_kind(Kind::Results);
    // The two big files of a large catalogue are made side by side.
    let (projects, iati) = rayon::join(
        || records::projects_json(site, projects_changed),
        || iati::activities(site, i18n, projects_changed),
    );
    let mut files = vec![
        projects,
        records::schema_file(Dataset::Projects, projects_changed),
        tables::projects_csv(site, projects_changed),
    ];
    files.extend(iati);
    files.extend([
        records::procedures_json(site, procedures_changed),
        records::schema_file(Dataset::Procedures, procedures_changed),
        records::results_json(site, results_changed),
        records::schema_file(Dataset::Results, results_changed),
    ]);
    files.extend(tables::results_csvs(site, results_changed));
    files.extend(tables::chart_csvs(site, i18n, projects_changed));
    files
}

/// The feeds, the search indexes, each project as JSON, `/sitemap.xml` and
/// `/robots.txt`: made from the same model as the open data. Paths are relative to the output folder.
pub fn crawler_files(site: &Site, i18n: &I18n) -> Vec<(String, Vec<u8>)> {
    use rayon::prelude::*;
    let languages: Vec<_> = site.config.languages.ids().collect();
    let search: Vec<(String, Vec<u8>)> = languages
        .par_iter()
        .flat_map_iter(|lang| crate::search::files(site, *lang, &crate::search::build(site, *lang)))
        .collect();
    let projects = records::project_files(site);
    let mut files: Vec<(String, Vec<u8>)> = feeds::feeds(site, i18n)
        .into_iter()
        .map(|f| (f.url.trim_start_matches('/').to_string(), f.bytes))
        .collect();
    files.extend(search);
    files.extend(projects);
    files.push(("sitemap.xml".into(), sitemap::sitemap(site)));
    files.push(("robots.txt".into(), sitemap::robots(site)));
    files
}

/// An entity's absolute address in every language, by language code.
fn addresses<F, X>(site: &Site, entry: &Entry<F, X>) -> BTreeMap<String, String> {
    let config = &site.config;
    config
        .languages
        .ids()
        .map(|lang| {
            (
                config.languages.code(lang).to_string(),
                absolute(site, entry.kind, entry.slug.as_str(), lang),
            )
        })
        .collect()
}

fn absolute(site: &Site, kind: Kind, slug: &str, lang: LangId) -> String {
    format!(
        "{}{}",
        site.config.base_url,
        entity_url(&site.config, kind, slug, lang)
    )
}
