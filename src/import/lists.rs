//! Checking the funding, indicators and years sheets: each row is one entry
//! of `[[funding]]`, `[[indicators]]` or `[[budget.years]]` of the project
//! whose code is in its code column, a project of the projects sheet.

use std::collections::{BTreeMap, BTreeSet};

use super::cells;
use super::columns::Headers;
use super::rows::{Got, RowReader, Vocabs};
use super::sheet::{Raw, Table};
use super::value::{Entry, List, Value};
use super::{Ctx, Mistake};
use crate::export::layout::{Field, Sheet};
use crate::messages::text;

/// A sheet's entries by project code, in the sheet's order.
pub(crate) type Entries = BTreeMap<String, Vec<Entry>>;

pub(crate) fn sheet(list: List) -> Sheet {
    match list {
        List::Funding => Sheet::Funding,
        List::Indicators => Sheet::Indicators,
        List::Years => Sheet::Years,
    }
}

/// Checks every row of a list's sheet; `codes` are the projects sheet's.
pub(crate) fn entries(
    ctx: &Ctx<'_>,
    list: List,
    table: &Table,
    headers: &Headers,
    codes: &BTreeSet<String>,
    projects_sheet: &str,
    mistakes: &mut Vec<Mistake>,
) -> Entries {
    let vocabs = Vocabs::new(ctx);
    let mut entries = Entries::new();
    let needed = text!("import-needed-entry");
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
        let before = mistakes.len();
        let code = r
            .read(
                Field::Code,
                None,
                Some(&needed),
                |raw| Ok(cells::text(raw)),
                mistakes,
            )
            .value();
        let entry = match list {
            List::Funding => funding(&r, &vocabs, mistakes),
            List::Indicators => indicator(&r, &vocabs, mistakes),
            List::Years => year(&r, mistakes),
        };
        let Some(code) = code else { continue };
        if !codes.contains(&code) {
            let said = text!(
                "import-unknown-project",
                value = &code,
                sheet = projects_sheet
            );
            mistakes.push(Mistake::new(r.at(Field::Code, None), said.render(ctx.lang)));
            continue;
        }
        if mistakes.len() == before {
            entries.entry(code).or_default().push(entry);
        }
    }
    entries
}

fn funding(r: &RowReader<'_, '_>, vocabs: &Vocabs, mistakes: &mut Vec<Mistake>) -> Entry {
    let lang = r.ctx.lang;
    let entry_needs = text!("import-needed-entry");
    let needed = Some(&entry_needs);
    let mut entry = Entry::new();
    let donor = r.read(
        Field::Donor,
        None,
        needed,
        |raw| vocabs.organisations.one(raw, lang),
        mistakes,
    );
    let kind = r.read(
        Field::FundingKind,
        None,
        needed,
        |raw| vocabs.kinds.one(raw, lang),
        mistakes,
    );
    let amount = r.read(
        Field::Amount,
        None,
        needed,
        |raw| cells::whole(raw, lang),
        mistakes,
    );
    if let Got::Value(0) = amount {
        mistakes.push(Mistake::new(
            r.at(Field::Amount, None),
            text!("import-zero").render(lang),
        ));
    }
    let currency = r.read(
        Field::Currency,
        None,
        needed,
        |raw| vocabs.currencies.one(raw, lang),
        mistakes,
    );
    let date = r.read(
        Field::Date,
        None,
        needed,
        |raw| cells::day(raw, lang),
        mistakes,
    );
    if let (Got::Value(d), Got::Value(k), Got::Value(a), Got::Value(c), Got::Value(t)) =
        (donor, kind, amount, currency, date)
    {
        entry.extend([
            ("donor", Value::Text(d)),
            ("kind", Value::Text(k)),
            ("amount", Value::Money(a)),
            ("currency", Value::Text(c)),
            ("date", Value::Day(t)),
        ]);
    }
    entry
}

fn indicator(r: &RowReader<'_, '_>, vocabs: &Vocabs, mistakes: &mut Vec<Mistake>) -> Entry {
    let lang = r.ctx.lang;
    let languages = &r.ctx.site.config.languages;
    let entry_needs = text!("import-needed-entry");
    let needed = Some(&entry_needs);
    let texts = |field: Field, mistakes: &mut Vec<Mistake>| -> Value {
        let mut texts = Vec::new();
        for l in languages.ids() {
            let must = (l == languages.default).then_some(&entry_needs);
            if let Got::Value(t) =
                r.read(field, Some(l), must, |raw| Ok(cells::text(raw)), mistakes)
            {
                texts.push((languages.code(l).to_string(), t));
            }
        }
        Value::Texts(texts)
    };
    let mut entry: Entry = vec![
        ("label", texts(Field::Label, mistakes)),
        ("unit", texts(Field::Unit, mistakes)),
    ];
    for (key, field, must) in [
        ("baseline", Field::Baseline, needed),
        ("target", Field::Target, needed),
        ("actual", Field::Actual, None),
    ] {
        if let Got::Value(x) = r.read(field, None, must, |raw| cells::measure(raw, lang), mistakes)
        {
            entry.push((key, Value::Measure(x)));
        }
    }
    if let Got::Value(better) = r.read(
        Field::Better,
        None,
        None,
        |raw| vocabs.directions.one(raw, lang),
        mistakes,
    ) {
        if better != "higher" {
            entry.push(("better", Value::Text(better)));
        }
    }
    entry
}

fn year(r: &RowReader<'_, '_>, mistakes: &mut Vec<Mistake>) -> Entry {
    let lang = r.ctx.lang;
    let entry_needs = text!("import-needed-entry");
    let needed = Some(&entry_needs);
    let year = r.read(
        Field::Year,
        None,
        needed,
        |raw| {
            let shown = raw.shown();
            match cells::whole(raw, lang) {
                Ok(Some(y)) if (1900..=2200).contains(&y) => Ok(Some(y)),
                Ok(None) => Ok(None),
                _ => Err(text!("import-not-a-year", value = shown).render(lang)),
            }
        },
        mistakes,
    );
    let requested = r.read(
        Field::Requested,
        None,
        needed,
        |raw| cells::whole(raw, lang),
        mistakes,
    );
    match (year, requested) {
        (Got::Value(y), Got::Value(n)) => {
            vec![("year", Value::Whole(y)), ("requested", Value::Money(n))]
        }
        _ => Entry::new(),
    }
}
