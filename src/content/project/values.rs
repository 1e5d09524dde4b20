//! The values a project's facts are made of, shared with the figures that
//! are counted from them.

use serde::{Deserialize, Serialize};

use crate::content::texts::Texts;
use crate::content::types::{Date, Money, OrgKey};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Seeking,
    PartlyFunded,
    Funded,
    Ongoing,
    Completed,
    Withdrawn,
}

impl Status {
    /// Open projects still look for aid: the spec's `seeking` and `partly-funded`.
    pub fn is_open(self) -> bool {
        matches!(self, Status::Seeking | Status::PartlyFunded)
    }

    pub const ALL: [Status; 6] = [
        Status::Seeking,
        Status::PartlyFunded,
        Status::Funded,
        Status::Ongoing,
        Status::Completed,
        Status::Withdrawn,
    ];

    pub fn key(self) -> &'static str {
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
pub enum FundingKind {
    Committed,
    Disbursed,
}

#[derive(Debug, Serialize)]
pub struct Contact {
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
}

/// Total, aid sought and counterpart funds, all in one currency.
#[derive(Debug, Clone, Serialize)]
pub struct Budget {
    pub total: Money,
    pub requested: Money,
    pub counterpart: Money,
    /// The aid sought per year (format 2), adding up to `requested`; empty
    /// when not given.
    pub years: Vec<BudgetYear>,
}

#[derive(Debug, Clone, Copy, Serialize)]
pub struct BudgetYear {
    pub year: i32,
    pub requested: Money,
}

#[derive(Debug, Serialize)]
pub struct Funding {
    pub donor: OrgKey,
    pub kind: FundingKind,
    pub amount: Money,
    pub date: Date,
}

#[derive(Debug)]
pub struct Indicator {
    pub label: Texts,
    pub unit: Texts,
    pub baseline: f64,
    pub target: f64,
    pub actual: Option<f64>,
    pub better: Better,
}

/// Which way an indicator improves (format 2): most go up, a travel time down.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Better {
    #[default]
    Higher,
    Lower,
}
