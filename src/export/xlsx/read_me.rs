//! The "read me" sheet: what the workbook is, the figures' definitions,
//! today's totals and what each sheet holds, in every language.

use fluent_bundle::FluentArgs;
use rust_xlsxwriter::{Worksheet, XlsxError};

use super::{col, message_cells, row, text_cells, write_cell, Formats};
use crate::content::texts::{Languages, Texts};
use crate::content::types::Date;
use crate::export::layout::{every_language, own_message, Field, Sheet};
use crate::export::rows::Cell;
use crate::figures::totals::Totals;
use crate::i18n::I18n;
use crate::routes::Route;
use crate::site::Site;

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
        text_cells(self.languages(), t)
    }

    /// An interface message, a cell per language.
    fn message(&self, id: &str, args: Option<&FluentArgs<'_>>) -> Vec<Cell> {
        message_cells(self.i18n, self.languages(), id, args)
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
pub(super) fn read_me(
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
                Cell::Day(_) => Field::Published,
                _ => Field::Summary,
            };
            write_cell(&mut ws, row(r), col(i + 1), cell, formats.of(field))?;
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

fn count(n: usize) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
}
