//! Facts that contradict each other, and the old forms of format 1: each is
//! made at run time in a copy of `minimal/` (or `valid/`), and `check` reports
//! it as a warning (the whole message, English and Vietnamese, kept in
//! `tests/snapshots/`), the site still builds, and `--strict` refuses it.

mod common;

use std::ffi::OsStr;

use common::{minhbach, split_summary, Change, Scratch};
use pretty_assertions::assert_eq;

use Change::{Edit, Remove, Write};

const PROJECT: &str = "content/projects/truong-mam-non-tien-phong/facts.toml";
const REPORT: &str = "content/results/bao-cao-2020/facts.toml";
const VALID_PROCEDURE: &str = "content/procedures/phe-duyet-du-an-vien-tro/facts.toml";

/// A VND commitment of `amount` đồng for the minimal project.
macro_rules! commitment {
    ($amount:literal) => {
        concat!(
            "\n[[funding]]\ndonor = \"so-ngoai-vu\"\nkind = \"committed\"\namount = ",
            $amount,
            "\ncurrency = \"VND\"\ndate = 2026-05-10\n"
        )
    };
}

fn check(site: &std::path::Path, extra: &[&str]) -> common::Run {
    let mut args: Vec<&OsStr> = vec![OsStr::new("check")];
    args.extend(extra.iter().map(OsStr::new));
    args.push(site.as_os_str());
    minhbach(args)
}

/// The warnings `changes` give, after checking that they are warnings only.
#[track_caller]
fn warnings_of(fixture_name: &str, changes: &[Change]) -> String {
    let scratch = Scratch::changed(fixture_name, changes);
    let english = check(&scratch.site, &["--lang", "en"]);
    english.assert_code(0);
    assert!(
        !english.stderr.contains("error["),
        "a mistake, not a warning:\n{}",
        english.stderr
    );
    let vietnamese = check(&scratch.site, &["--lang", "vi"]);
    vietnamese.assert_code(0);

    let strict = check(&scratch.site, &["--lang", "en", "--strict"]);
    strict.assert_code(1);
    let (_, summary) = split_summary(&strict.stderr);
    assert!(
        summary.ends_with("fix it and check again")
            || summary.ends_with("fix them and check again"),
        "{summary}"
    );

    let output = scratch.path("public");
    minhbach([
        OsStr::new("build"),
        scratch.site.as_os_str(),
        OsStr::new("--output"),
        output.as_os_str(),
    ])
    .assert_code(0);
    assert!(output.join("vi/index.html").is_file());
    format!("{}\n---- vi ----\n{}", english.stderr, vietnamese.stderr)
}

macro_rules! case {
    ($name:ident, $fixture:literal, [$($change:expr),+ $(,)?]) => {
        #[test]
        fn $name() {
            insta::assert_snapshot!(warnings_of($fixture, &[$($change),+]));
        }
    };
    ($name:ident, [$($change:expr),+ $(,)?]) => {
        case!($name, "minimal", [$($change),+]);
    };
}

// Figures that contradict the status or each other (issue: one definition of every figure).
case!(
    committed_above_requested,
    [
        Edit(
            PROJECT,
            "status = \"seeking\"",
            "status = \"partly-funded\""
        ),
        Edit(
            PROJECT,
            "counterpart = 800_000_000\n",
            concat!("counterpart = 800_000_000\n", commitment!("4_500_000_000"))
        ),
    ]
);
case!(
    seeking_but_fully_committed,
    [Edit(
        PROJECT,
        "counterpart = 800_000_000\n",
        concat!("counterpart = 800_000_000\n", commitment!("4_000_000_000"))
    ),]
);
case!(
    funded_but_short_of_the_aid_sought,
    [
        Edit(PROJECT, "status = \"seeking\"", "status = \"funded\""),
        Edit(
            PROJECT,
            "counterpart = 800_000_000\n",
            concat!("counterpart = 800_000_000\n", commitment!("1_000_000_000"))
        ),
    ]
);
case!(
    ended_but_still_seeking,
    [Edit(PROJECT, "end = 2027-12-31", "end = 2026-06-30")]
);
// A line indented with Tab becomes a code block: copied from a word processor, it was meant as text.
case!(
    line_indented_with_a_tab,
    [Edit(
        "content/pages/gioi-thieu/vi.md",
        "Xem [các dự án](/vi/du-an/).",
        "Xem [các dự án](/vi/du-an/).\n\n\tMột đoạn thụt vào bằng phím Tab."
    )]
);
case!(
    ended_but_still_ongoing,
    [
        Edit(PROJECT, "status = \"seeking\"", "status = \"ongoing\""),
        Edit(PROJECT, "end = 2027-12-31", "end = 2026-06-30"),
    ]
);
case!(
    open_and_not_updated_for_a_year,
    [Edit(
        PROJECT,
        "updated = 2026-11-02",
        "updated = 2025-10-01"
    )]
);

// Places and bodies that ceased.
case!(new_project_in_a_place_that_had_ceased, [Edit("site.toml", "[localities.tien-phong]\nname = { vi = \"Xã Tiền Phong\", en = \"Tien Phong Commune\" }\n", "[localities.tien-phong]\nname = { vi = \"Xã Tiền Phong\", en = \"Tien Phong Commune\" }\nuntil = 2020-12-31\n")]);
case!(open_project_whose_owner_ceased, [Edit("content/organisations.toml", "[ubnd-da-bac]\nname = { vi = \"Ủy ban nhân dân huyện Đà Bắc\", en = \"Da Bac District People's Committee\" }\n", "[ubnd-da-bac]\nname = { vi = \"Ủy ban nhân dân huyện Đà Bắc\", en = \"Da Bac District People's Committee\" }\nuntil = 2025-06-30\nsuccessor = \"so-ngoai-vu\"\n")]);
case!(
    procedure_naming_a_body_that_ceased,
    "valid",
    [Edit(
        VALID_PROCEDURE,
        "coordinating = [\"so-tai-chinh\"]",
        "coordinating = [\"ubnd-da-bac\"]"
    )]
);
case!(
    procedure_not_reviewed_since_its_decree_ceased,
    "valid",
    [
        Edit(
            "site.toml",
            "until = 2025-12-07\nreplaced_by = \"313/2025/NĐ-CP\"\n",
            "until = 2025-12-07\n"
        ),
        Edit(
            VALID_PROCEDURE,
            "ref = \"313/2025/NĐ-CP\"",
            "ref = \"80/2020/NĐ-CP\""
        ),
        Edit(
            VALID_PROCEDURE,
            "updated = 2026-01-15",
            "updated = 2025-06-01"
        ),
    ]
);
case!(
    procedure_citing_a_replaced_decree,
    "valid",
    [Edit(
        VALID_PROCEDURE,
        "ref = \"313/2025/NĐ-CP\"",
        "ref = \"80/2020/NĐ-CP\""
    )]
);

// Reports and translations.
case!(
    report_published_before_its_period_ends,
    [Edit(
        REPORT,
        "published = 2021-01-20",
        "published = 2020-12-15"
    )]
);
case!(
    page_not_yet_translated,
    [Remove("content/pages/gioi-thieu/en.md")]
);
case!(
    name_not_yet_in_every_language,
    [Edit(
        "site.toml",
        "name = { vi = \"Y tế\", en = \"Health\" }",
        "name = { vi = \"Y tế\" }"
    )]
);
case!(
    name_left_empty_in_a_language,
    [Edit(
        "site.toml",
        "name = { vi = \"Y tế\", en = \"Health\" }",
        "name = { vi = \"Y tế\", en = \"\" }"
    )]
);
case!(
    interface_message_not_yet_translated,
    [Write(
        "i18n/vi/lien-he.ftl",
        "lien-he-nhanh = Liên hệ nhanh\n"
    )]
);

// Format 1 keeps building, and each old form is shown in its new form.
case!(
    format_1_usd_rate,
    [Edit(
        "site.toml",
        "[[money.rates]]\ncurrency = \"USD\"\nper_unit = 25_400\ndate = 2025-01-02\n",
        "usd_rate = 25400\nusd_rate_date = 2025-01-02\n"
    )]
);

#[test]
fn a_format_1_site_builds_the_same_figures_as_its_format_2_form() {
    let format_2 = Scratch::changed("minimal", &[]);
    let format_1 = Scratch::changed(
        "minimal",
        &[Edit(
            "site.toml",
            "[[money.rates]]\ncurrency = \"USD\"\nper_unit = 25_400\ndate = 2025-01-02\n",
            "usd_rate = 25400\nusd_rate_date = 2025-01-02\n",
        )],
    );
    let built = |s: &Scratch| {
        let out = s.path("public");
        minhbach([
            OsStr::new("build"),
            s.site.as_os_str(),
            OsStr::new("--output"),
            out.as_os_str(),
        ])
        .assert_code(0);
        std::fs::read_to_string(out.join("data/projects.json")).expect("projects.json")
    };
    assert_eq!(built(&format_1), built(&format_2));
}
