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
pub(crate) struct SliceView<'a> {
    pub(crate) name: Localized<'a>,
    pub(crate) projects: u64,
    pub(crate) committed: Money,
}

/// A breakdown with the rows the report gives, the part it leaves out (a
/// province-wide programme, a figure not reported by place) and the totals
/// the rows and the rest add up to.
#[derive(Serialize)]
pub(crate) struct Breakdown<'a> {
    pub(crate) rows: Vec<SliceView<'a>>,
    /// What the rows leave of the totals, when anything.
    pub(crate) rest: Option<Rest>,
    pub(crate) total_projects: u64,
    pub(crate) total_committed: Money,
}

#[derive(Serialize)]
pub(crate) struct Rest {
    pub(crate) projects: u64,
    pub(crate) committed: Money,
}

/// An amount converted into the base currency, with the date of the rate.
#[derive(Serialize)]
pub(crate) struct Converted {
    pub(crate) amount: Money,
    pub(crate) date: Date,
}

#[derive(Serialize)]
pub(crate) struct ReportView<'a> {
    #[serde(flatten)]
    pub(crate) entry: EntryView<'a>,
    pub(crate) kind: &'static str,
    pub(crate) from: Date,
    pub(crate) to: Date,
    pub(crate) published: Date,
    pub(crate) projects: u64,
    pub(crate) committed: Money,
    pub(crate) disbursed: Option<Money>,
    /// `committed` in the base currency at the rate of the period's end,
    /// when the report is in another currency.
    pub(crate) committed_converted: Option<Converted>,
    pub(crate) disbursed_converted: Option<Converted>,
    pub(crate) by_sector: Option<Breakdown<'a>>,
    pub(crate) by_locality: Option<Breakdown<'a>>,
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

pub(crate) fn report<'a>(c: In<'a>, e: &'a Entry<ResultsFacts>) -> ReportView<'a> {
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
