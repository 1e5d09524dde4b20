//! Which template renders a route, and with what data.

use serde::Serialize;

use super::catalogue::Listings;
use crate::catalogue::{Facet, Sort};
use crate::content::procedure::Audience;
use crate::content::types::Date;
use crate::content::Kind;
use crate::export::Published;
use crate::figures::totals::Totals;
use crate::i18n::I18n;
use crate::routes::Route;

use super::views::{self, EntryView, In, IssueView, ProcedureView, ProjectView, ReportView};

/// The data a template receives as `data`.
#[derive(Serialize)]
#[serde(untagged)]
pub(crate) enum Data<'a> {
    Home(Box<Home<'a>>),
    Catalogue(Box<super::catalogue::CatalogueView<'a>>),
    Search(Box<super::catalogue::SearchView<'a>>),
    Project(Box<ProjectView<'a>>),
    Procedures { groups: Vec<AudienceGroup<'a>> },
    Procedure(Box<ProcedurePage<'a>>),
    Results(Box<super::results::ResultsPage<'a>>),
    Report(Box<ReportView<'a>>),
    Bulletin { items: Vec<IssueView<'a>> },
    Issue(Box<IssueView<'a>>),
    Pages { items: Vec<EntryView<'a>> },
    Page(Box<EntryView<'a>>),
    Downloads(Box<super::open_data::OpenData>),
    Figures(Box<FiguresPage>),
    NotFound { languages: Vec<NotFoundIn> },
    Book(Box<super::book::BookView<'a>>),
    Leaflet(Box<super::leaflet::LeafletView<'a>>),
}

/// The page-not-found words and ways on, in one language.
#[derive(Serialize)]
pub(crate) struct NotFoundIn {
    pub(crate) code: String,
    pub(crate) title: String,
    pub(crate) text: String,
    pub(crate) ways: Vec<(String, String)>,
}

/// "How we count": the rates every conversion uses, and the totals they give.
#[derive(Serialize)]
pub(crate) struct FiguresPage {
    pub(crate) rates: Vec<RateRow>,
    pub(crate) totals: Totals,
}

#[derive(Serialize)]
pub(crate) struct RateRow {
    pub(crate) currency: &'static str,
    /// Units of the base currency for one unit of `currency`.
    pub(crate) per_unit: f64,
    pub(crate) date: Date,
}

fn figures_page(c: In<'_>) -> FiguresPage {
    let site = c.site;
    let rates = &site.config.money;
    FiguresPage {
        rates: rates
            .lines()
            .map(|(currency, rate)| RateRow {
                currency: currency.code(),
                per_unit: rate.per_unit,
                date: rate.date,
            })
            .collect(),
        totals: Totals::of(site.projects.iter().map(|p| &p.facts.figures), rates.base),
    }
}

/// A procedure's own page: the procedure, and schema.org `GovernmentService`.
#[derive(Serialize)]
pub(crate) struct ProcedurePage<'a> {
    #[serde(flatten)]
    pub(crate) procedure: ProcedureView<'a>,
    pub(crate) json_ld: String,
}

#[derive(Serialize)]
pub(crate) struct AudienceGroup<'a> {
    pub(crate) audience: &'static str,
    pub(crate) items: Vec<ProcedureView<'a>>,
}

#[derive(Serialize)]
pub(crate) struct Home<'a> {
    /// The figures of every project, as the catalogue shows them.
    pub(crate) totals: Totals,
    pub(crate) newest: Vec<ProjectView<'a>>,
    pub(crate) procedures: Vec<ProcedureView<'a>>,
    pub(crate) latest_issue: Option<IssueView<'a>>,
    pub(crate) urls: Vec<(&'static str, String)>,
}

const NEWEST_ON_HOME: usize = 6;

pub(crate) fn data<'a>(
    c: In<'a>,
    route: Route<'a>,
    files: &[Published],
    i18n: &I18n,
    listings: &Listings<'a>,
) -> (&'static str, Data<'a>) {
    let site = c.site;
    match route {
        Route::Home => ("home.html", Data::Home(Box::new(home(c)))),
        Route::Data => {
            let text = |key| i18n.t(c.lang, key, None).unwrap_or_default();
            let view =
                super::open_data::open_data(c, files, &text("data-title"), &text("data-intro"));
            ("data.html", Data::Downloads(Box::new(view)))
        }
        Route::Figures => ("figures.html", Data::Figures(Box::new(figures_page(c)))),
        Route::List(Kind::Projects) => catalogue(c, None, Sort::Newest, 1, listings),
        Route::Facet(facet) => catalogue(c, Some(facet), Sort::Newest, 1, listings),
        Route::Sorted(sort) => catalogue(c, None, sort, 1, listings),
        Route::More(facet, sort, page) => catalogue(c, facet, sort, page, listings),
        Route::Search => (
            "search.html",
            Data::Search(Box::new(super::catalogue::search(c, listings))),
        ),
        Route::List(Kind::Procedures) => (
            "procedures.html",
            Data::Procedures {
                groups: Audience::ALL
                    .iter()
                    .map(|a| AudienceGroup {
                        audience: a.key(),
                        items: site
                            .procedures
                            .iter()
                            .filter(|p| p.facts.audience.contains(a))
                            .map(|p| views::procedure(c, p))
                            .collect(),
                    })
                    .filter(|g| !g.items.is_empty())
                    .collect(),
            },
        ),
        Route::List(Kind::Results) => (
            "results.html",
            Data::Results(Box::new(super::results::results(c, i18n))),
        ),
        Route::List(Kind::Bulletin) => (
            "bulletin.html",
            Data::Bulletin {
                items: site
                    .bulletins
                    .iter()
                    .enumerate()
                    .map(|(i, b)| views::issue(c, b, site.bulletins.get(i + 1)))
                    .collect(),
            },
        ),
        Route::List(Kind::Pages) => (
            "pages.html",
            Data::Pages {
                items: site.pages.iter().map(|p| views::entry(c, p)).collect(),
            },
        ),
        Route::Entity(kind, _, i) => entity(c, kind, i, i18n),
        Route::NotFound => (
            "404.html",
            Data::NotFound {
                languages: not_found(c, i18n),
            },
        ),
        Route::Book => (
            "book.html",
            Data::Book(Box::new(super::book::book(c, i18n))),
        ),
        Route::Leaflet(facet) => (
            "leaflet.html",
            Data::Leaflet(Box::new(super::leaflet::leaflet(c, facet))),
        ),
    }
}

/// Each language's words, the page's own first: whoever followed a broken
/// link reads on in their language.
fn not_found(c: In<'_>, i18n: &I18n) -> Vec<NotFoundIn> {
    let config = &c.site.config;
    let mut languages: Vec<_> = config.languages.ids().collect();
    languages.sort_by_key(|l| *l != c.lang);
    languages
        .into_iter()
        .map(|lang| {
            let say = |key: &str| i18n.t(lang, key, None).unwrap_or_default();
            let ways = [
                (Route::Home, "not-found-home"),
                (Route::List(Kind::Projects), "not-found-catalogue"),
                (Route::Search, "not-found-search"),
            ]
            .into_iter()
            .map(|(route, key)| (route.url(config, lang), say(key)))
            .collect();
            NotFoundIn {
                code: config.languages.code(lang).to_string(),
                title: say("not-found-title"),
                text: say("not-found-text"),
                ways,
            }
        })
        .collect()
}

fn catalogue<'a>(
    c: In<'a>,
    facet: Option<Facet<'a>>,
    sort: Sort,
    page: u32,
    listings: &Listings<'a>,
) -> (&'static str, Data<'a>) {
    (
        "projects.html",
        Data::Catalogue(Box::new(super::catalogue::catalogue(
            c, facet, sort, page, listings,
        ))),
    )
}

fn entity<'a>(c: In<'a>, kind: Kind, i: usize, i18n: &I18n) -> (&'static str, Data<'a>) {
    let site = c.site;
    match kind {
        Kind::Projects => (
            "project.html",
            Data::Project(Box::new(views::project(c, &site.projects[i]))),
        ),
        Kind::Procedures => {
            let procedure = views::procedure(c, &site.procedures[i]);
            let json_ld = procedure_json_ld(c, &procedure, i18n);
            (
                "procedure.html",
                Data::Procedure(Box::new(ProcedurePage { procedure, json_ld })),
            )
        }
        Kind::Results => (
            "report.html",
            Data::Report(Box::new(views::report(c, &site.results[i]))),
        ),
        Kind::Bulletin => (
            "issue.html",
            Data::Issue(Box::new(views::issue(
                c,
                &site.bulletins[i],
                site.bulletins.get(i + 1),
            ))),
        ),
        Kind::Pages => (
            "page.html",
            Data::Page(Box::new(views::entry(c, &site.pages[i]))),
        ),
    }
}

fn home(c: In<'_>) -> Home<'_> {
    let site = c.site;
    let mut newest: Vec<_> = site
        .projects
        .iter()
        .filter(|p| p.facts.figures.open)
        .collect();
    newest.sort_by(|a, b| {
        b.facts
            .published
            .cmp(&a.facts.published)
            .then(a.slug.cmp(&b.slug))
    });
    Home {
        totals: Totals::of(
            site.projects.iter().map(|p| &p.facts.figures),
            site.config.money.base,
        ),
        newest: newest
            .into_iter()
            .take(NEWEST_ON_HOME)
            .map(|p| views::project_card(c, p))
            .collect(),
        procedures: site
            .procedures
            .iter()
            .map(|p| views::procedure(c, p))
            .collect(),
        latest_issue: site
            .bulletins
            .first()
            .map(|b| views::issue(c, b, site.bulletins.get(1))),
        urls: Kind::ALL
            .iter()
            .map(|k| (k.folder(), views::kind_url(c, *k)))
            .collect(),
    }
}

/// schema.org `GovernmentService`: who provides it, for whom, where, at what
/// fee, and where to apply online.
fn procedure_json_ld(c: In<'_>, p: &ProcedureView<'_>, i18n: &I18n) -> String {
    use serde_json::json;
    let config = &c.site.config;
    // The province: the places at the top of the tree that exist today.
    let today = crate::content::types::Date::today();
    let areas: Vec<serde_json::Value> = config
        .localities
        .values()
        .filter(|l| l.parent.is_none() && l.until.is_none_or(|u| u >= today))
        .map(|l| json!({"@type": "AdministrativeArea", "name": l.name.get(c.lang).0}))
        .collect();
    let audience = |key: &str| {
        i18n.t(c.lang, &format!("audience-{key}"), None)
            .unwrap_or_else(|_| key.to_string())
    };
    let mut value = json!({
        "@context": "https://schema.org",
        "@type": "GovernmentService",
        "name": p.entry.words.title,
        "description": p.entry.words.summary,
        "identifier": p.code,
        "url": format!("{}{}", config.base_url, p.entry.url),
        "inLanguage": config.languages.code(c.lang),
        "provider": {"@type": "GovernmentOrganization", "name": p.agency.name.text},
        "areaServed": if areas.len() == 1 { areas[0].clone() } else { json!(areas) },
        "audience": p.audience.iter().map(|a| json!({"@type": "Audience", "audienceType": audience(a)})).collect::<Vec<_>>(),
        "offers": {
            "@type": "Offer",
            "price": p.fee.amount,
            "priceCurrency": p.fee.currency.code(),
        },
        "dateModified": p.updated.to_string(),
    });
    if let Some(url) = p.online_url {
        value["availableChannel"] = json!({"@type": "ServiceChannel", "serviceUrl": url});
    }
    super::json_ld::json_ld(&value)
}
