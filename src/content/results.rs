//! A results report: the totals the province declared for a period.

use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::content::check::Checker;
use crate::content::types::{Currency, Date, LocalityKey, Money, SectorKey};
use crate::messages::text;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawResults {
    kind: ReportKind,
    from: Date,
    to: Spanned<Date>,
    published: Spanned<Date>,
    currency: Currency,
    projects: Spanned<u64>,
    committed: Spanned<u64>,
    disbursed: Option<u64>,
    #[serde(default)]
    by_sector: Vec<RawBySector>,
    #[serde(default)]
    by_locality: Vec<RawByLocality>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBySector {
    sector: Spanned<String>,
    projects: u64,
    committed: u64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawByLocality {
    locality: Spanned<String>,
    projects: u64,
    committed: u64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum ReportKind {
    Quarterly,
    HalfYear,
    Annual,
    MultiYear,
}

impl ReportKind {
    pub(crate) fn key(self) -> &'static str {
        match self {
            ReportKind::Quarterly => "quarterly",
            ReportKind::HalfYear => "half-year",
            ReportKind::Annual => "annual",
            ReportKind::MultiYear => "multi-year",
        }
    }
}

/// Projects and commitments of one slice of a report.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Slice<K> {
    pub(crate) key: K,
    pub(crate) projects: u64,
    pub(crate) committed: Money,
}

#[derive(Debug, Clone)]
pub(crate) struct ResultsFacts {
    pub(crate) kind: ReportKind,
    pub(crate) from: Date,
    pub(crate) to: Date,
    pub(crate) published: Date,
    pub(crate) projects: u64,
    pub(crate) committed: Money,
    pub(crate) disbursed: Option<Money>,
    pub(crate) by_sector: Vec<Slice<SectorKey>>,
    pub(crate) by_locality: Vec<Slice<LocalityKey>>,
}

pub(crate) fn check(raw: RawResults, c: &mut Checker<'_>) -> Option<ResultsFacts> {
    if *raw.to.get_ref() < raw.from {
        c.error(
            raw.to.span(),
            text!(
                "report-to-before-from",
                to = raw.to.get_ref().to_string(),
                from = raw.from.to_string()
            ),
            text!("report-to-before-from-fix"),
        );
    }
    if raw.published.get_ref() < raw.to.get_ref() {
        c.warning(
            raw.published.span(),
            text!(
                "report-published-early",
                published = raw.published.get_ref().to_string(),
                to = raw.to.get_ref().to_string()
            ),
            text!("report-published-early-fix"),
        );
    }
    let money = |amount| Money::new(amount, raw.currency);
    let by_sector: Vec<Slice<SectorKey>> = raw
        .by_sector
        .iter()
        .filter_map(|s| {
            Some(Slice {
                key: c.sector(&s.sector)?,
                projects: s.projects,
                committed: money(s.committed),
            })
        })
        .collect();
    let by_locality: Vec<Slice<LocalityKey>> = raw
        .by_locality
        .iter()
        .filter_map(|s| {
            Some(Slice {
                key: c.locality(&s.locality)?,
                projects: s.projects,
                committed: money(s.committed),
            })
        })
        .collect();
    let totals = (*raw.projects.get_ref(), *raw.committed.get_ref());
    for (what, projects, committed) in [
        (
            "by_sector",
            raw.by_sector.iter().map(|s| s.projects).sum::<u64>(),
            raw.by_sector.iter().map(|s| s.committed).sum::<u64>(),
        ),
        (
            "by_locality",
            raw.by_locality.iter().map(|s| s.projects).sum::<u64>(),
            raw.by_locality.iter().map(|s| s.committed).sum::<u64>(),
        ),
    ] {
        if projects > totals.0 {
            c.error(
                raw.projects.span(),
                text!(
                    "breakdown-projects-over",
                    what = what,
                    projects = projects,
                    total = totals.0
                ),
                text!("breakdown-over-fix", what = what),
            );
        }
        if committed > totals.1 {
            c.error(
                raw.committed.span(),
                text!(
                    "breakdown-committed-over",
                    what = what,
                    committed = crate::diagnostics::grouped(committed),
                    currency = raw.currency.code(),
                    total = crate::diagnostics::grouped(totals.1)
                ),
                text!("breakdown-over-fix", what = what),
            );
        }
    }
    if c.has_errors() {
        return None;
    }
    Some(ResultsFacts {
        kind: raw.kind,
        from: raw.from,
        to: raw.to.into_inner(),
        published: raw.published.into_inner(),
        projects: totals.0,
        committed: money(totals.1),
        disbursed: raw.disbursed.map(money),
        by_sector,
        by_locality,
    })
}
