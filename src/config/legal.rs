//! `[legal]` (format 2): the legal documents procedures cite, with the day a
//! replaced one ceased and what replaced it.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use super::RawTexts;
use crate::content::texts::{Languages, Texts};
use crate::content::types::Date;
use crate::diagnostics::{suggest, suggest_or, Diagnostic, Diagnostics};
use crate::messages::text;
use crate::source::SourceFile;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLegal {
    date: Date,
    title: RawTexts,
    until: Option<Spanned<Date>>,
    replaced_by: Option<Spanned<String>>,
}

/// A legal document of the register, by its number (`313/2025/NĐ-CP`).
#[derive(Debug)]
pub(crate) struct LegalDoc {
    pub(crate) date: Date,
    pub(crate) title: Texts,
    /// The last day it was in force.
    pub(crate) until: Option<Date>,
    /// The document that replaced it: a key of the register.
    pub(crate) replaced_by: Option<String>,
}

pub(super) fn check_legal(
    raw: &BTreeMap<String, Spanned<RawLegal>>,
    languages: &Languages,
    source: &SourceFile,
    out: &mut Diagnostics,
) -> BTreeMap<String, LegalDoc> {
    let at = |span: std::ops::Range<usize>| Some(source.position(span.start));
    let mut register = BTreeMap::new();
    for (reference, entry) in raw {
        let doc = entry.get_ref();
        if let Some(by) = &doc.replaced_by {
            if !raw.contains_key(by.get_ref()) || by.get_ref() == reference {
                out.push(
                    Diagnostic::error(
                        &source.name,
                        text!(
                            "legal-replaced-by-unknown",
                            reference = reference,
                            by = by.get_ref()
                        ),
                        suggest_or(
                            suggest(by.get_ref(), raw.keys().map(String::as_str)),
                            text!("legal-replaced-by-unknown-fix", by = by.get_ref()),
                        ),
                    )
                    .at(at(by.span())),
                );
            }
            if doc.until.is_none() {
                out.push(
                    Diagnostic::error(
                        &source.name,
                        text!("legal-replaced-without-until", reference = reference),
                        text!("legal-replaced-without-until-fix"),
                    )
                    .at(at(by.span())),
                );
            }
        }
        if let Some(until) = &doc.until {
            if *until.get_ref() < doc.date {
                out.push(
                    Diagnostic::error(
                        &source.name,
                        text!(
                            "legal-until-before-date",
                            reference = reference,
                            until = until.get_ref().to_string(),
                            date = doc.date.to_string()
                        ),
                        text!("legal-until-before-date-fix"),
                    )
                    .at(at(until.span())),
                );
            }
        }
        let what = text!("what-legal-title", reference = reference);
        if let Some(title) = Texts::check(&doc.title, languages, source, &what, out) {
            register.insert(
                reference.clone(),
                LegalDoc {
                    date: doc.date,
                    title,
                    until: doc.until.as_ref().map(|u| *u.get_ref()),
                    replaced_by: doc.replaced_by.as_ref().map(|r| r.get_ref().clone()),
                },
            );
        }
    }
    register
}
