//! The tables behind the results page's charts, made once from the projects'
//! own figures so that a chart, its table and its CSV download always hold the
//! same numbers, and add up to the totals shown beside them.

use std::collections::{BTreeMap, BTreeSet};

use crate::config::Config;
use crate::content::money::At;
use crate::content::project::{FundingKind, ProjectFacts, Status};
use crate::content::texts::LangId;
use crate::content::types::{Currency, Date, LocalityKey, Money, SectorKey};
use crate::content::Entry;
use crate::figures::project::entry_in_base;
use crate::i18n::I18n;
use crate::site::Site;

/// What a row of a table is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Label {
    Year(i32),
    Sector(SectorKey),
    Locality(LocalityKey),
    /// A project whose places lie in several units of one level.
    SeveralPlaces,
    Status(Status),
}

impl Label {
    /// The row's key in CSV files.
    pub(crate) fn key(&self) -> String {
        match self {
            Label::Year(y) => y.to_string(),
            Label::Sector(k) => k.as_str().to_string(),
            Label::Locality(k) => k.as_str().to_string(),
            Label::SeveralPlaces => "several".to_string(),
            Label::Status(s) => s.key().to_string(),
        }
    }

    /// The row's name in one language, as the results page and the chart
    /// CSVs show it.
    pub(crate) fn name(&self, site: &Site, i18n: &I18n, lang: LangId) -> String {
        let config = &site.config;
        match self {
            Label::Year(y) => y.to_string(),
            Label::Sector(k) => config.sectors[k].name.get(lang).0.to_string(),
            Label::Locality(k) => config.localities[k].name.get(lang).0.to_string(),
            Label::SeveralPlaces => i18n
                .t(lang, "chart-several-places", None)
                .unwrap_or_default(),
            Label::Status(s) => i18n
                .t(lang, &format!("status-{}", s.key()), None)
                .unwrap_or_default(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unit {
    /// Whole units of the site's base currency.
    Money(Currency),
    Count,
}

#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Row {
    pub(crate) label: Label,
    /// One value per series.
    pub(crate) values: Vec<u64>,
}

#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Table {
    /// Names the chart and its messages.
    pub(crate) id: &'static str,
    /// Where its CSV file is published, under the output folder.
    pub(crate) csv: &'static str,
    pub(crate) unit: Unit,
    /// Series keys, like `committed` and `disbursed`.
    pub(crate) series: &'static [&'static str],
    pub(crate) rows: Vec<Row>,
}

/// The tables of the results page, in page order.
pub(crate) fn tables(site: &Site) -> Vec<Table> {
    vec![
        funding_by_year(site),
        by_sector(site),
        by_locality(site),
        by_status(site),
    ]
}

/// Commitments and disbursements by the year they were made, in the base
/// currency: each entry as it counts in its project's figures (at the rate of
/// its day into the project's currency, then at the latest rate), so that the
/// years add up to the totals.
fn funding_by_year(site: &Site) -> Table {
    let rates = &site.config.money;
    let mut years: BTreeMap<i32, [u64; 2]> = BTreeMap::new();
    for p in site.projects.iter().filter(|p| !p.facts.figures.withdrawn) {
        let currency = p.facts.figures.currency();
        for f in &p.facts.funding {
            let amount = entry_in_base(f, currency, rates);
            let column = usize::from(f.kind == FundingKind::Disbursed);
            years.entry(chrono::Datelike::year(&f.date.0)).or_default()[column] += amount;
        }
    }
    Table {
        id: "funding-by-year",
        csv: "data/chart-funding-by-year.csv",
        unit: Unit::Money(rates.base),
        series: &["committed", "disbursed"],
        rows: years
            .into_iter()
            .map(|(year, values)| Row {
                label: Label::Year(year),
                values: values.to_vec(),
            })
            .collect(),
    }
}

/// Committed and still sought, per group of projects, in the base currency;
/// withdrawn projects count in no money total.
fn committed_and_still_sought(
    site: &Site,
    group: impl Fn(&ProjectFacts) -> Label,
    order: impl Fn(&Label) -> usize,
) -> Vec<Row> {
    let mut rows: Vec<Row> = Vec::new();
    let counted = site
        .projects
        .iter()
        .filter(|p: &&Entry<ProjectFacts>| !p.facts.figures.withdrawn);
    for p in counted {
        let f = &p.facts;
        let values = [f.figures.base.committed, f.figures.base.still_sought];
        let label = group(f);
        match rows.iter_mut().find(|r| r.label == label) {
            Some(row) => {
                row.values[0] += values[0];
                row.values[1] += values[1];
            }
            None => rows.push(Row {
                label,
                values: values.to_vec(),
            }),
        }
    }
    rows.sort_by_key(|r| order(&r.label));
    rows
}

fn by_sector(site: &Site) -> Table {
    let config = &site.config;
    let position = |l: &Label| match l {
        Label::Sector(k) => config
            .sectors
            .keys()
            .position(|s| s == k)
            .unwrap_or(usize::MAX),
        _ => usize::MAX,
    };
    Table {
        id: "by-sector",
        csv: "data/chart-by-sector.csv",
        unit: Unit::Money(config.money.base),
        series: &["committed", "still-sought"],
        rows: committed_and_still_sought(site, |f| Label::Sector(f.sector.clone()), position),
    }
}

/// The unit a place counts under: its district (the level below the top), or
/// the place itself when it is a top-level unit.
fn district(config: &Config, key: &LocalityKey) -> LocalityKey {
    let chain: Vec<&LocalityKey> = config.locality_chain(key).map(|(k, _)| k).collect();
    let at = chain.len().saturating_sub(2);
    chain[at].clone()
}

fn by_locality(site: &Site) -> Table {
    let config = &site.config;
    let group = |f: &ProjectFacts| {
        let districts: BTreeSet<LocalityKey> =
            f.localities.iter().map(|l| district(config, l)).collect();
        if districts.len() == 1 {
            Label::Locality(districts.into_iter().next().expect("one district"))
        } else {
            Label::SeveralPlaces
        }
    };
    let position = |l: &Label| match l {
        Label::Locality(k) => config
            .localities
            .keys()
            .position(|s| s == k)
            .unwrap_or(usize::MAX - 1),
        _ => usize::MAX,
    };
    Table {
        id: "by-locality",
        csv: "data/chart-by-locality.csv",
        unit: Unit::Money(config.money.base),
        series: &["committed", "still-sought"],
        rows: committed_and_still_sought(site, group, position),
    }
}

fn by_status(site: &Site) -> Table {
    Table {
        id: "by-status",
        csv: "data/chart-by-status.csv",
        unit: Unit::Count,
        series: &["projects"],
        rows: Status::ALL
            .iter()
            .map(|s| Row {
                label: Label::Status(*s),
                values: vec![site
                    .projects
                    .iter()
                    .filter(|p| p.facts.status == *s)
                    .count() as u64],
            })
            .filter(|r| r.values[0] > 0)
            .collect(),
    }
}

/// The headline figures of the results page, from the projects' own data.
#[derive(Debug, serde::Serialize)]
pub(crate) struct FromProjects {
    /// Projects with at least one commitment, withdrawn ones aside.
    pub(crate) funded: usize,
    pub(crate) committed: Money,
    pub(crate) disbursed: Money,
    /// Counterpart funds of the projects with a commitment.
    pub(crate) counterpart: Money,
    pub(crate) funders: usize,
    /// The last day of funding data, the figures' "as of".
    pub(crate) as_of: Option<Date>,
}

pub(crate) fn from_projects(site: &Site) -> FromProjects {
    let rates = &site.config.money;
    let base = rates.base;
    let counted: Vec<&Entry<ProjectFacts>> = site
        .projects
        .iter()
        .filter(|p| !p.facts.figures.withdrawn)
        .collect();
    let funded: Vec<&&Entry<ProjectFacts>> = counted
        .iter()
        .filter(|p| {
            p.facts
                .funding
                .iter()
                .any(|x| x.kind == FundingKind::Committed)
        })
        .collect();
    let funders: BTreeSet<_> = counted
        .iter()
        .flat_map(|p| p.facts.funding.iter().map(|x| &x.donor))
        .collect();
    FromProjects {
        funded: funded.len(),
        committed: Money::new(
            counted.iter().map(|p| p.facts.figures.base.committed).sum(),
            base,
        ),
        disbursed: Money::new(
            counted.iter().map(|p| p.facts.figures.base.disbursed).sum(),
            base,
        ),
        counterpart: Money::new(
            funded
                .iter()
                .map(|p| {
                    rates
                        .convert(p.facts.budget.counterpart, base, At::Latest)
                        .amount
                })
                .sum(),
            base,
        ),
        funders: funders.len(),
        as_of: site
            .projects
            .iter()
            .flat_map(|p| p.facts.funding.iter().map(|f| f.date))
            .max(),
    }
}
