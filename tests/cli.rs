//! The command line as staff meet it: exit statuses, `check --strict`, the
//! language of messages and help, `init` and `new`.

mod common;

use std::ffi::OsStr;
use std::fs;
use std::path::Path;

use common::{command, fixture, minhbach, run, split_summary, Scratch};
use pretty_assertions::assert_eq;

#[test]
fn check_accepts_the_valid_fixture_and_names_its_one_warning() {
    let run = minhbach([OsStr::new("check"), fixture("valid").as_os_str()]);
    run.assert_code(0);
    insta::assert_snapshot!(run.stderr);
    assert!(
        run.stdout.starts_with("no mistakes found: ") && run.stdout.contains("pages, 1 warning"),
        "{}",
        run.stdout
    );
}

#[test]
fn check_strict_turns_the_warning_into_a_mistake() {
    let run = minhbach([
        OsStr::new("check"),
        OsStr::new("--strict"),
        fixture("valid").as_os_str(),
    ]);
    run.assert_code(1);
    let (mistakes, summary) = split_summary(&run.stderr);
    assert!(
        mistakes.starts_with("error[not-yet-translated]: not yet translated"),
        "{mistakes}"
    );
    assert_eq!(summary, "1 mistake found; fix it and check again");
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
fn a_build_that_cannot_write_exits_2_says_where_and_leaves_nothing() {
    // The output's parent is a file: no folder can be made there, even by root.
    let scratch = Scratch::copy_of("minimal");
    let blocker = scratch.path("blocker");
    std::fs::write(&blocker, "a file, not a folder").unwrap();
    let output = blocker.join("public");
    let run = minhbach([
        OsStr::new("build"),
        OsStr::new("--lang"),
        OsStr::new("en"),
        scratch.site.as_os_str(),
        OsStr::new("--output"),
        output.as_os_str(),
    ]);
    run.assert_code(2);
    assert!(
        run.stderr.starts_with("error: cannot write ") && run.stderr.contains("blocker"),
        "{}",
        run.stderr
    );
    assert!(
        !run.stderr.contains("mistake"),
        "a write failure is not a content mistake: {}",
        run.stderr
    );
    assert_eq!(
        std::fs::read_to_string(&blocker).unwrap(),
        "a file, not a folder"
    );
}

#[test]
fn exits_2_for_a_missing_site_directory_in_the_chosen_language() {
    let scratch = Scratch::empty();
    for command in ["build", "check", "serve"] {
        let run = minhbach([OsStr::new(command), scratch.site.as_os_str()]);
        run.assert_code(2);
        assert_eq!(
            run.stderr,
            format!(
                "error: cannot open the site directory {}: the file or folder does not exist\n",
                scratch.site.display()
            )
        );
    }
    let run = minhbach([
        OsStr::new("check"),
        OsStr::new("--lang"),
        OsStr::new("vi"),
        scratch.site.as_os_str(),
    ]);
    run.assert_code(2);
    assert_eq!(
        run.stderr,
        format!(
            "lỗi: không mở được thư mục trang {}: tệp hoặc thư mục không tồn tại\n",
            scratch.site.display()
        )
    );
}

#[test]
fn exits_2_for_a_folder_without_site_toml() {
    let scratch = Scratch::empty();
    fs::create_dir(&scratch.site).unwrap();
    let run = minhbach([OsStr::new("check"), scratch.site.as_os_str()]);
    run.assert_code(2);
    assert_eq!(
        run.stderr,
        format!("error: {} has no site.toml, so it is not a site directory (create one with `minhbach init`)\n", scratch.site.display())
    );
}

#[test]
fn exits_2_for_what_the_command_line_does_not_know_saying_so_in_words() {
    for command in ["build", "check", "new", "init", "serve"] {
        let run = minhbach([command, "--frobnicate"]);
        run.assert_code(2);
        assert_eq!(
            run.stderr,
            "error: the command does not know --frobnicate\n\nFor the commands and their options: minhbach --help\n",
            "{command}"
        );
    }
    let run = minhbach(["--lang", "vi", "publish"]);
    run.assert_code(2);
    assert!(run.stderr.starts_with("lỗi: "), "{}", run.stderr);
    minhbach(["new", "article", "x"]).assert_code(2);
}

#[test]
fn the_help_of_every_command_shows_examples_and_exit_statuses_in_both_languages() {
    for command in ["build", "check", "serve", "new", "init", "import"] {
        let english = minhbach(["--lang", "en", command, "--help"]);
        english.assert_code(0);
        assert!(
            english.stdout.contains("Example")
                && english.stdout.contains(&format!("  minhbach {command}")),
            "{command} --help:\n{}",
            english.stdout
        );
        assert!(
            english
                .stdout
                .contains("Exit status: 0 done; 1 the content has mistakes"),
            "{}",
            english.stdout
        );

        let vietnamese = minhbach(["--lang", "vi", command, "--help"]);
        vietnamese.assert_code(0);
        assert!(
            vietnamese.stdout.contains("Ví dụ:"),
            "{}",
            vietnamese.stdout
        );
        assert!(
            vietnamese
                .stdout
                .contains("Mã thoát: 0 hoàn tất; 1 nội dung có lỗi"),
            "{}",
            vietnamese.stdout
        );
        for english_word in [
            "Usage:",
            "Options",
            "Arguments",
            "[default:",
            "possible values",
        ] {
            assert!(
                !vietnamese.stdout.contains(english_word),
                "{command} --help in Vietnamese says {english_word:?}:\n{}",
                vietnamese.stdout
            );
        }
    }
}

#[test]
fn the_help_lists_arguments_in_the_order_they_are_written() {
    let run = minhbach(["--lang", "en", "new", "--help"]);
    let kind = run.stdout.find("<KIND>  ").expect("KIND described");
    let slug = run.stdout.find("<SLUG>  ").expect("SLUG described");
    let dir = run.stdout.find("[SITE_DIR]  ").expect("SITE_DIR described");
    assert!(kind < slug && slug < dir, "{}", run.stdout);
}

/// A missing site, so that no site language can decide.
fn language_of(envs: &[(&str, &str)], extra: &[&str]) -> &'static str {
    let scratch = Scratch::empty();
    let mut command = command();
    // Not in the repository, whose own site.toml would decide.
    command.current_dir(scratch.dir.path()).env_remove("LANG");
    for (key, value) in envs {
        command.env(key, value);
    }
    command.args(extra).arg("check").arg(&scratch.site);
    let run = run(&mut command);
    run.assert_code(2);
    if run.stderr.starts_with("lỗi: ") {
        "vi"
    } else if run.stderr.starts_with("error: ") {
        "en"
    } else {
        panic!("neither language: {}", run.stderr)
    }
}

#[test]
fn the_language_comes_from_lang_then_lc_all_lc_messages_lang_then_english() {
    assert_eq!(language_of(&[], &[]), "en");
    assert_eq!(language_of(&[("LANG", "vi_VN.UTF-8")], &[]), "vi");
    assert_eq!(
        language_of(&[("LANG", "vi_VN.UTF-8")], &["--lang", "en"]),
        "en"
    );
    assert_eq!(
        language_of(&[("LANG", "en_US.UTF-8"), ("LC_MESSAGES", "vi_VN")], &[]),
        "vi"
    );
    assert_eq!(
        language_of(&[("LC_MESSAGES", "en_US"), ("LC_ALL", "vi_VN.UTF-8")], &[]),
        "vi"
    );
    assert_eq!(language_of(&[("LANG", "C.UTF-8")], &["--lang", "vi"]), "vi");
}

#[test]
fn without_a_language_in_the_environment_a_site_speaks_its_default_language() {
    let mut command = command();
    command
        .env("LANG", "C.UTF-8")
        .arg("check")
        .arg(fixture("minimal"));
    let run = run(&mut command);
    run.assert_code(0);
    assert!(run.stdout.starts_with("không có lỗi: "), "{}", run.stdout);
}

#[test]
fn an_unknown_language_is_refused_with_the_two_it_speaks() {
    let run = minhbach(["--lang", "fr", "check"]);
    run.assert_code(2);
    assert!(
        run.stderr.contains("vi") && run.stderr.contains("en"),
        "{}",
        run.stderr
    );
}

#[test]
fn init_makes_a_site_that_check_strict_accepts_with_comments_in_the_tool_language() {
    for (lang, comment) in [("vi", "# Cấu hình trang"), ("en", "# The site's settings")] {
        let scratch = Scratch::empty();
        let run = minhbach([
            OsStr::new("--lang"),
            OsStr::new(lang),
            OsStr::new("init"),
            scratch.site.as_os_str(),
        ]);
        run.assert_code(0);
        let site_toml = scratch.read("site.toml");
        assert!(site_toml.contains(comment), "{lang}:\n{site_toml}");
        let strict = minhbach([
            OsStr::new("check"),
            OsStr::new("--strict"),
            scratch.site.as_os_str(),
        ]);
        strict.assert_code(0);
        assert_eq!(strict.stderr, "");
    }
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

/// `new kind slug` in `site`; the folder it made.
fn new_entry(site: &Path, kind: &str, slug: &str) -> String {
    let run = minhbach([
        OsStr::new("new"),
        OsStr::new(kind),
        OsStr::new(slug),
        site.as_os_str(),
    ]);
    run.assert_code(0);
    let folder = match kind {
        "project" => "projects",
        "procedure" => "procedures",
        "page" => "pages",
        other => other,
    };
    format!("content/{folder}/{slug}")
}

/// Fills in every `[điền vào: …]` the way staff would, and the zero budget.
fn fill_in(site: &Scratch, folder: &str) {
    for entry in fs::read_dir(site.file(folder)).unwrap() {
        let path = entry.unwrap().path();
        if !path.is_file() {
            continue;
        }
        let text = fs::read_to_string(&path).unwrap();
        let mut filled = String::new();
        for line in text.lines() {
            let line = if line.starts_with('#') {
                line.to_string()
            } else if line.starts_with("code = ") {
                format!("code = \"HB-XX-2026-{:02}\"", folder.len())
            } else {
                fill_brackets(line)
            };
            filled.push_str(&line);
            filled.push('\n');
        }
        let filled = filled
            .replace("total = 0 ", "total = 1_000_000 ")
            .replace("requested = 0 ", "requested = 800_000 ");
        fs::write(&path, filled).unwrap();
    }
}

fn fill_brackets(line: &str) -> String {
    let mut out = line.to_string();
    while let Some(start) = out.find("[điền vào: ") {
        let end = start + out[start..].find(']').expect("a closed place to fill in");
        out.replace_range(start..=end, "Nội dung đã điền");
    }
    out
}

#[test]
fn new_entries_name_each_place_to_fill_in_and_pass_check_once_filled_in() {
    let site = Scratch::copy_of("valid");
    for kind in ["project", "procedure", "results", "page", "bulletin"] {
        let folder = new_entry(&site.site, kind, &format!("moi-{kind}"));
        let run = minhbach([OsStr::new("check"), site.site.as_os_str()]);
        run.assert_code(1);
        let mistakes: Vec<&str> = run
            .stderr
            .lines()
            .filter(|l| l.starts_with("error["))
            .collect();
        assert!(
            !mistakes.is_empty(),
            "{kind}: no place to fill in is reported"
        );
        for mistake in &mistakes {
            assert!(
                mistake.starts_with("error[placeholder]")
                    || mistake.starts_with("error[total-zero]"),
                "{kind}: {mistake}\n{}",
                run.stderr
            );
        }
        fill_in(&site, &folder);
        let run = minhbach([OsStr::new("check"), site.site.as_os_str()]);
        run.assert_code(0);
        let warnings: Vec<&str> = run
            .stderr
            .lines()
            .filter(|l| l.starts_with("warning["))
            .collect();
        // The entry is new in Vietnamese: its English is the one thing left.
        assert!(
            warnings
                .iter()
                .all(|w| w.starts_with("warning[not-yet-translated]")),
            "after new {kind}:\n{}",
            run.stderr
        );
    }
}

#[test]
fn new_bulletin_takes_the_next_number_and_a_procedure_cites_the_decree_in_force() {
    let site = Scratch::copy_of("valid");
    let folder = new_entry(&site.site, "bulletin", "ban-tin-so-03");
    assert!(
        site.read(&format!("{folder}/facts.toml"))
            .contains("number = 3\n"),
        "{}",
        site.read(&format!("{folder}/facts.toml"))
    );
    let folder = new_entry(&site.site, "procedure", "thu-tuc-moi");
    let facts = site.read(&format!("{folder}/facts.toml"));
    assert!(facts.contains("ref = \"313/2025/NĐ-CP\""), "{facts}");
    let folder = new_entry(&site.site, "results", "bao-cao-2025-moi");
    let facts = site.read(&format!("{folder}/facts.toml"));
    assert!(
        facts.contains("from = 2025-01-01") && facts.contains("to = 2025-12-31"),
        "{facts}"
    );
}

#[test]
fn new_refuses_a_bad_slug_a_reserved_one_and_an_existing_entry() {
    let site = Scratch::copy_of("minimal");
    let refuse = |kind: &str, slug: &str| {
        let run = minhbach([
            OsStr::new("new"),
            OsStr::new(kind),
            OsStr::new(slug),
            site.site.as_os_str(),
        ]);
        run.assert_code(2);
        run.stderr
    };
    assert_eq!(
        refuse("project", "Trường"),
        "error: \"Trường\" cannot be a folder name: it may use only lowercase ASCII letters a–z, digits and `-`\n"
    );
    assert!(refuse("project", "linh-vuc")
        .starts_with("error: \"linh-vuc\" is a word of the catalogue's own addresses"),);
    assert_eq!(
        refuse("page", "gioi-thieu"),
        format!(
            "error: {} already exists\n",
            site.file("content/pages/gioi-thieu").display()
        )
    );
}

#[test]
fn a_reader_that_goes_away_ends_the_output_quietly() {
    let valid = fixture("valid");
    let runs: [Vec<&OsStr>; 2] = [
        vec![OsStr::new("--help")],
        vec![
            OsStr::new("check"),
            OsStr::new("--format"),
            OsStr::new("json"),
            valid.as_os_str(),
        ],
    ];
    for args in runs {
        let mut child = command()
            .args(&args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("minhbach starts");
        // The reader goes before the first line is written, like `| head -0`.
        drop(child.stdout.take());
        let output = child.wait_with_output().expect("minhbach ends");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert_eq!(output.status.code(), Some(0), "{args:?}: {stderr}");
    }
}

#[test]
fn check_json_says_why_it_could_not_start() {
    let scratch = Scratch::empty();
    let run = minhbach([
        OsStr::new("check"),
        OsStr::new("--format"),
        OsStr::new("json"),
        scratch.site.as_os_str(),
    ]);
    run.assert_code(2);
    let json: serde_json::Value =
        serde_json::from_str(&run.stdout).expect("JSON on standard output");
    assert_eq!(json["version"], 1);
    assert_eq!(json["mistakes"], 0);
    assert_eq!(json["diagnostics"], serde_json::json!([]));
    assert!(
        json["error"]
            .as_str()
            .is_some_and(|e| e.starts_with("cannot open the site directory")),
        "{json}"
    );
}
