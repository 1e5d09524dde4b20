//! CSV files: one row per project, and one per results table. UTF-8 with a
//! byte-order mark, because without it Excel reads Vietnamese as mojibake.

use super::file::{made, DataFile, Dataset, Format};
use super::layout::Sheet;
use super::rows::{for_each_row, Cell};
use crate::content::results::{ResultsFacts, Slice};
use crate::content::texts::Texts;
use crate::content::types::Date;
use crate::content::Entry;
use crate::figures::tables::Unit;
use crate::i18n::I18n;
use crate::site::Site;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Writes `header` and `rows` as RFC 4180 CSV after a byte-order mark.
fn csv_bytes(header: &[String], rows: &[Vec<String>]) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(BOM.to_vec());
    // Writing to memory cannot fail; rows all have the header's length.
    writer.write_record(header).expect("CSV in memory");
    for row in rows {
        writer.write_record(row).expect("CSV in memory");
    }
    writer.into_inner().expect("CSV in memory")
}

fn opt<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

/// One column per language: `title_vi`, `title_en`.
fn per_language(site: &Site, name: &str) -> Vec<String> {
    site.config
        .languages
        .codes
        .iter()
        .map(|code| format!("{name}_{code}"))
        .collect()
}

/// A text in each language; empty where it has none in that language.
fn texts(site: &Site, texts: &Texts) -> Vec<String> {
    site.config
        .languages
        .ids()
        .map(|lang| {
            if texts.has(lang) {
                texts.get(lang).0.to_string()
            } else {
                String::new()
            }
        })
        .collect()
}

/// One row per project, with the columns of the workbook's projects sheet
/// under their keys: every key column has its name columns beside it, one
/// per language (`sector`, `sector_name_vi`, `sector_name_en`).
pub(crate) fn projects_csv<'s>(
    site: &'s Site,
    i18n: &'s I18n,
    last_change: Option<Date>,
) -> DataFile<'s> {
    let columns = Sheet::Projects.columns(&site.config.languages);
    let header: Vec<String> = columns
        .iter()
        .map(|c| c.key(&site.config.languages))
        .collect();
    DataFile {
        path: "data/projects.csv",
        format: Format::Csv,
        // Row by row into the file: a 10,000-project catalogue's rows and
        // their CSV held at once came to some 40 MB.
        body: Box::new(move |w| {
            w.write_all(BOM)?;
            let mut writer = csv::WriterBuilder::new()
                .terminator(csv::Terminator::CRLF)
                .from_writer(w);
            writer.write_record(&header)?;
            for_each_row(site, i18n, Sheet::Projects, &columns, |cells| {
                writer.write_record(cells.iter().map(Cell::plain))
            })?;
            writer.flush()
        }),
        last_change,
        // A row per project.
        records: site.projects.len(),
        dataset: Dataset::Projects,
    }
}

/// One row per entry of a report's breakdown, named in every language.
fn slice_rows<'s, K: AsRef<str>>(
    site: &Site,
    report: &Entry<ResultsFacts>,
    rows: &'s [Slice<K>],
    name: impl Fn(&'s K) -> &'s Texts,
) -> Vec<Vec<String>> {
    let currency = report.facts.committed.currency.code();
    rows.iter()
        .map(|s| {
            let mut row = vec![report.slug.as_str().to_string(), s.key.as_ref().to_string()];
            row.extend(texts(site, name(&s.key)));
            row.extend([
                s.projects.to_string(),
                s.committed.amount.to_string(),
                currency.to_string(),
            ]);
            row
        })
        .collect()
}

/// `results.csv` (one row per report) and one file per breakdown table.
pub(crate) fn results_csvs(site: &Site, last_change: Option<Date>) -> Vec<DataFile<'static>> {
    let config = &site.config;
    let mut header: Vec<String> = [
        "report",
        "kind",
        "from",
        "to",
        "published",
        "projects",
        "committed",
        "disbursed",
        "currency",
    ]
    .map(String::from)
    .to_vec();
    header.extend(per_language(site, "title"));
    let reports: Vec<Vec<String>> = site
        .results
        .iter()
        .map(|r| {
            let f = &r.facts;
            let mut row = vec![
                r.slug.as_str().to_string(),
                f.kind.key().to_string(),
                f.from.to_string(),
                f.to.to_string(),
                f.published.to_string(),
                f.projects.to_string(),
                f.committed.amount.to_string(),
                opt(f.disbursed.map(|m| m.amount)),
                f.committed.currency.code().to_string(),
            ];
            row.extend(config.languages.ids().map(|lang| {
                r.words[lang.0]
                    .as_ref()
                    .map(|w| w.title.clone())
                    .unwrap_or_default()
            }));
            row
        })
        .collect();

    let slice_header = |key: &str| {
        let mut h = vec!["report".to_string(), key.to_string()];
        h.extend(per_language(site, "name"));
        h.extend(["projects", "committed", "currency"].map(String::from));
        h
    };
    let by_sector: Vec<Vec<String>> = site
        .results
        .iter()
        .flat_map(|r| slice_rows(site, r, &r.facts.by_sector, |k| &config.sectors[k].name))
        .collect();
    let by_locality: Vec<Vec<String>> = site
        .results
        .iter()
        .flat_map(|r| {
            slice_rows(site, r, &r.facts.by_locality, |k| {
                &config.localities[k].name
            })
        })
        .collect();
    let file = |path, header: Vec<String>, rows: Vec<Vec<String>>| DataFile {
        path,
        format: Format::Csv,
        body: made(csv_bytes(&header, &rows)),
        last_change,
        records: rows.len(),
        dataset: Dataset::Results,
    };
    vec![
        file("data/results.csv", header, reports),
        file(
            "data/results-by-sector.csv",
            slice_header("sector"),
            by_sector,
        ),
        file(
            "data/results-by-locality.csv",
            slice_header("locality"),
            by_locality,
        ),
    ]
}

/// One CSV per chart of the results page, with the chart's own numbers.
pub(crate) fn chart_csvs(
    site: &Site,
    i18n: &I18n,
    last_change: Option<Date>,
) -> Vec<DataFile<'static>> {
    crate::figures::tables::tables(site)
        .into_iter()
        .map(|table| {
            let mut header = vec!["key".to_string()];
            header.extend(per_language(site, "name"));
            header.extend(table.series.iter().map(|s| (*s).to_string()));
            if matches!(table.unit, Unit::Money(_)) {
                header.push("currency".into());
            }
            let rows: Vec<Vec<String>> = table
                .rows
                .iter()
                .map(|row| {
                    let mut cells = vec![row.label.key()];
                    cells.extend(
                        site.config
                            .languages
                            .ids()
                            .map(|lang| row.label.name(site, i18n, lang)),
                    );
                    cells.extend(row.values.iter().map(u64::to_string));
                    if let Unit::Money(currency) = table.unit {
                        cells.push(currency.code().to_string());
                    }
                    cells
                })
                .collect();
            DataFile {
                path: table.csv,
                format: Format::Csv,
                body: made(csv_bytes(&header, &rows)),
                last_change,
                records: rows.len(),
                dataset: Dataset::Results,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::csv_bytes;

    #[test]
    fn starts_with_a_byte_order_mark_and_quotes_as_rfc_4180() {
        let bytes = csv_bytes(
            &["a".into(), "b".into()],
            &[vec!["Đà Bắc, \"Hòa Bình\"".into(), "2".into()]],
        );
        assert_eq!(
            String::from_utf8(bytes).unwrap(),
            "\u{feff}a,b\r\n\"Đà Bắc, \"\"Hòa Bình\"\"\",2\r\n"
        );
    }
}
