//! `[localities]`: places as data, with the units they belong to and, for
//! those that ceased, their last day and their successor.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;
use toml::Spanned;

use super::RawTexts;
use crate::content::texts::{Languages, Texts};
use crate::content::types::{Date, LocalityKey};
use crate::diagnostics::{suggest, suggest_or, Diagnostic, Diagnostics};
use crate::messages::text;
use crate::source::SourceFile;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLocality {
    name: RawTexts,
    parent: Option<Spanned<String>>,
    until: Option<Date>,
    successor: Option<Spanned<String>>,
}

#[derive(Debug)]
pub(crate) struct Locality {
    pub(crate) name: Texts,
    pub(crate) parent: Option<LocalityKey>,
    pub(crate) until: Option<Date>,
    pub(crate) successor: Option<LocalityKey>,
}

pub(super) fn check_localities(
    raw: &BTreeMap<String, RawLocality>,
    languages: &Languages,
    source: &SourceFile,
    out: &mut Diagnostics,
) -> BTreeMap<LocalityKey, Locality> {
    let at = |span: std::ops::Range<usize>| Some(source.position(span.start));
    let keys = || raw.keys().map(String::as_str);
    let mut result = BTreeMap::new();
    for (key, l) in raw {
        let mut resolve = |r: &Option<Spanned<String>>, what: &'static str| {
            let r = r.as_ref()?;
            if r.get_ref() == key && what == "parent" {
                // check_cycles says so, in plainer words than "not a locality".
                None
            } else if r.get_ref() == key {
                // One message, in its own words: neither "not a locality"
                // nor "add `until`" would help.
                out.push(
                    Diagnostic::error(
                        &source.name,
                        text!("own-successor", what = text!("what-locality", key = key)),
                        text!("locality-own-successor-fix"),
                    )
                    .at(at(r.span())),
                );
                None
            } else if raw.contains_key(r.get_ref()) {
                Some(LocalityKey(r.get_ref().clone()))
            } else {
                out.push(
                    Diagnostic::error(
                        &source.name,
                        text!(
                            "locality-ref-unknown",
                            key = key,
                            what = what,
                            value = r.get_ref()
                        ),
                        suggest_or(
                            suggest(r.get_ref(), keys()),
                            text!("locality-ref-unknown-fix", value = r.get_ref()),
                        ),
                    )
                    .at(at(r.span())),
                );
                None
            }
        };
        let parent = resolve(&l.parent, "parent");
        let successor = resolve(&l.successor, "successor");
        let own_successor = l.successor.as_ref().is_some_and(|s| s.get_ref() == key);
        if let (Some(s), None, false) = (&l.successor, l.until, own_successor) {
            out.push(
                Diagnostic::error(
                    &source.name,
                    text!(
                        "successor-without-until",
                        what = text!("what-locality", key = key)
                    ),
                    text!("successor-without-until-fix"),
                )
                .at(at(s.span())),
            );
        }
        if let Some(name) = Texts::check(
            &l.name,
            languages,
            source,
            &text!("what-locality", key = key),
            out,
        ) {
            result.insert(
                LocalityKey(key.clone()),
                Locality {
                    name,
                    parent,
                    until: l.until,
                    successor,
                },
            );
        }
    }
    check_cycles(raw, source, out);
    result
}

/// A locality may not be its own ancestor.
fn check_cycles(raw: &BTreeMap<String, RawLocality>, source: &SourceFile, out: &mut Diagnostics) {
    let at = |span: std::ops::Range<usize>| Some(source.position(span.start));
    // Follow each chain of parents; a chain that comes back to a locality it
    // passed is a cycle, reported once, at the first of its members by name.
    let mut reported: BTreeSet<&str> = BTreeSet::new();
    for key in raw.keys() {
        let mut chain: Vec<&str> = vec![key.as_str()];
        let mut current = raw.get(key).and_then(|l| l.parent.as_ref());
        while let Some(parent) = current {
            let parent = parent.get_ref().as_str();
            if let Some(start) = chain.iter().position(|k| *k == parent) {
                let mut cycle = chain[start..].to_vec();
                if cycle.iter().any(|k| reported.contains(k)) {
                    break;
                }
                reported.extend(cycle.iter().copied());
                let first = *cycle.iter().min().unwrap_or(&parent);
                cycle.push(cycle[0]);
                let path = cycle
                    .iter()
                    .map(|k| format!("`{k}`"))
                    .collect::<Vec<_>>()
                    .join(" → ");
                let span = raw[first]
                    .parent
                    .as_ref()
                    .map(Spanned::span)
                    .unwrap_or_default();
                let message = if cycle.len() == 2 {
                    text!("locality-own-parent", key = first)
                } else {
                    text!("locality-cycle", path = path)
                };
                out.push(
                    Diagnostic::error(&source.name, message, text!("locality-cycle-fix"))
                        .at(at(span)),
                );
                break;
            }
            chain.push(parent);
            current = raw.get(parent).and_then(|l| l.parent.as_ref());
        }
    }
}
