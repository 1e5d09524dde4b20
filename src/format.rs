//! Numbers per language, with the CLDR grouping of each (vi `1.234.567`,
//! en `1,234,567`). Money and dates are Fluent messages built on these, so a
//! translator controls their wording (see `i18n/<lang>/main.ftl`).

use icu_decimal::input::Decimal;
use icu_decimal::options::DecimalFormatterOptions;
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale;

/// Formats numbers the way one language writes them.
pub(crate) struct NumberFormat {
    formatter: DecimalFormatter,
}

impl std::fmt::Debug for NumberFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NumberFormat")
    }
}

impl NumberFormat {
    /// For a language code; an unknown language gets the root locale's digits.
    pub(crate) fn new(lang: &str) -> NumberFormat {
        let locale = Locale::try_from_str(lang).unwrap_or(Locale::UNKNOWN);
        let formatter =
            DecimalFormatter::try_new(locale.into(), DecimalFormatterOptions::default())
                .or_else(|_| {
                    DecimalFormatter::try_new(
                        Locale::UNKNOWN.into(),
                        DecimalFormatterOptions::default(),
                    )
                })
                .expect("compiled data has the root locale");
        NumberFormat { formatter }
    }

    pub(crate) fn integer(&self, n: u64) -> String {
        self.formatter.format(&Decimal::from(n)).to_string()
    }

    /// Up to `max_fraction` digits after the separator, trailing zeros dropped.
    pub(crate) fn decimal(&self, n: f64, max_fraction: i16) -> String {
        if !n.is_finite() {
            return String::new();
        }
        let factor = 10f64.powi(i32::from(max_fraction));
        #[allow(
            clippy::cast_possible_truncation,
            reason = "rounded, and figures here are far below 2^63"
        )]
        let scaled = (n * factor).round() as i64;
        let mut d = Decimal::from(scaled);
        d.multiply_pow10(-max_fraction);
        d.trim_end();
        self.formatter.format(&d).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_vietnamese_with_dots_and_english_with_commas() {
        assert_eq!(NumberFormat::new("vi").integer(1_234_567), "1.234.567");
        assert_eq!(NumberFormat::new("en").integer(1_234_567), "1,234,567");
    }

    #[test]
    fn writes_decimals_with_the_language_separator() {
        assert_eq!(NumberFormat::new("vi").decimal(1234.5, 2), "1.234,5");
        assert_eq!(NumberFormat::new("en").decimal(1234.5, 2), "1,234.5");
        assert_eq!(NumberFormat::new("en").decimal(12.0, 2), "12");
    }

    #[test]
    fn an_unknown_language_still_formats() {
        assert_eq!(NumberFormat::new("xx").integer(1000), "1,000");
    }
}
