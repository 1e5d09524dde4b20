//! A procedure as its page and the lists show it.

use serde::Serialize;

use crate::content::procedure::ProcedureFacts;
use crate::content::texts::Localized;
use crate::content::types::{Date, Money};
use crate::content::words::ProcedureParts;
use crate::content::Entry;

use super::base::{entry, file_view, org, EntryView, FileView, In, OrgView};

#[derive(Serialize)]
pub(crate) struct LegalView<'a> {
    pub(crate) reference: &'a str,
    pub(crate) date: Date,
    pub(crate) title: Localized<'a>,
    /// When it was replaced, and by what (from the legal register).
    pub(crate) until: Option<Date>,
    pub(crate) replaced_by: Option<Replacement<'a>>,
}

#[derive(Serialize)]
pub(crate) struct Replacement<'a> {
    pub(crate) reference: &'a str,
    pub(crate) date: Date,
    pub(crate) title: Localized<'a>,
}

#[derive(Serialize)]
pub(crate) struct DeskView<'a> {
    pub(crate) address: Localized<'a>,
    pub(crate) hours: Localized<'a>,
}

#[derive(Serialize)]
pub(crate) struct ProcedureView<'a> {
    #[serde(flatten)]
    pub(crate) entry: EntryView<'a>,
    pub(crate) code: &'a str,
    pub(crate) national_code: Option<&'a str>,
    pub(crate) agency: OrgView<'a>,
    pub(crate) audience: Vec<&'static str>,
    pub(crate) time_limit_days: u32,
    pub(crate) fee: Money,
    pub(crate) online_url: Option<&'a str>,
    pub(crate) updated: Date,
    pub(crate) forms: Vec<FormView<'a>>,
    pub(crate) legal_basis: Vec<LegalView<'a>>,
    pub(crate) parts: &'a ProcedureParts,
    pub(crate) national_url: Option<&'a str>,
    pub(crate) decision: Option<&'a str>,
    pub(crate) level: Option<&'static str>,
    pub(crate) competent: Option<OrgView<'a>>,
    pub(crate) coordinating: Vec<OrgView<'a>>,
    pub(crate) desk: Option<DeskView<'a>>,
}

pub(crate) fn procedure<'a>(
    c: In<'a>,
    e: &'a Entry<ProcedureFacts, ProcedureParts>,
) -> ProcedureView<'a> {
    let f = &e.facts;
    let view = entry(c, e);
    let (words, _) = e.words_in(c.lang, c.config().languages.default);
    let forms = forms(c, e);
    ProcedureView {
        forms,
        entry: view,
        code: &f.code,
        national_code: f.national_code.as_deref(),
        agency: org(c, &f.agency),
        audience: f.audience.iter().map(|a| a.key()).collect(),
        time_limit_days: f.time_limit_days,
        fee: Money::new(f.fee, crate::content::types::Currency::Vnd),
        online_url: f.online_url.as_deref(),
        updated: f.updated,
        legal_basis: f
            .legal_basis
            .iter()
            .map(|l| LegalView {
                reference: &l.reference,
                date: l.date,
                title: c.text(&l.title),
                until: l.until,
                replaced_by: l.replaced_by.as_deref().and_then(|r| {
                    let (reference, doc) = c.config().legal.get_key_value(r)?;
                    Some(Replacement {
                        reference,
                        date: doc.date,
                        title: c.text(&doc.title),
                    })
                }),
            })
            .collect(),
        parts: &words.extra,
        national_url: f.national_url.as_deref(),
        decision: f.decision.as_deref(),
        level: f.level.map(crate::content::procedure::Level::key),
        competent: f.competent.as_ref().map(|k| org(c, k)),
        coordinating: f.coordinating.iter().map(|k| org(c, k)).collect(),
        desk: f.desk.as_ref().map(|d| DeskView {
            address: c.text(&d.address),
            hours: c.text(&d.hours),
        }),
    }
}

/// A form offered in one or more formats (the same name with `.docx` and
/// `.odt`), named by its title.
#[derive(Serialize)]
pub(crate) struct FormView<'a> {
    pub(crate) title: &'a str,
    /// The language of the title: forms are written in the default language.
    pub(crate) lang: &'a str,
    pub(crate) files: Vec<FileView<'a>>,
}

fn forms<'a>(c: In<'a>, e: &'a Entry<ProcedureFacts, ProcedureParts>) -> Vec<FormView<'a>> {
    let prefix = e.public_files_prefix();
    let mut out: Vec<(&str, FormView<'a>)> = Vec::new();
    for form in &e.facts.forms {
        let Some(file) = e.files.iter().find(|x| x.name == form.name) else {
            continue;
        };
        let stem = form
            .name
            .rsplit_once('.')
            .map_or(form.name.as_str(), |(s, _)| s);
        let view = file_view(&prefix, file);
        match out.iter_mut().find(|(s, _)| *s == stem) {
            Some((_, existing)) => existing.files.push(view),
            None => out.push((
                stem,
                FormView {
                    title: form.title.as_deref().unwrap_or(stem),
                    lang: c.config().languages.default_code(),
                    files: vec![view],
                },
            )),
        }
    }
    out.into_iter().map(|(_, v)| v).collect()
}
