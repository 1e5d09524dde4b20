//! Typed, borrowed views of the store for the templates, in one language.

use serde::Serialize;

use crate::config::{Config, Kind};
use crate::content::bulletin::BulletinFacts;
use crate::content::money::sum_in;
use crate::content::procedure::ProcedureFacts;
use crate::content::project::FundingKind;
use crate::content::results::ResultsFacts;
use crate::content::texts::{LangId, Localized};
use crate::content::types::{Date, LocalityKey, Money, OrgKey};
use crate::content::words::ProcedureParts;
use crate::content::{Entry, Words};
use crate::link::Site;
use crate::routes::Route;

mod project;

pub use project::{indicators, project, project_card, FundingView, IndicatorView, ProjectView};

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

pub fn kind_url(c: In<'_>, kind: Kind) -> String {
    c.url(Route::List(kind))
}
