//! One case per class of mistake, made at run time in a copy of
//! `tests/fixtures/minimal/` (or `valid/`): `build` and `check` both stop with
//! status 1, the build writes nothing, and the whole message, in English and in
//! Vietnamese, is compared with its reviewed copy in `tests/mistakes/snapshots/`.
//!
//! The cases are grouped by what the mistake is in, a module each: `names`,
//! `values`, `files`, `facts`, `words` and `site_toml`. This file holds what
//! they share and the tests of the summary line and of `check --format json`.

#[path = "../common/mod.rs"]
mod common;

use std::ffi::OsStr;

use common::{fixture, minhbach, split_summary, Change, Run, Scratch};
use pretty_assertions::assert_eq;

use Change::Edit;

const PROJECT: &str = "content/projects/truong-mam-non-tien-phong/facts.toml";
const PROJECT_VI: &str = "content/projects/truong-mam-non-tien-phong/vi.md";
const PROCEDURE: &str = "content/procedures/phe-duyet-du-an-vien-tro/facts.toml";
const PROCEDURE_EN: &str = "content/procedures/phe-duyet-du-an-vien-tro/en.md";
const REPORT: &str = "content/results/bao-cao-2020/facts.toml";
const PAGE_EN: &str = "content/pages/gioi-thieu/en.md";
const PAGE_VI: &str = "content/pages/gioi-thieu/vi.md";
const BULLETIN: &str = "content/bulletin/ban-tin-so-01/facts.toml";
const ORGANISATIONS: &str = "content/organisations.toml";
/// The last line of `[sections]` in the minimal `site.toml`.
const PAGES_WORDS: &str = "pages      = { vi = \"trang\",   en = \"pages\" }\n";

/// `[sections]` with `$line` added after its last line.
macro_rules! pages_words_and {
    ($line:literal) => {
        concat!("pages      = { vi = \"trang\",   en = \"pages\" }\n", $line)
    };
}

/// A `[legal]` register of decree 80/2020 with `$keys` added, before `[money]`.
macro_rules! decree_80_and {
    ($keys:literal) => {
        concat!(
            "[legal.\"80/2020/NĐ-CP\"]\ndate = 2020-07-08\n",
            "title = { vi = \"Nghị định về viện trợ không hoàn lại\", en = \"Decree on non-ODA grant aid\" }\n",
            $keys,
            "\n[money]"
        )
    };
}

/// `check` in `lang` on `site`.
fn check(site: &std::path::Path, lang: &str) -> Run {
    minhbach([
        OsStr::new("check"),
        OsStr::new("--lang"),
        OsStr::new(lang),
        site.as_os_str(),
    ])
}

/// Makes `changes` to a copy of `fixture`, then: `build` exits 1, writes
/// nothing and prints what `check` prints; `check` exits 1 in both languages;
/// both messages match the snapshot named after the calling test.
#[track_caller]
fn mistakes_of(fixture_name: &str, changes: &[Change]) -> String {
    let scratch = Scratch::changed(fixture_name, changes);
    let output = scratch.path("public");
    let build = minhbach([
        OsStr::new("build"),
        OsStr::new("--lang"),
        OsStr::new("en"),
        scratch.site.as_os_str(),
        OsStr::new("--output"),
        output.as_os_str(),
    ]);
    build.assert_code(1);
    assert_eq!(build.stdout, "");
    assert!(
        !output.exists(),
        "a failed build created {}",
        output.display()
    );
    let (build_mistakes, build_summary) = split_summary(&build.stderr);
    assert!(
        build_summary.ends_with("nothing was written, the previous output is unchanged"),
        "{build_summary}"
    );

    let english = check(&scratch.site, "en");
    english.assert_code(1);
    let (check_mistakes, _) = split_summary(&english.stderr);
    assert_eq!(check_mistakes, build_mistakes, "check and build disagree");

    let vietnamese = check(&scratch.site, "vi");
    vietnamese.assert_code(1);
    assert!(
        vietnamese.stderr.contains("\nlỗi[") || vietnamese.stderr.starts_with("lỗi["),
        "not in Vietnamese:\n{}",
        vietnamese.stderr
    );
    format!("{}\n---- vi ----\n{}", english.stderr, vietnamese.stderr)
}

/// A test per case: `case!(name, fixture, [changes…])`.
macro_rules! case {
    ($name:ident, $fixture:literal, [$($change:expr),+ $(,)?]) => {
        #[test]
        fn $name() {
            insta::assert_snapshot!(mistakes_of($fixture, &[$($change),+]));
        }
    };
    ($name:ident, [$($change:expr),+ $(,)?]) => {
        case!($name, "minimal", [$($change),+]);
    };
}

#[test]
fn the_minimal_site_every_case_starts_from_is_clean() {
    let run = minhbach([
        OsStr::new("check"),
        OsStr::new("--strict"),
        fixture("minimal").as_os_str(),
    ]);
    run.assert_code(0);
    assert_eq!(run.stderr, "");
}

mod facts;
mod files;
mod names;
mod site_toml;
mod values;
mod words;

#[test]
fn says_one_mistake_in_the_singular_and_many_in_the_plural() {
    let one = Scratch::changed("minimal", &[Edit(PROJECT, "\"education\"", "\"educaton\"")]);
    assert_eq!(
        summary_of(&one, "en"),
        "1 mistake found; fix it and check again"
    );
    assert_eq!(summary_of(&one, "vi"), "có 1 lỗi; hãy sửa rồi kiểm tra lại");

    let two = Scratch::changed(
        "minimal",
        &[
            Edit(PROJECT, "\"education\"", "\"educaton\""),
            Edit(PROJECT, "\"2020-2025\"", "\"2021-2025\""),
        ],
    );
    assert_eq!(
        summary_of(&two, "en"),
        "2 mistakes found; fix them and check again"
    );
    assert_eq!(summary_of(&two, "vi"), "có 2 lỗi; hãy sửa rồi kiểm tra lại");
}

fn summary_of(scratch: &Scratch, lang: &str) -> String {
    let run = check(&scratch.site, lang);
    split_summary(&run.stderr).1.to_owned()
}

#[test]
fn check_json_lists_the_same_mistakes_with_codes_and_positions() {
    let scratch = Scratch::changed("minimal", &[Edit(PROJECT, "\"education\"", "\"educaton\"")]);
    let run = minhbach([
        OsStr::new("check"),
        OsStr::new("--format"),
        OsStr::new("json"),
        OsStr::new("--lang"),
        OsStr::new("vi"),
        scratch.site.as_os_str(),
    ]);
    run.assert_code(1);
    assert_eq!(run.stderr, "", "json goes to stdout alone");
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("valid JSON");
    assert_eq!(json["version"], 1);
    assert_eq!(json["language"], "vi");
    assert_eq!(json["mistakes"], 1);
    assert_eq!(json["warnings"], 0);
    let first = &json["diagnostics"][0];
    assert_eq!(first["file"], PROJECT);
    assert_eq!(first["line"], 2);
    assert_eq!(first["column"], 10);
    assert_eq!(first["severity"], "error");
    assert_eq!(first["code"], "not-a-key");
    assert_eq!(first["message"], "\"educaton\" không phải là một lĩnh vực");
    assert!(
        first["fix"]
            .as_str()
            .is_some_and(|f| f.contains("`education`")),
        "{first}"
    );
}
