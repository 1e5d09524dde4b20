//! Reading the file: a workbook (.xlsx, .ods, through calamine) or a CSV
//! file, as tables of raw cells that know where they are in the sheet.

use std::path::Path;

use calamine::{open_workbook_auto, Data, Reader};
use chrono::NaiveDate;

use crate::messages::{text, Lang};

/// One cell as the file has it, before any checking.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Raw {
    Empty,
    Text(String),
    Number(f64),
    Day(NaiveDate),
    /// A formula's error, a time without a day: nothing the import can read.
    Bad(String),
}

impl Raw {
    pub(crate) fn is_empty(&self) -> bool {
        match self {
            Raw::Empty => true,
            Raw::Text(t) => t.trim().is_empty(),
            _ => false,
        }
    }

    /// As the staff see it, for messages.
    pub(crate) fn shown(&self) -> String {
        match self {
            Raw::Empty => String::new(),
            Raw::Text(t) | Raw::Bad(t) => t.trim().to_string(),
            Raw::Number(n) => n.to_string(),
            Raw::Day(d) => d.to_string(),
        }
    }
}

/// One sheet (or the CSV file): its rows, the header first.
#[derive(Debug)]
pub(crate) struct Table {
    /// The sheet's name in the file; for a CSV file, the file's name.
    pub(crate) name: String,
    pub(crate) rows: Vec<Vec<Raw>>,
    /// Where the first row and column are in the sheet, from 0: a sheet's
    /// used cells may start below or right of A1.
    pub(crate) first_row: usize,
    pub(crate) first_col: usize,
}

impl Table {
    /// The cell's address in the sheet: `F12`.
    pub(crate) fn address(&self, row: usize, col: usize) -> String {
        format!(
            "{}{}",
            crate::export::layout::column_letters(self.first_col + col),
            self.first_row + row + 1
        )
    }

    /// The row's number as the spreadsheet shows it.
    pub(crate) fn row_number(&self, row: usize) -> usize {
        self.first_row + row + 1
    }

    pub(crate) fn cell(&self, row: usize, col: usize) -> &Raw {
        self.rows
            .get(row)
            .and_then(|r| r.get(col))
            .unwrap_or(&Raw::Empty)
    }
}

/// Reads every sheet of `path`; a message (exit status 2) when the file
/// cannot be read as a workbook or a CSV file.
pub(crate) fn read(path: &Path, lang: Lang) -> Result<Vec<Table>, String> {
    let file = path.display().to_string();
    let cannot = |why: String| text!("import-cannot-read", file = &file, why = why).render(lang);
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "csv" | "txt" => {
            let bytes = std::fs::read(path).map_err(|e| cannot(e.to_string()))?;
            let text = String::from_utf8(bytes)
                .map_err(|_| cannot(text!("import-not-utf8").render(lang)))?;
            let name = path
                .file_name()
                .map_or_else(|| file.clone(), |n| n.to_string_lossy().into_owned());
            Ok(vec![
                csv_table(name, &text).map_err(|e| cannot(e.to_string()))?
            ])
        }
        "xlsx" | "xlsm" | "ods" | "xls" | "xlsb" => {
            let mut book = open_workbook_auto(path).map_err(|e| cannot(e.to_string()))?;
            let names = book.sheet_names();
            let mut tables = Vec::new();
            for name in names {
                let range = book
                    .worksheet_range(&name)
                    .map_err(|e| cannot(e.to_string()))?;
                let (first_row, first_col) = range.start().map_or((0, 0), |(r, c)| {
                    (
                        usize::try_from(r).unwrap_or(0),
                        usize::try_from(c).unwrap_or(0),
                    )
                });
                let rows = range.rows().map(|r| r.iter().map(raw).collect()).collect();
                tables.push(Table {
                    name,
                    rows,
                    first_row,
                    first_col,
                });
            }
            Ok(tables)
        }
        _ => Err(cannot(text!("import-kind-of-file").render(lang))),
    }
}

fn raw(data: &Data) -> Raw {
    match data {
        Data::Empty => Raw::Empty,
        Data::String(s) => Raw::Text(s.clone()),
        #[allow(
            clippy::cast_precision_loss,
            reason = "a cell's whole number is far below 2^53"
        )]
        Data::Int(n) => Raw::Number(*n as f64),
        Data::Float(x) => Raw::Number(*x),
        Data::Bool(b) => Raw::Text(b.to_string()),
        Data::DateTime(dt) if dt.is_datetime() => {
            let (y, m, d, ..) = dt.to_ymd_hms_milli();
            NaiveDate::from_ymd_opt(i32::from(y), u32::from(m), u32::from(d))
                .map_or_else(|| Raw::Bad(dt.to_string()), Raw::Day)
        }
        Data::DateTimeIso(s) => s
            .get(..10)
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            .map_or_else(|| Raw::Bad(s.clone()), Raw::Day),
        Data::DateTime(dt) => Raw::Bad(dt.to_string()),
        Data::DurationIso(s) => Raw::Bad(s.clone()),
        Data::Error(e) => Raw::Bad(e.to_string()),
    }
}

/// A CSV file as one table: comma-, semicolon- or tab-separated, whichever
/// the header line uses most (Excel uses `;` where `,` is the decimal mark).
fn csv_table(name: String, text: &str) -> Result<Table, csv::Error> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let header = text.lines().next().unwrap_or_default();
    let delimiter = [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| header.bytes().filter(|b| b == d).count())
        .unwrap_or(b',');
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record?;
        rows.push(
            record
                .iter()
                .map(|c| {
                    if c.is_empty() {
                        Raw::Empty
                    } else {
                        Raw::Text(c.to_string())
                    }
                })
                .collect(),
        );
    }
    Ok(Table {
        name,
        rows,
        first_row: 0,
        first_col: 0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_semicolon_csv_with_a_byte_order_mark() {
        let table = csv_table("a.csv".into(), "\u{feff}code;sector\r\nX-1;\"a;b\"\r\n").unwrap();
        assert_eq!(
            table.rows,
            vec![
                vec![Raw::Text("code".into()), Raw::Text("sector".into())],
                vec![Raw::Text("X-1".into()), Raw::Text("a;b".into())],
            ]
        );
        assert_eq!(table.address(1, 1), "B2");
    }
}
