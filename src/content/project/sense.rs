//! Facts of one project that contradict each other, or that time has made
//! untrue (the spec's "Figures" section lists them). They are warnings:
//! published silently they would mislead a donor; `--strict` makes them
//! mistakes.

use chrono::Months;

use super::{RawProject, Status};
use crate::content::check::Checker;
use crate::content::types::Date;
use crate::diagnostics::grouped;
use crate::figures::project::ProjectFigures;

pub(super) fn check(raw: &RawProject, figures: &ProjectFigures, c: &mut Checker<'_>) {
    committed_and_status(raw, figures, c);
    still_open_after_its_end(raw, c);
    not_updated_for_a_year(raw, c);
    placed_where_no_longer_exists(raw, c);
    owner_ceased(raw, c);
}

/// Committed above requested; seeking though fully committed; funded though
/// not.
fn committed_and_status(raw: &RawProject, figures: &ProjectFigures, c: &mut Checker<'_>) {
    let (committed, requested) = (figures.committed.amount, figures.requested.amount);
    let currency = figures.currency().code();
    if committed > requested {
        c.warning(
            raw.budget.requested.span(),
            format!(
                "the commitments add up to {} {currency}, more than the aid sought (`requested` = {})",
                grouped(committed),
                grouped(requested)
            ),
            "correct `requested` or the [[funding]] amounts: if donors gave more than was asked, raise `requested`",
        );
    }
    let status = *raw.status.get_ref();
    if status == Status::Seeking && requested > 0 && committed >= requested {
        c.warning(
            raw.status.span(),
            format!(
                "the status is `seeking`, but commitments of {} {currency} cover the aid sought",
                grouped(committed)
            ),
            "write status = \"funded\", or correct the [[funding]] entries",
        );
    }
    if status == Status::Funded && committed < requested {
        c.warning(
            raw.status.span(),
            format!(
                "the status is `funded`, but only {} of the {} {currency} sought is committed",
                grouped(committed),
                grouped(requested)
            ),
            "write status = \"partly-funded\", or add the missing [[funding]] commitment",
        );
    }
}

/// An open or ongoing project whose end has passed.
fn still_open_after_its_end(raw: &RawProject, c: &mut Checker<'_>) {
    let status = *raw.status.get_ref();
    let Some(end) = &raw.end else { return };
    if (status.is_open() || status == Status::Ongoing) && *end.get_ref() < c.today {
        c.warning(
            end.span(),
            format!(
                "the project ended on {}, but its status is still `{}`",
                end.get_ref(),
                status.key()
            ),
            "write status = \"completed\" (or \"withdrawn\"); if the project was extended, move `end` and set `updated`",
        );
    }
}

/// An open project whose facts nobody has checked for a year.
fn not_updated_for_a_year(raw: &RawProject, c: &mut Checker<'_>) {
    if !raw.status.get_ref().is_open() {
        return;
    }
    let (last, span) = match &raw.updated {
        Some(u) => (*u.get_ref(), u.span()),
        None => (*raw.published.get_ref(), raw.published.span()),
    };
    let a_year_ago = c.today.0.checked_sub_months(Months::new(12));
    if a_year_ago.is_some_and(|limit| last.0 < limit) {
        c.warning(
            span,
            format!("this open project was last updated on {last}, more than 12 months ago"),
            format!(
                "check its facts with the owner, then write updated = {}",
                c.today
            ),
        );
    }
}

/// A project published after one of its places ceased to exist.
fn placed_where_no_longer_exists(raw: &RawProject, c: &mut Checker<'_>) {
    let published: Date = *raw.published.get_ref();
    for l in raw.localities.get_ref() {
        let Some(place) = c.config.localities.get(l.get_ref().as_str()) else {
            continue;
        };
        let Some(until) = place.until else { continue };
        if published > until {
            let instead = place.successor.as_ref().map_or_else(
                || "a place that exists today".to_string(),
                |s| format!("`{s}`"),
            );
            c.warning(
                l.span(),
                format!(
                    "the project was published on {published}, after `{}` ceased to exist ({until})",
                    l.get_ref()
                ),
                format!("place it in {instead}"),
            );
        }
    }
}

/// An open project must not send donors to a body that no longer exists.
fn owner_ceased(raw: &RawProject, c: &mut Checker<'_>) {
    if !raw.status.get_ref().is_open() {
        return;
    }
    let Some(ceased) = c.ceased(raw.owner.get_ref()) else {
        return;
    };
    let successor = ceased.successor.as_ref().map_or_else(
        || "a body that exists today".to_string(),
        |s| format!("its successor `{s}`"),
    );
    c.warning(
        raw.owner.span(),
        format!(
            "the owner `{}` ceased to exist on {}, but the project still seeks aid",
            raw.owner.get_ref(),
            ceased.until
        ),
        format!("make {successor} the owner, so that donors reach a body that answers"),
    );
}
