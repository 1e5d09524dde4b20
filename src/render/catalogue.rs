//! The catalogue pages: the whole list, each filter page and each sort order,
//! with the figures of the slice and the filters as links and as a form.

use serde::Serialize;

use super::views::{self, In, ProjectView};
use crate::catalogue::{
    facets, figures, gap_in_base, slice, sought_in_base, Facet, Figures, Sort, PAGE_SIZE,
};
use crate::config::Kind;
use crate::content::project::ProjectFacts;
use crate::content::texts::Localized;
use crate::content::Entry;
use crate::fold::fold;
use crate::routes::Route;

#[derive(Serialize)]
pub struct CatalogueView<'a> {
    /// The filter this page shows, if any.
    pub facet: Option<Choice<'a>>,
    pub sort: &'static str,
    pub figures: Figures,
    pub count: usize,
    /// Where the list's cards go: each card is rendered once per language
    /// and put in every list that holds it (see `render::Cards`).
    pub cards: &'static str,
    /// The projects of this page of the list, in order, by index in the store.
    #[serde(skip)]
    pub order: Vec<usize>,
    pub pagination: Pagination,
    pub filters: Vec<Filter<'a>>,
    /// Sort orders as pages, on the whole catalogue only.
    pub sorts: Vec<SortLink>,
    pub all_url: String,
}

/// A project card with what the JavaScript filters and sorts on.
#[derive(Serialize)]
pub struct Card<'a> {
    pub p: ProjectView<'a>,
    /// Its localities and every unit they belong to, space-separated.
    pub places: String,
    pub sought: Option<u64>,
    pub gap: Option<u64>,
    pub title_key: String,
}

#[derive(Serialize)]
pub struct Filter<'a> {
    pub dimension: &'static str,
    pub choices: Vec<Choice<'a>>,
}

/// One value of a filter: its name (or the interface message naming it), how
/// many projects it holds, and its page.
#[derive(Serialize)]
pub struct Choice<'a> {
    pub dimension: &'static str,
    pub value: &'a str,
    pub name: Option<Localized<'a>>,
    pub message: Option<String>,
    /// Nesting depth, for localities inside larger ones.
    pub depth: usize,
    pub count: usize,
    pub url: String,
    pub current: bool,
}

/// Where this page sits in its list, and the way to the others.
#[derive(Serialize)]
pub struct Pagination {
    /// The positions of this page's first and last cards in the list, from 1.
    pub first: usize,
    pub last: usize,
    pub previous: Option<String>,
    pub next: Option<String>,
    /// Every page's address, in order, for the JavaScript to gather the whole
    /// list when filters are combined; empty for a list of one page.
    pub all: String,
    pub pages: Vec<PageLink>,
}

#[derive(Serialize)]
pub struct PageLink {
    pub number: u32,
    pub url: String,
    pub current: bool,
}

#[derive(Serialize)]
pub struct SortLink {
    pub key: &'static str,
    pub url: String,
    pub current: bool,
}

fn title_key(c: In<'_>, p: &Entry<ProjectFacts>) -> String {
    let (words, _) = p.words_in(c.lang, c.config().languages.default);
    fold(&words.title)
}

/// Stands in a rendered list page for its cards.
pub const CARDS: &str = "\u{E010}cards\u{E010}";

pub fn card<'a>(c: In<'a>, p: &'a Entry<ProjectFacts>) -> Card<'a> {
    let config = c.config();
    Card {
        p: views::project_card(c, p),
        places: crate::catalogue::places(config, &p.facts).join(" "),
        sought: sought_in_base(config, &p.facts).map(|m| m.amount),
        gap: gap_in_base(config, &p.facts).map(|m| m.amount),
        title_key: title_key(c, p),
    }
}

fn choice<'a>(
    c: In<'a>,
    (facet, count): (Facet<'a>, usize),
    depth: usize,
    current: Option<Facet<'_>>,
) -> Choice<'a> {
    let config = c.config();
    let (name, message) = match facet {
        Facet::Sector(k) => (
            config
                .sectors
                .iter()
                .find(|(key, _)| key.as_str() == k)
                .map(|(_, s)| c.text(&s.name)),
            None,
        ),
        Facet::Locality(k) => (
            config
                .localities
                .iter()
                .find(|(key, _)| key.as_str() == k)
                .map(|(_, l)| c.text(&l.name)),
            None,
        ),
        Facet::Period(k) => (
            config
                .periods
                .iter()
                .find(|(key, _)| key.as_str() == k)
                .map(|(_, p)| c.text(&p.name)),
            None,
        ),
        Facet::Status(s) => (None, Some(format!("status-{}", s.key()))),
    };
    Choice {
        dimension: facet.dimension(),
        value: match facet {
            Facet::Sector(k) | Facet::Locality(k) | Facet::Period(k) => k,
            Facet::Status(s) => s.key(),
        },
        name,
        message,
        depth,
        count,
        url: c.url(Route::Facet(facet)),
        current: current == Some(facet),
    }
}

/// Localities in tree order (each unit before the units inside it), with depth.
fn locality_tree<'a>(
    c: In<'a>,
    present: &[(Facet<'a>, usize)],
) -> Vec<((Facet<'a>, usize), usize)> {
    let config = c.config();
    let mut out = Vec::new();
    let mut stack: Vec<(&'a str, usize)> = config
        .localities
        .iter()
        .filter(|(_, l)| l.parent.is_none())
        .map(|(k, _)| (k.as_str(), 0))
        .rev()
        .collect();
    while let Some((key, depth)) = stack.pop() {
        if let Some(held) = present.iter().find(|(f, _)| *f == Facet::Locality(key)) {
            out.push((*held, depth));
        }
        stack.extend(
            config
                .localities
                .iter()
                .filter(|(_, l)| l.parent.as_ref().is_some_and(|p| p.as_str() == key))
                .map(|(k, _)| (k.as_str(), depth + 1))
                .rev(),
        );
    }
    out
}

fn filters<'a>(c: In<'a>, current: Option<Facet<'a>>) -> Vec<Filter<'a>> {
    let present = facets(c.site);
    let in_dimension = |dimension: &str| {
        present
            .iter()
            .filter(|(f, _)| f.dimension() == dimension)
            .map(|held| choice(c, *held, 0, current))
            .collect::<Vec<_>>()
    };
    vec![
        Filter {
            dimension: "sector",
            choices: in_dimension("sector"),
        },
        Filter {
            dimension: "locality",
            choices: locality_tree(c, &present)
                .into_iter()
                .map(|(f, depth)| choice(c, f, depth, current))
                .collect(),
        },
        Filter {
            dimension: "period",
            choices: in_dimension("period"),
        },
        Filter {
            dimension: "status",
            choices: in_dimension("status"),
        },
    ]
}

fn catalogue_filters(c: In<'_>) -> Vec<Filter<'_>> {
    filters(c, None)
}

/// The address of page `page` of a list.
fn page_url(c: In<'_>, facet: Option<Facet<'_>>, sort: Sort, page: u32) -> String {
    match (page, facet) {
        (1, Some(f)) => c.url(Route::Facet(f)),
        (1, None) => c.url(Route::Sorted(sort)),
        (n, f) => c.url(Route::More(f, sort, n)),
    }
}

pub fn catalogue<'a>(
    c: In<'a>,
    facet: Option<Facet<'a>>,
    sort: Sort,
    page: u32,
) -> CatalogueView<'a> {
    let site = c.site;
    let items = slice(site, facet, sort, |p| title_key(c, p));
    let filters = filters(c, facet);
    let pages = crate::catalogue::page_count(items.len());
    let index = usize::try_from(page.saturating_sub(1)).unwrap_or(0);
    let first = (index * PAGE_SIZE).min(items.len());
    let last = (first + PAGE_SIZE).min(items.len());
    let links: Vec<PageLink> = (1..=pages)
        .map(|n| PageLink {
            number: n,
            url: page_url(c, facet, sort, n),
            current: n == page,
        })
        .collect();
    CatalogueView {
        pagination: Pagination {
            first: first + 1,
            last,
            previous: (page > 1).then(|| page_url(c, facet, sort, page - 1)),
            next: (page < pages).then(|| page_url(c, facet, sort, page + 1)),
            all: if pages > 1 {
                links
                    .iter()
                    .map(|l| l.url.clone())
                    .collect::<Vec<_>>()
                    .join(" ")
            } else {
                String::new()
            },
            pages: if pages > 1 { links } else { Vec::new() },
        },
        facet: facet.map(|f| choice(c, (f, items.len()), 0, Some(f))),
        sort: sort.key(),
        figures: figures(c.config(), &items),
        count: items.len(),
        cards: CARDS,
        order: items[first..last]
            .iter()
            .map(|p| site.project_by_slug[&p.slug])
            .collect(),
        filters,
        sorts: if facet.is_none() {
            Sort::ALL
                .iter()
                .map(|s| SortLink {
                    key: s.key(),
                    url: c.url(Route::Sorted(*s)),
                    current: *s == sort,
                })
                .collect()
        } else {
            Vec::new()
        },
        all_url: c.url(Route::List(Kind::Projects)),
    }
}

/// The search page: where the index is, and the filters for when JavaScript
/// is off.
#[derive(Serialize)]
pub struct SearchView<'a> {
    pub index: String,
    pub filters: Vec<Filter<'a>>,
    pub all_url: String,
}

pub fn search(c: In<'_>) -> SearchView<'_> {
    let view = catalogue_filters(c);
    SearchView {
        index: format!("/search/{}/", c.config().languages.code(c.lang)),
        filters: view,
        all_url: c.url(Route::List(Kind::Projects)),
    }
}
