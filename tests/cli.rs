//! The command line: exit statuses, `check --strict`, help, `init` and `new`.

mod common;

use std::ffi::OsStr;

use common::{fixture, minhbach, split_summary, Scratch};
use pretty_assertions::assert_eq;

const UNTRANSLATED: &str = "content/projects/nuoc-sach-xa-cao-son/en.md: not yet translated: the `en` page shows the `vi` words\n  fix: add en.md, translated from vi.md";

#[test]
fn check_accepts_the_valid_fixture_and_lists_its_missing_translation() {
    let run = minhbach([OsStr::new("check"), fixture("valid").as_os_str()]);
    run.assert_code(0);
    assert_eq!(run.stderr, format!("warning: {UNTRANSLATED}\n\n"));
    assert!(
        run.stdout
            .starts_with("no mistakes found: 54 pages, 1 warning"),
        "{}",
        run.stdout
    );
}

#[test]
fn check_strict_turns_a_missing_translation_into_a_mistake() {
    let run = minhbach([
        OsStr::new("check"),
        OsStr::new("--strict"),
        fixture("valid").as_os_str(),
    ]);
    run.assert_code(1);
    let (mistakes, _) = split_summary(&run.stderr);
    assert_eq!(mistakes, format!("error: {UNTRANSLATED}"));
}

#[test]
fn check_writes_nothing() {
    let site = Scratch::copy_of("valid");
    minhbach([OsStr::new("check"), site.site.as_os_str()]).assert_code(0);
    assert!(!site.file("public").exists(), "check wrote the site");
}

#[test]
fn build_writes_into_public_of_the_site_by_default() {
    let site = Scratch::copy_of("minimal");
    let run = minhbach([OsStr::new("build"), site.site.as_os_str()]);
    run.assert_code(0);
    assert!(site.file("public/vi/index.html").is_file());
    assert!(site.file("public/en/index.html").is_file());
}

#[test]
fn exits_2_for_a_missing_site_directory() {
    let scratch = Scratch::empty();
    for command in ["build", "check"] {
        let run = minhbach([OsStr::new(command), scratch.site.as_os_str()]);
        run.assert_code(2);
        let expected = format!(
            "error: cannot open the site directory {}: ",
            scratch.site.display()
        );
        assert!(run.stderr.starts_with(&expected), "{}", run.stderr);
        assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    }
}

#[test]
fn exits_2_for_a_folder_without_site_toml() {
    let scratch = Scratch::empty();
    std::fs::create_dir(&scratch.site).unwrap();
    let run = minhbach([OsStr::new("check"), scratch.site.as_os_str()]);
    run.assert_code(2);
    assert_eq!(
        run.stderr,
        format!("error: {} has no site.toml, so it is not a site directory (create one with `minhbach init`)\n", scratch.site.display())
    );
}

#[test]
fn exits_2_for_an_unknown_flag() {
    for command in ["build", "check", "new", "init"] {
        let run = minhbach([command, "--frobnicate"]);
        run.assert_code(2);
        assert!(
            run.stderr
                .starts_with("error: unexpected argument '--frobnicate' found"),
            "{command}: {}",
            run.stderr
        );
    }
    minhbach(["publish"]).assert_code(2);
    minhbach(["new", "article", "x"]).assert_code(2);
}

#[test]
fn the_help_of_every_command_shows_an_example() {
    for command in ["build", "check", "serve", "new", "init"] {
        let run = minhbach([command, "--help"]);
        run.assert_code(0);
        assert!(
            run.stdout
                .contains(&format!("Example:\n  minhbach {command}")),
            "{command} --help:\n{}",
            run.stdout
        );
    }
}

#[test]
fn init_makes_a_site_that_check_strict_accepts() {
    let scratch = Scratch::empty();
    let run = minhbach([OsStr::new("init"), scratch.site.as_os_str()]);
    run.assert_code(0);
    let strict = minhbach([
        OsStr::new("check"),
        OsStr::new("--strict"),
        scratch.site.as_os_str(),
    ]);
    strict.assert_code(0);
    assert_eq!(strict.stderr, "");
}

#[test]
fn init_refuses_a_folder_that_already_has_a_site() {
    let site = Scratch::copy_of("minimal");
    let before = site.read("site.toml");
    let run = minhbach([OsStr::new("init"), site.site.as_os_str()]);
    run.assert_code(2);
    assert_eq!(
        run.stderr,
        format!("error: {} already has a site.toml\n", site.site.display())
    );
    assert_eq!(site.read("site.toml"), before);
}

#[test]
fn new_project_in_an_init_site_passes_check() {
    let scratch = Scratch::empty();
    minhbach([OsStr::new("init"), scratch.site.as_os_str()]).assert_code(0);
    minhbach([
        OsStr::new("new"),
        OsStr::new("project"),
        OsStr::new("x"),
        scratch.site.as_os_str(),
    ])
    .assert_code(0);
    minhbach([OsStr::new("check"), scratch.site.as_os_str()]).assert_code(0);
}

#[test]
fn new_entries_of_every_kind_but_bulletin_pass_check_in_the_valid_fixture() {
    let site = Scratch::copy_of("valid");
    for kind in ["project", "procedure", "results", "page"] {
        let slug = format!("moi-{kind}");
        let run = minhbach([
            OsStr::new("new"),
            OsStr::new(kind),
            OsStr::new(&slug),
            site.site.as_os_str(),
        ]);
        run.assert_code(0);
        let run = minhbach([OsStr::new("check"), site.site.as_os_str()]);
        run.assert_code(0);
        assert!(
            !run.stderr.contains("error"),
            "after new {kind}:\n{}",
            run.stderr
        );
    }
}

#[test]

fn new_bulletin_takes_the_next_number() {
    let site = Scratch::copy_of("valid");
    let run = minhbach([
        OsStr::new("new"),
        OsStr::new("bulletin"),
        OsStr::new("ban-tin-so-03"),
        site.site.as_os_str(),
    ]);
    run.assert_code(0);
    minhbach([OsStr::new("check"), site.site.as_os_str()]).assert_code(0);
}

#[test]
fn new_refuses_a_slug_that_cannot_be_an_address_and_an_existing_entry() {
    let site = Scratch::copy_of("minimal");
    let run = minhbach([
        OsStr::new("new"),
        OsStr::new("project"),
        OsStr::new("Trường"),
        site.site.as_os_str(),
    ]);
    run.assert_code(2);
    assert_eq!(run.stderr, "error: \"Trường\" cannot be a slug: it may use only lowercase ASCII letters a–z, digits and `-`\n");

    let run = minhbach([
        OsStr::new("new"),
        OsStr::new("page"),
        OsStr::new("gioi-thieu"),
        site.site.as_os_str(),
    ]);
    run.assert_code(2);
    assert_eq!(
        run.stderr,
        format!(
            "error: {} already exists\n",
            site.file("content/pages/gioi-thieu").display()
        )
    );
}
