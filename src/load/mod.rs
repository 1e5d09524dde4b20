//! Walk the site directory, parse every file, collect every mistake: the
//! site's own files here; walking the content folders in `folders`, one
//! entity folder in `entity`, what each kind needs in `kinds`, and what a
//! preview keeps between builds in `kept`.

mod entity;
mod folders;
mod kept;
mod kinds;

pub(crate) use kept::{entity_folder, Kept};

use std::fs;
use std::path::{Path, PathBuf};

use crate::config::{self, Config};
use crate::content::bulletin::BulletinFacts;
use crate::content::check::Orgs;
use crate::content::organisation::{self, Organisation};
use crate::content::procedure::ProcedureFacts;
use crate::content::project::ProjectFacts;
use crate::content::results::ResultsFacts;
use crate::content::types::{Date, OrgKey, Slug};
use crate::content::words::ProcedureParts;
use crate::content::Entry;
use crate::content::Kind;
use crate::diagnostics::{relative, Diagnostic, Diagnostics};
use crate::messages::{text, Text};
use crate::source::io_reason;
use crate::source::SourceFile;
use entity::load_entity;
use folders::{check_content_folder, load_kind};
use kinds::{Bulletins, Pages, Procedures, Projects, Results};

/// Everything read from the site directory, each entity checked on its own.
#[derive(Debug)]
pub(crate) struct Loaded {
    pub(crate) root: PathBuf,
    pub(crate) config: Config,
    pub(crate) orgs: std::collections::BTreeMap<OrgKey, Organisation>,
    pub(crate) projects: Vec<Entry<ProjectFacts>>,
    pub(crate) procedures: Vec<Entry<ProcedureFacts, ProcedureParts>>,
    pub(crate) results: Vec<Entry<ResultsFacts>>,
    pub(crate) bulletins: Vec<Entry<BulletinFacts>>,
    pub(crate) pages: Vec<Entry<()>>,
    /// Entities found but not valid: they exist, so links to them are not
    /// reported again as broken (one mistake, one message).
    pub(crate) broken: Vec<(Kind, Slug)>,
}

/// The site directory itself is missing or unreadable: a command-line problem.
#[derive(Debug)]
pub(crate) struct Unreadable(pub(crate) Text);

/// The site directory as an absolute path, if it is a folder holding
/// site.toml; what `build`, `check` and `serve` all require first.
pub(crate) fn site_root(site: &Path) -> Result<std::path::PathBuf, Unreadable> {
    let shown = site.display().to_string();
    let root = fs::canonicalize(site).map_err(|e| {
        Unreadable(text!(
            "site-unreadable",
            dir = shown.clone(),
            reason = io_reason(&e)
        ))
    })?;
    if !root.is_dir() {
        return Err(Unreadable(text!("site-not-a-folder", dir = shown)));
    }
    if !root.join("site.toml").exists() {
        return Err(Unreadable(text!("site-without-site-toml", dir = shown)));
    }
    Ok(root)
}

pub(crate) fn load(
    site: &Path,
    today: Date,
    out: &mut Diagnostics,
) -> Result<Option<Loaded>, Unreadable> {
    load_keeping(site, today, out, &mut Kept::default(), false)
}

/// `load`, reading again only the entity folders that `kept` does not hold,
/// and keeping every folder's result in it for the next time if `remember`.
pub(crate) fn load_keeping(
    site: &Path,
    today: Date,
    out: &mut Diagnostics,
    kept: &mut Kept,
    remember: bool,
) -> Result<Option<Loaded>, Unreadable> {
    let root = site_root(site)?;
    let config_source = match read(&root, &root.join("site.toml")) {
        Ok(s) => s,
        Err(d) => {
            out.push(d);
            return Ok(None);
        }
    };
    let Some(config) = config::load(&config_source, out) else {
        return Ok(None);
    };
    let orgs_path = root.join("content/organisations.toml");
    let orgs = if orgs_path.exists() {
        match read(&root, &orgs_path) {
            Ok(s) => organisation::load(&s, &config, today, out),
            Err(d) => {
                out.push(d);
                return Ok(None);
            }
        }
    } else {
        out.push(Diagnostic::error(
            "content/organisations.toml",
            text!("file-missing"),
            text!("organisations-missing-fix"),
        ));
        return Ok(None);
    };
    kept.against(
        &config_source.text,
        &fs::read_to_string(&orgs_path).unwrap_or_default(),
        today,
    );
    check_content_folder(&root, out);
    let org_index = organisation::index(&orgs);
    let ctx = Ctx {
        root: &root,
        config: &config,
        orgs: &org_index,
        today,
    };
    let mut broken = Vec::new();
    let projects = load_kind::<Projects>(&ctx, out, &mut broken, kept, remember);
    let procedures = load_kind::<Procedures>(&ctx, out, &mut broken, kept, remember);
    let results = load_kind::<Results>(&ctx, out, &mut broken, kept, remember);
    let bulletins = load_kind::<Bulletins>(&ctx, out, &mut broken, kept, remember);
    let pages = load_kind::<Pages>(&ctx, out, &mut broken, kept, remember);
    Ok(Some(Loaded {
        root: root.clone(),
        config,
        orgs,
        projects,
        procedures,
        results,
        bulletins,
        pages,
        broken,
    }))
}

/// One entity folder read again on its own, with what the last build knew:
/// what the preview shows first after an edit.
pub(crate) enum Reloaded {
    Project(Entry<ProjectFacts>),
    Procedure(Entry<ProcedureFacts, ProcedureParts>),
    Results(Entry<ResultsFacts>),
    Bulletin(Entry<BulletinFacts>),
    Page(Entry<()>),
}

/// Reads the entity folder `dir` of `kind` again, checked against `site`'s
/// configuration and bodies; `None` when it has a mistake (in `found`).
pub(crate) fn reload(
    site: &crate::site::Site,
    kind: Kind,
    dir: &Path,
    today: Date,
    found: &mut Diagnostics,
) -> Option<Reloaded> {
    let orgs = organisation::index(&site.orgs);
    let ctx = Ctx {
        root: &site.root,
        config: &site.config,
        orgs: &orgs,
        today,
    };
    let reloaded = match kind {
        Kind::Projects => Reloaded::Project(load_entity::<Projects>(&ctx, dir, found)?),
        Kind::Procedures => Reloaded::Procedure(load_entity::<Procedures>(&ctx, dir, found)?),
        Kind::Results => Reloaded::Results(load_entity::<Results>(&ctx, dir, found)?),
        Kind::Bulletin => Reloaded::Bulletin(load_entity::<Bulletins>(&ctx, dir, found)?),
        Kind::Pages => Reloaded::Page(load_entity::<Pages>(&ctx, dir, found)?),
    };
    (!found.has_errors()).then_some(reloaded)
}

struct Ctx<'a> {
    root: &'a Path,
    config: &'a Config,
    orgs: &'a Orgs,
    today: Date,
}

fn read(root: &Path, path: &Path) -> Result<SourceFile, Diagnostic> {
    read_listed(root, path, is_link(path))
}

fn is_link(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

/// `read`, for a file whose folder's listing said whether it is a link.
fn read_listed(root: &Path, path: &Path, is_link: bool) -> Result<SourceFile, Diagnostic> {
    let name = relative(root, path);
    if is_link {
        check_link_target(root, path, &name)?;
    }
    SourceFile::read(path, name)
}

/// A symlink that leads out of the site directory is a mistake: the site must be
/// publishable from its own folder alone.
fn check_inside(root: &Path, path: &Path, name: &str) -> Result<(), Diagnostic> {
    if !is_link(path) {
        return Ok(());
    }
    check_link_target(root, path, name)
}

/// Where the link `path` leads: inside the site, or a mistake.
fn check_link_target(root: &Path, path: &Path, name: &str) -> Result<(), Diagnostic> {
    match fs::canonicalize(path) {
        Ok(target) if target.starts_with(root) => Ok(()),
        Ok(_) => Err(Diagnostic::error(
            name,
            text!("link-outside-site"),
            text!("link-outside-site-fix"),
        )),
        Err(_) => Err(Diagnostic::error(
            name,
            text!("link-dangling"),
            text!("link-dangling-fix"),
        )),
    }
}
