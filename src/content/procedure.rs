//! An administrative procedure: how to receive aid, how an NGO registers and reports.

use std::path::Path;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::content::check::Checker;
use crate::content::texts::{RawTexts, Texts};
use crate::content::types::{Date, OrgKey};
use crate::diagnostics::suggest;
use crate::messages::text;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawProcedure {
    code: Spanned<String>,
    national_code: Option<String>,
    agency: Spanned<String>,
    audience: Spanned<Vec<Audience>>,
    time_limit_days: u32,
    fee: u64,
    online_url: Option<Spanned<String>>,
    updated: Spanned<Date>,
    #[serde(default)]
    forms: Vec<Spanned<String>>,
    legal_basis: Spanned<Vec<RawLegal>>,
    // Format 2: the fields of the national public-service portal's record.
    national_url: Option<Spanned<String>>,
    decision: Option<String>,
    level: Option<Level>,
    competent: Option<Spanned<String>>,
    #[serde(default)]
    coordinating: Vec<Spanned<String>>,
    desk: Option<RawDesk>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLegal {
    #[serde(rename = "ref")]
    reference: Spanned<String>,
    // Format 2: optional when site.toml's [legal] has the document.
    date: Option<Date>,
    title: Option<RawTexts>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDesk {
    address: RawTexts,
    hours: RawTexts,
}

/// Where the procedure is carried out (cấp thực hiện).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Level {
    Central,
    Province,
    Commune,
}

impl Level {
    pub(crate) fn key(self) -> &'static str {
        match self {
            Level::Central => "central",
            Level::Province => "province",
            Level::Commune => "commune",
        }
    }
}

/// A form, by its file inside `files/` and the title its own metadata gives.
#[derive(Debug, Clone)]
pub(crate) struct Form {
    pub(crate) name: String,
    pub(crate) title: Option<String>,
}

/// Where dossiers are received (bộ phận một cửa).
#[derive(Debug, Clone)]
pub(crate) struct Desk {
    pub(crate) address: Texts,
    pub(crate) hours: Texts,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Audience {
    Ngo,
    Agency,
    Public,
}

impl Audience {
    pub(crate) const ALL: [Audience; 3] = [Audience::Ngo, Audience::Agency, Audience::Public];

    pub(crate) fn key(self) -> &'static str {
        match self {
            Audience::Ngo => "ngo",
            Audience::Agency => "agency",
            Audience::Public => "public",
        }
    }
}

/// A legal document a procedure rests on: from site.toml's `[legal]`
/// register, or written in the procedure (format 1).
#[derive(Debug, Clone)]
pub(crate) struct LegalBasis {
    pub(crate) reference: String,
    pub(crate) date: Date,
    pub(crate) title: Texts,
    /// From the register: the last day it was in force, and what replaced it.
    pub(crate) until: Option<Date>,
    pub(crate) replaced_by: Option<String>,
}

#[derive(Debug, Clone)]
pub(crate) struct ProcedureFacts {
    pub(crate) code: String,
    pub(crate) national_code: Option<String>,
    pub(crate) agency: OrgKey,
    pub(crate) audience: Vec<Audience>,
    pub(crate) time_limit_days: u32,
    /// In VND, as the spec fixes.
    pub(crate) fee: u64,
    pub(crate) online_url: Option<String>,
    pub(crate) updated: Date,
    /// The forms to fill in, by name inside `files/`.
    pub(crate) forms: Vec<Form>,
    pub(crate) legal_basis: Vec<LegalBasis>,
    pub(crate) national_url: Option<String>,
    pub(crate) decision: Option<String>,
    pub(crate) level: Option<Level>,
    pub(crate) competent: Option<OrgKey>,
    pub(crate) coordinating: Vec<OrgKey>,
    pub(crate) desk: Option<Desk>,
    pub(crate) code_at: crate::diagnostics::Position,
}

/// The public must not be sent to a body that no longer exists.
fn body_ceased(body: &Spanned<String>, c: &mut Checker<'_>) {
    let Some(ceased) = c.ceased(body.get_ref()) else {
        return;
    };
    let fix = match c.answering_today(ceased) {
        Some(s) => text!("procedure-body-ceased-fix", successor = s.as_str()),
        None => text!("procedure-body-ceased-fix-today"),
    };
    c.warning(
        body.span(),
        text!(
            "procedure-body-ceased",
            body = body.get_ref().as_str(),
            until = ceased.until.to_string()
        ),
        fix,
    );
}

/// `entity_dir` is the procedure's folder, to check that each form exists in it.
pub(crate) fn check(
    raw: RawProcedure,
    entity_dir: &Path,
    c: &mut Checker<'_>,
) -> Option<ProcedureFacts> {
    let agency = c.org(&raw.agency);
    if raw.audience.get_ref().is_empty() {
        c.error(
            raw.audience.span(),
            text!("audience-empty"),
            text!("audience-empty-fix"),
        );
    }
    if let Some(u) = &raw.online_url {
        c.url(u, "online_url");
    }
    let mut forms = Vec::new();
    for f in &raw.forms {
        let path = f.get_ref();
        let inside = path.strip_prefix("files/").filter(|rest| {
            !rest.is_empty()
                && !rest
                    .split('/')
                    .any(|p| p == ".." || p == "." || p.is_empty())
        });
        match inside {
            None => c.error(
                f.span(),
                text!("form-outside", path = path),
                text!("form-outside-fix"),
            ),
            Some(name) if !entity_dir.join("files").join(name).is_file() => {
                c.error(
                    f.span(),
                    text!("form-missing", path = path),
                    text!("form-missing-fix"),
                );
            }
            Some(name) => forms.push(Form {
                name: name.to_string(),
                title: crate::content::form_title::title(&entity_dir.join("files").join(name)),
            }),
        }
    }
    if raw.legal_basis.get_ref().is_empty() {
        c.error(
            raw.legal_basis.span(),
            text!("legal-basis-empty"),
            text!("legal-basis-empty-fix"),
        );
    }
    let updated = *raw.updated.get_ref();
    let legal_basis: Vec<LegalBasis> = raw
        .legal_basis
        .get_ref()
        .iter()
        .filter_map(|l| legal_basis(l, updated, c))
        .collect();
    if let Some(u) = &raw.national_url {
        c.url(u, "national_url");
    }
    let competent = raw.competent.as_ref().and_then(|k| c.org(k));
    let coordinating: Vec<OrgKey> = raw.coordinating.iter().filter_map(|k| c.org(k)).collect();
    let named = std::iter::once(&raw.agency)
        .chain(raw.competent.as_ref())
        .chain(&raw.coordinating);
    for body in named {
        body_ceased(body, c);
    }
    let desk = raw.desk.as_ref().and_then(|d| {
        let address = c.texts(&d.address, &text!("what-desk", key = "address"));
        let hours = c.texts(&d.hours, &text!("what-desk", key = "hours"));
        Some(Desk {
            address: address?,
            hours: hours?,
        })
    });
    if c.has_errors() {
        return None;
    }
    let mut audience = raw.audience.get_ref().clone();
    audience.sort();
    audience.dedup();
    Some(ProcedureFacts {
        code_at: c.source.position(raw.code.span().start),
        code: raw.code.into_inner(),
        national_code: raw.national_code,
        agency: agency?,
        audience,
        time_limit_days: raw.time_limit_days,
        fee: raw.fee,
        online_url: raw.online_url.map(Spanned::into_inner),
        updated,
        forms,
        legal_basis,
        national_url: raw.national_url.map(Spanned::into_inner),
        decision: raw.decision,
        level: raw.level,
        competent,
        coordinating,
        desk,
    })
}

/// A `[[legal_basis]]` entry: a document of the register by its `ref`, or one
/// written out with its date and title. A document that has ceased is
/// warned of, with what replaced it.
fn legal_basis(l: &RawLegal, updated: Date, c: &mut Checker<'_>) -> Option<LegalBasis> {
    let reference = l.reference.get_ref();
    let register = &c.config.legal;
    let basis = if let Some(doc) = register.get(reference.as_str()) {
        LegalBasis {
            reference: reference.clone(),
            date: doc.date,
            title: doc.title.clone(),
            until: doc.until,
            replaced_by: doc.replaced_by.clone(),
        }
    } else {
        let (Some(date), Some(title)) = (l.date, &l.title) else {
            let fix = match suggest(reference, register.keys().map(String::as_str)) {
                Some(s) => text!("legal-not-in-register-fix-suggest", suggestion = s),
                None => text!("legal-not-in-register-fix"),
            };
            c.error(
                l.reference.span(),
                text!("legal-not-in-register", reference = reference),
                fix,
            );
            return None;
        };
        LegalBasis {
            reference: reference.clone(),
            date,
            title: c.texts(title, &text!("what-legal-title", reference = reference))?,
            until: None,
            replaced_by: None,
        }
    };
    if let Some(until) = basis.until.filter(|u| *u < c.today) {
        let when = if updated > until {
            text!("legal-cited-after-it-ceased", updated = updated.to_string())
        } else {
            text!("legal-not-reviewed-since", updated = updated.to_string())
        };
        let (message, fix) = match &basis.replaced_by {
            Some(r) => (
                text!(
                    "legal-replaced",
                    reference = reference,
                    until = until.to_string(),
                    by = r,
                    when = when
                ),
                text!("legal-replaced-fix", by = r),
            ),
            None => (
                text!(
                    "legal-ceased",
                    reference = reference,
                    until = until.to_string(),
                    when = when
                ),
                text!("legal-ceased-fix"),
            ),
        };
        c.warning(l.reference.span(), message, fix);
    }
    Some(basis)
}
