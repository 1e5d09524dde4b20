//! The values a project's facts are made of, shared with the figures that
//! are counted from them.

use serde::{Deserialize, Serialize};

use crate::content::texts::Texts;
use crate::content::types::{Date, Money, OrgKey};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum Status {
    Seeking,
    PartlyFunded,
    Funded,
    Ongoing,
    Completed,
    Withdrawn,
}

impl Status {
    /// Open projects still look for aid: the spec's `seeking` and `partly-funded`.
    pub(crate) fn is_open(self) -> bool {
        matches!(self, Status::Seeking | Status::PartlyFunded)
    }

    pub(crate) const ALL: [Status; 6] = [
        Status::Seeking,
        Status::PartlyFunded,
        Status::Funded,
        Status::Ongoing,
        Status::Completed,
        Status::Withdrawn,
    ];

    pub(crate) fn key(self) -> &'static str {
        match self {
            Status::Seeking => "seeking",
            Status::PartlyFunded => "partly-funded",
            Status::Funded => "funded",
            Status::Ongoing => "ongoing",
            Status::Completed => "completed",
            Status::Withdrawn => "withdrawn",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum FundingKind {
    Committed,
    Disbursed,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct Contact {
    pub(crate) name: String,
    pub(crate) email: Option<String>,
    pub(crate) phone: Option<String>,
}

/// Total, aid sought and counterpart funds, all in one currency.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Budget {
    pub(crate) total: Money,
    pub(crate) requested: Money,
    pub(crate) counterpart: Money,
    /// The aid sought per year (format 2), adding up to `requested`; empty
    /// when not given.
    pub(crate) years: Vec<BudgetYear>,
}

#[derive(Debug, Clone, Copy, Serialize)]
pub(crate) struct BudgetYear {
    pub(crate) year: i32,
    pub(crate) requested: Money,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct Funding {
    pub(crate) donor: OrgKey,
    pub(crate) kind: FundingKind,
    pub(crate) amount: Money,
    pub(crate) date: Date,
}

#[derive(Debug, Clone)]
pub(crate) struct Indicator {
    pub(crate) label: Texts,
    pub(crate) unit: Texts,
    pub(crate) baseline: f64,
    pub(crate) target: f64,
    pub(crate) actual: Option<f64>,
    pub(crate) better: Better,
}

/// Which way an indicator improves (format 2): most go up, a travel time down.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Better {
    #[default]
    Higher,
    Lower,
}
