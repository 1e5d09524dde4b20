//! What every integration test needs: the binary, the fixtures, temporary copies
//! of them, and whole output trees to compare.

#![allow(
    dead_code,
    reason = "each test file uses a different part of these helpers"
)]

pub(crate) mod xml;

use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

pub(crate) use tempfile::TempDir;

/// What one run of `minhbach` gave.
#[derive(Debug)]
pub(crate) struct Run {
    /// `None` when a signal ended the process.
    pub(crate) code: Option<i32>,
    pub(crate) stdout: String,
    pub(crate) stderr: String,
}

impl Run {
    /// Fails with both streams shown, so a wrong exit status explains itself.
    #[track_caller]
    pub(crate) fn assert_code(&self, expected: i32) -> &Self {
        assert_eq!(
            self.code,
            Some(expected),
            "exit status\n--- stdout\n{}\n--- stderr\n{}",
            self.stdout,
            self.stderr
        );
        self.assert_no_panic()
    }

    #[track_caller]
    pub(crate) fn assert_no_panic(&self) -> &Self {
        assert!(
            !self.stderr.contains("panicked"),
            "minhbach panicked:\n{}",
            self.stderr
        );
        self
    }
}

/// The day every test runs on: 1 December 2026 (`SOURCE_DATE_EPOCH`), so that
/// "today" in staleness checks never depends on the clock.
pub(crate) const TODAY_EPOCH: &str = "1796083200";

/// The binary Cargo built for these tests, on the tests' day, speaking English
/// unless told otherwise (`--lang vi`, or `LANG` set again by the test).
pub(crate) fn command() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_minhbach"));
    command
        .env("SOURCE_DATE_EPOCH", TODAY_EPOCH)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "en_GB.UTF-8");
    command
}

/// Runs `command()` with `args`.
pub(crate) fn minhbach<I, S>(args: I) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    run(command().args(args))
}

/// Runs a prepared command to its end.
pub(crate) fn run(command: &mut Command) -> Run {
    let output = command.output().expect("the minhbach binary runs");
    Run {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// `tests/fixtures/<name>`, wherever the repository is.
pub(crate) fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Every fixture site, sorted by name.
pub(crate) fn all_fixtures() -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(fixture(""))
        .expect("tests/fixtures exists")
        .map(|e| e.expect("a readable fixture").file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .filter(|n| fixture(n).join("site.toml").is_file())
        .collect();
    names.sort();
    names
}

/// A temporary folder holding a copy of a fixture at `site`, and room beside it.
pub(crate) struct Scratch {
    pub(crate) dir: TempDir,
    pub(crate) site: PathBuf,
}

impl Scratch {
    /// An empty temporary folder; `site` does not exist yet.
    pub(crate) fn empty() -> Scratch {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let site = dir.path().join("site");
        Scratch { dir, site }
    }

    /// A copy of `tests/fixtures/<name>` at `<tmp>/site`.
    pub(crate) fn copy_of(name: &str) -> Scratch {
        let scratch = Scratch::empty();
        copy_dir(&fixture(name), &scratch.site);
        scratch
    }

    /// A path beside the site, like `<tmp>/public`.
    pub(crate) fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// A file of the site, by its path relative to the site directory.
    pub(crate) fn file(&self, rel: &str) -> PathBuf {
        self.site.join(rel)
    }

    pub(crate) fn read(&self, rel: &str) -> String {
        fs::read_to_string(self.file(rel)).expect("a readable site file")
    }

    pub(crate) fn write(&self, rel: &str, bytes: impl AsRef<[u8]>) {
        let path = self.file(rel);
        fs::create_dir_all(path.parent().expect("a parent folder")).expect("a folder");
        fs::write(path, bytes).expect("a writable site file");
    }

    /// Replaces `from` (which must be there) by `to` in a site file.
    #[track_caller]
    pub(crate) fn edit(&self, rel: &str, from: &str, to: &str) {
        let text = self.read(rel);
        assert!(text.contains(from), "{rel} does not contain {from:?}");
        self.write(rel, text.replacen(from, to, 1));
    }
}

/// One change made to a copy of a fixture: how `tests/mistakes/` and
/// `tests/warnings.rs` make each case from `minimal/` or `valid/` at run time.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Change {
    /// In this file, replace the first occurrence of the text by another.
    Edit(&'static str, &'static str, &'static str),
    /// Write this file (and its folders) with this text.
    Write(&'static str, &'static str),
    Remove(&'static str),
    /// Rename a file or folder.
    Rename(&'static str, &'static str),
}

impl Scratch {
    /// A copy of `tests/fixtures/<name>` with `changes` made, in order.
    #[track_caller]
    pub(crate) fn changed(name: &str, changes: &[Change]) -> Scratch {
        let scratch = Scratch::copy_of(name);
        for change in changes {
            match *change {
                Change::Edit(file, from, to) => scratch.edit(file, from, to),
                Change::Write(file, text) => scratch.write(file, text),
                Change::Remove(file) => {
                    let path = scratch.file(file);
                    if path.is_dir() {
                        fs::remove_dir_all(path).expect("a removable folder");
                    } else {
                        fs::remove_file(path).expect("a removable file");
                    }
                }
                Change::Rename(from, to) => {
                    fs::rename(scratch.file(from), scratch.file(to)).expect("a renamed path");
                }
            }
        }
        scratch
    }
}

pub(crate) fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("a folder for the copy");
    for entry in fs::read_dir(from).expect("a readable folder") {
        let entry = entry.expect("a readable entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("a file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).expect("a copied file");
        }
    }
}

/// Every file under `root`, by `/`-separated relative path, with its bytes.
pub(crate) fn read_tree(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    collect(root, root, &mut files);
    files
}

fn collect(root: &Path, dir: &Path, files: &mut BTreeMap<String, Vec<u8>>) {
    for entry in fs::read_dir(dir).expect("a readable output folder") {
        let path = entry.expect("a readable entry").path();
        if path.is_dir() {
            collect(root, &path, files);
        } else {
            let rel = path.strip_prefix(root).expect("inside the root");
            let rel: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            files.insert(rel.join("/"), fs::read(&path).expect("a readable file"));
        }
    }
}

/// The names of two trees' files that differ, are missing or are extra.
pub(crate) fn tree_differences(
    a: &BTreeMap<String, Vec<u8>>,
    b: &BTreeMap<String, Vec<u8>>,
) -> Vec<String> {
    let mut names: Vec<&String> = a.keys().chain(b.keys()).collect();
    names.sort();
    names.dedup();
    names
        .into_iter()
        .filter(|n| a.get(*n) != b.get(*n))
        .cloned()
        .collect()
}

/// Builds `site` into `output` and expects success.
pub(crate) fn build_ok(site: &Path, output: &Path) -> Run {
    let run = minhbach([
        OsStr::new("build"),
        site.as_os_str(),
        OsStr::new("--output"),
        output.as_os_str(),
    ]);
    run.assert_code(0);
    run
}

/// The HTML of the page at the site address `address` (like `/en/projects/`).
pub(crate) fn page(output: &Path, address: &str) -> String {
    let path = output
        .join(address.trim_start_matches('/'))
        .join("index.html");
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("no page at {address}: {e}"))
}

/// The mistakes `minhbach` printed, without its closing count line, and that line.
pub(crate) fn split_summary(stderr: &str) -> (&str, &str) {
    let trimmed = stderr.trim_end_matches('\n');
    let (mistakes, summary) = trimmed.rsplit_once('\n').unwrap_or(("", trimmed));
    (mistakes.trim_end_matches('\n'), summary)
}

/// The repository root, a complete site, built once for the whole test
/// binary (each test binary has its own copy of this module, and of the cell).
pub(crate) fn sample_site() -> &'static Path {
    static BUILT: OnceLock<(TempDir, PathBuf)> = OnceLock::new();
    build_once(&BUILT, Path::new(env!("CARGO_MANIFEST_DIR")))
}

/// The valid fixture, built once for the whole test binary.
pub(crate) fn valid_site() -> &'static Path {
    static BUILT: OnceLock<(TempDir, PathBuf)> = OnceLock::new();
    build_once(&BUILT, &fixture("valid"))
}

/// `site` built once into a temporary folder kept for the whole test binary;
/// each caller passes its own `cell`.
pub(crate) fn build_once(
    cell: &'static OnceLock<(TempDir, PathBuf)>,
    site: &Path,
) -> &'static Path {
    let (_, out) = cell.get_or_init(|| {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let out = dir.path().join("public");
        build_ok(site, &out);
        (dir, out)
    });
    out
}

/// The text of an HTML fragment: its tags removed, trimmed.
pub(crate) fn strip_tags(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.trim().to_string()
}

/// The values of the attribute `name` on every element of `html`, in order.
pub(crate) fn attribute_values<'h>(html: &'h str, name: &str) -> Vec<&'h str> {
    let prefix = format!(" {name}=\"");
    html.match_indices(&prefix)
        .map(|(at, m)| {
            let rest = &html[at + m.len()..];
            &rest[..rest.find('"').expect("a closing quote")]
        })
        .collect()
}

/// What a reader sees in a page's `<main>`: its text, one line per block
/// (heading, paragraph, list item, table row, term and description), for
/// snapshots a reviewer can read.
pub(crate) fn reader_text(html: &str) -> String {
    let main = html
        .find("<main")
        .and_then(|start| Some(&html[start..start + html[start..].find("</main>")?]))
        .unwrap_or(html);
    let mut text = String::new();
    let mut rest = main;
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        let close = rest[open..].find('>').map_or(rest.len(), |i| open + i + 1);
        let tag = &rest[open..close];
        let name: String = tag
            .trim_start_matches(['<', '/'])
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        if tag.starts_with("<script") || tag.starts_with("<style") {
            let end = format!("</{name}>");
            rest = rest[close..]
                .find(&end)
                .map_or("", |i| &rest[close + i + end.len()..]);
            continue;
        }
        let block = [
            "p",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "tr",
            "dt",
            "dd",
            "div",
            "section",
            "caption",
            "figcaption",
            "br",
            "ul",
            "ol",
            "table",
            "nav",
            "header",
            "footer",
            "details",
            "summary",
            "form",
            "fieldset",
            "legend",
            "label",
            "option",
        ];
        if block.contains(&name.as_str()) {
            text.push('\n');
        } else if (name == "td" || name == "th") && !tag.starts_with("</") {
            text.push_str(" | ");
        }
        rest = &rest[close..];
    }
    text.push_str(rest);
    text.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", "\u{a0}")
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty() && l != "|")
        .collect::<Vec<_>>()
        .join("\n")
}
