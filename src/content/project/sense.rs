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
use crate::messages::text;

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
            text!(
                "committed-over-requested",
                committed = grouped(committed),
                currency = currency,
                requested = grouped(requested)
            ),
            text!("committed-over-requested-fix"),
        );
    }
    let status = *raw.status.get_ref();
    if status == Status::Seeking && requested > 0 && committed >= requested {
        c.warning(
            raw.status.span(),
            text!(
                "seeking-but-covered",
                committed = grouped(committed),
                currency = currency
            ),
            text!("seeking-but-covered-fix"),
        );
    }
    if status == Status::Funded && committed < requested {
        c.warning(
            raw.status.span(),
            text!(
                "funded-but-short",
                committed = grouped(committed),
                requested = grouped(requested),
                currency = currency
            ),
            text!("funded-but-short-fix"),
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
            text!(
                "ended-but-open",
                end = end.get_ref().to_string(),
                status = status.key()
            ),
            text!("ended-but-open-fix"),
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
            text!("not-updated-for-a-year", last = last.to_string()),
            text!("not-updated-for-a-year-fix", today = c.today.to_string()),
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
            let fix = match &place.successor {
                Some(s) => text!("place-ceased-fix", successor = s.as_str()),
                None => text!("place-ceased-fix-today"),
            };
            c.warning(
                l.span(),
                text!(
                    "place-ceased",
                    published = published.to_string(),
                    place = l.get_ref(),
                    until = until.to_string()
                ),
                fix,
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
    let fix = match c.answering_today(ceased) {
        Some(s) => text!("owner-ceased-fix", successor = s.as_str()),
        None => text!("owner-ceased-fix-today"),
    };
    c.warning(
        raw.owner.span(),
        text!(
            "owner-ceased",
            owner = raw.owner.get_ref(),
            until = ceased.until.to_string()
        ),
        fix,
    );
}
