//! A results report as its page shows it: its totals in its own currency,
//! each converted figure named as such, and breakdowns that add up.

use serde::Serialize;

use super::base::{entry, EntryView, In};
use crate::content::money::At;
use crate::content::results::{ResultsFacts, Slice};
use crate::content::texts::{Localized, Texts};
use crate::content::types::{Date, Money};
use crate::content::Entry;

#[derive(Serialize)]
pub struct SliceView<'a> {
    pub name: Localized<'a>,
    pub projects: u64,
    pub committed: Money,
}

/// A breakdown with the rows the report gives, the part it leaves out (a
/// province-wide programme, a figure not reported by place) and the totals
/// the rows and the rest add up to.
#[derive(Serialize)]
pub struct Breakdown<'a> {
    pub rows: Vec<SliceView<'a>>,
    /// What the rows leave of the totals, when anything.
    pub rest: Option<Rest>,
    pub total_projects: u64,
    pub total_committed: Money,
}

#[derive(Serialize)]
pub struct Rest {
    pub projects: u64,
    pub committed: Money,
}

/// An amount converted into the base currency, with the date of the rate.
#[derive(Serialize)]
pub struct Converted {
    pub amount: Money,
    pub date: Date,
}

#[derive(Serialize)]
pub struct ReportView<'a> {
    #[serde(flatten)]
    pub entry: EntryView<'a>,
    pub kind: &'static str,
    pub from: Date,
    pub to: Date,
    pub published: Date,
    pub projects: u64,
    pub committed: Money,
    pub disbursed: Option<Money>,
    /// `committed` in the base currency at the rate of the period's end,
    /// when the report is in another currency.
    pub committed_converted: Option<Converted>,
    pub disbursed_converted: Option<Converted>,
    pub by_sector: Option<Breakdown<'a>>,
    pub by_locality: Option<Breakdown<'a>>,
}

fn breakdown<'a, K>(
    c: In<'a>,
    f: &ResultsFacts,
    slices: &'a [Slice<K>],
    name: impl Fn(&'a K) -> &'a Texts,
) -> Option<Breakdown<'a>> {
    if slices.is_empty() {
        return None;
    }
    let projects: u64 = slices.iter().map(|s| s.projects).sum();
    let committed: u64 = slices.iter().map(|s| s.committed.amount).sum();
    // Validation makes sure the rows never exceed the totals.
    let rest = Rest {
        projects: f.projects.saturating_sub(projects),
        committed: Money::new(
            f.committed.amount.saturating_sub(committed),
            f.committed.currency,
        ),
    };
    Some(Breakdown {
        rows: slices
            .iter()
            .map(|s| SliceView {
                name: c.text(name(&s.key)),
                projects: s.projects,
                committed: s.committed,
            })
            .collect(),
        rest: (rest.projects > 0 || rest.committed.amount > 0).then_some(rest),
        total_projects: f.projects,
        total_committed: f.committed,
    })
}

pub fn report<'a>(c: In<'a>, e: &'a Entry<ResultsFacts>) -> ReportView<'a> {
    let f = &e.facts;
    let config = c.config();
    let rates = &config.money;
    let converted = |m: Money| {
        let line = rates.line(m.currency, At::Day(f.to))?;
        Some(Converted {
            amount: rates.convert(m, rates.base, At::Day(f.to)),
            date: line.date,
        })
    };
    ReportView {
        entry: entry(c, e),
        kind: f.kind.key(),
        from: f.from,
        to: f.to,
        published: f.published,
        projects: f.projects,
        committed: f.committed,
        disbursed: f.disbursed,
        committed_converted: converted(f.committed),
        disbursed_converted: f.disbursed.and_then(converted),
        by_sector: breakdown(c, f, &f.by_sector, |k| &config.sectors[k].name),
        by_locality: breakdown(c, f, &f.by_locality, |k| &config.localities[k].name),
    }
}
