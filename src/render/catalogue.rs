//! The catalogue pages: the whole list, each filter page and each sort order,
//! with the figures of the slice and the filters as links and as a form.

use serde::Serialize;

use super::views::{self, In, ProjectView};
use crate::catalogue::{facets, figures, gap_in_base, slice, sought_in_base, Facet, Figures, Sort};
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
    /// The projects of the list, in order, by index in the store.
    #[serde(skip)]
    pub order: Vec<usize>,
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

pub fn catalogue<'a>(c: In<'a>, facet: Option<Facet<'a>>, sort: Sort) -> CatalogueView<'a> {
    let site = c.site;
    let items = slice(site, facet, sort, |p| title_key(c, p));
    let filters = filters(c, facet);
    CatalogueView {
        facet: facet.map(|f| choice(c, (f, items.len()), 0, Some(f))),
        sort: sort.key(),
        figures: figures(c.config(), &items),
        count: items.len(),
        cards: CARDS,
        order: items
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
