//! What loading needs to know of each kind of entity: its raw facts, how
//! they are checked, its words' front matter, and where a preview keeps it.

use std::path::Path;

use serde::de::DeserializeOwned;

use super::kept::{Folders, Kept};
use crate::content::bulletin::{self, BulletinFacts, RawBulletin};
use crate::content::check::Checker;
use crate::content::procedure::{self, ProcedureFacts, RawProcedure};
use crate::content::project::{self, ProjectFacts, RawProject};
use crate::content::results::{self, RawResults, ResultsFacts};
use crate::content::words::{FrontMatter, ProcedureParts, RawProcedureWords, RawWords};
use crate::content::Kind;

/// What one kind of entity needs to be loaded.
pub(super) trait EntityKind {
    const KIND: Kind;
    type Raw: DeserializeOwned;
    type Facts: Send + Sync + Clone;
    type Front: FrontMatter<Extra = Self::Extra>;
    type Extra: Send + Sync + Clone;
    /// This kind's folders in what a preview keeps.
    fn kept(kept: &mut Kept) -> &mut Folders<Self::Facts, Self::Extra>;
    fn check(raw: Self::Raw, dir: &Path, c: &mut Checker<'_>) -> Option<Self::Facts>;
    /// The facts of a kind that has no facts.toml (pages).
    fn facts_without_file() -> Option<Self::Facts> {
        None
    }
}

pub(super) struct Projects;
pub(super) struct Procedures;
pub(super) struct Results;
pub(super) struct Bulletins;
pub(super) struct Pages;

impl EntityKind for Projects {
    fn kept(kept: &mut Kept) -> &mut Folders<Self::Facts, Self::Extra> {
        &mut kept.projects
    }
    const KIND: Kind = Kind::Projects;
    type Raw = RawProject;
    type Facts = ProjectFacts;
    type Front = RawWords;
    type Extra = ();
    fn check(raw: RawProject, _: &Path, c: &mut Checker<'_>) -> Option<ProjectFacts> {
        project::check(raw, c)
    }
}

impl EntityKind for Procedures {
    fn kept(kept: &mut Kept) -> &mut Folders<Self::Facts, Self::Extra> {
        &mut kept.procedures
    }
    const KIND: Kind = Kind::Procedures;
    type Raw = RawProcedure;
    type Facts = ProcedureFacts;
    type Front = RawProcedureWords;
    type Extra = ProcedureParts;
    fn check(raw: RawProcedure, dir: &Path, c: &mut Checker<'_>) -> Option<ProcedureFacts> {
        procedure::check(raw, dir, c)
    }
}

impl EntityKind for Results {
    fn kept(kept: &mut Kept) -> &mut Folders<Self::Facts, Self::Extra> {
        &mut kept.results
    }
    const KIND: Kind = Kind::Results;
    type Raw = RawResults;
    type Facts = ResultsFacts;
    type Front = RawWords;
    type Extra = ();
    fn check(raw: RawResults, _: &Path, c: &mut Checker<'_>) -> Option<ResultsFacts> {
        results::check(raw, c)
    }
}

impl EntityKind for Bulletins {
    fn kept(kept: &mut Kept) -> &mut Folders<Self::Facts, Self::Extra> {
        &mut kept.bulletins
    }
    const KIND: Kind = Kind::Bulletin;
    type Raw = RawBulletin;
    type Facts = BulletinFacts;
    type Front = RawWords;
    type Extra = ();
    fn check(raw: RawBulletin, dir: &Path, c: &mut Checker<'_>) -> Option<BulletinFacts> {
        bulletin::check(raw, dir, c)
    }
}

/// Pages have words only; `Raw` is never read.
impl EntityKind for Pages {
    fn kept(kept: &mut Kept) -> &mut Folders<Self::Facts, Self::Extra> {
        &mut kept.pages
    }
    const KIND: Kind = Kind::Pages;
    type Raw = ();
    type Facts = ();
    type Front = RawWords;
    type Extra = ();
    fn check((): (), _: &Path, _: &mut Checker<'_>) -> Option<()> {
        Some(())
    }
    fn facts_without_file() -> Option<()> {
        Some(())
    }
}
