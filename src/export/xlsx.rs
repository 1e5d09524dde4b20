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
    Color, DataValidation, DataValidationErrorStyle, DocProperties, ExcelDateTime, Format,
    FormatAlign, Formula, Url, Workbook, Worksheet, XlsxError,
};

use super::file::{DataFile, Dataset, Format as FileFormat};
use super::layout::{column_letters, every_language, own_message, Column, Field, Shape, Sheet};
use super::rows::{for_each_row, Cell};
use crate::content::project::Status;
use crate::content::texts::{LangId, Languages, Texts};
use crate::content::types::Date;
use crate::figures::totals::Totals;
use crate::i18n::I18n;
use crate::routes::Route;
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
}

/// The whole workbook, in memory.
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

fn count(n: usize) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
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
    }
    ws.set_row_height(0, 48)?;
    let mut written = 0;
    for_each_row(site, i18n, sheet, &columns, |cells| {
        written += 1;
        for (i, (cell, c)) in cells.iter().zip(&columns).enumerate() {
            write_cell(ws, row(written), col(i), cell, c.field, formats)?;
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

fn write_cell(
    ws: &mut Worksheet,
    r: u32,
    c: u16,
    cell: &Cell,
    field: Field,
    formats: &Formats,
) -> Result<(), XlsxError> {
    #[allow(
        clippy::cast_precision_loss,
        reason = "amounts and counts far below 2^53 are exact as spreadsheet numbers"
    )]
    let number = |n: u64| n as f64;
    match cell {
        Cell::Empty => {}
        Cell::Text(t) if field.shape() == Shape::Words => {
            ws.write_string_with_format(r, c, t, &formats.words)?;
        }
        Cell::Text(t) => {
            ws.write_string(r, c, t)?;
        }
        Cell::Whole(n) => {
            let format = match field {
                Field::Year => &formats.year,
                _ if field.shape() == Shape::Money => &formats.money,
                _ => &formats.count,
            };
            ws.write_number_with_format(r, c, number(*n), format)?;
        }
        Cell::Measure(x) => {
            ws.write_number(r, c, *x)?;
        }
        Cell::Day(d) => {
            ws.write_datetime_with_format(r, c, excel_day(*d)?, &formats.day)?;
        }
        Cell::Link(url) => {
            ws.write_url(r, c, Url::new(url))?;
        }
    }
    Ok(())
}

/// A line of the "read me" sheet: what it is, then a cell per language (or
/// a value).
type Line = (String, Vec<Cell>);

/// The words of the "read me" sheet.
struct ReadMe<'s> {
    site: &'s Site,
    i18n: &'s I18n,
}

impl ReadMe<'_> {
    fn languages(&self) -> &Languages {
        &self.site.config.languages
    }

    /// An interface message in every language, for the first column.
    fn label(&self, id: &str) -> String {
        every_language(self.languages(), |l| own_message(self.i18n, l, id, None))
    }

    /// A text of site.toml, a cell per language.
    fn texts(&self, t: &Texts) -> Vec<Cell> {
        self.languages()
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

    /// An interface message, a cell per language.
    fn message(&self, id: &str, args: Option<&FluentArgs<'_>>) -> Vec<Cell> {
        self.languages()
            .ids()
            .map(|l| own_message(self.i18n, l, id, args).map_or(Cell::Empty, Cell::Text))
            .collect()
    }

    /// The portal, its publisher, the date of the data, the licence and
    /// the "How we count" page.
    fn about(&self, last_change: Option<Date>) -> Vec<Line> {
        let config = &self.site.config;
        let mut lines = vec![(self.label("workbook-readme-site"), self.texts(&config.name))];
        if let Some(publisher) = self.site.orgs.get(config.publisher.get_ref()) {
            lines.push((
                self.label("workbook-readme-publisher"),
                self.texts(&publisher.name),
            ));
        }
        lines.push((
            self.label("workbook-readme-as-of"),
            vec![last_change.map_or(Cell::Empty, Cell::Day)],
        ));
        let licence = config
            .license
            .as_ref()
            .map_or_else(|| self.message("data-no-licence", None), |t| self.texts(t));
        lines.push((self.label("data-licence"), licence));
        let pages = self
            .languages()
            .ids()
            .map(|l| {
                Cell::Link(format!(
                    "{}{}",
                    config.base_url,
                    Route::Figures.url(config, l)
                ))
            })
            .collect();
        lines.push((self.label("totals-how"), pages));
        lines
    }

    /// The definitions of the figures as on the "How we count" page, the
    /// rates and today's totals.
    fn figures(&self) -> Vec<Line> {
        let money = &self.site.config.money;
        let base = money.base.code();
        let mut args = FluentArgs::new();
        args.set("currency", base);
        let definition = self.label("workbook-readme-definition");
        let mut lines: Vec<Line> = [
            "count-intro",
            "count-projects",
            "count-open",
            "count-requested",
            "count-committed",
            "count-disbursed",
            "count-still-sought",
            "count-withdrawn",
            "count-totals",
            "count-rates-intro",
        ]
        .into_iter()
        .map(|id| (definition.clone(), self.message(id, Some(&args))))
        .collect();
        let rates = self.label("count-rates");
        lines.extend(money.lines().map(|(currency, rate)| {
            let value = format!("1 {} = {} {base}", currency.code(), rate.per_unit);
            (rates.clone(), vec![Cell::Text(value), Cell::Day(rate.date)])
        }));
        let totals = Totals::of(
            self.site.projects.iter().map(|p| &p.facts.figures),
            money.base,
        );
        let now = self.label("count-now");
        lines.extend(
            [
                ("measure-projects", count(totals.projects)),
                ("measure-open-projects", count(totals.open_projects)),
                ("measure-still-sought", totals.still_sought.amount),
                ("measure-committed", totals.committed.amount),
                ("measure-disbursed", totals.disbursed.amount),
            ]
            .map(|(id, value)| {
                (
                    format!("{} ({now})", self.label(id)),
                    vec![Cell::Whole(value)],
                )
            }),
        );
        lines
    }

    /// What each sheet holds.
    fn sheets(&self) -> Vec<Line> {
        Sheet::ALL
            .iter()
            .map(|sheet| {
                let id = format!("workbook-about-{}", sheet_id(*sheet));
                (
                    sheet.name(self.i18n, self.languages().default),
                    self.message(&id, None),
                )
            })
            .collect()
    }
}

/// The "read me" sheet: what the workbook is, the date of its data, the
/// licence, the definitions of the figures as on the "How we count" page,
/// the rates, today's totals and what each sheet holds.
fn read_me(
    site: &Site,
    i18n: &I18n,
    last_change: Option<Date>,
    formats: &Formats,
) -> Result<Worksheet, XlsxError> {
    let words = ReadMe { site, i18n };
    let mut ws = Worksheet::new();
    ws.set_name(Sheet::ReadMe.name(i18n, site.config.languages.default))?;
    ws.set_column_width(0, 28)?;
    for i in 0..site.config.languages.codes.len() {
        ws.set_column_width(col(i + 1), 60)?;
    }
    let lines = [words.about(last_change), words.figures(), words.sheets()].concat();
    for (r, (head, cells)) in lines.iter().enumerate() {
        ws.write_string_with_format(row(r), 0, head, &formats.header)?;
        for (i, cell) in cells.iter().enumerate() {
            let field = match cell {
                Cell::Whole(_) => Field::Total,
                _ => Field::Summary,
            };
            write_cell(&mut ws, row(r), col(i + 1), cell, field, formats)?;
        }
    }
    Ok(ws)
}

fn sheet_id(sheet: Sheet) -> &'static str {
    match sheet {
        Sheet::Projects => "projects",
        Sheet::Funding => "funding",
        Sheet::Indicators => "indicators",
        Sheet::Years => "years",
        Sheet::ReadMe => "read-me",
        Sheet::Lists => "lists",
    }
}

/// A list of the "lists" sheet: the keys a column may hold, with their names.
struct List {
    /// What it lists, for its header: the field whose keys it holds.
    field: Field,
    keys: Vec<(String, Vec<Cell>)>,
}

/// The keys the drop-down lists offer, each list in its own columns of the
/// "lists" sheet: a key column, a name column per language, a blank one.
struct Lists {
    lists: Vec<List>,
    /// The columns each list takes.
    width: usize,
}

impl Lists {
    fn of(site: &Site, i18n: &I18n) -> Lists {
        let config = &site.config;
        let languages = &config.languages;
        let named = |t: &Texts| -> Vec<Cell> {
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
        };
        let messages = |id: String| -> Vec<Cell> {
            languages
                .ids()
                .map(|l| own_message(i18n, l, &id, None).map_or(Cell::Empty, Cell::Text))
                .collect()
        };
        let list = |field, keys| List { field, keys };
        let lists = vec![
            list(
                Field::Sector,
                config
                    .sectors
                    .iter()
                    .map(|(k, s)| (k.as_str().to_string(), named(&s.name)))
                    .collect(),
            ),
            list(
                Field::Localities,
                config
                    .localities
                    .iter()
                    .map(|(k, l)| (k.as_str().to_string(), named(&l.name)))
                    .collect(),
            ),
            list(
                Field::Period,
                config
                    .periods
                    .iter()
                    .map(|(k, p)| (k.as_str().to_string(), named(&p.name)))
                    .collect(),
            ),
            list(
                Field::Status,
                Status::ALL
                    .iter()
                    .map(|s| (s.key().to_string(), messages(format!("status-{}", s.key()))))
                    .collect(),
            ),
            list(
                Field::Owner,
                site.orgs
                    .iter()
                    .map(|(k, o)| (k.as_str().to_string(), named(&o.name)))
                    .collect(),
            ),
            list(
                Field::Currency,
                currencies(site)
                    .into_iter()
                    .map(|c| (c.to_string(), Vec::new()))
                    .collect(),
            ),
            list(
                Field::FundingKind,
                ["committed", "disbursed"]
                    .into_iter()
                    .map(|k| (k.to_string(), messages(format!("funding-{k}"))))
                    .collect(),
            ),
            list(
                Field::Better,
                ["higher", "lower"]
                    .into_iter()
                    .map(|k| (k.to_string(), messages(format!("workbook-better-{k}"))))
                    .collect(),
            ),
        ];
        Lists {
            lists,
            width: languages.codes.len() + 2,
        }
    }

    fn sheet(
        &self,
        languages: &Languages,
        i18n: &I18n,
        formats: &Formats,
    ) -> Result<Worksheet, XlsxError> {
        let mut ws = Worksheet::new();
        let base = "";
        for (i, list) in self.lists.iter().enumerate() {
            let first = i * self.width;
            let key = Column {
                field: list.field,
                lang: None,
            };
            ws.write_string_with_format(
                0,
                col(first),
                key.header(i18n, languages, base),
                &formats.header,
            )?;
            ws.set_column_width(col(first), 22)?;
            for lang in languages.ids() {
                let name = name_header(i18n, languages, lang);
                ws.write_string_with_format(0, col(first + 1 + lang.0), name, &formats.header)?;
                ws.set_column_width(col(first + 1 + lang.0), 32)?;
            }
            for (r, (k, names)) in list.keys.iter().enumerate() {
                ws.write_string(row(r + 1), col(first), k)?;
                for (i, name) in names.iter().enumerate() {
                    write_cell(
                        &mut ws,
                        row(r + 1),
                        col(first + 1 + i),
                        name,
                        Field::SectorName,
                        formats,
                    )?;
                }
            }
        }
        ws.set_row_height(0, 48)?;
        ws.set_freeze_panes(1, 0)?;
        Ok(ws)
    }

    /// The drop-down list of a column, when it has one: keys from the
    /// "lists" sheet. Places take several keys, so a key not in the list
    /// only warns there.
    fn validation(&self, field: Field, sheet: Sheet, lists_name: &str) -> Option<DataValidation> {
        let wanted = match (sheet, field) {
            (Sheet::Funding, Field::Donor) => Field::Owner,
            (Sheet::Projects | Sheet::Funding, Field::Currency) => Field::Currency,
            (Sheet::Years, _) => return None,
            (_, f) => f,
        };
        let at = self.lists.iter().position(|l| l.field == wanted)?;
        let list = &self.lists[at];
        if list.keys.is_empty() {
            return None;
        }
        let letter = column_letters(at * self.width);
        let sheet_ref = format!("'{}'", lists_name.replace('\'', "''"));
        let formula = format!("={sheet_ref}!${letter}$2:${letter}${}", list.keys.len() + 1);
        let style = if field == Field::Localities {
            DataValidationErrorStyle::Warning
        } else {
            DataValidationErrorStyle::Stop
        };
        Some(
            DataValidation::new()
                .allow_list_formula(Formula::new(formula))
                .set_error_style(style),
        )
    }
}

/// The header of a name column of the "lists" sheet.
fn name_header(i18n: &I18n, languages: &Languages, of: LangId) -> String {
    let mut args = FluentArgs::new();
    args.set("lang", languages.code(of).to_string());
    every_language(languages, |l| {
        own_message(i18n, l, "workbook-col-name", Some(&args))
    })
}

/// The currencies a project may use: the base and those with a rate.
fn currencies(site: &Site) -> Vec<&'static str> {
    let money = &site.config.money;
    let mut codes: Vec<&'static str> = std::iter::once(money.base.code())
        .chain(money.latest().map(|(c, _)| c.code()))
        .collect();
    codes.sort_unstable();
    codes.dedup();
    codes
}
