//! The open-data page: every data file with its format, size, records and last
//! change, the fields of each dataset, and a schema.org `Dataset` in JSON-LD.

use serde::Serialize;
use serde_json::json;

use super::views::In;
use crate::export::{schema_fields, Dataset, Published};
use crate::routes::Route;

#[derive(Serialize)]
pub(crate) struct OpenData {
    pub(crate) schema_version: &'static str,
    /// Whether an IATI file is published (the publisher has an `iati_ref`).
    pub(crate) iati: bool,
    pub(crate) datasets: Vec<DatasetView>,
    /// schema.org `Dataset` with a `DataDownload` per file, as JSON text.
    pub(crate) json_ld: String,
}

#[derive(Serialize)]
pub(crate) struct DatasetView {
    pub(crate) key: Dataset,
    pub(crate) files: Vec<FileRow>,
    /// The fields of one record, in the schema's order.
    pub(crate) fields: Vec<String>,
}

#[derive(Serialize)]
pub(crate) struct FileRow {
    pub(crate) url: String,
    pub(crate) name: &'static str,
    pub(crate) format: crate::export::Format,
    pub(crate) media_type: &'static str,
    pub(crate) bytes: usize,
    pub(crate) records: usize,
    pub(crate) last_change: Option<String>,
}

pub(crate) fn open_data(c: In<'_>, files: &[Published], name: &str, description: &str) -> OpenData {
    let site = c.site;
    let config = &site.config;
    let row = |f: &Published| FileRow {
        url: format!("/{}", f.path),
        name: f.path.rsplit('/').next().unwrap_or(f.path),
        format: f.format,
        media_type: f.format.media_type(),
        bytes: f.size,
        records: f.records,
        last_change: f.last_change.map(|d| d.to_string()),
    };
    let datasets = [Dataset::Projects, Dataset::Procedures, Dataset::Results]
        .into_iter()
        .map(|key| DatasetView {
            key,
            files: files.iter().filter(|f| f.dataset == key).map(row).collect(),
            fields: schema_fields(key),
        })
        .collect();
    let distribution: Vec<_> = files
        .iter()
        .map(|f| {
            json!({
                "@type": "DataDownload",
                "name": f.path.rsplit('/').next().unwrap_or(f.path),
                "encodingFormat": f.format.media_type(),
                "contentUrl": format!("{}/{}", config.base_url, f.path),
                "contentSize": format!("{} B", f.size),
            })
        })
        .collect();
    let publisher = site
        .orgs
        .get(config.publisher.get_ref())
        .map(|o| json!({"@type": "GovernmentOrganization", "name": o.name.get(c.lang).0}));
    let mut dataset = json!({
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": name,
        "description": description,
        "url": format!("{}{}", config.base_url, Route::Data.url(config, c.lang)),
        "inLanguage": config.languages.codes,
        "isAccessibleForFree": true,
        "publisher": publisher,
        "distribution": distribution,
    });
    if let Some(modified) = files.iter().filter_map(|f| f.last_change).max() {
        dataset["dateModified"] = modified.to_string().into();
    }
    if let Some(license) = &config.license {
        dataset["license"] = json!({"@type": "CreativeWork", "name": license.get(c.lang).0});
    }
    OpenData {
        schema_version: crate::export::SCHEMA_VERSION,
        iati: files
            .iter()
            .any(|f| f.format == crate::export::Format::IatiXml),
        datasets,
        json_ld: super::json_ld::json_ld(&dataset),
    }
}
