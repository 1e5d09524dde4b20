//! A priority project: an aid need of the catalogue.

mod budget;
mod sense;
pub(crate) mod values;

pub(crate) use values::{
    Better, Budget, BudgetYear, Contact, Funding, FundingKind, Indicator, Status,
};

use serde::Deserialize;
use toml::Spanned;

use crate::content::check::Checker;
use crate::content::texts::RawTexts;
use crate::content::types::{Date, LocalityKey, OrgKey, PeriodKey, SectorKey};
use crate::figures::project::ProjectFigures;
use crate::messages::text;
use budget::{RawBudget, RawFunding};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawProject {
    code: Spanned<String>,
    sector: Spanned<String>,
    localities: Spanned<Vec<Spanned<String>>>,
    period: Spanned<String>,
    status: Spanned<Status>,
    owner: Spanned<String>,
    published: Spanned<Date>,
    updated: Option<Spanned<Date>>,
    start: Option<Date>,
    end: Option<Spanned<Date>>,
    beneficiaries: Option<u64>,
    sdgs: Option<Spanned<Vec<u8>>>,
    contact: Option<RawContact>,
    budget: RawBudget,
    #[serde(default)]
    funding: Vec<RawFunding>,
    #[serde(default)]
    indicators: Vec<RawIndicator>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawContact {
    name: String,
    email: Option<Spanned<String>>,
    phone: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIndicator {
    label: RawTexts,
    unit: RawTexts,
    baseline: f64,
    target: f64,
    actual: Option<f64>,
    #[serde(default)]
    better: Better,
}

#[derive(Debug, Clone)]
pub(crate) struct ProjectFacts {
    pub(crate) code: String,
    pub(crate) sector: SectorKey,
    pub(crate) localities: Vec<LocalityKey>,
    pub(crate) period: PeriodKey,
    pub(crate) status: Status,
    pub(crate) owner: OrgKey,
    pub(crate) published: Date,
    pub(crate) updated: Option<Date>,
    pub(crate) start: Option<Date>,
    pub(crate) end: Option<Date>,
    pub(crate) beneficiaries: Option<u64>,
    pub(crate) sdgs: Vec<u8>,
    pub(crate) contact: Option<Contact>,
    pub(crate) budget: Budget,
    pub(crate) funding: Vec<Funding>,
    pub(crate) indicators: Vec<Indicator>,
    /// Its money as the spec counts it, once for every page and export.
    pub(crate) figures: ProjectFigures,
    /// Where `code` is written, for the message when two projects share it.
    pub(crate) code_at: crate::diagnostics::Position,
}

impl ProjectFacts {
    /// The last day anything about the project changed.
    pub(crate) fn last_change(&self) -> Date {
        self.updated.unwrap_or(self.published)
    }
}

pub(crate) fn check(raw: RawProject, c: &mut Checker<'_>) -> Option<ProjectFacts> {
    let sector = c.sector(&raw.sector);
    let period = c.period(&raw.period);
    let owner = c.org(&raw.owner);
    if raw.localities.get_ref().is_empty() {
        c.error(
            raw.localities.span(),
            text!("localities-empty"),
            text!("localities-empty-fix"),
        );
    }
    let localities: Vec<LocalityKey> = raw
        .localities
        .get_ref()
        .iter()
        .filter_map(|l| c.locality(l))
        .collect();
    check_dates_and_goals(&raw, c);
    let budget = budget::check_budget(&raw.budget, c);
    let funding = budget::check_funding(&raw.funding, c);
    let indicators: Vec<Indicator> = raw
        .indicators
        .iter()
        .filter_map(|i| {
            let label = c.texts(&i.label, &text!("what-indicator", key = "label"));
            let unit = c.texts(&i.unit, &text!("what-indicator", key = "unit"));
            Some(Indicator {
                label: label?,
                unit: unit?,
                baseline: i.baseline,
                target: i.target,
                actual: i.actual,
                better: i.better,
            })
        })
        .collect();
    if let Some(e) = raw.contact.as_ref().and_then(|x| x.email.as_ref()) {
        c.email(e);
    }
    if c.has_errors() {
        return None;
    }
    let budget = budget?;
    let figures = ProjectFigures::count(*raw.status.get_ref(), &budget, &funding, &c.config.money);
    sense::check(&raw, &figures, c);
    Some(ProjectFacts {
        code_at: c.source.position(raw.code.span().start),
        code: raw.code.into_inner(),
        sector: sector?,
        localities,
        period: period?,
        status: raw.status.into_inner(),
        owner: owner?,
        published: raw.published.into_inner(),
        updated: raw.updated.map(Spanned::into_inner),
        start: raw.start,
        end: raw.end.map(Spanned::into_inner),
        beneficiaries: raw.beneficiaries,
        sdgs: raw.sdgs.map(Spanned::into_inner).unwrap_or_default(),
        contact: raw.contact.map(|x| Contact {
            name: x.name,
            email: x.email.map(Spanned::into_inner),
            phone: x.phone,
        }),
        budget,
        funding,
        indicators,
        figures,
    })
}

/// `updated` not before `published`, `end` after `start`, goals 1 to 17.
fn check_dates_and_goals(raw: &RawProject, c: &mut Checker<'_>) {
    if let Some(u) = &raw.updated {
        if u.get_ref() < raw.published.get_ref() {
            c.error(
                u.span(),
                text!(
                    "updated-before-published",
                    updated = u.get_ref().to_string(),
                    published = raw.published.get_ref().to_string()
                ),
                text!("updated-before-published-fix"),
            );
        }
    }
    if let (Some(start), Some(end)) = (raw.start, &raw.end) {
        if *end.get_ref() <= start {
            c.error(
                end.span(),
                text!(
                    "end-not-after-start",
                    end = end.get_ref().to_string(),
                    start = start.to_string()
                ),
                text!("end-not-after-start-fix"),
            );
        }
    }
    if let Some((bad, span)) = raw.sdgs.as_ref().and_then(|s| {
        s.get_ref()
            .iter()
            .find(|g| !(1..=17).contains(*g))
            .map(|g| (g, s.span()))
    }) {
        c.error(
            span,
            text!("sdg-out-of-range", goal = *bad),
            text!("sdg-out-of-range-fix"),
        );
    }
}
