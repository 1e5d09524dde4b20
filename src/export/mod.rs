//! Open data: the same validated model as the pages, written as JSON (with its
//! JSON Schema), CSV, IATI 2.03 XML, a sitemap and robots.txt.
//!
//! The files are written before the pages, so that the open-data page can give
//! each file's size and last change, and each is written as it is made: a
//! 10,000-project site's data is over 100 MB, and none of it is held to the end.

pub mod feeds;
mod iati;
mod records;
pub mod sitemap;
mod tables;
mod xml;

use std::collections::BTreeMap;
use std::io;

use rayon::prelude::*;

use crate::config::Kind;
use crate::content::texts::LangId;
use crate::content::types::Date;
use crate::content::Entry;
use crate::diagnostics::Diagnostic;
use crate::i18n::I18n;
use crate::link::Site;
use crate::routes::entity_url;
use crate::write::Output;

pub use records::{schema_fields, SCHEMA_VERSION};
pub use tables::label_name;

/// How a data file's bytes are made: run as the file is written, so that a
/// large file goes out as it is made and is never whole in memory.
type Body<'a> = Box<dyn FnOnce(&mut dyn io::Write) -> io::Result<()> + Send + 'a>;

/// A body already made.
fn made(bytes: Vec<u8>) -> Body<'static> {
    Box::new(move |w| w.write_all(&bytes))
}

/// One data file, not yet written.
struct DataFile<'a> {
    /// Path under the output folder, without a leading slash: `data/projects.json`.
    path: &'static str,
    /// What the open-data page calls its format.
    format: Format,
    body: Body<'a>,
    /// The last day any record in it changed, from the content's dates.
    last_change: Option<Date>,
    /// The records it holds (rows, activities, entries).
    records: usize,
    /// Which dataset of the open-data page it belongs to.
    dataset: Dataset,
}

/// One data file as written: what the open-data page says of it.
#[derive(Debug)]
pub struct Published {
    /// Path under the output folder, without a leading slash: `data/projects.json`.
    pub path: &'static str,
    pub format: Format,
    /// Its size in bytes.
    pub size: usize,
    pub last_change: Option<Date>,
    pub records: usize,
    pub dataset: Dataset,
}

impl DataFile<'_> {
    /// Writes the file and keeps what is said of it.
    fn publish(self, output: &Output) -> Result<Published, Diagnostic> {
        let size = output
            .write_with(self.path, self.body)
            .map_err(|e| cannot_write(self.path, &e))?;
        Ok(Published {
            path: self.path,
            format: self.format,
            size: usize::try_from(size).unwrap_or(usize::MAX),
            last_change: self.last_change,
            records: self.records,
            dataset: self.dataset,
        })
    }
}

fn put(output: &Output, path: &str, bytes: &[u8]) -> Result<(), Diagnostic> {
    output
        .write(path, bytes)
        .map_err(|e| cannot_write(path, &e))
}

fn cannot_write(path: &str, e: &io::Error) -> Diagnostic {
    Diagnostic::error(
        path,
        format!("cannot write: {e}"),
        "check the output folder's permissions and free space",
    )
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

/// Makes and writes the open data and the crawlers' files (see below), side by
/// side: each has stretches that keep only one core busy.
pub fn write(
    site: &Site,
    i18n: &I18n,
    output: &Output,
    out: &mut Vec<Diagnostic>,
) -> (Vec<Published>, Vec<String>) {
    let ((data, data_found), (crawlers, crawlers_found)) = rayon::join(
        || {
            let mut found = Vec::new();
            (write_data_files(site, i18n, output, &mut found), found)
        },
        || {
            let mut found = Vec::new();
            (write_crawler_files(site, i18n, output, &mut found), found)
        },
    );
    out.extend(data_found);
    out.extend(crawlers_found);
    (data, crawlers)
}

/// Makes and writes every open-data file; returns them in the order the
/// open-data page lists them.
fn write_data_files(
    site: &Site,
    i18n: &I18n,
    output: &Output,
    out: &mut Vec<Diagnostic>,
) -> Vec<Published> {
    let dates = sitemap::LastChanges::new(site);
    let projects_changed = dates.of_kind(Kind::Projects);
    let procedures_changed = dates.of_kind(Kind::Procedures);
    let results_changed = dates.of_kind(Kind::Results);
    // The two big files of a large catalogue are made side by side, each written
    // and let go as soon as it is made.
    let (projects, iati) = rayon::join(
        || records::projects_json(site, projects_changed).publish(output),
        || iati::activities(site, i18n, projects_changed).map(|f| f.publish(output)),
    );
    let mut files = vec![
        projects,
        records::schema_file(Dataset::Projects, projects_changed).publish(output),
        tables::projects_csv(site, projects_changed).publish(output),
    ];
    files.extend(iati);
    let small = [
        records::procedures_json(site, procedures_changed),
        records::schema_file(Dataset::Procedures, procedures_changed),
        records::results_json(site, results_changed),
        records::schema_file(Dataset::Results, results_changed),
    ]
    .into_iter()
    .chain(tables::results_csvs(site, results_changed))
    .chain(tables::chart_csvs(site, i18n, projects_changed));
    files.extend(small.map(|f| f.publish(output)));
    written(files, out)
}

/// Makes and writes the feeds, the search indexes, each project as JSON,
/// `/sitemap.xml` and `/robots.txt`, from the same model as the open data;
/// returns their paths under the output folder.
fn write_crawler_files(
    site: &Site,
    i18n: &I18n,
    output: &Output,
    out: &mut Vec<Diagnostic>,
) -> Vec<String> {
    let languages: Vec<_> = site.config.languages.ids().collect();
    let write = |(path, bytes): (String, Vec<u8>)| put(output, &path, &bytes).map(|()| path);
    // Three jobs side by side: the search indexes, each project's JSON, and the
    // small files (the sitemap is the largest of them).
    let (search, (projects, small)) = rayon::join(
        || {
            languages
                .par_iter()
                .flat_map_iter(|lang| {
                    crate::search::files(site, *lang, &crate::search::build(site, *lang))
                })
                .map(write)
                .collect::<Vec<_>>()
        },
        || {
            rayon::join(
                || records::project_files(site).map(write).collect::<Vec<_>>(),
                || {
                    feeds::feeds(site, i18n)
                        .into_iter()
                        .map(|f| (f.url.trim_start_matches('/').to_string(), f.bytes))
                        .chain([
                            ("sitemap.xml".to_string(), sitemap::sitemap(site)),
                            ("robots.txt".to_string(), sitemap::robots(site)),
                        ])
                        .map(write)
                        .collect::<Vec<_>>()
                },
            )
        },
    );
    written(search.into_iter().chain(projects).chain(small), out)
}

/// What was written; what could not be goes to `out`.
fn written<T>(
    results: impl IntoIterator<Item = Result<T, Diagnostic>>,
    out: &mut Vec<Diagnostic>,
) -> Vec<T> {
    results
        .into_iter()
        .filter_map(|r| r.map_err(|d| out.push(d)).ok())
        .collect()
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
