//! A data file of the export: how its bytes are made, and what the open-data
//! page says of it once written.

use std::io;

use crate::content::types::Date;
use crate::write::{Output, WriteError};

/// How a data file's bytes are made: run as the file is written, so that a
/// large file goes out as it is made and is never whole in memory.
pub(super) type Body<'a> =
    Box<dyn FnOnce(&mut (dyn io::Write + Send)) -> io::Result<()> + Send + 'a>;

/// A body already made.
pub(super) fn made(bytes: Vec<u8>) -> Body<'static> {
    Box::new(move |w| w.write_all(&bytes))
}

/// One data file, not yet written.
pub(super) struct DataFile<'a> {
    /// Path under the output folder, without a leading slash: `data/projects.json`.
    pub(super) path: &'static str,
    /// What the open-data page calls its format.
    pub(super) format: Format,
    pub(super) body: Body<'a>,
    /// The last day any record in it changed, from the content's dates.
    pub(super) last_change: Option<Date>,
    /// The records it holds (rows, activities, entries).
    pub(super) records: usize,
    /// Which dataset of the open-data page it belongs to.
    pub(super) dataset: Dataset,
}

/// One data file as written: what the open-data page says of it.
#[derive(Debug)]
pub(crate) struct Published {
    /// Path under the output folder, without a leading slash: `data/projects.json`.
    pub(crate) path: &'static str,
    pub(crate) format: Format,
    /// Its size in bytes.
    pub(crate) size: usize,
    pub(crate) last_change: Option<Date>,
    pub(crate) records: usize,
    pub(crate) dataset: Dataset,
}

impl DataFile<'_> {
    /// Writes the file and keeps what is said of it.
    pub(super) fn publish(self, output: &Output) -> Result<Published, WriteError> {
        let size = output.write_with(self.path, self.body)?;
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum Format {
    Json,
    JsonSchema,
    Csv,
    IatiXml,
    /// An Excel workbook (`projects.xlsx`).
    Xlsx,
}

impl Format {
    pub(crate) fn media_type(self) -> &'static str {
        match self {
            Format::Json => "application/json",
            Format::JsonSchema => "application/schema+json",
            Format::Csv => "text/csv",
            Format::IatiXml => "application/xml",
            Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum Dataset {
    Projects,
    Procedures,
    Results,
}
