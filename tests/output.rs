//! The output folder: a failed build leaves it as it was, the same input gives the
//! same bytes, a folder minhbach did not make is never replaced, a third language.

mod common;

use std::ffi::OsStr;
use std::fs;

use common::{build_ok, fixture, minhbach, page, read_tree, tree_differences, Scratch};
use pretty_assertions::assert_eq;

#[test]
fn a_failed_build_leaves_the_previous_output_byte_identical() {
    let site = Scratch::copy_of("valid");
    let out = site.path("public");
    build_ok(&site.site, &out);
    let before = read_tree(&out);

    site.edit(
        "content/projects/truong-mam-non-tien-phong/facts.toml",
        "sector = \"education\"",
        "sector = \"educaton\"",
    );
    site.edit(
        "content/pages/gioi-thieu/en.md",
        "title = \"About\"",
        "title = \"About us\"",
    );
    let run = minhbach([
        OsStr::new("build"),
        site.site.as_os_str(),
        OsStr::new("--output"),
        out.as_os_str(),
    ]);
    run.assert_code(1);

    let after = read_tree(&out);
    assert_eq!(tree_differences(&before, &after), Vec::<String>::new());
    assert_eq!(
        beside_the_output(&site),
        Vec::<String>::new(),
        "staging folders left beside the output"
    );
}

#[test]
fn a_successful_build_replaces_the_output_it_made_before() {
    let site = Scratch::copy_of("valid");
    let out = site.path("public");
    build_ok(&site.site, &out);
    site.edit(
        "content/pages/gioi-thieu/en.md",
        "title = \"About\"",
        "title = \"About the portal\"",
    );
    fs::remove_dir_all(site.file("content/bulletin/ban-tin-so-02")).unwrap();
    build_ok(&site.site, &out);
    assert!(page(&out, "/en/pages/gioi-thieu/").contains("<h1>About the portal</h1>"));
    assert!(
        !out.join("en/bulletin/ban-tin-so-02").exists(),
        "a page of a removed issue is left"
    );
    // `build` removes the previous output before it ends (the preview does
    // it on another thread, while its pages are served).
    assert_eq!(
        beside_the_output(&site),
        Vec::<String>::new(),
        "the previous output is left"
    );
}

/// What is in the scratch folder besides the site and its output `public`.
fn beside_the_output(site: &Scratch) -> Vec<String> {
    fs::read_dir(site.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "site" && n != "public")
        .collect()
}

#[test]
fn two_builds_of_one_site_are_byte_identical_and_name_no_local_path() {
    let first = Scratch::copy_of("valid");
    let second = Scratch::copy_of("valid");
    let (out_a, out_b) = (first.path("public"), second.path("out/www"));
    build_ok(&first.site, &out_a);
    build_ok(&second.site, &out_b);
    let (a, b) = (read_tree(&out_a), read_tree(&out_b));
    assert!(a.len() > 20, "only {} files", a.len());
    assert_eq!(tree_differences(&a, &b), Vec::<String>::new());

    let locals = [&first.site, &second.site, &out_a, &out_b, &fixture("valid")];
    for (name, bytes) in &a {
        let text = String::from_utf8_lossy(bytes);
        for local in locals {
            let local = local.to_string_lossy();
            assert!(!text.contains(local.as_ref()), "{name} contains {local}");
        }
        let tmp = first
            .dir
            .path()
            .parent()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        assert!(
            !text.contains(&tmp),
            "{name} contains the temporary folder {tmp}"
        );
    }
}

#[test]
fn refuses_to_replace_a_folder_it_did_not_make_and_leaves_it_untouched() {
    let site = Scratch::copy_of("valid");
    let out = site.path("documents");
    fs::create_dir_all(out.join("letters")).unwrap();
    fs::write(out.join("notes.txt"), "do not delete").unwrap();
    fs::write(out.join("letters/2024.txt"), "kept").unwrap();
    let before = read_tree(&out);

    let run = minhbach([
        OsStr::new("build"),
        site.site.as_os_str(),
        OsStr::new("--output"),
        out.as_os_str(),
    ]);
    run.assert_code(2);
    assert_eq!(
        run.stderr,
        format!(
            "error: {} already exists and was not made by minhbach (it has no .minhbach-output file); choose an empty or new output folder\n",
            out.display()
        )
    );
    assert_eq!(
        tree_differences(&before, &read_tree(&out)),
        Vec::<String>::new()
    );
}

#[test]
fn builds_into_an_empty_folder_and_creates_missing_parents() {
    let site = Scratch::copy_of("valid");
    let empty = site.path("empty");
    fs::create_dir(&empty).unwrap();
    build_ok(&site.site, &empty);
    page(&empty, "/vi/");
    let deep = site.path("a/b/c");
    build_ok(&site.site, &deep);
    page(&deep, "/en/");
}

#[test]
fn builds_a_third_language_with_warnings_for_what_is_not_translated() {
    let site = Scratch::copy_of("valid");
    site.edit(
        "site.toml",
        "languages = [\"vi\", \"en\"]",
        "languages = [\"vi\", \"en\", \"fr\"]",
    );
    for (en, fr) in [
        ("projects", "projets"),
        ("procedures", "procedures"),
        ("results", "resultats"),
        ("bulletin", "bulletin"),
        ("pages", "pages"),
    ] {
        site.edit(
            "site.toml",
            &format!("en = \"{en}\" }}"),
            &format!("en = \"{en}\", fr = \"{fr}\" }}"),
        );
    }
    let out = site.path("public");
    let run = build_ok(&site.site, &out);
    assert!(
        run.stderr.contains("warning[not-yet-translated]: not yet translated: the `fr` page shows the `vi` words\n--> content/projects/truong-mam-non-tien-phong/fr.md\n = fix: add fr.md, translated from vi.md\n"),
        "{}",
        run.stderr
    );
    // Column 8 is the `{` of the sector's `name = { vi = …, en = … }`, on the
    // line after its table header; the arrow is indented by the width of the
    // line number.
    let sector_line = site
        .read("site.toml")
        .lines()
        .position(|l| l == "[sectors.education]")
        .expect("the education sector")
        + 2;
    let indent = " ".repeat(sector_line.to_string().len());
    assert!(
        run.stderr.contains(&format!(
            "warning[no-text-in]: sector `education` has no text in `fr`\n{indent}--> site.toml:{sector_line}:8\n"
        )),
        "{}",
        run.stderr
    );
    assert!(
        !run.stderr.contains("error[") && !run.stderr.contains("error:"),
        "{}",
        run.stderr
    );

    for address in [
        "/fr/",
        "/fr/projets/",
        "/fr/projets/truong-mam-non-tien-phong/",
        // A language without words of its own for the generated addresses
        // takes the English keys (format 2's [sections] defaults).
        "/fr/projets/sector/education/",
        "/fr/projets/status/completed/",
        "/fr/procedures/phe-duyet-du-an-vien-tro/",
        "/fr/resultats/bao-cao-2014-2019/",
        "/fr/bulletin/ban-tin-so-02/",
        "/fr/pages/gioi-thieu/",
    ] {
        let html = page(&out, address);
        assert!(html.contains("<html lang=\"fr\">"), "{address}");
        assert!(
            html.contains(&format!(
                "hreflang=\"fr\" href=\"https://ngo.example.gov.vn{address}\""
            )),
            "{address}"
        );
    }
    // With no French interface messages, both halves of the notice would be
    // the same Vietnamese sentence: it is shown once.
    let fr = page(&out, "/fr/projets/truong-mam-non-tien-phong/");
    let notice = fr
        .split_once("class=\"translation-notice\"")
        .and_then(|(_, rest)| rest.split_once("</div>"))
        .map(|(notice, _)| notice)
        .expect("a translation notice");
    assert_eq!(notice.matches("<p").count(), 1, "{notice}");
    // The interface has no French messages: what it borrows from Vietnamese is
    // marked as Vietnamese, and no mark is left behind.
    let nav = fr.split("class=\"main-nav\"").nth(1).expect("a main menu");
    assert!(nav.contains("<span lang=\"vi\">"), "{nav}");
    for address in ["/fr/", "/fr/projets/", "/fr/resultats/"] {
        let html = page(&out, address);
        assert!(
            !html.contains(['\u{E000}', '\u{E001}', '\u{E002}']),
            "{address} keeps a language mark"
        );
    }
    let en = page(&out, "/en/projects/truong-mam-non-tien-phong/");
    assert!(en.contains(
        "hreflang=\"fr\" href=\"https://ngo.example.gov.vn/fr/projets/truong-mam-non-tien-phong/\""
    ));
}
