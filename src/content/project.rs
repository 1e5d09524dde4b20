//! A priority project: an aid need of the catalogue.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::content::check::Checker;
use crate::content::texts::Texts;
use crate::content::types::{Currency, Date, LocalityKey, Money, OrgKey, PeriodKey, SectorKey};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawProject {
    code: Spanned<String>,
    sector: Spanned<String>,
    localities: Spanned<Vec<Spanned<String>>>,
    period: Spanned<String>,
    status: Status,
    owner: Spanned<String>,
    published: Date,
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
struct RawBudget {
    currency: Currency,
    total: Spanned<u64>,
    requested: u64,
    counterpart: u64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFunding {
    donor: Spanned<String>,
    kind: FundingKind,
    amount: Spanned<u64>,
    currency: Currency,
    date: Date,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIndicator {
    label: Spanned<BTreeMap<String, String>>,
    unit: Spanned<BTreeMap<String, String>>,
    baseline: f64,
    target: f64,
    actual: Option<f64>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Seeking,
    PartlyFunded,
    Funded,
    Ongoing,
    Completed,
    Withdrawn,
}

impl Status {
    pub const ALL: [Status; 6] = [
        Status::Seeking,
        Status::PartlyFunded,
        Status::Funded,
        Status::Ongoing,
        Status::Completed,
        Status::Withdrawn,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Status::Seeking => "seeking",
            Status::PartlyFunded => "partly-funded",
            Status::Funded => "funded",
            Status::Ongoing => "ongoing",
            Status::Completed => "completed",
            Status::Withdrawn => "withdrawn",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FundingKind {
    Committed,
    Disbursed,
}

#[derive(Debug, Serialize)]
pub struct Contact {
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
}

/// Total, aid sought and counterpart funds, all in one currency.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Budget {
    pub total: Money,
    pub requested: Money,
    pub counterpart: Money,
}

#[derive(Debug, Serialize)]
pub struct Funding {
    pub donor: OrgKey,
    pub kind: FundingKind,
    pub amount: Money,
    pub date: Date,
}

#[derive(Debug)]
pub struct Indicator {
    pub label: Texts,
    pub unit: Texts,
    pub baseline: f64,
    pub target: f64,
    pub actual: Option<f64>,
}

#[derive(Debug)]
pub struct ProjectFacts {
    pub code: String,
    pub sector: SectorKey,
    pub localities: Vec<LocalityKey>,
    pub period: PeriodKey,
    pub status: Status,
    pub owner: OrgKey,
    pub published: Date,
    pub updated: Option<Date>,
    pub start: Option<Date>,
    pub end: Option<Date>,
    pub beneficiaries: Option<u64>,
    pub sdgs: Vec<u8>,
    pub contact: Option<Contact>,
    pub budget: Budget,
    pub funding: Vec<Funding>,
    pub indicators: Vec<Indicator>,
    /// Where `code` is written, for the message when two projects share it.
    pub code_at: crate::diagnostics::Position,
}

impl ProjectFacts {
    /// Funding of one kind, summed in the budget's currency; `None` when an entry
    /// is in a currency site.toml gives no rate for.
    pub fn funding_total(
        &self,
        kind: FundingKind,
        money: &crate::config::MoneyConfig,
    ) -> Option<Money> {
        let amounts = self
            .funding
            .iter()
            .filter(|f| f.kind == kind)
            .map(|f| f.amount);
        crate::content::money::sum_in(amounts, self.budget.requested.currency, money)
    }

    /// Aid sought that no donor has committed yet.
    pub fn funding_gap(&self, money: &crate::config::MoneyConfig) -> Option<Money> {
        let committed = self.funding_total(FundingKind::Committed, money)?;
        let requested = self.budget.requested;
        Some(Money::new(
            requested.amount.saturating_sub(committed.amount),
            requested.currency,
        ))
    }

    /// The last day anything about the project changed.
    pub fn last_change(&self) -> Date {
        self.updated.unwrap_or(self.published)
    }
}

pub fn check(raw: RawProject, c: &mut Checker<'_>) -> Option<ProjectFacts> {
    let sector = c.sector(&raw.sector);
    let period = c.period(&raw.period);
    let owner = c.org(&raw.owner);
    if raw.localities.get_ref().is_empty() {
        c.error(
            raw.localities.span(),
            "`localities` is empty",
            "list at least one locality key, like localities = [\"tien-phong\"]",
        );
    }
    let localities: Vec<LocalityKey> = raw
        .localities
        .get_ref()
        .iter()
        .filter_map(|l| c.locality(l))
        .collect();
    check_dates_and_goals(&raw, c);
    let b = &raw.budget;
    let total = check_budget(b, c);
    let funding = check_funding(&raw.funding, c);
    let indicators: Vec<Indicator> = raw
        .indicators
        .iter()
        .filter_map(|i| {
            let label = c.texts(&i.label, "an indicator's `label`");
            let unit = c.texts(&i.unit, "an indicator's `unit`");
            Some(Indicator {
                label: label?,
                unit: unit?,
                baseline: i.baseline,
                target: i.target,
                actual: i.actual,
            })
        })
        .collect();
    if let Some(e) = raw.contact.as_ref().and_then(|x| x.email.as_ref()) {
        c.email(e);
    }
    if c.has_errors() {
        return None;
    }
    let currency = b.currency;
    Some(ProjectFacts {
        code_at: c.source.position(raw.code.span().start),
        code: raw.code.into_inner(),
        sector: sector?,
        localities,
        period: period?,
        status: raw.status,
        owner: owner?,
        published: raw.published,
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
        budget: Budget {
            total: Money::new(total, currency),
            requested: Money::new(b.requested, currency),
            counterpart: Money::new(b.counterpart, currency),
        },
        funding,
        indicators,
    })
}

/// `updated` not before `published`, `end` after `start`, goals 1 to 17.
fn check_dates_and_goals(raw: &RawProject, c: &mut Checker<'_>) {
    if let Some(u) = &raw.updated {
        if *u.get_ref() < raw.published {
            c.error(
                u.span(),
                format!(
                    "`updated` ({}) is before `published` ({})",
                    u.get_ref(),
                    raw.published
                ),
                "`updated` is the day of the last change: the same day as `published` or later",
            );
        }
    }
    if let (Some(start), Some(end)) = (raw.start, &raw.end) {
        if *end.get_ref() <= start {
            c.error(
                end.span(),
                format!("`end` ({}) is not after `start` ({start})", end.get_ref()),
                "correct the dates: a project ends after it starts",
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
            format!("`sdgs` has {bad}, but the Sustainable Development Goals are numbered 1 to 17"),
            "keep only numbers from 1 to 17",
        );
    }
}

/// The total is more than 0 and covers the aid sought and the counterpart funds.
fn check_budget(b: &RawBudget, c: &mut Checker<'_>) -> u64 {
    let total = *b.total.get_ref();
    if total == 0 {
        c.error(
            b.total.span(),
            "the budget `total` is 0",
            "write the project's total cost, greater than 0",
        );
    }
    if b.requested.saturating_add(b.counterpart) > total {
        c.error(b.total.span(), format!("`requested` + `counterpart` ({}) is more than `total` ({})", crate::diagnostics::grouped(b.requested.saturating_add(b.counterpart)), crate::diagnostics::grouped(total)), "correct the figures: the aid sought plus the counterpart funds cannot exceed the total budget");
    }
    total
}

fn check_funding(raw: &[RawFunding], c: &mut Checker<'_>) -> Vec<Funding> {
    raw.iter()
        .filter_map(|f| {
            if *f.amount.get_ref() == 0 {
                c.error(
                    f.amount.span(),
                    "a funding `amount` is 0",
                    "write the amount pledged or paid, or remove the [[funding]] entry",
                );
            }
            let donor = c.org(&f.donor)?;
            Some(Funding {
                donor,
                kind: f.kind,
                amount: Money::new(*f.amount.get_ref(), f.currency),
                date: f.date,
            })
        })
        .collect()
}
