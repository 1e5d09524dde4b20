//! One fixture site per class of mistake (`tests/fixtures/invalid-<case>/`, each a
//! copy of `tests/fixtures/minimal/` with one mistake): the whole message is
//! asserted, file, line, column, what is wrong and how to fix it.

mod common;

use std::ffi::OsStr;

use common::{all_fixtures, fixture, minhbach, split_summary, Scratch};
use pretty_assertions::assert_eq;

/// `build` and `check` both exit 1 and print exactly `expected` before the count
/// line; the build writes nothing.
#[track_caller]
fn assert_mistakes(case: &str, expected: &str) {
    let scratch = Scratch::empty();
    let output = scratch.path("public");
    let site = fixture(case);
    let build = minhbach([
        OsStr::new("build"),
        site.as_os_str(),
        OsStr::new("--output"),
        output.as_os_str(),
    ]);
    build.assert_code(1);
    let (mistakes, summary) = split_summary(&build.stderr);
    assert_eq!(mistakes, expected);
    assert_count_line(mistakes, summary);
    assert_eq!(build.stdout, "");
    assert!(
        !output.exists(),
        "a failed build created {}",
        output.display()
    );

    let check = minhbach([OsStr::new("check"), site.as_os_str()]);
    check.assert_code(1);
    let (check_mistakes, check_summary) = split_summary(&check.stderr);
    assert_eq!(check_mistakes, mistakes, "check and build disagree");
    assert!(
        check_summary.ends_with("found; fix it and check again")
            || check_summary.ends_with("found; fix them and check again"),
        "{check_summary}"
    );
}

/// The last line counts the mistakes. "1 mistakes" is accepted here: its grammar
/// has a test of its own (`says_one_mistake_in_the_singular`).
#[track_caller]
fn assert_count_line(mistakes: &str, summary: &str) {
    let n = mistakes
        .lines()
        .filter(|l| l.starts_with("error: "))
        .count();
    let tail = "found; nothing was written, the previous output is unchanged";
    let plural = format!("{n} mistakes {tail}");
    assert!(
        n != 1 || summary != plural,
        "a single mistake is counted in the plural: {summary}"
    );
    let singular = format!("1 mistake {tail}");
    assert!(
        summary == plural || (n == 1 && summary == singular),
        "count line {summary:?} for {n} mistakes"
    );
}

#[test]
fn the_minimal_site_that_every_invalid_fixture_copies_is_valid() {
    let run = minhbach([
        OsStr::new("check"),
        OsStr::new("--strict"),
        fixture("minimal").as_os_str(),
    ]);
    run.assert_code(0);
    assert_eq!(run.stderr, "");
}

#[test]
fn every_invalid_fixture_fails_with_status_1_and_never_panics() {
    let cases: Vec<String> = all_fixtures()
        .into_iter()
        .filter(|n| n.starts_with("invalid-"))
        .collect();
    assert!(cases.len() >= 25, "only {} invalid fixtures", cases.len());
    for case in cases {
        let run = minhbach([OsStr::new("check"), fixture(&case).as_os_str()]);
        assert_eq!(run.code, Some(1), "{case}:\n{}", run.stderr);
        run.assert_no_panic();
        assert!(run.stderr.starts_with("error: "), "{case}:\n{}", run.stderr);
    }
}

#[test]
fn rejects_an_unknown_key_in_facts_with_the_nearest_key() {
    assert_mistakes("invalid-unknown-key", "error: content/projects/truong-mam-non-tien-phong/facts.toml:12:1: unknown key `beneficiares`\n  fix: did you mean `beneficiaries`?");
}

#[test]
fn rejects_an_unknown_sector_with_suggestion() {
    assert_mistakes("invalid-unknown-sector", "error: content/projects/truong-mam-non-tien-phong/facts.toml:2:10: \"educaton\" is not a sector\n  fix: did you mean `education`? (the sectors are listed in site.toml under [sectors])");
}

#[test]

fn rejects_an_unknown_locality_with_suggestion() {
    assert_mistakes("invalid-unknown-locality", "error: content/projects/truong-mam-non-tien-phong/facts.toml:3:15: \"tien-phog\" is not a locality\n  fix: did you mean `tien-phong`? (the localities are listed in site.toml under [localities])");
}

#[test]
fn rejects_an_unknown_period_with_suggestion() {
    assert_mistakes("invalid-unknown-period", "error: content/projects/truong-mam-non-tien-phong/facts.toml:4:10: \"2021-2025\" is not a period\n  fix: did you mean `2020-2025`? (the periods are listed in site.toml under [periods])");
}

#[test]

fn rejects_an_unknown_organisation_with_suggestion() {
    assert_mistakes("invalid-unknown-organisation", "error: content/projects/truong-mam-non-tien-phong/facts.toml:6:9: \"ubnd-da-bak\" is not an organisation\n  fix: did you mean `ubnd-da-bac`? (the organisations are listed in content/organisations.toml)");
}

#[test]
fn rejects_a_folder_name_that_cannot_be_an_address() {
    assert_mistakes("invalid-bad-slug-folder", "error: content/pages/Gioi_Thieu: the folder name \"Gioi_Thieu\" cannot be an address: it may use only lowercase ASCII letters a–z, digits and `-`\n  fix: rename the folder with lowercase letters a–z, digits and `-`, like \"truong-mam-non-tien-phong\"");
}

#[test]
fn rejects_facts_without_a_required_key() {
    assert_mistakes("invalid-missing-required-key", "error: content/projects/truong-mam-non-tien-phong/facts.toml:1:1: the required key `owner` is missing\n  fix: add a line `owner = …` (see the content format)");
}

#[test]
fn rejects_a_date_written_as_text() {
    assert_mistakes("invalid-date-as-text", "error: content/projects/truong-mam-non-tien-phong/facts.toml:7:13: expected a date like 2024-03-15 (year-month-day, no quotes)\n  fix: write the date as year-month-day without quotes, like 2021-03-15");
}

#[test]
fn rejects_aid_sought_and_counterpart_above_the_total() {
    assert_mistakes("invalid-budget-over-total", "error: content/projects/truong-mam-non-tien-phong/facts.toml:15:9: `requested` + `counterpart` (5_300_000_000) is more than `total` (4_800_000_000)\n  fix: correct the figures: the aid sought plus the counterpart funds cannot exceed the total budget");
}

#[test]
fn rejects_updated_before_published() {
    assert_mistakes("invalid-updated-before-published", "error: content/projects/truong-mam-non-tien-phong/facts.toml:8:11: `updated` (2020-11-02) is before `published` (2021-03-15)\n  fix: `updated` is the day of the last change: the same day as `published` or later");
}

#[test]
fn rejects_an_end_that_is_not_after_the_start() {
    assert_mistakes("invalid-end-not-after-start", "error: content/projects/truong-mam-non-tien-phong/facts.toml:10:7: `end` (2022-01-01) is not after `start` (2022-01-01)\n  fix: correct the dates: a project ends after it starts");
}

#[test]
fn rejects_a_sustainable_development_goal_above_17() {
    assert_mistakes("invalid-sdg-out-of-range", "error: content/projects/truong-mam-non-tien-phong/facts.toml:11:8: `sdgs` has 18, but the Sustainable Development Goals are numbered 1 to 17\n  fix: keep only numbers from 1 to 17");
}

#[test]
fn rejects_a_summary_over_300_characters_counting_characters_not_bytes() {
    assert_mistakes("invalid-summary-too-long", "error: content/projects/truong-mam-non-tien-phong/vi.md:3:11: the `summary` has 301 characters, more than 300\n  fix: shorten it and move the details into the text below the front matter");
}

#[test]
fn rejects_an_entry_without_words_in_the_default_language() {
    assert_mistakes("invalid-missing-default-words", "error: content/projects/truong-mam-non-tien-phong/vi.md: the words in the default language (`vi`) are missing\n  fix: write vi.md with a title, a summary and the text");
}

#[test]
fn rejects_an_unknown_front_matter_key_listing_the_allowed_ones() {
    assert_mistakes("invalid-unknown-front-matter-key", "error: content/pages/gioi-thieu/en.md:4:1: unknown key `description`\n  fix: use one of `title`, `summary`, `keywords`");
}

#[test]
fn rejects_a_procedure_whose_languages_have_different_steps() {
    assert_mistakes("invalid-procedure-steps-differ", "error: content/procedures/phe-duyet-du-an-vien-tro/en.md: this file has 1 step, but content/procedures/phe-duyet-du-an-vien-tro/vi.md has 2 steps\n  fix: every language of a procedure has the same steps: add or remove [[steps]] so both match");
}

#[test]
fn rejects_a_form_that_is_not_in_files() {
    assert_mistakes("invalid-form-missing", "error: content/procedures/phe-duyet-du-an-vien-tro/facts.toml:7:31: the form \"files/mau-02.docx\" does not exist\n  fix: add the file to `files/` or correct the name (names are case-sensitive)");
}

#[test]
fn rejects_a_results_breakdown_that_adds_up_to_more_than_the_total() {
    assert_mistakes("invalid-breakdown-over-total", "error: content/results/bao-cao-2020/facts.toml:6:12: the `by_sector` entries add up to 25 projects, more than the report's `projects` (20)\n  fix: correct the [[by_sector]] figures or the total");
}

#[test]
fn rejects_two_projects_with_one_code() {
    assert_mistakes("invalid-duplicate-project-code", "error: content/projects/truong-tieu-hoc-da-bac/facts.toml:1:8: the project code \"HB-GD-2021-03\" is already used by content/projects/truong-mam-non-tien-phong/facts.toml\n  fix: give each project its own code; codes never change once published");
}

#[test]
fn rejects_a_featured_project_that_does_not_exist_with_suggestion() {
    assert_mistakes("invalid-featured-project-missing", "error: content/bulletin/ban-tin-so-01/facts.toml:3:42: the featured project \"truong-mam-non-tien-phog\" does not exist\n  fix: did you mean `truong-mam-non-tien-phong`? (a project's slug is its folder name in content/projects/)");
}

#[test]
fn rejects_bulletin_numbers_that_do_not_increase_with_the_date() {
    assert_mistakes("invalid-bulletin-order", "error: content/bulletin/ban-tin-so-02/facts.toml:1:10: issue 2 is dated 2025-01-15, not after issue 1 (2025-03-31)\n  fix: numbers increase with dates: correct the number or the date");
}

#[test]
fn rejects_a_cycle_of_parent_localities() {
    assert_mistakes("invalid-locality-cycle", "error: site.toml:35:10: the localities `da-bac` → `tien-phong` → `da-bac` are each other's ancestors through `parent`\n  fix: break the cycle: a unit's parent must be a larger unit");
}

#[test]
fn rejects_a_successor_without_until() {
    assert_mistakes("invalid-successor-without-until", "error: site.toml:35:13: locality `hoa-binh` has a `successor` but no `until`\n  fix: add `until = YYYY-MM-DD`, the last day the unit existed");
}

#[test]
fn rejects_a_base_url_with_a_trailing_slash() {
    assert_mistakes("invalid-base-url-trailing-slash", "error: site.toml:1:12: `base_url` ends with a slash\n  fix: write \"https://ngo.example.gov.vn\"");
}

#[test]
fn rejects_a_link_in_the_words_to_a_page_that_does_not_exist() {
    assert_mistakes("invalid-broken-internal-link", "error: content/pages/gioi-thieu/en.md:6:39: the link \"/en/projects/nope/\" leads to no page of this site\n  fix: correct the address: copy it from the page in the built site (addresses end with /)");
}

#[test]
fn rejects_a_relative_link_that_leaves_files() {
    assert_mistakes("invalid-link-leaves-files", "error: content/projects/truong-mam-non-tien-phong/vi.md:6:44: the relative link \"../../procedures/phe-duyet-du-an-vien-tro/files/mau-01.docx\" leads outside this entry's `files/` folder\n  fix: link to a file in `files/` (like files/plan.pdf) or to a site address starting with / (like /en/projects/x/)");
}

#[test]

fn names_every_missing_key_of_an_empty_facts_file() {
    let run = minhbach([
        OsStr::new("check"),
        fixture("invalid-empty-facts").as_os_str(),
    ]);
    run.assert_code(1);
    for key in [
        "kind",
        "from",
        "to",
        "published",
        "currency",
        "projects",
        "committed",
    ] {
        assert!(
            run.stderr.contains(&format!("`{key}`")),
            "`{key}` not named:\n{}",
            run.stderr
        );
    }
}

#[test]
fn rejects_a_folder_named_facts_toml() {
    assert_mistakes("invalid-facts-is-folder", "error: content/results/bao-cao-2020/facts.toml: this is a folder, but a file is expected here\n  fix: rename or remove the folder and write the file in its place");
}

#[test]
fn rejects_an_unknown_file_in_an_entry_folder_with_suggestion() {
    assert_mistakes("invalid-unknown-file", "error: content/projects/truong-mam-non-tien-phong/vn.md: minhbach does not expect this file here\n  fix: did you mean `vi.md` or `en.md`?");
}

#[test]

fn says_one_mistake_in_the_singular() {
    let run = minhbach([
        OsStr::new("check"),
        fixture("invalid-unknown-sector").as_os_str(),
    ]);
    let (_, summary) = split_summary(&run.stderr);
    assert_eq!(summary, "1 mistake found; fix it and check again");
}
