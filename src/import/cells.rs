//! Reading one cell as what its column holds: a date, a whole number, a key
//! of site.toml written as the key or as its name. Each reader says what is
//! wrong in the staff's language, ready to be located.

use chrono::{Datelike, NaiveDate};

use super::columns::plain;
use super::sheet::Raw;
use super::Ctx;
use crate::content::project::Status;
use crate::content::texts::Texts;
use crate::messages::{text, Lang, Text};

/// What a cell is read as; `Ok(None)` for an empty cell.
pub(crate) type Read<T> = Result<Option<T>, String>;

pub(crate) fn text(raw: &Raw) -> Option<String> {
    match raw {
        Raw::Empty | Raw::Bad(_) => None,
        Raw::Text(t) => Some(t.trim().to_string()).filter(|t| !t.is_empty()),
        Raw::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => Some(format!("{n:.0}")),
        Raw::Number(n) => Some(n.to_string()),
        Raw::Day(d) => Some(d.to_string()),
    }
}

fn bad(raw: &Raw, lang: Lang) -> Option<String> {
    match raw {
        Raw::Bad(e) => Some(text!("import-bad-cell", value = e).render(lang)),
        _ => None,
    }
}

/// A day: a date cell, or text as 2025-12-31 or 31/12/2025.
pub(crate) fn day(raw: &Raw, lang: Lang) -> Read<NaiveDate> {
    if let Some(e) = bad(raw, lang) {
        return Err(e);
    }
    // A year of four digits, as TOML writes dates (a signed or five-digit
    // year would make a facts.toml that does not parse; found by
    // tests/fuzz/).
    let four_digits = |d: NaiveDate| (1000..=9999).contains(&d.year());
    if let Raw::Day(d) = raw {
        return if four_digits(*d) {
            Ok(Some(*d))
        } else {
            Err(text!("import-not-a-date", value = raw.shown()).render(lang))
        };
    }
    let Some(t) = text(raw) else {
        return Ok(None);
    };
    let t = t.split([' ', 'T']).next().unwrap_or_default();
    let wrong = || text!("import-not-a-date", value = raw.shown()).render(lang);
    if matches!(raw, Raw::Number(_)) {
        return Err(wrong());
    }
    NaiveDate::parse_from_str(t, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(t, "%d/%m/%Y"))
        .or_else(|_| NaiveDate::parse_from_str(t, "%d-%m-%Y"))
        .or_else(|_| NaiveDate::parse_from_str(t, "%d.%m.%Y"))
        .ok()
        .filter(|d| four_digits(*d))
        .map(Some)
        .ok_or_else(wrong)
}

/// A whole number of 0 or more: a number cell, or digits, maybe grouped by
/// thousands with `.`, `,`, spaces or `_` (4.800.000.000).
pub(crate) fn whole(raw: &Raw, lang: Lang) -> Read<u64> {
    if let Some(e) = bad(raw, lang) {
        return Err(e);
    }
    let wrong = || text!("import-not-a-whole", value = raw.shown()).render(lang);
    match raw {
        Raw::Empty => Ok(None),
        #[allow(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a whole number of 0 or more below 2^53, checked just before"
        )]
        Raw::Number(n) if n.fract() == 0.0 && *n >= 0.0 && *n < 9e15 => Ok(Some(*n as u64)),
        Raw::Text(t) if t.trim().is_empty() => Ok(None),
        // The same bound as a number cell's: TOML's integers stop at 2^63
        // (a larger one made a facts.toml that does not parse; found by
        // tests/fuzz/).
        Raw::Text(t) => grouped_digits(t.trim())
            .filter(|n| *n < 9_000_000_000_000_000)
            .ok_or_else(wrong)
            .map(Some),
        _ => Err(wrong()),
    }
}

/// `4800000000`, `4.800.000.000`, `4,800,000,000`, `4 800 000 000`.
fn grouped_digits(t: &str) -> Option<u64> {
    let separators = ['.', ',', ' ', '_', '\u{a0}', '\u{202f}'];
    let groups: Vec<&str> = t.split(separators).collect();
    let grouped = groups.len() > 1;
    let well_grouped = groups.iter().enumerate().all(|(i, g)| {
        !g.is_empty()
            && g.chars().all(|c| c.is_ascii_digit())
            && (!grouped || (i == 0 && g.len() <= 3) || g.len() == 3)
    });
    if !well_grouped {
        return None;
    }
    groups.concat().parse().ok()
}

/// A measured value, maybe with decimals (`1.5` or `1,5`).
pub(crate) fn measure(raw: &Raw, lang: Lang) -> Read<f64> {
    if let Some(e) = bad(raw, lang) {
        return Err(e);
    }
    let wrong = || text!("import-not-a-number", value = raw.shown()).render(lang);
    match raw {
        Raw::Number(n) => Ok(Some(*n)),
        Raw::Empty => Ok(None),
        Raw::Text(t) if t.trim().is_empty() => Ok(None),
        Raw::Text(t) => {
            let t = t.trim();
            let t = if t.contains('.') {
                t.to_string()
            } else {
                t.replace(',', ".")
            };
            t.parse::<f64>()
                .ok()
                .filter(|x| x.is_finite())
                .map(Some)
                .ok_or_else(wrong)
        }
        _ => Err(wrong()),
    }
}

/// Sustainable Development Goals: numbers 1 to 17, separated by `;`, `,` or spaces.
pub(crate) fn goals(raw: &Raw, lang: Lang) -> Read<Vec<u64>> {
    let Some(t) = text(raw) else {
        return bad(raw, lang).map_or(Ok(None), Err);
    };
    let mut goals = Vec::new();
    for part in t
        .split([';', ',', ' ', '\n'])
        .filter(|p| !p.trim().is_empty())
    {
        match part.trim().parse::<u64>() {
            Ok(g) if (1..=17).contains(&g) => goals.push(g),
            _ => return Err(text!("import-not-a-goal", value = part.trim()).render(lang)),
        }
    }
    Ok(Some(goals))
}

/// The keys one column may hold, each with the names it may be written as.
pub(crate) struct Vocab {
    /// What one of them is called in a message ("a sector").
    what: Text,
    /// Each key, and its names plain (the key's own first).
    keys: Vec<(String, Vec<String>)>,
}

impl Vocab {
    fn new<'k>(what: Text, keys: impl Iterator<Item = (&'k str, Vec<String>)>) -> Vocab {
        Vocab {
            what,
            keys: keys
                .map(|(k, names)| {
                    let mut all = vec![plain(k)];
                    all.extend(names.iter().map(|n| plain(n)));
                    (k.to_string(), all)
                })
                .collect(),
        }
    }

    fn texts(t: &Texts) -> Vec<String> {
        t.iter().map(|(_, s)| s.to_string()).collect()
    }

    pub(crate) fn sectors(ctx: &Ctx<'_>) -> Vocab {
        let c = &ctx.site.config;
        Vocab::new(
            text!("import-a-sector"),
            c.sectors
                .iter()
                .map(|(k, s)| (k.as_str(), Self::texts(&s.name))),
        )
    }

    pub(crate) fn localities(ctx: &Ctx<'_>) -> Vocab {
        let c = &ctx.site.config;
        Vocab::new(
            text!("import-a-locality"),
            c.localities
                .iter()
                .map(|(k, l)| (k.as_str(), Self::texts(&l.name))),
        )
    }

    pub(crate) fn periods(ctx: &Ctx<'_>) -> Vocab {
        let c = &ctx.site.config;
        Vocab::new(
            text!("import-a-period"),
            c.periods
                .iter()
                .map(|(k, p)| (k.as_str(), Self::texts(&p.name))),
        )
    }

    pub(crate) fn organisations(ctx: &Ctx<'_>) -> Vocab {
        Vocab::new(
            text!("import-an-organisation"),
            ctx.site
                .orgs
                .iter()
                .map(|(k, o)| (k.as_str(), Self::texts(&o.name))),
        )
    }

    pub(crate) fn statuses(ctx: &Ctx<'_>) -> Vocab {
        Vocab::new(
            text!("import-a-status"),
            Status::ALL
                .iter()
                .map(|s| (s.key(), ctx.interface(&format!("status-{}", s.key())))),
        )
    }

    pub(crate) fn currencies(ctx: &Ctx<'_>) -> Vocab {
        let money = &ctx.site.config.money;
        let mut codes: Vec<&str> = std::iter::once(money.base.code())
            .chain(money.latest().map(|(c, _)| c.code()))
            .collect();
        codes.sort_unstable();
        codes.dedup();
        Vocab::new(
            text!("import-a-currency"),
            codes.into_iter().map(|c| (c, Vec::new())),
        )
    }

    pub(crate) fn kinds(ctx: &Ctx<'_>) -> Vocab {
        Vocab::new(
            text!("import-a-kind"),
            ["committed", "disbursed"]
                .into_iter()
                .map(|k| (k, ctx.interface(&format!("funding-{k}")))),
        )
    }

    pub(crate) fn directions(ctx: &Ctx<'_>) -> Vocab {
        Vocab::new(
            text!("import-a-direction"),
            ["higher", "lower"]
                .into_iter()
                .map(|k| (k, ctx.interface(&format!("workbook-better-{k}")))),
        )
    }

    /// The key `written` stands for: the key itself or one of its names.
    pub(crate) fn key(&self, written: &str, lang: Lang) -> Result<String, String> {
        let wanted = plain(written);
        if let Some((key, _)) = self.keys.iter().find(|(_, names)| names.contains(&wanted)) {
            return Ok(key.clone());
        }
        let wrong = text!(
            "import-not-a",
            value = written.trim(),
            what = self.what.clone()
        )
        .render(lang);
        let near = self.nearest(&wanted);
        if !near.is_empty() {
            let said = text!("import-did-you-mean", names = near);
            return Err(format!("{wrong}; {}", said.render(lang)));
        }
        if self.keys.len() <= 8 {
            let all: Vec<String> = self.keys.iter().map(|(k, _)| k.clone()).collect();
            let said = text!("import-use-one-of", names = all);
            return Err(format!("{wrong}; {}", said.render(lang)));
        }
        Err(wrong)
    }

    /// The keys whose key or a name is close to `wanted`, nearest first, at most three.
    fn nearest(&self, wanted: &str) -> Vec<String> {
        let mut scored: Vec<(f64, &String)> = self
            .keys
            .iter()
            .map(|(key, names)| {
                let best = names
                    .iter()
                    .map(|n| strsim::jaro_winkler(wanted, n))
                    .fold(0.0, f64::max);
                (best, key)
            })
            .filter(|(score, _)| *score >= 0.8)
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
        scored.into_iter().take(3).map(|(_, k)| k.clone()).collect()
    }

    /// One key, from a cell.
    pub(crate) fn one(&self, raw: &Raw, lang: Lang) -> Read<String> {
        match text(raw) {
            None => bad(raw, lang).map_or(Ok(None), Err),
            Some(t) => self.key(&t, lang).map(Some),
        }
    }

    /// Several keys, separated by `;` or line breaks; every wrong one said.
    pub(crate) fn several(&self, raw: &Raw, lang: Lang) -> Read<Vec<String>> {
        let Some(t) = text(raw) else {
            return bad(raw, lang).map_or(Ok(None), Err);
        };
        let mut keys = Vec::new();
        let mut wrong = Vec::new();
        for part in t
            .split([';', '\n'])
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            match self.key(part, lang) {
                Ok(k) if !keys.contains(&k) => keys.push(k),
                Ok(_) => {}
                Err(e) => wrong.push(e),
            }
        }
        if wrong.is_empty() {
            Ok(Some(keys).filter(|k| !k.is_empty()))
        } else {
            Err(wrong.join("; "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_amounts_grouped_as_staff_write_them() {
        assert_eq!(grouped_digits("4.800.000.000"), Some(4_800_000_000));
        assert_eq!(grouped_digits("4 800 000"), Some(4_800_000));
        assert_eq!(grouped_digits("60000"), Some(60_000));
        assert_eq!(grouped_digits("1,5"), None);
        assert_eq!(grouped_digits("-3"), None);
    }

    #[test]
    fn reads_days_written_day_first() {
        let d = NaiveDate::from_ymd_opt(2025, 12, 31).unwrap();
        assert_eq!(day(&Raw::Text("31/12/2025".into()), Lang::En), Ok(Some(d)));
        assert_eq!(day(&Raw::Text("2025-12-31".into()), Lang::En), Ok(Some(d)));
        assert!(day(&Raw::Text("mai".into()), Lang::En).is_err());
    }
}
