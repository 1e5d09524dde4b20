//! `minhbach import projects`: a workbook or CSV file in the layout of
//! `/data/projects.xlsx` read into `content/projects/`. The fixtures are in
//! `tests/fixtures/import/`: a small site, and `changed.xlsx` (the workbook of
//! that site with the projects of `changed/`), with the `.ods` and `.csv`
//! files that `LibreOffice` makes of it (`make-workbooks.sh` makes them again).

mod common;

use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};

use common::{
    build_ok, fixture, minhbach, read_tree, sample_site as sample, tree_differences, Run, Scratch,
};
use pretty_assertions::assert_eq;
use rust_xlsxwriter::Workbook;
use serde_json::Value;

fn workbook(name: &str) -> PathBuf {
    fixture("import").join(name)
}

/// A copy of the import fixtures' site.
fn site() -> Scratch {
    Scratch::copy_of("import/site")
}

fn import(file: &Path, site: &Path, extra: &[&str]) -> Run {
    let mut args: Vec<&OsStr> = vec![
        OsStr::new("import"),
        OsStr::new("projects"),
        file.as_os_str(),
        site.as_os_str(),
    ];
    args.extend(extra.iter().map(OsStr::new));
    minhbach(args)
}

/// A project of projects.json as the import must give it back: every fact
/// and figure, titles and summaries; not the bodies, keywords or files,
/// which a workbook does not hold.
fn comparable(project: &Value) -> Value {
    let mut p = project.clone();
    let map = p.as_object_mut().expect("a project");
    map.remove("files");
    for words in map["words"].as_object_mut().expect("words").values_mut() {
        let w = words.as_object_mut().expect("words in a language");
        w.retain(|k, _| k == "title" || k == "summary");
    }
    p
}

fn projects_json(output: &Path) -> Value {
    let text = fs::read_to_string(output.join("data/projects.json")).expect("projects.json");
    serde_json::from_str(&text).expect("JSON")
}

#[test]
fn the_sample_workbook_imported_into_a_site_without_projects_builds_the_same_catalogue() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let scratch = Scratch::empty();
    scratch.write("site.toml", fs::read(root.join("site.toml")).unwrap());
    common::copy_dir(&root.join("static"), &scratch.site.join("static"));
    scratch.write(
        "content/organisations.toml",
        fs::read(root.join("content/organisations.toml")).unwrap(),
    );
    // site.toml names two pages (contact, partners); the sample's link to
    // procedures this site has not.
    for page in ["lien-he", "hop-tac"] {
        scratch.write(
            &format!("content/pages/{page}/vi.md"),
            format!("+++\ntitle = \"{page}\"\nsummary = \"{page}\"\n+++\n\n{page}\n"),
        );
    }
    let run = import(
        &sample().join("data/projects.xlsx"),
        &scratch.site,
        &["--apply", "--lang", "en"],
    );
    run.assert_code(0);
    let output = scratch.path("public");
    build_ok(&scratch.site, &output);

    let before = projects_json(sample());
    let after = projects_json(&output);
    let by_slug = |file: &Value| -> BTreeMap<String, Value> {
        file["projects"]
            .as_array()
            .expect("projects")
            .iter()
            .map(|p| (p["slug"].as_str().unwrap().to_string(), comparable(p)))
            .collect()
    };
    let (before_projects, after_projects) = (by_slug(&before), by_slug(&after));
    assert!(!before_projects.is_empty());
    assert_eq!(before_projects, after_projects);
    assert_eq!(before["totals"], after["totals"]);
}

#[test]
fn a_dry_run_says_what_it_would_do_and_writes_nothing() {
    let scratch = site();
    let before = read_tree(&scratch.site);
    let run = import(&workbook("changed.xlsx"), &scratch.site, &["--lang", "en"]);
    run.assert_code(0);
    assert_eq!(
        run.stdout,
        "\
new: HB-GD-2026-01 content/projects/bep-an-ban-tru-tien-phong/ (Dự án!A2)
unchanged: HB-NS-2021-02 content/projects/nuoc-sach-xa-cao-son/ (Dự án!A3)
changed: HB-YT-2025-01 content/projects/tram-y-te-tien-phong/ (Dự án!A4)
    Places: tien-phong → tien-phong; cao-son
    Updated: (none) → 2026-01-15
    Contact e-mail: (none) → \"hoa.nt@example.gov.vn\"
    Total budget: 90_000 → 95_000
    Aid sought: 75_000 → 80_000
    Summary (vi): \"Phòng khám, phòng sinh và thiết bị cho trạm y tế xã Tiền Phong.\" → \"Phòng khám, phòng sinh, máy siêu âm và tập huấn cho trạm y tế xã Tiền Phong.\"
    Title (en): (none) → \"A better health station for Tien Phong commune\"
    Summary (en): (none) → \"Consulting and delivery rooms, an ultrasound scanner and training for the Tien Phong health station.\"

1 new, 1 changed, 1 unchanged
This was a dry run: nothing was written. Run it again with --apply to write these changes.
"
        .replace(
            "1 new, 1 changed, 1 unchanged\n",
            &format!("1 new, 1 changed, 1 unchanged\n{}", warnings_line(&run)),
        )
    );
    assert!(
        tree_differences(&before, &read_tree(&scratch.site)).is_empty(),
        "a dry run wrote files"
    );
}

/// The line that counts the site's warnings, which depend on today's date.
fn warnings_line(run: &Run) -> String {
    run.stdout
        .lines()
        .find(|l| l.starts_with("Warnings on the site"))
        .map(|l| format!("{l}\n"))
        .unwrap_or_default()
}

#[test]
fn apply_writes_only_what_differs_and_keeps_comments_and_bodies() {
    let scratch = site();
    let before = read_tree(&scratch.site);
    let run = import(
        &workbook("changed.xlsx"),
        &scratch.site,
        &["--apply", "--lang", "en"],
    );
    run.assert_code(0);
    assert!(
        run.stdout
            .trim_end()
            .ends_with(&format!("Files written in {}: 5.", scratch.site.display())),
        "{}",
        run.stdout
    );
    let after = read_tree(&scratch.site);
    assert_eq!(
        tree_differences(&before, &after),
        [
            "content/projects/bep-an-ban-tru-tien-phong/facts.toml",
            "content/projects/bep-an-ban-tru-tien-phong/vi.md",
            "content/projects/tram-y-te-tien-phong/en.md",
            "content/projects/tram-y-te-tien-phong/facts.toml",
            "content/projects/tram-y-te-tien-phong/vi.md",
        ]
    );
    // Only the facts that differ, where they were; the comment stays.
    assert_eq!(
        scratch.read("content/projects/tram-y-te-tien-phong/facts.toml"),
        r#"code = "HB-YT-2025-01"
sector = "health"
localities = ["tien-phong", "cao-son"]
period = "2026-2030"
status = "seeking"
owner = "so-y-te"
published = 2025-09-01
updated = 2026-01-15
contact = { name = "Nguyễn Thị Hoa", email = "hoa.nt@example.gov.vn", phone = "+84 218 3850 111" }

# Kinh phí / Budget
[budget]
currency = "USD"
total = 95_000
requested = 80_000
counterpart = 15_000
"#
    );
    // The summary changes; the body is as it was, byte for byte.
    assert_eq!(
        scratch.read("content/projects/tram-y-te-tien-phong/vi.md"),
        "+++
title = \"Nâng cấp trạm y tế xã Tiền Phong\"
summary = \"Phòng khám, phòng sinh, máy siêu âm và tập huấn cho trạm y tế xã Tiền Phong.\"
+++

Trạm y tế xã Tiền Phong phục vụ **3.200** người dân.

- Phòng sinh đã xuống cấp;
- thiếu thiết bị siêu âm.
"
    );
    // A new project in the house layout.
    assert_eq!(
        scratch.read("content/projects/bep-an-ban-tru-tien-phong/facts.toml"),
        fs::read_to_string(fixture(
            "import/changed/content/projects/bep-an-ban-tru-tien-phong/facts.toml"
        ))
        .unwrap()
    );
    // Every changed project now has the facts, titles and summaries of the
    // site the workbook was made from.
    for slug in ["tram-y-te-tien-phong", "bep-an-ban-tru-tien-phong"] {
        let expected = fixture("import/changed/content/projects").join(slug);
        let facts = |text: String| text.parse::<toml::Table>().expect("TOML");
        assert_eq!(
            facts(scratch.read(&format!("content/projects/{slug}/facts.toml"))),
            facts(fs::read_to_string(expected.join("facts.toml")).unwrap()),
            "{slug}"
        );
    }
    build_ok(&scratch.site, &scratch.path("public"));
}

#[test]
fn an_ods_and_a_csv_import_the_same_as_the_xlsx() {
    let applied = |name: &str| {
        let scratch = site();
        import(&workbook(name), &scratch.site, &["--apply"]).assert_code(0);
        read_tree(&scratch.site)
    };
    let xlsx = applied("changed.xlsx");
    for other in ["changed.ods", "changed.csv"] {
        assert_eq!(
            tree_differences(&xlsx, &applied(other)),
            Vec::<String>::new(),
            "{other} imports differently from changed.xlsx"
        );
    }
}

/// A workbook of string cells: each sheet by name, its rows.
fn write_workbook(path: &Path, sheets: &[(&str, &[&[&str]])]) {
    let mut book = Workbook::new();
    for (name, rows) in sheets {
        let ws = book.add_worksheet();
        ws.set_name(*name).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                if !cell.is_empty() {
                    let (r, c) = (u32::try_from(r).unwrap(), u16::try_from(c).unwrap());
                    ws.write_string(r, c, *cell).unwrap();
                }
            }
        }
    }
    book.save(path).unwrap();
}

const HEADER: &[&str] = &[
    "Mã dự án / Code",
    "Thư mục / Folder",
    "Tên dự án (vi) / Title (vi)",
    "Tóm tắt (vi) / Summary (vi)",
    "Tên dự án (en) / Title (en)",
    "Lĩnh vực / Sector",
    "Địa bàn / Places",
    "Giai đoạn / Period",
    "Tình trạng / Status",
    "Chủ khoản viện trợ / Owner",
    "Ngày công bố / Published",
    "Đơn vị tiền / Currency",
    "Tổng vốn / Total budget",
    "Viện trợ cần vận động / Aid sought",
    "Vốn đối ứng / Counterpart funds",
];

/// A workbook with a mistake or two in most rows of its projects and
/// funding sheets.
fn write_wrong_workbook(file: &Path) {
    let projects: &[&[&str]] = &[
        HEADER,
        &[
            "HB-GD-2026-05",
            "",
            "Giếng nước",
            "Một giếng.",
            "",
            "Nước sạch",
            "tien-phong",
            "2026-2030",
            "seeking",
            "ubnd-da-bac",
            "31/02/2026",
            "VND",
            "100",
            "80",
            "20",
        ],
        &[
            "HB-GD-2026-06",
            "",
            "Bể nước",
            "Một bể.",
            "",
            "water-sanitation",
            "Xã Cao Sơn; Tiền Phongg",
            "2026-2030",
            "seeking",
            "ubnd-da-bac",
            "2026-01-05",
            "VND",
            "abc",
            "80",
            "20",
        ],
        &[
            "HB-YT-2025-01",
            "tram-y-te",
            "",
            "",
            "",
            "health",
            "tien-phong",
            "2026-2030",
            "",
            "so-y-te",
            "2025-09-01",
            "USD",
            "90000",
            "75000",
            "15000",
        ],
        &[
            "HB-GD-2026-05",
            "",
            "Giếng nước",
            "Một giếng.",
            "",
            "water-sanitation",
            "tien-phong",
            "2026-2030",
            "seeking",
            "ubnd-da-bac",
            "2026-01-05",
            "VND",
            "100",
            "80",
            "20",
        ],
    ];
    let funding: &[&[&str]] = &[
        &[
            "Mã dự án / Code",
            "Nhà tài trợ / Donor",
            "Loại / Kind",
            "Số tiền / Amount",
            "Đơn vị tiền / Currency",
            "Ngày / Date",
        ],
        &[
            "HB-XX-9",
            "plan-international",
            "committed",
            "100",
            "USD",
            "2026-01-05",
        ],
        &["HB-GD-2026-06", "plan", "pledged", "0", "JPY", "soon"],
    ];
    write_workbook(file, &[("Dự án", projects), ("Tài trợ", funding)]);
}

#[test]
fn wrong_cells_are_all_reported_located_and_nothing_is_written() {
    let scratch = site();
    let file = scratch.path("wrong.xlsx");
    write_wrong_workbook(&file);
    let before = read_tree(&scratch.site);

    let run = import(&file, &scratch.site, &["--apply", "--lang", "en"]);
    run.assert_code(1);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        "\
Dự án!F2 (Sector): 'Nước sạch' is not a sector; did you mean `water-sanitation`?
Dự án!K2 (Published): '31/02/2026' is not a date; write it as 2025-12-31 or 31/12/2025
Dự án!G3 (Places): 'Tiền Phongg' is not a place; did you mean `tien-phong`?
Dự án!M3 (Total budget): 'abc' is not a whole number of 0 or more; write digits only, like 4800000000
Dự án!B4 (Folder): the project HB-YT-2025-01 is in the folder 'tram-y-te-tien-phong'; a project's folder never changes (its address is permanent)
Dự án!I4 (Status): the cell is empty, but every project has one
Dự án!A5 (Code): 'HB-GD-2026-05' is already on row 2; each project has one row
Tài trợ!A2 (Code): 'HB-XX-9' is not the code of a project on the sheet Dự án
Tài trợ!B3 (Donor): 'plan' is not an organisation of content/organisations.toml; did you mean `plan-international`?
Tài trợ!C3 (Kind): 'pledged' is not a kind of funding (committed or disbursed); use one of `committed` or `disbursed`
Tài trợ!D3 (Amount): the amount is 0; write an amount above 0
Tài trợ!E3 (Currency): 'JPY' is not a currency with a rate in site.toml; use one of `USD` or `VND`
Tài trợ!F3 (Date): 'soon' is not a date; write it as 2025-12-31 or 31/12/2025

Mistakes in the workbook: 13. Nothing was written; correct the cells above and run it again.
"
    );
    assert!(tree_differences(&before, &read_tree(&scratch.site)).is_empty());

    // In Vietnamese, the staff's language, the same places.
    let run = import(&file, &scratch.site, &["--apply", "--lang", "vi"]);
    run.assert_code(1);
    assert_eq!(
        run.stderr.lines().next(),
        Some("Dự án!F2 (Lĩnh vực): 'Nước sạch' không phải là một lĩnh vực; có phải ý bạn là `water-sanitation`?")
    );
    assert!(tree_differences(&before, &read_tree(&scratch.site)).is_empty());
}

#[test]
fn a_mistake_only_the_build_finds_stops_the_import_and_writes_nothing() {
    let scratch = site();
    // The cells are right one by one; the e-mail is not one, which only the
    // checks of `build` see.
    let csv = scratch.path("projects.csv");
    fs::write(
        &csv,
        "code,contact_name,contact_email\r\nHB-YT-2025-01,Nguyễn Thị Hoa,hoa-at-example\r\n",
    )
    .unwrap();
    let before = read_tree(&scratch.site);
    let run = import(&csv, &scratch.site, &["--apply", "--lang", "en"]);
    run.assert_code(1);
    assert!(
        run.stderr
            .contains("content/projects/tram-y-te-tien-phong/facts.toml"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.trim_end().ends_with(
            "After the import the site would not build: the checks of build found the mistakes above (1). Nothing was written; correct the workbook (or the files named) and run it again."
        ),
        "{}",
        run.stderr
    );
    assert!(tree_differences(&before, &read_tree(&scratch.site)).is_empty());
}

#[test]
fn a_new_project_without_a_folder_is_named_after_its_title() {
    let scratch = site();
    // Keys or names, as the staff write them: the status in the words of the site.
    let seeking =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n/vi/main.ftl"))
            .unwrap()
            .lines()
            .find_map(|l| l.strip_prefix("status-seeking = ").map(str::to_string))
            .expect("the name of the status seeking");
    let csv = scratch.path("projects.csv");
    fs::write(
        &csv,
        format!(
            "\u{feff}code;title_vi;summary_vi;sector;localities;period;status;owner;published;currency;total;requested;counterpart\r\n\
             HB-NS-2026-03;Nước sạch thôn Đồng Bài;Đường ống cho 80 hộ.;Nước sạch và vệ sinh môi trường;Xã Cao Sơn;2026-2030;{seeking};ubnd-da-bac;05/01/2026;VND;1.500.000.000;1.200.000.000;300.000.000\r\n"
        ),
    )
    .unwrap();
    let run = import(&csv, &scratch.site, &["--apply", "--lang", "en"]);
    run.assert_code(0);
    assert_eq!(
        scratch.read("content/projects/nuoc-sach-thon-dong-bai/facts.toml"),
        r#"code = "HB-NS-2026-03"
sector = "water-sanitation"
localities = ["cao-son"]
period = "2026-2030"
status = "seeking"
owner = "ubnd-da-bac"
published = 2026-01-05

[budget]
currency = "VND"
total = 1_500_000_000
requested = 1_200_000_000
counterpart = 300_000_000
"#
    );
    // The rows it did not hold stay as they are.
    assert!(
        run.stdout
            .contains("Projects of the site not in the workbook, left as they are: 2."),
        "{}",
        run.stdout
    );
}

#[test]
fn an_unreadable_file_or_site_directory_exits_2() {
    let scratch = site();
    let not_a_workbook = scratch.path("notes.pdf");
    fs::write(&not_a_workbook, "%PDF-1.4").unwrap();
    let run = import(&not_a_workbook, &scratch.site, &["--lang", "en"]);
    run.assert_code(2);
    assert!(
        run.stderr
            .contains("only .xlsx, .ods and .csv files can be imported"),
        "{}",
        run.stderr
    );

    let broken = scratch.path("broken.xlsx");
    fs::write(&broken, "not a zip").unwrap();
    import(&broken, &scratch.site, &["--lang", "en"]).assert_code(2);

    let run = import(
        &workbook("changed.xlsx"),
        &scratch.path("nowhere"),
        &["--lang", "en"],
    );
    run.assert_code(2);
}
