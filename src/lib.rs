//! minhbach: a folder of plain files → a bilingual aid-transparency website.
//!
//! The build is one pipeline: load → link → export → render → write.

mod catalogue;
pub mod cli;
mod config;
mod content;
mod diagnostics;
mod export;
mod figures;
mod fold;
mod format;
pub mod fuzz;
mod i18n;
mod import;
mod link;
mod links;
mod load;
mod markdown;
mod messages;
mod offline;
mod out;
mod output;
mod render;
mod report;
mod routes;
mod scaffold;
mod search;
mod serve;
mod site;
mod source;
mod teach;
mod theme;
mod toml_error;
mod write;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use diagnostics::Diagnostics;
use write::{BeginError, WriteError};

#[derive(Debug, Clone, Default)]
pub(crate) struct Options {
    /// Where to write the site; `None` checks without writing.
    pub(crate) output: Option<PathBuf>,
    /// Warnings are mistakes too.
    pub(crate) strict: bool,
    /// Every link relative, for a site opened from a disc (`build --offline`).
    pub(crate) offline: bool,
    /// Set by the preview when a newer edit makes this build useless: the
    /// build stops at its next step and writes nothing.
    pub(crate) cancel: Option<Arc<std::sync::atomic::AtomicBool>>,
    /// Keep the whole build after it is written (the preview's), not only
    /// what each folder loaded.
    pub(crate) keep_last: bool,
}

impl Options {
    fn cancelled(&self) -> bool {
        self.cancel
            .as_ref()
            .is_some_and(|c| c.load(std::sync::atomic::Ordering::Relaxed))
    }
}

/// A build that finished: what it wrote and the warnings it met.
#[derive(Debug)]
pub(crate) struct Report {
    pub(crate) pages: usize,
    pub(crate) warnings: Diagnostics,
    /// How long each phase took, in pipeline order, and the process's peak
    /// memory at its end, in bytes, where the system says (`build --timings`).
    pub(crate) timings: Vec<(&'static str, std::time::Duration, Option<u64>)>,
}

/// The time of each phase of a build, as it goes.
struct Timings {
    last: std::time::Instant,
    phases: Vec<(&'static str, std::time::Duration, Option<u64>)>,
}

impl Timings {
    fn start() -> Timings {
        Timings {
            last: std::time::Instant::now(),
            phases: Vec::new(),
        }
    }

    /// Ends the phase `name`, started when the previous one ended.
    fn done(&mut self, name: &'static str) {
        let now = std::time::Instant::now();
        self.phases.push((name, now - self.last, peak_memory()));
        self.last = now;
    }
}

/// The most memory the process has held so far (Linux's `VmHWM`), to see
/// which phase needs it.
fn peak_memory() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kilobytes: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kilobytes * 1024)
}

#[derive(Debug)]
pub(crate) enum Failure {
    /// The site directory is missing or unreadable as a whole, or the output
    /// folder is not minhbach's: exit status 2.
    Unusable(messages::Text),
    /// The output could not be written: exit status 2.
    Write(WriteError),
    /// The content has mistakes: exit status 1. Nothing was written.
    Mistakes(Diagnostics),
    /// The preview stopped this build for a newer one. Nothing was written.
    Cancelled,
}

impl From<WriteError> for Failure {
    fn from(e: WriteError) -> Self {
        Failure::Write(e)
    }
}

impl From<BeginError> for Failure {
    fn from(e: BeginError) -> Self {
        match e {
            BeginError::NotOurs(dir) => Failure::Unusable(messages::text!(
                "output-not-ours",
                dir = dir.display().to_string(),
                marker = write::MARKER
            )),
            BeginError::Write(e) => Failure::Write(e),
        }
    }
}

/// What the preview keeps between builds: each entity folder's load, and the
/// last good build, from which it renders an edited entity's pages first.
#[derive(Default)]
pub(crate) struct Keep {
    pub(crate) folders: load::Kept,
    last: Option<Last>,
}

struct Last {
    site: site::Site,
    engines: render::Engines,
    i18n: Arc<i18n::I18n>,
    files: Vec<export::Published>,
}

impl Keep {
    /// After an edit inside one entity folder: that entity's pages in every
    /// language, rendered from the last good build with the folder read
    /// again, and written into `output` (the preview's own folder) at once.
    /// The number of pages; `None` when the edit is not inside one existing
    /// entity, or has a mistake: the full build that follows shows those.
    pub(crate) fn render_first(&mut self, changed: &[PathBuf], output: &Path) -> Option<usize> {
        let last = self.last.as_mut()?;
        let (kind, folder) = load::entity_folder(&last.site.root, changed.first()?)?;
        if changed.iter().any(|p| {
            load::entity_folder(&last.site.root, p).as_ref() != Some(&(kind, folder.clone()))
        }) {
            return None;
        }
        let slug = folder.file_name()?.to_str()?.to_string();
        let mut found = Diagnostics::default();
        let today = content::types::Date::today();
        let reloaded = load::reload(&last.site, kind, &folder, today, &mut found)?;
        let site = &mut last.site;
        let index = match reloaded {
            load::Reloaded::Project(e) => {
                let i = position(&site.projects, &slug)?;
                site.projects[i] = e;
                i
            }
            load::Reloaded::Procedure(e) => {
                let i = position(&site.procedures, &slug)?;
                site.procedures[i] = e;
                i
            }
            load::Reloaded::Results(e) => {
                let i = position(&site.results, &slug)?;
                site.results[i] = e;
                i
            }
            load::Reloaded::Bulletin(e) => {
                let i = position(&site.bulletins, &slug)?;
                site.bulletins[i] = e;
                i
            }
            load::Reloaded::Page(e) => {
                let i = position(&site.pages, &slug)?;
                site.pages[i] = e;
                i
            }
        };
        let route = routes::Route::Entity(kind, &slug, index);
        let pages =
            render::render_entity(&last.site, &last.engines, &last.i18n, &last.files, route)
                .ok()?;
        for (path, html) in &pages {
            // Written beside, then renamed: a request never reads half a page.
            let target = output.join(path);
            let fresh = target.with_extension("html.new");
            std::fs::write(&fresh, html).ok()?;
            std::fs::rename(&fresh, &target).ok()?;
        }
        Some(pages.len())
    }
}

fn position<F, X>(entries: &[content::Entry<F, X>], slug: &str) -> Option<usize> {
    entries.iter().position(|e| e.slug.as_str() == slug)
}

/// Builds (or, without an output, checks) the site in `site_dir`.
pub(crate) fn build(site_dir: &Path, options: &Options) -> Result<Report, Failure> {
    build_keeping(site_dir, options, &mut Keep::default())
}

/// `build`, reading again only the entity folders `keep` does not hold, and
/// keeping the build for the next one (the preview's way).
pub(crate) fn build_keeping(
    site_dir: &Path,
    options: &Options,
    keep: &mut Keep,
) -> Result<Report, Failure> {
    let mut timings = Timings::start();
    let mut found = Diagnostics::default();
    let today = content::types::Date::today();
    let loaded = load::load_keeping(
        site_dir,
        today,
        &mut found,
        &mut keep.folders,
        options.keep_last,
    )
    .map_err(|e| Failure::Unusable(e.0))?;
    let Some(loaded) = loaded else {
        return Err(fail(found, options));
    };
    let site = link::link(loaded, &mut found);
    timings.done("load");
    if options.cancelled() {
        return Err(Failure::Cancelled);
    }
    let theme = theme::load(&site, &mut found);
    let i18n = Arc::new(i18n::I18n::new(
        &site.config.languages,
        &theme.i18n,
        &mut found,
    ));
    // The output is staged beside the published site from here on: should the
    // build fail, the staging folder goes and the site stays as it was.
    let output = match &options.output {
        Some(dir) => write::Output::begin(dir)?,
        None => write::Output::Discard,
    };
    // While the data files are written, the exports' second thread also
    // parses the templates, gathers the links and the pages' addresses and
    // sorts the catalogue's lists: none needs the data files, and done after
    // them they kept one core idle for some 0.2 s of a 10,000-project build.
    let (exported, mut prepared) = rayon::join(
        || export::write(&site, &i18n, &output),
        || BesideExports::make(&site, &theme, &i18n),
    );
    let exported = exported?;
    timings.done("exports");
    if options.cancelled() {
        return Err(Failure::Cancelled);
    }
    add_exported(&mut prepared.addresses, &theme, &exported);
    prepared
        .links
        .check_addresses(&prepared.addresses, &mut found);
    found.extend(std::mem::take(&mut prepared.parsed));
    let Some(engines) = prepared.engines.take() else {
        return Err(fail(found, options));
    };
    if found.fails(options.strict) {
        return Err(fail(found, options));
    }
    let targets = prepared.links.anchor_targets(&prepared.addresses);
    let never = std::sync::atomic::AtomicBool::new(false);
    let (pages, anchors) = render::render_all(
        &site,
        &engines,
        &i18n,
        &exported.files,
        &prepared.listings,
        &targets,
        &output,
        options.cancel.as_deref().unwrap_or(&never),
        &mut found,
    )?;
    if options.cancelled() {
        return Err(Failure::Cancelled);
    }
    prepared
        .links
        .check_anchors(&prepared.addresses, &anchors, &mut found);
    output::write_files(&site, &theme, &output)?;
    if options.offline {
        offline::make(&output)?;
    }
    timings.done("pages");
    if found.fails(options.strict) {
        return Err(fail(found, options));
    }
    if options.cancelled() {
        return Err(Failure::Cancelled);
    }
    let retired = output.commit()?;
    if options.keep_last {
        // The preview: the new pages are served already; a failed removal
        // leaves a folder its temporary folder removes on exit.
        std::thread::spawn(move || retired.remove());
    } else {
        retired.remove()?;
    }
    timings.done("swap");
    if options.keep_last {
        keep.last = Some(Last {
            site,
            engines,
            i18n,
            files: exported.files,
        });
    }
    Ok(Report {
        pages,
        warnings: found,
        timings: timings.phases,
    })
}

fn fail(mut found: Diagnostics, options: &Options) -> Failure {
    if options.strict {
        found.make_warnings_errors();
    }
    Failure::Mistakes(found)
}

/// What the pages need that does not need the data files: made while they
/// are written.
struct BesideExports<'s> {
    engines: Option<render::Engines>,
    /// The templates' mistakes.
    parsed: Diagnostics,
    links: links::Links<'s>,
    /// The pages' and the attachments' addresses (see `add_exported`).
    addresses: HashSet<String>,
    listings: render::catalogue::Listings<'s>,
}

impl<'s> BesideExports<'s> {
    fn make(site: &'s site::Site, theme: &theme::Theme, i18n: &Arc<i18n::I18n>) -> Self {
        let mut parsed = Diagnostics::default();
        BesideExports {
            engines: render::engines(site, theme, i18n, &mut parsed),
            parsed,
            links: links::Links::collect(site),
            addresses: routes::all_addresses(site),
            listings: render::catalogue::Listings::new(site),
        }
    }
}

/// Adds to the pages' and attachments' addresses the others a link in the
/// words may lead to: the data and crawler files and the theme's files.
fn add_exported(
    addresses: &mut HashSet<String>,
    theme: &theme::Theme,
    exported: &export::Exported,
) {
    addresses.extend(exported.files.iter().map(|f| format!("/{}", f.path)));
    addresses.extend(exported.crawlers.iter().map(|path| format!("/{path}")));
    addresses.extend(theme.statics.keys().map(|k| format!("/{k}")));
}
