//! The figures of one project, as the spec's "Figures" section defines them.
//! Every page, card, feed, search result and export reads them from here.

use serde::Serialize;

use crate::content::money::{At, Rates};
use crate::content::project::values::{Budget, Funding, FundingKind, Indicator, Status};
use crate::content::types::{Currency, Money};

/// A project's money, counted once.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub(crate) struct ProjectFigures {
    /// Aid sought: `budget.requested`, in the project's currency.
    pub(crate) requested: Money,
    /// The commitments, each converted into the project's currency at the
    /// rate of its own day.
    pub(crate) committed: Money,
    /// The disbursements, converted likewise.
    pub(crate) disbursed: Money,
    /// For an open project, requested − committed, never below 0; else 0.
    pub(crate) still_sought: Money,
    /// Open: seeking or partly funded.
    pub(crate) open: bool,
    /// Withdrawn projects count in no money total.
    pub(crate) withdrawn: bool,
    /// The same figures in the base currency, at the latest rate of the
    /// project's currency.
    pub(crate) base: InBase,
    /// Committed as a share of requested, in percent, not capped: a donor may
    /// commit more than was asked. `None` when nothing was requested.
    pub(crate) committed_percent: Option<u64>,
}

/// A project's figures in the base currency.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub(crate) struct InBase {
    pub(crate) requested: u64,
    pub(crate) committed: u64,
    pub(crate) disbursed: u64,
    pub(crate) still_sought: u64,
}

impl ProjectFigures {
    pub(crate) fn count(
        status: Status,
        budget: &Budget,
        funding: &[Funding],
        rates: &Rates,
    ) -> Self {
        let currency = budget.requested.currency;
        let sum = |kind: FundingKind| {
            let amount = funding
                .iter()
                .filter(|f| f.kind == kind)
                .map(|f| rates.convert(f.amount, currency, At::Day(f.date)).amount)
                .sum();
            Money::new(amount, currency)
        };
        let requested = budget.requested;
        let committed = sum(FundingKind::Committed);
        let disbursed = sum(FundingKind::Disbursed);
        let open = status.is_open();
        let still_sought = Money::new(
            if open {
                requested.amount.saturating_sub(committed.amount)
            } else {
                0
            },
            currency,
        );
        let in_base = |m: Money| rates.convert(m, rates.base, At::Latest).amount;
        ProjectFigures {
            requested,
            committed,
            disbursed,
            still_sought,
            open,
            withdrawn: status == Status::Withdrawn,
            base: InBase {
                requested: in_base(requested),
                committed: in_base(committed),
                disbursed: in_base(disbursed),
                still_sought: in_base(still_sought),
            },
            committed_percent: percent(committed.amount, requested.amount),
        }
    }

    pub(crate) fn currency(&self) -> Currency {
        self.requested.currency
    }
}

/// One commitment or disbursement as it counts in the totals: converted into
/// its project's currency at the rate of its day, then into the base
/// currency at the latest rate. Sums of entries so converted add up to the
/// sums of the projects' figures.
pub(crate) fn entry_in_base(f: &Funding, project_currency: Currency, rates: &Rates) -> u64 {
    let in_project = rates.convert(f.amount, project_currency, At::Day(f.date));
    rates.convert(in_project, rates.base, At::Latest).amount
}

#[allow(
    clippy::cast_precision_loss,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    reason = "a whole percentage of amounts far below 2^52"
)]
fn percent(part: u64, whole: u64) -> Option<u64> {
    (whole > 0).then(|| ((part as f64 / whole as f64) * 100.0).round() as u64)
}

/// How far an indicator has come from its baseline to its target, in
/// percent, whichever way it improves: over 100 when it went beyond the
/// target, 0 when it has not moved or went the wrong way. `None` until a
/// value is measured, or when the target is the baseline.
#[allow(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    reason = "a whole percentage, clamped at 0"
)]
pub(crate) fn indicator_progress(i: &Indicator) -> Option<u64> {
    let actual = i.actual?;
    let span = i.target - i.baseline;
    if span == 0.0 || !span.is_finite() {
        return None;
    }
    Some((((actual - i.baseline) / span) * 100.0).round().max(0.0) as u64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::money::Rate;
    use crate::content::project::Better;
    use crate::content::texts::Texts;
    use crate::content::types::{Date, OrgKey};

    fn day(y: i32, m: u32, d: u32) -> Date {
        Date(chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap())
    }

    fn rates() -> Rates {
        Rates::new(
            Currency::Vnd,
            [
                (
                    Currency::Usd,
                    Rate {
                        date: day(2022, 1, 3),
                        per_unit: 23_000.0,
                    },
                ),
                (
                    Currency::Usd,
                    Rate {
                        date: day(2025, 1, 2),
                        per_unit: 25_400.0,
                    },
                ),
            ],
        )
    }

    fn budget(requested: u64, currency: Currency) -> Budget {
        Budget {
            total: Money::new(requested * 2, currency),
            requested: Money::new(requested, currency),
            counterpart: Money::new(0, currency),
            years: Vec::new(),
        }
    }

    fn funding(kind: FundingKind, amount: u64, currency: Currency, date: Date) -> Funding {
        Funding {
            donor: OrgKey("d".into()),
            kind,
            amount: Money::new(amount, currency),
            date,
        }
    }

    #[test]
    fn converts_each_commitment_at_the_rate_of_its_day() {
        // A VND project with a USD commitment of 2022: 2022's rate, not today's.
        let f = ProjectFigures::count(
            Status::Completed,
            &budget(23_000_000, Currency::Vnd),
            &[funding(
                FundingKind::Committed,
                1_000,
                Currency::Usd,
                day(2022, 5, 1),
            )],
            &rates(),
        );
        assert_eq!(f.committed.amount, 23_000_000);
        assert_eq!(f.committed_percent, Some(100));
        assert_eq!(f.still_sought.amount, 0, "completed: nothing still sought");
    }

    #[test]
    fn still_sought_is_requested_less_committed_for_open_projects_only() {
        let partly = ProjectFigures::count(
            Status::PartlyFunded,
            &budget(1_000, Currency::Usd),
            &[funding(
                FundingKind::Committed,
                400,
                Currency::Usd,
                day(2025, 5, 1),
            )],
            &rates(),
        );
        assert_eq!(partly.still_sought.amount, 600);
        assert_eq!(partly.base.still_sought, 600 * 25_400);
        let withdrawn = ProjectFigures::count(
            Status::Withdrawn,
            &budget(1_000, Currency::Usd),
            &[],
            &rates(),
        );
        assert_eq!(withdrawn.still_sought.amount, 0);
        assert!(withdrawn.withdrawn && !withdrawn.open);
    }

    #[test]
    fn over_commitment_is_shown_as_it_is_and_never_gives_a_negative_gap() {
        let f = ProjectFigures::count(
            Status::Seeking,
            &budget(100, Currency::Usd),
            &[funding(
                FundingKind::Committed,
                150,
                Currency::Usd,
                day(2025, 5, 1),
            )],
            &rates(),
        );
        assert_eq!(f.committed_percent, Some(150));
        assert_eq!(f.still_sought.amount, 0);
    }

    fn indicator(baseline: f64, target: f64, actual: Option<f64>, better: Better) -> Indicator {
        let texts = Texts::single("x");
        Indicator {
            label: texts.clone(),
            unit: texts,
            baseline,
            target,
            actual,
            better,
        }
    }

    #[test]
    fn indicator_progress_goes_beyond_100_and_understands_lower_is_better() {
        assert_eq!(
            indicator_progress(&indicator(0.0, 1200.0, Some(1310.0), Better::Higher)),
            Some(109)
        );
        // Travel time from 95 to 25 minutes, now 40: 79% of the way.
        assert_eq!(
            indicator_progress(&indicator(95.0, 25.0, Some(40.0), Better::Lower)),
            Some(79)
        );
        assert_eq!(
            indicator_progress(&indicator(95.0, 25.0, None, Better::Lower)),
            None
        );
    }
}
