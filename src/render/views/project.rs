//! A project as its page and as a card in a list show it.

use serde::Serialize;

use super::base::{entry, locality, org, EntryView, In, LocalityView, Named, OrgView};
use crate::catalogue::Facet;
use crate::content::project::{Contact, FundingKind, ProjectFacts, Status};
use crate::content::texts::Localized;
use crate::content::types::{Date, LocalityKey, Money};
use crate::content::Entry;
use crate::figures::project::{indicator_progress, ProjectFigures};
use crate::routes::Route;

#[derive(Serialize)]
pub struct FundingView<'a> {
    pub donor: OrgView<'a>,
    pub kind: FundingKind,
    pub amount: Money,
    pub date: Date,
}

#[derive(Serialize)]
pub struct IndicatorView<'a> {
    pub label: Localized<'a>,
    pub unit: Localized<'a>,
    pub baseline: f64,
    pub target: f64,
    pub actual: Option<f64>,
    /// `higher` or `lower`: which way it improves.
    pub better: crate::content::project::Better,
    /// Progress from baseline to target in percent, over 100 when the target
    /// was passed, when measured.
    pub percent: Option<u64>,
}

#[derive(Serialize)]
pub struct ProjectView<'a> {
    #[serde(flatten)]
    pub entry: EntryView<'a>,
    pub code: &'a str,
    pub sector: Named<'a>,
    pub dac: &'a str,
    pub localities: Vec<LocalityView<'a>>,
    pub period: Named<'a>,
    pub period_years: (i32, i32),
    pub status: &'static str,
    /// The catalogue filtered by this status (on the project's own page).
    pub status_url: Option<String>,
    pub owner: OrgView<'a>,
    pub published: Date,
    pub updated: Option<Date>,
    pub start: Option<Date>,
    pub end: Option<Date>,
    pub beneficiaries: Option<u64>,
    pub sdgs: &'a [u8],
    pub contact: Option<&'a Contact>,
    pub budget: &'a crate::content::project::Budget,
    /// Requested, committed, disbursed and still sought, as counted once.
    pub figures: &'a ProjectFigures,
    /// Whether the project has started: people reached are then measured,
    /// not planned.
    pub reached: bool,
    pub funding: Vec<FundingView<'a>>,
    pub indicators: Vec<IndicatorView<'a>>,
    /// On the project's own page: the project as JSON, and schema.org JSON-LD.
    pub json_url: Option<String>,
    pub json_ld: Option<String>,
}

/// A project as a list shows it: the facts of a card, without the body, the
/// funding rows and the indicators, so that a list of 10,000 stays light.
pub fn project_card<'a>(c: In<'a>, e: &'a Entry<ProjectFacts>) -> ProjectView<'a> {
    project_view(c, e, false)
}

/// A project with everything its own page shows.
pub fn project<'a>(c: In<'a>, e: &'a Entry<ProjectFacts>) -> ProjectView<'a> {
    project_view(c, e, true)
}

fn project_view<'a>(c: In<'a>, e: &'a Entry<ProjectFacts>, whole: bool) -> ProjectView<'a> {
    let f = &e.facts;
    let config = c.config();
    let sector = &config.sectors[&f.sector];
    let period = &config.periods[&f.period];
    let mut entry = entry(c, e);
    if !whole {
        entry.words.body = "";
    }
    ProjectView {
        entry,
        code: &f.code,
        sector: Named {
            key: f.sector.as_str(),
            name: c.text(&sector.name),
            url: whole.then(|| c.url(Route::Facet(Facet::Sector(f.sector.as_str())))),
        },
        dac: &sector.dac,
        localities: f
            .localities
            .iter()
            .map(|l| {
                let mut view = locality(c, l);
                if whole {
                    view.url = Some(c.url(Route::Facet(Facet::Locality(l.as_str()))));
                }
                view
            })
            .collect(),
        period: Named {
            key: f.period.as_str(),
            name: c.text(&period.name),
            url: whole.then(|| c.url(Route::Facet(Facet::Period(f.period.as_str())))),
        },
        period_years: (period.from, period.to),
        status: f.status.key(),
        status_url: whole.then(|| c.url(Route::Facet(Facet::Status(f.status)))),
        owner: org(c, &f.owner),
        published: f.published,
        updated: f.updated,
        start: f.start,
        end: f.end,
        beneficiaries: f.beneficiaries,
        sdgs: &f.sdgs,
        contact: f.contact.as_ref(),
        budget: &f.budget,
        figures: &f.figures,
        reached: f.status == Status::Completed,
        funding: f
            .funding
            .iter()
            .filter(|_| whole)
            .map(|x| FundingView {
                donor: org(c, &x.donor),
                kind: x.kind,
                amount: x.amount,
                date: x.date,
            })
            .collect(),
        indicators: if whole { indicators(c, f) } else { Vec::new() },
        json_url: whole.then(|| format!("/data/projects/{}.json", e.slug)),
        json_ld: whole.then(|| project_json_ld(c, e)),
    }
}

/// A project's indicators, with progress from baseline to target.
pub fn indicators<'a>(c: In<'a>, f: &'a ProjectFacts) -> Vec<IndicatorView<'a>> {
    f.indicators
        .iter()
        .map(|i| IndicatorView {
            label: c.text(&i.label),
            unit: c.text(&i.unit),
            baseline: i.baseline,
            target: i.target,
            actual: i.actual,
            better: i.better,
            percent: indicator_progress(i),
        })
        .collect()
}

/// schema.org `Project`: the aid it seeks as a `Demand`, each commitment as a
/// `MonetaryGrant` of a `MonetaryAmount`, its places as administrative areas.
fn project_json_ld(c: In<'_>, e: &Entry<ProjectFacts>) -> String {
    use serde_json::json;
    let config = c.config();
    let f = &e.facts;
    let (words, _) = e.words_in(c.lang, config.languages.default);
    let amount = |m: Money| json!({"@type": "MonetaryAmount", "currency": m.currency.code(), "value": m.amount});
    let place = |key: &LocalityKey| {
        let mut chain = config
            .locality_chain(key)
            .map(|(_, l)| l.name.get(c.lang).0)
            .collect::<Vec<_>>()
            .into_iter()
            .rev();
        let root = chain.next().unwrap_or_default();
        chain.fold(
            json!({"@type": "AdministrativeArea", "name": root}),
            |outer, name| json!({"@type": "AdministrativeArea", "name": name, "containedInPlace": outer}),
        )
    };
    let owner = &c.site.orgs[&f.owner];
    let value = json!({
        "@context": "https://schema.org",
        "@type": "Project",
        "name": words.title,
        "description": words.summary,
        "identifier": f.code,
        "url": format!("{}{}", config.base_url, crate::routes::entity_url(config, e.kind, e.slug.as_str(), c.lang)),
        "inLanguage": config.languages.code(c.lang),
        "areaServed": f.localities.iter().map(place).collect::<Vec<_>>(),
        "parentOrganization": {"@type": "GovernmentOrganization", "name": owner.name.get(c.lang).0},
        "seeks": {
            "@type": "Demand",
            "name": config.sectors[&f.sector].name.get(c.lang).0,
            "priceSpecification": {
                "@type": "PriceSpecification",
                "price": f.budget.requested.amount,
                "priceCurrency": f.budget.requested.currency.code(),
            },
        },
        "funding": f.funding.iter().filter(|x| x.kind == FundingKind::Committed).map(|x| json!({
            "@type": "MonetaryGrant",
            "funder": {"@type": "Organization", "name": c.site.orgs[&x.donor].name.get(c.lang).0},
            "amount": amount(x.amount),
            "startDate": x.date.to_string(),
        })).collect::<Vec<_>>(),
        "foundingDate": f.start.map(|d| d.to_string()),
        "dissolutionDate": f.end.map(|d| d.to_string()),
    });
    crate::render::json_ld::json_ld(&value)
}
