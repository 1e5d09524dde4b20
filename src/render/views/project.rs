//! A project as its page and as a card in a list show it.

use serde::Serialize;

use super::base::{entry, locality, org, EntryView, In, LocalityView, Named, OrgView};
use crate::catalogue::Facet;
use crate::content::project::{Contact, FundingKind, ProjectFacts, Status};
use crate::content::texts::Localized;
use crate::content::types::{Date, Money};
use crate::content::Entry;
use crate::figures::project::{indicator_progress, ProjectFigures};
use crate::routes::Route;

#[derive(Serialize)]
pub(crate) struct FundingView<'a> {
    pub(crate) donor: OrgView<'a>,
    pub(crate) kind: FundingKind,
    pub(crate) amount: Money,
    pub(crate) date: Date,
}

#[derive(Serialize)]
pub(crate) struct IndicatorView<'a> {
    pub(crate) label: Localized<'a>,
    pub(crate) unit: Localized<'a>,
    pub(crate) baseline: f64,
    pub(crate) target: f64,
    pub(crate) actual: Option<f64>,
    /// `higher` or `lower`: which way it improves.
    pub(crate) better: crate::content::project::Better,
    /// Progress from baseline to target in percent, over 100 when the target
    /// was passed, when measured.
    pub(crate) percent: Option<u64>,
}

#[derive(Serialize)]
pub(crate) struct ProjectView<'a> {
    #[serde(flatten)]
    pub(crate) entry: EntryView<'a>,
    pub(crate) code: &'a str,
    pub(crate) sector: Named<'a>,
    pub(crate) dac: &'a str,
    pub(crate) localities: Vec<LocalityView<'a>>,
    pub(crate) period: Named<'a>,
    pub(crate) period_years: (i32, i32),
    pub(crate) status: &'static str,
    /// The catalogue filtered by this status (on the project's own page).
    pub(crate) status_url: Option<String>,
    pub(crate) owner: OrgView<'a>,
    pub(crate) published: Date,
    pub(crate) updated: Option<Date>,
    pub(crate) start: Option<Date>,
    pub(crate) end: Option<Date>,
    pub(crate) beneficiaries: Option<u64>,
    pub(crate) sdgs: &'a [u8],
    pub(crate) contact: Option<&'a Contact>,
    pub(crate) budget: &'a crate::content::project::Budget,
    /// Requested, committed, disbursed and still sought, as counted once.
    pub(crate) figures: &'a ProjectFigures,
    /// Whether the project has started: people reached are then measured,
    /// not planned.
    pub(crate) reached: bool,
    pub(crate) funding: Vec<FundingView<'a>>,
    pub(crate) indicators: Vec<IndicatorView<'a>>,
    /// On the project's own page: the project as JSON, and schema.org JSON-LD.
    pub(crate) json_url: Option<String>,
    pub(crate) json_ld: Option<String>,
}

/// A project as a list shows it: the facts of a card, without the body, the
/// funding rows and the indicators, so that a list of 10,000 stays light.
pub(crate) fn project_card<'a>(c: In<'a>, e: &'a Entry<ProjectFacts>) -> ProjectView<'a> {
    project_view(c, e, false)
}

/// A project with everything its own page shows.
pub(crate) fn project<'a>(c: In<'a>, e: &'a Entry<ProjectFacts>) -> ProjectView<'a> {
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
        json_ld: whole.then(|| super::project_ld::project_json_ld(c, e)),
    }
}

/// A project's indicators, with progress from baseline to target.
pub(crate) fn indicators<'a>(c: In<'a>, f: &'a ProjectFacts) -> Vec<IndicatorView<'a>> {
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
