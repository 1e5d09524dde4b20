//! Small domain values shared by every kind of content.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::messages::{text, Text};

macro_rules! key_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub(crate) struct $name(pub(crate) String);

        impl $name {
            pub(crate) fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        // A map keyed by keys can be looked up by the text of one: ordering
        // and hashing are the inner string's.
        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }
    };
}

key_type!(
    /// A key of `[sectors]` in site.toml.
    SectorKey
);
key_type!(
    /// A key of `[localities]` in site.toml.
    LocalityKey
);
key_type!(
    /// A key of `[periods]` in site.toml.
    PeriodKey
);
key_type!(
    /// A key of content/organisations.toml.
    OrgKey
);
key_type!(
    /// The folder name of an entity: lowercase ASCII letters, digits and `-`.
    Slug
);

/// Why `s` is not a valid slug, if it is not.
pub(crate) fn slug_problem(s: &str) -> Option<Text> {
    if s.is_empty() {
        return Some(text!("slug-empty"));
    }
    if !s
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        return Some(text!("slug-characters"));
    }
    if s.starts_with('-') || s.ends_with('-') || s.contains("--") {
        return Some(text!("slug-hyphens"));
    }
    None
}

/// Marks the messages of `Date`'s deserializer, which `toml_error` turns into
/// the staff's words: `expected`, `not-a-day:<written>`, `with-time:<written>`.
pub(crate) const DATE_ERROR: &str = "minhbach-date:";

/// A calendar date, written in TOML as a bare date (`2024-03-15`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Date(pub(crate) NaiveDate);

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let dt = toml::value::Datetime::deserialize(d).map_err(|e| {
            // A missing key must keep serde's wording, which names the key.
            if e.to_string().starts_with("missing field") {
                e
            } else {
                D::Error::custom(format!("{DATE_ERROR}expected"))
            }
        })?;
        match (dt.date, dt.time, dt.offset) {
            (Some(date), None, None) => NaiveDate::from_ymd_opt(
                i32::from(date.year),
                u32::from(date.month),
                u32::from(date.day),
            )
            .map(Date)
            .ok_or_else(|| D::Error::custom(format!("{DATE_ERROR}not-a-day:{dt}"))),
            _ => Err(D::Error::custom(format!("{DATE_ERROR}with-time:{dt}"))),
        }
    }
}

impl Date {
    /// Today: the day of `SOURCE_DATE_EPOCH` when it is set (the
    /// reproducible-builds convention: seconds since 1970-01-01 UTC), else the
    /// clock's. Only warnings and "as of" notes depend on it.
    pub(crate) fn today() -> Date {
        let from_epoch = std::env::var("SOURCE_DATE_EPOCH")
            .ok()
            .and_then(|s| s.trim().parse::<i64>().ok())
            .and_then(|secs| chrono::DateTime::from_timestamp(secs, 0))
            .map(|t| t.date_naive());
        Date(from_epoch.unwrap_or_else(|| chrono::Local::now().date_naive()))
    }
}

impl Date {
    /// The day as `YYYY-MM-DD`, written digit by digit: a large site writes
    /// some hundred thousand days, and chrono's `format` reads its pattern
    /// anew each time. `None` for a year of other than four digits, which
    /// TOML cannot write but a computed day might be.
    fn iso(self) -> Option<[u8; 10]> {
        use chrono::Datelike;
        let year = u32::try_from(self.0.year()).ok().filter(|y| *y <= 9999)?;
        let (month, day) = (self.0.month(), self.0.day());
        let digit = |n: u32| b'0' + u8::try_from(n % 10).expect("a digit");
        Some([
            digit(year / 1000),
            digit(year / 100),
            digit(year / 10),
            digit(year),
            b'-',
            digit(month / 10),
            digit(month),
            b'-',
            digit(day / 10),
            digit(day),
        ])
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.iso() {
            Some(iso) => s.serialize_str(std::str::from_utf8(&iso).expect("ASCII digits")),
            // Through `Display`, which has chrono write the rare year.
            None => s.collect_str(self),
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.iso() {
            Some(iso) => f.write_str(std::str::from_utf8(&iso).expect("ASCII digits")),
            None => write!(f, "{}", self.0.format("%Y-%m-%d")),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub(crate) enum Currency {
    #[serde(rename = "VND")]
    Vnd,
    #[serde(rename = "USD")]
    Usd,
    #[serde(rename = "EUR")]
    Eur,
}

impl Currency {
    pub(crate) fn code(self) -> &'static str {
        match self {
            Currency::Vnd => "VND",
            Currency::Usd => "USD",
            Currency::Eur => "EUR",
        }
    }
}

/// An amount in whole units of one currency. Amounts in different currencies are
/// never added; converting is explicit, at a dated rate (see `money::Rates::convert`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub(crate) struct Money {
    pub(crate) amount: u64,
    pub(crate) currency: Currency,
}

impl Money {
    pub(crate) fn new(amount: u64, currency: Currency) -> Money {
        Money { amount, currency }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_is_written_as_chrono_writes_it() {
        let days = [
            (1, 1, 1),
            (999, 12, 31),
            (2026, 2, 28),
            (2024, 2, 29),
            (9999, 12, 31),
        ];
        let written = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
        for (y, m, d) in days {
            let day = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            assert_eq!(Date(day).to_string(), written(day));
            assert_eq!(serde_json::to_value(Date(day)).unwrap(), written(day));
        }
        let mut day = NaiveDate::from_ymd_opt(1999, 1, 1).unwrap();
        while chrono::Datelike::year(&day) < 2040 {
            assert_eq!(Date(day).to_string(), written(day));
            day = day.succ_opt().unwrap();
        }
        // Years of other than four digits, as chrono writes them.
        for y in [-44, 12345] {
            let day = NaiveDate::from_ymd_opt(y, 3, 15).unwrap();
            assert_eq!(Date(day).to_string(), written(day));
            assert_eq!(serde_json::to_value(Date(day)).unwrap(), written(day));
        }
    }

    #[test]
    fn accepts_lowercase_ascii_digits_and_hyphens() {
        assert_eq!(slug_problem("truong-mam-non-2"), None);
    }

    #[test]
    fn rejects_uppercase_diacritics_spaces_and_edge_hyphens() {
        assert!(slug_problem("Truong").is_some());
        assert!(slug_problem("trường").is_some());
        assert!(slug_problem("a b").is_some());
        assert!(slug_problem("-a").is_some());
        assert!(slug_problem("a--b").is_some());
        assert!(slug_problem("").is_some());
    }

    #[derive(Deserialize)]
    struct D {
        d: Date,
    }

    #[test]
    fn reads_a_toml_date() {
        let d: D = toml::from_str("d = 2019-12-05").unwrap();
        assert_eq!(d.d.to_string(), "2019-12-05");
    }

    #[test]
    fn rejects_a_date_written_as_text() {
        let e = toml::from_str::<D>("d = \"05/12/2019\"").err().unwrap();
        assert_eq!(e.message(), "minhbach-date:expected");
    }

    #[test]
    fn rejects_a_date_with_a_time() {
        let e = toml::from_str::<D>("d = 2019-12-05T10:00:00")
            .err()
            .unwrap();
        assert_eq!(e.message(), "minhbach-date:with-time:2019-12-05T10:00:00");
    }
}
