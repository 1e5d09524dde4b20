//! Open data: the same validated model as the pages, written as JSON (with its
//! JSON Schema), CSV, IATI 2.03 XML, a sitemap and robots.txt.
//!
//! The files are written before the pages, so that the open-data page can give
//! each file's size and last change, and each is written as it is made: a
//! 10,000-project site's data is over 100 MB, and none of it is held to the end.

pub(crate) mod feeds;
mod file;
mod iati;
pub(crate) mod layout;
mod records;
mod rows;
pub(crate) mod sitemap;
mod tables;
mod xlsx;
mod xml;

use crate::content::Kind;
use crate::i18n::I18n;
use crate::site::Site;
use crate::write::{Output, WriteError};

pub(crate) use file::{Dataset, Format, Published};
pub(crate) use records::{schema_fields, SCHEMA_VERSION};

/// What the export wrote: the open-data files, in the order the open-data
/// page lists them, and the crawlers' files by path under the output folder.
pub(crate) struct Exported {
    pub(crate) files: Vec<Published>,
    pub(crate) crawlers: Vec<String>,
}

/// Makes and writes the open data and the crawlers' files (see below), side by
/// side: each has stretches that keep only one core busy.
pub(crate) fn write(site: &Site, i18n: &I18n, output: &Output) -> Result<Exported, WriteError> {
    let (files, crawlers) = rayon::join(
        || write_data_files(site, i18n, output),
        || write_crawler_files(site, i18n, output),
    );
    let (files, project_files) = files?;
    let mut crawlers = crawlers?;
    crawlers.extend(project_files);
    Ok(Exported { files, crawlers })
}

/// Makes and writes every open-data file, with each project's own file
/// (made from the same records as `projects.json`); returns them in the
/// order the open-data page lists them, and the paths of the projects' files.
fn write_data_files(
    site: &Site,
    i18n: &I18n,
    output: &Output,
) -> Result<(Vec<Published>, Vec<String>), WriteError> {
    let dates = sitemap::LastChanges::new(site);
    let projects_changed = dates.of_kind(Kind::Projects);
    let procedures_changed = dates.of_kind(Kind::Procedures);
    let results_changed = dates.of_kind(Kind::Results);
    // The big files of a large catalogue are made side by side, each
    // written and let go as soon as it is made; the workbook, the longest
    // to make and made on one thread, first.
    let (workbook, (projects, (iati, table))) = rayon::join(
        || xlsx::projects_xlsx(site, i18n, projects_changed).publish(output),
        || {
            rayon::join(
                || records::write_projects(site, projects_changed, output),
                || {
                    rayon::join(
                        || {
                            iati::activities(site, i18n, projects_changed)
                                .map(|f| f.publish(output))
                        },
                        || tables::projects_csv(site, i18n, projects_changed).publish(output),
                    )
                },
            )
        },
    );
    let (projects, project_files) = projects?;
    let mut files = vec![
        projects,
        records::schema_file(Dataset::Projects, projects_changed).publish(output)?,
        table?,
        workbook?,
    ];
    files.extend(iati.transpose()?);
    let small = [
        records::procedures_json(site, procedures_changed),
        records::schema_file(Dataset::Procedures, procedures_changed),
        records::results_json(site, results_changed),
        records::schema_file(Dataset::Results, results_changed),
    ]
    .into_iter()
    .chain(tables::results_csvs(site, results_changed))
    .chain(tables::chart_csvs(site, i18n, projects_changed));
    for file in small {
        files.push(file.publish(output)?);
    }
    Ok((files, project_files))
}

/// Makes and writes the feeds, the search indexes, `/sitemap.xml` and
/// `/robots.txt`, from the same model as the open data;
/// returns their paths under the output folder.
fn write_crawler_files(
    site: &Site,
    i18n: &I18n,
    output: &Output,
) -> Result<Vec<String>, WriteError> {
    let languages: Vec<_> = site.config.languages.ids().collect();
    let write = |(path, bytes): (String, Vec<u8>)| output.write(&path, &bytes).map(|()| path);
    // Two jobs side by side: the search indexes, and the small files (the
    // sitemap is the largest of them).
    let (search, small) = rayon::join(
        || {
            // One language after the other: the indexes of a 10,000-project
            // site made side by side held some 80 MB at once, the peak of
            // the build, while the data files keep the other core busy.
            let mut paths = Vec::new();
            for lang in &languages {
                let index = crate::search::build(site, *lang);
                paths.extend(crate::search::write_files(
                    site,
                    *lang,
                    &index,
                    &|path, bytes| output.write(path, bytes),
                )?);
            }
            Ok(paths)
        },
        || {
            let mut paths = feeds::feeds(site, i18n)
                .into_iter()
                .map(|f| (f.url.trim_start_matches('/').to_string(), f.bytes))
                .map(write)
                .collect::<Result<Vec<_>, _>>()?;
            output.write_with("sitemap.xml", |out| sitemap::sitemap(out, site))?;
            paths.push("sitemap.xml".to_string());
            paths.push(write(("robots.txt".to_string(), sitemap::robots(site)))?);
            Ok(paths)
        },
    );
    Ok(search?.into_iter().chain(small?).collect())
}
