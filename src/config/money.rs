//! `[money]`: the base currency and the dated rates (format 2), or format 1's
//! single USD rate, read as one line of them.

use serde::Deserialize;
use toml::Spanned;

use crate::content::money::{Rate, Rates};
use crate::content::types::{Currency, Date};
use crate::diagnostics::{grouped, Diagnostic, Diagnostics};
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
                    format!("a rate for {}, the base currency itself", currency.code()),
                    "remove this line: amounts in the base currency need no rate",
                )
                .at(at(r.currency.span())),
            );
        }
        if !(per_unit > 0.0 && per_unit.is_finite()) {
            out.push(
                Diagnostic::error(
                    &source.name,
                    "`per_unit` must be a positive number",
                    format!(
                        "write how many {} one {} buys, like per_unit = 25_400",
                        base.code(),
                        currency.code()
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
                    format!("two rates for {} on {date}", currency.code()),
                    "keep one line per currency and date",
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
                        "`usd_rate` and `usd_rate_date` are the old form of the rates (format 1); they are read as one USD rate",
                        format!(
                            "replace both lines with:\n    [[money.rates]]\n    currency = \"USD\"\n    per_unit = {}\n    date = {date}\n  and add a line for every other currency the projects use (EUR…)",
                            grouped(whole)
                        ),
                    )
                    .at(at(rate.span())),
                );
                lines.push((Currency::Usd, Rate { date, per_unit }));
            } else {
                out.push(
                    Diagnostic::error(
                        &source.name,
                        "`usd_rate` must be a positive number",
                        "write how many VND one USD buys, like usd_rate = 25400",
                    )
                    .at(at(rate.span())),
                );
            }
        }
        (None, None) => {}
        _ => out.push(
            Diagnostic::error(
                &source.name,
                "[money] has only one of `usd_rate` and `usd_rate_date`",
                "write both, the rate and the day it was taken, or neither",
            )
            .at(at(raw.span())),
        ),
    }
    (out.error_count() == errors_before).then(|| Rates::new(base, lines))
}
