//! minhbach: a folder of plain files → a bilingual aid-transparency website.
//!
//! The build is one pipeline: load → link → render → write.

pub mod catalogue;
pub mod cli;
pub mod config;
pub mod content;
pub mod diagnostics;
pub mod export;
pub mod figures;
pub mod fold;
pub mod format;
pub mod i18n;
pub mod link;
pub mod load;
pub mod markdown;
pub mod output;
pub mod render;
pub mod routes;
pub mod scaffold;
pub mod search;
pub mod serve;
pub mod source;
pub mod theme;
pub mod toml_error;
pub mod write;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use diagnostics::{Diagnostic, Diagnostics};

#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Where to write the site; `None` checks without writing.
    pub output: Option<PathBuf>,
    /// Warnings are mistakes too.
    pub strict: bool,
}

/// A build that finished: what it wrote and the warnings it met.
#[derive(Debug)]
pub struct Report {
    pub pages: usize,
    pub warnings: Vec<Diagnostic>,
}

#[derive(Debug)]
pub enum Failure {
    /// The site directory is missing or unreadable as a whole, or the output
    /// folder cannot be used: exit status 2.
    Unusable(String),
    /// The content has mistakes: exit status 1. Nothing was written.
    Mistakes(Vec<Diagnostic>),
}

/// Builds (or, without an output, checks) the site in `site_dir`.
pub fn build(site_dir: &Path, options: &Options) -> Result<Report, Failure> {
    let mut found = Vec::new();
    let loaded = load::load(site_dir, &mut found).map_err(|e| Failure::Unusable(e.0))?;
    let Some(loaded) = loaded else {
        return Err(fail(found, options));
    };
    let site = link::link(loaded, &mut found);
    let theme = theme::load(&site, &mut found);
    let i18n = Arc::new(i18n::I18n::new(
        &site.config.languages,
        &theme.i18n,
        &mut found,
    ));
    // The output is staged beside the published site from here on: should the
    // build fail, the staging folder goes and the site stays as it was.
    let output = match &options.output {
        Some(dir) => write::Output::begin(dir).map_err(Failure::Unusable)?,
        None => write::Output::Discard,
    };
    let (data, crawlers) = export::write(&site, &i18n, &output, &mut found);
    check_site_links(&site, &theme, &data, &crawlers, &mut found);
    let Some(engines) = render::engines(&site, &theme, &i18n, &mut found) else {
        return Err(fail(found, options));
    };
    if has_mistakes(&found, options) {
        return Err(fail(found, options));
    }
    // Only the pages that a link's anchor points into are searched for ids.
    let targets: std::collections::HashSet<String> = anchor_links(&site)
        .into_iter()
        .map(|(_, _, _, path, _)| path)
        .collect();
    let (pages, anchors) =
        render::render_all(&site, &engines, &i18n, &data, &targets, &output, &mut found);
    check_anchors(&site, &anchors, &mut found);
    output::write_files(&site, &theme, &output, &mut found);
    if has_mistakes(&found, options) {
        return Err(fail(found, options));
    }
    output.commit().map_err(Failure::Unusable)?;
    let mut all = Diagnostics::default();
    all.extend(found);
    Ok(Report {
        pages,
        warnings: all.into_sorted(),
    })
}

fn has_mistakes(found: &[Diagnostic], options: &Options) -> bool {
    options.strict && !found.is_empty()
        || found
            .iter()
            .any(|d| d.severity == diagnostics::Severity::Error)
}

fn fail(found: Vec<Diagnostic>, options: &Options) -> Failure {
    let mut all = Diagnostics::default();
    all.extend(found);
    if options.strict {
        all.make_warnings_errors();
    }
    Failure::Mistakes(all.into_sorted())
}

/// A link written in the words as a site address must lead to a page or a file.
fn check_site_links(
    site: &link::Site,
    theme: &theme::Theme,
    data: &[export::Published],
    crawlers: &[String],
    out: &mut Vec<Diagnostic>,
) {
    let mut addresses = routes::all_addresses(site);
    addresses.extend(data.iter().map(|f| format!("/{}", f.path)));
    addresses.extend(crawlers.iter().map(|path| format!("/{path}")));
    addresses.extend(theme.statics.keys().map(|k| format!("/{k}")));
    for (file, _, links) in site.site_links() {
        for (link, at) in links {
            if link.target.starts_with('#') {
                continue; // an anchor on the page itself: see `check_anchors`
            }
            if !routes::resolves(&addresses, &link.target) {
                out.push(Diagnostic::error(file, format!("the link \"{}\" leads to no page of this site", link.target), "correct the address: copy it from the page in the built site (addresses end with /)").at(Some(*at)));
            }
        }
    }
}

/// A link's `#anchor` must name an element of the page it leads to: the page
/// written, with its headings and the theme's own ids.
/// Every link with an `#anchor`: the words file, where the link is written,
/// the link, the page it leads to and the anchor.
fn anchor_links(site: &link::Site) -> Vec<(&String, &diagnostics::Position, &str, String, String)> {
    let mut all = Vec::new();
    for (file, page, links) in site.site_links() {
        for (link, at) in links {
            let Some((path, anchor)) = link.target.split_once('#') else {
                continue;
            };
            let path = path.split('?').next().unwrap_or(path);
            let path = if path.is_empty() { page.as_str() } else { path };
            let path = path.strip_suffix("index.html").unwrap_or(path);
            let path = if path.ends_with('/') || path.contains('.') {
                path.to_string()
            } else {
                format!("{path}/")
            };
            all.push((file, at, link.target.as_str(), path, anchor.to_string()));
        }
    }
    all
}

fn check_anchors(site: &link::Site, anchors: &render::Anchors, out: &mut Vec<Diagnostic>) {
    for (file, at, target, path, anchor) in anchor_links(site) {
        // Anchors into files (a PDF's #page=2) are not this site's to check.
        let Some(ids) = anchors.get(&path) else {
            continue;
        };
        if !anchor.is_empty() && !ids.contains(&anchor) {
            out.push(
                Diagnostic::error(
                    file,
                    format!(
                        "the link \"{target}\" leads to {path}, which has no anchor `{anchor}`"
                    ),
                    diagnostics::suggest(&anchor, ids.iter().map(String::as_str)),
                )
                .at(Some(*at)),
            );
        }
    }
}
