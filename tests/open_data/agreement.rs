//! Every project's aid sought, committed and status are the same in JSON, CSV, IATI and
//! its pages.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::Path;

use crate::common::page;
use crate::common::xml::{elements, Attributes};
use crate::{json, messages, sample};

/// Digits of a displayed amount ("VND 4,800,000,000", "4.800.000.000 ₫").
fn digits(text: &str) -> u64 {
    text.chars()
        .filter(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .unwrap_or_else(|_| panic!("no amount in {text:?}"))
}

/// A project page's key facts: each label (without its link to the
/// definition), the value, and the value in the base currency given after it
/// (`<span class="approx">`), if any.
fn key_facts(html: &str) -> HashMap<String, (String, Option<String>)> {
    let list = html
        .split("<dl class=\"summary-list\">")
        .nth(1)
        .and_then(|rest| rest.split("</dl>").next())
        .expect("the key facts");
    list.split("<div><dt>")
        .skip(1)
        .map(|item| {
            let (label, rest) = item.split_once("</dt><dd>").expect("a term and its value");
            let value = &rest[..rest.find("</dd>").expect("a value end")];
            let (shown, approx) = match value.split_once("<span class=\"approx\">") {
                Some((shown, approx)) => (shown, Some(crate::common::strip_tags(approx))),
                None => (value, None),
            };
            let shown = shown.split("<span class=").next().unwrap_or(shown);
            (
                crate::common::strip_tags(label),
                (crate::common::strip_tags(shown), approx),
            )
        })
        .collect()
}

/// The first amount written in `text`: its digits up to the first character
/// that is neither a digit nor a separator ("about VND 3,969,004,000 at the
/// rate of …", "khoảng 3.969.004.000 ₫ theo …").
fn first_amount(text: &str) -> u64 {
    let start = text
        .find(|c: char| c.is_ascii_digit())
        .unwrap_or_else(|| panic!("no amount in {text:?}"));
    let amount: String = text[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | ' ' | '\u{a0}'))
        .collect();
    digits(&amount)
}

/// IATI `ActivityStatus` for each status of the content format.
fn iati_status(status: &str) -> &'static str {
    match status {
        "seeking" | "partly-funded" | "funded" => "1",
        "ongoing" => "2",
        "completed" => "4",
        "withdrawn" => "5",
        other => panic!("unknown status {other}"),
    }
}

/// An IATI activity's budgets (amount, currency) and transactions (type,
/// date, amount, currency), in document order.
type Budgets = Vec<(u64, String)>;
type Transactions = Vec<(String, String, u64, String)>;

fn money_of(activity: &[&(String, Attributes, String)]) -> (Budgets, Transactions) {
    let (mut budgets, mut transactions) = (Vec::new(), Vec::new());
    let (mut inside, mut kind, mut date) = ("", String::new(), String::new());
    for (name, attributes, text) in activity {
        let amount = || text.parse::<u64>().expect("a whole amount");
        match name.as_str() {
            "budget" => {
                // Original budgets, each year's estimate marked indicative (issue 12).
                assert_eq!(
                    (attributes["type"].as_str(), attributes["status"].as_str()),
                    ("1", "1"),
                    "a budget that is not original and indicative"
                );
                inside = "budget";
            }
            "transaction" => inside = "transaction",
            "transaction-type" => kind.clone_from(&attributes["code"]),
            "transaction-date" => date.clone_from(&attributes["iso-date"]),
            "value" if inside == "budget" => {
                budgets.push((amount(), attributes["currency"].clone()));
            }
            "value" if inside == "transaction" => transactions.push((
                kind.clone(),
                date.clone(),
                amount(),
                attributes["currency"].clone(),
            )),
            "value" => panic!("a value outside a budget or a transaction"),
            _ => {}
        }
    }
    (budgets, transactions)
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "one walk over the projects compares four places side by side"
)]
fn every_project_has_the_same_aid_sought_committed_and_status_everywhere() {
    let data = json("projects.json");
    let projects = data["projects"].as_array().expect("projects");
    let folders = fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("content/projects"))
        .expect("the sample's projects")
        .count();
    assert_eq!(projects.len(), folders, "every project of the sample");

    let mut csv_reader =
        csv::Reader::from_path(sample().join("data/projects.csv")).expect("projects.csv");
    let header = csv_reader.headers().expect("a header").clone();
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h.trim_start_matches('\u{feff}') == name)
            .unwrap_or_else(|| panic!("no column {name}"))
    };
    let rows: HashMap<String, csv::StringRecord> = csv_reader
        .records()
        .map(|r| r.expect("a row"))
        .map(|r| (r[column("code")].to_string(), r))
        .collect();
    assert_eq!(rows.len(), projects.len());

    let iati = elements(&sample().join("data/iati-activities.xml"));
    let mut activities: BTreeMap<String, Vec<&(String, Attributes, String)>> = BTreeMap::new();
    let mut current = String::new();
    for e in &iati {
        if e.0 == "iati-identifier" {
            current = e.2.clone();
        }
        activities.entry(current.clone()).or_default().push(e);
    }

    let labels: Vec<(&str, HashMap<String, String>)> =
        ["en", "vi"].into_iter().map(|l| (l, messages(l))).collect();
    for p in projects {
        let code = p["code"].as_str().expect("a code");
        let status = p["status"].as_str().expect("a status");
        let requested = p["budget"]["requested"].as_u64().expect("requested");
        let currency = p["budget"]["currency"].as_str().expect("a currency");
        let amount = |field: &str| {
            p[field]
                .as_u64()
                .unwrap_or_else(|| panic!("{code}: {field}"))
        };
        let open = p["open"].as_bool().expect("open");

        // The project's page in each language, in the project's currency,
        // with the base currency's figure after the aid still sought.
        for (lang, m) in &labels {
            let address = p["url"][lang]
                .as_str()
                .expect("an address")
                .trim_start_matches("https://ngo.example.gov.vn");
            let facts = key_facts(&page(sample(), address));
            let fact = |key: &str| facts.get(&m[key]).map(|(shown, _)| shown.as_str());
            assert_eq!(
                fact("measure-requested").map(digits),
                Some(requested),
                "{address}: aid sought"
            );
            assert_eq!(
                fact("fact-status"),
                Some(m[&format!("status-{status}")].as_str()),
                "{address}: status"
            );
            assert_eq!(
                fact("measure-committed").map(digits),
                Some(amount("committed")),
                "{address}: committed"
            );
            // Disbursed is shown once something is; still sought while open.
            let disbursed = amount("disbursed");
            assert_eq!(
                fact("measure-disbursed").map(digits),
                (disbursed > 0).then_some(disbursed),
                "{address}: disbursed"
            );
            let still_sought = facts.get(&m["measure-still-sought"]);
            assert_eq!(
                still_sought.map(|(shown, _)| digits(shown)),
                open.then(|| amount("still_sought")),
                "{address}: still sought"
            );
            // A figure in another currency is followed by its value in VND
            // at the latest rate: the one the totals count.
            if open && currency != "VND" {
                let approx = still_sought.and_then(|(_, approx)| approx.as_deref());
                assert_eq!(
                    approx.map(first_amount),
                    Some(amount("still_sought_base")),
                    "{address}: still sought in VND"
                );
            }
        }

        let row = &rows[code];
        assert_eq!(&row[column("currency")], currency, "{code}: CSV currency");
        assert_eq!(&row[column("status")], status, "{code}: CSV status");
        assert_eq!(
            row[column("requested")].parse::<u64>().ok(),
            Some(requested),
            "{code}: CSV aid sought"
        );
        for field in [
            "committed",
            "disbursed",
            "still_sought",
            "committed_base",
            "disbursed_base",
            "still_sought_base",
        ] {
            assert_eq!(
                row[column(field)].parse::<u64>().ok(),
                Some(amount(field)),
                "{code}: CSV {field}"
            );
        }

        let identifier = p["iati_identifier"].as_str().expect("an IATI identifier");
        assert_eq!(identifier, format!("VN-HBH-SNV-{code}"));
        let activity = &activities[identifier];
        let status_code = activity
            .iter()
            .find(|e| e.0 == "activity-status")
            .map(|e| e.1["code"].as_str());
        assert_eq!(
            status_code,
            Some(iati_status(status)),
            "{code}: IATI status"
        );
        let (budgets, transactions) = money_of(activity);
        // The budgets are the aid sought, year by year: the years the owner
        // gave, else a share of each year of the project's dates.
        assert!(
            budgets.iter().all(|(_, c)| c == currency),
            "{code}: IATI budgets in {currency}: {budgets:?}"
        );
        assert_eq!(
            budgets.iter().map(|(a, _)| a).sum::<u64>(),
            requested,
            "{code}: IATI budgets"
        );
        let years: Vec<u64> = p["budget"]["years"]
            .as_array()
            .expect("years")
            .iter()
            .map(|y| y["requested"].as_u64().expect("an amount"))
            .collect();
        if !years.is_empty() {
            let amounts: Vec<u64> = budgets.iter().map(|(a, _)| *a).collect();
            assert_eq!(amounts, years, "{code}: IATI budgets by year");
        }
        // Each commitment (type 11) and disbursement (type 12) as recorded,
        // in its own currency on its own day; projects.json's figures convert
        // them (tests/catalogue/figures.rs works the conversion out again).
        let recorded: Transactions = p["funding"]
            .as_array()
            .expect("funding")
            .iter()
            .map(|f| {
                (
                    if f["kind"] == "committed" { "11" } else { "12" }.to_string(),
                    f["date"].as_str().expect("a date").to_string(),
                    f["amount"].as_u64().expect("an amount"),
                    f["currency"].as_str().expect("a currency").to_string(),
                )
            })
            .collect();
        assert_eq!(transactions, recorded, "{code}: IATI transactions");
    }
}
