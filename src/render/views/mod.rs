//! Typed, borrowed views of the store for the templates, in one language.

mod base;
mod issue;
mod procedure;
mod project;
mod report;

pub use base::{
    entry, kind_url, locality, org, EntryView, FileView, In, LocalityView, Named, OrgView,
    WordsView,
};
pub use issue::{issue, IssueView};
pub use procedure::{procedure, LegalView, ProcedureView};
pub use project::{indicators, project, project_card, FundingView, IndicatorView, ProjectView};
pub use report::{report, ReportView, SliceView};
