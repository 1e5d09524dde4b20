//! Pages assembled from parts rendered apart: the catalogue's lists from the
//! cards rendered once, the book from its projects rendered one by one.

use rayon::prelude::*;
use serde::Serialize;

use super::{book, catalogue, lang_marks, Engines};
use crate::content::texts::LangId;
use crate::site::Site;

/// Book entries rendered side by side before they join the page.
const ENTRIES_AT_ONCE: usize = 256;

/// The book with each chapter's projects, each rendered on its own, in place
/// of the chapter's mark.
pub(super) fn splice_book(
    engines: &Engines,
    lang: LangId,
    site: &Site,
    html: &str,
    chapters: Vec<Vec<book::BookEntry<'_>>>,
) -> Result<String, tera::Error> {
    // No `site`: an entry shows nothing of it, and 20,000 entries would
    // each serialise it.
    #[derive(Serialize)]
    struct EntryContext<'a> {
        lang: &'a str,
        data: &'a book::BookEntry<'a>,
    }
    let mut out = String::with_capacity(html.len() * 2);
    let mut rest = html;
    for (n, entries) in chapters.into_iter().enumerate() {
        let mark = book::entries_mark(n);
        let Some((before, after)) = rest.split_once(&mark) else {
            continue;
        };
        out.push_str(before);
        // The book is one page, but 10,000 entries: rendered side by side,
        // a few hundred at a time, so that the page does not keep one core
        // busy after the others are done, nor hold every entry twice.
        for chunk in entries.chunks(ENTRIES_AT_ONCE) {
            let rendered = chunk
                .par_iter()
                .map(|entry| {
                    let context = EntryContext {
                        lang: site.config.languages.code(lang),
                        data: entry,
                    };
                    let ctx = tera::Context::from_serialize(&context)?;
                    let html = engines.by_lang[lang.0].render("book-project.html", &ctx)?;
                    Ok(lang_marks::resolved(html))
                })
                .collect::<Result<Vec<String>, tera::Error>>()?;
            for html in rendered {
                out.push_str(&html);
            }
        }
        rest = after;
    }
    out.push_str(rest);
    Ok(out)
}

/// The list page with its cards in place of the `CARDS` mark.
pub(super) fn splice_cards(html: &str, order: &[usize], cards: &[String]) -> String {
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
