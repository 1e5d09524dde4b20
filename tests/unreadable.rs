//! Mistakes that git cannot store well, made at run time in a temporary copy of
//! the minimal fixture: invalid UTF-8, symlinks, a huge file. And how mistakes
//! are reported together: once each, never a panic. Whole messages, in English
//! and in Vietnamese, are kept in `tests/snapshots/unreadable__<test>.snap`, as
//! `tests/mistakes/` keeps its own.

mod common;

use std::ffi::OsStr;
use std::path::Path;

use common::{all_fixtures, fixture, minhbach, split_summary, Change, Run, Scratch};
use pretty_assertions::assert_eq;

use Change::Edit;

const PROJECT: &str = "content/projects/truong-mam-non-tien-phong";
const FACTS: &str = "content/projects/truong-mam-non-tien-phong/facts.toml";
const PAGE_EN: &str = "content/pages/gioi-thieu/en.md";

fn check(site: &Path) -> Run {
    minhbach([OsStr::new("check"), site.as_os_str()])
}

/// Checks `site` in `lang`, expects status 1, and gives the mistakes printed
/// without the closing count line.
#[track_caller]
fn mistakes_in(site: &Scratch, lang: &str) -> String {
    let run = minhbach([
        OsStr::new("check"),
        OsStr::new("--lang"),
        OsStr::new(lang),
        site.site.as_os_str(),
    ]);
    run.assert_code(1);
    split_summary(&run.stderr).0.to_owned()
}

/// The mistakes of `site` in English, then in Vietnamese, as a snapshot
/// keeps them.
#[track_caller]
fn mistakes_of(site: &Scratch) -> String {
    let english = mistakes_in(site, "en");
    let vietnamese = mistakes_in(site, "vi");
    assert!(
        vietnamese.starts_with("lỗi["),
        "not in Vietnamese:\n{vietnamese}"
    );
    format!("{english}\n\n---- vi ----\n{vietnamese}")
}

/// What each mistake says and where, one line each: its first line
/// (`error[code]: what`) and its `-->` line.
fn headlines(mistakes: &str) -> Vec<String> {
    mistakes
        .split("\n\n")
        .map(|mistake| {
            let mut lines = mistake.lines();
            let what = lines.next().unwrap_or_default();
            let at = lines.next().unwrap_or_default().trim();
            format!("{what} {at}")
        })
        .collect()
}

#[test]
fn rejects_invalid_utf8_in_words_at_its_line_and_column() {
    let site = Scratch::copy_of("minimal");
    site.write(
        &format!("{PROJECT}/en.md"),
        b"+++\ntitle = \"A kindergarten\"\nsummary = \"Three rooms.\"\n+++\n\nChildren learn in the village \xe1 hall.\n",
    );
    // Column 31: the 30 characters of "Children learn in the village " come first.
    insta::assert_snapshot!(mistakes_of(&site));
}

#[cfg(unix)]
#[test]
fn rejects_an_attachment_that_links_outside_the_site() {
    let site = Scratch::copy_of("minimal");
    let outside = site.path("secret.pdf");
    std::fs::write(&outside, "not part of the site").unwrap();
    std::fs::create_dir_all(site.file(&format!("{PROJECT}/files"))).unwrap();
    std::os::unix::fs::symlink(&outside, site.file(&format!("{PROJECT}/files/plan.pdf"))).unwrap();
    insta::assert_snapshot!(mistakes_of(&site));
}

#[cfg(unix)]
#[test]
fn rejects_words_that_link_outside_the_site() {
    let site = Scratch::copy_of("minimal");
    let outside = site.path("en.md");
    std::fs::copy(site.file(PAGE_EN), &outside).unwrap();
    std::fs::remove_file(site.file(PAGE_EN)).unwrap();
    std::os::unix::fs::symlink(&outside, site.file(PAGE_EN)).unwrap();
    insta::assert_snapshot!(mistakes_of(&site));
}

#[cfg(unix)]
#[test]
fn rejects_words_that_link_to_a_file_that_is_not_there() {
    let site = Scratch::copy_of("minimal");
    std::fs::remove_file(site.file(PAGE_EN)).unwrap();
    std::os::unix::fs::symlink(site.path("moved-away/en.md"), site.file(PAGE_EN)).unwrap();
    insta::assert_snapshot!(mistakes_of(&site));
}

#[cfg(unix)]
#[test]
fn rejects_an_attachment_whose_name_is_not_text() {
    use std::os::unix::ffi::OsStrExt;

    let site = Scratch::copy_of("minimal");
    let files = site.file(&format!("{PROJECT}/files"));
    std::fs::create_dir_all(&files).unwrap();
    // "kế-hoạch.pdf" as an old Windows code page (1258) wrote it: not UTF-8.
    let name = OsStr::from_bytes(b"k\xea\xd2-ho\xe3ch.pdf");
    std::fs::write(files.join(name), "%PDF-1.4\n").unwrap();
    insta::assert_snapshot!(mistakes_of(&site));
}

/// A file that is listed but cannot be opened. Without permissions to take
/// away (the tests may run as root), a Unix socket in place of the words
/// is such a file: opening it fails with "No such device or address".
#[cfg(target_os = "linux")]
#[test]
fn rejects_words_that_cannot_be_opened() {
    let site = Scratch::copy_of("minimal");
    std::fs::remove_file(site.file(PAGE_EN)).unwrap();
    let _socket = std::os::unix::net::UnixListener::bind(site.file(PAGE_EN)).unwrap();
    insta::assert_snapshot!(mistakes_of(&site));
}

#[cfg(unix)]
#[test]
fn accepts_a_symlink_that_stays_inside_the_site() {
    let site = Scratch::copy_of("minimal");
    std::fs::create_dir_all(site.file(&format!("{PROJECT}/files"))).unwrap();
    site.write("shared/plan.pdf", "%PDF-1.4\n");
    std::os::unix::fs::symlink(
        site.file("shared/plan.pdf"),
        site.file(&format!("{PROJECT}/files/plan.pdf")),
    )
    .unwrap();
    check(&site.site).assert_code(0);
}

#[test]
fn rejects_a_50_megabyte_words_file_without_reading_it_all() {
    let site = Scratch::copy_of("minimal");
    let mut text = String::from("+++\ntitle = \"A\"\nsummary = \"B\"\n+++\n");
    text.push_str(&format!("{}\n", "x".repeat(99)).repeat(500_000));
    site.write(&format!("{PROJECT}/en.md"), &text);
    // 500,000 lines of 100 bytes and a 34-byte front matter: 50,000,034
    // bytes, 47.7 MB of 1,048,576 bytes.
    insta::assert_snapshot!(mistakes_of(&site));
}

#[test]
fn reports_every_mistake_of_a_run_not_just_the_first() {
    let site = Scratch::changed(
        "minimal",
        &[
            Edit(FACTS, "sector = \"education\"", "sector = \"educaton\""),
            Edit(
                "content/results/bao-cao-2020/facts.toml",
                "projects = 8\n",
                "projects = 25\n",
            ),
            Edit(PAGE_EN, "(/en/projects/)", "(/en/project/)"),
        ],
    );
    assert_eq!(
        headlines(&mistakes_in(&site, "en")),
        [
            "error[link-to-nowhere]: the link \"/en/project/\" leads to no page of this site --> content/pages/gioi-thieu/en.md:6:5",
            "error[not-a-key]: \"educaton\" is not a sector --> content/projects/truong-mam-non-tien-phong/facts.toml:2:10",
            "error[breakdown-projects-over]: the `by_sector` entries add up to 25 projects, more than the report's `projects` (20) --> content/results/bao-cao-2020/facts.toml:6:12",
        ]
    );
}

#[test]
fn reports_a_project_with_mistakes_once_not_again_where_it_is_featured_or_linked() {
    let site = Scratch::changed(
        "minimal",
        &[
            Edit(FACTS, "sector = \"education\"", "sector = \"educaton\""),
            Edit(
                "content/bulletin/ban-tin-so-01/facts.toml",
                "date = 2025-03-31\n",
                "date = 2025-03-31\nfeatured = [\"truong-mam-non-tien-phong\"]\n",
            ),
            Edit(
                PAGE_EN,
                "(/en/projects/)",
                "(/en/projects/truong-mam-non-tien-phong/)",
            ),
        ],
    );
    insta::assert_snapshot!(mistakes_of(&site));
}

#[test]
fn advises_adding_a_sector_when_site_toml_has_none() {
    let site = Scratch::copy_of("minimal");
    let config = site.read("site.toml");
    let start = config.find("[sectors.education]").unwrap();
    let end = config.find("[localities.hoa-binh]").unwrap();
    site.write(
        "site.toml",
        format!("{}{}", &config[..start], &config[end..]),
    );
    // Each use of the sector is told to add it under [sectors]; none is
    // given an empty fix or a suggestion from an empty list.
    insta::assert_snapshot!(mistakes_of(&site));
}

#[test]
fn nothing_panics_on_any_fixture() {
    for name in all_fixtures() {
        for command in ["check", "build"] {
            let scratch = Scratch::empty();
            let output = scratch.path("public");
            let mut args = vec![command.into(), fixture(&name).into_os_string()];
            if command == "build" {
                args.extend(["--output".into(), output.into_os_string()]);
            }
            let run = minhbach::<_, std::ffi::OsString>(args);
            assert!(matches!(run.code, Some(0 | 1)), "{command} {name}: {run:?}");
            run.assert_no_panic();
        }
    }
}

#[test]
fn names_every_unknown_and_missing_key_of_a_file_in_one_run() {
    let site = Scratch::changed(
        "minimal",
        &[
            Edit(
                FACTS,
                "status = \"seeking\"",
                "colour = \"red\"\nstatus = \"seeking\"",
            ),
            Edit(FACTS, "owner =", "ownr ="),
            Edit(FACTS, "total =", "ttal ="),
            Edit(FACTS, "requested = 4_000_000_000\n", ""),
            Edit(FACTS, "period = \"2020-2025\"\n", ""),
        ],
    );
    // `owner` and `total` are not said to be missing: "did you mean" says it.
    insta::assert_snapshot!(mistakes_of(&site));
}

#[test]
fn a_link_to_an_anchor_that_no_page_has_is_a_mistake() {
    let site = Scratch::copy_of("minimal");
    site.write(
        PAGE_EN,
        "+++\ntitle = \"About\"\nsummary = \"This portal publishes the province's aid needs.\"\n+++\n\n## How to help\n\nSee [below](#how-to-hlp), [the top](#how-to-help), [the content](#main) and [the data](/en/data/#licence).\n\nAlso [this](/en/data/#license).\n",
    );
    insta::assert_snapshot!(mistakes_of(&site));
}
