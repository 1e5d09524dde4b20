//! A procedure as its page and the lists show it.

use serde::Serialize;

use crate::content::procedure::ProcedureFacts;
use crate::content::texts::Localized;
use crate::content::types::{Date, Money};
use crate::content::words::ProcedureParts;
use crate::content::Entry;

use super::base::{entry, file_view, org, EntryView, FileView, In, OrgView};

#[derive(Serialize)]
pub struct LegalView<'a> {
    pub reference: &'a str,
    pub date: Date,
    pub title: Localized<'a>,
}

#[derive(Serialize)]
pub struct ProcedureView<'a> {
    #[serde(flatten)]
    pub entry: EntryView<'a>,
    pub code: &'a str,
    pub national_code: Option<&'a str>,
    pub agency: OrgView<'a>,
    pub audience: Vec<&'static str>,
    pub time_limit_days: u32,
    pub fee: Money,
    pub online_url: Option<&'a str>,
    pub updated: Date,
    pub forms: Vec<FileView<'a>>,
    pub legal_basis: Vec<LegalView<'a>>,
    pub parts: &'a ProcedureParts,
}

pub fn procedure<'a>(c: In<'a>, e: &'a Entry<ProcedureFacts, ProcedureParts>) -> ProcedureView<'a> {
    let f = &e.facts;
    let view = entry(c, e);
    let (words, _) = e.words_in(c.lang, c.config().languages.default);
    let forms = f
        .forms
        .iter()
        .filter_map(|name| e.files.iter().find(|x| &x.name == name))
        .map(|x| file_view(&e.public_files_prefix(), x));
    ProcedureView {
        forms: forms.collect(),
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
            })
            .collect(),
        parts: &words.extra,
    }
}
