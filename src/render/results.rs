//! The results page: headline figures with their sources, the charts drawn as
//! bar tables (text in CSS pixels, reflowing on a phone, readable by a screen
//! reader as the table they are), and indicator progress across projects.

use serde::Serialize;

use super::views::{self, In, IndicatorView, ReportView};
use crate::content::types::Money;
use crate::figures::tables::{from_projects, tables, FromProjects, Table, Unit};
use crate::i18n::I18n;

#[derive(Serialize)]
pub(crate) struct ResultsPage<'a> {
    pub(crate) items: Vec<ReportView<'a>>,
    /// The report covering the latest period, whose declared totals head the page.
    pub(crate) latest: Option<ReportView<'a>>,
    pub(crate) from_projects: FromProjects,
    pub(crate) charts: Vec<ChartView>,
    /// Where the indicators' rows go ([`INDICATORS`]), empty when no
    /// project has one.
    pub(crate) indicators: String,
    /// Each rendered on its own (`results-indicator.html`) in place of the
    /// mark: their 17,000 rows at 10,000 projects in the page's context held
    /// some 70 MB.
    #[serde(skip)]
    pub(crate) rows: Vec<IndicatorRow<'a>>,
}

/// The mark of the indicators' rows in the rendered page.
pub(crate) const INDICATORS: &str = "\u{E010}indicators\u{E010}";

#[derive(Serialize)]
pub(crate) struct IndicatorRow<'a> {
    pub(crate) project_title: &'a str,
    pub(crate) project_url: String,
    pub(crate) lang: &'a str,
    pub(crate) fallback: bool,
    pub(crate) indicator: IndicatorView<'a>,
}

#[derive(Serialize)]
pub(crate) struct ChartView {
    pub(crate) id: &'static str,
    pub(crate) csv_url: String,
    /// `money` or `count`.
    pub(crate) unit: &'static str,
    pub(crate) series: &'static [&'static str],
    pub(crate) rows: Vec<ChartRow>,
    /// The row with the largest value of the first series, for the chart's sentence.
    pub(crate) top: Option<usize>,
    /// Each series summed over the rows: the totals row.
    pub(crate) totals: Vec<Value>,
}

#[derive(Serialize)]
pub(crate) struct ChartRow {
    pub(crate) key: String,
    pub(crate) name: String,
    pub(crate) values: Vec<Bar>,
}

/// One value: a sum of money in the base currency or a count.
#[derive(Serialize)]
#[serde(untagged)]
pub(crate) enum Value {
    Money(Money),
    Count(u64),
}

#[derive(Serialize)]
pub(crate) struct Bar {
    pub(crate) value: Value,
    /// The bar's length, in percent of the largest value of the chart.
    pub(crate) width: f64,
}

fn value(unit: Unit, raw: u64) -> Value {
    match unit {
        Unit::Money(currency) => Value::Money(Money::new(raw, currency)),
        Unit::Count => Value::Count(raw),
    }
}

#[allow(
    clippy::cast_precision_loss,
    reason = "bar lengths need no more than f64 precision"
)]
fn chart(c: In<'_>, i18n: &I18n, table: &Table) -> ChartView {
    let max = table
        .rows
        .iter()
        .flat_map(|r| r.values.iter().copied())
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    // A value above 0 keeps a sliver of a bar, so that it is not read as 0.
    let width = |raw: u64| {
        let w = (raw as f64 / max * 1000.0).round() / 10.0;
        if raw > 0 {
            w.max(0.5)
        } else {
            0.0
        }
    };
    let rows = table
        .rows
        .iter()
        .map(|row| ChartRow {
            key: row.label.key(),
            name: row.label.name(c.site, i18n, c.lang),
            values: row
                .values
                .iter()
                .map(|raw| Bar {
                    value: value(table.unit, *raw),
                    width: width(*raw),
                })
                .collect(),
        })
        .collect();
    let top = table
        .rows
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.values[0].cmp(&b.1.values[0]).then(b.0.cmp(&a.0)))
        .filter(|(_, r)| r.values[0] > 0)
        .map(|(i, _)| i);
    ChartView {
        id: table.id,
        csv_url: format!("/{}", table.csv),
        unit: match table.unit {
            Unit::Money(_) => "money",
            Unit::Count => "count",
        },
        series: table.series,
        top,
        totals: (0..table.series.len())
            .map(|s| value(table.unit, table.rows.iter().map(|r| r.values[s]).sum()))
            .collect(),
        rows,
    }
}

pub(crate) fn results<'a>(c: In<'a>, i18n: &I18n) -> ResultsPage<'a> {
    let site = c.site;
    let rows: Vec<IndicatorRow<'a>> = site
        .projects
        .iter()
        .flat_map(|p| {
            let (words, used) = p.words_in(c.lang, site.config.languages.default);
            let url = c.url(crate::routes::Route::Entity(
                crate::content::Kind::Projects,
                p.slug.as_str(),
                0,
            ));
            views::indicators(c, &p.facts)
                .into_iter()
                .map(move |indicator| IndicatorRow {
                    project_title: &words.title,
                    project_url: url.clone(),
                    lang: site.config.languages.code(used),
                    fallback: used != c.lang,
                    indicator,
                })
        })
        .collect();
    ResultsPage {
        items: site.results.iter().map(|r| views::report(c, r)).collect(),
        latest: site
            .results
            .iter()
            .max_by_key(|r| (r.facts.to, r.facts.published))
            .map(|r| views::report(c, r)),
        from_projects: from_projects(site),
        charts: tables(site).iter().map(|t| chart(c, i18n, t)).collect(),
        indicators: if rows.is_empty() {
            String::new()
        } else {
            INDICATORS.to_string()
        },
        rows,
    }
}
