//! The figures as the spec's "Figures" section counts them, worked out again
//! from each project's facts in projects.json and site.toml's rates: what the
//! catalogue's pages and files are held to.

use std::collections::BTreeMap;
use std::fs;
use std::iter::Sum;
use std::ops::Add;
use std::path::Path;

use serde_json::Value;

/// `[[money.rates]]` of a site.toml: each currency's lines, oldest first.
pub(crate) struct Rates {
    base: String,
    lines: BTreeMap<String, Vec<(String, f64)>>,
}

impl Rates {
    pub(crate) fn of(site: &Path) -> Rates {
        let text = fs::read_to_string(site.join("site.toml")).expect("site.toml");
        let config: toml::Table = text.parse().expect("TOML");
        let money = config["money"].as_table().expect("[money]");
        let mut lines: BTreeMap<String, Vec<(String, f64)>> = BTreeMap::new();
        for line in money["rates"].as_array().expect("[[money.rates]]") {
            let per_unit = &line["per_unit"];
            #[allow(clippy::cast_precision_loss, reason = "a rate is far below 2^52")]
            let per_unit = per_unit
                .as_float()
                .or_else(|| per_unit.as_integer().map(|i| i as f64))
                .expect("a rate");
            lines
                .entry(line["currency"].as_str().expect("a currency").to_string())
                .or_default()
                .push((line["date"].to_string(), per_unit));
        }
        for currency in lines.values_mut() {
            currency.sort_by(|a, b| a.0.cmp(&b.0));
        }
        Rates {
            base: money["base_currency"].as_str().expect("a base").to_string(),
            lines,
        }
    }

    /// Base units for one unit of `currency`: on `day` the latest line on or
    /// before it (the earliest when none is), else the latest line.
    pub(crate) fn per_unit(&self, currency: &str, day: Option<&str>) -> f64 {
        if currency == self.base {
            return 1.0;
        }
        let lines = &self.lines[currency];
        let line = match day {
            Some(day) => lines
                .iter()
                .rev()
                .find(|(from, _)| from.as_str() <= day)
                .unwrap_or(&lines[0]),
            None => lines.last().expect("a line"),
        };
        line.1
    }

    /// `amount` of `from` in `to`, rounded to whole units.
    #[allow(
        clippy::cast_precision_loss,
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "whole amounts far below 2^52"
    )]
    pub(crate) fn convert(&self, amount: u64, from: &str, to: &str, day: Option<&str>) -> u64 {
        if from == to {
            return amount;
        }
        let factor = self.per_unit(from, day) / self.per_unit(to, day);
        (amount as f64 * factor).round() as u64
    }
}

/// The spec's totals of a set of projects, money in base-currency units.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Totals {
    pub(crate) projects: u64,
    open_projects: u64,
    still_sought: u64,
    committed: u64,
    disbursed: u64,
}

impl Add for Totals {
    type Output = Totals;
    fn add(self, o: Totals) -> Totals {
        Totals {
            projects: self.projects + o.projects,
            open_projects: self.open_projects + o.open_projects,
            still_sought: self.still_sought + o.still_sought,
            committed: self.committed + o.committed,
            disbursed: self.disbursed + o.disbursed,
        }
    }
}

impl Sum for Totals {
    fn sum<I: Iterator<Item = Totals>>(iter: I) -> Totals {
        iter.fold(Totals::default(), Add::add)
    }
}

impl Totals {
    /// projects.json's `totals`.
    pub(crate) fn from_json(t: &Value) -> Totals {
        let n = |name: &str| t[name].as_u64().unwrap_or_else(|| panic!("totals.{name}"));
        Totals {
            projects: n("projects"),
            open_projects: n("open_projects"),
            still_sought: n("still_sought"),
            committed: n("committed"),
            disbursed: n("disbursed"),
        }
    }

    /// What a page marks with `data-measure` and `data-value`: each of the
    /// five figures once.
    pub(crate) fn shown(html: &str, address: &str) -> Totals {
        let mut found: BTreeMap<&str, u64> = BTreeMap::new();
        for (at, m) in html.match_indices(" data-measure=\"") {
            let rest = &html[at + m.len()..];
            let name = &rest[..rest.find('"').expect("a closing quote")];
            let value = rest[name.len()..]
                .strip_prefix("\" data-value=\"")
                .and_then(|v| v.split('"').next())
                .and_then(|v| v.parse().ok())
                .unwrap_or_else(|| panic!("{address}: `{name}` has no integer data-value"));
            assert!(
                found.insert(name, value).is_none(),
                "{address}: `{name}` is marked twice"
            );
        }
        let mut take = |name: &str| {
            found
                .remove(name)
                .unwrap_or_else(|| panic!("{address}: no data-measure=\"{name}\""))
        };
        let totals = Totals {
            projects: take("projects"),
            open_projects: take("open-projects"),
            still_sought: take("still-sought"),
            committed: take("committed"),
            disbursed: take("disbursed"),
        };
        assert!(found.is_empty(), "{address}: unknown measures {found:?}");
        totals
    }
}

/// One project's figures worked out from its facts in projects.json (budget,
/// status, funding entries) and site.toml's rates, as the spec defines them;
/// checks projects.json's own figures of the project against them, and gives
/// the project's share of the totals.
pub(crate) fn counted(p: &Value, rates: &Rates) -> Totals {
    let slug = p["slug"].as_str().expect("a slug");
    let currency = p["budget"]["currency"].as_str().expect("a currency");
    let requested = p["budget"]["requested"].as_u64().expect("requested");
    let status = p["status"].as_str().expect("a status");
    // Each entry at the rate of its own day, into the project's currency.
    let sum = |kind: &str| -> u64 {
        p["funding"]
            .as_array()
            .expect("funding")
            .iter()
            .filter(|f| f["kind"] == kind)
            .map(|f| {
                rates.convert(
                    f["amount"].as_u64().expect("an amount"),
                    f["currency"].as_str().expect("a currency"),
                    currency,
                    Some(f["date"].as_str().expect("a date")),
                )
            })
            .sum()
    };
    let committed = sum("committed");
    let disbursed = sum("disbursed");
    let open = matches!(status, "seeking" | "partly-funded");
    let still_sought = if open {
        requested.saturating_sub(committed)
    } else {
        0
    };
    // In the base currency at the latest rate of the project's currency.
    let base = |amount: u64| rates.convert(amount, currency, &rates.base, None);
    for (field, expected) in [
        ("committed", committed),
        ("disbursed", disbursed),
        ("still_sought", still_sought),
        ("committed_base", base(committed)),
        ("disbursed_base", base(disbursed)),
        ("still_sought_base", base(still_sought)),
    ] {
        assert_eq!(p[field].as_u64(), Some(expected), "{slug}: {field}");
    }
    assert_eq!(p["open"].as_bool(), Some(open), "{slug}: open");
    if status == "withdrawn" {
        // Counted and listed, in no money total.
        return Totals {
            projects: 1,
            ..Totals::default()
        };
    }
    Totals {
        projects: 1,
        open_projects: u64::from(open),
        still_sought: base(still_sought),
        committed: base(committed),
        disbursed: base(disbursed),
    }
}
