//! Converting between currencies, only where site.toml gives a rate.

use crate::config::MoneyConfig;
use crate::content::types::{Currency, Money};

/// `m` in `to`, if the two are the same currency or `[money]` has a rate between
/// them (VND per USD). Never a guess: no rate, no figure.
pub fn convert(m: Money, to: Currency, config: &MoneyConfig) -> Option<Money> {
    if m.currency == to {
        return Some(m);
    }
    let (rate, _) = config.usd_rate?;
    #[allow(
        clippy::cast_precision_loss,
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "amounts are far below 2^52 and rounded to whole units"
    )]
    let convert = |x: u64, factor: f64| Money::new((x as f64 * factor).round() as u64, to);
    match (m.currency, to) {
        (Currency::Usd, Currency::Vnd) => Some(convert(m.amount, rate)),
        (Currency::Vnd, Currency::Usd) => Some(convert(m.amount, 1.0 / rate)),
        _ => None,
    }
}

/// The sum of `items` in `to`, or `None` if one of them cannot be converted.
pub fn sum_in(
    items: impl IntoIterator<Item = Money>,
    to: Currency,
    config: &MoneyConfig,
) -> Option<Money> {
    items.into_iter().try_fold(Money::new(0, to), |acc, m| {
        Some(Money::new(acc.amount + convert(m, to, config)?.amount, to))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::types::Date;

    fn config() -> MoneyConfig {
        MoneyConfig {
            base: Currency::Vnd,
            usd_rate: Some((
                25_400.0,
                Date(chrono::NaiveDate::from_ymd_opt(2025, 1, 2).unwrap()),
            )),
        }
    }

    #[test]
    fn converts_usd_to_vnd_with_the_site_rate() {
        assert_eq!(
            convert(Money::new(60_000, Currency::Usd), Currency::Vnd, &config()),
            Some(Money::new(1_524_000_000, Currency::Vnd))
        );
    }

    #[test]
    fn never_converts_without_a_rate() {
        assert_eq!(
            convert(Money::new(1, Currency::Eur), Currency::Vnd, &config()),
            None
        );
        let no_rate = MoneyConfig {
            base: Currency::Vnd,
            usd_rate: None,
        };
        assert_eq!(
            convert(Money::new(1, Currency::Usd), Currency::Vnd, &no_rate),
            None
        );
    }

    #[test]
    fn sums_only_when_every_item_converts() {
        let c = config();
        assert_eq!(
            sum_in(
                [Money::new(1, Currency::Usd), Money::new(400, Currency::Vnd)],
                Currency::Vnd,
                &c
            ),
            Some(Money::new(25_800, Currency::Vnd))
        );
        assert_eq!(
            sum_in([Money::new(1, Currency::Eur)], Currency::Vnd, &c),
            None
        );
    }
}
