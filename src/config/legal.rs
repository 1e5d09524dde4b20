//! `[legal]` (format 2): the legal documents procedures cite, with the day a
//! replaced one ceased and what replaced it.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use super::RawTexts;
use crate::content::texts::{Languages, Texts};
use crate::content::types::Date;
use crate::diagnostics::{suggest, Diagnostic, Diagnostics};
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
                        format!(
                            "[legal.\"{reference}\"]: `replaced_by` \"{}\" is not a document of [legal]",
                            by.get_ref()
                        ),
                        format!(
                            "{} (or add [legal.\"{}\"] with its date and title)",
                            suggest(by.get_ref(), raw.keys().map(String::as_str)),
                            by.get_ref()
                        ),
                    )
                    .at(at(by.span())),
                );
            }
            if doc.until.is_none() {
                out.push(
                    Diagnostic::error(
                        &source.name,
                        format!("[legal.\"{reference}\"] has `replaced_by` but no `until`"),
                        "add `until = YYYY-MM-DD`, the last day the document was in force",
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
                        format!(
                            "[legal.\"{reference}\"]: `until` ({}) is before its `date` ({})",
                            until.get_ref(),
                            doc.date
                        ),
                        "correct the dates: a document ceases after it is issued",
                    )
                    .at(at(until.span())),
                );
            }
        }
        let what = format!("the title of [legal.\"{reference}\"]");
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
