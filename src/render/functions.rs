//! Tera functions and filters bound to one language: `t()`, `money`, `number`,
//! `date`, `filesize`, `approx`.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use fluent_bundle::FluentArgs;
use tera::{from_value, Error, Filter, Function, Result, Value};

use crate::content::money::{At, Rates};
use crate::content::texts::{LangId, Languages};
use crate::content::types::{Currency, Money};
use crate::format::NumberFormat;
use crate::i18n::I18n;

/// Everything a language's functions share.
pub(crate) struct Locale {
    pub(crate) i18n: Arc<I18n>,
    pub(crate) lang: LangId,
    pub(crate) languages: Languages,
    pub(crate) numbers: NumberFormat,
    pub(crate) money: Rates,
    /// The `money` message split around its amount, by currency; `None`
    /// where it does not split (see `I18n::money_around`).
    money_around: RwLock<rustc_hash::FxHashMap<String, Option<(String, String)>>>,
}

impl Locale {
    pub(crate) fn new(
        i18n: Arc<I18n>,
        lang: LangId,
        languages: &Languages,
        money: &Rates,
    ) -> Locale {
        Locale {
            i18n,
            lang,
            numbers: NumberFormat::new(languages.code(lang)),
            languages: languages.clone(),
            money: money.clone(),
            money_around: RwLock::default(),
        }
    }

    fn money(&self, value: &Value) -> Result<String> {
        let amount = value
            .get("amount")
            .and_then(Value::as_u64)
            .ok_or_else(|| Error::msg(format!("`money` needs an amount, got {value}")))?;
        let currency = value
            .get("currency")
            .and_then(Value::as_str)
            .ok_or_else(|| Error::msg("`money` needs a currency"))?;
        let write = |around: &Option<(String, String)>| {
            around.as_ref().map(|(before, after)| {
                [
                    before.as_str(),
                    &self.numbers.integer(amount),
                    after.as_str(),
                ]
                .concat()
            })
        };
        let known = self
            .money_around
            .read()
            .ok()
            .and_then(|memo| memo.get(currency).map(write));
        let written = known.unwrap_or_else(|| {
            let around = self.i18n.money_around(self.lang, currency);
            let written = write(&around);
            if let Ok(mut memo) = self.money_around.write() {
                memo.insert(currency.to_string(), around);
            }
            written
        });
        match written {
            Some(text) => Ok(text),
            None => self
                .i18n
                .money(self.lang, &self.numbers, amount, currency)
                .map_err(Error::msg),
        }
    }

    fn date(&self, value: &Value) -> Result<String> {
        let text = value
            .as_str()
            .ok_or_else(|| Error::msg(format!("`date` needs a date, got {value}")))?;
        let date = chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .map_err(|e| Error::msg(format!("`date`: {text}: {e}")))?;
        self.i18n.date(self.lang, date).map_err(Error::msg)
    }
}

/// `t(key="…", lang="vi", own=true, name=value…)`: a UI string; `lang` asks for
/// another language (for the bilingual translation notice); `own` gives "" when
/// the language's files lack the message instead of borrowing it.
pub(crate) struct Translate {
    locale: Arc<Locale>,
    /// `t(key=…)` with nothing else, by key: a page calls it about sixty
    /// times with the same few hundred keys, and Fluent formats each anew.
    plain: Memo,
}

impl Translate {
    pub(crate) fn new(locale: Arc<Locale>) -> Translate {
        Translate {
            locale,
            plain: Memo::default(),
        }
    }

    fn plain(&self, args: &HashMap<String, Value>) -> Result<Value> {
        let key = args.get("key").and_then(Value::as_str);
        self.plain.get_or(key, || self.format(args))
    }

    fn format(&self, args: &HashMap<String, Value>) -> Result<Value> {
        let locale = &self.locale;
        let key = args
            .get("key")
            .and_then(Value::as_str)
            .ok_or_else(|| Error::msg("t() needs key=\"…\""))?;
        let lang = match args.get("lang").and_then(Value::as_str) {
            Some(code) => locale
                .languages
                .find(code)
                .ok_or_else(|| Error::msg(format!("t(): unknown language {code}")))?,
            None => locale.lang,
        };
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            match value {
                _ if name == "key" || name == "lang" || name == "own" => {}
                Value::Number(n) => fluent.set(name.as_str(), n.as_f64().unwrap_or_default()),
                Value::String(s) => fluent.set(name.as_str(), s.clone()),
                Value::Bool(b) => fluent.set(name.as_str(), b.to_string()),
                other => fluent.set(name.as_str(), other.to_string()),
            }
        }
        let (text, used) = locale
            .i18n
            .t_in(lang, key, Some(&fluent))
            .map_err(Error::msg)?;
        if used != lang && args.get("own").and_then(Value::as_bool) == Some(true) {
            return Ok(Value::String(String::new()));
        }
        // A message borrowed from another language is marked, so that the page
        // can say which language it is in (see `lang_marks`).
        if used != lang && !args.contains_key("lang") {
            return Ok(Value::String(super::lang_marks::mark(
                locale.languages.code(used),
                &text,
            )));
        }
        Ok(Value::String(text))
    }
}

impl Function for Translate {
    fn call(&self, args: &HashMap<String, Value>) -> Result<Value> {
        if args.len() == 1 {
            self.plain(args)
        } else {
            self.format(args)
        }
    }

    fn is_safe(&self) -> bool {
        false
    }
}

pub(crate) struct MoneyFilter(pub(crate) Arc<Locale>);

impl Filter for MoneyFilter {
    fn filter(&self, value: &Value, _: &HashMap<String, Value>) -> Result<Value> {
        self.0.money(value).map(Value::String)
    }
}

pub(crate) struct NumberFilter(pub(crate) Arc<Locale>);

impl Filter for NumberFilter {
    fn filter(&self, value: &Value, _: &HashMap<String, Value>) -> Result<Value> {
        let n = value
            .as_f64()
            .ok_or_else(|| Error::msg(format!("`number` needs a number, got {value}")))?;
        Ok(Value::String(self.0.numbers.decimal(n, 2)))
    }
}

pub(crate) struct DateFilter {
    locale: Arc<Locale>,
    /// Each day as written, by its ISO form: a catalogue shows a few
    /// thousand days tens of thousands of times, and Fluent formats anew.
    written: Memo,
}

impl DateFilter {
    pub(crate) fn new(locale: Arc<Locale>) -> DateFilter {
        DateFilter {
            locale,
            written: Memo::default(),
        }
    }
}

impl Filter for DateFilter {
    fn filter(&self, value: &Value, _: &HashMap<String, Value>) -> Result<Value> {
        self.written.get_or(value.as_str(), || {
            self.locale.date(value).map(Value::String)
        })
    }
}

/// Values made once per key and shared by the threads that render pages;
/// hashed with Fx, as a page asks for some sixty keys.
#[derive(Default)]
struct Memo(RwLock<rustc_hash::FxHashMap<String, Value>>);

impl Memo {
    /// The value of `key`, made by `make` the first time; made every time
    /// without a key. A failure is not kept.
    fn get_or(&self, key: Option<&str>, make: impl FnOnce() -> Result<Value>) -> Result<Value> {
        let Some(key) = key else {
            return make();
        };
        if let Some(value) = self.0.read().ok().and_then(|m| m.get(key).cloned()) {
            return Ok(value);
        }
        let value = make()?;
        if let Ok(mut memo) = self.0.write() {
            memo.insert(key.to_string(), value.clone());
        }
        Ok(value)
    }
}

/// Bytes as KB or MB with the language's decimal separator.
pub(crate) struct FileSizeFilter(pub(crate) Arc<Locale>);

impl Filter for FileSizeFilter {
    #[allow(
        clippy::cast_precision_loss,
        reason = "a file size shown to one decimal"
    )]
    fn filter(&self, value: &Value, _: &HashMap<String, Value>) -> Result<Value> {
        let bytes: u64 = from_value(value.clone())?;
        let numbers = &self.0.numbers;
        Ok(Value::String(if bytes < 1024 * 1024 {
            format!(
                "{} KB",
                numbers.decimal((bytes as f64 / 1024.0).max(0.1), 1)
            )
        } else {
            format!(
                "{} MB",
                numbers.decimal(bytes as f64 / (1024.0 * 1024.0), 1)
            )
        }))
    }
}

/// An amount converted at the latest rate, named as converted with the
/// rate's date ("about USD 25,591 at the rate of 2 January 2025"): an amount
/// in the base currency into US dollars (what most donors count in), any
/// other into the base currency; "" when there is no such rate.
pub(crate) struct ApproxFilter(pub(crate) Arc<Locale>);

impl Filter for ApproxFilter {
    fn filter(&self, value: &Value, _: &HashMap<String, Value>) -> Result<Value> {
        let locale = &self.0;
        let rates = &locale.money;
        let amount = value.get("amount").and_then(Value::as_u64).unwrap_or(0);
        let currency = match value.get("currency").and_then(Value::as_str) {
            Some("VND") => Currency::Vnd,
            Some("USD") => Currency::Usd,
            Some("EUR") => Currency::Eur,
            _ => return Ok(Value::String(String::new())),
        };
        let to = if currency == rates.base {
            Currency::Usd
        } else {
            rates.base
        };
        let line = rates
            .line(currency, At::Latest)
            .or_else(|| rates.line(to, At::Latest));
        let (Some(line), true) = (line, rates.has(to) && to != currency) else {
            return Ok(Value::String(String::new()));
        };
        let converted = rates.convert(Money::new(amount, currency), to, At::Latest);
        let mut args = FluentArgs::new();
        let money = locale
            .i18n
            .money(locale.lang, &locale.numbers, converted.amount, to.code());
        args.set("amount", money.map_err(Error::msg)?);
        args.set(
            "date",
            locale
                .i18n
                .date(locale.lang, line.date.0)
                .map_err(Error::msg)?,
        );
        locale
            .i18n
            .t(locale.lang, "approx-converted", Some(&args))
            .map(Value::String)
            .map_err(Error::msg)
    }
}
