//! A bulletin issue as its page shows it.

use serde::Serialize;

use crate::content::bulletin::BulletinFacts;
use crate::content::project::FundingKind;
use crate::content::types::{Date, Money};
use crate::content::Entry;
use crate::figures::project::entry_in_base;

use super::base::{entry, file_view, EntryView, FileView, In};
use super::procedure::{procedure, ProcedureView};
use super::project::{project_card, ProjectView};

#[derive(Serialize)]
pub(crate) struct IssueView<'a> {
    #[serde(flatten)]
    pub(crate) entry: EntryView<'a>,
    pub(crate) number: u32,
    pub(crate) date: Date,
    pub(crate) pdf: Option<FileView<'a>>,
    pub(crate) featured: Vec<ProjectView<'a>>,
    /// Projects published or updated after the previous issue, up to this one.
    pub(crate) new_projects: Vec<ProjectView<'a>>,
    /// Procedures updated in the same window.
    pub(crate) new_procedures: Vec<ProcedureView<'a>>,
    /// Results reports published in the same window.
    pub(crate) new_reports: Vec<EntryView<'a>>,
    /// Aid committed and disbursed up to the issue's date, in the base
    /// currency, from the projects' funding records.
    pub(crate) committed_to_date: Money,
    pub(crate) disbursed_to_date: Money,
    pub(crate) funded_to_date: usize,
}

pub(crate) fn issue<'a>(
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
        // Published in the window, or changed in it: a later change does not
        // take a new need out of the issue that announced it.
        .filter(|p| in_window(p.facts.published) || in_window(p.facts.last_change()))
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
    let rates = &site.config.money;
    let to_date = |kind: FundingKind| {
        let amount = site
            .projects
            .iter()
            .filter(|p| !p.facts.figures.withdrawn)
            .flat_map(|p| {
                let currency = p.facts.figures.currency();
                p.facts
                    .funding
                    .iter()
                    .filter(move |x| x.kind == kind && x.date <= f.date)
                    .map(move |x| entry_in_base(x, currency, rates))
            })
            .sum();
        Money::new(amount, rates.base)
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
