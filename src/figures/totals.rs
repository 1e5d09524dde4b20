//! The totals of a set of projects (the site, the catalogue, a filter page),
//! under the names the spec gives them: `projects`, `open-projects`,
//! `still-sought`, `committed`, `disbursed`.

use serde::Serialize;

use super::project::ProjectFigures;
use crate::content::types::{Currency, Money};

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub(crate) struct Totals {
    /// Every project, withdrawn ones included.
    pub(crate) projects: usize,
    pub(crate) open_projects: usize,
    pub(crate) withdrawn: usize,
    /// In the base currency, like the two below; withdrawn projects count in
    /// no money total.
    pub(crate) still_sought: Money,
    pub(crate) committed: Money,
    pub(crate) disbursed: Money,
}

impl Totals {
    pub(crate) fn of<'a>(
        figures: impl IntoIterator<Item = &'a ProjectFigures>,
        base: Currency,
    ) -> Totals {
        let mut t = Totals {
            projects: 0,
            open_projects: 0,
            withdrawn: 0,
            still_sought: Money::new(0, base),
            committed: Money::new(0, base),
            disbursed: Money::new(0, base),
        };
        for f in figures {
            t.projects += 1;
            if f.withdrawn {
                t.withdrawn += 1;
                continue;
            }
            t.open_projects += usize::from(f.open);
            t.still_sought.amount += f.base.still_sought;
            t.committed.amount += f.base.committed;
            t.disbursed.amount += f.base.disbursed;
        }
        t
    }
}
