//! Link: what can only be checked once every entity is loaded — unique codes,
//! bulletin order, featured projects, the publisher, procedure step counts.

use std::collections::HashMap;

use crate::content::bulletin::BulletinFacts;
use crate::content::procedure::ProcedureFacts;
use crate::content::types::{OrgKey, Slug};
use crate::content::words::ProcedureParts;
use crate::content::{Entry, Kind};
use crate::diagnostics::{suggest, Diagnostic, Diagnostics, Position};
use crate::load::Loaded;
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
                format!(
                    "the folder name `{}` is part of the addresses of the catalogue's filter and list pages",
                    p.slug
                ),
                format!(
                    "rename the folder, for example to `{}-project`; these names are reserved: {}",
                    p.slug,
                    reserved.join(", ")
                ),
            ));
        }
    }
    if !orgs.contains_key(config.publisher.get_ref()) {
        let names = orgs.keys().map(OrgKey::as_str);
        out.push(Diagnostic::error(
            "site.toml",
            format!(
                "the publisher \"{}\" is not an organisation",
                config.publisher.get_ref()
            ),
            format!(
                "{} (organisations are listed in content/organisations.toml)",
                suggest(config.publisher.get_ref().as_str(), names)
            ),
        ));
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
                    format!("the {what} code \"{code}\" is already used by {first}"),
                    format!("give each {what} its own code; codes never change once published"),
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
        for (what, one, a, b) in [
            (
                "steps",
                "step",
                first.extra.steps.len(),
                w.extra.steps.len(),
            ),
            (
                "documents",
                "document",
                first.extra.documents.len(),
                w.extra.documents.len(),
            ),
        ] {
            let count = |n: usize| format!("{n} {}", if n == 1 { one } else { what });
            if a != b {
                out.push(Diagnostic::error(&w.file, format!("this file has {}, but {} has {}", count(b), first.file, count(a)), format!("every language of a procedure has the same {what}: add or remove [[{what}]] so both match")));
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
    let mut seen: HashMap<u32, String> = HashMap::new();
    for b in bulletins {
        if let Some(first) = seen.insert(b.facts.number, file_of(b)) {
            out.push(
                Diagnostic::error(
                    file_of(b),
                    format!("bulletin number {} is also used by {first}", b.facts.number),
                    "give each issue its own number",
                )
                .at(Some(b.facts.number_at)),
            );
        }
        for (slug, at) in &b.facts.featured {
            if !projects.contains_key(slug) && !broken.contains(&slug) {
                let names = projects.keys().map(Slug::as_str);
                out.push(
                    Diagnostic::error(
                        file_of(b),
                        format!("the featured project \"{slug}\" does not exist"),
                        format!(
                            "{} (a project's slug is its folder name in content/projects/)",
                            suggest(slug.as_str(), names)
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
                    format!(
                        "issue {} is dated {}, not after issue {} ({})",
                        newer.facts.number, newer.facts.date, older.facts.number, older.facts.date
                    ),
                    "numbers increase with dates: correct the number or the date",
                )
                .at(Some(newer.facts.number_at)),
            );
        }
    }
}
