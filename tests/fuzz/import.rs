//! The target of `minhbach import`: a generated workbook read and planned
//! against the import fixture's site, as a dry run. Beyond the four
//! promises, what the import would write must be what the build can read.

use std::collections::BTreeMap;
use std::time::Duration;

use minhbach::fuzz;
use proptest::strategy::Strategy;

use crate::common::{read_tree, Scratch};
use crate::harness::{timed_twice, Gen, Target};
use crate::safety::unsafe_markup;
use crate::workbook::{workbook, write_book, Book};

pub(crate) fn target() -> Box<dyn Target> {
    Box::new(Gen {
        name: "workbook import",
        strategy: workbook().boxed(),
        check: import,
    })
}

/// The import's fixture site, copied once per thread, and its files as they
/// were: the import must read it and write nothing.
struct ImportSite {
    scratch: Scratch,
    files: BTreeMap<String, Vec<u8>>,
}

thread_local! {
    static IMPORT_SITE: ImportSite = {
        let scratch = Scratch::copy_of("import/site");
        let files = read_tree(&scratch.site);
        ImportSite { scratch, files }
    };
}

/// Promises of the import beyond the four: it writes nothing in a dry run;
/// what it would write is a project's facts.toml or words file in a
/// project folder; each parses as the build reads it and holds no key the
/// cells made; a words file's body is the one it had (none for a new file);
/// a `<script` of a cell is only ever inside a TOML string; and the
/// Markdown the build makes of a words file is safe.
fn import(book: &Book) -> Result<Duration, String> {
    IMPORT_SITE.with(|site| {
        let file = site.scratch.path("fuzz.xlsx");
        write_book(book, &file);
        let (took, import) = timed_twice(|| fuzz::import(&file, &site.scratch.site))?;
        if read_tree(&site.scratch.site) != site.files {
            return Err("the dry run changed the site".into());
        }
        for (path, text) in &import.files {
            let parts: Vec<&str> = path.split('/').collect();
            let ["content", "projects", folder, name] = parts[..] else {
                return Err(format!("it would write {path}, outside a project folder"));
            };
            if let Some(problem) = fuzz::slug_problem(folder) {
                return Err(format!("it would write {path}: {problem}"));
            }
            let existing = site.files.get(path).map(|t| String::from_utf8_lossy(t));
            match name {
                "facts.toml" => facts_written(text),
                "vi.md" | "en.md" => words_written(text, existing.as_deref()),
                _ => Err("a file of no kind the import writes".into()),
            }
            .map_err(|why| format!("it would write {path}: {why}\n{text}"))?;
        }
        for html in import.read_back.iter().filter_map(|o| o.html.as_ref()) {
            if let Some(why) = unsafe_markup(html) {
                return Err(format!("{why} in a page of what it would write: {html}"));
            }
        }
        Ok(took)
    })
}

fn facts_written(text: &str) -> Result<(), String> {
    let facts: toml::Table = text.parse().map_err(|e| format!("not TOML: {e}"))?;
    let mut keys = Vec::new();
    key_paths("", &facts, &mut keys);
    if let Some(key) = keys.iter().find(|k| !FACT_KEYS.contains(&k.as_str())) {
        return Err(format!("the key {key:?}, which no facts.toml has"));
    }
    scripts_only_in_strings(text, &facts)
}

/// A words file: front matter of a title and a summary (and the keys the
/// file had), then the body it had, byte for byte.
fn words_written(text: &str, existing: Option<&str>) -> Result<(), String> {
    let (front, body) = split_words(text).ok_or("no front matter between +++ lines")?;
    let front: toml::Table = front
        .parse()
        .map_err(|e| format!("front matter that is not TOML: {e}"))?;
    let had: Vec<String> = existing
        .and_then(split_words)
        .and_then(|(f, _)| f.parse::<toml::Table>().ok())
        .map(|t| t.keys().cloned().collect())
        .unwrap_or_default();
    if let Some(key) = front
        .keys()
        .find(|k| !["title", "summary"].contains(&k.as_str()) && !had.contains(k))
    {
        return Err(format!("the key {key:?} in the front matter"));
    }
    if ["title", "summary"]
        .iter()
        .any(|k| front.get(*k).is_some_and(|v| !v.is_str()))
    {
        return Err("a title or summary that is not a text".into());
    }
    let old_body = existing.and_then(split_words).map_or("", |(_, b)| b);
    if body != old_body {
        return Err(format!("a body other than {old_body:?}"));
    }
    scripts_only_in_strings(text, &front)
}

/// The front matter and the body of a words file.
fn split_words(text: &str) -> Option<(&str, &str)> {
    let rest = text.strip_prefix("+++\n")?;
    let end = rest
        .find("\n+++\n")
        .map(|e| e + 1)
        .or_else(|| rest.starts_with("+++\n").then_some(0))?;
    Some((&rest[..end], &rest[end + 4..]))
}

fn key_paths(prefix: &str, table: &toml::Table, out: &mut Vec<String>) {
    for (key, value) in table {
        let path = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        match value {
            toml::Value::Table(t) => key_paths(&path, t, out),
            toml::Value::Array(items) => {
                for t in items.iter().filter_map(toml::Value::as_table) {
                    key_paths(&path, t, out);
                }
            }
            _ => {}
        }
        out.push(path);
    }
}

/// Every `<script` of `text` is one of those inside the strings of `parsed`:
/// none in a key, a comment or outside the TOML.
fn scripts_only_in_strings(text: &str, parsed: &toml::Table) -> Result<(), String> {
    fn in_strings(value: &toml::Value) -> usize {
        match value {
            toml::Value::String(s) => s.to_ascii_lowercase().matches("<script").count(),
            toml::Value::Array(items) => items.iter().map(in_strings).sum(),
            toml::Value::Table(t) => t.values().map(in_strings).sum(),
            _ => 0,
        }
    }
    let written = text.to_ascii_lowercase().matches("<script").count();
    let strings: usize = parsed.values().map(in_strings).sum();
    if written > strings {
        return Err(format!(
            "{written} <script in the file, {strings} inside its strings"
        ));
    }
    Ok(())
}

/// Every key of a facts.toml, as a path (arrays of tables by their name).
const FACT_KEYS: &[&str] = &[
    "code",
    "sector",
    "localities",
    "period",
    "status",
    "owner",
    "published",
    "updated",
    "start",
    "end",
    "beneficiaries",
    "sdgs",
    "contact",
    "contact.name",
    "contact.email",
    "contact.phone",
    "budget",
    "budget.currency",
    "budget.total",
    "budget.requested",
    "budget.counterpart",
    "budget.years",
    "budget.years.year",
    "budget.years.requested",
    "funding",
    "funding.donor",
    "funding.kind",
    "funding.amount",
    "funding.currency",
    "funding.date",
    "indicators",
    "indicators.label",
    "indicators.label.vi",
    "indicators.label.en",
    "indicators.unit",
    "indicators.unit.vi",
    "indicators.unit.en",
    "indicators.baseline",
    "indicators.target",
    "indicators.actual",
    "indicators.better",
];
