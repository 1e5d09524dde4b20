//! Facts that cannot be true: figures and dates, the registers, and the facts of projects,
//! organisations, procedures, reports and bulletin issues.

use crate::common::Change::{Edit, Write};
use crate::{mistakes_of, BULLETIN, ORGANISATIONS, PROCEDURE, PROCEDURE_EN, PROJECT, REPORT};

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
