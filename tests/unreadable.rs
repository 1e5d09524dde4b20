//! Mistakes that git cannot store well, made at run time in a temporary copy of
//! the minimal fixture: invalid UTF-8, symlinks, a huge file. And how mistakes
//! are reported together: once each, never a panic.

mod common;

use std::ffi::OsStr;
use std::path::Path;

use common::{all_fixtures, fixture, minhbach, split_summary, Run, Scratch};
use pretty_assertions::assert_eq;

const PROJECT: &str = "content/projects/truong-mam-non-tien-phong";

fn check(site: &Path) -> Run {
    minhbach([OsStr::new("check"), site.as_os_str()])
}

/// Checks `site`, expects it to fail with exactly `expected` (without the
/// closing count line).
#[track_caller]
fn assert_mistakes(site: &Scratch, expected: &str) {
    let run = check(&site.site);
    run.assert_code(1);
    assert_eq!(mistakes(&run), expected);
}

/// The mistakes printed, without the closing count line.
fn mistakes(run: &Run) -> &str {
    split_summary(&run.stderr).0
}

#[test]
fn rejects_invalid_utf8_in_words_at_its_line_and_column() {
    let site = Scratch::copy_of("minimal");
    site.write(
        &format!("{PROJECT}/en.md"),
        b"+++\ntitle = \"A kindergarten\"\nsummary = \"Three rooms.\"\n+++\n\nChildren learn in the village \xe1 hall.\n",
    );
    assert_mistakes(&site, "error: content/projects/truong-mam-non-tien-phong/en.md:6:31: the file is not valid UTF-8 text\n  fix: save the file with UTF-8 encoding (in most editors: \"Save with encoding\" → UTF-8)");
}

#[cfg(unix)]
#[test]
fn rejects_an_attachment_that_links_outside_the_site() {
    let site = Scratch::copy_of("minimal");
    let outside = site.path("secret.pdf");
    std::fs::write(&outside, "not part of the site").unwrap();
    std::fs::create_dir_all(site.file(&format!("{PROJECT}/files"))).unwrap();
    std::os::unix::fs::symlink(&outside, site.file(&format!("{PROJECT}/files/plan.pdf"))).unwrap();
    assert_mistakes(&site, "error: content/projects/truong-mam-non-tien-phong/files/plan.pdf: this is a link to a file outside the site directory\n  fix: copy the file into the site directory instead of linking to it");
}

#[cfg(unix)]
#[test]
fn rejects_words_that_link_outside_the_site() {
    let site = Scratch::copy_of("minimal");
    let outside = site.path("en.md");
    std::fs::copy(site.file("content/pages/gioi-thieu/en.md"), &outside).unwrap();
    std::fs::remove_file(site.file("content/pages/gioi-thieu/en.md")).unwrap();
    std::os::unix::fs::symlink(&outside, site.file("content/pages/gioi-thieu/en.md")).unwrap();
    assert_mistakes(&site, "error: content/pages/gioi-thieu/en.md: this is a link to a file outside the site directory\n  fix: copy the file into the site directory instead of linking to it");
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
    assert_mistakes(&site, "error: content/projects/truong-mam-non-tien-phong/en.md: the file is 47.7 MB, larger than the 2 MB a text file may have\n  fix: keep long documents as attachments in the `files/` folder and link to them");
}

#[test]
fn reports_every_mistake_of_a_run_not_just_the_first() {
    let site = Scratch::copy_of("minimal");
    site.edit(
        &format!("{PROJECT}/facts.toml"),
        "sector = \"education\"",
        "sector = \"educaton\"",
    );
    site.edit(
        "content/results/bao-cao-2020/facts.toml",
        "projects = 8\n",
        "projects = 25\n",
    );
    site.edit(
        "content/pages/gioi-thieu/en.md",
        "(/en/projects/)",
        "(/en/project/)",
    );
    let run = check(&site.site);
    run.assert_code(1);
    let found: Vec<&str> = mistakes(&run)
        .lines()
        .filter(|l| l.starts_with("error: "))
        .collect();
    assert_eq!(
        found,
        [
            "error: content/pages/gioi-thieu/en.md:6:5: the link \"/en/project/\" leads to no page of this site",
            "error: content/projects/truong-mam-non-tien-phong/facts.toml:2:10: \"educaton\" is not a sector",
            "error: content/results/bao-cao-2020/facts.toml:6:12: the `by_sector` entries add up to 25 projects, more than the report's `projects` (20)",
        ]
    );
}

#[test]
fn reports_a_project_with_mistakes_once_not_again_where_it_is_featured_or_linked() {
    let site = Scratch::copy_of("minimal");
    site.edit(
        &format!("{PROJECT}/facts.toml"),
        "sector = \"education\"",
        "sector = \"educaton\"",
    );
    site.edit(
        "content/bulletin/ban-tin-so-01/facts.toml",
        "date = 2025-03-31\n",
        "date = 2025-03-31\nfeatured = [\"truong-mam-non-tien-phong\"]\n",
    );
    site.edit(
        "content/pages/gioi-thieu/en.md",
        "(/en/projects/)",
        "(/en/projects/truong-mam-non-tien-phong/)",
    );
    assert_mistakes(&site, "error: content/projects/truong-mam-non-tien-phong/facts.toml:2:10: \"educaton\" is not a sector\n  fix: did you mean `education`? (the sectors are listed in site.toml under [sectors])");
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
    let run = check(&site.site);
    run.assert_code(1);
    assert!(
        !run.stderr.contains("fix:  "),
        "an empty fix:\n{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("[sectors"),
        "no advice to add a sector:\n{}",
        run.stderr
    );
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
    let site = Scratch::copy_of("minimal");
    let facts = format!("{PROJECT}/facts.toml");
    site.edit(
        &facts,
        "status = \"seeking\"",
        "colour = \"red\"\nstatus = \"seeking\"",
    );
    site.edit(&facts, "owner =", "ownr =");
    site.edit(&facts, "total =", "ttal =");
    site.edit(&facts, "requested = 4_000_000_000\n", "");
    site.edit(&facts, "period = \"2020-2025\"\n", "");
    let run = check(&site.site);
    run.assert_code(1);
    // `owner` and `total` are not said to be missing: "did you mean" says it.
    assert_eq!(mistakes(&run), "\
error: content/projects/truong-mam-non-tien-phong/facts.toml:1:1: the required key `period` is missing
  fix: add a line `period = …` (see the content format)

error: content/projects/truong-mam-non-tien-phong/facts.toml:4:1: unknown key `colour`
  fix: use one of `code`, `sector`, `localities`, `period`, `status`, `owner`, `published`, `updated`, `start`, `end`, `beneficiaries`, `sdgs`, `contact`, `budget`, `funding`, `indicators`

error: content/projects/truong-mam-non-tien-phong/facts.toml:6:1: unknown key `ownr`
  fix: did you mean `owner`?

error: content/projects/truong-mam-non-tien-phong/facts.toml:13:1: the required key `requested` is missing
  fix: add a line `requested = …` (see the content format)

error: content/projects/truong-mam-non-tien-phong/facts.toml:15:1: unknown key `ttal`
  fix: did you mean `total`?");
}

#[test]
fn a_link_to_an_anchor_that_no_page_has_is_a_mistake() {
    let site = Scratch::copy_of("minimal");
    site.write(
        "content/pages/gioi-thieu/en.md",
        "+++\ntitle = \"About\"\nsummary = \"This portal publishes the province's aid needs.\"\n+++\n\n## How to help\n\nSee [below](#how-to-hlp), [the top](#how-to-help), [the content](#main) and [the data](/en/data/#licence).\n\nAlso [this](/en/data/#license).\n",
    );
    assert_mistakes(&site, "\
error: content/pages/gioi-thieu/en.md:8:5: the link \"#how-to-hlp\" leads to /en/pages/gioi-thieu/, which has no anchor `how-to-hlp`
  fix: did you mean `how-to-help`?

error: content/pages/gioi-thieu/en.md:10:6: the link \"/en/data/#license\" leads to /en/data/, which has no anchor `license`
  fix: did you mean `licence`?");
}
