//! Walking the content folders: the kinds' folders in `content/`, each
//! kind's entity folders in it, and the folders that would claim one address.

use std::fs;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::entity::load_entity;
use super::kept::{Folder, Kept};
use super::kinds::EntityKind;
use super::Ctx;
use crate::content::types::{slug_problem, Slug};
use crate::content::{Entry, Kind};
use crate::diagnostics::{relative, suggest, Diagnostic, Diagnostics};
use crate::messages::text;

/// Anything in `content/` but the kinds' folders and organisations.toml is a
/// mistake, with the nearest valid name.
pub(super) fn check_content_folder(root: &Path, out: &mut Diagnostics) {
    let Ok(entries) = fs::read_dir(root.join("content")) else {
        return;
    };
    let valid: Vec<&str> = Kind::ALL
        .iter()
        .map(|k| k.folder())
        .chain(["organisations.toml"])
        .collect();
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    for name in names {
        if !name.starts_with('.') && !valid.contains(&name.as_str()) {
            out.push(Diagnostic::error(
                format!("content/{name}"),
                text!("unknown-in-content"),
                suggest(&name, valid.iter().copied()),
            ));
        }
    }
}

pub(super) fn load_kind<K: EntityKind>(
    ctx: &Ctx<'_>,
    out: &mut Diagnostics,
    broken: &mut Vec<(Kind, Slug)>,
    kept: &mut Kept,
    remember: bool,
) -> Vec<Entry<K::Facts, K::Extra>> {
    let folder = ctx.root.join("content").join(K::KIND.folder());
    let kept = K::kept(kept);
    let Ok(entries) = fs::read_dir(&folder) else {
        kept.clear();
        return Vec::new();
    };
    let mut dirs: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|d| {
            !d.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    dirs.sort();
    let duplicates = duplicate_folders(&dirs);
    for (dir, of) in &duplicates {
        let name = relative(ctx.root, dir);
        let slug = file_name(dir);
        out.push(Diagnostic::error(
            name,
            text!("folder-duplicate", slug = slug.clone(), other = of.clone()),
            text!("folder-duplicate-fix", slug = slug, other = of.clone()),
        ));
    }
    let dirs: Vec<PathBuf> = dirs
        .into_iter()
        .filter(|d| !duplicates.iter().any(|(dup, _)| dup == d))
        .collect();
    // Folders gone since the last load are forgotten; new or changed ones
    // (not kept) are read, in parallel.
    kept.retain(|dir, _| dirs.binary_search(dir).is_ok());
    let fresh: Vec<_> = dirs
        .par_iter()
        .filter(|dir| !kept.contains_key(*dir))
        .map(|dir| {
            let mut found = Diagnostics::default();
            let entry = load_entity::<K>(ctx, dir, &mut found);
            (dir.clone(), Folder { entry, found })
        })
        .collect();
    kept.extend(fresh);
    let mut result = Vec::with_capacity(dirs.len());
    for dir in &dirs {
        // A build that keeps nothing for the next one moves each entry out:
        // a copy of every entry would hold the site's texts twice (50 MB
        // of a 10,000-project build's peak).
        let entry = if remember {
            let folder = &kept[dir];
            out.extend(folder.found.clone());
            folder.entry.clone()
        } else {
            let folder = kept.remove(dir).expect("every folder was loaded");
            out.extend(folder.found);
            folder.entry
        };
        match entry {
            Some(e) => result.push(e),
            None => broken.push((K::KIND, Slug(file_name(dir)))),
        }
    }
    if !remember {
        // Emptied, its table of 10,000 projects would stay allocated all
        // build long: 10 MB of the peak.
        kept.shrink_to_fit();
    }
    result
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Folders whose names differ only by capitals, tone marks or spaces from a
/// folder's before them (a copy made on another computer, a name retyped):
/// each with the name it duplicates. Both would claim one address.
fn duplicate_folders(dirs: &[PathBuf]) -> Vec<(PathBuf, String)> {
    let plain = |name: &str| crate::fold::fold(name).replace([' ', '_'], "-");
    // A valid slug keeps its place; the other spellings are the duplicates.
    let mut ordered: Vec<&PathBuf> = dirs.iter().collect();
    ordered.sort_by_key(|d| (slug_problem(&file_name(d)).is_some(), file_name(d)));
    let mut first: std::collections::HashMap<String, String> = std::collections::HashMap::new();
    let mut found = Vec::new();
    for dir in ordered {
        let name = file_name(dir);
        match first.get(&plain(&name)) {
            Some(of) => found.push((dir.clone(), of.clone())),
            None => {
                first.insert(plain(&name), name);
            }
        }
    }
    found.sort();
    found
}
