//! An issue of the bilingual foreign-affairs bulletin.

use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use crate::content::check::Checker;
use crate::content::types::{Date, Slug};
use crate::diagnostics::Position;
use crate::messages::text;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawBulletin {
    number: Spanned<u32>,
    date: Date,
    #[serde(default)]
    featured: Vec<Spanned<String>>,
    pdf: Option<Spanned<String>>,
}

#[derive(Debug, Clone)]
pub(crate) struct BulletinFacts {
    pub(crate) number: u32,
    pub(crate) date: Date,
    /// Project slugs, resolved when every project is known.
    pub(crate) featured: Vec<(Slug, Position)>,
    /// A name inside `files/`.
    pub(crate) pdf: Option<String>,
    pub(crate) number_at: Position,
}

pub(crate) fn check(
    raw: RawBulletin,
    entity_dir: &Path,
    c: &mut Checker<'_>,
) -> Option<BulletinFacts> {
    let pdf = raw.pdf.as_ref().and_then(|p| {
        let name = p
            .get_ref()
            .strip_prefix("files/")
            .filter(|n| !n.is_empty() && !n.split('/').any(|x| x == ".." || x == "."));
        match name {
            Some(n) if entity_dir.join("files").join(n).is_file() => Some(n.to_string()),
            Some(_) => {
                c.error(
                    p.span(),
                    text!("print-edition-missing", path = p.get_ref()),
                    text!("print-edition-missing-fix"),
                );
                None
            }
            None => {
                c.error(
                    p.span(),
                    text!("print-edition-outside", path = p.get_ref()),
                    text!("print-edition-outside-fix"),
                );
                None
            }
        }
    });
    if c.has_errors() {
        return None;
    }
    Some(BulletinFacts {
        number_at: c.source.position(raw.number.span().start),
        number: raw.number.into_inner(),
        date: raw.date,
        featured: raw
            .featured
            .iter()
            .map(|f| (Slug(f.get_ref().clone()), c.source.position(f.span().start)))
            .collect(),
        pdf,
    })
}
