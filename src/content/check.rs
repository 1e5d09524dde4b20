//! What every kind's validation needs: the vocabularies and a place to report.

use std::collections::BTreeMap;
use std::ops::Range;

use toml::Spanned;

use crate::config::Config;
use crate::content::texts::Texts;
use crate::content::types::{Currency, Date, LocalityKey, OrgKey, PeriodKey, SectorKey};
use crate::diagnostics::{suggest, Diagnostic, Diagnostics};
use crate::source::SourceFile;

/// What validation knows of each organisation of content/organisations.toml:
/// whether it ceased, and when.
pub(crate) type Orgs = BTreeMap<OrgKey, Option<Ceased>>;

/// An organisation's last day and the body that took over (format 2).
#[derive(Clone, Debug)]
pub(crate) struct Ceased {
    pub(crate) until: Date,
    pub(crate) successor: Option<OrgKey>,
}

/// Validation of one file: the vocabularies to resolve keys against, the file
/// for positions, the day it is, and the mistakes found so far.
pub(crate) struct Checker<'a> {
    pub(crate) config: &'a Config,
    pub(crate) orgs: &'a Orgs,
    pub(crate) source: &'a SourceFile,
    /// The day of the check (`SOURCE_DATE_EPOCH` when set): facts that time
    /// made untrue are warned of.
    pub(crate) today: Date,
    pub(crate) out: Diagnostics,
}

impl<'a> Checker<'a> {
    pub(crate) fn new(
        config: &'a Config,
        orgs: &'a Orgs,
        source: &'a SourceFile,
        today: Date,
    ) -> Self {
        Checker {
            config,
            orgs,
            source,
            today,
            out: Diagnostics::default(),
        }
    }

    pub(crate) fn warning(
        &mut self,
        span: Range<usize>,
        message: impl Into<String>,
        fix: impl Into<String>,
    ) {
        let at = Some(self.source.position(span.start));
        self.out
            .push(Diagnostic::warning(&self.source.name, message, fix).at(at));
    }

    /// An amount's currency must have a rate in `[money]` (a mistake), so that
    /// every total can hold it.
    pub(crate) fn currency(&mut self, raw: &Spanned<Currency>) -> bool {
        let currency = *raw.get_ref();
        if self.config.money.has(currency) {
            return true;
        }
        self.error(
            raw.span(),
            format!(
                "there is no exchange rate for {} in site.toml, so this amount cannot be counted in any total",
                currency.code()
            ),
            format!(
                "add to site.toml:\n    [[money.rates]]\n    currency = \"{}\"\n    per_unit = …   # {} for one {}\n    date = {}",
                currency.code(),
                self.config.money.base.code(),
                currency.code(),
                self.today
            ),
        );
        false
    }

    /// The organisation `key` if it has ceased by today.
    pub(crate) fn ceased(&self, key: &str) -> Option<&'a Ceased> {
        self.orgs
            .get(key)?
            .as_ref()
            .filter(|c| c.until < self.today)
    }

    pub(crate) fn error(
        &mut self,
        span: Range<usize>,
        message: impl Into<String>,
        fix: impl Into<String>,
    ) {
        let at = Some(self.source.position(span.start));
        self.out
            .push(Diagnostic::error(&self.source.name, message, fix).at(at));
    }

    pub(crate) fn has_errors(&self) -> bool {
        self.out.has_errors()
    }

    pub(crate) fn texts(
        &mut self,
        raw: &Spanned<BTreeMap<String, String>>,
        what: &str,
    ) -> Option<Texts> {
        Texts::check(
            raw,
            &self.config.languages,
            self.source,
            what,
            &mut self.out,
        )
    }

    /// Resolves a reference; `what` names one and many: ("a sector", "sectors").
    fn key<K: Ord>(
        &mut self,
        raw: &Spanned<String>,
        known: bool,
        make: fn(String) -> K,
        (one, many): (&str, &str),
        home: &str,
    ) -> Option<K> {
        if known {
            return Some(make(raw.get_ref().clone()));
        }
        let names = self.key_names(many);
        let fix = if names.is_empty() {
            format!(
                "there are no {many} yet: add \"{}\" to {home}",
                raw.get_ref()
            )
        } else {
            format!(
                "{} (the {many} are listed in {home})",
                suggest(raw.get_ref(), names)
            )
        };
        self.error(
            raw.span(),
            format!("\"{}\" is not {one}", raw.get_ref()),
            fix,
        );
        None
    }

    fn key_names(&self, many: &str) -> Vec<&'a str> {
        match many {
            "sectors" => self.config.sectors.keys().map(SectorKey::as_str).collect(),
            "localities" => self
                .config
                .localities
                .keys()
                .map(LocalityKey::as_str)
                .collect(),
            "periods" => self.config.periods.keys().map(PeriodKey::as_str).collect(),
            _ => self.orgs.keys().map(OrgKey::as_str).collect(),
        }
    }

    pub(crate) fn sector(&mut self, raw: &Spanned<String>) -> Option<SectorKey> {
        let home = "site.toml under [sectors]";
        self.key(
            raw,
            self.config.sectors.contains_key(raw.get_ref().as_str()),
            SectorKey,
            ("a sector", "sectors"),
            home,
        )
    }

    pub(crate) fn locality(&mut self, raw: &Spanned<String>) -> Option<LocalityKey> {
        let home = "site.toml under [localities]";
        self.key(
            raw,
            self.config.localities.contains_key(raw.get_ref().as_str()),
            LocalityKey,
            ("a locality", "localities"),
            home,
        )
    }

    pub(crate) fn period(&mut self, raw: &Spanned<String>) -> Option<PeriodKey> {
        let home = "site.toml under [periods]";
        self.key(
            raw,
            self.config.periods.contains_key(raw.get_ref().as_str()),
            PeriodKey,
            ("a period", "periods"),
            home,
        )
    }

    pub(crate) fn org(&mut self, raw: &Spanned<String>) -> Option<OrgKey> {
        let home = "content/organisations.toml";
        self.key(
            raw,
            self.orgs.contains_key(raw.get_ref().as_str()),
            OrgKey,
            ("an organisation", "organisations"),
            home,
        )
    }

    /// An `http(s)` address, as staff would paste it from a browser.
    pub(crate) fn url(&mut self, raw: &Spanned<String>, what: &str) {
        let u = raw.get_ref();
        let ok = (u.starts_with("https://") || u.starts_with("http://"))
            && u.len() > 8
            && !u.contains(char::is_whitespace);
        if !ok {
            self.error(
                raw.span(),
                format!("`{what}` must be a web address starting with https://, found \"{u}\""),
                "copy the full address from the browser, like \"https://example.gov.vn/page\"",
            );
        }
    }

    /// An e-mail address, as staff would copy it.
    pub(crate) fn email(&mut self, e: &Spanned<String>) {
        let v = e.get_ref();
        let valid = v.split_once('@').is_some_and(|(user, host)| {
            !user.is_empty() && host.contains('.') && !host.starts_with('.') && !host.ends_with('.')
        }) && !v.contains(char::is_whitespace);
        if !valid {
            self.error(
                e.span(),
                format!("\"{v}\" is not an email address"),
                "write it like \"name@example.gov.vn\"",
            );
        }
    }
}
