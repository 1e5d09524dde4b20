//! Checking the projects sheet, row by row: each cell read as its column
//! holds it, every mistake located (sheet, cell and column) and kept, so
//! that all of them are said at once.

use std::collections::BTreeMap;

use super::cells::{self, Vocab};
use super::columns::Headers;
use super::existing::Existing;
use super::sheet::{Raw, Table};
use super::value::{place, required, Form, Value, FACTS};
use super::{Ctx, Mistake};
use crate::content::texts::LangId;
use crate::content::types::slug_problem;
use crate::content::words::MAX_SUMMARY_CHARS;
use crate::export::layout::{Column, Field, Sheet};
use crate::messages::{text, Lang, Text};

/// One row of the projects sheet, checked.
#[derive(Debug)]
pub(crate) struct ProjectRow {
    /// Where the row is, for messages: `Dự án!A12`.
    pub(crate) place: String,
    pub(crate) code: String,
    /// The folder the row names, if it names one.
    pub(crate) slug: Option<String>,
    /// Title and summary in each language (by `LangId`), where given.
    pub(crate) titles: Vec<Option<String>>,
    pub(crate) summaries: Vec<Option<String>>,
    /// The facts of the columns the sheet has; `None` for an empty cell.
    pub(crate) facts: Vec<(Field, Option<Value>)>,
}

impl ProjectRow {
    pub(crate) fn fact(&self, field: Field) -> Option<&Value> {
        self.facts
            .iter()
            .find(|(f, _)| *f == field)
            .and_then(|(_, v)| v.as_ref())
    }
}

/// What a cell gave.
#[derive(Debug)]
pub(crate) enum Got<T> {
    /// The sheet has no such column, or the cell is wrong (and that was said).
    Nothing,
    /// The cell is empty.
    Empty,
    Value(T),
}

impl<T> Got<T> {
    pub(crate) fn value(self) -> Option<T> {
        match self {
            Got::Value(v) => Some(v),
            Got::Nothing | Got::Empty => None,
        }
    }
}

/// Reads a cell of `table`, locating what is wrong with it.
pub(crate) struct RowReader<'a, 'c> {
    pub(crate) ctx: &'a Ctx<'c>,
    pub(crate) table: &'a Table,
    pub(crate) headers: &'a Headers,
    pub(crate) row: usize,
}

impl RowReader<'_, '_> {
    /// The cell of a column, `None` when the sheet has no such column.
    pub(crate) fn raw(&self, field: Field, lang: Option<LangId>) -> Option<&Raw> {
        let col = self.headers.at(field, lang)?;
        Some(self.table.cell(self.row, col))
    }

    /// `Dự án!F12 (Lĩnh vực)`; the row's first cell for a missing column.
    pub(crate) fn at(&self, field: Field, lang: Option<LangId>) -> String {
        let column = Column { field, lang };
        match self.headers.at(field, lang) {
            Some(col) => format!(
                "{}!{} ({})",
                self.table.name,
                self.table.address(self.row, col),
                self.ctx.label(&column)
            ),
            None => format!("{}!{}", self.table.name, self.table.address(self.row, 0)),
        }
    }

    /// Reads a cell with `read`; an empty cell of a column every row needs,
    /// or a missing column, is a mistake said with `needed` (who needs it).
    pub(crate) fn read<T>(
        &self,
        field: Field,
        lang: Option<LangId>,
        needed: Option<&Text>,
        read: impl FnOnce(&Raw) -> cells::Read<T>,
        mistakes: &mut Vec<Mistake>,
    ) -> Got<T> {
        let lang_said = self.ctx.lang;
        let Some(raw) = self.raw(field, lang) else {
            if let Some(needed) = needed {
                let column = self.ctx.label(&Column { field, lang });
                let said = text!(
                    "import-missing-column",
                    column = column,
                    what = needed.clone()
                );
                mistakes.push(Mistake::new(self.at(field, lang), said.render(lang_said)));
            }
            return Got::Nothing;
        };
        match read(raw) {
            Ok(Some(v)) => Got::Value(v),
            Ok(None) => {
                if let Some(needed) = needed {
                    let said = text!("import-empty", what = needed.clone());
                    mistakes.push(Mistake::new(self.at(field, lang), said.render(lang_said)));
                }
                Got::Empty
            }
            Err(e) => {
                mistakes.push(Mistake::new(self.at(field, lang), e));
                Got::Nothing
            }
        }
    }
}

/// The vocabularies the key columns are read with.
pub(crate) struct Vocabs {
    sectors: Vocab,
    localities: Vocab,
    periods: Vocab,
    statuses: Vocab,
    pub(crate) organisations: Vocab,
    pub(crate) currencies: Vocab,
    pub(crate) kinds: Vocab,
    pub(crate) directions: Vocab,
}

impl Vocabs {
    pub(crate) fn new(ctx: &Ctx<'_>) -> Vocabs {
        Vocabs {
            sectors: Vocab::sectors(ctx),
            localities: Vocab::localities(ctx),
            periods: Vocab::periods(ctx),
            statuses: Vocab::statuses(ctx),
            organisations: Vocab::organisations(ctx),
            currencies: Vocab::currencies(ctx),
            kinds: Vocab::kinds(ctx),
            directions: Vocab::directions(ctx),
        }
    }

    /// The vocabulary of a key column.
    fn of(&self, field: Field) -> Option<&Vocab> {
        Some(match field {
            Field::Sector => &self.sectors,
            Field::Localities => &self.localities,
            Field::Period => &self.periods,
            Field::Status => &self.statuses,
            Field::Owner | Field::Donor => &self.organisations,
            Field::Currency => &self.currencies,
            Field::FundingKind => &self.kinds,
            Field::Better => &self.directions,
            _ => return None,
        })
    }
}

/// Reads the fact of `field` in a row.
fn fact(r: &RowReader<'_, '_>, vocabs: &Vocabs, field: Field, raw: &Raw) -> cells::Read<Value> {
    let lang = r.ctx.lang;
    let Some((_, form)) = place(field) else {
        return Ok(None);
    };
    if let Some(vocab) = vocabs.of(field) {
        // A key column left empty may be filled in by its name column.
        let raw = if raw.is_empty() {
            name_cell(r, field).unwrap_or(raw)
        } else {
            raw
        };
        return if form == Form::Keys {
            vocab.several(raw, lang).map(|k| k.map(Value::Keys))
        } else {
            vocab.one(raw, lang).map(|k| k.map(Value::Text))
        };
    }
    Ok(match form {
        Form::Day => cells::day(raw, lang)?.map(Value::Day),
        Form::Money => cells::whole(raw, lang)?.map(Value::Money),
        Form::Whole => cells::whole(raw, lang)?.map(Value::Whole),
        Form::Numbers => cells::goals(raw, lang)?.map(Value::Numbers),
        _ => cells::text(raw).map(Value::Text),
    })
}

/// The first filled name cell of a key column, in any language.
fn name_cell<'t>(r: &'t RowReader<'_, '_>, key: Field) -> Option<&'t Raw> {
    let names = [
        Field::SectorName,
        Field::LocalityNames,
        Field::PeriodName,
        Field::StatusName,
        Field::OwnerName,
        Field::DonorName,
    ];
    let name = names.into_iter().find(|n| n.name_of() == Some(key))?;
    r.ctx
        .site
        .config
        .languages
        .ids()
        .filter_map(|lang| r.raw(name, Some(lang)))
        .find(|raw| !raw.is_empty())
}

/// Checks every row of the projects sheet.
pub(crate) fn projects(
    ctx: &Ctx<'_>,
    table: &Table,
    headers: &Headers,
    existing: &Existing,
    mistakes: &mut Vec<Mistake>,
) -> Vec<ProjectRow> {
    let vocabs = Vocabs::new(ctx);
    let (always, new) = (text!("import-needed-always"), text!("import-needed-new"));
    let mut rows: Vec<ProjectRow> = Vec::new();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut folders: BTreeMap<String, usize> = BTreeMap::new();
    for row in 1..table.rows.len() {
        if table.rows[row].iter().all(Raw::is_empty) {
            continue;
        }
        let r = RowReader {
            ctx,
            table,
            headers,
            row,
        };
        let Got::Value(code) = r.read(
            Field::Code,
            None,
            Some(&always),
            |raw| Ok(cells::text(raw)),
            mistakes,
        ) else {
            continue;
        };
        // A second row of a code is still read, so that all its mistakes are said.
        let twice = seen.get(&code).copied();
        if let Some(first) = twice {
            let said = text!("import-twice", value = &code, row = first);
            mistakes.push(Mistake::new(r.at(Field::Code, None), said.render(ctx.lang)));
        } else {
            seen.insert(code.clone(), table.row_number(row));
        }
        let known = existing.slug_of(&code);
        let slug = folder(&r, &code, known, existing, &mut folders, mistakes);
        let needed = if known.is_some() { &always } else { &new };
        let (titles, summaries) = words(&r, known.is_none(), mistakes);
        let mut facts = Vec::new();
        for field in FACTS.into_iter().filter(|f| *f != Field::Code) {
            let must = required(field).then_some(needed);
            let must = if known.is_some() && r.raw(field, None).is_none() {
                None
            } else {
                must
            };
            match r.read(
                field,
                None,
                must,
                |raw| fact(&r, &vocabs, field, raw),
                mistakes,
            ) {
                Got::Value(value) => facts.push((field, Some(value))),
                Got::Empty => facts.push((field, None)),
                Got::Nothing => {}
            }
        }
        facts.insert(0, (Field::Code, Some(Value::Text(code.clone()))));
        let project = ProjectRow {
            place: format!("{}!{}", table.name, table.address(row, 0)),
            code,
            slug,
            titles,
            summaries,
            facts,
        };
        agree(&r, &project, mistakes);
        if twice.is_none() {
            rows.push(project);
        }
    }
    rows
}

/// The folder a row names: it must be a folder name, new projects may not
/// take one that holds another project, and a project never moves.
fn folder(
    r: &RowReader<'_, '_>,
    code: &str,
    known: Option<&str>,
    existing: &Existing,
    folders: &mut BTreeMap<String, usize>,
    mistakes: &mut Vec<Mistake>,
) -> Option<String> {
    let lang = r.ctx.lang;
    let slug = r.raw(Field::Slug, None).and_then(cells::text)?;
    let at = r.at(Field::Slug, None);
    let reserved = r.ctx.site.config.reserved_slugs();
    let problem = if slug_problem(&slug).is_some() {
        Some(text!("import-slug-chars"))
    } else if reserved.contains(&slug.as_str()) {
        Some(text!("import-slug-reserved"))
    } else {
        None
    };
    if let Some(why) = problem {
        let said = text!("import-bad-slug", value = &slug, why = why);
        mistakes.push(Mistake::new(at, said.render(lang)));
        return None;
    }
    match (known, existing.code_of(&slug)) {
        (Some(folder), _) if folder != slug => {
            let said = text!("import-folder-fixed", code = code, folder = folder);
            mistakes.push(Mistake::new(at, said.render(lang)));
            return None;
        }
        (None, Some(other)) => {
            let said = text!("import-folder-taken", value = &slug, code = other);
            mistakes.push(Mistake::new(at, said.render(lang)));
            return None;
        }
        _ => {}
    }
    if let Some(first) = folders.insert(slug.clone(), r.table.row_number(r.row)) {
        let said = text!("import-twice", value = &slug, row = first);
        mistakes.push(Mistake::new(at, said.render(lang)));
        return None;
    }
    Some(slug)
}

/// Title and summary in each language; a new project needs them in the
/// default language.
fn words(
    r: &RowReader<'_, '_>,
    new: bool,
    mistakes: &mut Vec<Mistake>,
) -> (Vec<Option<String>>, Vec<Option<String>>) {
    let languages = &r.ctx.site.config.languages;
    let new_needs = text!("import-needed-new");
    let mut titles = Vec::new();
    let mut summaries = Vec::new();
    for lang in languages.ids() {
        let needed = (new && lang == languages.default).then_some(&new_needs);
        let text = |raw: &Raw| Ok(cells::text(raw));
        titles.push(
            r.read(Field::Title, Some(lang), needed, text, mistakes)
                .value(),
        );
        let summary = r
            .read(Field::Summary, Some(lang), needed, text, mistakes)
            .value();
        if let Some(s) = &summary {
            let count = s.chars().count();
            if count > MAX_SUMMARY_CHARS {
                let said = text!("import-too-long", count = count, max = MAX_SUMMARY_CHARS);
                mistakes.push(Mistake::new(
                    r.at(Field::Summary, Some(lang)),
                    said.render(r.ctx.lang),
                ));
            }
        }
        summaries.push(summary);
    }
    (titles, summaries)
}

/// The facts of one row agree: the end after the start, the update not
/// before the publication, the budget's parts within its total, a contact
/// with a name.
fn agree(r: &RowReader<'_, '_>, p: &ProjectRow, mistakes: &mut Vec<Mistake>) {
    let lang = r.ctx.lang;
    let day = |f| match p.fact(f) {
        Some(Value::Day(d)) => Some(*d),
        _ => None,
    };
    let money = |f| match p.fact(f) {
        Some(Value::Money(n)) => Some(*n),
        _ => None,
    };
    if let (Some(start), Some(end)) = (day(Field::Start), day(Field::End)) {
        if end <= start {
            let said = text!(
                "import-end-before-start",
                end = end.to_string(),
                start = start.to_string()
            );
            mistakes.push(Mistake::new(r.at(Field::End, None), said.render(lang)));
        }
    }
    if let (Some(published), Some(updated)) = (day(Field::Published), day(Field::Updated)) {
        if updated < published {
            let said = text!(
                "import-updated-before",
                updated = updated.to_string(),
                published = published.to_string()
            );
            mistakes.push(Mistake::new(r.at(Field::Updated, None), said.render(lang)));
        }
    }
    if let Some(0) = money(Field::Total) {
        mistakes.push(Mistake::new(
            r.at(Field::Total, None),
            text!("import-zero").render(lang),
        ));
    } else if let (Some(total), Some(requested), Some(counterpart)) = (
        money(Field::Total),
        money(Field::Requested),
        money(Field::Counterpart),
    ) {
        let sum = requested.saturating_add(counterpart);
        if sum > total {
            let said = text!(
                "import-over-total",
                sum = amount(lang, sum),
                total = amount(lang, total)
            );
            mistakes.push(Mistake::new(r.at(Field::Total, None), said.render(lang)));
        }
    }
    let has = |f| p.fact(f).is_some();
    let named_column = r.raw(Field::ContactName, None).is_some();
    if named_column
        && !has(Field::ContactName)
        && (has(Field::ContactEmail) || has(Field::ContactPhone))
    {
        mistakes.push(Mistake::new(
            r.at(Field::ContactName, None),
            text!("import-contact-without-name").render(lang),
        ));
    }
}

/// An amount as a spreadsheet in the language shows it: 4.800.000.000 in
/// Vietnamese, 4,800,000,000 in English.
fn amount(lang: Lang, n: u64) -> String {
    let separator = match lang {
        Lang::Vi => ".",
        Lang::En => ",",
    };
    crate::diagnostics::grouped(n).replace('_', separator)
}

/// Whether `sheet`'s header has the code column, without which no row can
/// be known.
pub(crate) fn has_codes(headers: &Headers) -> bool {
    headers.at(Field::Code, None).is_some() && headers.sheet != Sheet::ReadMe
}
