//! `/data/projects.xlsx`: the catalogue as a workbook, for NGOs who want a
//! spreadsheet and for staff who keep the catalogue in one (`minhbach import`
//! reads it back; an empty copy is the template in `docs/`).
//!
//! Its sheets and columns are `layout`'s; its cells are `rows`'s, from the
//! same facts and figures as `projects.json`. The same content gives the same
//! bytes: the file's creation date is the content's last change, never the
//! clock.

use std::io;

use fluent_bundle::FluentArgs;

use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, FormatAlign, Url, Workbook, Worksheet, XlsxError,
};

mod lists;
mod read_me;

use lists::Lists;
use read_me::read_me;

use super::file::{DataFile, Dataset, Format as FileFormat};
use super::layout::{own_message, Field, Shape, Sheet};
use super::rows::{for_each_row, Cell};
use crate::content::texts::{Languages, Texts};
use crate::content::types::Date;
use crate::i18n::I18n;
use crate::site::Site;

/// Rows below the last project that still offer the drop-down lists, for
/// the staff who add projects to the workbook.
const ROWS_TO_FILL: u32 = 1000;

pub(crate) fn projects_xlsx<'s>(
    site: &'s Site,
    i18n: &'s I18n,
    last_change: Option<Date>,
) -> DataFile<'s> {
    DataFile {
        path: "data/projects.xlsx",
        format: FileFormat::Xlsx,
        body: Box::new(move |w| workbook(site, i18n, last_change, w).map_err(io::Error::other)),
        last_change,
        records: site.projects.len(),
        dataset: Dataset::Projects,
    }
}

/// The formats of the workbook's cells.
struct Formats {
    header: Format,
    day: Format,
    money: Format,
    count: Format,
    year: Format,
    words: Format,
}

impl Formats {
    fn new() -> Formats {
        Formats {
            header: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Top)
                .set_background_color(Color::RGB(0x00DD_E8F3)),
            day: Format::new().set_num_format("yyyy-mm-dd"),
            money: Format::new().set_num_format("#,##0"),
            count: Format::new().set_num_format("#,##0"),
            year: Format::new().set_num_format("0"),
            words: Format::new().set_text_wrap().set_align(FormatAlign::Top),
        }
    }

    /// The format of a field's cells: words wrap, days and amounts show as
    /// such; keys, measures and links keep the default.
    fn of(&self, field: Field) -> Option<&Format> {
        match field.shape() {
            Shape::Words => Some(&self.words),
            Shape::Day => Some(&self.day),
            Shape::Money => Some(&self.money),
            Shape::Count if field == Field::Year => Some(&self.year),
            Shape::Count => Some(&self.count),
            Shape::Measure | Shape::Link | Shape::Key => None,
        }
    }
}

/// Writes the workbook into `out` as it is made: made in memory first, its
/// 7.5 MB at 10,000 projects took 25 MB as the buffer grew.
pub(crate) fn workbook(
    site: &Site,
    i18n: &I18n,
    last_change: Option<Date>,
    out: &mut (dyn io::Write + Send),
) -> Result<(), XlsxError> {
    let config = &site.config;
    let default = config.languages.default;
    let formats = Formats::new();
    let mut book = Workbook::new();
    let day = last_change.map_or(ExcelDateTime::from_ymd(1980, 1, 1), excel_day)?;
    book.set_properties(
        &DocProperties::new()
            .set_title(config.name.get(default).0)
            .set_author(
                site.orgs
                    .get(config.publisher.get_ref())
                    .map_or("", |o| o.name.get(default).0),
            )
            .set_creation_datetime(&day),
    );
    let lists_name = Sheet::Lists.name(i18n, default);
    let lists = Lists::of(site, i18n);
    // The data sheets of a 10,000-project catalogue held some 130 MB as
    // cells: in "constant memory" mode each row goes to a temporary file as
    // it is written (the sheets are written row by row, in order).
    for sheet in [
        Sheet::Projects,
        Sheet::Funding,
        Sheet::Indicators,
        Sheet::Years,
    ] {
        let ws = book.add_worksheet_with_constant_memory();
        data_sheet(ws, site, i18n, sheet, &formats, &lists, &lists_name)?;
    }
    book.push_worksheet(read_me(site, i18n, last_change, &formats)?);
    let mut ws = lists.sheet(&config.languages, i18n, &formats)?;
    ws.set_name(&lists_name)?;
    book.push_worksheet(ws);
    book.save_to_writer(out)
}

fn excel_day(d: Date) -> Result<ExcelDateTime, XlsxError> {
    use chrono::Datelike;
    let d = d.0;
    let (Ok(year), Ok(month), Ok(day)) = (
        u16::try_from(d.year()),
        u8::try_from(d.month()),
        u8::try_from(d.day()),
    ) else {
        return Err(XlsxError::DateTimeRangeError(d.to_string()));
    };
    ExcelDateTime::from_ymd(year, month, day)
}

/// A text of the content or of site.toml, a cell per language (empty
/// where it has none).
fn text_cells(languages: &Languages, t: &Texts) -> Vec<Cell> {
    languages
        .ids()
        .map(|l| {
            if t.has(l) {
                Cell::Text(t.get(l).0.to_string())
            } else {
                Cell::Empty
            }
        })
        .collect()
}

/// An interface message in each language's own words, a cell per language
/// (empty where that language lacks it).
fn message_cells(
    i18n: &I18n,
    languages: &Languages,
    id: &str,
    args: Option<&FluentArgs<'_>>,
) -> Vec<Cell> {
    languages
        .ids()
        .map(|l| own_message(i18n, l, id, args).map_or(Cell::Empty, Cell::Text))
        .collect()
}

fn col(i: usize) -> u16 {
    u16::try_from(i).unwrap_or(u16::MAX)
}

fn row(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

/// One data sheet: the header, frozen, with an autofilter; a row per entry;
/// drop-down lists on the key columns.
fn data_sheet(
    ws: &mut Worksheet,
    site: &Site,
    i18n: &I18n,
    sheet: Sheet,
    formats: &Formats,
    lists: &Lists,
    lists_name: &str,
) -> Result<(), XlsxError> {
    let languages = &site.config.languages;
    let base = site.config.money.base.code();
    let columns = sheet.columns(languages);
    ws.set_name(sheet.name(i18n, languages.default))?;
    for (i, c) in columns.iter().enumerate() {
        ws.write_string_with_format(0, col(i), c.header(i18n, languages, base), &formats.header)?;
        ws.set_column_width(col(i), width(c.field))?;
        // Set once on the column, not on each cell: a cell written with its
        // own format costs a hash of the whole format, which was 2.5 % of a
        // 1,000-project build. The rows left for staff to fill take it too.
        if let Some(format) = formats.of(c.field) {
            ws.set_column_format(col(i), format)?;
        }
    }
    ws.set_row_height(0, 48)?;
    let mut written = 0;
    for_each_row(site, i18n, sheet, &columns, |cells| {
        written += 1;
        for (i, cell) in cells.iter().enumerate() {
            // Its format is the column's (set above).
            write_cell(ws, row(written), col(i), cell, None)?;
        }
        Ok::<(), XlsxError>(())
    })?;
    let last_col = col(columns.len().saturating_sub(1));
    ws.set_freeze_panes(1, 1)?;
    ws.autofilter(0, 0, row(written), last_col)?;
    let last_row = row(written) + ROWS_TO_FILL;
    for (i, c) in columns.iter().enumerate() {
        if let Some(validation) = lists.validation(c.field, sheet, lists_name) {
            ws.add_data_validation(1, col(i), last_row, col(i), &validation)?;
        }
    }
    Ok(())
}

fn width(field: Field) -> f64 {
    match field {
        Field::Title | Field::Summary | Field::Label => 48.0,
        Field::Code | Field::Slug => 24.0,
        _ => match field.shape() {
            Shape::Words | Shape::Link => 36.0,
            Shape::Money => 18.0,
            Shape::Key => 16.0,
            Shape::Day | Shape::Count | Shape::Measure => 12.0,
        },
    }
}

/// Writes `cell` with `format`; `None` leaves the cell to its column's
/// format, if any.
fn write_cell(
    ws: &mut Worksheet,
    r: u32,
    c: u16,
    cell: &Cell,
    format: Option<&Format>,
) -> Result<(), XlsxError> {
    #[allow(
        clippy::cast_precision_loss,
        reason = "amounts and counts far below 2^53 are exact as spreadsheet numbers"
    )]
    let number = |n: u64| n as f64;
    match (cell, format) {
        (Cell::Empty, _) => {}
        (Cell::Text(t), Some(f)) => {
            ws.write_string_with_format(r, c, t, f)?;
        }
        (Cell::Text(t), None) => {
            ws.write_string(r, c, t)?;
        }
        (Cell::Whole(n), Some(f)) => {
            ws.write_number_with_format(r, c, number(*n), f)?;
        }
        (Cell::Whole(n), None) => {
            ws.write_number(r, c, number(*n))?;
        }
        (Cell::Measure(x), _) => {
            ws.write_number(r, c, *x)?;
        }
        (Cell::Day(d), Some(f)) => {
            ws.write_datetime_with_format(r, c, excel_day(*d)?, f)?;
        }
        (Cell::Day(d), None) => {
            ws.write_datetime(r, c, excel_day(*d)?)?;
        }
        (Cell::Link(url), _) => {
            ws.write_url(r, c, Url::new(url))?;
        }
    }
    Ok(())
}
