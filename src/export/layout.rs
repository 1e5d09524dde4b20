//! The sheets and columns of `/data/projects.xlsx`, described once: the
//! workbook is written from this description, `projects.csv` takes its column
//! keys from it, and `minhbach import` reads a workbook back by it. What one
//! writes, the other can read.
//!
//! A column has a key (`sector`, `title_vi`: the name of the CSV column) and
//! a label in each language of the site (the interface messages
//! `workbook-col-*` of `i18n/<lang>/workbook.ftl`). A header cell reads
//! "Lĩnh vực / Sector": every language's label, the default language first.

use crate::content::texts::{LangId, Languages};
use crate::i18n::I18n;
use fluent_bundle::FluentArgs;

/// A sheet of the workbook.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Sheet {
    /// One row per project.
    Projects,
    /// One row per commitment or disbursement (`[[funding]]`).
    Funding,
    /// One row per indicator (`[[indicators]]`).
    Indicators,
    /// One row per year of aid sought (`[[budget.years]]`).
    Years,
    /// The definitions of the figures, the licence and the date.
    ReadMe,
    /// The keys and names the drop-down lists offer.
    Lists,
}

impl Sheet {
    /// In the order of the workbook.
    pub(crate) const ALL: [Sheet; 6] = [
        Sheet::Projects,
        Sheet::Funding,
        Sheet::Indicators,
        Sheet::Years,
        Sheet::ReadMe,
        Sheet::Lists,
    ];

    fn message(self) -> &'static str {
        match self {
            Sheet::Projects => "workbook-sheet-projects",
            Sheet::Funding => "workbook-sheet-funding",
            Sheet::Indicators => "workbook-sheet-indicators",
            Sheet::Years => "workbook-sheet-years",
            Sheet::ReadMe => "workbook-sheet-read-me",
            Sheet::Lists => "workbook-sheet-lists",
        }
    }

    /// The sheet's name in `lang`, as a spreadsheet allows it: at most 31
    /// characters, none of `[]:*?/\`.
    pub(crate) fn name(self, i18n: &I18n, lang: LangId) -> String {
        let name = i18n
            .t(lang, self.message(), None)
            .unwrap_or_else(|_| self.message().to_string());
        let clean: String = name
            .chars()
            .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\'))
            .take(31)
            .collect();
        clean.trim().to_string()
    }

    /// The sheet's name in each language of the site that has its own.
    pub(crate) fn names(self, i18n: &I18n, languages: &Languages) -> Vec<String> {
        languages
            .ids()
            .filter(|lang| own_message(i18n, *lang, self.message(), None).is_some())
            .map(|lang| self.name(i18n, lang))
            .collect()
    }

    /// The columns of a data sheet, in order; none for the read-me and lists.
    pub(crate) fn columns(self, languages: &Languages) -> Vec<Column> {
        let each = |field: Field| -> Vec<Column> {
            languages
                .ids()
                .map(|lang| Column::of(field, Some(lang)))
                .collect()
        };
        let one = |field: Field| vec![Column::of(field, None)];
        let fields: Vec<Vec<Column>> = match self {
            Sheet::Projects => vec![
                one(Field::Code),
                one(Field::Slug),
                each(Field::Title),
                each(Field::Summary),
                one(Field::Sector),
                each(Field::SectorName),
                one(Field::SectorDac),
                one(Field::Localities),
                each(Field::LocalityNames),
                one(Field::Period),
                each(Field::PeriodName),
                one(Field::Status),
                each(Field::StatusName),
                one(Field::Owner),
                each(Field::OwnerName),
                one(Field::Published),
                one(Field::Updated),
                one(Field::Start),
                one(Field::End),
                one(Field::Beneficiaries),
                one(Field::Sdgs),
                one(Field::ContactName),
                one(Field::ContactEmail),
                one(Field::ContactPhone),
                one(Field::Currency),
                one(Field::Total),
                one(Field::Requested),
                one(Field::Counterpart),
                one(Field::Committed),
                one(Field::Disbursed),
                one(Field::StillSought),
                one(Field::CommittedBase),
                one(Field::DisbursedBase),
                one(Field::StillSoughtBase),
                each(Field::Url),
            ],
            Sheet::Funding => vec![
                one(Field::Code),
                one(Field::Donor),
                each(Field::DonorName),
                one(Field::FundingKind),
                one(Field::Amount),
                one(Field::Currency),
                one(Field::Date),
                one(Field::AmountBase),
            ],
            Sheet::Indicators => vec![
                one(Field::Code),
                each(Field::Label),
                each(Field::Unit),
                one(Field::Baseline),
                one(Field::Target),
                one(Field::Actual),
                one(Field::Better),
            ],
            Sheet::Years => vec![
                one(Field::Code),
                one(Field::Year),
                one(Field::Requested),
                one(Field::ProjectCurrency),
            ],
            Sheet::ReadMe | Sheet::Lists => Vec::new(),
        };
        fields.into_iter().flatten().collect()
    }
}

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Field {
    Code,
    Slug,
    Title,
    Summary,
    Sector,
    SectorName,
    SectorDac,
    Localities,
    LocalityNames,
    Period,
    PeriodName,
    Status,
    StatusName,
    Owner,
    OwnerName,
    Published,
    Updated,
    Start,
    End,
    Beneficiaries,
    Sdgs,
    ContactName,
    ContactEmail,
    ContactPhone,
    Currency,
    Total,
    Requested,
    Counterpart,
    Committed,
    Disbursed,
    StillSought,
    CommittedBase,
    DisbursedBase,
    StillSoughtBase,
    Url,
    Donor,
    DonorName,
    FundingKind,
    Amount,
    Date,
    AmountBase,
    Label,
    Unit,
    Baseline,
    Target,
    Actual,
    Better,
    Year,
    /// The project's currency, shown beside its years; read from the projects sheet.
    ProjectCurrency,
}

/// How a column's cells are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shape {
    /// A short key or code.
    Key,
    /// Words a reader reads.
    Words,
    /// A day.
    Day,
    /// An amount of money: a whole number, grouped.
    Money,
    /// A count or a year.
    Count,
    /// A measured value, maybe with decimals.
    Measure,
    /// An address, as a link.
    Link,
}

impl Field {
    /// The column's key without its language: the CSV column's name.
    pub(crate) fn key(self) -> &'static str {
        match self {
            Field::Code => "code",
            Field::Slug => "slug",
            Field::Title => "title",
            Field::Summary => "summary",
            Field::Sector => "sector",
            Field::SectorName => "sector_name",
            Field::SectorDac => "sector_dac",
            Field::Localities => "localities",
            Field::LocalityNames => "localities_name",
            Field::Period => "period",
            Field::PeriodName => "period_name",
            Field::Status => "status",
            Field::StatusName => "status_name",
            Field::Owner => "owner",
            Field::OwnerName => "owner_name",
            Field::Published => "published",
            Field::Updated => "updated",
            Field::Start => "start",
            Field::End => "end",
            Field::Beneficiaries => "beneficiaries",
            Field::Sdgs => "sdgs",
            Field::ContactName => "contact_name",
            Field::ContactEmail => "contact_email",
            Field::ContactPhone => "contact_phone",
            Field::Currency => "currency",
            Field::Total => "total",
            Field::Requested => "requested",
            Field::Counterpart => "counterpart",
            Field::Committed => "committed",
            Field::Disbursed => "disbursed",
            Field::StillSought => "still_sought",
            Field::CommittedBase => "committed_base",
            Field::DisbursedBase => "disbursed_base",
            Field::StillSoughtBase => "still_sought_base",
            Field::Url => "url",
            Field::Donor => "donor",
            Field::DonorName => "donor_name",
            Field::FundingKind => "kind",
            Field::Amount => "amount",
            Field::Date => "date",
            Field::AmountBase => "amount_base",
            Field::Label => "label",
            Field::Unit => "unit",
            Field::Baseline => "baseline",
            Field::Target => "target",
            Field::Actual => "actual",
            Field::Better => "better",
            Field::Year => "year",
            Field::ProjectCurrency => "project_currency",
        }
    }

    /// For a name column, the key column it names.
    pub(crate) fn name_of(self) -> Option<Field> {
        match self {
            Field::SectorName => Some(Field::Sector),
            Field::LocalityNames => Some(Field::Localities),
            Field::PeriodName => Some(Field::Period),
            Field::StatusName => Some(Field::Status),
            Field::OwnerName => Some(Field::Owner),
            Field::DonorName => Some(Field::Donor),
            _ => None,
        }
    }

    pub(crate) fn shape(self) -> Shape {
        match self {
            Field::Title
            | Field::Summary
            | Field::SectorName
            | Field::LocalityNames
            | Field::PeriodName
            | Field::StatusName
            | Field::OwnerName
            | Field::DonorName
            | Field::Label
            | Field::Unit
            | Field::ContactName => Shape::Words,
            Field::Published | Field::Updated | Field::Start | Field::End | Field::Date => {
                Shape::Day
            }
            Field::Total
            | Field::Requested
            | Field::Counterpart
            | Field::Committed
            | Field::Disbursed
            | Field::StillSought
            | Field::CommittedBase
            | Field::DisbursedBase
            | Field::StillSoughtBase
            | Field::Amount
            | Field::AmountBase => Shape::Money,
            Field::Beneficiaries | Field::Year => Shape::Count,
            Field::Baseline | Field::Target | Field::Actual => Shape::Measure,
            Field::Url => Shape::Link,
            _ => Shape::Key,
        }
    }

    /// The interface message of the column's label.
    fn message(self) -> String {
        format!("workbook-col-{}", self.key().replace('_', "-"))
    }
}

/// One column of a data sheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Column {
    pub(crate) field: Field,
    /// For a column per language, its language.
    pub(crate) lang: Option<LangId>,
}

impl Column {
    fn of(field: Field, lang: Option<LangId>) -> Column {
        Column { field, lang }
    }

    /// `code`, `title_vi`: the CSV column's name.
    pub(crate) fn key(&self, languages: &Languages) -> String {
        match self.lang {
            Some(lang) => format!("{}_{}", self.field.key(), languages.code(lang)),
            None => self.field.key().to_string(),
        }
    }

    /// The label in `lang`, when the site has that label in `lang` itself.
    pub(crate) fn label(
        &self,
        i18n: &I18n,
        languages: &Languages,
        base: &str,
        lang: LangId,
    ) -> Option<String> {
        let mut args = FluentArgs::new();
        if let Some(of) = self.lang {
            args.set("lang", languages.code(of).to_string());
        }
        args.set("currency", base.to_string());
        own_message(i18n, lang, &self.field.message(), Some(&args))
    }

    /// The header cell: the label in every language, the default first,
    /// each said once; the key where no language has a label.
    pub(crate) fn header(&self, i18n: &I18n, languages: &Languages, base: &str) -> String {
        let labels = every_language(languages, |lang| self.label(i18n, languages, base, lang));
        if labels.is_empty() {
            self.key(languages)
        } else {
            labels
        }
    }
}

/// A text in every language that has it, the default first, each said once,
/// joined by " / ": "Lĩnh vực / Sector".
pub(crate) fn every_language(
    languages: &Languages,
    text: impl Fn(LangId) -> Option<String>,
) -> String {
    let mut said: Vec<String> = Vec::new();
    let order = std::iter::once(languages.default)
        .chain(languages.ids().filter(|l| *l != languages.default));
    for lang in order {
        if let Some(t) = text(lang) {
            if !said.contains(&t) {
                said.push(t);
            }
        }
    }
    said.join(" / ")
}

/// The interface message `id` with `args` in `lang`'s own files, without
/// falling back to another language.
pub(crate) fn own_message(
    i18n: &I18n,
    lang: LangId,
    id: &str,
    args: Option<&FluentArgs<'_>>,
) -> Option<String> {
    i18n.t_in(lang, id, args)
        .ok()
        .and_then(|(text, used)| (used == lang).then_some(text))
}

/// A spreadsheet's column letters: 0 is A, 25 is Z, 26 is AA.
pub(crate) fn column_letters(mut i: usize) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(char::from(b'A' + u8::try_from(i % 26).unwrap_or(0)));
        if i < 26 {
            break;
        }
        i = i / 26 - 1;
    }
    letters.iter().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::column_letters;

    #[test]
    fn names_columns_as_a_spreadsheet_does() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27 * 26), "AAA");
    }
}
