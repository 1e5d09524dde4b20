//! The central store: every entity, keyed and linked, read by every stage
//! after `link` (Zola's `Library`). Relations between entities are keys into it.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use crate::config::Config;
use crate::content::bulletin::BulletinFacts;
use crate::content::organisation::Organisation;
use crate::content::procedure::ProcedureFacts;
use crate::content::project::ProjectFacts;
use crate::content::results::ResultsFacts;
use crate::content::types::{OrgKey, Slug};
use crate::content::words::ProcedureParts;
use crate::content::{Attachment, Entry, Kind, Words};

#[derive(Debug)]
pub struct Site {
    pub root: PathBuf,
    pub config: Config,
    pub orgs: BTreeMap<OrgKey, Organisation>,
    /// Sorted by slug.
    pub projects: Vec<Entry<ProjectFacts>>,
    pub procedures: Vec<Entry<ProcedureFacts, ProcedureParts>>,
    /// Newest period first.
    pub results: Vec<Entry<ResultsFacts>>,
    /// By number, newest first.
    pub bulletins: Vec<Entry<BulletinFacts>>,
    pub pages: Vec<Entry<()>>,
    pub project_by_slug: HashMap<Slug, usize>,
    /// Entities that exist but have mistakes: links to them are not reported
    /// again as broken (one mistake, one message).
    pub broken: Vec<(Kind, Slug)>,
}

/// What every kind's entries share, whatever their facts: their place in the
/// site, their words and their files.
pub struct EntryRef<'s> {
    pub kind: Kind,
    pub slug: &'s Slug,
    /// The words file of each language, `None` where it is missing, with the
    /// site addresses its body links to.
    pub words: Vec<Option<WordsRef<'s>>>,
    pub files: &'s [Attachment],
}

pub struct WordsRef<'s> {
    pub file: &'s str,
    pub site_links: &'s [(crate::markdown::SiteLink, crate::diagnostics::Position)],
}

fn entry_ref<F, X>(e: &Entry<F, X>) -> EntryRef<'_> {
    EntryRef {
        kind: e.kind,
        slug: &e.slug,
        words: e
            .words
            .iter()
            .map(|w| {
                w.as_ref().map(|w: &Words<X>| WordsRef {
                    file: &w.file,
                    site_links: &w.site_links,
                })
            })
            .collect(),
        files: &e.files,
    }
}

impl Site {
    /// Every entry of every kind, in `Kind::ALL` order.
    pub fn entries(&self) -> impl Iterator<Item = EntryRef<'_>> {
        self.projects
            .iter()
            .map(entry_ref)
            .chain(self.procedures.iter().map(entry_ref))
            .chain(self.results.iter().map(entry_ref))
            .chain(self.bulletins.iter().map(entry_ref))
            .chain(self.pages.iter().map(entry_ref))
    }

    /// Every attachment of every entity, with its entity's public folder.
    pub fn attachments(&self) -> impl Iterator<Item = (String, &Attachment)> {
        self.entries().flat_map(|e| {
            let prefix = format!("/files/{}/{}", e.kind.folder(), e.slug);
            e.files.iter().map(move |f| (prefix.clone(), f))
        })
    }
}
