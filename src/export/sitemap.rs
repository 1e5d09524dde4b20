//! `/sitemap.xml` with every page and its language alternates, and `/robots.txt`.

use std::collections::HashMap;
use std::io;

use super::xml::{drain, stream, text, XmlWriter};

use crate::catalogue::{held, Facet};
use crate::content::types::Date;
use crate::content::Kind;
use crate::routes::{all_routes, Route};
use crate::site::Site;

/// The last day the content of each kind and of each catalogue facet changed,
/// from the content's own dates (never the day of the build); found in one
/// pass, since every page of a list asks for its list's date.
pub(crate) struct LastChanges<'s> {
    kinds: [Option<Date>; Kind::ALL.len()],
    facets: HashMap<Facet<'s>, Date>,
}

impl<'s> LastChanges<'s> {
    pub(crate) fn new(site: &'s Site) -> LastChanges<'s> {
        let mut facets: HashMap<Facet<'s>, Date> = HashMap::new();
        for p in &site.projects {
            let day = p.facts.last_change();
            for facet in held(&site.config, &p.facts) {
                let latest = facets.entry(facet).or_insert(day);
                *latest = (*latest).max(day);
            }
        }
        LastChanges {
            kinds: Kind::ALL.map(|kind| match kind {
                Kind::Projects => site.projects.iter().map(|p| p.facts.last_change()).max(),
                Kind::Procedures => site.procedures.iter().map(|p| p.facts.updated).max(),
                Kind::Results => site.results.iter().map(|r| r.facts.published).max(),
                Kind::Bulletin => site.bulletins.iter().map(|b| b.facts.date).max(),
                Kind::Pages => None,
            }),
            facets,
        }
    }

    pub(crate) fn of_kind(&self, kind: Kind) -> Option<Date> {
        self.kinds[kind as usize]
    }

    /// The last day a page's content changed; `None` for pages whose content
    /// has no date.
    pub(crate) fn of_page(&self, site: &Site, route: Route<'_>) -> Option<Date> {
        match route {
            // A leaflet shows its slice's open needs: it changes with them.
            Route::More(Some(facet), ..) | Route::Facet(facet) | Route::Leaflet(facet) => {
                self.facets.get(&facet).copied()
            }
            Route::Sorted(_) | Route::More(None, ..) | Route::Book => self.of_kind(Kind::Projects),
            Route::Home | Route::Data | Route::Search | Route::Figures => {
                self.kinds.iter().flatten().max().copied()
            }
            Route::List(kind) => self.of_kind(kind),
            Route::Entity(kind, _, i) => match kind {
                Kind::Projects => Some(site.projects[i].facts.last_change()),
                Kind::Procedures => Some(site.procedures[i].facts.updated),
                Kind::Results => Some(site.results[i].facts.published),
                Kind::Bulletin => Some(site.bulletins[i].facts.date),
                Kind::Pages => None,
            },
            Route::NotFound => None,
        }
    }
}

/// Writes `/sitemap.xml` to `out` as it is made: a 10,000-project site's is
/// 13 MB, and made in memory it was held twice (the writer's buffer and the
/// document's), some 45 MB with their growth at the exports' peak.
pub(crate) fn sitemap(out: &mut dyn io::Write, site: &Site) -> io::Result<()> {
    stream(out, |w, out| write_sitemap(w, out, site))
}

fn write_sitemap(w: &mut XmlWriter, out: &mut dyn io::Write, site: &Site) -> io::Result<()> {
    let config = &site.config;
    let absolute =
        |route: Route<'_>, lang| format!("{}{}", config.base_url, route.url(config, lang));
    w.create_element("urlset")
        .with_attribute(("xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9"))
        .with_attribute(("xmlns:xhtml", "http://www.w3.org/1999/xhtml"))
        .write_inner_content(|w| {
            let dates = LastChanges::new(site);
            for route in all_routes(site) {
                let lastmod = dates.of_page(site, route).map(|d| d.to_string());
                for lang in config.languages.ids() {
                    w.create_element("url").write_inner_content(|w| {
                        w.create_element("loc")
                            .write_text_content(text(&absolute(route, lang)))?;
                        if let Some(day) = &lastmod {
                            w.create_element("lastmod").write_text_content(text(day))?;
                        }
                        let alternates = config
                            .languages
                            .ids()
                            .map(|other| (config.languages.code(other), absolute(route, other)));
                        let default = absolute(route, config.languages.default);
                        for (code, href) in alternates.chain([("x-default", default)]) {
                            w.create_element("xhtml:link")
                                .with_attribute(("rel", "alternate"))
                                .with_attribute(("hreflang", code))
                                .with_attribute(("href", href.as_str()))
                                .write_empty()?;
                        }
                        Ok(())
                    })?;
                }
                drain(w, out)?;
            }
            Ok(())
        })?;
    Ok(())
}

pub(crate) fn robots(site: &Site) -> Vec<u8> {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}/sitemap.xml\n",
        site.config.base_url
    )
    .into_bytes()
}
