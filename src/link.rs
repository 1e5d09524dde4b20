//! Link: what can only be checked once every entity is loaded — unique codes,
//! bulletin order, featured projects, the publisher, procedure step counts.

use std::collections::HashMap;

use crate::content::bulletin::BulletinFacts;
use crate::content::procedure::ProcedureFacts;
use crate::content::types::{OrgKey, Slug};
use crate::content::words::ProcedureParts;
use crate::content::{Entry, Kind};
use crate::diagnostics::{suggest, suggest_or, Diagnostic, Diagnostics, Position};
use crate::load::Loaded;
use crate::messages::text;
use crate::site::Site;

pub(crate) fn link(loaded: Loaded, out: &mut Diagnostics) -> Site {
    let Loaded {
        root,
        config,
        orgs,
        mut projects,
        mut procedures,
        mut results,
        mut bulletins,
        pages,
        broken,
    } = loaded;
    let reserved = config.reserved_slugs();
    for p in &projects {
        if reserved.contains(&p.slug.as_str()) {
            out.push(Diagnostic::error(
                format!("content/projects/{}", p.slug),
                text!("slug-reserved", slug = p.slug.as_str()),
                text!(
                    "slug-reserved-fix",
                    slug = p.slug.as_str(),
                    names = reserved.iter().map(ToString::to_string).collect::<Vec<_>>()
                ),
            ));
        }
    }
    if !orgs.contains_key(config.publisher.get_ref()) {
        let names = orgs.keys().map(OrgKey::as_str);
        out.push(
            Diagnostic::error(
                "site.toml",
                text!(
                    "publisher-unknown",
                    key = config.publisher.get_ref().as_str()
                ),
                suggest_or(
                    suggest(config.publisher.get_ref().as_str(), names),
                    text!("keys-listed-in", vocabulary = "organisation"),
                ),
            )
            .at(Some(config.publisher_at)),
        );
    }
    projects.sort_by(|a, b| a.slug.cmp(&b.slug));
    unique_codes(
        projects.iter().map(|p| (p, &p.facts.code, p.facts.code_at)),
        "project",
        out,
    );
    unique_codes(
        procedures
            .iter()
            .map(|p| (p, &p.facts.code, p.facts.code_at)),
        "procedure",
        out,
    );
    for p in &procedures {
        same_parts_in_every_language(p, out);
    }
    let project_by_slug: HashMap<Slug, usize> = projects
        .iter()
        .enumerate()
        .map(|(i, p)| (p.slug.clone(), i))
        .collect();
    bulletins.sort_by_key(|b| std::cmp::Reverse((b.facts.number, b.facts.date)));
    let broken_projects: Vec<&Slug> = broken
        .iter()
        .filter(|(k, _)| *k == Kind::Projects)
        .map(|(_, s)| s)
        .collect();
    check_bulletins(&bulletins, &project_by_slug, &broken_projects, out);
    results.sort_by(|a, b| b.facts.to.cmp(&a.facts.to).then(a.slug.cmp(&b.slug)));
    // Procedures are listed by their code, as the national portal lists them.
    procedures.sort_by(|a, b| a.facts.code.cmp(&b.facts.code).then(a.slug.cmp(&b.slug)));
    Site {
        root,
        config,
        orgs,
        projects,
        procedures,
        results,
        bulletins,
        pages,
        project_by_slug,
        broken,
    }
}

fn file_of<F, X>(e: &Entry<F, X>) -> String {
    format!("content/{}/{}/facts.toml", e.kind.folder(), e.slug)
}

fn unique_codes<'a, F: 'a, X: 'a>(
    items: impl Iterator<Item = (&'a Entry<F, X>, &'a String, Position)>,
    what: &str,
    out: &mut Diagnostics,
) {
    let mut seen: HashMap<&String, String> = HashMap::new();
    for (entry, code, at) in items {
        if let Some(first) = seen.get(code) {
            out.push(
                Diagnostic::error(
                    file_of(entry),
                    text!(
                        "code-used-twice",
                        kind = what,
                        code = code,
                        first = first.clone()
                    ),
                    text!("code-used-twice-fix", kind = what),
                )
                .at(Some(at)),
            );
        } else {
            seen.insert(code, file_of(entry));
        }
    }
}

fn same_parts_in_every_language(p: &Entry<ProcedureFacts, ProcedureParts>, out: &mut Diagnostics) {
    let present: Vec<_> = p.words.iter().flatten().collect();
    let Some(first) = present.first() else { return };
    for w in &present[1..] {
        for (what, a, b) in [
            ("steps", first.extra.steps.len(), w.extra.steps.len()),
            (
                "documents",
                first.extra.documents.len(),
                w.extra.documents.len(),
            ),
        ] {
            if a != b {
                out.push(Diagnostic::error(
                    &w.file,
                    text!(
                        "parts-differ",
                        what = what,
                        here = b,
                        other = first.file.clone(),
                        there = a
                    ),
                    text!("parts-differ-fix", what = what),
                ));
            }
        }
    }
}

fn check_bulletins(
    bulletins: &[Entry<BulletinFacts>],
    projects: &HashMap<Slug, usize>,
    broken: &[&Slug],
    out: &mut Diagnostics,
) {
    number_used_twice(bulletins, out);
    for b in bulletins {
        for (slug, at) in &b.facts.featured {
            if !projects.contains_key(slug) && !broken.contains(&slug) {
                let names = projects.keys().map(Slug::as_str);
                out.push(
                    Diagnostic::error(
                        file_of(b),
                        text!("featured-missing", slug = slug.as_str()),
                        suggest_or(
                            suggest(slug.as_str(), names),
                            text!("featured-missing-hint"),
                        ),
                    )
                    .at(Some(*at)),
                );
            }
        }
    }
    // Newest first: each issue must be dated after the next (older) one.
    for pair in bulletins.windows(2) {
        let (newer, older) = (&pair[0], &pair[1]);
        if newer.facts.date <= older.facts.date && newer.facts.number != older.facts.number {
            out.push(
                Diagnostic::error(
                    file_of(newer),
                    text!(
                        "bulletin-order",
                        newer = newer.facts.number,
                        newer_date = newer.facts.date.to_string(),
                        older = older.facts.number,
                        older_date = older.facts.date.to_string()
                    ),
                    text!("bulletin-order-fix"),
                )
                .at(Some(newer.facts.number_at)),
            );
        }
    }
}

/// An issue that takes a number an older issue already has is reported,
/// naming the older one: it was published first, and its number is the one
/// readers know.
fn number_used_twice(bulletins: &[Entry<BulletinFacts>], out: &mut Diagnostics) {
    let mut oldest_first: Vec<&Entry<BulletinFacts>> = bulletins.iter().collect();
    oldest_first.sort_by(|a, b| {
        (a.facts.number, a.facts.date, &a.slug).cmp(&(b.facts.number, b.facts.date, &b.slug))
    });
    let mut first: Option<&Entry<BulletinFacts>> = None;
    for issue in oldest_first {
        match first {
            Some(first) if first.facts.number == issue.facts.number => out.push(
                Diagnostic::error(
                    file_of(issue),
                    text!(
                        "bulletin-number-twice",
                        number = issue.facts.number,
                        first = file_of(first)
                    ),
                    text!("bulletin-number-twice-fix"),
                )
                .at(Some(issue.facts.number_at)),
            ),
            _ => first = Some(issue),
        }
    }
}
