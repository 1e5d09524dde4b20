//! `data/projects.json` and each project's own file, `data/projects/<slug>.json`,
//! from one serialisation of each record: serialised for each file, every
//! record with its words in every language, they were some 4 % of a
//! 10,000-project build.
//!
//! A record is made as pretty JSON once, at the top level. `serde_json`'s
//! pretty printer indents each line two spaces a level, and a JSON text
//! breaks lines only between its tokens (a string's line breaks are escaped),
//! so the record as it stands deeper in a file is the same bytes with each
//! line break followed by that much more indentation. The tests hold both
//! files to `serde_json::to_vec_pretty` of the whole.

use std::io;

use rayon::prelude::*;
use serde::Serialize;

use super::types::SCHEMA_VERSION;
use super::{project, projects_file};
use crate::content::types::Date;
use crate::export::file::{DataFile, Dataset, Format, Published};
use crate::site::Site;
use crate::write::{Output, WriteError};

/// Records made side by side before they are written, in order, into
/// `projects.json`: some 8 KB each, so a window holds a few megabytes.
const WINDOW: usize = 256;

/// A project's own file, around its record.
#[derive(Serialize)]
pub(super) struct ProjectFile<'s, P> {
    pub(super) schema_version: &'static str,
    pub(super) schema: &'s str,
    pub(super) project: P,
}

/// Writes `data/projects.json` and every project's file; returns what the
/// open-data page says of the former, and the paths of the latter.
pub(crate) fn write_projects(
    site: &Site,
    last_change: Option<Date>,
    output: &Output,
) -> Result<(Published, Vec<String>), WriteError> {
    let (list_head, list_tail) = around_the_last_null(&projects_file(site, ()));
    let schema = format!("{}/data/projects.schema.json", site.config.base_url);
    let (file_head, file_tail) = around_the_last_null(&ProjectFile {
        schema_version: SCHEMA_VERSION,
        schema: &schema,
        project: (),
    });
    let mut paths = Vec::with_capacity(site.projects.len());
    // The body gives back only an I/O error of `projects.json`: a project
    // file's failed write stops it and is returned after.
    let mut failed = None;
    let body = |w: &mut (dyn io::Write + Send)| -> io::Result<()> {
        w.write_all(&list_head)?;
        if site.projects.is_empty() {
            w.write_all(b"[]")?;
        } else {
            w.write_all(b"[")?;
        }
        for (n, window) in site.projects.chunks(WINDOW).enumerate() {
            let made: Vec<Result<(String, Vec<u8>), WriteError>> = window
                .par_iter()
                .enumerate()
                .map(|(i, p)| {
                    let record =
                        serde_json::to_vec_pretty(&project(site, p)).expect("a record is JSON");
                    let mut file = Vec::with_capacity(record.len() * 11 / 10 + file_head.len());
                    file.extend_from_slice(&file_head);
                    nest(&record, 1, &mut file);
                    file.extend_from_slice(&file_tail);
                    file.push(b'\n');
                    let path = format!("data/projects/{}.json", p.slug);
                    output.write(&path, &file)?;
                    // As an item of the list, two levels down.
                    let mut item = file;
                    item.clear();
                    item.extend_from_slice(if n == 0 && i == 0 {
                        b"\n    "
                    } else {
                        b",\n    "
                    });
                    nest(&record, 2, &mut item);
                    Ok((path, item))
                })
                .collect();
            for result in made {
                match result {
                    Ok((path, item)) => {
                        w.write_all(&item)?;
                        paths.push(path);
                    }
                    Err(e) => {
                        failed = Some(e);
                        return Ok(());
                    }
                }
            }
        }
        if !site.projects.is_empty() {
            w.write_all(b"\n  ]")?;
        }
        w.write_all(&list_tail)?;
        w.write_all(b"\n")
    };
    let published = DataFile {
        path: "data/projects.json",
        format: Format::Json,
        body: Box::new(body),
        last_change,
        records: site.projects.len(),
        dataset: Dataset::Projects,
    }
    .publish(output)?;
    match failed {
        Some(e) => Err(e),
        None => Ok((published, paths)),
    }
}

/// The pretty JSON of `value`, whose last field is `null`, cut around that
/// `null`: the text before a record put in its place, and after.
fn around_the_last_null(value: &impl Serialize) -> (Vec<u8>, Vec<u8>) {
    let json = serde_json::to_vec_pretty(value).expect("a file's head is JSON");
    let at = json
        .windows(4)
        .rposition(|w| w == b"null")
        .expect("the last field is null");
    (json[..at].to_vec(), json[at + 4..].to_vec())
}

/// Appends `json`, pretty JSON made at the top level, as it stands `depth`
/// levels down.
fn nest(json: &[u8], depth: usize, out: &mut Vec<u8>) {
    const INDENT: &[u8] = b"  ";
    let mut from = 0;
    for at in memchr::memchr_iter(b'\n', json) {
        out.extend_from_slice(&json[from..=at]);
        for _ in 0..depth {
            out.extend_from_slice(INDENT);
        }
        from = at + 1;
    }
    out.extend_from_slice(&json[from..]);
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::{nest, write_projects, ProjectFile};
    use crate::export::records::{project, projects_file, Records, SCHEMA_VERSION};
    use crate::write::Output;

    /// Fails with where `written` first differs from `expected`, not with
    /// both files whole (a megabyte of JSON).
    fn same(written: &[u8], expected: &[u8], what: &str) {
        if written == expected {
            return;
        }
        let at = written
            .iter()
            .zip(expected)
            .position(|(a, b)| a != b)
            .unwrap_or(written.len().min(expected.len()));
        let around = |b: &[u8]| {
            String::from_utf8_lossy(&b[at.saturating_sub(80)..(at + 80).min(b.len())]).into_owned()
        };
        panic!(
            "{what} differs at byte {at}:\nwritten:  {:?}\nexpected: {:?}",
            around(written),
            around(expected)
        );
    }

    #[test]
    fn a_nested_record_is_indented_as_serde_json_indents_it() {
        let record = serde_json::json!({ "a": [1, { "b": "x\ny" }], "c": {}, "d": [] });
        let mut nested = b"{\n  \"r\": ".to_vec();
        nest(&serde_json::to_vec_pretty(&record).unwrap(), 1, &mut nested);
        nested.extend_from_slice(b"\n}");
        assert_eq!(
            String::from_utf8(nested).unwrap(),
            serde_json::to_string_pretty(&serde_json::json!({ "r": record })).unwrap()
        );
    }

    /// Both files, written together, against each serialised whole as
    /// before: for the sample site, a fixture of every kind of project, and
    /// a site without projects.
    #[test]
    fn the_files_are_those_serde_json_writes_of_the_whole() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        for dir in [
            root.to_path_buf(),
            root.join("tests/fixtures/valid"),
            root.join("tests/fixtures/minimal"),
        ] {
            let mut found = crate::diagnostics::Diagnostics::default();
            let loaded = crate::load::load(&dir, crate::content::types::Date::today(), &mut found)
                .expect("readable")
                .expect("valid");
            let site = crate::link::link(loaded, &mut found);
            let out = tempfile::tempdir().unwrap();
            let target = out.path().join("site");
            let output = Output::begin(&target).unwrap();
            let (published, paths) = write_projects(&site, None, &output).unwrap();
            output.commit().unwrap().remove().unwrap();

            let mut whole =
                serde_json::to_vec_pretty(&projects_file(&site, Records(&site))).unwrap();
            whole.push(b'\n');
            let written = std::fs::read(target.join("data/projects.json")).unwrap();
            same(
                &written,
                &whole,
                &format!("{}: projects.json", dir.display()),
            );
            assert_eq!(published.size, whole.len());
            assert_eq!(paths.len(), site.projects.len());

            let schema = format!("{}/data/projects.schema.json", site.config.base_url);
            for (p, path) in site.projects.iter().zip(&paths) {
                let mut file = serde_json::to_vec_pretty(&ProjectFile {
                    schema_version: SCHEMA_VERSION,
                    schema: &schema,
                    project: project(&site, p),
                })
                .unwrap();
                file.push(b'\n');
                assert_eq!(path, &format!("data/projects/{}.json", p.slug));
                same(&std::fs::read(target.join(path)).unwrap(), &file, path);
            }
        }
    }
}
