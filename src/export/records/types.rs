//! The record types of the JSON files. Their doc comments become the JSON
//! Schema's descriptions; a field added here appears in the data and the schema
//! at once.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::Serialize;

/// Changes when a field is removed or changes meaning; adding a field does not.
pub(crate) const SCHEMA_VERSION: &str = "2.0";

/// A text in each language it is written in, by language code.
pub(super) type ByLanguage = BTreeMap<String, String>;

/// `/data/projects.json`: the catalogue of priority projects.
#[derive(Serialize, JsonSchema)]
// Generic so that the file can be written from records made one at a time
// (see `records::Records`); the schema is that of the list.
#[schemars(rename = "ProjectsFile")]
pub(super) struct ProjectsFile<P = Vec<ProjectRecord>> {
    /// Version of this file's schema (`projects.schema.json`).
    pub(super) schema_version: &'static str,
    /// The portal's address.
    pub(super) site: String,
    /// The currency totals are counted in.
    pub(super) base_currency: &'static str,
    /// The latest exchange rate of each currency: totals convert each
    /// project's figures at these.
    pub(super) rates: Vec<RateRecord>,
    /// The figures of the whole catalogue, in `base_currency`, as the pages
    /// show them (see the "How we count" page).
    pub(super) totals: TotalsRecord,
    pub(super) projects: P,
}

#[derive(Serialize, JsonSchema)]
pub(super) struct RateRecord {
    /// ISO 4217 code.
    pub(super) currency: &'static str,
    /// Units of the base currency for one unit of `currency`.
    pub(super) per_unit: f64,
    /// The day the rate applies from.
    pub(super) date: String,
}

#[derive(Serialize, JsonSchema)]
pub(super) struct TotalsRecord {
    /// Every project, withdrawn ones included.
    pub(super) projects: usize,
    /// Projects seeking aid or partly funded.
    pub(super) open_projects: usize,
    /// Withdrawn projects, which count in no money total.
    pub(super) withdrawn: usize,
    /// Aid still sought by open projects.
    pub(super) still_sought: u64,
    /// Committed by donors to projects not withdrawn.
    pub(super) committed: u64,
    /// Disbursed by donors to projects not withdrawn.
    pub(super) disbursed: u64,
}

/// One project seeking or receiving aid.
#[derive(Serialize, JsonSchema)]
pub(super) struct ProjectRecord {
    /// The project's folder name, part of its permanent address.
    pub(super) slug: String,
    /// The province's project code; never changes once published.
    pub(super) code: String,
    /// The IATI activity identifier, when the publisher has an IATI reference.
    pub(super) iati_identifier: Option<String>,
    pub(super) sector: SectorRecord,
    /// Where the project takes place, each with its parent units.
    pub(super) localities: Vec<LocalityRecord>,
    pub(super) period: PeriodRecord,
    /// seeking, partly-funded, funded, ongoing, completed or withdrawn.
    pub(super) status: &'static str,
    /// The organisation that owns the project and answers questions about it.
    pub(super) owner: OrgRecord,
    /// The day the need was first published (YYYY-MM-DD).
    pub(super) published: String,
    /// The day it was last updated, if ever.
    pub(super) updated: Option<String>,
    /// Planned or actual start (YYYY-MM-DD).
    pub(super) start: Option<String>,
    /// Planned or actual end (YYYY-MM-DD).
    pub(super) end: Option<String>,
    /// The number of people who benefit.
    pub(super) beneficiaries: Option<u64>,
    /// Sustainable Development Goals the project serves (1–17).
    pub(super) sdgs: Vec<u8>,
    pub(super) contact: Option<ContactRecord>,
    pub(super) budget: BudgetRecord,
    /// Seeking aid or partly funded.
    pub(super) open: bool,
    /// Committed by funders, in the currency of `budget`, each commitment
    /// converted at the rate of its day.
    pub(super) committed: u64,
    /// Disbursed by funders, in the currency of `budget`, converted likewise.
    pub(super) disbursed: u64,
    /// For an open project, aid sought less committed (never below 0), in
    /// the currency of `budget`; 0 for every other status.
    pub(super) still_sought: u64,
    /// `committed` in the base currency, at the latest rate.
    pub(super) committed_base: u64,
    /// `disbursed` in the base currency, at the latest rate.
    pub(super) disbursed_base: u64,
    /// `still_sought` in the base currency, at the latest rate.
    pub(super) still_sought_base: u64,
    /// Each commitment and disbursement as recorded.
    pub(super) funding: Vec<FundingRecord>,
    pub(super) indicators: Vec<IndicatorRecord>,
    /// Title, summary, keywords and body in each language written.
    pub(super) words: BTreeMap<String, WordsRecord>,
    /// The project's page in each language.
    pub(super) url: ByLanguage,
    /// Attachments published with the project.
    pub(super) files: Vec<FileRecord>,
}

#[derive(Serialize, JsonSchema)]
pub(super) struct SectorRecord {
    pub(super) key: String,
    /// OECD DAC 5-digit purpose code.
    pub(super) dac: String,
    pub(super) name: ByLanguage,
}

#[derive(Serialize, JsonSchema)]
pub(super) struct LocalityRecord {
    pub(super) key: String,
    pub(super) name: ByLanguage,
    /// Parent units, nearest first (district, then province).
    pub(super) parents: Vec<String>,
    /// The last day the unit existed, if it was merged or dissolved.
    pub(super) until: Option<String>,
    /// The unit that took over, if any.
    pub(super) successor: Option<String>,
}

#[derive(Serialize, JsonSchema)]
pub(super) struct PeriodRecord {
    pub(super) key: String,
    pub(super) from: i32,
    pub(super) to: i32,
    pub(super) name: ByLanguage,
}

#[derive(Serialize, JsonSchema)]
pub(super) struct OrgRecord {
    pub(super) key: String,
    pub(super) name: ByLanguage,
    /// government, ngo, donor, un or other.
    pub(super) kind: String,
    /// ISO 3166-1 alpha-2 country code.
    pub(super) country: String,
    pub(super) website: Option<String>,
    pub(super) email: Option<String>,
    /// IATI organisation identifier.
    pub(super) iati_ref: Option<String>,
    /// The last day the body existed, if it ceased.
    pub(super) until: Option<String>,
    /// The key of the body that took over.
    pub(super) successor: Option<String>,
}

#[derive(Serialize, JsonSchema)]
pub(super) struct ContactRecord {
    pub(super) name: String,
    pub(super) email: Option<String>,
    pub(super) phone: Option<String>,
}

#[derive(Serialize, JsonSchema)]
pub(super) struct BudgetRecord {
    /// ISO 4217 code of every amount of the budget.
    pub(super) currency: &'static str,
    /// The whole cost of the project.
    pub(super) total: u64,
    /// Aid sought from foreign donors.
    pub(super) requested: u64,
    /// Counterpart funds from the Vietnamese side.
    pub(super) counterpart: u64,
    /// The aid sought per year, when the owner planned it so; the years add
    /// up to `requested`.
    pub(super) years: Vec<BudgetYearRecord>,
}

#[derive(Serialize, JsonSchema)]
pub(super) struct BudgetYearRecord {
    pub(super) year: i32,
    pub(super) requested: u64,
}

#[derive(Serialize, JsonSchema)]
pub(super) struct FundingRecord {
    /// The funder's organisation key (see `funder_name`).
    pub(super) funder: String,
    pub(super) funder_name: ByLanguage,
    /// committed or disbursed.
    pub(super) kind: &'static str,
    pub(super) amount: u64,
    pub(super) currency: &'static str,
    /// The day of the commitment or disbursement.
    pub(super) date: String,
}

#[derive(Serialize, JsonSchema)]
pub(super) struct IndicatorRecord {
    pub(super) label: ByLanguage,
    pub(super) unit: ByLanguage,
    pub(super) baseline: f64,
    pub(super) target: f64,
    /// The latest measured value, if any.
    pub(super) actual: Option<f64>,
    /// higher or lower: which way the indicator improves.
    pub(super) better: &'static str,
}

#[derive(Serialize, JsonSchema)]
pub(super) struct WordsRecord {
    pub(super) title: String,
    pub(super) summary: String,
    pub(super) keywords: Vec<String>,
    /// The body as sanitised HTML.
    pub(super) body_html: String,
}

#[derive(Serialize, JsonSchema)]
pub(super) struct FileRecord {
    pub(super) name: String,
    /// Absolute address of the file.
    pub(super) url: String,
    /// Size in bytes.
    pub(super) bytes: u64,
}

#[derive(Serialize, JsonSchema)]
pub(super) struct FormRecord {
    pub(super) name: String,
    /// The title written in the form file's own metadata, if any.
    pub(super) title: Option<String>,
    /// Absolute address of the file.
    pub(super) url: String,
    /// Size in bytes.
    pub(super) bytes: u64,
}

/// `/data/procedures.json`: administrative procedures for aid and NGOs.
#[derive(Serialize, JsonSchema)]
pub(super) struct ProceduresFile {
    pub(super) schema_version: &'static str,
    pub(super) site: String,
    pub(super) procedures: Vec<ProcedureRecord>,
}

#[derive(Serialize, JsonSchema)]
pub(super) struct ProcedureRecord {
    pub(super) slug: String,
    /// The province's procedure code.
    pub(super) code: String,
    /// The code in the national public-service database, if any.
    pub(super) national_code: Option<String>,
    /// The agency that receives the dossier.
    pub(super) agency: OrgRecord,
    /// Who the procedure is for: ngo, agency, public.
    pub(super) audience: Vec<&'static str>,
    /// Time limit in working days.
    pub(super) time_limit_days: u32,
    /// Fee in `fee_currency`; 0 when free.
    pub(super) fee: u64,
    pub(super) fee_currency: &'static str,
    /// Where to apply online, if possible.
    pub(super) online_url: Option<String>,
    /// The day the procedure was last updated.
    pub(super) updated: String,
    /// Forms to fill in, with their titles and addresses.
    pub(super) forms: Vec<FormRecord>,
    pub(super) legal_basis: Vec<LegalBasisRecord>,
    /// The procedure's own page on the national public-service portal.
    pub(super) national_url: Option<String>,
    /// The decision that published the procedure.
    pub(super) decision: Option<String>,
    /// Where it is carried out: central, province or commune.
    pub(super) level: Option<&'static str>,
    /// The body that decides.
    pub(super) competent: Option<OrgRecord>,
    /// The bodies consulted.
    pub(super) coordinating: Vec<OrgRecord>,
    /// Where dossiers are received, and when.
    pub(super) desk: Option<DeskRecord>,
    /// Steps, documents, conditions and body in each language written.
    pub(super) words: BTreeMap<String, ProcedureWordsRecord>,
    pub(super) url: ByLanguage,
}

#[derive(Serialize, JsonSchema)]
pub(super) struct LegalBasisRecord {
    /// The legal document's number, like 80/2020/NĐ-CP.
    pub(super) reference: String,
    pub(super) date: String,
    pub(super) title: ByLanguage,
    /// The last day it was in force, if it was replaced.
    pub(super) until: Option<String>,
    /// The document that replaced it.
    pub(super) replaced_by: Option<String>,
}

#[derive(Serialize, JsonSchema)]
pub(super) struct DeskRecord {
    pub(super) address: ByLanguage,
    pub(super) hours: ByLanguage,
}

#[derive(Serialize, JsonSchema)]
pub(super) struct ProcedureWordsRecord {
    pub(super) title: String,
    pub(super) summary: String,
    /// What the applicant receives.
    pub(super) result: Option<String>,
    /// When a recurring obligation falls due.
    pub(super) due: Option<String>,
    pub(super) steps: Vec<StepRecord>,
    pub(super) documents: Vec<DocumentRecord>,
    pub(super) conditions: Vec<String>,
    pub(super) body_html: String,
}

#[derive(Serialize, JsonSchema)]
pub(super) struct StepRecord {
    pub(super) title: String,
    pub(super) text: String,
}

#[derive(Serialize, JsonSchema)]
pub(super) struct DocumentRecord {
    pub(super) name: String,
    pub(super) copies: u32,
}

/// `/data/results.json`: reports on the aid received.
#[derive(Serialize, JsonSchema)]
pub(super) struct ResultsFile {
    pub(super) schema_version: &'static str,
    pub(super) site: String,
    pub(super) reports: Vec<ReportRecord>,
}

#[derive(Serialize, JsonSchema)]
pub(super) struct ReportRecord {
    pub(super) slug: String,
    /// quarterly, half-year, annual or multi-year.
    pub(super) kind: &'static str,
    /// First day covered.
    pub(super) from: String,
    /// Last day covered.
    pub(super) to: String,
    pub(super) published: String,
    /// Projects and programmes approved in the period.
    pub(super) projects: u64,
    /// Aid committed in the period, in `currency`.
    pub(super) committed: u64,
    /// Aid disbursed in the period, in `currency`, if reported.
    pub(super) disbursed: Option<u64>,
    pub(super) currency: &'static str,
    pub(super) by_sector: Vec<SliceRecord>,
    pub(super) by_locality: Vec<SliceRecord>,
    pub(super) words: BTreeMap<String, WordsRecord>,
    pub(super) url: ByLanguage,
}

#[derive(Serialize, JsonSchema)]
pub(super) struct SliceRecord {
    /// The sector or locality key.
    pub(super) key: String,
    pub(super) name: ByLanguage,
    pub(super) projects: u64,
    /// Committed, in the report's currency.
    pub(super) committed: u64,
}
