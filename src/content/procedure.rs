//! An administrative procedure: how to receive aid, how an NGO registers and reports.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::content::check::Checker;
use crate::content::texts::Texts;
use crate::content::types::{Date, OrgKey};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawProcedure {
    code: Spanned<String>,
    national_code: Option<String>,
    agency: Spanned<String>,
    audience: Spanned<Vec<Audience>>,
    time_limit_days: u32,
    fee: u64,
    online_url: Option<Spanned<String>>,
    updated: Date,
    #[serde(default)]
    forms: Vec<Spanned<String>>,
    legal_basis: Spanned<Vec<RawLegal>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLegal {
    #[serde(rename = "ref")]
    reference: String,
    date: Date,
    title: Spanned<BTreeMap<String, String>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Audience {
    Ngo,
    Agency,
    Public,
}

impl Audience {
    pub const ALL: [Audience; 3] = [Audience::Ngo, Audience::Agency, Audience::Public];

    pub fn key(self) -> &'static str {
        match self {
            Audience::Ngo => "ngo",
            Audience::Agency => "agency",
            Audience::Public => "public",
        }
    }
}

#[derive(Debug)]
pub struct LegalBasis {
    pub reference: String,
    pub date: Date,
    pub title: Texts,
}

#[derive(Debug)]
pub struct ProcedureFacts {
    pub code: String,
    pub national_code: Option<String>,
    pub agency: OrgKey,
    pub audience: Vec<Audience>,
    pub time_limit_days: u32,
    /// In VND, as the spec fixes.
    pub fee: u64,
    pub online_url: Option<String>,
    pub updated: Date,
    /// Names inside `files/`.
    pub forms: Vec<String>,
    pub legal_basis: Vec<LegalBasis>,
    pub code_at: crate::diagnostics::Position,
}

/// `entity_dir` is the procedure's folder, to check that each form exists in it.
pub fn check(raw: RawProcedure, entity_dir: &Path, c: &mut Checker<'_>) -> Option<ProcedureFacts> {
    let agency = c.org(&raw.agency);
    if raw.audience.get_ref().is_empty() {
        c.error(
            raw.audience.span(),
            "`audience` is empty",
            "list who the procedure is for: \"ngo\", \"agency\", \"public\" (one or more)",
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
                format!("the form \"{path}\" is not inside this procedure's `files/` folder"),
                "put the form in `files/` and write its path like \"files/mau-01.docx\"",
            ),
            Some(name) if !entity_dir.join("files").join(name).is_file() => {
                c.error(
                    f.span(),
                    format!("the form \"{path}\" does not exist"),
                    "add the file to `files/` or correct the name (names are case-sensitive)",
                );
            }
            Some(name) => forms.push(name.to_string()),
        }
    }
    if raw.legal_basis.get_ref().is_empty() {
        c.error(
            raw.legal_basis.span(),
            "`legal_basis` is empty",
            "add at least one [[legal_basis]] with ref, date and title",
        );
    }
    let legal_basis: Vec<LegalBasis> = raw
        .legal_basis
        .get_ref()
        .iter()
        .filter_map(|l| {
            Some(LegalBasis {
                reference: l.reference.clone(),
                date: l.date,
                title: c.texts(&l.title, &format!("the title of {}", l.reference))?,
            })
        })
        .collect();
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
        updated: raw.updated,
        forms,
        legal_basis,
    })
}
