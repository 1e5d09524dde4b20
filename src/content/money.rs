//! Converting between currencies: one function, at the rates `[money]` dates.
//!
//! A rate line says how many units of the base currency one unit of a
//! currency bought from its date on. An amount of a day converts at the
//! latest line on or before that day (the earliest line when none is
//! earlier); a total converts at each currency's latest line and names its
//! date. Validation makes sure every currency used has a line, so a
//! conversion never fails.

use std::collections::BTreeMap;

use crate::content::types::{Currency, Date, Money};

/// One `[[money.rates]]` line.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Rate {
    pub(crate) date: Date,
    /// Units of the base currency for one unit of the currency.
    pub(crate) per_unit: f64,
}

/// When an amount is converted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum At {
    /// At the rate in force that day: a commitment, a disbursement.
    Day(Date),
    /// At the latest rate: totals across projects.
    Latest,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Rates {
    pub(crate) base: Currency,
    /// Each currency's lines, oldest first; the base currency has none.
    lines: BTreeMap<Currency, Vec<Rate>>,
}

impl Rates {
    /// `lines` need not be sorted.
    pub(crate) fn new(base: Currency, lines: impl IntoIterator<Item = (Currency, Rate)>) -> Rates {
        let mut by_currency: BTreeMap<Currency, Vec<Rate>> = BTreeMap::new();
        for (currency, rate) in lines {
            by_currency.entry(currency).or_default().push(rate);
        }
        for rates in by_currency.values_mut() {
            rates.sort_by_key(|r| r.date);
        }
        Rates {
            base,
            lines: by_currency,
        }
    }

    /// Whether amounts in `currency` can be converted.
    pub(crate) fn has(&self, currency: Currency) -> bool {
        currency == self.base || self.lines.contains_key(&currency)
    }

    /// The line used for `currency` at `at`; `None` for the base currency.
    pub(crate) fn line(&self, currency: Currency, at: At) -> Option<Rate> {
        let lines = self.lines.get(&currency)?;
        match at {
            At::Latest => lines.last().copied(),
            At::Day(day) => lines
                .iter()
                .rev()
                .find(|r| r.date <= day)
                .or_else(|| lines.first())
                .copied(),
        }
    }

    /// Units of the base currency per unit of `currency` at `at`.
    fn per_unit(&self, currency: Currency, at: At) -> f64 {
        if currency == self.base {
            return 1.0;
        }
        self.line(currency, at).map_or(f64::NAN, |r| r.per_unit)
    }

    /// `m` in `to`, at the rates of `at`, rounded to whole units.
    ///
    /// # Panics
    /// If a currency has no rate: validation rejects such content first.
    #[allow(
        clippy::cast_precision_loss,
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "amounts are far below 2^52 and rounded to whole units"
    )]
    pub(crate) fn convert(&self, m: Money, to: Currency, at: At) -> Money {
        if m.currency == to {
            return m;
        }
        let factor = self.per_unit(m.currency, at) / self.per_unit(to, at);
        assert!(
            factor.is_finite(),
            "validated: {} and {} have rates",
            m.currency.code(),
            to.code()
        );
        Money::new((m.amount as f64 * factor).round() as u64, to)
    }

    /// Every line, by currency, oldest first.
    pub(crate) fn lines(&self) -> impl Iterator<Item = (Currency, Rate)> + '_ {
        self.lines
            .iter()
            .flat_map(|(c, lines)| lines.iter().map(move |r| (*c, *r)))
    }

    /// The latest line of every currency, to name the rates of a total.
    pub(crate) fn latest(&self) -> impl Iterator<Item = (Currency, Rate)> + '_ {
        self.lines
            .iter()
            .filter_map(|(c, lines)| lines.last().map(|r| (*c, *r)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> Date {
        Date(chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap())
    }

    fn rates() -> Rates {
        let line = |y, per_unit| Rate {
            date: day(y, 1, 2),
            per_unit,
        };
        Rates::new(
            Currency::Vnd,
            [
                (Currency::Usd, line(2025, 25_400.0)),
                (Currency::Usd, line(2022, 22_800.0)),
                (Currency::Eur, line(2025, 27_300.0)),
            ],
        )
    }

    #[test]
    fn converts_an_amount_at_the_rate_in_force_on_its_day() {
        let r = rates();
        let usd = Money::new(1_000, Currency::Usd);
        assert_eq!(
            r.convert(usd, Currency::Vnd, At::Day(day(2022, 8, 19)))
                .amount,
            22_800_000
        );
        assert_eq!(
            r.convert(usd, Currency::Vnd, At::Day(day(2025, 3, 1)))
                .amount,
            25_400_000
        );
        assert_eq!(r.convert(usd, Currency::Vnd, At::Latest).amount, 25_400_000);
    }

    #[test]
    fn a_day_before_every_rate_takes_the_earliest() {
        let r = rates();
        let usd = Money::new(1, Currency::Usd);
        assert_eq!(
            r.convert(usd, Currency::Vnd, At::Day(day(2019, 1, 1)))
                .amount,
            22_800
        );
    }

    #[test]
    fn converts_between_two_foreign_currencies_through_the_base() {
        let r = rates();
        let eur = Money::new(1_000, Currency::Eur);
        assert_eq!(r.convert(eur, Currency::Usd, At::Latest).amount, 1_075);
    }

    #[test]
    fn knows_which_currencies_it_can_convert() {
        let r = Rates::new(Currency::Vnd, []);
        assert!(r.has(Currency::Vnd));
        assert!(!r.has(Currency::Usd));
    }
}
