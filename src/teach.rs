//! What staff write the way a word processor or a form taught them, and the
//! form the content format wants: a date written day/month/year, thousands
//! grouped with dots or spaces, an amount with its currency sign, text in
//! curly quotes. A parser's own complaint about these ("string values must
//! be quoted") teaches nothing; these messages show the corrected line.

use crate::diagnostics::grouped;
use crate::messages::{text, Text};

/// A value written in a form the format does not take, and its right form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Lesson {
    /// `31/12/2025` → `2025-12-31`.
    DayMonthYear { right: String },
    /// `4.800.000.000` → `4_800_000_000`.
    Thousands { right: String },
    /// `4.800.000.000 ₫` → `4_800_000_000`, the currency in `currency`.
    Currency { right: String, sign: String },
    /// `“Nước sạch”` → `"Nước sạch"`.
    CurlyQuotes { right: String },
}

const CURLY: [char; 6] = ['“', '”', '‘', '’', '„', '‟'];

/// Recognises a value (as written after `key =`, quotes included).
pub(crate) fn recognise(value: &str) -> Option<Lesson> {
    let value = value.trim();
    if value.chars().any(|c| CURLY.contains(&c)) {
        let right: String = value
            .chars()
            .map(|c| if CURLY.contains(&c) { '"' } else { c })
            .collect();
        return Some(Lesson::CurlyQuotes { right });
    }
    let bare = value.trim_matches(|c| c == '"' || c == '\'').trim();
    if let Some(right) = day_month_year(bare) {
        return Some(Lesson::DayMonthYear { right });
    }
    let (number, sign) = strip_currency(bare);
    if let Some(sign) = sign {
        if let Some(n) = whole_number(number) {
            return Some(Lesson::Currency {
                right: grouped(n),
                sign,
            });
        }
    }
    if number.contains(['.', ' ', ',', '\u{a0}']) {
        if let Some(n) = whole_number(number) {
            return Some(Lesson::Thousands { right: grouped(n) });
        }
    }
    None
}

/// The message and fix for a line `key = value` whose value teaches a
/// lesson, and the value as the format wants it.
pub(crate) fn lesson(key: &str, value: &str) -> Option<(Text, Text, String)> {
    let lesson = recognise(value)?;
    // The message quotes what was written; its own quotes would be doubled.
    let written = value.trim().trim_matches('"');
    Some(match lesson {
        Lesson::DayMonthYear { right } => (
            text!("teach-date", written = written),
            text!("teach-date-fix", line = format!("{key} = {right}")),
            right,
        ),
        Lesson::Thousands { right } => (
            text!("teach-thousands", written = written),
            text!("teach-thousands-fix", line = format!("{key} = {right}")),
            right,
        ),
        Lesson::Currency { right, sign } => (
            text!("teach-currency", written = written, sign = sign),
            text!("teach-currency-fix", line = format!("{key} = {right}")),
            right,
        ),
        Lesson::CurlyQuotes { right } => (
            text!("teach-quotes"),
            text!("teach-quotes-fix", line = format!("{key} = {right}")),
            right,
        ),
    })
}

/// `31/12/2025`, `31-12-2025` or `31.12.2025` (the Vietnamese order) as
/// `2025-12-31`, if it is a day of the calendar.
fn day_month_year(s: &str) -> Option<String> {
    let parts: Vec<&str> = s.split(['/', '.', '-']).collect();
    let [d, m, y] = parts.as_slice() else {
        return None;
    };
    if y.len() != 4 || d.is_empty() || d.len() > 2 || m.is_empty() || m.len() > 2 {
        return None;
    }
    let (day, month, year) = (
        d.parse::<u32>().ok()?,
        m.parse::<u32>().ok()?,
        y.parse::<i32>().ok()?,
    );
    let date = chrono::NaiveDate::from_ymd_opt(year, month, day)?;
    Some(date.format("%Y-%m-%d").to_string())
}

/// The amount without a currency sign or word, and the sign if there was one.
fn strip_currency(s: &str) -> (&str, Option<String>) {
    for sign in [
        "VNĐ", "VND", "vnđ", "vnd", "USD", "EUR", "US$", "đồng", "₫", "đ", "$", "€",
    ] {
        if let Some(rest) = s.strip_suffix(sign) {
            return (rest.trim(), Some(sign.to_string()));
        }
        if let Some(rest) = s.strip_prefix(sign) {
            return (rest.trim(), Some(sign.to_string()));
        }
    }
    (s, None)
}

/// A whole number written with its thousands grouped by dots, commas, spaces
/// or underscores, or not at all.
fn whole_number(s: &str) -> Option<u64> {
    let groups: Vec<&str> = s.split(['.', ',', ' ', '_', '\u{a0}']).collect();
    let grouped_well = groups.len() == 1
        || (groups[0].len() <= 3
            && !groups[0].is_empty()
            && groups[1..].iter().all(|g| g.len() == 3));
    if !grouped_well || !groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    groups.concat().parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::Lang;

    #[test]
    fn recognises_what_word_processors_and_forms_teach() {
        let right = |s: &str| match recognise(s) {
            Some(
                Lesson::DayMonthYear { right }
                | Lesson::Thousands { right }
                | Lesson::CurlyQuotes { right },
            ) => right,
            Some(Lesson::Currency { right, sign }) => format!("{right} ({sign})"),
            None => String::new(),
        };
        assert_eq!(right("31/12/2025"), "2025-12-31");
        assert_eq!(right("\"05.3.2024\""), "2024-03-05");
        assert_eq!(right("4.800.000.000"), "4_800_000_000");
        assert_eq!(right("4 800 000 000"), "4_800_000_000");
        assert_eq!(right("4800000000 ₫"), "4_800_000_000 (₫)");
        assert_eq!(right("\"4.800.000.000 đ\""), "4_800_000_000 (đ)");
        assert_eq!(right("60,000 USD"), "60_000 (USD)");
        assert_eq!(right("“Nước sạch”"), "\"Nước sạch\"");
        assert_eq!(right("31/02/2025"), "", "not a day of the calendar");
        assert_eq!(right("1.5"), "", "a decimal is not thousands");
        assert_eq!(right("2025-12-31"), "");
    }

    #[test]
    fn shows_the_corrected_line() {
        let (_, fix, _) = lesson("end", "31/12/2025").unwrap();
        assert_eq!(
            fix.render(Lang::En),
            "write the date as year-month-day, without quotes: end = 2025-12-31"
        );
    }
}
