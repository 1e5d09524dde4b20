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
    /// How long each phase took, in pipeline order (`build --timings`).
    pub(crate) timings: Vec<(&'static str, std::time::Duration)>,
}

/// The time of each phase of a build, as it goes.
struct Timings {
    last: std::time::Instant,
    phases: Vec<(&'static str, std::time::Duration)>,
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
        self.phases.push((name, now - self.last));
        self.last = now;
    }
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

/// Builds (or, without an output, checks) the site in `site_dir`.
pub(crate) fn build(site_dir: &Path, options: &Options) -> Result<Report, Failure> {
    build_keeping(site_dir, options, &mut load::Kept::default())
}

/// `build`, reading again only the entity folders `kept` does not hold (the
/// preview keeps them between builds).
pub(crate) fn build_keeping(
    site_dir: &Path,
    options: &Options,
    kept: &mut load::Kept,
) -> Result<Report, Failure> {
    let mut timings = Timings::start();
    let mut found = Diagnostics::default();
    let today = content::types::Date::today();
    let loaded = load::load_keeping(site_dir, today, &mut found, kept)
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
    let exported = export::write(&site, &i18n, &output)?;
    timings.done("exports");
    if options.cancelled() {
        return Err(Failure::Cancelled);
    }
    let links = links::Links::collect(&site);
    let addresses = addresses(&site, &theme, &exported);
    links.check_addresses(&addresses, &mut found);
    let Some(engines) = render::engines(&site, &theme, &i18n, &mut found) else {
        return Err(fail(found, options));
    };
    if found.fails(options.strict) {
        return Err(fail(found, options));
    }
    let targets = links.anchor_targets(&addresses);
    let (pages, anchors) = render::render_all(
        &site,
        &engines,
        &i18n,
        &exported.files,
        &targets,
        &output,
        &mut found,
    )?;
    links.check_anchors(&addresses, &anchors, &mut found);
    output::write_files(&site, &theme, &output)?;
    timings.done("pages");
    if found.fails(options.strict) {
        return Err(fail(found, options));
    }
    if options.cancelled() {
        return Err(Failure::Cancelled);
    }
    output.commit()?;
    timings.done("swap");
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

/// Every address a link in the words may lead to: the pages, the
/// attachments, the data and crawler files and the theme's files.
fn addresses(
    site: &site::Site,
    theme: &theme::Theme,
    exported: &export::Exported,
) -> HashSet<String> {
    let mut addresses = routes::all_addresses(site);
    addresses.extend(exported.files.iter().map(|f| format!("/{}", f.path)));
    addresses.extend(exported.crawlers.iter().map(|path| format!("/{path}")));
    addresses.extend(theme.statics.keys().map(|k| format!("/{k}")));
    addresses
}
