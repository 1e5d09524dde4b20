//! Walk the site directory, parse every file, collect every mistake.

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
    type Facts: Send;
    type Front: FrontMatter<Extra = Self::Extra>;
    type Extra: Send;
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
pub(crate) struct Unreadable(pub(crate) String);

pub(crate) fn load(
    site: &Path,
    today: Date,
    out: &mut Diagnostics,
) -> Result<Option<Loaded>, Unreadable> {
    let root = fs::canonicalize(site).map_err(|e| {
        Unreadable(format!(
            "cannot open the site directory {}: {e}",
            site.display()
        ))
    })?;
    if !root.is_dir() {
        return Err(Unreadable(format!("{} is not a folder", site.display())));
    }
    if !root.join("site.toml").exists() {
        return Err(Unreadable(format!(
            "{} has no site.toml, so it is not a site directory (create one with `minhbach init`)",
            site.display()
        )));
    }
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
        out.push(Diagnostic::error("content/organisations.toml", "the file is missing", "create it with at least the publisher named in site.toml (`minhbach init` shows an example)"));
        return Ok(None);
    };
    check_content_folder(&root, out);
    let org_index = organisation::index(&orgs);
    let ctx = Ctx {
        root: &root,
        config: &config,
        orgs: &org_index,
        today,
    };
    let mut broken = Vec::new();
    let projects = load_kind::<Projects>(&ctx, out, &mut broken);
    let procedures = load_kind::<Procedures>(&ctx, out, &mut broken);
    let results = load_kind::<Results>(&ctx, out, &mut broken);
    let bulletins = load_kind::<Bulletins>(&ctx, out, &mut broken);
    let pages = load_kind::<Pages>(&ctx, out, &mut broken);
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
            "this is a link to a file outside the site directory",
            "copy the file into the site directory instead of linking to it",
        )),
        Err(_) => Err(Diagnostic::error(
            name,
            "this is a link to a file that does not exist",
            "remove the link or copy the real file here",
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
                "minhbach does not know this name in content/",
                suggest(&name, valid.iter().copied()),
            ));
        }
    }
}

/// One entity folder's result: the entry if it has no mistake, its
/// diagnostics, and the folder.
type FolderResult<'d, K> = (
    Option<Entry<<K as EntityKind>::Facts, <K as EntityKind>::Extra>>,
    Diagnostics,
    &'d PathBuf,
);

fn load_kind<K: EntityKind>(
    ctx: &Ctx<'_>,
    out: &mut Diagnostics,
    broken: &mut Vec<(Kind, Slug)>,
) -> Vec<Entry<K::Facts, K::Extra>> {
    let folder = ctx.root.join("content").join(K::KIND.folder());
    let Ok(entries) = fs::read_dir(&folder) else {
        return Vec::new();
    };
    let mut dirs: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    dirs.sort();
    let loaded: Vec<FolderResult<'_, K>> = dirs
        .par_iter()
        .filter(|d| {
            !d.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .map(|dir| {
            let mut problems = Diagnostics::default();
            let entry = load_entity::<K>(ctx, dir, &mut problems);
            (entry, problems, dir)
        })
        .collect();
    let mut result = Vec::with_capacity(loaded.len());
    for (entry, problems, dir) in loaded {
        out.extend(problems);
        if let Some(e) = entry {
            result.push(e);
        } else {
            let slug = dir.file_name().map(|n| n.to_string_lossy().into_owned());
            broken.extend(slug.map(|s| (K::KIND, Slug(s))));
        }
    }
    result
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
        let message = format!(
            "content/{}/ holds one folder per entry, but this is a file",
            kind.folder()
        );
        out.push(Diagnostic::error(
            name,
            message,
            "make a folder named after the entry (its slug) and put the files in it",
        ));
        return None;
    }
    let slug = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if let Some(problem) = slug_problem(&slug) {
        out.push(Diagnostic::error(name, format!("the folder name \"{slug}\" cannot be an address: {problem}"), "rename the folder with lowercase letters a–z, digits and `-`, like \"truong-mam-non-tien-phong\""));
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
            "cannot read this folder",
            "check its permissions",
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
            "pages have words only: remove facts.toml".to_string()
        } else {
            suggest(file, expected.iter().map(String::as_str))
        };
        out.push(Diagnostic::error(
            format!("{name}/{file}"),
            "minhbach does not expect this file here",
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
            "the file is missing",
            "every entry of this kind needs a facts.toml (`minhbach new` writes one to start from)",
        ));
        return None;
    }
    let source = read(ctx.root, &path).map_err(|d| out.push(d)).ok()?;
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
                    format!("the words in the default language (`{code}`) are missing"),
                    format!("write {code}.md with a title, a summary and the text"),
                ));
                ok = false;
            } else {
                out.push(Diagnostic::warning(
                    file,
                    format!("not yet translated: the `{code}` page shows the `{default}` words"),
                    format!("add {code}.md, translated from {default}.md"),
                ));
            }
            all.push(None);
            continue;
        }
        let parsed = read(ctx.root, &path)
            .map_err(|d| out.push(d))
            .ok()
            .and_then(|source| words::parse::<F>(&source, files, out));
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
                    format!("cannot read: {e}"),
                    "check the permissions of the files folder",
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
                "the file name is not valid text",
                "rename the file with plain letters, digits, `-` and `.`",
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
