//! What the templates see of the site (the same on every page of one
//! language) and of each page (its address and its other languages).

use std::sync::Arc;

use serde::Serialize;

use super::views::{self, In, OrgView};
use super::Engines;
use crate::content::texts::{LangId, Localized};
use crate::content::Kind;
use crate::diagnostics::Diagnostic;
use crate::i18n::I18n;
use crate::messages::text;
use crate::routes::{Feed, Route};
use crate::site::Site;

/// What every page of one language shares, computed once.
#[derive(Serialize)]
pub(crate) struct SiteView<'a> {
    pub(crate) name: Localized<'a>,
    pub(crate) notice: Option<Localized<'a>>,
    pub(crate) license: Option<Localized<'a>>,
    pub(crate) base_url: &'a str,
    pub(crate) home: String,
    /// The open-data page.
    pub(crate) data: String,
    /// "How we count": every headline figure links to its definition there.
    pub(crate) figures: String,
    /// The base currency's amounts as this language writes them, with
    /// `{amount}` for the number: the JavaScript fills in the totals it
    /// recomputes for a combination of filters.
    pub(crate) money_template: String,
    pub(crate) search: String,
    /// The currency totals are shown in.
    pub(crate) base_currency: &'static str,
    /// The latest rate of each currency: totals are converted at these, and
    /// say so.
    pub(crate) rates: Vec<RateView>,
    pub(crate) default_lang: &'a str,
    pub(crate) publisher: Option<OrgView<'a>>,
    pub(crate) nav: Vec<NavItem>,
    /// Atom feeds of this language, for the head of every page.
    pub(crate) feeds: Vec<FeedLink>,
    pub(crate) stylesheet: &'static str,
    /// The province's emblem or logo, its colours and the home page's photo.
    pub(crate) logo: Option<String>,
    pub(crate) colors: Option<&'a crate::config::Colors>,
    pub(crate) photo: Option<PhotoView<'a>>,
    /// The page to contact the publisher, and the guide for partners.
    pub(crate) contact: Option<String>,
    pub(crate) partners: Option<String>,
    /// The search page's own script (the other pages load `minhbach.js`).
    pub(crate) search_script: &'static str,
}

#[derive(Serialize)]
pub(crate) struct PhotoView<'a> {
    pub(crate) url: String,
    pub(crate) alt: Localized<'a>,
}

#[derive(Serialize)]
pub(crate) struct NavItem {
    pub(crate) kind: &'static str,
    pub(crate) url: String,
}

#[derive(Serialize)]
pub(crate) struct RateView {
    pub(crate) currency: &'static str,
    pub(crate) per_unit: f64,
    pub(crate) date: String,
}

#[derive(Serialize)]
pub(crate) struct FeedLink {
    pub(crate) url: String,
    /// The interface message naming it.
    pub(crate) title_key: &'static str,
}

#[derive(Serialize)]
pub(crate) struct Alternate {
    pub(crate) code: String,
    pub(crate) name: String,
    pub(crate) url: String,
    pub(crate) current: bool,
}

/// What one page knows of itself.
#[derive(Serialize)]
pub(crate) struct PageView {
    /// A page no search engine should keep (the page-not-found).
    pub(crate) noindex: bool,
    pub(crate) url: String,
    pub(crate) canonical: String,
    pub(crate) alternates: Vec<Alternate>,
    pub(crate) x_default: String,
}

fn site_view<'s>(site: &'s Site, i18n: &I18n, lang: LangId) -> SiteView<'s> {
    let c = In { site, lang };
    let config = &site.config;
    let identity = &config.identity;
    let page_url = |page: Option<&crate::config::Located>| {
        page.filter(|p| site.pages.iter().any(|e| e.slug.as_str() == p.value))
            .map(|p| crate::routes::entity_url(config, Kind::Pages, &p.value, lang))
    };
    let money_template = {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("amount", "{amount}");
        args.set("currency", config.money.base.code());
        i18n.t(lang, "money", Some(&args)).unwrap_or_default()
    };
    SiteView {
        figures: c.url(Route::Figures),
        money_template,
        name: config.name.localized(lang, &config.languages),
        notice: config
            .notice
            .as_ref()
            .map(|n| n.localized(lang, &config.languages)),
        license: config
            .license
            .as_ref()
            .map(|n| n.localized(lang, &config.languages)),
        base_url: &config.base_url,
        home: c.url(Route::Home),
        data: c.url(Route::Data),
        search: c.url(Route::Search),
        base_currency: config.money.base.code(),
        rates: config
            .money
            .latest()
            .map(|(currency, rate)| RateView {
                currency: currency.code(),
                per_unit: rate.per_unit,
                date: rate.date.to_string(),
            })
            .collect(),
        default_lang: config.languages.default_code(),
        publisher: site
            .orgs
            .contains_key(config.publisher.get_ref())
            .then(|| views::org(c, config.publisher.get_ref())),
        nav: crate::content::Kind::ALL
            .iter()
            .map(|k| NavItem {
                kind: k.folder(),
                url: c.url(Route::List(*k)),
            })
            .collect(),
        feeds: Feed::ALL
            .iter()
            .map(|s| FeedLink {
                url: s.url(config, lang),
                title_key: s.title_key(),
            })
            .collect(),
        stylesheet: "/assets/minhbach.css",
        logo: identity.logo.as_ref().map(|l| format!("/{}", l.value)),
        colors: identity.colors.as_ref(),
        photo: identity.photo.as_ref().map(|p| PhotoView {
            url: format!("/{}", p.file.value),
            alt: p.alt.localized(lang, &config.languages),
        }),
        contact: page_url(identity.contact.as_ref()),
        partners: page_url(identity.partners.as_ref()),
        search_script: "/assets/search.js",
    }
}

/// What every template of one language sees besides its own data: `lang`
/// and `site`, made into a template context once per build, which each
/// render's context shares. Serialised again for each page, they were 2 % of
/// a build.
pub(crate) type SiteContext = Arc<tera::Context>;

/// The site as every page of each language sees it, by language, with the
/// theme's `footer.html` rendered once for each (trimmed): the footer shows
/// only the site, and rendered on each page it was some 2 % of a build.
/// `base.html` places it as `{{ footer | safe }}`.
pub(super) fn site_contexts(
    site: &Site,
    i18n: &I18n,
    engines: &Engines,
) -> Result<Vec<SiteContext>, Box<Diagnostic>> {
    #[derive(Serialize)]
    struct Shared<'a> {
        lang: &'a str,
        site: SiteView<'a>,
    }
    site.config
        .languages
        .ids()
        .map(|l| {
            let code = site.config.languages.code(l);
            let shared = Shared {
                lang: code,
                site: site_view(site, i18n, l),
            };
            let mut context =
                tera::Context::from_serialize(shared).expect("a site view has only text keys");
            let footer = engines.by_lang[l.0]
                .render("footer.html", &context)
                .map_err(|e| {
                    Box::new(Diagnostic::error(
                        format!("themes/{}/templates/footer.html", site.config.theme),
                        text!(
                            "template-footer-failed",
                            detail = super::error_chain(&e),
                            lang = code
                        ),
                        text!("template-failed-fix"),
                    ))
                })?;
            // Trimmed: the line breaks around the template's text are the
            // file's, and base.html sets the footer on a line of its own.
            context.insert("footer", footer.trim());
            Ok(Arc::new(context))
        })
        .collect()
}

/// The template context of `page` (its fields at the top level) in the
/// language of `site`.
pub(super) fn context(site: &SiteContext, page: impl Serialize) -> tera::Result<tera::Context> {
    let mut context = tera::Context::from_serialize(page)?;
    context.share(Arc::clone(site));
    Ok(context)
}

/// The template context of a card, a part or an e-mail: its view as `data`,
/// in the language of `site`.
pub(super) fn data_context(
    site: &SiteContext,
    data: impl Serialize,
) -> tera::Result<tera::Context> {
    #[derive(Serialize)]
    struct Data<T> {
        data: T,
    }
    context(site, Data { data })
}

pub(super) fn page_view(site: &Site, i18n: &I18n, route: Route<'_>, lang: LangId) -> PageView {
    let config = &site.config;
    let url = route.url(config, lang);
    PageView {
        noindex: matches!(route, Route::NotFound),
        canonical: format!("{}{url}", config.base_url),
        alternates: config
            .languages
            .ids()
            .map(|l| Alternate {
                code: config.languages.code(l).to_string(),
                name: i18n
                    .own(l, "language-name")
                    .unwrap_or_else(|| config.languages.code(l).to_string()),
                url: route.url(config, l),
                current: l == lang,
            })
            .collect(),
        x_default: format!(
            "{}{}",
            config.base_url,
            route.url(config, config.languages.default)
        ),
        url,
    }
}
