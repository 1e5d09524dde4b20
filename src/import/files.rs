//! Writing files: a new project's facts.toml in the house layout, changes to
//! an existing one that keep its comments and order (`toml_edit`), and the
//! title and summary of a words file, never its body.

use std::fs;
use std::io;
use std::path::Path;

use toml_edit::{DocumentMut, Item, Table};

use super::value::{place, Entry, List, Value, FACTS};
use crate::export::layout::Field;

/// A new project's facts.toml: the facts in the order of the spec, then
/// `[budget]`, its years, the funding and the indicators.
pub(crate) fn new_facts(facts: &[(Field, Option<Value>)], lists: &[(List, &[Entry])]) -> String {
    let get = |field: Field| {
        facts
            .iter()
            .find(|(f, _)| *f == field)
            .and_then(|(_, v)| v.as_ref())
    };
    let mut lines: Vec<String> = Vec::new();
    let mut contact = Vec::new();
    let mut budget = vec![String::new(), "[budget]".to_string()];
    for field in FACTS {
        let (Some((path, _)), Some(value)) = (place(field), get(field)) else {
            continue;
        };
        match path {
            [key] => lines.push(format!("{key} = {}", value.toml())),
            ["contact", key] => contact.push(format!("{key} = {}", value.toml())),
            [_, key] => budget.push(format!("{key} = {}", value.toml())),
            _ => {}
        }
    }
    if !contact.is_empty() {
        lines.push(format!("contact = {{ {} }}", contact.join(", ")));
    }
    lines.extend(budget);
    let mut out = lines.join("\n");
    out.push('\n');
    for list in List::ALL {
        if let Some((_, entries)) = lists.iter().find(|(l, _)| *l == list) {
            out.push_str(&tables(list, entries));
        }
    }
    out
}

/// `[[funding]]` tables, each after a blank line.
fn tables(list: List, entries: &[Entry]) -> String {
    let header = format!("[[{}]]", list.path().join("."));
    entries
        .iter()
        .map(|entry| {
            let mut lines = vec![String::new(), header.clone()];
            lines.extend(
                entry
                    .iter()
                    .map(|(key, value)| format!("{key} = {}", value.toml())),
            );
            lines.push(String::new());
            lines.join("\n")
        })
        .collect()
}

/// The item at `path` of a facts.toml.
pub(crate) fn get<'d>(doc: &'d DocumentMut, path: &[&str]) -> Option<&'d Item> {
    let mut item = doc.as_item();
    for key in path {
        item = item.get(key)?;
    }
    (!item.is_none()).then_some(item)
}

fn parsed(value: &Value) -> toml_edit::Value {
    value
        .toml()
        .parse()
        .expect("a value's own TOML text parses")
}

/// Writes `value` at `path`, or removes the key for `None`; a replaced
/// value keeps the spaces and comment around it, a new key goes to its
/// place in the order of the spec.
pub(crate) fn set(doc: &mut DocumentMut, path: &[&str], value: Option<&Value>) {
    match path {
        [key] => set_in(doc.as_table_mut(), key, value),
        [parent, key] => {
            let root = doc.as_table_mut();
            if !root.contains_key(parent) {
                if value.is_none() {
                    return;
                }
                let item = if *parent == "contact" {
                    Item::Value(toml_edit::Value::InlineTable(toml_edit::InlineTable::new()))
                } else {
                    Item::Table(Table::new())
                };
                root.insert(parent, item);
                order(root);
            }
            let Some(item) = root.get_mut(parent) else {
                return;
            };
            if let Some(table) = item.as_table_mut() {
                set_in(table, key, value);
            } else if let Some(inline) = item.as_inline_table_mut() {
                match value {
                    Some(v) => {
                        let mut new = parsed(v);
                        if let Some(old) = inline.get(key) {
                            *new.decor_mut() = old.decor().clone();
                            inline.insert(*key, new);
                        } else {
                            // A new key goes to its place, spaced as a new table would be.
                            inline.insert(*key, new);
                            inline.sort_values_by(|a, _, b, _| rank(a.get()).cmp(&rank(b.get())));
                            inline.fmt();
                        }
                    }
                    None => {
                        inline.remove(key);
                    }
                }
                if inline.is_empty() {
                    root.remove(parent);
                }
            }
        }
        _ => {}
    }
}

fn set_in(table: &mut Table, key: &str, value: Option<&Value>) {
    let Some(value) = value else {
        table.remove(key);
        return;
    };
    let mut new = parsed(value);
    if let Some(old) = table.get_mut(key).and_then(Item::as_value_mut) {
        *new.decor_mut() = old.decor().clone();
        *old = new;
    } else {
        table.insert(key, Item::Value(new));
        order(table);
    }
}

/// A key's place in the order of the spec.
fn rank(key: &str) -> usize {
    FACTS
        .iter()
        .filter_map(|f| place(*f))
        .position(|(path, _)| path.last() == Some(&key) || path.first() == Some(&key))
        .unwrap_or(usize::MAX)
}

/// Puts the keys of a table in the order of the spec, where a key was added.
fn order(table: &mut Table) {
    table.sort_values_by(|a, _, b, _| rank(a.get()).cmp(&rank(b.get())));
}

/// The entries of a list in a facts.toml.
pub(crate) fn entries(doc: &DocumentMut, list: List) -> Vec<Entry> {
    get(doc, list.path())
        .and_then(Item::as_array_of_tables)
        .map(|tables| {
            tables
                .iter()
                .map(|t| super::value::entry_of(list, t))
                .collect()
        })
        .unwrap_or_default()
}

/// Replaces a list's tables by `entries`, keeping the tables of the file in
/// the order of the spec.
pub(crate) fn set_entries(doc: &mut DocumentMut, list: List, entries: &[Entry]) {
    let path = list.path();
    let (parents, key) = path.split_at(path.len() - 1);
    let mut table = doc.as_table_mut();
    for parent in parents {
        let Some(next) = table.get_mut(parent).and_then(Item::as_table_mut) else {
            return;
        };
        table = next;
    }
    table.remove(key[0]);
    if !entries.is_empty() {
        let snippet: DocumentMut = tables(list, entries)
            .parse()
            .expect("the tables' own TOML text parses");
        if let Some(item) = get(&snippet, path) {
            table.insert(key[0], item.clone());
        }
    }
    renumber(doc);
}

/// Gives the tables their places: contact, budget, its years, funding,
/// indicators.
fn renumber(doc: &mut DocumentMut) {
    let mut next: isize = 1;
    let mut place = |t: &mut Table| {
        t.set_position(next);
        next += 1;
    };
    let root = doc.as_table_mut();
    for key in ["contact", "budget", "funding", "indicators"] {
        match root.get_mut(key) {
            Some(Item::Table(t)) => {
                place(t);
                if let Some(Item::ArrayOfTables(years)) = t.get_mut("years") {
                    years.iter_mut().for_each(&mut place);
                }
            }
            Some(Item::ArrayOfTables(ts)) => ts.iter_mut().for_each(&mut place),
            _ => {}
        }
    }
}

/// A new words file: the title and summary, no body yet.
pub(crate) fn new_words(title: &str, summary: &str) -> String {
    format!(
        "+++\ntitle = {}\nsummary = {}\n+++\n",
        Value::Text(title.to_string()).toml(),
        Value::Text(summary.to_string()).toml()
    )
}

/// Where a words file's front matter is: from the end of the first `+++`
/// line to the start of the second.
fn front_bounds(text: &str) -> Option<(usize, usize)> {
    let first_end = text.find('\n').map_or(text.len(), |i| i + 1);
    if text[..first_end].trim_end() != "+++" {
        return None;
    }
    let mut pos = first_end;
    while pos < text.len() {
        let line_end = text[pos..].find('\n').map_or(text.len(), |i| pos + i + 1);
        if text[pos..line_end].trim_end() == "+++" {
            return Some((first_end, pos));
        }
        pos = line_end;
    }
    None
}

/// The front matter of a words file, as a document.
pub(crate) fn front_matter(text: &str) -> Option<DocumentMut> {
    let (start, end) = front_bounds(text)?;
    text[start..end].parse().ok()
}

/// The words file with a new title and summary where given; the rest, the
/// body above all, byte for byte as it was.
pub(crate) fn edit_words(text: &str, title: Option<&str>, summary: Option<&str>) -> Option<String> {
    let (start, end) = front_bounds(text)?;
    let mut front: DocumentMut = text[start..end].parse().ok()?;
    for (key, new) in [("title", title), ("summary", summary)] {
        if let Some(new) = new {
            set_in(
                front.as_table_mut(),
                key,
                Some(&Value::Text(new.to_string())),
            );
        }
    }
    let mut front = front.to_string();
    if !front.ends_with('\n') {
        front.push('\n');
    }
    Some(format!("{}{front}{}", &text[..start], &text[end..]))
}

/// Writes `files` (paths relative to `root`) as whole files: each is written
/// beside its place and then renamed over it, so that no file is ever left
/// half written; an existing file is first unlinked, so that a file shared
/// with another folder (a hard link of a scratch copy) is never changed.
pub(crate) fn write_all(root: &Path, files: &[(String, String)]) -> io::Result<()> {
    for (rel, text) in files {
        let path = root.join(rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        let partial = path.with_extension("partial");
        fs::write(&partial, text)?;
        if path.exists() {
            fs::remove_file(&path)?;
        }
        fs::rename(&partial, &path)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_a_fact_and_keeps_the_comments_around_it() {
        let mut doc: DocumentMut = "# Dự án mẫu\ncode = \"A\"\nstatus = \"seeking\"  # tình trạng\npublished = 2021-03-15\n\n[budget]\ncurrency = \"VND\"\ntotal = 100\n".parse().unwrap();
        set(&mut doc, &["status"], Some(&Value::Text("funded".into())));
        set(
            &mut doc,
            &["updated"],
            Some(&Value::Day(
                chrono::NaiveDate::from_ymd_opt(2025, 1, 2).unwrap(),
            )),
        );
        set(
            &mut doc,
            &["budget", "total"],
            Some(&Value::Money(4_800_000_000)),
        );
        assert_eq!(
            doc.to_string(),
            "# Dự án mẫu\ncode = \"A\"\nstatus = \"funded\"  # tình trạng\npublished = 2021-03-15\nupdated = 2025-01-02\n\n[budget]\ncurrency = \"VND\"\ntotal = 4_800_000_000\n"
        );
    }

    #[test]
    fn changes_the_title_and_never_the_body() {
        let text = "+++\ntitle = \"Cũ\"\nsummary = \"Tóm tắt.\"\nkeywords = [\"a\"]\n+++\n\nNội dung **giữ nguyên**.\n";
        assert_eq!(
            edit_words(text, Some("Mới"), None).unwrap(),
            "+++\ntitle = \"Mới\"\nsummary = \"Tóm tắt.\"\nkeywords = [\"a\"]\n+++\n\nNội dung **giữ nguyên**.\n"
        );
    }
}
