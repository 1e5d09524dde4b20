//! `[money]`: the base currency and the dated rates (format 2), or format 1's
//! single USD rate, read as one line of them.

use serde::Deserialize;
use toml::Spanned;

use crate::content::money::{Rate, Rates};
use crate::content::types::{Currency, Date};
use crate::diagnostics::{grouped, Diagnostic, Diagnostics};
use crate::messages::text;
use crate::source::SourceFile;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawMoney {
    base_currency: Currency,
    #[serde(default)]
    rates: Vec<RawRate>,
    // Format 1.
    usd_rate: Option<Spanned<f64>>,
    usd_rate_date: Option<Date>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRate {
    currency: Spanned<Currency>,
    per_unit: Spanned<f64>,
    date: Spanned<Date>,
}

pub(super) fn check_money(
    raw: &Spanned<RawMoney>,
    source: &SourceFile,
    out: &mut Diagnostics,
) -> Option<Rates> {
    let at = |span: std::ops::Range<usize>| Some(source.position(span.start));
    let money = raw.get_ref();
    let base = money.base_currency;
    let errors_before = out.error_count();
    let mut lines: Vec<(Currency, Rate)> = Vec::new();
    for r in &money.rates {
        let currency = *r.currency.get_ref();
        let per_unit = *r.per_unit.get_ref();
        if currency == base {
            out.push(
                Diagnostic::error(
                    &source.name,
                    text!("rate-for-base", currency = currency.code()),
                    text!("rate-for-base-fix"),
                )
                .at(at(r.currency.span())),
            );
        }
        if !(per_unit > 0.0 && per_unit.is_finite()) {
            out.push(
                Diagnostic::error(
                    &source.name,
                    text!("rate-not-positive"),
                    text!(
                        "rate-not-positive-fix",
                        base = base.code(),
                        currency = currency.code()
                    ),
                )
                .at(at(r.per_unit.span())),
            );
        }
        let date = *r.date.get_ref();
        if lines.iter().any(|(c, l)| *c == currency && l.date == date) {
            out.push(
                Diagnostic::error(
                    &source.name,
                    text!(
                        "rate-twice",
                        currency = currency.code(),
                        date = date.to_string()
                    ),
                    text!("rate-twice-fix"),
                )
                .at(at(r.date.span())),
            );
        }
        lines.push((currency, Rate { date, per_unit }));
    }
    match (&money.usd_rate, money.usd_rate_date) {
        (Some(rate), Some(date)) => {
            let per_unit = *rate.get_ref();
            if per_unit > 0.0 && per_unit.is_finite() {
                #[allow(
                    clippy::cast_possible_truncation,
                    clippy::cast_sign_loss,
                    reason = "shown as a whole number of units in the suggested form"
                )]
                let whole = per_unit.round() as u64;
                out.push(
                    Diagnostic::warning(
                        &source.name,
                        text!("usd-rate-format-1"),
                        text!(
                            "usd-rate-format-1-fix",
                            per_unit = grouped(whole),
                            date = date.to_string()
                        ),
                    )
                    .at(at(rate.span())),
                );
                lines.push((Currency::Usd, Rate { date, per_unit }));
            } else {
                out.push(
                    Diagnostic::error(
                        &source.name,
                        text!("usd-rate-not-positive"),
                        text!("usd-rate-not-positive-fix"),
                    )
                    .at(at(rate.span())),
                );
            }
        }
        (None, None) => {}
        _ => out.push(
            Diagnostic::error(
                &source.name,
                text!("usd-rate-half"),
                text!("usd-rate-half-fix"),
            )
            .at(at(raw.span())),
        ),
    }
    (out.error_count() == errors_before).then(|| Rates::new(base, lines))
}
