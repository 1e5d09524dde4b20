//! A fact as the import handles it: read from a cell or from a facts.toml,
//! compared, shown as old → new, and written in the house layout of
//! facts.toml (amounts grouped with `_`, dates bare).

use chrono::NaiveDate;
use std::fmt::Write as _;
use toml_edit::Item;

use crate::diagnostics::grouped;
use crate::export::layout::Field;

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Value {
    Text(String),
    /// An amount, written grouped: `4_800_000_000`.
    Money(u64),
    Whole(u64),
    Day(NaiveDate),
    Keys(Vec<String>),
    Numbers(Vec<u64>),
    Measure(f64),
    /// A text per language, by language code, in the site's order.
    Texts(Vec<(String, String)>),
}

/// How a fact of facts.toml is written, to read it back as a `Value`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Form {
    Text,
    Money,
    Whole,
    Day,
    Keys,
    Numbers,
    Measure,
    Texts,
}

impl Value {
    /// As facts.toml writes it.
    pub(crate) fn toml(&self) -> String {
        match self {
            Value::Text(t) => text(t),
            Value::Money(n) => grouped(*n),
            Value::Whole(n) => n.to_string(),
            Value::Day(d) => d.to_string(),
            Value::Keys(keys) => {
                let quoted: Vec<String> = keys
                    .iter()
                    .map(|k| toml_edit::Value::from(k.as_str()).to_string())
                    .collect();
                format!("[{}]", quoted.join(", "))
            }
            Value::Numbers(ns) => {
                let ns: Vec<String> = ns.iter().map(u64::to_string).collect();
                format!("[{}]", ns.join(", "))
            }
            Value::Measure(x) => measure(*x),
            Value::Texts(texts) => {
                let pairs: Vec<String> = texts
                    .iter()
                    .map(|(lang, t)| format!("{lang} = {}", text(t)))
                    .collect();
                format!("{{ {} }}", pairs.join(", "))
            }
        }
    }

    /// As the dry run shows it.
    pub(crate) fn shown(&self) -> String {
        match self {
            Value::Text(t) => format!("\"{t}\""),
            Value::Keys(keys) => keys.join("; "),
            Value::Numbers(ns) => ns.iter().map(u64::to_string).collect::<Vec<_>>().join("; "),
            Value::Texts(texts) => texts
                .iter()
                .map(|(lang, t)| format!("{lang}: \"{t}\""))
                .collect::<Vec<_>>()
                .join(", "),
            _ => self.toml(),
        }
    }

    /// A value of facts.toml read as `form`; `None` when it is not one.
    pub(crate) fn from_item(item: &Item, form: Form) -> Option<Value> {
        let v = item.as_value()?;
        let whole = |v: &toml_edit::Value| v.as_integer().and_then(|n| u64::try_from(n).ok());
        Some(match form {
            Form::Text => Value::Text(v.as_str()?.to_string()),
            Form::Money => Value::Money(whole(v)?),
            Form::Whole => Value::Whole(whole(v)?),
            Form::Day => {
                let d = v.as_datetime()?.date?;
                Value::Day(NaiveDate::from_ymd_opt(
                    i32::from(d.year),
                    u32::from(d.month),
                    u32::from(d.day),
                )?)
            }
            Form::Keys => Value::Keys(
                v.as_array()?
                    .iter()
                    .map(|k| k.as_str().map(str::to_string))
                    .collect::<Option<_>>()?,
            ),
            Form::Numbers => {
                Value::Numbers(v.as_array()?.iter().map(whole).collect::<Option<_>>()?)
            }
            #[allow(
                clippy::cast_precision_loss,
                reason = "a measured value written as a whole number far below 2^53"
            )]
            Form::Measure => {
                Value::Measure(v.as_float().or_else(|| v.as_integer().map(|n| n as f64))?)
            }
            Form::Texts => Value::Texts(
                v.as_inline_table()?
                    .iter()
                    .map(|(k, t)| t.as_str().map(|t| (k.to_string(), t.to_string())))
                    .collect::<Option<_>>()?,
            ),
        })
    }
}

/// A text as TOML. A cell with line breaks becomes a basic string on one
/// line (`\n`), never a multi-line string: in a words file's front matter,
/// a line `+++` inside one would end the front matter (found by
/// tests/fuzz/).
fn text(t: &str) -> String {
    if !t.contains(['\n', '\r']) {
        return toml_edit::Value::from(t).to_string();
    }
    let mut out = String::with_capacity(t.len() + 2);
    out.push('"');
    for c in t.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A measured value: whole numbers without a decimal point, as staff write them.
fn measure(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{x:.0}")
    } else if x.abs() >= 1e15 {
        // Rust writes 1e20 with all its digits, which TOML reads as an
        // integer too large for it (found by tests/fuzz/).
        format!("{x:e}")
    } else {
        x.to_string()
    }
}

/// Where a fact of the projects sheet lives in facts.toml, and how it is written.
pub(crate) fn place(field: Field) -> Option<(&'static [&'static str], Form)> {
    Some(match field {
        Field::Code => (&["code"], Form::Text),
        Field::Sector => (&["sector"], Form::Text),
        Field::Localities => (&["localities"], Form::Keys),
        Field::Period => (&["period"], Form::Text),
        Field::Status => (&["status"], Form::Text),
        Field::Owner => (&["owner"], Form::Text),
        Field::Published => (&["published"], Form::Day),
        Field::Updated => (&["updated"], Form::Day),
        Field::Start => (&["start"], Form::Day),
        Field::End => (&["end"], Form::Day),
        Field::Beneficiaries => (&["beneficiaries"], Form::Whole),
        Field::Sdgs => (&["sdgs"], Form::Numbers),
        Field::ContactName => (&["contact", "name"], Form::Text),
        Field::ContactEmail => (&["contact", "email"], Form::Text),
        Field::ContactPhone => (&["contact", "phone"], Form::Text),
        Field::Currency => (&["budget", "currency"], Form::Text),
        Field::Total => (&["budget", "total"], Form::Money),
        Field::Requested => (&["budget", "requested"], Form::Money),
        Field::Counterpart => (&["budget", "counterpart"], Form::Money),
        _ => return None,
    })
}

/// The facts of the projects sheet, in the order of facts.toml.
pub(crate) const FACTS: [Field; 19] = [
    Field::Code,
    Field::Sector,
    Field::Localities,
    Field::Period,
    Field::Status,
    Field::Owner,
    Field::Published,
    Field::Updated,
    Field::Start,
    Field::End,
    Field::Beneficiaries,
    Field::Sdgs,
    Field::ContactName,
    Field::ContactEmail,
    Field::ContactPhone,
    Field::Currency,
    Field::Total,
    Field::Requested,
    Field::Counterpart,
];

/// Facts every project has.
pub(crate) fn required(field: Field) -> bool {
    matches!(
        field,
        Field::Code
            | Field::Sector
            | Field::Localities
            | Field::Period
            | Field::Status
            | Field::Owner
            | Field::Published
            | Field::Currency
            | Field::Total
            | Field::Requested
            | Field::Counterpart
    )
}

/// The arrays of tables a sheet other than the projects' stands for, and
/// the keys of one entry, in the order facts.toml writes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum List {
    Funding,
    Indicators,
    Years,
}

impl List {
    pub(crate) const ALL: [List; 3] = [List::Years, List::Funding, List::Indicators];

    /// The path of the array of tables: `funding`, `budget.years`.
    pub(crate) fn path(self) -> &'static [&'static str] {
        match self {
            List::Funding => &["funding"],
            List::Indicators => &["indicators"],
            List::Years => &["budget", "years"],
        }
    }

    pub(crate) fn keys(self) -> &'static [(&'static str, Form)] {
        match self {
            List::Funding => &[
                ("donor", Form::Text),
                ("kind", Form::Text),
                ("amount", Form::Money),
                ("currency", Form::Text),
                ("date", Form::Day),
            ],
            List::Indicators => &[
                ("label", Form::Texts),
                ("unit", Form::Texts),
                ("baseline", Form::Measure),
                ("target", Form::Measure),
                ("actual", Form::Measure),
                ("better", Form::Text),
            ],
            List::Years => &[("year", Form::Whole), ("requested", Form::Money)],
        }
    }
}

/// One entry of a list, its keys in the list's order; `better = "higher"`,
/// the default, is left out so that the same entry compares equal however
/// it was written.
pub(crate) type Entry = Vec<(&'static str, Value)>;

/// An entry as written in a facts.toml table.
pub(crate) fn entry_of(list: List, table: &toml_edit::Table) -> Entry {
    list.keys()
        .iter()
        .filter_map(|(key, form)| {
            let v = Value::from_item(table.get(key)?, *form)?;
            (!(*key == "better" && v == Value::Text("higher".into()))).then_some((*key, v))
        })
        .collect()
}

/// An entry as the dry run shows it: `plan-international, committed, 60_000, USD, 2022-05-10`.
pub(crate) fn shown(entry: &Entry) -> String {
    entry
        .iter()
        .map(|(_, v)| match v {
            Value::Text(t) => t.clone(),
            other => other.shown(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod text_tests {
    use super::*;

    #[test]
    fn a_text_with_line_breaks_stays_on_one_line_and_reads_back() {
        let written = Value::Text("Tóm tắt\n+++\n<b>\"x\"</b>\\".to_string()).toml();
        assert!(!written.contains('\n'), "{written}");
        let front = format!("+++\nsummary = {written}\n+++\n");
        let (_, inner) = front.split_once("+++\n").unwrap();
        let (inner, _) = inner.split_once("+++\n").unwrap();
        let table: toml::Table = toml::from_str(inner).unwrap();
        assert_eq!(
            table["summary"].as_str(),
            Some("Tóm tắt\n+++\n<b>\"x\"</b>\\")
        );
        assert_eq!(Value::Text("Trạm y tế".to_string()).toml(), "\"Trạm y tế\"");
    }

    #[test]
    #[allow(
        clippy::cast_precision_loss,
        reason = "the whole numbers here are small"
    )]
    fn a_measure_is_written_as_toml_reads_it_back_whatever_its_size() {
        for x in [0.0, 12.0, 1.5, 1e15, 1e20, -3e300, 1e-20] {
            let line = format!("x = {}", Value::Measure(x).toml());
            let table: toml::Table =
                toml::from_str(&line).unwrap_or_else(|e| panic!("{line}: {e}"));
            let back = table["x"]
                .as_float()
                .or(table["x"].as_integer().map(|i| i as f64));
            assert_eq!(back, Some(x), "{line}");
        }
    }
}
