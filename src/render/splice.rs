//! Pages assembled from parts rendered apart: the catalogue's lists from the
//! cards rendered once, the book from its projects and the results page from
//! its indicators, rendered one by one.

use rayon::prelude::*;
use serde::Serialize;

use super::site_view::{data_context, SiteContext};
use super::views::In;
use super::{book, catalogue, lang_marks, results, Engines};
use crate::content::project::ProjectFacts;
use crate::content::Entry;
use crate::routes::Route;

/// Parts rendered side by side before they join the page.
const PARTS_AT_ONCE: usize = 256;

/// The parts of a page rendered apart, each with its own small context, and
/// written in place of their marks as the page is written: one context of
/// 10,000 projects or 17,000 rows held hundreds of megabytes.
pub(crate) enum Parts<'s> {
    /// The book's chapters: each sector's projects, in place of
    /// [`book::entries_mark`]`(n)`.
    Book(Vec<Vec<&'s Entry<ProjectFacts>>>),
    /// The results page's indicators, in place of [`results::INDICATORS`].
    Indicators(Vec<results::IndicatorRow<'s>>),
}

/// Why a page with parts was not written whole: a part's template (named)
/// failed, or `write` did.
pub(super) enum PartsError<E> {
    Template(&'static str, tera::Error),
    Write(E),
}

/// Writes `html` with its `parts` in place of their marks, each piece to
/// `write` as soon as it is ready, so that the page (the book of 10,000
/// projects is 17 MB) is never whole in memory, nor the views of its parts.
pub(super) fn write_parts<'s, E>(
    engines: &Engines,
    site: &SiteContext,
    c: In<'s>,
    html: &str,
    parts: Parts<'s>,
    write: &mut impl FnMut(&str) -> Result<(), E>,
) -> Result<(), PartsError<E>> {
    match parts {
        Parts::Book(chapters) => {
            let here = c.url(Route::Book);
            let marks = chapters
                .into_iter()
                .enumerate()
                .map(|(n, projects)| (book::entries_mark(n), projects));
            let entry = |p: &'s Entry<ProjectFacts>| book::entry(c, &here, p);
            splice(
                &engines.by_lang[c.lang.0],
                site,
                html,
                marks,
                "book-project.html",
                entry,
                write,
            )
        }
        Parts::Indicators(rows) => {
            let rows: Vec<&results::IndicatorRow<'_>> = rows.iter().collect();
            let marks = [(results::INDICATORS.to_string(), rows)];
            let row = std::convert::identity;
            splice(
                &engines.by_lang[c.lang.0],
                site,
                html,
                marks,
                "results-indicator.html",
                row,
                write,
            )
        }
    }
}

/// `html` with each mark's items, each rendered by `template` with `view`
/// of it as its `data`, in place of the mark.
fn splice<T: Copy + Sync, V: Serialize, E>(
    tera: &tera::Tera,
    site: &SiteContext,
    html: &str,
    marks: impl IntoIterator<Item = (String, Vec<T>)>,
    template: &'static str,
    view: impl Fn(T) -> V + Sync,
    write: &mut impl FnMut(&str) -> Result<(), E>,
) -> Result<(), PartsError<E>> {
    let mut rest = html;
    for (mark, items) in marks {
        let Some((before, after)) = rest.split_once(&mark) else {
            continue;
        };
        write(before).map_err(PartsError::Write)?;
        // Thousands of parts: rendered side by side, a few hundred at a
        // time, so that the page does not keep one core busy after the
        // others are done.
        for chunk in items.chunks(PARTS_AT_ONCE) {
            let rendered = chunk
                .par_iter()
                .map(|item| {
                    let ctx = data_context(site, view(*item))?;
                    let html = tera.render(template, &ctx)?;
                    Ok(lang_marks::resolved(html))
                })
                .collect::<Result<Vec<String>, tera::Error>>()
                .map_err(|e| PartsError::Template(template, e))?;
            for html in rendered {
                write(&html).map_err(PartsError::Write)?;
            }
        }
        rest = after;
    }
    write(rest).map_err(PartsError::Write)
}

/// The list page with its cards in place of the `CARDS` mark.
pub(super) fn splice_cards(html: &str, order: &[usize], cards: &[Box<str>]) -> String {
    let Some((before, after)) = html.split_once(catalogue::CARDS) else {
        return html.to_string();
    };
    let size = order.iter().map(|i| cards[*i].len()).sum::<usize>();
    let mut out = String::with_capacity(html.len() + size);
    out.push_str(before);
    for i in order {
        out.push_str(&cards[*i]);
    }
    out.push_str(after);
    out
}
