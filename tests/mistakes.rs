//! One case per class of mistake, made at run time in a copy of
//! `tests/fixtures/minimal/` (or `valid/`): `build` and `check` both stop with
//! status 1, the build writes nothing, and the whole message, in English and in
//! Vietnamese, is compared with its reviewed copy in `tests/snapshots/`.

mod common;

use std::ffi::OsStr;

use common::{fixture, minhbach, split_summary, Change, Run, Scratch};
use pretty_assertions::assert_eq;

use Change::{Edit, Remove, Rename, Write};

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

// Names that do not exist, each with the nearest name that does.
case!(
    unknown_key_in_facts,
    [Edit(
        PROJECT,
        "sdgs = [4]\n",
        "sdgs = [4]\nbeneficiares = 1200\n"
    )]
);
case!(
    unknown_sector,
    [Edit(PROJECT, "\"education\"", "\"educaton\"")]
);
case!(
    unknown_locality,
    [Edit(PROJECT, "[\"tien-phong\"]", "[\"tien-phog\"]")]
);
case!(
    unknown_period,
    [Edit(PROJECT, "\"2020-2025\"", "\"2021-2025\"")]
);
case!(
    unknown_organisation,
    [Edit(PROJECT, "\"ubnd-da-bac\"", "\"ubnd-da-bak\"")]
);
case!(
    unknown_front_matter_key,
    [Edit(
        PAGE_EN,
        "+++\n\n",
        "description = \"About the portal\"\n+++\n\n"
    )]
);
case!(
    unknown_file_in_an_entry,
    [Write(
        "content/projects/truong-mam-non-tien-phong/vn.md",
        "+++\ntitle = \"Nháp\"\nsummary = \"Bản nháp.\"\n+++\n"
    )]
);
case!(
    document_beside_the_facts_of_a_project,
    [Write(
        "content/projects/truong-mam-non-tien-phong/de-xuat-du-an.PDF",
        "%PDF-1.4\n"
    )]
);
case!(
    form_beside_the_facts_of_a_procedure,
    [Write(
        "content/procedures/phe-duyet-du-an-vien-tro/mau-02.docx",
        "PK"
    )]
);
case!(featured_project_missing, [Edit(BULLETIN, "date = 2025-03-31", "date = 2025-03-31\nfeatured = [\"truong-mam-non-tien-phong\", \"truong-mam-non-tien-phog\"]")]);
case!(
    missing_status_lists_the_statuses,
    [Edit(PROJECT, "status = \"seeking\"\n", "")]
);
case!(
    missing_owner,
    [Edit(PROJECT, "owner = \"ubnd-da-bac\"\n", "")]
);
case!(empty_facts_names_every_missing_key, [Write(REPORT, "")]);

// What word processors teach: each mistake shown with the corrected line, all in one run.
case!(
    lessons_from_word_processors,
    [
        Edit(PROJECT, "published = 2021-03-15", "published = 15/03/2021"),
        Edit(PROJECT, "total = 4_800_000_000", "total = 4.800.000.000"),
        Edit(
            PROJECT,
            "counterpart = 800_000_000",
            "counterpart = \"800.000.000 ₫\""
        ),
        Edit(PROJECT, "sector = \"education\"", "sector = “education”"),
    ]
);
case!(
    date_written_as_text,
    [Edit(
        PROJECT,
        "published = 2021-03-15",
        "published = \"15/03/2021\""
    )]
);

// Files and folders.
case!(
    folder_name_that_cannot_be_an_address,
    [Rename(
        "content/pages/gioi-thieu",
        "content/pages/Gioi_Thieu"
    )]
);
case!(
    two_folders_for_one_address,
    [
        Rename("content/pages/gioi-thieu", "content/pages/Gioi thieu"),
        Write(
            "content/pages/gioi-thieu/vi.md",
            "+++\ntitle = \"Giới thiệu\"\nsummary = \"Về cổng.\"\n+++\n"
        ),
    ]
);
case!(
    two_folders_apart_only_by_tone_marks,
    [Write(
        "content/pages/giới-thiệu/vi.md",
        "+++\ntitle = \"Giới thiệu\"\nsummary = \"Về cổng.\"\n+++\n"
    )]
);
case!(
    facts_toml_is_a_folder,
    [
        Remove(REPORT),
        Write("content/results/bao-cao-2020/facts.toml/.keep", "")
    ]
);
case!(
    entry_without_words_in_the_default_language,
    [Remove(PROJECT_VI)]
);
case!(front_matter_never_closed, [Edit(PAGE_VI, "+++\n\n", "\n")]);
case!(
    places_to_fill_in_left_as_written,
    [Edit(
        PAGE_VI,
        "summary = \"",
        "summary = \"[điền vào: một câu tóm tắt] "
    )]
);
case!(summary_over_300_characters, [Edit(PROJECT_VI, "summary = \"Ba phòng học và bếp ăn bán trú cho 120 trẻ.\"", "summary = \"Ba phòng học, bếp ăn bán trú và sân chơi cho 120 trẻ mầm non ở xã vùng cao Tiền Phong, nơi các cháu đang học nhờ trong nhà văn hóa thôn. Ba phòng học, bếp ăn bán trú và sân chơi cho 120 trẻ mầm non ở xã vùng cao Tiền Phong, nơi các cháu đang học nhờ trong nhà văn hóa thôn. Ba phòng học, bếp ăn bán t.\"")]);
case!(
    reserved_name_for_a_project,
    [Rename(
        "content/projects/truong-mam-non-tien-phong",
        "content/projects/linh-vuc"
    )]
);

// Figures and dates that cannot be true.
case!(
    aid_and_counterpart_above_the_total,
    [Edit(
        PROJECT,
        "requested = 4_000_000_000",
        "requested = 4_500_000_000"
    )]
);
case!(
    updated_before_published,
    [Edit(
        PROJECT,
        "updated = 2026-11-02",
        "updated = 2020-11-02"
    )]
);
case!(
    end_not_after_start,
    [Edit(PROJECT, "end = 2027-12-31", "end = 2022-01-01")]
);
case!(
    goal_above_17,
    [Edit(PROJECT, "sdgs = [4]", "sdgs = [4, 18]")]
);
case!(
    breakdown_above_the_total,
    [Edit(REPORT, "projects = 8", "projects = 25")]
);
case!(two_projects_with_one_code, [
    Write("content/projects/truong-tieu-hoc-da-bac/facts.toml", "code = \"HB-GD-2021-03\"\nsector = \"education\"\nlocalities = [\"tien-phong\"]\nperiod = \"2020-2025\"\nstatus = \"seeking\"\nowner = \"ubnd-da-bac\"\npublished = 2021-03-15\nupdated = 2026-11-02\nstart = 2022-01-01\nend = 2027-12-31\n\n[budget]\ncurrency = \"VND\"\ntotal = 5_000_000_000\nrequested = 4_000_000_000\ncounterpart = 1_000_000_000\n"),
    Write("content/projects/truong-tieu-hoc-da-bac/vi.md", "+++\ntitle = \"Trường tiểu học Đà Bắc\"\nsummary = \"Sáu phòng học.\"\n+++\n"),
    Write("content/projects/truong-tieu-hoc-da-bac/en.md", "+++\ntitle = \"A primary school in Da Bac\"\nsummary = \"Six classrooms.\"\n+++\n"),
]);
case!(
    bulletin_numbers_that_go_back_in_time,
    [
        Write(
            "content/bulletin/ban-tin-so-02/facts.toml",
            "number = 2\ndate = 2025-01-15\n"
        ),
        Write(
            "content/bulletin/ban-tin-so-02/vi.md",
            "+++\ntitle = \"Bản tin số 2\"\nsummary = \"Tin đối ngoại quý II/2025.\"\n+++\n"
        ),
        Write(
            "content/bulletin/ban-tin-so-02/en.md",
            "+++\ntitle = \"Bulletin No. 2\"\nsummary = \"Foreign affairs news, Q2 2025.\"\n+++\n"
        ),
    ]
);
case!(procedure_steps_differ_between_languages, [Edit(PROCEDURE_EN, "\n[[steps]]\ntitle = \"Receive the result\"\ntext = \"Collect the decision at the one-stop desk.\"\n", "")]);
case!(
    form_not_in_files,
    [Edit(
        PROCEDURE,
        "forms = [\"files/mau-01.docx\"]",
        "forms = [\"files/mau-01.docx\", \"files/mau-02.docx\"]"
    )]
);

// site.toml.
case!(
    base_url_with_a_trailing_slash,
    [Edit(
        "site.toml",
        "\"https://ngo.example.gov.vn\"",
        "\"https://ngo.example.gov.vn/\""
    )]
);
case!(
    localities_each_others_parent,
    [Edit(
        "site.toml",
        "parent = \"hoa-binh\"",
        "parent = \"tien-phong\""
    )]
);
case!(
    contact_and_logo_name_nothing_there,
    [Edit(
        "site.toml",
        "publisher = \"so-ngoai-vu\"\n",
        "publisher = \"so-ngoai-vu\"\ncontact = \"lien-he\"\nlogo = \"images/logo.svg\"\n"
    )]
);
case!(
    contact_page_named_on_a_site_without_pages,
    [
        Remove("content/pages/gioi-thieu"),
        Edit(
            "site.toml",
            "publisher = \"so-ngoai-vu\"\n",
            "publisher = \"so-ngoai-vu\"\ncontact = \"lien-he\"\n"
        ),
    ]
);
case!(locality_successor_without_until, [Edit("site.toml", "[localities.hoa-binh]\nname = { vi = \"Tỉnh Hòa Bình\", en = \"Hoa Binh Province\" }\n", "[localities.phu-tho]\nname = { vi = \"Tỉnh Phú Thọ\", en = \"Phu Tho Province\" }\n\n[localities.hoa-binh]\nname = { vi = \"Tỉnh Hòa Bình\", en = \"Hoa Binh Province\" }\nsuccessor = \"phu-tho\"\n")]);
case!(rate_given_twice_for_one_day, [Edit("site.toml", "date = 2025-01-02\n", "date = 2025-01-02\n[[money.rates]]\ncurrency = \"USD\"\nper_unit = 25_500\ndate = 2025-01-02\n")]);
case!(
    project_in_a_currency_without_a_rate,
    [Edit(PROJECT, "currency = \"VND\"", "currency = \"EUR\"")]
);
case!(
    organisation_successor_unknown,
    [Edit(
        "content/organisations.toml",
        "country = \"VN\"\n\n[ubnd-da-bac]",
        "country = \"VN\"\nuntil = 2025-06-30\nsuccessor = \"so-ngoai-vu-moi\"\n\n[ubnd-da-bac]"
    )]
);
case!(
    organisation_its_own_successor,
    [Edit(
        ORGANISATIONS,
        "country = \"VN\"\n\n[ubnd-da-bac]",
        "country = \"VN\"\nuntil = 2025-06-30\nsuccessor = \"so-ngoai-vu\"\n\n[ubnd-da-bac]"
    )]
);
case!(
    organisation_its_own_successor_without_until,
    [Edit(
        ORGANISATIONS,
        "country = \"VN\"\n\n[ubnd-da-bac]",
        "country = \"VN\"\nsuccessor = \"so-ngoai-vu\"\n\n[ubnd-da-bac]"
    )]
);
case!(
    locality_its_own_successor,
    [Edit(
        "site.toml",
        "name = { vi = \"Tỉnh Hòa Bình\", en = \"Hoa Binh Province\" }\n",
        "name = { vi = \"Tỉnh Hòa Bình\", en = \"Hoa Binh Province\" }\nuntil = 2025-06-30\nsuccessor = \"hoa-binh\"\n"
    )]
);
case!(
    locality_its_own_successor_without_until,
    [Edit(
        "site.toml",
        "name = { vi = \"Tỉnh Hòa Bình\", en = \"Hoa Binh Province\" }\n",
        "name = { vi = \"Tỉnh Hòa Bình\", en = \"Hoa Binh Province\" }\nsuccessor = \"hoa-binh\"\n"
    )]
);
case!(legal_basis_not_in_the_register, [Edit(PROCEDURE, "[[legal_basis]]\nref = \"80/2020/NĐ-CP\"\ndate = 2020-07-08\ntitle = { vi = \"Nghị định về viện trợ không hoàn lại\", en = \"Decree on non-ODA grant aid\" }", "[[legal_basis]]\nref = \"313/2025/NĐ-CP\"")]);

// Links in the words.
case!(link_to_a_page_that_does_not_exist, [Edit(PAGE_EN, "See [the projects](/en/projects/).", "See [the projects](/en/projects/) and [the school](/en/projects/truong-mam-non-tien-phog/).")]);
case!(relative_link_leaving_files, [Edit(PROJECT_VI, "Trẻ em học nhờ trong nhà văn hóa thôn.", "Trẻ em học nhờ trong nhà văn hóa thôn. Xem [mẫu đơn](../../procedures/phe-duyet-du-an-vien-tro/files/mau-01.docx).")]);

case!(
    link_with_the_sites_own_address_to_a_page_that_does_not_exist,
    [Edit(
        PAGE_EN,
        "See [the projects](/en/projects/).",
        "See [the school](https://ngo.example.gov.vn/en/projects/truong-mam-non-tien-phog/)."
    )]
);
case!(
    link_to_the_preview,
    [Edit(
        PAGE_EN,
        "See [the projects](/en/projects/).",
        "See [the projects](http://127.0.0.1:8000/en/projects/)."
    )]
);

// In the full fixture: format 2 registers.
case!(
    legal_doc_replaced_by_one_not_in_the_register,
    "valid",
    [Edit(
        "site.toml",
        "replaced_by = \"313/2025/NĐ-CP\"",
        "replaced_by = \"313/2025/ND-CP\""
    )]
);

// Lines the TOML reader cannot read.
case!(
    text_without_quotes,
    [Edit(
        PROJECT,
        "code = \"HB-GD-2021-03\"",
        "code = HB-GD-2021-03"
    )]
);
case!(
    quote_never_closed,
    [Edit(
        PROJECT,
        "code = \"HB-GD-2021-03\"",
        "code = \"HB-GD-2021-03"
    )]
);
case!(
    words_after_the_value,
    [Edit(
        PROJECT,
        "code = \"HB-GD-2021-03\"",
        "code = \"HB-GD-2021-03\" (mã cũ: HB-21-03)"
    )]
);
case!(
    number_that_cannot_be_read,
    [Edit(PROJECT, "total = 4_800_000_000", "total = 4.8e9x")]
);
// The TOML reader's own words ("duplicate key") reach staff, not `duplicate-key`'s.
case!(
    key_written_twice,
    [Edit(PROJECT, "sdgs = [4]\n", "sdgs = [4]\nsdgs = [4, 6]\n")]
);
// The TOML reader refuses a day the calendar lacks before `date-not-a-day` can.
case!(
    day_not_in_the_calendar,
    [Edit(
        PROJECT,
        "published = 2021-03-15",
        "published = 2021-02-29"
    )]
);

// Values of the wrong kind.
case!(
    date_in_quotes,
    [Edit(
        PROJECT,
        "published = 2021-03-15",
        "published = \"2021-03-15\""
    )]
);
case!(
    date_with_a_time,
    [Edit(
        PROJECT,
        "published = 2021-03-15",
        "published = 2021-03-15 08:30"
    )]
);
case!(
    whole_number_in_quotes,
    [Edit(PROJECT, "sdgs = [4]", "sdgs = [\"4\"]")]
);
case!(
    number_in_quotes,
    [Edit(
        PROJECT,
        "sdgs = [4]\n",
        "sdgs = [4]\n\n[[indicators]]\nlabel = { vi = \"Trẻ được đến trường\", en = \"Children in school\" }\nunit = { vi = \"trẻ\", en = \"children\" }\nbaseline = \"0\"\ntarget = 120\n"
    )]
);
case!(
    one_locality_without_a_list,
    [Edit(
        PROJECT,
        "localities = [\"tien-phong\"]",
        "localities = \"tien-phong\""
    )]
);
case!(
    code_written_as_a_number,
    [Edit(PROJECT, "code = \"HB-GD-2021-03\"", "code = 2021")]
);
case!(
    contact_written_as_text,
    [Edit(
        PROJECT,
        "sdgs = [4]\n",
        "sdgs = [4]\ncontact = \"Nguyễn Văn An\"\n"
    )]
);
case!(
    colour_that_is_not_hex,
    [Edit(
        "site.toml",
        "publisher = \"so-ngoai-vu\"\n",
        "publisher = \"so-ngoai-vu\"\n\n[site.colors]\nbrand = \"dark red\"\n"
    )]
);
case!(
    status_not_in_the_list,
    [Edit(PROJECT, "status = \"seeking\"", "status = \"open\"")]
);
case!(
    logo_path_with_a_leading_slash,
    [Edit(
        "site.toml",
        "publisher = \"so-ngoai-vu\"\n",
        "publisher = \"so-ngoai-vu\"\nlogo = \"/images/logo.svg\"\n"
    )]
);

// A project's facts.
case!(
    project_without_a_locality,
    [Edit(
        PROJECT,
        "localities = [\"tien-phong\"]",
        "localities = []"
    )]
);
case!(
    budget_total_zero,
    [
        Edit(PROJECT, "total = 4_800_000_000", "total = 0"),
        Edit(PROJECT, "requested = 4_000_000_000", "requested = 0"),
        Edit(PROJECT, "counterpart = 800_000_000", "counterpart = 0"),
    ]
);
case!(
    budget_year_written_twice,
    [Edit(
        PROJECT,
        "counterpart = 800_000_000\n",
        "counterpart = 800_000_000\n\n[[budget.years]]\nyear = 2022\nrequested = 2_000_000_000\n\n[[budget.years]]\nyear = 2022\nrequested = 2_000_000_000\n"
    )]
);
case!(
    budget_years_that_do_not_add_up_to_the_aid_sought,
    [Edit(
        PROJECT,
        "counterpart = 800_000_000\n",
        "counterpart = 800_000_000\n\n[[budget.years]]\nyear = 2022\nrequested = 2_000_000_000\n\n[[budget.years]]\nyear = 2023\nrequested = 1_500_000_000\n"
    )]
);
case!(
    funding_of_zero,
    [Edit(
        PROJECT,
        "counterpart = 800_000_000\n",
        "counterpart = 800_000_000\n\n[[funding]]\ndonor = \"so-ngoai-vu\"\nkind = \"committed\"\namount = 0\ncurrency = \"VND\"\ndate = 2026-05-10\n"
    )]
);
case!(
    contact_email_that_is_not_an_address,
    [Edit(
        PROJECT,
        "sdgs = [4]\n",
        "sdgs = [4]\n\n[contact]\nname = \"Nguyễn Văn An\"\nemail = \"an.nv(at)hoabinh.gov.vn\"\n"
    )]
);

// content/organisations.toml.
case!(
    organisation_key_with_capitals_and_underscores,
    [Edit(
        ORGANISATIONS,
        "[ubnd-da-bac]",
        "[UBND_Tien_Phong]\nname = { vi = \"UBND xã Tiền Phong\", en = \"Tien Phong Commune People's Committee\" }\nkind = \"government\"\ncountry = \"VN\"\n\n[ubnd-da-bac]"
    )]
);
case!(
    organisation_key_left_empty,
    [Edit(
        ORGANISATIONS,
        "[ubnd-da-bac]",
        "[\"\"]\nname = { vi = \"UBND xã Tiền Phong\", en = \"Tien Phong Commune People's Committee\" }\nkind = \"government\"\ncountry = \"VN\"\n\n[ubnd-da-bac]"
    )]
);
case!(
    organisation_country_written_out,
    [Edit(
        ORGANISATIONS,
        "country = \"VN\"",
        "country = \"Việt Nam\""
    )]
);
case!(
    organisation_website_without_https,
    [Edit(
        ORGANISATIONS,
        "country = \"VN\"\n",
        "country = \"VN\"\nwebsite = \"www.songoaivu.hoabinh.gov.vn\"\n"
    )]
);

// A procedure's facts.
case!(
    procedure_for_no_one,
    [Edit(
        PROCEDURE,
        "audience = [\"ngo\", \"agency\"]",
        "audience = []"
    )]
);
case!(
    form_outside_files,
    [Edit(
        PROCEDURE,
        "forms = [\"files/mau-01.docx\"]",
        "forms = [\"mau-01.docx\"]"
    )]
);
case!(
    procedure_without_a_legal_basis,
    [Edit(
        PROCEDURE,
        "[[legal_basis]]\nref = \"80/2020/NĐ-CP\"\ndate = 2020-07-08\ntitle = { vi = \"Nghị định về viện trợ không hoàn lại\", en = \"Decree on non-ODA grant aid\" }",
        "legal_basis = []"
    )]
);

// A report's and a bulletin issue's facts.
case!(
    report_period_ending_before_it_starts,
    [Edit(REPORT, "to = 2020-12-31", "to = 2019-12-31")]
);
case!(
    breakdown_committed_above_the_total,
    [Edit(
        REPORT,
        "committed = 1_500_000",
        "committed = 4_500_000"
    )]
);
case!(
    print_edition_missing,
    [Edit(
        BULLETIN,
        "date = 2025-03-31",
        "date = 2025-03-31\npdf = \"files/ban-tin-so-01.pdf\""
    )]
);
case!(
    print_edition_outside_files,
    [
        Edit(
            BULLETIN,
            "date = 2025-03-31",
            "date = 2025-03-31\npdf = \"ban-tin-so-01.pdf\""
        ),
        Write(
            "content/bulletin/ban-tin-so-01/ban-tin-so-01.pdf",
            "%PDF-1.4\n"
        ),
    ]
);
case!(
    two_bulletin_issues_with_one_number,
    [
        Write(
            "content/bulletin/ban-tin-so-02/facts.toml",
            "number = 1\ndate = 2025-06-30\n"
        ),
        Write(
            "content/bulletin/ban-tin-so-02/vi.md",
            "+++\ntitle = \"Bản tin số 2\"\nsummary = \"Tin đối ngoại quý II/2025.\"\n+++\n"
        ),
        Write(
            "content/bulletin/ban-tin-so-02/en.md",
            "+++\ntitle = \"Bulletin No. 2\"\nsummary = \"Foreign affairs news, Q2 2025.\"\n+++\n"
        ),
    ]
);

// The words: front matter and text.
case!(
    words_without_front_matter,
    [Write(
        PAGE_EN,
        "title: About\nsummary: This portal publishes the province's aid needs.\n\nSee [the projects](/en/projects/).\n"
    )]
);
case!(
    title_left_empty,
    [Edit(PAGE_EN, "title = \"About\"", "title = \"\"")]
);
case!(
    summary_left_empty,
    [Edit(
        PAGE_EN,
        "summary = \"This portal publishes the province's aid needs.\"",
        "summary = \" \""
    )]
);
case!(
    link_to_a_file_on_a_computer,
    [Edit(
        PAGE_EN,
        "See [the projects](/en/projects/).",
        "See [the plan](file:///C:/Users/SoNgoaiVu/ke-hoach.docx)."
    )]
);
case!(
    link_to_an_attachment_that_is_not_there,
    [Edit(
        PROJECT_VI,
        "Trẻ em học nhờ trong nhà văn hóa thôn.",
        "Trẻ em học nhờ trong nhà văn hóa thôn. Xem [kế hoạch](files/ke-hoach.pdf)."
    )]
);
case!(
    block_quotes_nested_too_deep,
    [Edit(
        PAGE_EN,
        "See [the projects](/en/projects/).",
        "> > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > See the projects."
    )]
);
case!(
    html_nested_too_deep,
    [Edit(
        PAGE_EN,
        "See [the projects](/en/projects/).",
        "<div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div>See the projects."
    )]
);

// Files and folders of content/.
case!(
    page_written_as_a_file,
    [Write(
        "content/pages/lien-he.md",
        "+++\ntitle = \"Liên hệ\"\nsummary = \"Địa chỉ liên hệ.\"\n+++\n"
    )]
);
case!(
    folder_of_content_with_a_name_it_does_not_know,
    [Rename("content/projects", "content/project")]
);
case!(entry_without_facts, [Remove(PROJECT)]);
case!(site_without_organisations, [Remove(ORGANISATIONS)]);

// site.toml: languages and addresses.
case!(
    no_languages,
    [Edit(
        "site.toml",
        "languages = [\"vi\", \"en\"]",
        "languages = []"
    )]
);
case!(
    language_named_not_coded,
    [Edit(
        "site.toml",
        "languages = [\"vi\", \"en\"]",
        "languages = [\"vi\", \"English\"]"
    )]
);
case!(
    language_listed_twice,
    [Edit(
        "site.toml",
        "languages = [\"vi\", \"en\"]",
        "languages = [\"vi\", \"en\", \"vi\"]"
    )]
);
case!(
    default_language_not_in_the_list,
    [Edit(
        "site.toml",
        "default_language = \"vi\"",
        "default_language = \"vn\""
    )]
);
case!(
    base_url_without_https,
    [Edit(
        "site.toml",
        "\"https://ngo.example.gov.vn\"",
        "\"ngo.example.gov.vn\""
    )]
);
case!(
    text_in_a_language_the_site_does_not_have,
    [Edit(
        "site.toml",
        "name = { vi = \"Y tế\", en = \"Health\" }",
        "name = { vi = \"Y tế\", en = \"Health\", fr = \"Santé\" }"
    )]
);
case!(
    name_without_the_default_language,
    [Edit(
        "site.toml",
        "name = { vi = \"Y tế\", en = \"Health\" }",
        "name = { en = \"Health\" }"
    )]
);
case!(
    name_left_empty_in_the_default_language,
    [Edit(
        "site.toml",
        "name = { vi = \"Y tế\", en = \"Health\" }",
        "name = { vi = \"\", en = \"Health\" }"
    )]
);
case!(
    section_word_that_cannot_be_an_address,
    [Edit(
        "site.toml",
        "pages      = { vi = \"trang\",   en = \"pages\" }",
        "pages      = { vi = \"Trang\",   en = \"pages\" }"
    )]
);
case!(
    address_word_ending_with_a_hyphen,
    [Edit(
        "site.toml",
        PAGES_WORDS,
        pages_words_and!("sector = { vi = \"linh-vuc\", en = \"sector-\" }\n")
    )]
);
case!(
    address_word_in_a_language_the_site_does_not_have,
    [Edit(
        "site.toml",
        PAGES_WORDS,
        pages_words_and!("sector = { vi = \"linh-vuc\", fr = \"secteur\" }\n")
    )]
);
case!(
    two_sections_with_one_word,
    [Edit(
        "site.toml",
        "pages      = { vi = \"trang\",   en = \"pages\" }",
        "pages      = { vi = \"du-an\",   en = \"pages\" }"
    )]
);
case!(
    search_word_that_is_a_section,
    [Edit(
        "site.toml",
        PAGES_WORDS,
        pages_words_and!("search = { vi = \"tim-kiem\", en = \"projects\" }\n")
    )]
);
case!(
    two_address_words_alike,
    [Edit(
        "site.toml",
        PAGES_WORDS,
        pages_words_and!("sort = { vi = \"linh-vuc\", en = \"sort\" }\n")
    )]
);
case!(
    search_and_data_alike,
    [Edit(
        "site.toml",
        PAGES_WORDS,
        pages_words_and!("data = { vi = \"tim-kiem\", en = \"data\" }\n")
    )]
);

// site.toml: sectors, places, periods, the publisher, the theme.
case!(
    dac_code_too_short,
    [Edit("site.toml", "dac = \"11220\"", "dac = \"112\"")]
);
case!(
    locality_its_own_parent,
    [Edit(
        "site.toml",
        "parent = \"da-bac\"",
        "parent = \"tien-phong\""
    )]
);
case!(
    locality_parent_unknown,
    [Edit(
        "site.toml",
        "parent = \"da-bac\"",
        "parent = \"da-bak\""
    )]
);
case!(
    period_ending_before_it_starts,
    [Edit("site.toml", "to = 2025", "to = 2015")]
);
case!(
    publisher_not_an_organisation,
    [Edit(
        "site.toml",
        "publisher = \"so-ngoai-vu\"",
        "publisher = \"so-ngoai-vụ\""
    )]
);
case!(
    theme_missing,
    [Edit(
        "site.toml",
        "theme = \"default\"",
        "theme = \"hoa-binh\""
    )]
);

// site.toml: [money] and [legal].
case!(
    rate_for_the_base_currency,
    [Edit(
        "site.toml",
        "date = 2025-01-02\n",
        "date = 2025-01-02\n[[money.rates]]\ncurrency = \"VND\"\nper_unit = 1\ndate = 2025-01-02\n"
    )]
);
case!(
    rate_of_zero,
    [Edit("site.toml", "per_unit = 25_400", "per_unit = 0")]
);
case!(
    format_1_usd_rate_of_zero,
    [Edit(
        "site.toml",
        "[[money.rates]]\ncurrency = \"USD\"\nper_unit = 25_400\ndate = 2025-01-02\n",
        "usd_rate = 0\nusd_rate_date = 2025-01-02\n"
    )]
);
case!(
    format_1_usd_rate_without_its_date,
    [Edit(
        "site.toml",
        "[[money.rates]]\ncurrency = \"USD\"\nper_unit = 25_400\ndate = 2025-01-02\n",
        "usd_rate = 25400\n"
    )]
);
case!(
    legal_doc_replaced_without_until,
    [Edit(
        "site.toml",
        "[money]",
        decree_80_and!("replaced_by = \"313/2025/NĐ-CP\"\n\n[legal.\"313/2025/NĐ-CP\"]\ndate = 2025-12-08\ntitle = { vi = \"Nghị định về viện trợ không hoàn lại\", en = \"Decree on non-ODA grant aid\" }\n")
    )]
);
case!(
    legal_doc_ceasing_before_it_was_issued,
    [Edit(
        "site.toml",
        "[money]",
        decree_80_and!("until = 2020-06-30\n")
    )]
);

// The site's own templates and interface messages.
case!(
    template_that_cannot_be_read,
    [Write(
        "themes/default/templates/page.html",
        "{% extends \"base.html\" %}\n{% block main %}\n<h1>{{ page.title }</h1>\n{% endblock main %}\n"
    )]
);
case!(
    template_naming_what_a_page_does_not_have,
    [Write(
        "themes/default/templates/page.html",
        "{% extends \"base.html\" %}\n{% block main %}\n<h1>{{ page.tittle }}</h1>\n{% endblock main %}\n"
    )]
);
case!(
    card_template_naming_what_a_project_does_not_have,
    [Write(
        "themes/default/templates/card.html",
        "<li>{{ data.p.titel }}</li>"
    )]
);
// Parts rendered apart from their page: the mistake names the part's template.
case!(
    book_entry_template_naming_what_a_project_does_not_have,
    [Write(
        "themes/default/templates/book-project.html",
        "<article>{{ data.titel }}</article>"
    )]
);
case!(
    indicator_row_template_naming_what_an_indicator_does_not_have,
    [
        Edit(
            PROJECT,
            "[budget]",
            "[[indicators]]\nlabel = { vi = \"Phòng học\", en = \"Classrooms\" }\nunit = { vi = \"phòng\", en = \"rooms\" }\nbaseline = 0\ntarget = 3\n\n[budget]"
        ),
        Write(
            "themes/default/templates/results-indicator.html",
            "<tr><td>{{ data.indicator.baselin }}</td></tr>"
        ),
    ]
);
case!(
    interface_message_without_equals,
    [
        Write(
            "i18n/vi/lien-he.ftl",
            "lien-he-nhanh = Liên hệ nhanh\nduong-day-nong Đường dây nóng\n"
        ),
        Write(
            "i18n/en/lien-he.ftl",
            "lien-he-nhanh = Quick contact\nduong-day-nong = Hotline\n"
        ),
    ]
);

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
