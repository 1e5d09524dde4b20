//! The cells of the workbook's data sheets (and of `projects.csv`), from the
//! same validated facts and counted figures as `projects.json`.

use super::layout::{Column, Field, Sheet};
use crate::content::project::{Better, FundingKind, ProjectFacts};
use crate::content::texts::{LangId, Texts};
use crate::content::types::Date;
use crate::content::{Entry, Kind};
use crate::figures::project::entry_in_base;
use crate::i18n::I18n;
use crate::routes::absolute;
use crate::site::Site;

/// One cell's value, before it is written as a spreadsheet cell or as CSV.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Cell {
    Empty,
    Text(String),
    Whole(u64),
    Measure(f64),
    Day(Date),
    /// An address, shown as itself.
    Link(String),
}

impl Cell {
    /// As CSV writes it.
    pub(crate) fn plain(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(t) | Cell::Link(t) => t.clone(),
            Cell::Whole(n) => n.to_string(),
            Cell::Measure(x) => x.to_string(),
            Cell::Day(d) => d.to_string(),
        }
    }
}

fn text(s: &str) -> Cell {
    if s.is_empty() {
        Cell::Empty
    } else {
        Cell::Text(s.to_string())
    }
}

fn opt<T>(value: Option<T>, cell: impl FnOnce(T) -> Cell) -> Cell {
    value.map_or(Cell::Empty, cell)
}

/// A text in one language, empty where it has none in that language.
fn in_lang(texts: &Texts, lang: Option<LangId>) -> Cell {
    match lang {
        Some(lang) if texts.has(lang) => text(texts.get(lang).0),
        _ => Cell::Empty,
    }
}

/// Gives `each` every row of a data sheet, in the order of the catalogue,
/// one at a time: the workbook writes each row as it comes, and a
/// 10,000-project catalogue's rows held at once came to some 30 MB.
pub(crate) fn for_each_row<E>(
    site: &Site,
    i18n: &I18n,
    sheet: Sheet,
    columns: &[Column],
    mut each: impl FnMut(Vec<Cell>) -> Result<(), E>,
) -> Result<(), E> {
    for p in &site.projects {
        let f = &p.facts;
        let cells = |entry: &dyn Fn(&Column) -> Option<Cell>| -> Vec<Cell> {
            columns
                .iter()
                .map(|c| entry(c).unwrap_or_else(|| project_cell(site, i18n, p, c)))
                .collect()
        };
        match sheet {
            Sheet::Projects => each(cells(&|_| None))?,
            Sheet::Funding => {
                for x in &f.funding {
                    each(cells(&|c| {
                        Some(match c.field {
                            Field::Donor => text(x.donor.as_str()),
                            Field::DonorName => in_lang(&site.orgs[&x.donor].name, c.lang),
                            Field::FundingKind => text(match x.kind {
                                FundingKind::Committed => "committed",
                                FundingKind::Disbursed => "disbursed",
                            }),
                            Field::Amount => Cell::Whole(x.amount.amount),
                            Field::Currency => text(x.amount.currency.code()),
                            Field::Date => Cell::Day(x.date),
                            Field::AmountBase => Cell::Whole(entry_in_base(
                                x,
                                f.figures.currency(),
                                &site.config.money,
                            )),
                            _ => return None,
                        })
                    }))?;
                }
            }
            Sheet::Indicators => {
                for i in &f.indicators {
                    each(cells(&|c| {
                        Some(match c.field {
                            Field::Label => in_lang(&i.label, c.lang),
                            Field::Unit => in_lang(&i.unit, c.lang),
                            Field::Baseline => Cell::Measure(i.baseline),
                            Field::Target => Cell::Measure(i.target),
                            Field::Actual => opt(i.actual, Cell::Measure),
                            Field::Better => text(match i.better {
                                Better::Higher => "higher",
                                Better::Lower => "lower",
                            }),
                            _ => return None,
                        })
                    }))?;
                }
            }
            Sheet::Years => {
                for y in &f.budget.years {
                    each(cells(&|c| {
                        Some(match c.field {
                            Field::Year => Cell::Whole(u64::try_from(y.year).unwrap_or(0)),
                            Field::Requested => Cell::Whole(y.requested.amount),
                            _ => return None,
                        })
                    }))?;
                }
            }
            Sheet::ReadMe | Sheet::Lists => {}
        }
    }
    Ok(())
}

/// A cell of the projects sheet.
fn project_cell(site: &Site, i18n: &I18n, p: &Entry<ProjectFacts>, c: &Column) -> Cell {
    let f = &p.facts;
    let config = &site.config;
    let words = |pick: fn(&crate::content::Words<()>) -> &str| {
        c.lang
            .and_then(|lang| p.words[lang.0].as_ref())
            .map_or(Cell::Empty, |w| text(pick(w)))
    };
    match c.field {
        Field::Code => text(&f.code),
        Field::Slug => text(p.slug.as_str()),
        Field::Title => words(|w| &w.title),
        Field::Summary => words(|w| &w.summary),
        Field::Sector => text(f.sector.as_str()),
        Field::SectorName => in_lang(&config.sectors[&f.sector].name, c.lang),
        Field::SectorDac => text(&config.sectors[&f.sector].dac),
        Field::Localities => text(
            &f.localities
                .iter()
                .map(crate::content::types::LocalityKey::as_str)
                .collect::<Vec<_>>()
                .join(";"),
        ),
        Field::LocalityNames => {
            let names: Vec<String> = f
                .localities
                .iter()
                .map(|l| in_lang(&config.localities[l].name, c.lang).plain())
                .collect();
            text(&names.join("; "))
        }
        Field::Period => text(f.period.as_str()),
        Field::PeriodName => in_lang(&config.periods[&f.period].name, c.lang),
        Field::Status => text(f.status.key()),
        Field::StatusName => c.lang.map_or(Cell::Empty, |lang| {
            i18n.t(lang, &format!("status-{}", f.status.key()), None)
                .map_or(Cell::Empty, |t| text(&t))
        }),
        Field::Owner => text(f.owner.as_str()),
        Field::OwnerName => in_lang(&site.orgs[&f.owner].name, c.lang),
        Field::Published => Cell::Day(f.published),
        Field::Updated => opt(f.updated, Cell::Day),
        Field::Start => opt(f.start, Cell::Day),
        Field::End => opt(f.end, Cell::Day),
        Field::Beneficiaries => opt(f.beneficiaries, Cell::Whole),
        Field::Sdgs => text(
            &f.sdgs
                .iter()
                .map(u8::to_string)
                .collect::<Vec<_>>()
                .join(";"),
        ),
        Field::ContactName => opt(f.contact.as_ref(), |x| text(&x.name)),
        Field::ContactEmail => opt(f.contact.as_ref().and_then(|x| x.email.as_deref()), text),
        Field::ContactPhone => opt(f.contact.as_ref().and_then(|x| x.phone.as_deref()), text),
        Field::Currency | Field::ProjectCurrency => text(f.budget.total.currency.code()),
        Field::Total => Cell::Whole(f.budget.total.amount),
        Field::Requested => Cell::Whole(f.budget.requested.amount),
        Field::Counterpart => Cell::Whole(f.budget.counterpart.amount),
        Field::Committed => Cell::Whole(f.figures.committed.amount),
        Field::Disbursed => Cell::Whole(f.figures.disbursed.amount),
        Field::StillSought => Cell::Whole(f.figures.still_sought.amount),
        Field::CommittedBase => Cell::Whole(f.figures.base.committed),
        Field::DisbursedBase => Cell::Whole(f.figures.base.disbursed),
        Field::StillSoughtBase => Cell::Whole(f.figures.base.still_sought),
        Field::Url => c.lang.map_or(Cell::Empty, |lang| {
            Cell::Link(absolute(config, Kind::Projects, p.slug.as_str(), lang))
        }),
        // The fields of the other sheets have no value of the project's own.
        Field::Donor
        | Field::DonorName
        | Field::FundingKind
        | Field::Amount
        | Field::Date
        | Field::AmountBase
        | Field::Label
        | Field::Unit
        | Field::Baseline
        | Field::Target
        | Field::Actual
        | Field::Better
        | Field::Year => Cell::Empty,
    }
}
