//! Every figure the site publishes, counted once as the spec defines it
//! (`content-format.md`, "Figures: how they are counted"): a project's own
//! figures, the totals of a set of projects, and the tables of the results
//! page.

pub(crate) mod project;
pub(crate) mod tables;
pub(crate) mod totals;
