//! Typed, borrowed views of the store for the templates, in one language.

use serde::Serialize;

use crate::catalogue::Facet;
use crate::config::{Config, Kind};
use crate::content::bulletin::BulletinFacts;
use crate::content::money::{convert, sum_in};
use crate::content::procedure::ProcedureFacts;
use crate::content::project::{Contact, FundingKind, ProjectFacts};
use crate::content::results::ResultsFacts;
use crate::content::texts::{LangId, Localized};
use crate::content::types::{Date, LocalityKey, Money, OrgKey};
use crate::content::words::ProcedureParts;
use crate::content::{Entry, Words};
use crate::link::Site;
use crate::routes::Route;

/// What every view needs: the store and the page's language.
#[derive(Clone, Copy)]
pub struct In<'a> {
    pub site: &'a Site,
    pub lang: LangId,
}

impl<'a> In<'a> {
    pub fn config(&self) -> &'a Config {
        &self.site.config
    }

    pub fn text(&self, t: &'a crate::content::texts::Texts) -> Localized<'a> {
        t.localized(self.lang, &self.site.config.languages)
    }

    pub fn url(&self, route: Route<'_>) -> String {
        route.url(self.config(), self.lang)
    }
}

/// The words of an entity in the page's language, or the fallback's.
#[derive(Serialize)]
pub struct WordsView<'a> {
    pub title: &'a str,
    pub summary: &'a str,
    pub body: &'a str,
    pub keywords: &'a [String],
    /// The language the words are written in.
    pub lang: &'a str,
    pub fallback: bool,
}

#[derive(Serialize)]
pub struct FileView<'a> {
    pub name: &'a str,
    pub url: String,
    pub bytes: u64,
    pub extension: String,
}

#[derive(Serialize)]
pub struct EntryView<'a> {
    pub slug: &'a str,
    pub url: String,
    pub words: WordsView<'a>,
    pub files: Vec<FileView<'a>>,
}

pub fn entry<'a, F, X>(c: In<'a>, e: &'a Entry<F, X>) -> EntryView<'a> {
    let default = c.config().languages.default;
    let (w, used): (&Words<X>, LangId) = e.words_in(c.lang, default);
    let prefix = e.public_files_prefix();
    EntryView {
        slug: e.slug.as_str(),
        url: crate::routes::entity_url(c.config(), e.kind, e.slug.as_str(), c.lang),
        words: WordsView {
            title: &w.title,
            summary: &w.summary,
            body: &w.body,
            keywords: &w.keywords,
            lang: c.config().languages.code(used),
            fallback: used != c.lang,
        },
        files: e.files.iter().map(|f| file_view(&prefix, f)).collect(),
    }
}

fn file_view<'a>(prefix: &str, f: &'a crate::content::Attachment) -> FileView<'a> {
    FileView {
        name: &f.name,
        url: format!("{prefix}/{}", f.name),
        bytes: f.bytes,
        extension: f
            .name
            .rsplit_once('.')
            .map(|(_, x)| x.to_ascii_uppercase())
            .unwrap_or_default(),
    }
}

#[derive(Serialize)]
pub struct Named<'a> {
    pub key: &'a str,
    pub name: Localized<'a>,
    pub url: Option<String>,
}

#[derive(Serialize)]
pub struct OrgView<'a> {
    pub key: &'a str,
    pub name: Localized<'a>,
    pub kind: crate::content::organisation::OrgKind,
    pub country: &'a str,
    pub website: Option<&'a str>,
    pub email: Option<&'a str>,
}

pub fn org<'a>(c: In<'a>, key: &'a OrgKey) -> OrgView<'a> {
    let o = &c.site.orgs[key];
    OrgView {
        key: key.as_str(),
        name: c.text(&o.name),
        kind: o.kind,
        country: &o.country,
        website: o.website.as_deref(),
        email: o.email.as_deref(),
    }
}

#[derive(Serialize)]
pub struct LocalityView<'a> {
    pub key: &'a str,
    pub name: Localized<'a>,
    /// Larger units it belongs to, nearest first.
    pub parents: Vec<Localized<'a>>,
    pub until: Option<Date>,
    pub successor: Option<Localized<'a>>,
    /// The catalogue filtered by this place.
    pub url: Option<String>,
}

pub fn locality<'a>(c: In<'a>, key: &'a LocalityKey) -> LocalityView<'a> {
    let config = c.config();
    let l = &config.localities[key];
    LocalityView {
        key: key.as_str(),
        name: c.text(&l.name),
        parents: config
            .locality_chain(key)
            .skip(1)
            .map(|(_, p)| c.text(&p.name))
            .collect(),
        until: l.until,
        successor: l
            .successor
            .as_ref()
            .map(|s| c.text(&config.localities[s].name)),
        url: None,
    }
}

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
    /// Progress from baseline to target, 0–100, when measured.
    pub percent: Option<u32>,
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
    pub budget: crate::content::project::Budget,
    /// Committed by donors, in the budget's currency; `None` when a pledge is in a
    /// currency that site.toml gives no rate for.
    pub committed: Option<Money>,
    pub disbursed: Option<Money>,
    /// Aid sought not yet committed.
    pub gap: Option<Money>,
    pub progress_percent: Option<u32>,
    pub funding: Vec<FundingView<'a>>,
    pub indicators: Vec<IndicatorView<'a>>,
    /// On the project's own page: the project as JSON, and schema.org JSON-LD.
    pub json_url: Option<String>,
    pub json_ld: Option<String>,
}

#[allow(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_precision_loss,
    reason = "a percentage clamped to 0–100"
)]
fn percent(part: f64, whole: f64) -> Option<u32> {
    (whole > 0.0).then(|| ((part / whole) * 100.0).round().clamp(0.0, 100.0) as u32)
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
    let committed = f.funding_total(FundingKind::Committed, &config.money);
    let disbursed = f.funding_total(FundingKind::Disbursed, &config.money);
    #[allow(clippy::cast_precision_loss, reason = "a ratio for a progress bar")]
    let progress_percent =
        committed.and_then(|m| percent(m.amount as f64, f.budget.requested.amount as f64));
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
        budget: f.budget,
        committed,
        disbursed,
        gap: f.funding_gap(&config.money),
        progress_percent,
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
            percent: i
                .actual
                .and_then(|a| percent(a - i.baseline, i.target - i.baseline)),
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
    super::json_ld(&value)
}

#[derive(Serialize)]
pub struct LegalView<'a> {
    pub reference: &'a str,
    pub date: Date,
    pub title: Localized<'a>,
}

#[derive(Serialize)]
pub struct ProcedureView<'a> {
    #[serde(flatten)]
    pub entry: EntryView<'a>,
    pub code: &'a str,
    pub national_code: Option<&'a str>,
    pub agency: OrgView<'a>,
    pub audience: Vec<&'static str>,
    pub time_limit_days: u32,
    pub fee: Money,
    pub online_url: Option<&'a str>,
    pub updated: Date,
    pub forms: Vec<FileView<'a>>,
    pub legal_basis: Vec<LegalView<'a>>,
    pub parts: &'a ProcedureParts,
}

pub fn procedure<'a>(c: In<'a>, e: &'a Entry<ProcedureFacts, ProcedureParts>) -> ProcedureView<'a> {
    let f = &e.facts;
    let view = entry(c, e);
    let (words, _) = e.words_in(c.lang, c.config().languages.default);
    let forms = f
        .forms
        .iter()
        .filter_map(|name| e.files.iter().find(|x| &x.name == name))
        .map(|x| file_view(&e.public_files_prefix(), x));
    ProcedureView {
        forms: forms.collect(),
        entry: view,
        code: &f.code,
        national_code: f.national_code.as_deref(),
        agency: org(c, &f.agency),
        audience: f.audience.iter().map(|a| a.key()).collect(),
        time_limit_days: f.time_limit_days,
        fee: Money::new(f.fee, crate::content::types::Currency::Vnd),
        online_url: f.online_url.as_deref(),
        updated: f.updated,
        legal_basis: f
            .legal_basis
            .iter()
            .map(|l| LegalView {
                reference: &l.reference,
                date: l.date,
                title: c.text(&l.title),
            })
            .collect(),
        parts: &words.extra,
    }
}

#[derive(Serialize)]
pub struct SliceView<'a> {
    pub name: Localized<'a>,
    pub projects: u64,
    pub committed: Money,
}

#[derive(Serialize)]
pub struct ReportView<'a> {
    #[serde(flatten)]
    pub entry: EntryView<'a>,
    pub kind: &'static str,
    pub from: Date,
    pub to: Date,
    pub published: Date,
    pub projects: u64,
    pub committed: Money,
    pub disbursed: Option<Money>,
    pub by_sector: Vec<SliceView<'a>>,
    pub by_locality: Vec<SliceView<'a>>,
}

pub fn report<'a>(c: In<'a>, e: &'a Entry<ResultsFacts>) -> ReportView<'a> {
    let f = &e.facts;
    let config = c.config();
    ReportView {
        entry: entry(c, e),
        kind: f.kind.key(),
        from: f.from,
        to: f.to,
        published: f.published,
        projects: f.projects,
        committed: f.committed,
        disbursed: f.disbursed,
        by_sector: f
            .by_sector
            .iter()
            .map(|s| SliceView {
                name: c.text(&config.sectors[&s.key].name),
                projects: s.projects,
                committed: s.committed,
            })
            .collect(),
        by_locality: f
            .by_locality
            .iter()
            .map(|s| SliceView {
                name: c.text(&config.localities[&s.key].name),
                projects: s.projects,
                committed: s.committed,
            })
            .collect(),
    }
}

#[derive(Serialize)]
pub struct IssueView<'a> {
    #[serde(flatten)]
    pub entry: EntryView<'a>,
    pub number: u32,
    pub date: Date,
    pub pdf: Option<FileView<'a>>,
    pub featured: Vec<ProjectView<'a>>,
    /// Projects published or updated after the previous issue, up to this one.
    pub new_projects: Vec<ProjectView<'a>>,
    /// Procedures updated in the same window.
    pub new_procedures: Vec<ProcedureView<'a>>,
    /// Results reports published in the same window.
    pub new_reports: Vec<EntryView<'a>>,
    /// Aid committed and disbursed up to the issue's date, in the base
    /// currency, from the projects' funding records.
    pub committed_to_date: Option<Money>,
    pub disbursed_to_date: Option<Money>,
    pub funded_to_date: usize,
}

pub fn issue<'a>(
    c: In<'a>,
    e: &'a Entry<BulletinFacts>,
    previous: Option<&'a Entry<BulletinFacts>>,
) -> IssueView<'a> {
    let site = c.site;
    let f = &e.facts;
    let since = previous.map(|p| p.facts.date);
    // An issue covers what changed after the previous issue's day, up to and
    // including its own: a change on the day of an issue belongs to it.
    let in_window = |day: Date| day <= f.date && since.is_none_or(|s| day > s);
    let new_projects = site
        .projects
        .iter()
        .filter(|p| in_window(p.facts.last_change()))
        .map(|p| project_card(c, p))
        .collect();
    let new_procedures = site
        .procedures
        .iter()
        .filter(|p| in_window(p.facts.updated))
        .map(|p| procedure(c, p))
        .collect();
    let new_reports = site
        .results
        .iter()
        .filter(|r| in_window(r.facts.published))
        .map(|r| entry(c, r))
        .collect();
    let to_date = |kind: FundingKind| {
        total_in_base(
            c,
            site.projects.iter().flat_map(|p| {
                p.facts
                    .funding
                    .iter()
                    .filter(move |x| x.kind == kind && x.date <= f.date)
                    .map(|x| x.amount)
            }),
        )
    };
    let committed_to_date = to_date(FundingKind::Committed);
    let disbursed_to_date = to_date(FundingKind::Disbursed);
    let funded_to_date = site
        .projects
        .iter()
        .filter(|p| {
            p.facts
                .funding
                .iter()
                .any(|x| x.kind == FundingKind::Committed && x.date <= f.date)
        })
        .count();
    let view = entry(c, e);
    let pdf = f
        .pdf
        .as_ref()
        .and_then(|name| e.files.iter().find(|x| &x.name == name))
        .map(|x| file_view(&e.public_files_prefix(), x));
    IssueView {
        pdf,
        entry: view,
        number: f.number,
        date: f.date,
        featured: f
            .featured
            .iter()
            .filter_map(|(slug, _)| site.project_by_slug.get(slug))
            .map(|i| project_card(c, &site.projects[*i]))
            .collect(),
        new_projects,
        new_procedures,
        new_reports,
        committed_to_date,
        disbursed_to_date,
        funded_to_date,
    }
}

/// An approximate base-currency total, for headline figures.
pub fn total_in_base(c: In<'_>, items: impl IntoIterator<Item = Money>) -> Option<Money> {
    let money = &c.config().money;
    sum_in(items, money.base, money)
}

/// A converted figure, if a rate allows it.
pub fn in_base(c: In<'_>, m: Money) -> Option<Money> {
    convert(m, c.config().money.base, &c.config().money)
}

pub fn kind_url(c: In<'_>, kind: Kind) -> String {
    c.url(Route::List(kind))
}
