//! A results report as its page shows it.

use serde::Serialize;

use crate::content::results::ResultsFacts;
use crate::content::texts::Localized;
use crate::content::types::{Date, Money};
use crate::content::Entry;

use super::base::{entry, EntryView, In};

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
