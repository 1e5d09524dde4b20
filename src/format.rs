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
    /// The separator of groups of three, where the language writes every
    /// integer in ASCII digits grouped by threes from a thousand up, as
    /// Vietnamese and English do: such an integer is then written here,
    /// without ICU's formatter (a catalogue writes tens of thousands of
    /// amounts). `None` where ICU must write them.
    threes: Option<String>,
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
        let threes = threes(&formatter);
        NumberFormat { formatter, threes }
    }

    pub(crate) fn integer(&self, n: u64) -> String {
        match &self.threes {
            Some(separator) => grouped(n, separator),
            None => self.icu_integer(n),
        }
    }

    fn icu_integer(&self, n: u64) -> String {
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

/// The separator `formatter` puts between groups of three digits, if it
/// writes every `u64` as [`grouped`] does. How an integer is grouped depends
/// on its number of digits alone, and each digit is written on its own: one
/// integer of each length from 1 to 20 digits, together holding all ten
/// digits, shows how it writes them all.
fn threes(formatter: &DecimalFormatter) -> Option<String> {
    const DIGITS: &str = "12345678901234567890";
    let thousand = formatter.format(&Decimal::from(1234u64)).to_string();
    let separator = thousand.strip_prefix('1')?.strip_suffix("234")?;
    if separator.is_empty() {
        return None;
    }
    (1..=DIGITS.len())
        .map(|length| {
            DIGITS[..length]
                .parse::<u64>()
                .expect("20 digits fit a u64")
        })
        .all(|n| formatter.format(&Decimal::from(n)).to_string() == grouped(n, separator))
        .then(|| separator.to_string())
}

/// `n` in ASCII digits, in groups of three from the right.
fn grouped(n: u64, separator: &str) -> String {
    let mut digits = itoa::Buffer::new();
    let digits = digits.format(n);
    let head = match digits.len() % 3 {
        0 => 3.min(digits.len()),
        rest => rest,
    };
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * separator.len());
    out.push_str(&digits[..head]);
    for group in digits.as_bytes()[head..].chunks(3) {
        out.push_str(separator);
        out.push_str(std::str::from_utf8(group).expect("ASCII digits"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_grouped_by_threes_are_as_icu_writes_them() {
        for lang in ["vi", "en", "fr", "de", "es", "hi", "ar", "xx"] {
            let f = NumberFormat::new(lang);
            let mut n: u64 = 0;
            let mut checked = vec![
                0,
                1,
                9,
                10,
                999,
                1000,
                1234,
                9999,
                10_000,
                100_000,
                u64::MAX,
            ];
            while let Some(next) = n.checked_mul(7).and_then(|m| m.checked_add(3)) {
                n = next;
                checked.push(n);
            }
            for n in checked {
                assert_eq!(f.integer(n), f.icu_integer(n), "{lang}: {n}");
            }
        }
        // Vietnamese and English take the short way; a language that writes
        // 1234 ungrouped, or with other digits, is left to ICU.
        assert_eq!(NumberFormat::new("vi").threes.as_deref(), Some("."));
        assert_eq!(NumberFormat::new("en").threes.as_deref(), Some(","));
        assert_eq!(NumberFormat::new("es").threes, None);
        assert_eq!(NumberFormat::new("hi").threes, None);
    }

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
