//! The catalogue pages: the whole list, each filter page and each sort order,
//! with the figures of the slice and the filters as links and as a form.

use std::collections::HashMap;

use rayon::prelude::*;
use serde::Serialize;

use super::views::{self, locality, In, LocalityView, ProjectView};
use crate::catalogue::{facets, slice, Facet, Sort, PAGE_SIZE};
use crate::content::project::ProjectFacts;
use crate::content::texts::{LangId, Localized};
use crate::content::Entry;
use crate::content::Kind;
use crate::figures::project::InBase;
use crate::figures::totals::Totals;
use crate::fold::fold;
use crate::routes::Route;
use crate::site::Site;

#[derive(Serialize)]
pub(crate) struct CatalogueView<'a> {
    /// The filter this page shows, if any.
    pub(crate) facet: Option<Choice<'a>>,
    /// On a place's page: the place with the units it lay in and what it
    /// became, so the heading says what the old name now means.
    pub(crate) place: Option<LocalityView<'a>>,
    pub(crate) sort: &'static str,
    /// The totals of the whole list, not only of this page.
    pub(crate) totals: Totals,
    pub(crate) count: usize,
    /// Where the list's cards go: each card is rendered once per language
    /// and put in every list that holds it (see `render::Cards`).
    pub(crate) cards: &'static str,
    /// The projects of this page of the list, in order, by index in the store.
    #[serde(skip)]
    pub(crate) order: Vec<usize>,
    pub(crate) pagination: Pagination,
    pub(crate) filters: Vec<Filter<'a>>,
    /// Sort orders as pages, on the whole catalogue only.
    pub(crate) sorts: Vec<SortLink>,
    pub(crate) all_url: String,
    /// The catalogue as a book to print (on the whole catalogue's lists), or
    /// this filter page's leaflet when it has one (see `routes::leaflets`).
    pub(crate) print: Option<PrintLink>,
}

/// A link to what the browser prints from a list.
#[derive(Serialize)]
pub(crate) struct PrintLink {
    /// `book` or `leaflet`: the words of the link.
    pub(crate) kind: &'static str,
    pub(crate) url: String,
}

/// A project card with what the JavaScript filters and sorts on.
#[derive(Serialize)]
pub(crate) struct Card<'a> {
    pub(crate) p: ProjectView<'a>,
    /// Its localities and every unit they belong to, space-separated.
    pub(crate) places: String,
    /// Its figures in the base currency: the JavaScript sums them into the
    /// totals of the projects a combination of filters shows.
    pub(crate) base: InBase,
    pub(crate) open: bool,
    pub(crate) withdrawn: bool,
    pub(crate) title_key: String,
    /// Its place in the newest-first catalogue, by which the filter index
    /// knows it.
    pub(crate) n: usize,
}

#[derive(Serialize)]
pub(crate) struct Filter<'a> {
    pub(crate) dimension: &'static str,
    pub(crate) choices: Vec<Choice<'a>>,
}

/// One value of a filter: its name (or the interface message naming it), how
/// many projects it holds, and its page.
#[derive(Serialize)]
pub(crate) struct Choice<'a> {
    pub(crate) dimension: &'static str,
    pub(crate) value: &'a str,
    pub(crate) name: Option<Localized<'a>>,
    pub(crate) message: Option<String>,
    /// Nesting depth, for localities inside larger ones.
    pub(crate) depth: usize,
    pub(crate) count: usize,
    pub(crate) url: String,
    pub(crate) current: bool,
    /// The leaflet of a sector or place with open projects.
    pub(crate) leaflet: Option<String>,
}

/// Where this page sits in its list, and the way to the others.
#[derive(Serialize)]
pub(crate) struct Pagination {
    /// The positions of this page's first and last cards in the list, from 1.
    pub(crate) first: usize,
    pub(crate) last: usize,
    pub(crate) previous: Option<String>,
    pub(crate) next: Option<String>,
    /// How many pages the list has (0 for one page), and the first one's
    /// address, where the filters are.
    pub(crate) count: u32,
    pub(crate) first_url: String,
    /// The pages to link to; a link without an address stands for a gap.
    pub(crate) pages: Vec<PageLink>,
}

#[derive(Serialize)]
pub(crate) struct PageLink {
    pub(crate) number: u32,
    pub(crate) url: Option<String>,
    pub(crate) current: bool,
}

#[derive(Serialize)]
pub(crate) struct SortLink {
    pub(crate) key: &'static str,
    pub(crate) url: String,
    pub(crate) current: bool,
}

fn title_key(c: In<'_>, p: &Entry<ProjectFacts>) -> String {
    let (words, _) = p.words_in(c.lang, c.config().languages.default);
    fold(&words.title)
}

/// Stands in a rendered list page for its cards.
pub(crate) const CARDS: &str = "\u{E010}cards\u{E010}";

pub(crate) fn card<'a>(c: In<'a>, p: &'a Entry<ProjectFacts>, n: usize) -> Card<'a> {
    let config = c.config();
    Card {
        p: views::project_card(c, p),
        places: crate::catalogue::places(config, &p.facts).join(" "),
        base: p.facts.figures.base,
        open: p.facts.figures.open,
        withdrawn: p.facts.figures.withdrawn,
        title_key: title_key(c, p),
        n,
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
        Facet::Sector(k) => (config.sectors.get(k).map(|s| c.text(&s.name)), None),
        Facet::Locality(k) => (config.localities.get(k).map(|l| c.text(&l.name)), None),
        Facet::Period(k) => (config.periods.get(k).map(|p| c.text(&p.name)), None),
        Facet::Status(s) => (None, Some(format!("status-{}", s.key()))),
    };
    Choice {
        dimension: facet.dimension(),
        value: facet.value(),
        name,
        message,
        depth,
        count,
        url: c.url(Route::Facet(facet)),
        current: current == Some(facet),
        leaflet: None,
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

fn filters<'a>(c: In<'a>, current: Option<Facet<'a>>, listings: &Listings<'a>) -> Vec<Filter<'a>> {
    let present = &listings.facets;
    // The script offers a choice's leaflet when the form narrows the list to
    // that one sector or place (the same rule as the filter page's link).
    let choice = |held, depth| {
        let mut choice = choice(c, held, depth, current);
        choice.leaflet = listings.leaflet(c, held.0);
        choice
    };
    let in_dimension = |dimension: &str| {
        present
            .iter()
            .filter(|(f, _)| f.dimension() == dimension)
            .map(|held| choice(*held, 0))
            .collect::<Vec<_>>()
    };
    vec![
        Filter {
            dimension: "sector",
            choices: in_dimension("sector"),
        },
        Filter {
            dimension: "locality",
            choices: locality_tree(c, present)
                .into_iter()
                .map(|(held, depth)| choice(held, depth))
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

/// One list of the catalogue in one language: its projects in order, and
/// their figures.
#[derive(Clone)]
pub(crate) struct Listing {
    order: Vec<usize>,
    totals: Totals,
}

/// Every list of the catalogue, sorted once per language and shared by all
/// its pages, with the facets' counts.
pub(crate) struct Listings<'s> {
    facets: Vec<(Facet<'s>, usize)>,
    by_lang: Vec<HashMap<(Option<Facet<'s>>, Sort), Listing>>,
}

impl<'s> Listings<'s> {
    /// No list at all: for rendering a page that shows none (an entity's),
    /// without sorting ten thousand projects first.
    pub(crate) fn none(site: &Site) -> Listings<'s> {
        Listings {
            facets: Vec::new(),
            by_lang: site
                .config
                .languages
                .ids()
                .map(|_| HashMap::new())
                .collect(),
        }
    }

    pub(crate) fn new(site: &'s Site) -> Listings<'s> {
        let facets = facets(site);
        let listing = |facet, sort, title_of: &(dyn Fn(&Entry<ProjectFacts>) -> String + Sync)| {
            let items = slice(site, facet, sort, title_of);
            Listing {
                totals: Totals::of(
                    items.iter().map(|p| &p.facts.figures),
                    site.config.money.base,
                ),
                order: items
                    .iter()
                    .map(|p| site.project_by_slug[&p.slug])
                    .collect(),
            }
        };
        // Only the order by title depends on the language: every other list
        // is sorted once, and each language has a copy.
        let mut keys: Vec<(Option<Facet<'s>>, Sort)> =
            vec![(None, Sort::Newest), (None, Sort::StillSought)];
        keys.extend(facets.iter().map(|(f, _)| (Some(*f), Sort::Newest)));
        let shared: HashMap<(Option<Facet<'s>>, Sort), Listing> = keys
            .par_iter()
            .map(|&(facet, sort)| ((facet, sort), listing(facet, sort, &|_| String::new())))
            .collect();
        let by_lang = site
            .config
            .languages
            .ids()
            .map(|lang| {
                let c = In { site, lang };
                let mut lists = shared.clone();
                lists.insert(
                    (None, Sort::Title),
                    listing(None, Sort::Title, &|p| title_key(c, p)),
                );
                lists
            })
            .collect();
        Listings { facets, by_lang }
    }
}

impl<'s> Listings<'s> {
    /// The leaflet of `facet` in `c`'s language: a sector or a place whose
    /// list holds an open project (see `routes::leaflets`).
    fn leaflet(&self, c: In<'_>, facet: Facet<'s>) -> Option<String> {
        let listing = self.by_lang[c.lang.0].get(&(Some(facet), Sort::Newest))?;
        (matches!(facet, Facet::Sector(_) | Facet::Locality(_)) && listing.totals.open_projects > 0)
            .then(|| c.url(Route::Leaflet(facet)))
    }

    /// The projects of a list of `lang`, by index in the store.
    pub(crate) fn order(&self, lang: LangId, facet: Option<Facet<'s>>, sort: Sort) -> &[usize] {
        &self.by_lang[lang.0][&(facet, sort)].order
    }

    /// Every facet that holds a project, with how many.
    pub(crate) fn facets(&self) -> &[(Facet<'s>, usize)] {
        &self.facets
    }

    /// Each project's place in the newest-first catalogue, by index in the
    /// store: the number the filter index knows it by.
    pub(crate) fn places(&self, lang: LangId) -> Vec<usize> {
        let newest = self.order(lang, None, Sort::Newest);
        let mut place = vec![0; newest.len()];
        for (n, store) in newest.iter().enumerate() {
            place[*store] = n;
        }
        place
    }
}

/// The address of page `page` of a list.
fn page_url(c: In<'_>, facet: Option<Facet<'_>>, sort: Sort, page: u32) -> String {
    match (page, facet) {
        (1, Some(f)) => c.url(Route::Facet(f)),
        (1, None) => c.url(Route::Sorted(sort)),
        (n, f) => c.url(Route::More(f, sort, n)),
    }
}

/// The pages a pagination links to: the first, the last, and two on each side
/// of the current one; `None` stands for the pages left out between.
fn window(page: u32, pages: u32) -> Vec<Option<u32>> {
    let mut out: Vec<Option<u32>> = Vec::new();
    for n in 1..=pages {
        if n == 1 || n == pages || n.abs_diff(page) <= 2 {
            out.push(Some(n));
        } else if out.last() != Some(&None) {
            out.push(None);
        }
    }
    out
}

pub(crate) fn catalogue<'a>(
    c: In<'a>,
    facet: Option<Facet<'a>>,
    sort: Sort,
    page: u32,
    listings: &Listings<'a>,
) -> CatalogueView<'a> {
    let listing = &listings.by_lang[c.lang.0][&(facet, sort)];
    let count = listing.order.len();
    let pages = crate::catalogue::page_count(count);
    let index = usize::try_from(page.saturating_sub(1)).unwrap_or(0);
    let first = (index * PAGE_SIZE).min(count);
    let last = (first + PAGE_SIZE).min(count);
    CatalogueView {
        pagination: Pagination {
            first: first + 1,
            last,
            previous: (page > 1).then(|| page_url(c, facet, sort, page - 1)),
            next: (page < pages).then(|| page_url(c, facet, sort, page + 1)),
            count: if pages > 1 { pages } else { 0 },
            first_url: page_url(c, facet, sort, 1),
            pages: if pages > 1 {
                window(page, pages)
                    .into_iter()
                    .map(|n| PageLink {
                        number: n.unwrap_or(0),
                        url: n.map(|n| page_url(c, facet, sort, n)),
                        current: n == Some(page),
                    })
                    .collect()
            } else {
                Vec::new()
            },
        },
        facet: facet.map(|f| choice(c, (f, count), 0, Some(f))),
        place: match facet {
            Some(Facet::Locality(key)) => c
                .config()
                .localities
                .keys()
                .find(|k| k.as_str() == key)
                .map(|k| locality(c, k)),
            _ => None,
        },
        sort: sort.key(),
        totals: listing.totals.clone(),
        count,
        cards: CARDS,
        order: listing.order[first..last].to_vec(),
        // Filters and sorting live on a list's first page; the next pages are
        // for reading on, and stay light.
        filters: if page == 1 {
            filters(c, facet, listings)
        } else {
            Vec::new()
        },
        sorts: if facet.is_none() && page == 1 {
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
        print: print_link(c, facet, &listing.totals),
    }
}

/// The book from the whole catalogue; a leaflet from a sector's or a place's
/// page when it has open projects (the rule of `routes::leaflets`, read from
/// the list's own totals).
fn print_link(c: In<'_>, facet: Option<Facet<'_>>, totals: &Totals) -> Option<PrintLink> {
    match facet {
        None => Some(PrintLink {
            kind: "book",
            url: c.url(Route::Book),
        }),
        Some(f @ (Facet::Sector(_) | Facet::Locality(_))) if totals.open_projects > 0 => {
            Some(PrintLink {
                kind: "leaflet",
                url: c.url(Route::Leaflet(f)),
            })
        }
        Some(_) => None,
    }
}

/// The search page: where the index is, and the filters for when JavaScript
/// is off.
#[derive(Serialize)]
pub(crate) struct SearchView<'a> {
    pub(crate) index: String,
    pub(crate) filters: Vec<Filter<'a>>,
    pub(crate) all_url: String,
}

pub(crate) fn search<'a>(c: In<'a>, listings: &Listings<'a>) -> SearchView<'a> {
    let view = filters(c, None, listings);
    SearchView {
        index: format!("/search/{}/", c.config().languages.code(c.lang)),
        filters: view,
        all_url: c.url(Route::List(Kind::Projects)),
    }
}

#[cfg(test)]
mod tests {
    use super::window;

    #[test]
    fn a_pagination_links_the_ends_and_two_pages_around_the_current_one() {
        assert_eq!(window(1, 3), [Some(1), Some(2), Some(3)]);
        assert_eq!(
            window(10, 500),
            [
                Some(1),
                None,
                Some(8),
                Some(9),
                Some(10),
                Some(11),
                Some(12),
                None,
                Some(500)
            ]
        );
        assert_eq!(
            window(2, 9),
            [Some(1), Some(2), Some(3), Some(4), None, Some(9)]
        );
    }
}
