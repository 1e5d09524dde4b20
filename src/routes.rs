//! The permanent addresses of the spec, per language, with section words from site.toml.

use std::collections::HashSet;

use crate::catalogue::{Facet, Sort};
use crate::config::{Config, Word};
use crate::content::project::Status;
use crate::content::texts::LangId;
use crate::content::Kind;
use crate::site::Site;

/// A page of the site, whatever its language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Route<'a> {
    Home,
    /// The open-data page: every data file, its size, licence and fields.
    Data,
    List(Kind),
    /// The catalogue filtered by one facet.
    Facet(Facet<'a>),
    /// The whole catalogue in another order than newest first.
    Sorted(Sort),
    /// Page 2 or later of a catalogue list: of a facet (newest first), or of
    /// the whole catalogue in an order.
    More(Option<Facet<'a>>, Sort, u32),
    /// The search page; without JavaScript it offers the filter pages.
    Search,
    /// "How we count": the definition of every figure, and the rates.
    Figures,
    /// The kind, the slug, and the entity's index in its list of the store.
    Entity(Kind, &'a str, usize),
    /// `/404.html`, a static host's page for a missing address: one page, in
    /// every language.
    NotFound,
    /// The whole catalogue as one document to print on A4 (the book).
    Book,
    /// One A4 page to print of a sector's or a place's open needs (see
    /// [`leaflets`]), under the book's address.
    Leaflet(Facet<'a>),
}

impl Route<'_> {
    pub(crate) fn url(&self, config: &Config, lang: LangId) -> String {
        let code = config.languages.code(lang);
        let word = |w| config.word(w, lang);
        let projects = || config.section_word(Kind::Projects, lang);
        match self {
            Route::Home => address(&[code]),
            Route::Data => address(&[code, word(Word::Data)]),
            Route::List(kind) => address(&[code, config.section_word(*kind, lang)]),
            Route::Facet(facet) => address(&[
                code,
                projects(),
                word(facet.word()),
                value_word(*facet, code),
            ]),
            Route::Sorted(Sort::Newest) => Route::List(Kind::Projects).url(config, lang),
            Route::Sorted(sort) => {
                address(&[code, projects(), word(Word::Sort), order_word(*sort, code)])
            }
            Route::More(facet, sort, page) => {
                let first = match facet {
                    Some(f) => Route::Facet(*f),
                    None => Route::Sorted(*sort),
                };
                let mut url = first.url(config, lang);
                for segment in [word(Word::Page), itoa::Buffer::new().format(*page)] {
                    url.push_str(segment);
                    url.push('/');
                }
                url
            }
            Route::Search => address(&[code, word(Word::Search)]),
            Route::Figures => address(&[code, word(Word::Data), word(Word::Figures)]),
            Route::Entity(kind, slug, _) => entity_url(config, *kind, slug, lang),
            Route::NotFound => "/404.html".to_string(),
            Route::Book => address(&[code, projects(), word(Word::Print)]),
            Route::Leaflet(facet) => address(&[
                code,
                projects(),
                word(Word::Print),
                word(facet.word()),
                value_word(*facet, code),
            ]),
        }
    }
}

/// `/a/b/c/` of the segments `a`, `b` and `c`: a site of 10,000 projects
/// makes a few hundred thousand addresses, which `format!` made at several
/// times the cost.
fn address(segments: &[&str]) -> String {
    let length = segments.iter().map(|s| s.len() + 1).sum::<usize>() + 1;
    let mut url = String::with_capacity(length);
    url.push('/');
    for segment in segments {
        url.push_str(segment);
        url.push('/');
    }
    url
}

/// A filter's value in addresses. Sectors, places and periods are the site's
/// own keys, written by its staff; statuses are the tool's words, so under
/// `/vi/` they are Vietnamese, like the built-in words of `[sections]`.
fn value_word<'a>(facet: Facet<'a>, code: &str) -> &'a str {
    match (facet, code) {
        (Facet::Status(status), "vi") => match status {
            Status::Seeking => "dang-van-dong",
            Status::PartlyFunded => "da-van-dong-mot-phan",
            Status::Funded => "da-du-vien-tro",
            Status::Ongoing => "dang-thuc-hien",
            Status::Completed => "da-hoan-thanh",
            Status::Withdrawn => "da-rut",
        },
        _ => facet.value(),
    }
}

/// An order of the catalogue in addresses: its key, or in Vietnamese under
/// `/vi/`.
fn order_word(sort: Sort, code: &str) -> &'static str {
    match (sort, code) {
        (Sort::StillSought, "vi") => "con-can-nhieu-nhat",
        (Sort::Title, "vi") => "ten-du-an",
        (Sort::Newest, "vi") => "moi-nhat",
        _ => sort.key(),
    }
}

pub(crate) fn entity_url(config: &Config, kind: Kind, slug: &str, lang: LangId) -> String {
    address(&[
        config.languages.code(lang),
        config.section_word(kind, lang),
        slug,
    ])
}

/// Every page of the site, in a fixed order.
pub(crate) fn all_routes(site: &Site) -> Vec<Route<'_>> {
    let mut routes = vec![Route::Home, Route::Data, Route::Figures, Route::Search];
    routes.extend(Kind::ALL.iter().map(|k| Route::List(*k)));
    routes.extend([Route::Sorted(Sort::StillSought), Route::Sorted(Sort::Title)]);
    let more = |facet, sort, count| {
        (2..=crate::catalogue::page_count(count)).map(move |page| Route::More(facet, sort, page))
    };
    for sort in Sort::ALL {
        routes.extend(more(None, sort, site.projects.len()));
    }
    for (facet, count) in crate::catalogue::facets(site) {
        routes.push(Route::Facet(facet));
        routes.extend(more(Some(facet), Sort::Newest, count));
    }
    routes.push(Route::Book);
    routes.extend(leaflets(site).into_iter().map(Route::Leaflet));
    routes.extend(
        site.projects
            .iter()
            .enumerate()
            .map(|(i, e)| Route::Entity(Kind::Projects, e.slug.as_str(), i)),
    );
    routes.extend(
        site.procedures
            .iter()
            .enumerate()
            .map(|(i, e)| Route::Entity(Kind::Procedures, e.slug.as_str(), i)),
    );
    routes.extend(
        site.results
            .iter()
            .enumerate()
            .map(|(i, e)| Route::Entity(Kind::Results, e.slug.as_str(), i)),
    );
    routes.extend(
        site.bulletins
            .iter()
            .enumerate()
            .map(|(i, e)| Route::Entity(Kind::Bulletin, e.slug.as_str(), i)),
    );
    routes.extend(
        site.pages
            .iter()
            .enumerate()
            .map(|(i, e)| Route::Entity(Kind::Pages, e.slug.as_str(), i)),
    );
    routes
}

/// The sectors and places that have a leaflet: those that hold an open
/// project (a place holds the projects of every unit inside it, as its filter
/// page does), in the order of site.toml, sectors first. A leaflet of a slice
/// with nothing to fund would have nothing to ask for.
pub(crate) fn leaflets(site: &Site) -> Vec<Facet<'_>> {
    let open: HashSet<Facet<'_>> = site
        .projects
        .iter()
        .filter(|p| p.facts.figures.open)
        .flat_map(|p| crate::catalogue::held(&site.config, &p.facts))
        .filter(|f| matches!(f, Facet::Sector(_) | Facet::Locality(_)))
        .collect();
    crate::catalogue::facets(site)
        .into_iter()
        .map(|(facet, _)| facet)
        .filter(|facet| open.contains(facet))
        .collect()
}

/// Every address a link inside the site may point to.
pub(crate) fn all_addresses(site: &Site) -> HashSet<String> {
    let mut set = HashSet::new();
    set.insert("/".to_string());
    for route in all_routes(site) {
        for lang in site.config.languages.ids() {
            set.insert(route.url(&site.config, lang));
        }
    }
    for (kind, slug) in &site.broken {
        for lang in site.config.languages.ids() {
            set.insert(entity_url(&site.config, *kind, slug.as_str(), lang));
        }
    }
    for (prefix, f) in site.attachments() {
        set.insert(format!("{prefix}/{}", f.name));
    }
    set
}

/// Where a page's address is written in the output folder.
pub(crate) fn output_path(url: &str) -> String {
    format!("{}index.html", url.trim_start_matches('/'))
}

/// What an Atom feed holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Feed {
    /// Everything new: `/<lang>/atom.xml`.
    Everything,
    /// New and updated needs: `/<lang>/<projects>/atom.xml`.
    Needs,
    /// Bulletin issues: `/<lang>/<bulletin>/atom.xml`.
    Bulletin,
}

impl Feed {
    pub(crate) const ALL: [Feed; 3] = [Feed::Everything, Feed::Needs, Feed::Bulletin];

    /// The feed's address in `lang`.
    pub(crate) fn url(self, config: &Config, lang: LangId) -> String {
        format!("{}atom.xml", self.page().url(config, lang))
    }

    /// The interface message naming the feed.
    pub(crate) fn title_key(self) -> &'static str {
        match self {
            Feed::Everything => "feed-everything",
            Feed::Needs => "feed-needs",
            Feed::Bulletin => "feed-bulletin",
        }
    }

    /// The page the feed follows.
    pub(crate) fn page(self) -> Route<'static> {
        match self {
            Feed::Everything => Route::Home,
            Feed::Needs => Route::List(Kind::Projects),
            Feed::Bulletin => Route::List(Kind::Bulletin),
        }
    }
}

/// An entity's page in `lang` as an absolute address, for data files, feeds
/// and anything read away from the site.
pub(crate) fn absolute(config: &Config, kind: Kind, slug: &str, lang: LangId) -> String {
    format!(
        "{}{}",
        config.base_url,
        entity_url(config, kind, slug, lang)
    )
}

/// An entity's absolute address in every language, by language code.
pub(crate) fn absolute_by_language(
    config: &Config,
    kind: Kind,
    slug: &str,
) -> std::collections::BTreeMap<String, String> {
    config
        .languages
        .ids()
        .map(|lang| {
            (
                config.languages.code(lang).to_string(),
                absolute(config, kind, slug, lang),
            )
        })
        .collect()
}
