//! content/organisations.toml: owners, donors, NGOs and agencies.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::config::Config;
use crate::content::check::{Ceased, Checker, Orgs};
use crate::content::texts::{RawTexts, Texts};
use crate::content::types::{slug_problem, Date, OrgKey};
use crate::diagnostics::{suggest, suggest_or, Diagnostics};
use crate::messages::text;
use crate::source::SourceFile;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOrganisation {
    name: RawTexts,
    kind: OrgKind,
    country: Spanned<String>,
    website: Option<Spanned<String>>,
    email: Option<Spanned<String>>,
    iati_ref: Option<Spanned<String>>,
    // Format 2: a body that ceased, and the one that took over.
    until: Option<Spanned<Date>>,
    successor: Option<Spanned<String>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum OrgKind {
    Government,
    Ngo,
    Donor,
    Un,
    Other,
}

#[derive(Debug, Clone)]
pub(crate) struct Organisation {
    pub(crate) name: Texts,
    pub(crate) kind: OrgKind,
    /// ISO 3166-1 alpha-2.
    pub(crate) country: String,
    pub(crate) website: Option<String>,
    pub(crate) email: Option<String>,
    pub(crate) iati_ref: Option<String>,
    /// The last day it existed (format 2).
    pub(crate) until: Option<Date>,
    /// The body that took over its work, with `until`.
    pub(crate) successor: Option<OrgKey>,
}

pub(crate) fn load(
    source: &SourceFile,
    config: &Config,
    today: Date,
    out: &mut Diagnostics,
) -> BTreeMap<OrgKey, Organisation> {
    // Each key keeps its place: a key that is not valid is pointed at in its
    // `[header]`.
    let raw: BTreeMap<Spanned<String>, RawOrganisation> =
        match crate::toml_error::parse(source, &source.text, 0) {
            Ok(r) => r,
            Err(d) => {
                out.extend(d);
                return BTreeMap::new();
            }
        };
    let empty = Orgs::new();
    let mut c = Checker::new(config, &empty, source, today);
    let mut orgs = BTreeMap::new();
    let keys: Vec<String> = raw.keys().map(|k| k.get_ref().clone()).collect();
    for (key, o) in raw {
        let (key_span, key) = (key.span(), key.into_inner());
        let own_successor = o.successor.as_ref().is_some_and(|s| *s.get_ref() == key);
        let successor = o.successor.as_ref().and_then(|s| {
            if own_successor {
                // One message, in its own words: neither "not an
                // organisation" nor "add `until`" would help.
                c.error(
                    s.span(),
                    text!(
                        "own-successor",
                        what = text!("what-organisation", key = key.clone())
                    ),
                    text!("org-own-successor-fix"),
                );
                return None;
            }
            if keys.contains(s.get_ref()) {
                return Some(OrgKey(s.get_ref().clone()));
            }
            c.error(
                s.span(),
                text!(
                    "org-successor-unknown",
                    key = key.clone(),
                    value = s.get_ref()
                ),
                suggest_or(
                    suggest(s.get_ref(), keys.iter().map(String::as_str)),
                    text!("org-successor-unknown-fix"),
                ),
            );
            None
        });
        if let (Some(s), None, false) = (&o.successor, &o.until, own_successor) {
            c.error(
                s.span(),
                text!(
                    "successor-without-until",
                    what = text!("what-organisation", key = key.clone())
                ),
                text!("org-successor-without-until-fix"),
            );
        }
        if let Some(problem) = slug_problem(&key) {
            c.error(
                key_span,
                text!("org-key-invalid", key = key.clone(), problem = problem),
                text!("org-key-invalid-fix"),
            );
        }
        let country = o.country.get_ref();
        if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_uppercase()) {
            c.error(
                o.country.span(),
                text!("org-country", key = key.clone(), found = country),
                text!("org-country-fix"),
            );
        }
        if let Some(w) = &o.website {
            c.url(w, "website");
        }
        if let Some(e) = &o.email {
            c.email(e);
        }
        let name = c.texts(&o.name, &text!("what-organisation", key = key.clone()));
        if let Some(name) = name {
            orgs.insert(
                OrgKey(key),
                Organisation {
                    name,
                    kind: o.kind,
                    country: country.clone(),
                    website: o.website.map(Spanned::into_inner),
                    email: o.email.map(Spanned::into_inner),
                    iati_ref: o.iati_ref.map(Spanned::into_inner),
                    until: o.until.map(Spanned::into_inner),
                    successor,
                },
            );
        }
    }
    out.extend(c.out);
    orgs
}

/// What validation needs of the organisations: which ceased, and when.
pub(crate) fn index(orgs: &BTreeMap<OrgKey, Organisation>) -> Orgs {
    orgs.iter()
        .map(|(key, o)| {
            let ceased = o.until.map(|until| Ceased {
                until,
                successor: o.successor.clone(),
            });
            (key.clone(), ceased)
        })
        .collect()
}
