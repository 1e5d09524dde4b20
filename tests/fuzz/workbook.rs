//! Workbooks for `minhbach import`: generated from the staff's template
//! (`docs/projects-template.xlsx`), so that most of them get past the sheet
//! and column names to the cells, where the import's work is; then written
//! as .xlsx files, as a spreadsheet would write them.

mod texts;

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::OnceLock;

use calamine::{Reader, Xlsx};
use minhbach::fuzz;
use proptest::prelude::*;
use proptest::strategy::BoxedStrategy;
use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook};

use crate::strategies::{HTML, WORDS};
use texts::{
    AMOUNTS, CELL_TEXTS, CODES, CONTACTS, CURRENCIES, DATES, DIRECTIONS, EXTRA_HEADERS, FOLDERS,
    FORMULAS, FORMULA_RESULTS, GOALS, KINDS, MEASURES, ORGANISATIONS, PERIODS, PLACES, SECTORS,
    SHEET_NAMES, STATUSES, WHOLES,
};

/// A generated workbook: its sheets, in order.
#[derive(Debug, Clone)]
pub(crate) struct Book(Vec<Tab>);

/// One sheet: its name, the empty rows and columns above and left of its
/// cells, and its rows, the header first.
#[derive(Debug, Clone)]
struct Tab {
    name: String,
    skip: (u32, u16),
    rows: Vec<Vec<Cell>>,
}

#[derive(Debug, Clone)]
enum Cell {
    Empty,
    Text(String),
    Number(f64),
    /// A date cell: a number with a date format, as year, month and day.
    Day(u16, u8, u8),
    Bool(bool),
    /// A formula and the result the spreadsheet saved with it.
    Formula(&'static str, &'static str),
}

/// What a column holds, to generate values that are right for it.
#[derive(Debug, Clone, Copy)]
enum Holds {
    Words(&'static [&'static str]),
    Day,
    Amount,
    Text,
}

/// Writes `book` as an .xlsx file. A sheet name a spreadsheet refuses (or
/// has already) stays the spreadsheet's own ("Sheet3"), as staff could not
/// type it.
pub(crate) fn write_book(book: &Book, path: &Path) {
    let mut workbook = Workbook::new();
    let day = Format::new().set_num_format("yyyy-mm-dd");
    let mut names = BTreeSet::new();
    for tab in &book.0 {
        let sheet = workbook.add_worksheet();
        if names.insert(tab.name.to_lowercase()) {
            sheet.set_name(&tab.name).ok();
        }
        for (r, row) in (tab.skip.0..).zip(&tab.rows) {
            for (c, cell) in (tab.skip.1..).zip(row) {
                let written = match cell {
                    Cell::Empty => continue,
                    Cell::Text(t) => sheet.write_string(r, c, t),
                    Cell::Number(n) => sheet.write_number(r, c, *n),
                    Cell::Bool(b) => sheet.write_boolean(r, c, *b),
                    Cell::Formula(f, result) => {
                        sheet.write_formula(r, c, Formula::new(*f).set_result(*result))
                    }
                    Cell::Day(y, m, d) => match ExcelDateTime::from_ymd(*y, *m, *d) {
                        Ok(date) => sheet.write_datetime_with_format(r, c, &date, &day),
                        Err(_) => sheet.write_string(r, c, format!("{y}-{m}-{d}")),
                    },
                };
                written
                    .unwrap_or_else(|e| panic!("the fuzzer cannot write its cell {cell:?}: {e}"));
            }
        }
    }
    workbook
        .save(path)
        .unwrap_or_else(|e| panic!("the fuzzer cannot write its workbook: {e}"));
}

/// A sheet of the staff's template: its name, its name in English, its headers.
type TemplateSheet = (String, &'static str, Vec<String>);

/// The sheets of the staff's template, `docs/projects-template.xlsx`: what
/// the import expects.
fn template() -> &'static [TemplateSheet] {
    static TEMPLATE: OnceLock<Vec<TemplateSheet>> = OnceLock::new();
    TEMPLATE.get_or_init(|| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/projects-template.xlsx");
        let mut book: Xlsx<_> = calamine::open_workbook(&path).expect("the template");
        let english = [
            "Projects",
            "Funding",
            "Indicators",
            "By year",
            "Read me",
            "Lists",
        ];
        book.sheet_names()
            .into_iter()
            .zip(english)
            .map(|(name, english)| {
                let range = book
                    .worksheet_range(&name)
                    .expect("a sheet of the template");
                let headers = range.rows().next().map_or_else(Vec::new, |row| {
                    row.iter().map(ToString::to_string).collect()
                });
                (name, english, headers)
            })
            .collect()
    })
}

/// Workbooks of the template's sheets (some missing, some of another name,
/// in any order) and of others; each with some of its columns and others,
/// headers written as staff write them; cells right for their column or
/// anything at all, as much or as little as `wrong` says (0 to 3 in 12).
pub(crate) fn workbook() -> impl Strategy<Value = Book> {
    let tabs: Vec<BoxedStrategy<Option<Tab>>> = template()
        .iter()
        .enumerate()
        .map(|(i, (vi, en, headers))| {
            let present = if i == 0 { 0.95 } else { 0.4 };
            (0..4u32)
                .prop_flat_map(move |wrong| {
                    prop::option::weighted(present, tab(vi, en, headers, wrong))
                })
                .boxed()
        })
        .collect();
    let stranger = prop::option::weighted(0.2, tab("", "", &[], 3));
    (tabs, stranger)
        .prop_map(|(tabs, stranger)| tabs.into_iter().chain([stranger]).flatten().collect())
        .prop_shuffle()
        .prop_map(Book)
}

/// A sheet named `vi` (or `en`, or otherwise) with some of `headers` and
/// others, and rows of cells.
fn tab(vi: &str, en: &str, headers: &[String], wrong: u32) -> impl Strategy<Value = Tab> {
    let name = prop_oneof![
        4 => Just(vi.to_string()),
        2 => Just(en.to_string()),
        1 => Just(fuzz::fold_and_anchor(vi).0),
        1 => Just(vi.to_uppercase()),
        1 => prop::sample::select(SHEET_NAMES).prop_map(String::from),
        1 => any::<String>(),
    ];
    let mut known: Vec<(String, Holds)> = headers.iter().map(|h| (h.clone(), holds(h))).collect();
    // The first column, a data sheet's code, mostly kept: without it the
    // import reads no row at all.
    let first = (!known.is_empty()).then(|| known.remove(0));
    let all = known.len();
    let columns = (
        prop::option::weighted(0.9, Just(first)),
        prop_oneof![
            1 => Just(known.clone()),
            2 => prop::sample::subsequence(known, 0..=all),
        ],
        prop::collection::vec(
            prop::sample::select(EXTRA_HEADERS).prop_map(|h| (h.to_string(), Holds::Text)),
            0..3,
        ),
        any::<bool>(),
    )
        .prop_flat_map(|(first, rest, extra, shuffled)| {
            let mut columns: Vec<_> = first.flatten().into_iter().collect();
            columns.extend(rest);
            columns.extend(extra);
            let columns = Just(columns);
            if shuffled {
                columns.prop_shuffle().boxed()
            } else {
                columns.boxed()
            }
        });
    let skip = prop_oneof![6 => Just((0, 0)), 1 => (0..3u32, 0..3u16)];
    (name, skip, columns).prop_flat_map(move |(name, skip, columns)| {
        let header: Vec<BoxedStrategy<Cell>> =
            columns.iter().map(|(h, _)| header(h).boxed()).collect();
        let row: Vec<BoxedStrategy<Cell>> = columns
            .iter()
            .map(|(_, holds)| cell(*holds, wrong))
            .collect();
        let width = columns.len();
        let rows = prop::collection::vec((row, 0..=width), 0..8).prop_map(|rows| {
            // Some rows end early, as a row with its last cells empty.
            rows.into_iter()
                .map(|(mut row, keep)| {
                    row.truncate(keep.max(1));
                    row
                })
                .collect::<Vec<_>>()
        });
        (Just(name.clone()), Just(skip), header, rows).prop_map(|(name, skip, header, rows)| Tab {
            name,
            skip,
            rows: std::iter::once(header).chain(rows).collect(),
        })
    })
}

/// A header as staff write it: whole, one language's half, in capitals,
/// without tone marks, spaced out.
fn header(whole: &str) -> impl Strategy<Value = Cell> {
    let (vi, en) = whole.split_once(" / ").unwrap_or((whole, whole));
    prop_oneof![
        6 => Just(whole.to_string()),
        2 => Just(vi.to_string()),
        2 => Just(en.to_string()),
        1 => Just(whole.to_uppercase()),
        1 => Just(fuzz::fold_and_anchor(vi).0),
        1 => Just(format!("  {}  ", vi.replace(' ', "   "))),
    ]
    .prop_map(Cell::Text)
}

/// What the template's column `header` holds, by its English name.
fn holds(header: &str) -> Holds {
    let english = header.rsplit(" / ").next().unwrap_or(header);
    let english = english.split(" (").next().unwrap_or(english);
    match english {
        "Code" => Holds::Words(CODES),
        "Folder" => Holds::Words(FOLDERS),
        "Sector" | "Sector name" => Holds::Words(SECTORS),
        "Places" | "Place names" => Holds::Words(PLACES),
        "Period" | "Period name" => Holds::Words(PERIODS),
        "Status" | "Status name" => Holds::Words(STATUSES),
        "Owner" | "Owner name" | "Donor" | "Donor name" => Holds::Words(ORGANISATIONS),
        "Published" | "Updated" | "Start" | "End" | "Date" => Holds::Day,
        "Beneficiaries" | "Year" => Holds::Words(WHOLES),
        "Sustainable Development Goals" => Holds::Words(GOALS),
        "Contact e-mail" | "Contact phone" => Holds::Words(CONTACTS),
        "Currency" | "Project currency" => Holds::Words(CURRENCIES),
        "Kind" => Holds::Words(KINDS),
        "Baseline" | "Target" | "Actual" => Holds::Words(MEASURES),
        "Better when" => Holds::Words(DIRECTIONS),
        "Total budget" | "Aid sought" | "Counterpart funds" | "Amount" | "Committed"
        | "Disbursed" | "Still sought" => Holds::Amount,
        _ => Holds::Text,
    }
}

/// A cell right for its column, empty, or (`wrong` in 12) anything at all.
fn cell(holds: Holds, wrong: u32) -> BoxedStrategy<Cell> {
    let right = match holds {
        Holds::Words(words) => texts(words).boxed(),
        Holds::Text => texts(CELL_TEXTS).boxed(),
        Holds::Day => prop_oneof![
            (2000..2040u16, 1..=12u8, 1..=28u8).prop_map(|(y, m, d)| Cell::Day(y, m, d)),
            texts(DATES),
        ]
        .boxed(),
        #[allow(
            clippy::cast_precision_loss,
            reason = "amounts below 10^13 are exact in an f64"
        )]
        Holds::Amount => prop_oneof![
            (0..10_000_000_000_000u64).prop_map(|n| Cell::Number(n as f64)),
            texts(AMOUNTS),
        ]
        .boxed(),
    };
    if wrong == 0 {
        return prop_oneof![12 => right, 1 => Just(Cell::Empty)].boxed();
    }
    prop_oneof![12 - wrong => right, 1 => Just(Cell::Empty), wrong => any_cell()].boxed()
}

fn texts(list: &'static [&'static str]) -> impl Strategy<Value = Cell> {
    prop::sample::select(list).prop_map(|t| Cell::Text(t.to_string()))
}

/// Anything a cell may hold: texts of every column, hostile texts, very
/// long texts, numbers of any size, dates far off, booleans, formulas.
fn any_cell() -> impl Strategy<Value = Cell> {
    let listed = prop_oneof![
        prop::sample::select(CELL_TEXTS),
        prop::sample::select(DATES),
        prop::sample::select(AMOUNTS),
        prop::sample::select(HTML),
        prop::sample::select(WORDS),
        prop::sample::select(CODES),
        prop::sample::select(PLACES),
    ];
    prop_oneof![
        6 => listed.clone().prop_map(|t| Cell::Text(t.to_string())),
        2 => any::<String>().prop_map(Cell::Text),
        // The longest text a cell holds is 32,767 characters.
        1 => (listed, 1..6000usize).prop_map(|(t, n)| {
            Cell::Text(t.repeat(n).chars().take(32_767).collect())
        }),
        2 => any::<f64>()
            .prop_filter("a spreadsheet holds finite numbers", |n| n.is_finite())
            .prop_map(Cell::Number),
        1 => (1900..=9999u16, 1..=12u8, 1..=31u8).prop_map(|(y, m, d)| Cell::Day(y, m, d)),
        1 => any::<bool>().prop_map(Cell::Bool),
        1 => (
            prop::sample::select(FORMULAS),
            prop::sample::select(FORMULA_RESULTS)
        )
            .prop_map(|(f, r)| Cell::Formula(f, r)),
    ]
}
