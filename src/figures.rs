//! The results in figures: the tables behind the results page's charts, made
//! once from the projects' own funding data so that a chart, its table and its
//! CSV download always hold the same numbers.

use std::collections::{BTreeMap, BTreeSet};

use crate::config::Config;
use crate::content::money::convert;
use crate::content::project::{FundingKind, ProjectFacts, Status};
use crate::content::texts::LangId;
use crate::content::types::{Currency, Date, LocalityKey, Money, SectorKey};
use crate::i18n::I18n;
use crate::site::Site;

/// What a row of a table is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Label {
    Year(i32),
    Sector(SectorKey),
    Locality(LocalityKey),
    /// A project whose places lie in several units of one level.
    SeveralPlaces,
    Status(Status),
}

impl Label {
    /// The row's key in CSV files.
    pub fn key(&self) -> String {
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
    pub fn name(&self, site: &Site, i18n: &I18n, lang: LangId) -> String {
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
pub enum Unit {
    /// Whole units of the site's base currency.
    Money(Currency),
    Count,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Row {
    pub label: Label,
    /// One value per series.
    pub values: Vec<u64>,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Table {
    /// Names the chart and its messages.
    pub id: &'static str,
    /// Where its CSV file is published, under the output folder.
    pub csv: &'static str,
    pub unit: Unit,
    /// Series keys, like `committed` and `disbursed`.
    pub series: &'static [&'static str],
    pub rows: Vec<Row>,
    /// Amounts left out because site.toml gives no rate for their currency.
    pub left_out: usize,
}

/// The tables of the results page, in page order.
pub fn tables(site: &Site) -> Vec<Table> {
    vec![
        funding_by_year(site),
        by_sector(site),
        by_locality(site),
        by_status(site),
    ]
}

fn base(config: &Config, m: Money) -> Option<u64> {
    convert(m, config.money.base, &config.money).map(|m| m.amount)
}

fn funding_by_year(site: &Site) -> Table {
    let config = &site.config;
    let mut years: BTreeMap<i32, [u64; 2]> = BTreeMap::new();
    let mut left_out = 0;
    for p in &site.projects {
        for f in &p.facts.funding {
            let Some(amount) = base(config, f.amount) else {
                left_out += 1;
                continue;
            };
            let column = usize::from(f.kind == FundingKind::Disbursed);
            years.entry(chrono::Datelike::year(&f.date.0)).or_default()[column] += amount;
        }
    }
    Table {
        id: "funding-by-year",
        csv: "data/chart-funding-by-year.csv",
        unit: Unit::Money(config.money.base),
        series: &["committed", "disbursed"],
        rows: years
            .into_iter()
            .map(|(year, values)| Row {
                label: Label::Year(year),
                values: values.to_vec(),
            })
            .collect(),
        left_out,
    }
}

/// Aid sought and committed, per group of projects, in the base currency.
fn sought_and_committed(
    site: &Site,
    group: impl Fn(&ProjectFacts) -> Label,
    order: impl Fn(&Label) -> usize,
) -> (Vec<Row>, usize) {
    let config = &site.config;
    let mut rows: Vec<Row> = Vec::new();
    let mut left_out = 0;
    for p in &site.projects {
        let f = &p.facts;
        let sought = base(config, f.budget.requested);
        let committed = f
            .funding_total(FundingKind::Committed, &config.money)
            .and_then(|m| base(config, m));
        let (Some(sought), Some(committed)) = (sought, committed) else {
            left_out += 1;
            continue;
        };
        let label = group(f);
        match rows.iter_mut().find(|r| r.label == label) {
            Some(row) => {
                row.values[0] += sought;
                row.values[1] += committed;
            }
            None => rows.push(Row {
                label,
                values: vec![sought, committed],
            }),
        }
    }
    rows.sort_by_key(|r| order(&r.label));
    (rows, left_out)
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
    let (rows, left_out) =
        sought_and_committed(site, |f| Label::Sector(f.sector.clone()), position);
    Table {
        id: "by-sector",
        csv: "data/chart-by-sector.csv",
        unit: Unit::Money(config.money.base),
        series: &["sought", "committed"],
        rows,
        left_out,
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
    let (rows, left_out) = sought_and_committed(site, group, position);
    Table {
        id: "by-locality",
        csv: "data/chart-by-locality.csv",
        unit: Unit::Money(config.money.base),
        series: &["sought", "committed"],
        rows,
        left_out,
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
        left_out: 0,
    }
}

/// The headline figures from the projects' own funding data.
#[derive(Debug, serde::Serialize)]
pub struct FromProjects {
    /// Projects with at least one commitment.
    pub funded: usize,
    pub committed: Money,
    pub disbursed: Money,
    /// Counterpart funds of the projects with a commitment.
    pub counterpart: Money,
    pub funders: usize,
    /// The last day of funding data, the figures' "as of".
    pub as_of: Option<Date>,
    /// Amounts left out because site.toml gives no rate for their currency.
    pub left_out: usize,
}

pub fn from_projects(site: &Site) -> FromProjects {
    let config = &site.config;
    let currency = config.money.base;
    let mut committed = 0;
    let mut disbursed = 0;
    let mut counterpart = 0;
    let mut funded = 0;
    let mut left_out = 0;
    let mut funders = BTreeSet::new();
    for p in &site.projects {
        let f = &p.facts;
        if f.funding.iter().any(|x| x.kind == FundingKind::Committed) {
            funded += 1;
            match base(config, f.budget.counterpart) {
                Some(amount) => counterpart += amount,
                None => left_out += 1,
            }
        }
        for x in &f.funding {
            funders.insert(&x.donor);
            match (base(config, x.amount), x.kind) {
                (Some(amount), FundingKind::Committed) => committed += amount,
                (Some(amount), FundingKind::Disbursed) => disbursed += amount,
                (None, _) => left_out += 1,
            }
        }
    }
    FromProjects {
        funded,
        committed: Money::new(committed, currency),
        disbursed: Money::new(disbursed, currency),
        counterpart: Money::new(counterpart, currency),
        funders: funders.len(),
        as_of: site
            .projects
            .iter()
            .flat_map(|p| p.facts.funding.iter().map(|f| f.date))
            .max(),
        left_out,
    }
}
