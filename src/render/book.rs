//! The catalogue as a book to print on A4, one per language: a cover, the
//! contents by sector, then each sector with its figures and its projects,
//! each project a block of at most half a page with its permanent address
//! and a QR code of it. The browser prints it ("Save as PDF"); the running
//! header (the sector) and the page numbers are `@page` margin boxes, which
//! Chromium prints.

use serde::Serialize;
use std::fmt::Write as _;

use super::views::{project_card, In, ProjectView};
use crate::catalogue::{slice, Facet, Sort};
use crate::content::project::ProjectFacts;
use crate::content::texts::Localized;
use crate::content::types::Date;
use crate::content::Entry;
use crate::figures::totals::Totals;
use crate::fold::fold;
use crate::i18n::I18n;
use crate::routes::{absolute, Route};
use crate::site::Site;

#[derive(Serialize)]
pub(crate) struct BookView<'a> {
    /// The day the book was made: its figures are as of then.
    pub(crate) as_of: Date,
    /// The figures of the whole catalogue, for the cover.
    pub(crate) totals: Totals,
    pub(crate) sectors: Vec<Chapter<'a>>,
    /// The printed pages' own style: a named page per sector, whose running
    /// header is the sector's name, and the page numbers in this language's
    /// words. Made here because the names are the site's.
    pub(crate) page_style: String,
    /// The catalogue online, printed on the cover.
    pub(crate) online: String,
}

/// A sector of the book: its figures, then its projects.
#[derive(Serialize)]
pub(crate) struct Chapter<'a> {
    /// The anchor the contents link to.
    pub(crate) id: String,
    /// The class that puts the sector on its named page.
    pub(crate) page: String,
    pub(crate) name: Localized<'a>,
    pub(crate) totals: Totals,
    /// Where the chapter's projects go: each is rendered on its own
    /// (`book-project.html`) and put in place of this mark.
    pub(crate) entries: String,
    /// Made into entries a few at a time as the book is written
    /// ([`entry`]): 10,000 projects' views at once came to tens of MB.
    #[serde(skip)]
    pub(crate) projects: Vec<&'a Entry<ProjectFacts>>,
}

/// The mark of chapter `n`'s projects in the rendered book.
pub(crate) fn entries_mark(n: usize) -> String {
    format!("\u{E010}book-{n}\u{E010}")
}

#[derive(Serialize)]
pub(crate) struct BookEntry<'a> {
    #[serde(flatten)]
    pub(crate) project: ProjectView<'a>,
    /// The anchor of the project's block.
    pub(crate) id: String,
    /// The project's permanent address, printed and coded in the QR code.
    pub(crate) permanent: String,
    /// The QR code's file (see [`qr_file`]).
    pub(crate) qr: String,
}

/// Project `p`'s entry in the book of `c`'s language, whose address is `here`.
pub(crate) fn entry<'a>(c: In<'a>, here: &str, p: &'a Entry<ProjectFacts>) -> BookEntry<'a> {
    BookEntry {
        id: format!("project-{}", p.slug),
        permanent: absolute(c.config(), p.kind, p.slug.as_str(), c.lang),
        qr: format!("{here}{}.svg", p.slug),
        project: project_card(c, p),
    }
}

pub(crate) fn book<'a>(c: In<'a>, i18n: &I18n) -> BookView<'a> {
    let site = c.site;
    let config = c.config();
    let base = config.money.base;
    let sectors: Vec<Chapter<'a>> = config
        .sectors
        .iter()
        .filter_map(|(key, sector)| {
            let items = in_book_order(site, c, key.as_str());
            if items.is_empty() {
                return None;
            }
            Some(Chapter {
                id: format!("sector-{key}"),
                page: String::new(),
                name: c.text(&sector.name),
                totals: Totals::of(items.iter().map(|p| &p.facts.figures), base),
                entries: String::new(),
                projects: items,
            })
        })
        .enumerate()
        .map(|(n, mut chapter)| {
            chapter.page = format!("sector-page-{}", n + 1);
            chapter.entries = entries_mark(n);
            chapter
        })
        .collect();
    BookView {
        as_of: Date::today(),
        totals: Totals::of(site.projects.iter().map(|p| &p.facts.figures), base),
        page_style: page_style(c, i18n, &sectors),
        sectors,
        online: format!(
            "{}{}",
            config.base_url,
            c.url(Route::List(crate::content::Kind::Projects))
        ),
    }
}

/// A sector's projects in the book's order: the open ones first (they are
/// what the book asks donors for), then the others, each by title.
fn in_book_order<'a>(site: &'a Site, c: In<'_>, sector: &str) -> Vec<&'a Entry<ProjectFacts>> {
    let default = c.config().languages.default;
    let mut items = slice(site, Some(Facet::Sector(sector)), Sort::Title, |p| {
        fold(&p.words_in(c.lang, default).0.title)
    });
    // A stable sort keeps the title order within each group.
    items.sort_by_key(|p| !p.facts.figures.open);
    items
}

/// A project's QR code in `lang` and its path in the output: the book shows
/// the codes as images, since one code inline per project would make the
/// book's page too heavy to open on a slow connection. Made one at a time and
/// written at once: 10,000 projects' codes held together came to 30 MB a
/// language, the build's peak of memory.
pub(crate) fn qr_file(
    site: &Site,
    project: &Entry<ProjectFacts>,
    lang: crate::content::texts::LangId,
) -> Option<(String, String)> {
    let config = &site.config;
    let here = Route::Book.url(config, lang);
    let svg = super::qr::svg(&absolute(config, project.kind, project.slug.as_str(), lang))?;
    Some((
        format!("{}{}.svg", here.trim_start_matches('/'), project.slug),
        svg,
    ))
}

/// The `@page` rules of the book in `c`'s language: page numbers at the
/// foot of every page but the cover, and each sector's name at the head of
/// its pages.
fn page_style(c: In<'_>, i18n: &I18n, sectors: &[Chapter<'_>]) -> String {
    let number = page_number(c, i18n);
    let mut css = format!(
        "@page{{@bottom-center{{content:{number}}}}}\n@page cover{{@bottom-center{{content:none}}}}\n"
    );
    for chapter in sectors {
        writeln!(
            css,
            "@page {page}{{@top-center{{content:{name}}}}}\n.{page}{{page:{page}}}",
            page = chapter.page,
            name = css_string(chapter.name.text),
        )
        .expect("writing to a string");
    }
    css
}

/// "Page {page} of {pages}" as a CSS `content` value: the words as strings,
/// the numbers as the page counters.
fn page_number(c: In<'_>, i18n: &I18n) -> String {
    const PAGE: char = '\u{E020}';
    const PAGES: char = '\u{E021}';
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("page", PAGE.to_string());
    args.set("pages", PAGES.to_string());
    let words = i18n
        .t(c.lang, "book-page-number", Some(&args))
        .unwrap_or_else(|_| format!("{PAGE} / {PAGES}"));
    let mut parts = Vec::new();
    let mut text = String::new();
    for ch in words.chars() {
        let counter = match ch {
            PAGE => "counter(page)",
            PAGES => "counter(pages)",
            ch => {
                text.push(ch);
                continue;
            }
        };
        if !text.is_empty() {
            parts.push(css_string(&std::mem::take(&mut text)));
        }
        parts.push(counter.to_string());
    }
    if !text.is_empty() {
        parts.push(css_string(&text));
    }
    parts.join(" ")
}

/// `text` as a CSS string inside a `<style>` element: quotes and backslashes
/// escaped, and `<` too, so that no name can close the element.
fn css_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for ch in text.chars() {
        match ch {
            '"' | '\\' => {
                out.push('\\');
                out.push(ch);
            }
            '<' => out.push_str("\\3C "),
            '\n' | '\r' => out.push_str("\\A "),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::css_string;

    #[test]
    fn a_name_in_the_page_style_cannot_leave_its_string_or_the_style_element() {
        assert_eq!(css_string("Y tế"), "\"Y tế\"");
        assert_eq!(
            css_string("a \"b\" \\ </style>"),
            "\"a \\\"b\\\" \\\\ \\3C /style>\""
        );
    }
}
