//! What every kind's validation needs: the vocabularies and a place to report.

use std::collections::BTreeMap;
use std::ops::Range;

use toml::Spanned;

use crate::config::Config;
use crate::content::texts::{RawTexts, Texts};
use crate::content::types::{Currency, Date, LocalityKey, OrgKey, PeriodKey, SectorKey};
use crate::diagnostics::{suggest, Diagnostic, Diagnostics};
use crate::messages::{text, Text};
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

/// A vocabulary a reference resolves in: its name for messages and where it
/// is listed.
#[derive(Clone, Copy)]
enum Vocabulary {
    Sectors,
    Localities,
    Periods,
    Organisations,
}

impl Vocabulary {
    fn key(self) -> &'static str {
        match self {
            Vocabulary::Sectors => "sector",
            Vocabulary::Localities => "locality",
            Vocabulary::Periods => "period",
            Vocabulary::Organisations => "organisation",
        }
    }
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

    pub(crate) fn error(
        &mut self,
        span: Range<usize>,
        message: Text,
        fix: impl Into<Option<Text>>,
    ) {
        let at = Some(self.source.position(span.start));
        self.out
            .push(Diagnostic::error(&self.source.name, message, fix).at(at));
    }

    pub(crate) fn warning(
        &mut self,
        span: Range<usize>,
        message: Text,
        fix: impl Into<Option<Text>>,
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
        // One message a file for a currency, however many lines use it.
        let message = text!("no-rate", currency = currency.code());
        if self.out.sorted().any(|d| d.message == message) {
            return false;
        }
        self.error(
            raw.span(),
            message,
            text!(
                "no-rate-fix",
                currency = currency.code(),
                base = self.config.money.base.code(),
                date = self.today.to_string()
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

    /// The body that does a ceased body's work today: its successor, or
    /// that one's, and so on (a body may cease twice in a year of mergers).
    pub(crate) fn answering_today(&self, ceased: &'a Ceased) -> Option<&'a OrgKey> {
        let mut next = ceased.successor.as_ref();
        // As many steps as there are bodies: a circle of successors ends.
        for _ in 0..=self.orgs.len() {
            let key = next?;
            match self.ceased(key.as_str()) {
                Some(c) => next = c.successor.as_ref(),
                None => return Some(key),
            }
        }
        None
    }

    pub(crate) fn has_errors(&self) -> bool {
        self.out.has_errors()
    }

    pub(crate) fn texts(&mut self, raw: &RawTexts, what: &Text) -> Option<Texts> {
        Texts::check(
            raw,
            &self.config.languages,
            self.source,
            what,
            &mut self.out,
        )
    }

    /// Resolves a reference to a key of a vocabulary.
    fn key<K: Ord>(
        &mut self,
        raw: &Spanned<String>,
        known: bool,
        make: fn(String) -> K,
        vocabulary: Vocabulary,
    ) -> Option<K> {
        if known {
            return Some(make(raw.get_ref().clone()));
        }
        let names = self.key_names(vocabulary);
        let which = vocabulary.key();
        let fix = match suggest(raw.get_ref(), names.iter().copied()) {
            _ if names.is_empty() => text!(
                "no-such-keys-yet",
                vocabulary = which,
                value = raw.get_ref()
            ),
            Some(s) => text!(
                "suggestion-and-hint",
                suggestion = s,
                hint = text!("keys-listed-in", vocabulary = which)
            ),
            None => text!("keys-listed-in", vocabulary = which),
        };
        self.error(
            raw.span(),
            text!("not-a-key", value = raw.get_ref(), vocabulary = which),
            fix,
        );
        None
    }

    fn key_names(&self, vocabulary: Vocabulary) -> Vec<&'a str> {
        match vocabulary {
            Vocabulary::Sectors => self.config.sectors.keys().map(SectorKey::as_str).collect(),
            Vocabulary::Localities => self
                .config
                .localities
                .keys()
                .map(LocalityKey::as_str)
                .collect(),
            Vocabulary::Periods => self.config.periods.keys().map(PeriodKey::as_str).collect(),
            Vocabulary::Organisations => self.orgs.keys().map(OrgKey::as_str).collect(),
        }
    }

    pub(crate) fn sector(&mut self, raw: &Spanned<String>) -> Option<SectorKey> {
        let known = self.config.sectors.contains_key(raw.get_ref().as_str());
        self.key(raw, known, SectorKey, Vocabulary::Sectors)
    }

    pub(crate) fn locality(&mut self, raw: &Spanned<String>) -> Option<LocalityKey> {
        let known = self.config.localities.contains_key(raw.get_ref().as_str());
        self.key(raw, known, LocalityKey, Vocabulary::Localities)
    }

    pub(crate) fn period(&mut self, raw: &Spanned<String>) -> Option<PeriodKey> {
        let known = self.config.periods.contains_key(raw.get_ref().as_str());
        self.key(raw, known, PeriodKey, Vocabulary::Periods)
    }

    pub(crate) fn org(&mut self, raw: &Spanned<String>) -> Option<OrgKey> {
        let known = self.orgs.contains_key(raw.get_ref().as_str());
        self.key(raw, known, OrgKey, Vocabulary::Organisations)
    }

    /// An `http(s)` address, as staff would paste it from a browser.
    pub(crate) fn url(&mut self, raw: &Spanned<String>, key: &'static str) {
        let u = raw.get_ref();
        let ok = (u.starts_with("https://") || u.starts_with("http://"))
            && u.len() > 8
            && !u.contains(char::is_whitespace);
        if !ok {
            self.error(
                raw.span(),
                text!("not-a-web-address", key = key, found = u),
                text!("not-a-web-address-fix"),
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
                text!("not-an-email", found = v),
                text!("not-an-email-fix"),
            );
        }
    }
}
