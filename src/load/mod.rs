//! Walk the site directory, parse every file, collect every mistake.

mod kept;

pub(crate) use kept::{entity_folder, Kept};
use kept::{Folder, Folders};

use std::fs;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::de::DeserializeOwned;

use crate::config::{self, Config};
use crate::content::bulletin::{self, BulletinFacts, RawBulletin};
use crate::content::check::{Checker, Orgs};
use crate::content::organisation::{self, Organisation};
use crate::content::procedure::{self, ProcedureFacts, RawProcedure};
use crate::content::project::{self, ProjectFacts, RawProject};
use crate::content::results::{self, RawResults, ResultsFacts};
use crate::content::types::{slug_problem, Date, OrgKey, Slug};
use crate::content::words::{self, FrontMatter, ProcedureParts, RawProcedureWords, RawWords};
use crate::content::Kind;
use crate::content::{Attachment, Entry, Words};
use crate::diagnostics::{relative, suggest, Diagnostic, Diagnostics};
use crate::markdown::FilesContext;
use crate::messages::{text, Text};
use crate::source::io_reason;
use crate::source::SourceFile;

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

/// What one kind of entity needs to be loaded.
trait EntityKind {
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

struct Projects;
struct Procedures;
struct Results;
struct Bulletins;
struct Pages;

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
    load_keeping(site, today, out, &mut Kept::default())
}

/// `load`, reading again only the entity folders that `kept` does not hold,
/// and keeping every folder's result in it for the next time.
pub(crate) fn load_keeping(
    site: &Path,
    today: Date,
    out: &mut Diagnostics,
    kept: &mut Kept,
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
    let projects = load_kind::<Projects>(&ctx, out, &mut broken, kept);
    let procedures = load_kind::<Procedures>(&ctx, out, &mut broken, kept);
    let results = load_kind::<Results>(&ctx, out, &mut broken, kept);
    let bulletins = load_kind::<Bulletins>(&ctx, out, &mut broken, kept);
    let pages = load_kind::<Pages>(&ctx, out, &mut broken, kept);
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
    let name = relative(root, path);
    check_inside(root, path, &name)?;
    SourceFile::read(path, name)
}

/// A symlink that leads out of the site directory is a mistake: the site must be
/// publishable from its own folder alone.
fn check_inside(root: &Path, path: &Path, name: &str) -> Result<(), Diagnostic> {
    let is_link = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if !is_link {
        return Ok(());
    }
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

fn check_content_folder(root: &Path, out: &mut Diagnostics) {
    let Ok(entries) = fs::read_dir(root.join("content")) else {
        return;
    };
    let valid: Vec<&str> = Kind::ALL
        .iter()
        .map(|k| k.folder())
        .chain(["organisations.toml"])
        .collect();
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    for name in names {
        if !name.starts_with('.') && !valid.contains(&name.as_str()) {
            out.push(Diagnostic::error(
                format!("content/{name}"),
                text!("unknown-in-content"),
                suggest(&name, valid.iter().copied()),
            ));
        }
    }
}

fn load_kind<K: EntityKind>(
    ctx: &Ctx<'_>,
    out: &mut Diagnostics,
    broken: &mut Vec<(Kind, Slug)>,
    kept: &mut Kept,
) -> Vec<Entry<K::Facts, K::Extra>> {
    let folder = ctx.root.join("content").join(K::KIND.folder());
    let kept = K::kept(kept);
    let Ok(entries) = fs::read_dir(&folder) else {
        kept.clear();
        return Vec::new();
    };
    let mut dirs: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|d| {
            !d.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    dirs.sort();
    let duplicates = duplicate_folders(&dirs);
    for (dir, of) in &duplicates {
        let name = relative(ctx.root, dir);
        let slug = file_name(dir);
        out.push(Diagnostic::error(
            name,
            text!("folder-duplicate", slug = slug.clone(), other = of.clone()),
            text!("folder-duplicate-fix", slug = slug, other = of.clone()),
        ));
    }
    let dirs: Vec<PathBuf> = dirs
        .into_iter()
        .filter(|d| !duplicates.iter().any(|(dup, _)| dup == d))
        .collect();
    // Folders gone since the last load are forgotten; new or changed ones
    // (not kept) are read, in parallel.
    kept.retain(|dir, _| dirs.binary_search(dir).is_ok());
    let fresh: Vec<_> = dirs
        .par_iter()
        .filter(|dir| !kept.contains_key(*dir))
        .map(|dir| {
            let mut found = Diagnostics::default();
            let entry = load_entity::<K>(ctx, dir, &mut found);
            (dir.clone(), Folder { entry, found })
        })
        .collect();
    kept.extend(fresh);
    let mut result = Vec::with_capacity(dirs.len());
    for dir in &dirs {
        let folder = &kept[dir];
        out.extend(folder.found.clone());
        if let Some(e) = &folder.entry {
            result.push(e.clone());
        } else {
            broken.push((K::KIND, Slug(file_name(dir))));
        }
    }
    result
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Folders whose names differ only by capitals, tone marks or spaces from a
/// folder's before them (a copy made on another computer, a name retyped):
/// each with the name it duplicates. Both would claim one address.
fn duplicate_folders(dirs: &[PathBuf]) -> Vec<(PathBuf, String)> {
    let plain = |name: &str| crate::fold::fold(name).replace([' ', '_'], "-");
    // A valid slug keeps its place; the other spellings are the duplicates.
    let mut ordered: Vec<&PathBuf> = dirs.iter().collect();
    ordered.sort_by_key(|d| (slug_problem(&file_name(d)).is_some(), file_name(d)));
    let mut first: std::collections::HashMap<String, String> = std::collections::HashMap::new();
    let mut found = Vec::new();
    for dir in ordered {
        let name = file_name(dir);
        match first.get(&plain(&name)) {
            Some(of) => found.push((dir.clone(), of.clone())),
            None => {
                first.insert(plain(&name), name);
            }
        }
    }
    found.sort();
    found
}

fn load_entity<K: EntityKind>(
    ctx: &Ctx<'_>,
    dir: &Path,
    out: &mut Diagnostics,
) -> Option<Entry<K::Facts, K::Extra>> {
    let name = relative(ctx.root, dir);
    let slug = check_entity_folder(ctx, K::KIND, dir, &name, out)?;
    let files = load_attachments(ctx.root, &dir.join("files"), out);
    let facts = if K::KIND == Kind::Pages {
        K::facts_without_file()
    } else {
        load_facts::<K>(ctx, dir, &name, out)
    };
    let names = words::file_names(&files);
    let prefix = format!("/files/{}/{slug}", K::KIND.folder());
    let files_ctx = FilesContext {
        public_prefix: &prefix,
        names: &names,
        base_url: &ctx.config.base_url,
    };
    let words = load_words::<K::Front>(ctx, dir, &name, &files_ctx, out)?;
    Some(Entry {
        kind: K::KIND,
        slug: Slug(slug),
        facts: facts?,
        words,
        files,
    })
}

/// The folder is a real folder inside the site, its name a slug, and it holds only
/// files minhbach knows. Returns the slug.
fn check_entity_folder(
    ctx: &Ctx<'_>,
    kind: Kind,
    dir: &Path,
    name: &str,
    out: &mut Diagnostics,
) -> Option<String> {
    if let Err(d) = check_inside(ctx.root, dir, name) {
        out.push(d);
        return None;
    }
    if !dir.is_dir() {
        out.push(Diagnostic::error(
            name,
            text!("entry-is-a-file", kind = kind.folder()),
            text!("entry-is-a-file-fix"),
        ));
        return None;
    }
    let slug = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if let Some(problem) = slug_problem(&slug) {
        out.push(Diagnostic::error(
            name,
            text!("folder-not-an-address", slug = slug, problem = problem),
            text!("folder-not-an-address-fix"),
        ));
        return None;
    }
    let mut expected: Vec<String> = ctx
        .config
        .languages
        .codes
        .iter()
        .map(|c| format!("{c}.md"))
        .collect();
    expected.push("files".into());
    if kind != Kind::Pages {
        expected.push("facts.toml".into());
    }
    let Ok(listing) = fs::read_dir(dir) else {
        out.push(Diagnostic::error(
            name,
            text!("folder-unreadable"),
            text!("file-permissions-fix"),
        ));
        return None;
    };
    let mut listed: Vec<String> = listing
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    listed.sort();
    for file in listed
        .iter()
        .filter(|f| !f.starts_with('.') && !expected.contains(f))
    {
        let fix = if file == "facts.toml" {
            Some(text!("page-has-facts-fix"))
        } else {
            suggest(file, expected.iter().map(String::as_str))
        };
        out.push(Diagnostic::error(
            format!("{name}/{file}"),
            text!("unexpected-file"),
            fix,
        ));
    }
    Some(slug)
}

fn load_facts<K: EntityKind>(
    ctx: &Ctx<'_>,
    dir: &Path,
    name: &str,
    out: &mut Diagnostics,
) -> Option<K::Facts> {
    let path = dir.join("facts.toml");
    if fs::symlink_metadata(&path).is_err() {
        out.push(Diagnostic::error(
            format!("{name}/facts.toml"),
            text!("file-missing"),
            text!("facts-missing-fix"),
        ));
        return None;
    }
    let source = read(ctx.root, &path).map_err(|d| out.push(d)).ok()?;
    crate::content::placeholders::check(&source, out);
    let raw = crate::toml_error::parse::<K::Raw>(&source, &source.text, 0)
        .map_err(|d| out.extend(d))
        .ok()?;
    let mut c = Checker::new(ctx.config, ctx.orgs, &source, ctx.today);
    let facts = K::check(raw, dir, &mut c);
    out.extend(c.out);
    facts
}

/// The words in every language, `None` where a translation is missing (a
/// warning); `None` as a whole if the default language's are missing or any
/// words file has a mistake.
fn load_words<F: FrontMatter>(
    ctx: &Ctx<'_>,
    dir: &Path,
    name: &str,
    files: &FilesContext<'_>,
    out: &mut Diagnostics,
) -> Option<Vec<Option<Words<F::Extra>>>> {
    let languages = &ctx.config.languages;
    let mut all = Vec::with_capacity(languages.codes.len());
    let mut ok = true;
    for lang in languages.ids() {
        let code = languages.code(lang);
        let path = dir.join(format!("{code}.md"));
        if fs::symlink_metadata(&path).is_err() {
            let file = format!("{name}/{code}.md");
            let default = languages.default_code();
            if lang == languages.default {
                out.push(Diagnostic::error(
                    file,
                    text!("default-words-missing", lang = code),
                    text!("default-words-missing-fix", lang = code),
                ));
                ok = false;
            } else {
                out.push(Diagnostic::warning(
                    file,
                    text!("not-yet-translated", lang = code, default = default),
                    text!("not-yet-translated-fix", lang = code, default = default),
                ));
            }
            all.push(None);
            continue;
        }
        let parsed = read(ctx.root, &path)
            .map_err(|d| out.push(d))
            .ok()
            .and_then(|source| {
                crate::content::placeholders::check(&source, out);
                words::parse::<F>(&source, files, out)
            });
        ok &= parsed.is_some();
        all.push(parsed);
    }
    ok.then_some(all)
}

fn load_attachments(root: &Path, files_dir: &Path, out: &mut Diagnostics) -> Vec<Attachment> {
    if !files_dir.exists() {
        return Vec::new();
    }
    let mut files = Vec::new();
    for item in walkdir::WalkDir::new(files_dir)
        .follow_links(false)
        .sort_by_file_name()
    {
        let item = match item {
            Ok(i) => i,
            Err(e) => {
                let name = e
                    .path()
                    .map_or_else(|| relative(root, files_dir), |p| relative(root, p));
                out.push(Diagnostic::error(
                    name,
                    text!("file-unreadable", reason = e.to_string()),
                    text!("files-folder-permissions-fix"),
                ));
                continue;
            }
        };
        let path = item.path();
        let name = relative(root, path);
        if item.file_type().is_dir() {
            continue;
        }
        if let Err(d) = check_inside(root, path, &name) {
            out.push(d);
            continue;
        }
        let Ok(meta) = fs::metadata(path) else {
            continue;
        };
        if meta.is_dir() {
            continue;
        }
        let Some(inner) = path.strip_prefix(files_dir).ok().and_then(|p| p.to_str()) else {
            out.push(Diagnostic::error(
                name,
                text!("file-name-not-text"),
                text!("file-name-not-text-fix"),
            ));
            continue;
        };
        if inner
            .split(std::path::MAIN_SEPARATOR)
            .any(|p| p.starts_with('.'))
        {
            continue;
        }
        files.push(Attachment {
            name: inner.replace(std::path::MAIN_SEPARATOR, "/"),
            bytes: meta.len(),
            source: path.to_path_buf(),
        });
    }
    files
}
