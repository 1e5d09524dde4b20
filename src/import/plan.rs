//! Planning the changes: each row against the project folder of its code,
//! read straight from its files (so that a project with a mistake is still
//! known): new, changed (each fact old → new) or unchanged, with the files
//! that would be written.

use std::collections::BTreeSet;

use toml_edit::DocumentMut;

use super::existing::{Existing, Folder};
use super::files;
use super::lists::{sheet, Entries};
use super::rows::ProjectRow;
use super::value::{place, shown, Entry, List, Value};
use super::{Ctx, Mistake};
use crate::export::layout::{Column, Field};
use crate::messages::text;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Action {
    New,
    Changed,
    Unchanged,
}

/// What the import does with one row.
pub(crate) struct Planned {
    pub(crate) place: String,
    pub(crate) code: String,
    pub(crate) slug: String,
    pub(crate) action: Action,
    /// What changes, one line each: `Lĩnh vực: education → health`.
    pub(crate) changes: Vec<String>,
    /// The files to write, by path in the site directory, with their text.
    pub(crate) files: Vec<(String, String)>,
}

/// Plans every row; the lists of the sheets present replace a project's own.
pub(crate) fn plan(
    ctx: &Ctx<'_>,
    rows: &[ProjectRow],
    lists: &[(List, Entries)],
    existing: &Existing,
    mistakes: &mut Vec<Mistake>,
) -> Vec<Planned> {
    let mut taken: BTreeSet<String> = BTreeSet::new();
    rows.iter()
        .map(|row| {
            let own: Vec<(List, &[Entry])> = lists
                .iter()
                .map(|(list, entries)| {
                    (*list, entries.get(&row.code).map_or(&[][..], Vec::as_slice))
                })
                .collect();
            if let Some(folder) = existing.folder(&row.code) {
                changed(ctx, row, &own, folder, mistakes)
            } else {
                let slug = row
                    .slug
                    .clone()
                    .unwrap_or_else(|| new_slug(ctx, row, existing, &taken));
                taken.insert(slug.clone());
                new(ctx, row, &own, slug, mistakes)
            }
        })
        .collect()
}

fn new(
    ctx: &Ctx<'_>,
    row: &ProjectRow,
    lists: &[(List, &[Entry])],
    slug: String,
    mistakes: &mut Vec<Mistake>,
) -> Planned {
    let dir = format!("content/projects/{slug}");
    let mut files = vec![(
        format!("{dir}/facts.toml"),
        files::new_facts(&row.facts, lists),
    )];
    for (i, code) in ctx.site.config.languages.codes.iter().enumerate() {
        match (&row.titles[i], &row.summaries[i]) {
            (Some(title), Some(summary)) => {
                files.push((format!("{dir}/{code}.md"), files::new_words(title, summary)));
            }
            (None, None) => {}
            (title, _) => both_words_needed(ctx, row, i, title.is_none(), mistakes),
        }
    }
    Planned {
        place: row.place.clone(),
        code: row.code.clone(),
        slug,
        action: Action::New,
        changes: Vec::new(),
        files,
    }
}

/// A new words file needs both a title and a summary.
fn both_words_needed(
    ctx: &Ctx<'_>,
    row: &ProjectRow,
    lang: usize,
    title_missing: bool,
    mistakes: &mut Vec<Mistake>,
) {
    let lang = crate::content::texts::LangId(lang);
    let field = if title_missing {
        Field::Title
    } else {
        Field::Summary
    };
    let column = ctx.label(&Column {
        field,
        lang: Some(lang),
    });
    let what = text!("import-needed-new");
    let said = text!("import-missing-column", column = column, what = what);
    mistakes.push(Mistake::new(row.place.clone(), said.render(ctx.lang)));
}

fn changed(
    ctx: &Ctx<'_>,
    row: &ProjectRow,
    lists: &[(List, &[Entry])],
    folder: &Folder,
    mistakes: &mut Vec<Mistake>,
) -> Planned {
    let dir = format!("content/projects/{}", folder.slug);
    let mut planned = Planned {
        place: row.place.clone(),
        code: row.code.clone(),
        slug: folder.slug.clone(),
        action: Action::Unchanged,
        changes: Vec::new(),
        files: Vec::new(),
    };
    if let Some(doc) = &folder.facts {
        changed_facts(ctx, row, lists, doc.clone(), &dir, &mut planned);
    }
    changed_words(ctx, row, folder, &dir, &mut planned, mistakes);
    if !planned.changes.is_empty() {
        planned.action = Action::Changed;
    }
    planned
}

/// "(none)" in the language of the messages, or the value as shown.
fn show(ctx: &Ctx<'_>, v: Option<&Value>) -> String {
    v.map_or_else(|| text!("import-none").render(ctx.lang), Value::shown)
}

/// The facts and lists of a row that differ from its facts.toml's.
fn changed_facts(
    ctx: &Ctx<'_>,
    row: &ProjectRow,
    lists: &[(List, &[Entry])],
    mut doc: DocumentMut,
    dir: &str,
    planned: &mut Planned,
) {
    let mut edited = false;
    for (field, new) in &row.facts {
        let Some((path, form)) = place(*field) else {
            continue;
        };
        let old = files::get(&doc, path).and_then(|item| Value::from_item(item, form));
        if old.as_ref() != new.as_ref() {
            let label = ctx.label(&Column {
                field: *field,
                lang: None,
            });
            planned.changes.push(format!(
                "{label}: {} → {}",
                show(ctx, old.as_ref()),
                show(ctx, new.as_ref())
            ));
            files::set(&mut doc, path, new.as_ref());
            edited = true;
        }
    }
    for (list, new) in lists {
        let old = files::entries(&doc, *list);
        let (gone, added) = differences(&old, new);
        if gone.is_empty() && added.is_empty() {
            continue;
        }
        let name = sheet(*list).name(ctx.i18n, ctx.site_lang());
        planned
            .changes
            .extend(gone.iter().map(|e| format!("{name}: − {}", shown(e))));
        planned
            .changes
            .extend(added.iter().map(|e| format!("{name}: + {}", shown(e))));
        files::set_entries(&mut doc, *list, new);
        edited = true;
    }
    if edited {
        planned
            .files
            .push((format!("{dir}/facts.toml"), doc.to_string()));
    }
}

/// The titles and summaries of a row that differ from its words files'; a
/// words file in a language it had none of, with both.
fn changed_words(
    ctx: &Ctx<'_>,
    row: &ProjectRow,
    folder: &Folder,
    dir: &str,
    planned: &mut Planned,
    mistakes: &mut Vec<Mistake>,
) {
    let none = text!("import-none").render(ctx.lang);
    for (i, code) in ctx.site.config.languages.codes.iter().enumerate() {
        let (title, summary) = (row.titles[i].as_deref(), row.summaries[i].as_deref());
        let lang = crate::content::texts::LangId(i);
        let path = format!("{dir}/{code}.md");
        match &folder.words[i] {
            Some(text) => {
                let front = files::front_matter(text);
                let old = |key: &str| {
                    front
                        .as_ref()
                        .and_then(|f| f.get(key))
                        .and_then(|v| v.as_str())
                        .map(str::to_string)
                };
                let mut changes = Vec::new();
                for (field, old, new) in [
                    (Field::Title, old("title"), title),
                    (Field::Summary, old("summary"), summary),
                ] {
                    if let Some(new) = new.filter(|n| old.as_deref() != Some(*n)) {
                        let label = ctx.label(&Column {
                            field,
                            lang: Some(lang),
                        });
                        let old = old.map(Value::Text);
                        changes.push(format!(
                            "{label}: {} → {}",
                            show(ctx, old.as_ref()),
                            Value::Text(new.to_string()).shown()
                        ));
                    }
                }
                if !changes.is_empty() {
                    if let Some(edited) = files::edit_words(text, title, summary) {
                        planned.changes.extend(changes);
                        planned.files.push((path, edited));
                    }
                }
            }
            None => match (title, summary) {
                (Some(t), Some(s)) => {
                    for (field, text) in [(Field::Title, t), (Field::Summary, s)] {
                        let label = ctx.label(&Column {
                            field,
                            lang: Some(lang),
                        });
                        planned.changes.push(format!(
                            "{label}: {none} → {}",
                            Value::Text(text.to_string()).shown()
                        ));
                    }
                    planned.files.push((path, files::new_words(t, s)));
                }
                (None, None) => {}
                (t, _) => both_words_needed(ctx, row, i, t.is_none(), mistakes),
            },
        }
    }
}

/// The entries of `old` not in `new`, and of `new` not in `old`, each
/// counted as often as it is written.
fn differences<'e>(old: &'e [Entry], new: &'e [Entry]) -> (Vec<&'e Entry>, Vec<&'e Entry>) {
    let mut unmatched: Vec<&Entry> = new.iter().collect();
    let mut gone = Vec::new();
    for e in old {
        match unmatched.iter().position(|n| *n == e) {
            Some(i) => {
                unmatched.remove(i);
            }
            None => gone.push(e),
        }
    }
    (gone, unmatched)
}

/// A folder name for a new project from its title in the default language:
/// "Nước sạch xã Cao Sơn" → `nuoc-sach-xa-cao-son`, made unique.
fn new_slug(
    ctx: &Ctx<'_>,
    row: &ProjectRow,
    existing: &Existing,
    taken: &BTreeSet<String>,
) -> String {
    let default = ctx.site.config.languages.default.0;
    let from = row.titles[default].as_deref().unwrap_or(&row.code);
    let mut base = String::new();
    for c in crate::fold::fold(from).chars() {
        if c.is_ascii_alphanumeric() {
            base.push(c);
        } else if !base.is_empty() && !base.ends_with('-') {
            base.push('-');
        }
    }
    while base.len() > 60 {
        match base.rfind('-') {
            Some(i) => base.truncate(i),
            None => base.truncate(60),
        }
    }
    let base = base.trim_end_matches('-');
    let base = if base.is_empty() { "du-an" } else { base };
    let reserved = ctx.site.config.reserved_slugs();
    let free =
        |s: &str| existing.code_of(s).is_none() && !taken.contains(s) && !reserved.contains(&s);
    let mut slug = base.to_string();
    let mut n = 2;
    while !free(&slug) {
        slug = format!("{base}-{n}");
        n += 1;
    }
    slug
}
