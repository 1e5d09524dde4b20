//! `/data/iati-activities.xml`: one IATI 2.03 activity per project, elements in
//! the order the schema requires.

use std::io;

use super::file::{DataFile, Dataset, Format};
use super::records::iati_identifier;
use super::xml::{drain, stream, text, XmlWriter};
use crate::config::Config;
use crate::content::organisation::{OrgKind, Organisation};
use crate::content::project::{Better, FundingKind, ProjectFacts, Status};
use crate::content::texts::Texts;
use chrono::{Datelike, NaiveDate};

use crate::content::types::{Date, LocalityKey, OrgKey};
use crate::content::Entry;
use crate::content::Kind;
use crate::i18n::I18n;
use crate::routes::absolute;
use crate::site::Site;

type W = XmlWriter;

/// `None` when the publisher has no IATI organisation identifier: without one
/// the file could not name its reporting organisation, which IATI requires.
pub(crate) fn activities<'a>(
    site: &'a Site,
    i18n: &'a I18n,
    last_change: Option<Date>,
) -> Option<DataFile<'a>> {
    site.orgs
        .get(site.config.publisher.get_ref())?
        .iati_ref
        .as_ref()?;
    Some(DataFile {
        path: "data/iati-activities.xml",
        format: Format::IatiXml,
        body: Box::new(move |out| stream(out, |w, out| write_all(w, out, site, i18n))),
        last_change,
        records: site.projects.len(),
        dataset: Dataset::Projects,
    })
}

fn write_all(w: &mut W, out: &mut dyn io::Write, site: &Site, i18n: &I18n) -> io::Result<()> {
    w.create_element("iati-activities")
        .with_attribute(("version", "2.03"))
        .write_inner_content(|w| {
            for p in &site.projects {
                activity(w, site, i18n, p)?;
                drain(w, out)?;
            }
            Ok(())
        })?;
    Ok(())
}

/// IATI `OrganisationType`: what kind of body an organisation is.
fn org_type(o: &Organisation) -> &'static str {
    match o.kind {
        OrgKind::Government | OrgKind::Donor => "10",
        OrgKind::Ngo if o.country == "VN" => "24",
        OrgKind::Ngo => "21",
        OrgKind::Un => "40",
        OrgKind::Other => "90",
    }
}

/// IATI `ActivityStatus`. A need still seeking funds is in the pipeline.
fn activity_status(status: Status) -> &'static str {
    match status {
        Status::Seeking | Status::PartlyFunded | Status::Funded => "1",
        Status::Ongoing => "2",
        Status::Completed => "4",
        Status::Withdrawn => "5",
    }
}

fn narratives(
    w: &mut W,
    site: &Site,
    items: impl IntoIterator<Item = (usize, String)>,
) -> io::Result<()> {
    for (lang, words) in items {
        w.create_element("narrative")
            .with_attribute(("xml:lang", site.config.languages.codes[lang].as_str()))
            .write_text_content(text(&words))?;
    }
    Ok(())
}

fn texts(texts: &Texts) -> Vec<(usize, String)> {
    texts.iter().map(|(l, t)| (l.0, t.to_string())).collect()
}

fn words<F>(
    entry: &Entry<F>,
    pick: impl Fn(&crate::content::Words<()>) -> &str,
) -> Vec<(usize, String)> {
    entry
        .words
        .iter()
        .enumerate()
        .filter_map(|(i, w)| w.as_ref().map(|w| (i, pick(w).to_string())))
        .collect()
}

fn org_element(
    w: &mut W,
    site: &Site,
    name: &str,
    key: &OrgKey,
    role: Option<&str>,
) -> io::Result<()> {
    let o = &site.orgs[key];
    let mut e = w.create_element(name);
    if let Some(r) = &o.iati_ref {
        e = e.with_attribute(("ref", r.as_str()));
    }
    e = e.with_attribute(("type", org_type(o)));
    if let Some(role) = role {
        e = e.with_attribute(("role", role));
    }
    e.write_inner_content(|w| narratives(w, site, texts(&o.name)))?;
    Ok(())
}

fn date_element(w: &mut W, name: &str, date: &str) -> io::Result<()> {
    w.create_element(name)
        .with_attribute(("iso-date", date))
        .write_empty()?;
    Ok(())
}

fn value(w: &mut W, amount: u64, currency: &str, date: Date) -> io::Result<()> {
    w.create_element("value")
        .with_attribute(("currency", currency))
        .with_attribute(("value-date", date.to_string().as_str()))
        .write_text_content(text(&amount.to_string()))?;
    Ok(())
}

/// The first and last day of the project: its own dates, else its period's.
fn span_dates(config: &Config, f: &ProjectFacts) -> (NaiveDate, NaiveDate) {
    let period = &config.periods[&f.period];
    let start = f.start.map_or_else(
        || NaiveDate::from_ymd_opt(period.from, 1, 1).expect("a valid year"),
        |d| d.0,
    );
    let end = f.end.map_or_else(
        || NaiveDate::from_ymd_opt(period.to, 12, 31).expect("a valid year"),
        |d| d.0,
    );
    (start, end.max(start))
}

fn span(config: &Config, f: &ProjectFacts) -> (String, String) {
    let (start, end) = span_dates(config, f);
    (start.to_string(), end.to_string())
}

fn activity(w: &mut W, site: &Site, i18n: &I18n, p: &Entry<ProjectFacts>) -> io::Result<()> {
    let config = &site.config;
    let f = &p.facts;
    let currency = f.budget.total.currency.code();
    let updated = format!("{}T00:00:00Z", f.last_change());
    w.create_element("iati-activity")
        .with_attribute(("last-updated-datetime", updated.as_str()))
        .with_attribute(("xml:lang", config.languages.default_code()))
        .with_attribute(("default-currency", currency))
        .write_inner_content(|w| {
            let identifier = iati_identifier(site, f).unwrap_or_default();
            w.create_element("iati-identifier")
                .write_text_content(text(&identifier))?;
            org_element(w, site, "reporting-org", config.publisher.get_ref(), None)?;
            w.create_element("title")
                .write_inner_content(|w| narratives(w, site, words(p, |w| &w.title)))?;
            w.create_element("description")
                .with_attribute(("type", "1"))
                .write_inner_content(|w| narratives(w, site, words(p, |w| &w.summary)))?;
            participating_orgs(w, site, f)?;
            w.create_element("activity-status")
                .with_attribute(("code", activity_status(f.status)))
                .write_empty()?;
            activity_dates(w, config, f)?;
            contact(w, site, f)?;
            w.create_element("recipient-country")
                .with_attribute(("code", "VN"))
                .with_attribute(("percentage", "100"))
                .write_empty()?;
            for key in &f.localities {
                location(w, site, key)?;
            }
            let sector = &config.sectors[&f.sector];
            w.create_element("sector")
                .with_attribute(("vocabulary", "1"))
                .with_attribute(("code", sector.dac.as_str()))
                .with_attribute(("percentage", "100"))
                .write_inner_content(|w| narratives(w, site, texts(&sector.name)))?;
            budgets(w, config, f)?;
            transactions(w, site, f)?;
            document_links(w, site, p)?;
            results(w, site, i18n, f)?;
            Ok(())
        })?;
    Ok(())
}

fn participating_orgs(w: &mut W, site: &Site, f: &ProjectFacts) -> io::Result<()> {
    let mut funders: Vec<&OrgKey> = f.funding.iter().map(|x| &x.donor).collect();
    funders.sort();
    funders.dedup();
    for funder in funders {
        org_element(w, site, "participating-org", funder, Some("1"))?;
    }
    org_element(w, site, "participating-org", &f.owner, Some("2"))?;
    org_element(w, site, "participating-org", &f.owner, Some("4"))?;
    Ok(())
}

fn activity_dates(w: &mut W, config: &Config, f: &ProjectFacts) -> io::Result<()> {
    let started = matches!(f.status, Status::Ongoing | Status::Completed);
    let (start, end) = span(config, f);
    // ActivityDateType: 1 planned start, 2 actual start, 3 planned end, 4 actual end.
    let start_type = if started && f.start.is_some() {
        "2"
    } else {
        "1"
    };
    let end_type = if f.status == Status::Completed && f.end.is_some() {
        "4"
    } else {
        "3"
    };
    for (kind, date) in [(start_type, start), (end_type, end)] {
        w.create_element("activity-date")
            .with_attribute(("type", kind))
            .with_attribute(("iso-date", date.as_str()))
            .write_empty()?;
    }
    Ok(())
}

fn contact(w: &mut W, site: &Site, f: &ProjectFacts) -> io::Result<()> {
    let Some(c) = &f.contact else { return Ok(()) };
    let owner = &site.orgs[&f.owner];
    w.create_element("contact-info")
        .with_attribute(("type", "1"))
        .write_inner_content(|w| {
            w.create_element("organisation")
                .write_inner_content(|w| narratives(w, site, texts(&owner.name)))?;
            w.create_element("person-name").write_inner_content(|w| {
                narratives(w, site, [(site.config.languages.default.0, c.name.clone())])
            })?;
            if let Some(phone) = &c.phone {
                w.create_element("telephone")
                    .write_text_content(text(phone))?;
            }
            if let Some(email) = &c.email {
                w.create_element("email").write_text_content(text(email))?;
            }
            Ok(())
        })?;
    Ok(())
}

/// A place with its name in each language, the names of its parents, and its
/// level as a `GeoNames` feature code (ADM1 province, ADM2 district, ADM3 commune).
fn location(w: &mut W, site: &Site, key: &LocalityKey) -> io::Result<()> {
    let config = &site.config;
    let chain: Vec<_> = config.locality_chain(key).collect();
    let level = chain.len().min(4);
    let full_names: Vec<(usize, String)> = config
        .languages
        .ids()
        .filter(|lang| chain[0].1.name.has(*lang))
        .map(|lang| {
            let names: Vec<&str> = chain.iter().map(|(_, l)| l.name.get(lang).0).collect();
            (lang.0, names.join(", "))
        })
        .collect();
    w.create_element("location")
        .with_attribute(("ref", key.as_str()))
        .write_inner_content(|w| {
            w.create_element("location-reach")
                .with_attribute(("code", "1"))
                .write_empty()?;
            w.create_element("name")
                .write_inner_content(|w| narratives(w, site, texts(&chain[0].1.name)))?;
            w.create_element("description")
                .write_inner_content(|w| narratives(w, site, full_names))?;
            w.create_element("administrative")
                .with_attribute(("vocabulary", "A4"))
                .with_attribute(("level", "0"))
                .with_attribute(("code", "VN"))
                .write_empty()?;
            w.create_element("feature-designation")
                .with_attribute(("code", format!("ADM{level}").as_str()))
                .write_empty()?;
            Ok(())
        })?;
    Ok(())
}

/// The activity's budgets are the aid it seeks (the counterpart funds in the
/// total are the province's own, not aid), one per year, since IATI limits a
/// budget period to a year: the owner's own years (`[[budget.years]]`), or
/// `requested` split over the years of the project in proportion to their
/// days, marked indicative.
fn budgets(w: &mut W, config: &Config, f: &ProjectFacts) -> io::Result<()> {
    let (start, end) = span_dates(config, f);
    let currency = f.budget.requested.currency.code();
    for (from, to, amount) in yearly_budgets(f, start, end) {
        w.create_element("budget")
            .with_attribute(("type", "1"))
            .with_attribute(("status", "1"))
            .write_inner_content(|w| {
                date_element(w, "period-start", &from.to_string())?;
                date_element(w, "period-end", &to.to_string())?;
                value(w, amount, currency, Date(from))
            })?;
    }
    Ok(())
}

/// Each year's period within `start..=end` and its share of the aid sought.
fn yearly_budgets(
    f: &ProjectFacts,
    start: NaiveDate,
    end: NaiveDate,
) -> Vec<(NaiveDate, NaiveDate, u64)> {
    let year_span = |year: i32| {
        let first = NaiveDate::from_ymd_opt(year, 1, 1)
            .unwrap_or(start)
            .max(start);
        let last = NaiveDate::from_ymd_opt(year, 12, 31)
            .unwrap_or(end)
            .min(end);
        (first, last)
    };
    if !f.budget.years.is_empty() {
        return f
            .budget
            .years
            .iter()
            .map(|y| {
                // A year outside the project's dates still gets its whole year.
                let (first, last) = if (start.year()..=end.year()).contains(&y.year) {
                    year_span(y.year)
                } else {
                    (
                        NaiveDate::from_ymd_opt(y.year, 1, 1).unwrap_or(start),
                        NaiveDate::from_ymd_opt(y.year, 12, 31).unwrap_or(end),
                    )
                };
                (first, last, y.requested.amount)
            })
            .collect();
    }
    let years: Vec<(NaiveDate, NaiveDate)> = (start.year()..=end.year()).map(year_span).collect();
    let days =
        |(a, b): &(NaiveDate, NaiveDate)| u64::try_from((*b - *a).num_days() + 1).unwrap_or(0);
    let total_days: u64 = years.iter().map(days).sum::<u64>().max(1);
    let requested = f.budget.requested.amount;
    let mut given = 0;
    let mut out = Vec::with_capacity(years.len());
    for (i, period) in years.iter().enumerate() {
        // The last year takes what rounding left, so the years add up exactly.
        let share = if i + 1 == years.len() {
            requested - given
        } else {
            u64::try_from(u128::from(requested) * u128::from(days(period)) / u128::from(total_days))
                .unwrap_or(0)
        };
        given += share;
        out.push((period.0, period.1, share));
    }
    out
}

fn transactions(w: &mut W, site: &Site, f: &ProjectFacts) -> io::Result<()> {
    for x in &f.funding {
        // TransactionType: 11 incoming commitment, 12 incoming funds.
        let kind = match x.kind {
            FundingKind::Committed => "11",
            FundingKind::Disbursed => "12",
        };
        w.create_element("transaction").write_inner_content(|w| {
            w.create_element("transaction-type")
                .with_attribute(("code", kind))
                .write_empty()?;
            date_element(w, "transaction-date", &x.date.to_string())?;
            value(w, x.amount.amount, x.amount.currency.code(), x.date)?;
            org_element(w, site, "provider-org", &x.donor, None)?;
            org_element(w, site, "receiver-org", &f.owner, None)
        })?;
    }
    Ok(())
}

fn document_links(w: &mut W, site: &Site, p: &Entry<ProjectFacts>) -> io::Result<()> {
    for lang in site.config.languages.ids() {
        let url = absolute(&site.config, Kind::Projects, p.slug.as_str(), lang);
        // The page's language is `lang`; its title may still be in the
        // default language, and its narrative says which.
        let (words, written_in) = p.words_in(lang, site.config.languages.default);
        let code = site.config.languages.code(lang);
        w.create_element("document-link")
            .with_attribute(("url", url.as_str()))
            .with_attribute(("format", "text/html"))
            .write_inner_content(|w| {
                w.create_element("title").write_inner_content(|w| {
                    narratives(w, site, [(written_in.0, words.title.clone())])
                })?;
                // DocumentCategory A12: activity web page.
                w.create_element("category")
                    .with_attribute(("code", "A12"))
                    .write_empty()?;
                w.create_element("language")
                    .with_attribute(("code", code))
                    .write_empty()?;
                Ok(())
            })?;
    }
    Ok(())
}

fn number(x: f64) -> String {
    format!("{x}")
}

fn results(w: &mut W, site: &Site, i18n: &I18n, f: &ProjectFacts) -> io::Result<()> {
    if f.indicators.is_empty() {
        return Ok(());
    }
    let (start, end) = span(&site.config, f);
    let baseline_year = start.get(..4).unwrap_or_default().to_string();
    // ResultType 1: output. One result groups the project's indicators.
    w.create_element("result")
        .with_attribute(("type", "1"))
        .write_inner_content(|w| {
            w.create_element("title")
                .write_inner_content(|w| narratives(w, site, result_titles(site, i18n)))?;
            for i in &f.indicators {
                w.create_element("indicator")
                    .with_attribute(("measure", "1"))
                    .with_attribute((
                        "ascending",
                        if i.better == Better::Higher { "1" } else { "0" },
                    ))
                    .write_inner_content(|w| {
                        let titles = i
                            .label
                            .iter()
                            .map(|(l, label)| (l.0, format!("{label} ({})", i.unit.get(l).0)));
                        w.create_element("title")
                            .write_inner_content(|w| narratives(w, site, titles))?;
                        w.create_element("baseline")
                            .with_attribute(("year", baseline_year.as_str()))
                            .with_attribute(("value", number(i.baseline).as_str()))
                            .write_empty()?;
                        w.create_element("period").write_inner_content(|w| {
                            date_element(w, "period-start", &start)?;
                            date_element(w, "period-end", &end)?;
                            w.create_element("target")
                                .with_attribute(("value", number(i.target).as_str()))
                                .write_empty()?;
                            if let Some(actual) = i.actual {
                                w.create_element("actual")
                                    .with_attribute(("value", number(actual).as_str()))
                                    .write_empty()?;
                            }
                            Ok(())
                        })?;
                        Ok(())
                    })?;
            }
            Ok(())
        })?;
    Ok(())
}

/// IATI requires a title on a result; it is an interface message, in every
/// language whose interface files have it.
fn result_titles(site: &Site, i18n: &I18n) -> Vec<(usize, String)> {
    site.config
        .languages
        .ids()
        .filter_map(|lang| Some((lang.0, i18n.own(lang, "iati-result-title")?)))
        .collect()
}
