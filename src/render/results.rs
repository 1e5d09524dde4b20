//! The results page: headline figures with their sources, the charts drawn as
//! inline SVG with their tables, and indicator progress across projects.

use serde::Serialize;

use super::views::{self, In, IndicatorView, ReportView};
use crate::content::types::Money;
use crate::figures::{self, FromProjects, Table, Unit};
use crate::i18n::I18n;

/// Drawing sizes, in SVG user units (the chart scales to its container).
const WIDTH: f64 = 640.0;
/// Room right of the longest bar for its value.
const VALUE_ROOM: f64 = 190.0;
const LABEL_HEIGHT: f64 = 20.0;
const BAR_HEIGHT: f64 = 16.0;
const BAR_GAP: f64 = 3.0;
const ROW_GAP: f64 = 12.0;
const LEGEND_HEIGHT: f64 = 28.0;

#[derive(Serialize)]
pub struct ResultsPage<'a> {
    pub items: Vec<ReportView<'a>>,
    /// The report covering the latest period, whose declared totals head the page.
    pub latest: Option<ReportView<'a>>,
    pub from_projects: FromProjects,
    pub charts: Vec<ChartView>,
    pub indicators: Vec<IndicatorRow<'a>>,
}

#[derive(Serialize)]
pub struct IndicatorRow<'a> {
    pub project_title: &'a str,
    pub project_url: String,
    pub lang: &'a str,
    pub fallback: bool,
    pub indicator: IndicatorView<'a>,
}

#[derive(Serialize)]
pub struct ChartView {
    pub id: &'static str,
    pub csv_url: String,
    /// `money` or `count`.
    pub unit: &'static str,
    pub series: &'static [&'static str],
    pub rows: Vec<ChartRow>,
    /// The row with the largest value of the last series, for the chart's sentence.
    pub top: Option<usize>,
    /// Each series summed over the rows.
    pub totals: Vec<Value>,
    pub left_out: usize,
    pub height: f64,
    pub width: f64,
    pub legend: Vec<LegendItem>,
}

#[derive(Serialize)]
pub struct LegendItem {
    pub series: &'static str,
    pub x: f64,
}

#[derive(Serialize)]
pub struct ChartRow {
    pub key: String,
    pub name: String,
    /// Where the row's label sits.
    pub y: f64,
    pub values: Vec<Bar>,
}

/// One value: a sum of money in the base currency or a count.
#[derive(Serialize)]
#[serde(untagged)]
pub enum Value {
    Money(Money),
    Count(u64),
}

#[derive(Serialize)]
pub struct Bar {
    pub value: Value,
    pub raw: u64,
    pub y: f64,
    pub width: f64,
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
        .max(1);
    let scale = (WIDTH - VALUE_ROOM) / max as f64;
    let series_count = table.series.len() as f64;
    let row_height = LABEL_HEIGHT + series_count * (BAR_HEIGHT + BAR_GAP) + ROW_GAP;
    let rows: Vec<ChartRow> = table
        .rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let top = LEGEND_HEIGHT + i as f64 * row_height;
            ChartRow {
                key: row.label.key(),
                name: row.label.name(c.site, i18n, c.lang),
                y: top + LABEL_HEIGHT - 6.0,
                values: row
                    .values
                    .iter()
                    .enumerate()
                    .map(|(s, raw)| Bar {
                        value: value(table.unit, *raw),
                        raw: *raw,
                        y: top + LABEL_HEIGHT + s as f64 * (BAR_HEIGHT + BAR_GAP),
                        width: (*raw as f64 * scale).max(if *raw > 0 { 1.0 } else { 0.0 }),
                    })
                    .collect(),
            }
        })
        .collect();
    let last = table.series.len() - 1;
    let top = table
        .rows
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.values[last].cmp(&b.1.values[last]).then(b.0.cmp(&a.0)))
        .filter(|(_, r)| r.values[last] > 0)
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
        left_out: table.left_out,
        height: LEGEND_HEIGHT + rows.len() as f64 * row_height,
        width: WIDTH,
        legend: table
            .series
            .iter()
            .enumerate()
            .map(|(i, s)| LegendItem {
                series: s,
                x: i as f64 * 220.0,
            })
            .collect(),
        rows,
    }
}

pub fn results<'a>(c: In<'a>, i18n: &I18n) -> ResultsPage<'a> {
    let site = c.site;
    let indicators = site
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
        from_projects: figures::from_projects(site),
        charts: figures::tables(site)
            .iter()
            .map(|t| chart(c, i18n, t))
            .collect(),
        indicators,
    }
}
