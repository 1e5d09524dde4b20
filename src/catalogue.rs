//! The catalogue's slices: which projects a filter page holds, and in what order.
//!
//! Every filter the JavaScript combines on one page also exists as a
//! pre-rendered page, so that the catalogue works without JavaScript.

use std::collections::HashMap;

use rustc_hash::FxHashSet;

use crate::config::{Config, Word};
use crate::content::project::{ProjectFacts, Status};
use crate::content::types::LocalityKey;
use crate::content::Entry;
use crate::site::Site;

/// One value of one filter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Facet<'a> {
    Sector(&'a str),
    /// A locality holds the projects of every unit inside it.
    Locality(&'a str),
    Period(&'a str),
    Status(Status),
}

/// Cards on one page of a list: light on a slow connection. The JavaScript
/// fetches the other pages when a visitor combines filters.
pub(crate) const PAGE_SIZE: usize = 20;

/// How many pages a list of `count` projects takes.
pub(crate) fn page_count(count: usize) -> u32 {
    u32::try_from(count.div_ceil(PAGE_SIZE).max(1)).unwrap_or(u32::MAX)
}

impl<'a> Facet<'a> {
    /// The word of its pages' addresses.
    pub(crate) fn word(self) -> Word {
        match self {
            Facet::Sector(_) => Word::Sector,
            Facet::Locality(_) => Word::Locality,
            Facet::Period(_) => Word::Period,
            Facet::Status(_) => Word::Status,
        }
    }

    /// The filter's name in the JavaScript's query string.
    pub(crate) fn dimension(self) -> &'static str {
        match self {
            Facet::Sector(_) => "sector",
            Facet::Locality(_) => "locality",
            Facet::Period(_) => "period",
            Facet::Status(_) => "status",
        }
    }

    /// The value in addresses: a vocabulary key or a status.
    pub(crate) fn value(self) -> &'a str {
        match self {
            Facet::Sector(k) | Facet::Locality(k) | Facet::Period(k) => k,
            Facet::Status(s) => s.key(),
        }
    }

    /// Whether a project is in the facet's list, as a test made once for a
    /// whole slice: a place's test knows every unit inside it, so that each
    /// project's places are not walked up to the province one by one.
    pub(crate) fn holds<'c>(self, config: &'c Config) -> impl Fn(&ProjectFacts) -> bool + 'c
    where
        'a: 'c,
    {
        let within: FxHashSet<&LocalityKey> = match self {
            Facet::Locality(k) => config
                .localities
                .keys()
                .filter(|l| config.locality_chain(l).any(|(key, _)| key.as_str() == k))
                .collect(),
            _ => FxHashSet::default(),
        };
        move |p| match self {
            Facet::Sector(k) => p.sector.as_str() == k,
            Facet::Period(k) => p.period.as_str() == k,
            Facet::Status(s) => p.status == s,
            Facet::Locality(_) => p.localities.iter().any(|l| within.contains(l)),
        }
    }
}

/// The order of a catalogue list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Sort {
    /// Newest published first (the default).
    Newest,
    /// Most aid still sought first.
    StillSought,
    /// By title, A–Z, ignoring diacritics.
    Title,
}

impl Sort {
    pub(crate) const ALL: [Sort; 3] = [Sort::Newest, Sort::StillSought, Sort::Title];

    pub(crate) fn key(self) -> &'static str {
        match self {
            Sort::Newest => "newest",
            Sort::StillSought => "still-sought",
            Sort::Title => "title",
        }
    }
}

/// A project's places and every unit they belong to, each once, sorted.
pub(crate) fn places<'c>(config: &'c Config, f: &'c ProjectFacts) -> Vec<&'c str> {
    let mut places: Vec<&str> = f
        .localities
        .iter()
        .flat_map(|l| config.locality_chain(l).map(|(k, _)| k.as_str()))
        .collect();
    places.sort_unstable();
    places.dedup();
    places
}

/// Every facet that holds a project: its sector, period, status, and each of
/// its places and the units they belong to.
pub(crate) fn held<'c>(config: &'c Config, f: &'c ProjectFacts) -> impl Iterator<Item = Facet<'c>> {
    [
        Facet::Sector(f.sector.as_str()),
        Facet::Period(f.period.as_str()),
        Facet::Status(f.status),
    ]
    .into_iter()
    .chain(places(config, f).into_iter().map(Facet::Locality))
}

/// Every facet that holds at least one project, with how many it holds, in a
/// fixed order: sectors, localities, periods, statuses, each as site.toml
/// lists them. One pass over the projects, so that a 10,000-project catalogue
/// does not test every project against every facet.
pub(crate) fn facets(site: &Site) -> Vec<(Facet<'_>, usize)> {
    let config = &site.config;
    let mut counts: HashMap<Facet<'_>, usize> = HashMap::new();
    for p in &site.projects {
        for facet in held(config, &p.facts) {
            *counts.entry(facet).or_default() += 1;
        }
    }
    config
        .sectors
        .keys()
        .map(|k| Facet::Sector(k.as_str()))
        .chain(
            config
                .localities
                .keys()
                .map(|k| Facet::Locality(k.as_str())),
        )
        .chain(config.periods.keys().map(|k| Facet::Period(k.as_str())))
        .chain(Status::ALL.into_iter().map(Facet::Status))
        .filter_map(|f| counts.get(&f).map(|n| (f, *n)))
        .collect()
}

/// The projects of a slice (all of them for `None`) in `sort` order.
pub(crate) fn slice<'a>(
    site: &'a Site,
    facet: Option<Facet<'_>>,
    sort: Sort,
    title_of: impl Fn(&Entry<ProjectFacts>) -> String,
) -> Vec<&'a Entry<ProjectFacts>> {
    let holds = facet.map(|f| f.holds(&site.config));
    let mut items: Vec<&Entry<ProjectFacts>> = site
        .projects
        .iter()
        .filter(|p| holds.as_ref().is_none_or(|holds| holds(&p.facts)))
        .collect();
    match sort {
        Sort::Newest => items.sort_by(|a, b| {
            b.facts
                .published
                .cmp(&a.facts.published)
                .then_with(|| a.slug.cmp(&b.slug))
        }),
        Sort::StillSought => {
            let sought = |p: &Entry<ProjectFacts>| p.facts.figures.base.still_sought;
            items.sort_by(|a, b| sought(b).cmp(&sought(a)).then_with(|| a.slug.cmp(&b.slug)));
        }
        Sort::Title => {
            let mut keyed: Vec<(String, &Entry<ProjectFacts>)> =
                items.into_iter().map(|p| (title_of(p), p)).collect();
            keyed.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.slug.cmp(&b.1.slug)));
            items = keyed.into_iter().map(|(_, p)| p).collect();
        }
    }
    items
}
