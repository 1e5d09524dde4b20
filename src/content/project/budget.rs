//! A project's `[budget]`, its aid sought per year (format 2) and its
//! `[[funding]]`: amounts in currencies the site has rates for.

use serde::Deserialize;
use toml::Spanned;

use super::{Budget, BudgetYear, Funding, FundingKind};
use crate::content::check::Checker;
use crate::content::types::{Currency, Date, Money};
use crate::diagnostics::grouped;
use crate::messages::text;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawBudget {
    currency: Spanned<Currency>,
    total: Spanned<u64>,
    pub(super) requested: Spanned<u64>,
    counterpart: u64,
    #[serde(default)]
    years: Vec<RawBudgetYear>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBudgetYear {
    year: Spanned<i32>,
    requested: u64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFunding {
    donor: Spanned<String>,
    kind: FundingKind,
    amount: Spanned<u64>,
    currency: Spanned<Currency>,
    date: Date,
}

/// The total is more than 0 and covers the aid sought and the counterpart
/// funds; the years' amounts add up to the aid sought.
pub(super) fn check_budget(b: &RawBudget, c: &mut Checker<'_>) -> Option<Budget> {
    let total = *b.total.get_ref();
    let requested = *b.requested.get_ref();
    if total == 0 {
        c.error(b.total.span(), text!("total-zero"), text!("total-zero-fix"));
    }
    let currency = *b.currency.get_ref();
    if requested.saturating_add(b.counterpart) > total {
        c.error(
            b.total.span(),
            text!(
                "budget-over-total",
                sum = grouped(requested.saturating_add(b.counterpart)),
                total = grouped(total),
                currency = currency.code()
            ),
            text!("budget-over-total-fix"),
        );
    }
    let known = c.currency(&b.currency);
    let mut years: Vec<BudgetYear> = Vec::new();
    for y in &b.years {
        let year = *y.year.get_ref();
        if years.iter().any(|seen| seen.year == year) {
            c.error(
                y.year.span(),
                text!("budget-year-twice", year = year),
                text!("budget-year-twice-fix"),
            );
        }
        years.push(BudgetYear {
            year,
            requested: Money::new(y.requested, currency),
        });
    }
    let by_years: u64 = years.iter().map(|y| y.requested.amount).sum();
    if let Some(first) = b.years.first() {
        if by_years != requested {
            c.error(
                first.year.span(),
                text!(
                    "budget-years-sum",
                    sum = grouped(by_years),
                    requested = grouped(requested),
                    currency = currency.code()
                ),
                text!("budget-years-sum-fix"),
            );
        }
    }
    years.sort_by_key(|y| y.year);
    known.then_some(Budget {
        total: Money::new(total, currency),
        requested: Money::new(requested, currency),
        counterpart: Money::new(b.counterpart, currency),
        years,
    })
}

pub(super) fn check_funding(raw: &[RawFunding], c: &mut Checker<'_>) -> Vec<Funding> {
    raw.iter()
        .filter_map(|f| {
            if *f.amount.get_ref() == 0 {
                c.error(
                    f.amount.span(),
                    text!("funding-zero"),
                    text!("funding-zero-fix"),
                );
            }
            let known = c.currency(&f.currency);
            let donor = c.org(&f.donor)?;
            known.then(|| Funding {
                donor,
                kind: f.kind,
                amount: Money::new(*f.amount.get_ref(), *f.currency.get_ref()),
                date: f.date,
            })
        })
        .collect()
}
