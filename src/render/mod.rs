//! Render: every page in every language, in parallel, each written as soon as it
//! is rendered so that memory does not grow with the number of pages.

pub(crate) mod book;
pub(crate) mod catalogue;
pub(crate) mod email;
mod escape;
pub(crate) mod filter_index;
pub(crate) mod functions;
mod identity;
pub(crate) mod json_ld;
pub(crate) mod lang_marks;
pub(crate) mod leaflet;
pub(crate) mod open_data;
pub(crate) mod pages;
pub(crate) mod qr;
pub(crate) mod results;
mod site_view;
mod splice;
pub(crate) mod views;

use std::collections::HashSet;
use std::sync::Arc;

use rayon::prelude::*;
use serde::Serialize;

use crate::content::texts::LangId;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::export::Published;
use crate::i18n::I18n;
use crate::links::{ids, Anchors};
use crate::messages::text;
use crate::routes::{all_routes, output_path, Route};
use crate::site::Site;
use crate::theme::Theme;
use crate::write::{Output, WriteError};
use functions::{
    ApproxFilter, DateFilter, FileSizeFilter, Locale, MoneyFilter, NumberFilter, Translate,
};
pub(crate) use site_view::PageView;
use site_view::{context, data_context, page_view, site_contexts, SiteContext};
use views::In;

#[derive(Serialize)]
struct PageContext<T: Serialize> {
    page: PageView,
    data: T,
}

/// Every language's template engine, with functions bound to that language.
pub(crate) struct Engines {
    by_lang: Vec<tera::Tera>,
}

pub(crate) fn engines(
    site: &Site,
    theme: &Theme,
    i18n: &Arc<I18n>,
    out: &mut Diagnostics,
) -> Option<Engines> {
    identity::check(site, theme, out);
    let mut base = tera::Tera::default();
    base.autoescape_on(vec![".html", ".xml"]);
    base.set_escape_fn(escape::escape_html);
    if let Err(e) = base.add_raw_templates(
        theme
            .templates
            .iter()
            .map(|(n, t)| (n.as_str(), t.as_str())),
    ) {
        out.push(Diagnostic::error(
            format!("themes/{}/templates", site.config.theme),
            text!("template-syntax", detail = error_chain(&e)),
            text!("template-syntax-fix"),
        ));
        return None;
    }
    let languages = &site.config.languages;
    let by_lang = languages
        .ids()
        .map(|lang| {
            let locale = Arc::new(Locale::new(
                Arc::clone(i18n),
                lang,
                languages,
                &site.config.money,
            ));
            let mut tera = base.clone();
            tera.register_function("t", Translate::new(Arc::clone(&locale)));
            tera.register_filter("money", MoneyFilter(Arc::clone(&locale)));
            tera.register_filter("number", NumberFilter(Arc::clone(&locale)));
            tera.register_filter("date", DateFilter::new(Arc::clone(&locale)));
            tera.register_filter("filesize", FileSizeFilter(Arc::clone(&locale)));
            tera.register_filter("approx", ApproxFilter(locale));
            // `t(key="…")` gives the same words on every page of a language:
            // made once here rather than some sixty times a page.
            tera.fold_calls("t");
            tera
        })
        .collect();
    Some(Engines { by_lang })
}

/// What every page of a build shares.
pub(crate) struct Shared<'s> {
    pub(crate) site: &'s Site,
    pub(crate) engines: &'s Engines,
    /// The site as each language's pages see it.
    pub(crate) sites: &'s [SiteContext],
    pub(crate) i18n: &'s I18n,
    pub(crate) files: &'s [Published],
    pub(crate) cards: &'s Cards,
    pub(crate) listings: &'s catalogue::Listings<'s>,
}

/// Renders one page; the template and data depend on the route.
pub(crate) fn render_page<'s>(
    shared: &Shared<'s>,
    route: Route<'s>,
    lang: LangId,
) -> Result<String, Box<Diagnostic>> {
    let mut page = render_shell(shared, route, lang)?;
    let Some(parts) = page.parts.take() else {
        return Ok(page.html);
    };
    let mut whole = String::with_capacity(page.html.len() * 2);
    let mut write = |piece: &str| {
        whole.push_str(piece);
        Ok::<(), std::convert::Infallible>(())
    };
    match page.write_parts(shared, lang, parts, &mut write) {
        Ok(()) => Ok(whole),
        Err(PartFailed::Template(d)) => Err(d),
        Err(PartFailed::Write(never)) => match never {},
    }
}

/// Why a page's parts were not written: a part's template failed (the
/// mistake, located), or writing did.
enum PartFailed<E> {
    Template(Box<Diagnostic>),
    Write(E),
}

impl Shell<'_> {
    /// Writes the page with `parts` in place, piece by piece, to `write`.
    fn write_parts<'s, E>(
        &self,
        shared: &Shared<'s>,
        lang: LangId,
        parts: splice::Parts<'s>,
        write: &mut impl FnMut(&str) -> Result<(), E>,
    ) -> Result<(), PartFailed<E>> {
        let c = In {
            site: shared.site,
            lang,
        };
        let site = &shared.sites[lang.0];
        splice::write_parts(shared.engines, site, c, &self.html, parts, write).map_err(
            |e| match e {
                splice::PartsError::Template(part, e) => {
                    PartFailed::Template(template_failed(shared.site, part, &e, &self.url))
                }
                splice::PartsError::Write(e) => PartFailed::Write(e),
            },
        )
    }
}

/// A page as its template renders it, with the catalogue's cards in place,
/// but its parts still to write (see [`splice::write_parts`]).
struct Shell<'s> {
    url: String,
    html: String,
    parts: Option<splice::Parts<'s>>,
}

fn render_shell<'s>(
    shared: &Shared<'s>,
    route: Route<'s>,
    lang: LangId,
) -> Result<Shell<'s>, Box<Diagnostic>> {
    let Shared {
        site,
        engines,
        sites,
        i18n,
        files,
        cards,
        listings,
    } = *shared;
    let c = In { site, lang };
    let (template, mut data) = pages::data(c, route, files, i18n, listings);
    let order = match &data {
        pages::Data::Catalogue(view) => Some(view.order.clone()),
        _ => None,
    };
    let parts = match &mut data {
        pages::Data::Book(view) => Some(splice::Parts::Book(
            view.sectors
                .iter_mut()
                .map(|s| std::mem::take(&mut s.projects))
                .collect(),
        )),
        pages::Data::Results(view) => {
            Some(splice::Parts::Indicators(std::mem::take(&mut view.rows)))
        }
        _ => None,
    };
    let page = PageContext {
        page: page_view(site, i18n, route, lang),
        data,
    };
    let url = page.page.url.clone();
    let html = context(&sites[lang.0], &page)
        .and_then(|ctx| engines.by_lang[lang.0].render(template, &ctx))
        .map(lang_marks::resolved)
        .map(|html| match order {
            Some(order) => splice::splice_cards(&html, &order, &cards.by_lang[lang.0]),
            None => html,
        })
        .map_err(|e| template_failed(site, template, &e, &url))?;
    Ok(Shell { url, html, parts })
}

fn template_failed(site: &Site, template: &str, e: &tera::Error, page: &str) -> Box<Diagnostic> {
    Box::new(Diagnostic::error(
        format!("themes/{}/templates/{template}", site.config.theme),
        text!("template-failed", detail = error_chain(e), page = page),
        text!("template-failed-fix"),
    ))
}

/// Renders the page at `path` and writes it; returns its ids when `want_ids`
/// (a link points into it). A page with parts is written piece by piece as
/// they are rendered.
fn write_page<'s>(
    shared: &Shared<'s>,
    route: Route<'s>,
    lang: LangId,
    output: &Output,
    path: &str,
    want_ids: bool,
) -> Result<HashSet<String>, PageError> {
    let mut page = render_shell(shared, route, lang).map_err(PageError::Template)?;
    let Some(parts) = page.parts.take() else {
        output
            .write(path, page.html.as_bytes())
            .map_err(PageError::Write)?;
        return Ok(if want_ids {
            ids(&page.html)
        } else {
            HashSet::new()
        });
    };
    let mut found = HashSet::new();
    // `write_with` takes only an I/O error back: a part's failed template
    // stops the writing and is reported after it.
    let mut failed = None;
    output
        .write_with(path, |file| {
            let mut write = |piece: &str| {
                if want_ids {
                    found.extend(ids(piece));
                }
                file.write_all(piece.as_bytes())
            };
            match page.write_parts(shared, lang, parts, &mut write) {
                Ok(()) => Ok(()),
                Err(PartFailed::Write(e)) => Err(e),
                Err(PartFailed::Template(d)) => {
                    failed = Some(d);
                    Ok(())
                }
            }
        })
        .map_err(PageError::Write)?;
    match failed {
        Some(d) => Err(PageError::Template(d)),
        None => Ok(found),
    }
}

/// The pages of one entity, in every language: what the preview shows first
/// after an edit, before the rest of the site. An entity's page shows no
/// list of the catalogue, so none is sorted and no card is rendered.
pub(crate) fn render_entity(
    site: &Site,
    engines: &Engines,
    i18n: &I18n,
    files: &[Published],
    route: Route<'_>,
) -> Result<Vec<(String, String)>, Box<Diagnostic>> {
    let sites = site_contexts(site, i18n, engines)?;
    let listings = catalogue::Listings::none(site);
    let cards = Cards {
        by_lang: sites.iter().map(|_| Vec::new()).collect(),
    };
    let shared = Shared {
        site,
        engines,
        sites: &sites,
        i18n,
        files,
        cards: &cards,
        listings: &listings,
    };
    site.config
        .languages
        .ids()
        .map(|lang| {
            let html = render_page(&shared, route, lang)?;
            Ok((output_path(&route.url(&site.config, lang)), html))
        })
        .collect()
}

/// Every project card, rendered once per language: a project is in up to ten
/// lists (three orders, its sector, period, status and places), and rendering
/// it once keeps a 10,000-project build from rendering 90,000 cards.
pub(crate) struct Cards {
    /// Each card in a box of its own length: rendered into Tera's
    /// 2,000-byte buffer, a card of some 1,300 bytes kept there would hold
    /// 40 MB of a 10,000-project build's peak instead of 27 MB.
    by_lang: Vec<Vec<Box<str>>>,
}

pub(crate) fn render_cards(
    site: &Site,
    engines: &Engines,
    sites: &[SiteContext],
    listings: &catalogue::Listings<'_>,
) -> Result<Cards, Box<Diagnostic>> {
    let by_lang = site
        .config
        .languages
        .ids()
        .map(|lang| {
            let places = listings.places(lang);
            site.projects
                .par_iter()
                .zip(places.par_iter())
                .map(|(p, n)| {
                    let card = catalogue::card(In { site, lang }, p, *n);
                    data_context(&sites[lang.0], &card)
                        .and_then(|ctx| engines.by_lang[lang.0].render("card.html", &ctx))
                        .map(|html| Box::from(lang_marks::resolve(&html)))
                        .map_err(|e| {
                            Box::new(Diagnostic::error(
                                format!("themes/{}/templates/card.html", site.config.theme),
                                text!(
                                    "template-card-failed",
                                    detail = error_chain(&e),
                                    slug = p.slug.as_str()
                                ),
                                text!("template-failed-fix"),
                            ))
                        })
                })
                .collect::<Result<Vec<Box<str>>, Box<Diagnostic>>>()
        })
        .collect::<Result<Vec<_>, Box<Diagnostic>>>()?;
    Ok(Cards { by_lang })
}

/// The catalogue's filter index (see `filter_index`), with every card.
fn write_filter_index(
    site: &Site,
    listings: &catalogue::Listings<'_>,
    cards: &Cards,
    output: &Output,
) -> Result<(), WriteError> {
    let mut files = filter_index::shared_files(site, listings);
    files.extend(
        site.config
            .languages
            .ids()
            .map(|lang| filter_index::title_order(site, listings, lang)),
    );
    files
        .par_iter()
        .try_for_each(|(path, bytes)| output.write(path, bytes))?;
    for lang in site.config.languages.ids() {
        filter_index::write_cards(
            site,
            listings,
            lang,
            &cards.by_lang[lang.0],
            |path, bytes| output.write(path, bytes),
        )?;
    }
    Ok(())
}

/// Why a page was not written.
enum PageError {
    /// The template failed: a mistake in the theme.
    Template(Box<Diagnostic>),
    Write(WriteError),
}

/// Renders and writes every page of every language; returns the number of
/// pages and the ids of those in `targets` (the pages links' anchors point
/// into). A template's failure is reported in `out`; a write failure stops.
#[expect(
    clippy::too_many_arguments,
    reason = "the build's parts, each borrowed for the pages; a struct of them would be built once, only to be taken apart here"
)]
pub(crate) fn render_all<S: std::hash::BuildHasher + Sync>(
    site: &Site,
    engines: &Engines,
    i18n: &I18n,
    files: &[Published],
    listings: &catalogue::Listings<'_>,
    targets: &HashSet<String, S>,
    output: &Output,
    stop: &std::sync::atomic::AtomicBool,
    out: &mut Diagnostics,
) -> Result<(usize, Anchors), WriteError> {
    let sites = match site_contexts(site, i18n, engines) {
        Ok(sites) => sites,
        Err(d) => {
            out.push(*d);
            return Ok((0, Anchors::new()));
        }
    };
    let cards = match render_cards(site, engines, &sites, listings) {
        Ok(cards) => cards,
        Err(d) => {
            out.push(*d);
            return Ok((0, Anchors::new()));
        }
    };
    write_filter_index(site, listings, &cards, output)?;
    let shared = Shared {
        site,
        engines,
        sites: &sites,
        i18n,
        files,
        cards: &cards,
        listings,
    };
    let routes = all_routes(site);
    let jobs: Vec<(Route<'_>, LangId)> = routes
        .iter()
        .flat_map(|r| site.config.languages.ids().map(move |l| (*r, l)))
        .collect();
    let results: Vec<Result<(String, HashSet<String>), PageError>> = jobs
        .par_iter()
        .map(|(route, lang)| {
            // The preview stopped this build for a newer one: the pages left
            // are not rendered, and the build writes nothing.
            if stop.load(std::sync::atomic::Ordering::Relaxed) {
                return Ok((String::new(), HashSet::new()));
            }
            let url = route.url(&site.config, *lang);
            let wanted = targets.contains(&url);
            let anchors = write_page(&shared, *route, *lang, output, &output_path(&url), wanted)?;
            Ok((url, anchors))
        })
        .collect();
    let mut anchors = Anchors::with_capacity(targets.len());
    for result in results {
        match result {
            Ok((url, ids)) => {
                if targets.contains(&url) {
                    anchors.insert(url, ids);
                }
            }
            Err(PageError::Template(d)) => out.push(*d),
            Err(PageError::Write(e)) => return Err(e),
        }
    }
    // One page for every language, at the address static hosts serve for a
    // missing one; in the default language's frame.
    match render_page(&shared, Route::NotFound, site.config.languages.default) {
        Ok(html) => output.write("404.html", html.as_bytes())?,
        Err(d) => out.push(*d),
    }
    write_print_and_mail(site, engines, &sites, output, out)?;
    Ok((jobs.len() + 1, anchors))
}

/// What is made for paper and for mail beside the pages: the QR codes the
/// book shows, and each bulletin issue's e-mail edition in every language.
fn write_print_and_mail(
    site: &Site,
    engines: &Engines,
    sites: &[SiteContext],
    output: &Output,
    out: &mut Diagnostics,
) -> Result<(), WriteError> {
    let languages: Vec<LangId> = site.config.languages.ids().collect();
    let codes: Vec<_> = languages
        .iter()
        .flat_map(|lang| site.projects.iter().map(move |p| (p, *lang)))
        .collect();
    codes
        .par_iter()
        .filter_map(|(p, lang)| book::qr_file(site, p, *lang))
        .try_for_each(|(path, svg)| output.write(&path, svg.as_bytes()))?;
    let issues: Vec<(usize, LangId)> = (0..site.bulletins.len())
        .flat_map(|i| languages.iter().map(move |l| (i, *l)))
        .collect();
    let editions: Vec<_> = issues
        .par_iter()
        .map(|(i, lang)| email::render(site, engines, sites, *lang, *i))
        .collect();
    for edition in editions {
        match edition {
            Ok(parts) => {
                for (path, text) in parts {
                    output.write(&path, text.as_bytes())?;
                }
            }
            Err(d) => out.push(*d),
        }
    }
    Ok(())
}

fn error_chain(e: &tera::Error) -> String {
    let mut parts = vec![e.to_string()];
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        parts.push(s.to_string());
        source = s.source();
    }
    parts.join(": ")
}
