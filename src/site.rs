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
pub(crate) struct Site {
    pub(crate) root: PathBuf,
    pub(crate) config: Config,
    pub(crate) orgs: BTreeMap<OrgKey, Organisation>,
    /// Sorted by slug.
    pub(crate) projects: Vec<Entry<ProjectFacts>>,
    pub(crate) procedures: Vec<Entry<ProcedureFacts, ProcedureParts>>,
    /// Newest period first.
    pub(crate) results: Vec<Entry<ResultsFacts>>,
    /// By number, newest first.
    pub(crate) bulletins: Vec<Entry<BulletinFacts>>,
    pub(crate) pages: Vec<Entry<()>>,
    pub(crate) project_by_slug: HashMap<Slug, usize>,
    /// Entities that exist but have mistakes: links to them are not reported
    /// again as broken (one mistake, one message).
    pub(crate) broken: Vec<(Kind, Slug)>,
}

/// What every kind's entries share, whatever their facts: their place in the
/// site, their words and their files.
pub(crate) struct EntryRef<'s> {
    pub(crate) kind: Kind,
    pub(crate) slug: &'s Slug,
    /// The words file of each language, `None` where it is missing, with the
    /// site addresses its body links to.
    pub(crate) words: Vec<Option<WordsRef<'s>>>,
    pub(crate) files: &'s [Attachment],
}

pub(crate) struct WordsRef<'s> {
    pub(crate) file: &'s str,
    pub(crate) site_links: &'s [(crate::markdown::SiteLink, crate::diagnostics::Position)],
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
    pub(crate) fn entries(&self) -> impl Iterator<Item = EntryRef<'_>> {
        self.projects
            .iter()
            .map(entry_ref)
            .chain(self.procedures.iter().map(entry_ref))
            .chain(self.results.iter().map(entry_ref))
            .chain(self.bulletins.iter().map(entry_ref))
            .chain(self.pages.iter().map(entry_ref))
    }

    /// Every attachment of every entity, with its entity's public folder.
    pub(crate) fn attachments(&self) -> impl Iterator<Item = (String, &Attachment)> {
        self.entries().flat_map(|e| {
            let prefix = format!("/files/{}/{}", e.kind.folder(), e.slug);
            e.files.iter().map(move |f| (prefix.clone(), f))
        })
    }
}
