//! The target of names as staff type them: a slug is only ever what an
//! address may hold, and the anchor and search words made of any text are
//! too, since both end up in addresses and the search index.

use std::time::Duration;

use minhbach::fuzz;
use proptest::strategy::Strategy;

use crate::harness::{timed_twice, Gen, Target};
use crate::strategies::name_text;

pub(crate) fn target() -> Box<dyn Target> {
    Box::new(Gen {
        name: "slugs, folding, search tokens",
        strategy: name_text().boxed(),
        check: |text: &String| names(text),
    })
}

fn names(text: &str) -> Result<Duration, String> {
    let (took, (slug, (folded, anchor), tokens)) = timed_twice(|| {
        (
            fuzz::slug_problem(text),
            fuzz::fold_and_anchor(text),
            fuzz::tokens(text),
        )
    })?;
    if slug.is_none()
        && !text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        return Err(format!("{text:?} passed as a slug"));
    }
    if let Some(problem) = fuzz::slug_problem(&anchor) {
        return Err(format!(
            "the anchor {anchor:?} is not an address: {problem}"
        ));
    }
    if tokens
        .iter()
        .any(|t| t.is_empty() || t.chars().any(|c| !c.is_alphanumeric()))
    {
        return Err(format!(
            "search tokens with other than letters and digits: {tokens:?}"
        ));
    }
    let _ = folded;
    Ok(took)
}
