//! The "lists" sheet: the keys each drop-down list of the data sheets
//! offers, with their names in every language.

use fluent_bundle::FluentArgs;
use rust_xlsxwriter::{DataValidation, DataValidationErrorStyle, Formula, Worksheet, XlsxError};

use super::{col, message_cells, row, text_cells, write_cell, Formats};
use crate::content::project::Status;
use crate::content::texts::{LangId, Languages, Texts};
use crate::export::layout::{column_letters, every_language, own_message, Column, Field, Sheet};
use crate::export::rows::Cell;
use crate::i18n::I18n;
use crate::site::Site;

/// A list of the "lists" sheet: the keys a column may hold, with their names.
struct List {
    /// What it lists, for its header: the field whose keys it holds.
    field: Field,
    keys: Vec<(String, Vec<Cell>)>,
}

/// The keys the drop-down lists offer, each list in its own columns of the
/// "lists" sheet: a key column, a name column per language, a blank one.
pub(super) struct Lists {
    lists: Vec<List>,
    /// The columns each list takes.
    width: usize,
}

impl Lists {
    pub(super) fn of(site: &Site, i18n: &I18n) -> Lists {
        let config = &site.config;
        let languages = &config.languages;
        let named = |t: &Texts| text_cells(languages, t);
        let messages = |id: String| message_cells(i18n, languages, &id, None);
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

    pub(super) fn sheet(
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
                        formats.of(Field::SectorName),
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
    pub(super) fn validation(
        &self,
        field: Field,
        sheet: Sheet,
        lists_name: &str,
    ) -> Option<DataValidation> {
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
