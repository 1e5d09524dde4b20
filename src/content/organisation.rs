//! content/organisations.toml: owners, donors, NGOs and agencies.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::config::Config;
use crate::content::check::Checker;
use crate::content::texts::Texts;
use crate::content::types::{slug_problem, OrgKey};
use crate::diagnostics::Diagnostics;
use crate::source::SourceFile;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOrganisation {
    name: Spanned<BTreeMap<String, String>>,
    kind: OrgKind,
    country: Spanned<String>,
    website: Option<Spanned<String>>,
    email: Option<Spanned<String>>,
    iati_ref: Option<Spanned<String>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OrgKind {
    Government,
    Ngo,
    Donor,
    Un,
    Other,
}

#[derive(Debug)]
pub struct Organisation {
    pub name: Texts,
    pub kind: OrgKind,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub website: Option<String>,
    pub email: Option<String>,
    pub iati_ref: Option<String>,
}

pub fn load(
    source: &SourceFile,
    config: &Config,
    out: &mut Diagnostics,
) -> BTreeMap<OrgKey, Organisation> {
    let raw: BTreeMap<String, RawOrganisation> =
        match crate::toml_error::parse(source, &source.text, 0) {
            Ok(r) => r,
            Err(d) => {
                out.extend(d);
                return BTreeMap::new();
            }
        };
    let empty = std::collections::BTreeSet::new();
    let mut c = Checker::new(config, &empty, source);
    let mut orgs = BTreeMap::new();
    for (key, o) in raw {
        if let Some(problem) = slug_problem(&key) {
            c.error(
                o.name.span(),
                format!("the organisation key `{key}` is not valid: {problem}"),
                "use lowercase ASCII letters, digits and `-`, like `so-ngoai-vu`",
            );
        }
        let country = o.country.get_ref();
        if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_uppercase()) {
            c.error(o.country.span(), format!("organisation `{key}`: `country` must be an ISO 3166-1 two-letter code, found \"{country}\""), "write two capital letters, like \"VN\" or \"GB\"");
        }
        if let Some(w) = &o.website {
            c.url(w, "website");
        }
        if let Some(e) = &o.email {
            c.email(e);
        }
        let name = c.texts(&o.name, &format!("organisation `{key}`"));
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
                },
            );
        }
    }
    out.extend(c.out);
    orgs
}
