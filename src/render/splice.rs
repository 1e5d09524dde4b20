//! Pages assembled from parts rendered apart: the catalogue's lists from the
//! cards rendered once, the book from its projects rendered one by one.

use serde::Serialize;

use super::{book, catalogue, lang_marks, Engines};
use crate::content::texts::LangId;
use crate::site::Site;

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
        data: book::BookEntry<'a>,
    }
    let mut out = String::with_capacity(html.len() * 2);
    let mut rest = html;
    for (n, entries) in chapters.into_iter().enumerate() {
        let mark = book::entries_mark(n);
        let Some((before, after)) = rest.split_once(&mark) else {
            continue;
        };
        out.push_str(before);
        for entry in entries {
            let context = EntryContext {
                lang: site.config.languages.code(lang),
                data: entry,
            };
            let ctx = tera::Context::from_serialize(&context)?;
            let entry = engines.by_lang[lang.0].render("book-project.html", &ctx)?;
            out.push_str(&lang_marks::resolve(&entry));
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
