//! Typed, borrowed views of the store for the templates, in one language.

mod base;
mod issue;
mod procedure;
mod project;
mod project_ld;
mod report;

pub(crate) use base::{entry, kind_url, locality, org, EntryView, In, LocalityView, OrgView};
pub(crate) use issue::{issue, IssueView};
pub(crate) use procedure::{procedure, ProcedureView};
pub(crate) use project::{indicators, project, project_card, IndicatorView, ProjectView};
pub(crate) use report::{report, ReportView};
