//! The target of a `facts.toml` of each kind, checked against a small site:
//! its mistakes must come back the same twice, within the budget.

use minhbach::fuzz::{self, Facts};
use proptest::strategy::Strategy;

use crate::harness::{timed_twice, Gen, Target};
use crate::strategies::toml_text;

pub(crate) fn target() -> Box<dyn Target> {
    Box::new(Gen {
        name: "facts.toml",
        strategy: (0..4usize, toml_text()).boxed(),
        check: |(kind, text): &(usize, String)| {
            let kind = [
                Facts::Project,
                Facts::Procedure,
                Facts::Results,
                Facts::Bulletin,
            ][*kind];
            timed_twice(|| fuzz::facts(kind, text)).map(|(took, _)| took)
        },
    })
}
