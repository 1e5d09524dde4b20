//! The JSON files and their JSON Schema, derived from the same record types so
//! that the schema cannot drift from the data.

use std::collections::BTreeMap;

use serde::Serialize;

use super::file::{made, DataFile, Dataset, Format};
use crate::content::procedure::ProcedureFacts;
use crate::content::project::{Better, FundingKind, ProjectFacts};
use crate::content::results::Slice;
use crate::content::texts::Texts;
use crate::content::types::{Date, Money};
use crate::content::words::ProcedureParts;
use crate::content::{Entry, Words};
use crate::figures::totals::Totals;
use crate::routes::absolute_by_language;
use crate::site::Site;

mod together;
mod types;

pub(crate) use together::write_projects;

pub(crate) use types::SCHEMA_VERSION;
use types::{
    BudgetRecord, BudgetYearRecord, ByLanguage, ContactRecord, DeskRecord, DocumentRecord,
    FileRecord, FormRecord, FundingRecord, IndicatorRecord, LegalBasisRecord, LocalityRecord,
    OrgRecord, PeriodRecord, ProcedureRecord, ProcedureWordsRecord, ProceduresFile, ProjectRecord,
    ProjectsFile, RateRecord, ReportRecord, ResultsFile, SectorRecord, SliceRecord, StepRecord,
    TotalsRecord, WordsRecord,
};

/// A report's breakdown, each row named in every language.
fn slices<'s, K: AsRef<str> + 's>(
    site: &Site,
    rows: &'s [Slice<K>],
    name: impl Fn(&'s K) -> &'s Texts,
) -> Vec<SliceRecord> {
    rows.iter()
        .map(|s| SliceRecord {
            key: s.key.as_ref().to_string(),
            name: by_language(site, name(&s.key)),
            projects: s.projects,
            committed: s.committed.amount,
        })
        .collect()
}

fn by_language(site: &Site, texts: &Texts) -> ByLanguage {
    texts
        .iter()
        .map(|(lang, text)| {
            (
                site.config.languages.code(lang).to_string(),
                text.to_string(),
            )
        })
        .collect()
}

fn words_by_language<F, X, R>(
    site: &Site,
    entry: &Entry<F, X>,
    record: impl Fn(&Words<X>) -> R,
) -> BTreeMap<String, R> {
    entry
        .words
        .iter()
        .enumerate()
        .filter_map(|(i, w)| w.as_ref().map(|w| (i, w)))
        .map(|(i, w)| {
            let code = site.config.languages.codes[i].clone();
            (code, record(w))
        })
        .collect()
}

fn words_record<X>(w: &Words<X>) -> WordsRecord {
    WordsRecord {
        title: w.title.clone(),
        summary: w.summary.clone(),
        keywords: w.keywords.clone(),
        body_html: w.body.clone(),
    }
}

fn org(site: &Site, key: &crate::content::types::OrgKey) -> OrgRecord {
    let o = &site.orgs[key];
    OrgRecord {
        key: key.as_str().to_string(),
        name: by_language(site, &o.name),
        kind: serde_json::to_value(o.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default(),
        country: o.country.clone(),
        website: o.website.clone(),
        email: o.email.clone(),
        iati_ref: o.iati_ref.clone(),
        until: o.until.map(day),
        successor: o.successor.as_ref().map(|s| s.as_str().to_string()),
    }
}

fn files<F, X>(site: &Site, entry: &Entry<F, X>) -> Vec<FileRecord> {
    let prefix = entry.public_files_prefix();
    entry
        .files
        .iter()
        .map(|f| FileRecord {
            name: f.name.clone(),
            url: format!("{}{prefix}/{}", site.config.base_url, f.name),
            bytes: f.bytes,
        })
        .collect()
}

fn day(d: Date) -> String {
    d.to_string()
}

/// The IATI identifier of a project: the publisher's reference, `-`, the code.
pub(crate) fn iati_identifier(site: &Site, facts: &ProjectFacts) -> Option<String> {
    let publisher = site.orgs.get(site.config.publisher.get_ref())?;
    Some(format!("{}-{}", publisher.iati_ref.as_ref()?, facts.code))
}

/// A place, with the units it belongs to and, if it ceased, its successor.
fn locality(site: &Site, key: &crate::content::types::LocalityKey) -> LocalityRecord {
    let config = &site.config;
    let l = &config.localities[key];
    LocalityRecord {
        key: key.as_str().to_string(),
        name: by_language(site, &l.name),
        parents: config
            .locality_chain(key)
            .skip(1)
            .map(|(k, _)| k.as_str().to_string())
            .collect(),
        until: l.until.map(day),
        successor: l.successor.as_ref().map(|s| s.as_str().to_string()),
    }
}

fn project(site: &Site, p: &Entry<ProjectFacts>) -> ProjectRecord {
    let f = &p.facts;
    let config = &site.config;
    ProjectRecord {
        slug: p.slug.as_str().to_string(),
        code: f.code.clone(),
        iati_identifier: iati_identifier(site, f),
        sector: SectorRecord {
            key: f.sector.as_str().to_string(),
            dac: config.sectors[&f.sector].dac.clone(),
            name: by_language(site, &config.sectors[&f.sector].name),
        },
        localities: f.localities.iter().map(|key| locality(site, key)).collect(),
        period: {
            let period = &config.periods[&f.period];
            PeriodRecord {
                key: f.period.as_str().to_string(),
                from: period.from,
                to: period.to,
                name: by_language(site, &period.name),
            }
        },
        status: f.status.key(),
        owner: org(site, &f.owner),
        published: day(f.published),
        updated: f.updated.map(day),
        start: f.start.map(day),
        end: f.end.map(day),
        beneficiaries: f.beneficiaries,
        sdgs: f.sdgs.clone(),
        contact: f.contact.as_ref().map(|c| ContactRecord {
            name: c.name.clone(),
            email: c.email.clone(),
            phone: c.phone.clone(),
        }),
        budget: BudgetRecord {
            currency: f.budget.total.currency.code(),
            total: f.budget.total.amount,
            requested: f.budget.requested.amount,
            counterpart: f.budget.counterpart.amount,
            years: f
                .budget
                .years
                .iter()
                .map(|y| BudgetYearRecord {
                    year: y.year,
                    requested: y.requested.amount,
                })
                .collect(),
        },
        open: f.figures.open,
        committed: f.figures.committed.amount,
        disbursed: f.figures.disbursed.amount,
        still_sought: f.figures.still_sought.amount,
        committed_base: f.figures.base.committed,
        disbursed_base: f.figures.base.disbursed,
        still_sought_base: f.figures.base.still_sought,
        funding: f
            .funding
            .iter()
            .map(|x| FundingRecord {
                funder: x.donor.as_str().to_string(),
                funder_name: by_language(site, &site.orgs[&x.donor].name),
                kind: match x.kind {
                    FundingKind::Committed => "committed",
                    FundingKind::Disbursed => "disbursed",
                },
                amount: x.amount.amount,
                currency: x.amount.currency.code(),
                date: day(x.date),
            })
            .collect(),
        indicators: f
            .indicators
            .iter()
            .map(|i| IndicatorRecord {
                label: by_language(site, &i.label),
                unit: by_language(site, &i.unit),
                baseline: i.baseline,
                target: i.target,
                actual: i.actual,
                better: match i.better {
                    Better::Higher => "higher",
                    Better::Lower => "lower",
                },
            })
            .collect(),
        words: words_by_language(site, p, words_record),
        url: absolute_by_language(&site.config, p.kind, p.slug.as_str()),
        files: files(site, p),
    }
}

/// The projects of `projects.json`, serialised whole: what `together`
/// writes record by record is held to it.
#[cfg(test)]
struct Records<'s>(&'s Site);

#[cfg(test)]
impl Serialize for Records<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.projects.iter().map(|p| project(self.0, p)))
    }
}

/// `projects.json` with `projects` as its list (see `together`).
fn projects_file<P>(site: &Site, projects: P) -> ProjectsFile<P> {
    ProjectsFile {
        schema_version: SCHEMA_VERSION,
        site: site.config.base_url.clone(),
        base_currency: site.config.money.base.code(),
        rates: site
            .config
            .money
            .latest()
            .map(|(currency, rate)| RateRecord {
                currency: currency.code(),
                per_unit: rate.per_unit,
                date: day(rate.date),
            })
            .collect(),
        totals: {
            let t = Totals::of(
                site.projects.iter().map(|p| &p.facts.figures),
                site.config.money.base,
            );
            TotalsRecord {
                projects: t.projects,
                open_projects: t.open_projects,
                withdrawn: t.withdrawn,
                still_sought: t.still_sought.amount,
                committed: t.committed.amount,
                disbursed: t.disbursed.amount,
            }
        },
        projects,
    }
}

fn procedure(site: &Site, p: &Entry<ProcedureFacts, ProcedureParts>) -> ProcedureRecord {
    let f = &p.facts;
    let prefix = p.public_files_prefix();
    ProcedureRecord {
        slug: p.slug.as_str().to_string(),
        code: f.code.clone(),
        national_code: f.national_code.clone(),
        agency: org(site, &f.agency),
        audience: f.audience.iter().map(|a| a.key()).collect(),
        time_limit_days: f.time_limit_days,
        fee: f.fee,
        fee_currency: site.config.money.base.code(),
        online_url: f.online_url.clone(),
        updated: day(f.updated),
        forms: f
            .forms
            .iter()
            .map(|form| FormRecord {
                name: form.name.clone(),
                title: form.title.clone(),
                url: format!("{}{prefix}/{}", site.config.base_url, form.name),
                bytes: p
                    .files
                    .iter()
                    .find(|a| a.name == form.name)
                    .map_or(0, |a| a.bytes),
            })
            .collect(),
        legal_basis: f
            .legal_basis
            .iter()
            .map(|l| LegalBasisRecord {
                reference: l.reference.clone(),
                date: day(l.date),
                title: by_language(site, &l.title),
                until: l.until.map(day),
                replaced_by: l.replaced_by.clone(),
            })
            .collect(),
        national_url: f.national_url.clone(),
        decision: f.decision.clone(),
        level: f.level.map(crate::content::procedure::Level::key),
        competent: f.competent.as_ref().map(|k| org(site, k)),
        coordinating: f.coordinating.iter().map(|k| org(site, k)).collect(),
        desk: f.desk.as_ref().map(|d| DeskRecord {
            address: by_language(site, &d.address),
            hours: by_language(site, &d.hours),
        }),
        words: words_by_language(site, p, |w| ProcedureWordsRecord {
            title: w.title.clone(),
            summary: w.summary.clone(),
            result: w.extra.result.clone(),
            due: w.extra.due.clone(),
            steps: w
                .extra
                .steps
                .iter()
                .map(|s| StepRecord {
                    title: s.title.clone(),
                    text: s.text.clone(),
                })
                .collect(),
            documents: w
                .extra
                .documents
                .iter()
                .map(|d| DocumentRecord {
                    name: d.name.clone(),
                    copies: d.copies,
                })
                .collect(),
            conditions: w.extra.conditions.clone(),
            body_html: w.body.clone(),
        }),
        url: absolute_by_language(&site.config, p.kind, p.slug.as_str()),
    }
}

pub(crate) fn procedures_json(site: &Site, last_change: Option<Date>) -> DataFile<'_> {
    let file = ProceduresFile {
        schema_version: SCHEMA_VERSION,
        site: site.config.base_url.clone(),
        procedures: site.procedures.iter().map(|p| procedure(site, p)).collect(),
    };
    let records = file.procedures.len();
    json_file(
        "data/procedures.json",
        file,
        records,
        Dataset::Procedures,
        last_change,
    )
}

pub(crate) fn results_json(site: &Site, last_change: Option<Date>) -> DataFile<'_> {
    let config = &site.config;
    let file = ResultsFile {
        schema_version: SCHEMA_VERSION,
        site: config.base_url.clone(),
        reports: site
            .results
            .iter()
            .map(|r| {
                let f = &r.facts;
                ReportRecord {
                    slug: r.slug.as_str().to_string(),
                    kind: f.kind.key(),
                    from: day(f.from),
                    to: day(f.to),
                    published: day(f.published),
                    projects: f.projects,
                    committed: f.committed.amount,
                    disbursed: f.disbursed.map(|m: Money| m.amount),
                    currency: f.committed.currency.code(),
                    by_sector: slices(site, &f.by_sector, |k| &config.sectors[k].name),
                    by_locality: slices(site, &f.by_locality, |k| &config.localities[k].name),
                    words: words_by_language(site, r, words_record),
                    url: absolute_by_language(&site.config, r.kind, r.slug.as_str()),
                }
            })
            .collect(),
    };
    let records = file.reports.len();
    json_file(
        "data/results.json",
        file,
        records,
        Dataset::Results,
        last_change,
    )
}

fn json_file<'a, T: Serialize + Send + 'a>(
    path: &'static str,
    value: T,
    records: usize,
    dataset: Dataset,
    last_change: Option<Date>,
) -> DataFile<'a> {
    DataFile {
        path,
        format: Format::Json,
        body: Box::new(move |w| {
            serde_json::to_writer_pretty(&mut *w, &value)?;
            w.write_all(b"\n")
        }),
        last_change,
        records,
        dataset,
    }
}

fn schema(dataset: Dataset) -> schemars::Schema {
    let mut schema = match dataset {
        Dataset::Projects => schemars::schema_for!(ProjectsFile),
        Dataset::Procedures => schemars::schema_for!(ProceduresFile),
        Dataset::Results => schemars::schema_for!(ResultsFile),
    };
    schema.insert("version".into(), SCHEMA_VERSION.into());
    schema
}

pub(crate) fn schema_file(dataset: Dataset, last_change: Option<Date>) -> DataFile<'static> {
    let path = match dataset {
        Dataset::Projects => "data/projects.schema.json",
        Dataset::Procedures => "data/procedures.schema.json",
        Dataset::Results => "data/results.schema.json",
    };
    let mut bytes = serde_json::to_vec_pretty(&schema(dataset)).expect("a schema is JSON");
    bytes.push(b'\n');
    DataFile {
        path,
        format: Format::JsonSchema,
        body: made(bytes),
        last_change,
        records: 0,
        dataset,
    }
}

/// The fields of one record of a dataset, in the schema's order, for the
/// open-data page's field list.
pub(crate) fn schema_fields(dataset: Dataset) -> Vec<String> {
    let item = match dataset {
        Dataset::Projects => "ProjectRecord",
        Dataset::Procedures => "ProcedureRecord",
        Dataset::Results => "ReportRecord",
    };
    let value = schema(dataset).to_value();
    value["$defs"][item]["properties"]
        .as_object()
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default()
}
