//! The catalogue's filter index: what the JavaScript needs to combine filters,
//! count and total the projects they hold, and show them, without fetching
//! the catalogue's pages (at 10,000 projects, 500 of them). Fetched on first
//! use of the filters, one small file per chosen value.
//!
//! Projects are numbered by their place in the newest-first catalogue (the
//! `data-n` of their cards). Under `/filter/`:
//! - `meta.json`: the number of projects, the statuses (open ones marked),
//!   the scale of each money column, the bytes of a rank;
//! - `<dimension>/<value>.bin`: one bit per project, set when the value holds
//!   it (a place holds the projects of every unit inside it), as its filter
//!   page does; a status's file goes on with its projects' money (below);
//! - `sort/still-sought.bin` and `<lang>/sort/title.bin`: each project's place
//!   in that order, big-endian, `rank_bytes` each;
//! - `<lang>/c/<n>.json`: project `n`'s card, as a JSON string of HTML.
//!
//! A status file's money: one byte, the columns per project (0 for withdrawn
//! projects, which count in no money total; 2, committed and disbursed; 3,
//! with still sought, for open projects), then for each project of the status
//! in order, each column as an unsigned LEB128 number of `scale` units of the
//! base currency.

use rayon::prelude::*;
use serde_json::json;

use super::catalogue::Listings;
use crate::catalogue::{held, Facet, Sort};
use crate::content::project::Status;
use crate::content::texts::LangId;
use crate::site::Site;

/// Where the index is, from the site's root.
pub(crate) const BASE: &str = "filter/";

/// The money columns, in the order of a status file.
const COLUMNS: [&str; 3] = ["committed", "disbursed", "still-sought"];

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}

fn leb128(mut value: u64, out: &mut Vec<u8>) {
    loop {
        let byte = u8::try_from(value & 0x7f).expect("seven bits");
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// Bytes a rank below `count` needs.
fn rank_bytes(count: usize) -> usize {
    let mut bytes = 1;
    while count > 1 << (8 * bytes) {
        bytes += 1;
    }
    bytes
}

/// A project's money by column, in the base currency.
fn money(site: &Site, store: usize) -> [u64; 3] {
    let base = site.projects[store].facts.figures.base;
    [base.committed, base.disbursed, base.still_sought]
}

/// The files shared by every language: meta, the values' bit sets with the
/// statuses' money, and the still-sought order.
pub(crate) fn shared_files(site: &Site, listings: &Listings<'_>) -> Vec<(String, Vec<u8>)> {
    let lang = site.config.languages.default;
    let newest = listings.order(lang, None, Sort::Newest);
    let count = newest.len();
    let place = listings.places(lang);
    let bytes = count.div_ceil(8);
    let mut bits: Vec<(Facet<'_>, Vec<u8>)> = listings
        .facets()
        .iter()
        .map(|(f, _)| (*f, vec![0; bytes]))
        .collect();
    let slot = |f: Facet<'_>| bits.iter().position(|(g, _)| *g == f);
    let slots: Vec<Vec<usize>> = newest
        .iter()
        .map(|store| {
            held(&site.config, &site.projects[*store].facts)
                .filter_map(slot)
                .collect()
        })
        .collect();
    for (n, held) in slots.iter().enumerate() {
        for s in held {
            bits[*s].1[n / 8] |= 1 << (n % 8);
        }
    }
    let scales: Vec<u64> = (0..COLUMNS.len())
        .map(|c| {
            newest
                .iter()
                .map(|s| money(site, *s)[c])
                .fold(0, gcd)
                .max(1)
        })
        .collect();
    let mut files: Vec<(String, Vec<u8>)> = bits
        .into_iter()
        .map(|(facet, mut data)| {
            if let Facet::Status(status) = facet {
                let columns: usize = if status == Status::Withdrawn {
                    0
                } else if status.is_open() {
                    3
                } else {
                    2
                };
                data.push(u8::try_from(columns).expect("at most three columns"));
                for store in newest
                    .iter()
                    .filter(|s| site.projects[**s].facts.status == status)
                {
                    let values = money(site, *store);
                    for c in 0..columns {
                        leb128(values[c] / scales[c], &mut data);
                    }
                }
            }
            (
                format!("{BASE}{}/{}.bin", facet.dimension(), facet.value()),
                data,
            )
        })
        .collect();
    files.push((
        format!("{BASE}sort/still-sought.bin"),
        ranks(listings.order(lang, None, Sort::StillSought), &place),
    ));
    files.push((
        format!("{BASE}meta.json"),
        json!({
            "version": 1,
            "projects": count,
            "statuses": Status::ALL.iter().map(|s| s.key()).collect::<Vec<_>>(),
            "open": Status::ALL.iter().filter(|s| s.is_open()).map(|s| s.key()).collect::<Vec<_>>(),
            "columns": COLUMNS,
            "scales": scales,
            "rank_bytes": rank_bytes(count),
        })
        .to_string()
        .into_bytes(),
    ));
    files
}

/// Each project's place in `order`, by its place in the newest-first list.
fn ranks(order: &[usize], place: &[usize]) -> Vec<u8> {
    let width = rank_bytes(order.len());
    let mut rank = vec![0; order.len()];
    for (r, store) in order.iter().enumerate() {
        rank[place[*store]] = r;
    }
    rank.iter()
        .flat_map(|r| r.to_be_bytes()[std::mem::size_of::<usize>() - width..].to_vec())
        .collect()
}

/// The title order of one language, as (path, bytes).
pub(crate) fn title_order(site: &Site, listings: &Listings<'_>, lang: LangId) -> (String, Vec<u8>) {
    let code = site.config.languages.code(lang);
    (
        format!("{BASE}{code}/sort/title.bin"),
        ranks(
            listings.order(lang, None, Sort::Title),
            &listings.places(lang),
        ),
    )
}

/// Writes each card of one language as it is made (10,000 of them need not
/// be held at once), with `write(path, bytes)`.
pub(crate) fn write_cards<E: Send>(
    site: &Site,
    listings: &Listings<'_>,
    lang: LangId,
    cards: &[Box<str>],
    write: impl Fn(&str, &[u8]) -> Result<(), E> + Sync,
) -> Result<(), E> {
    let code = site.config.languages.code(lang);
    listings
        .order(lang, None, Sort::Newest)
        .par_iter()
        .enumerate()
        .try_for_each(|(n, store)| {
            let json = serde_json::to_vec(&cards[*store]).expect("a card is JSON");
            write(&format!("{BASE}{code}/c/{n}.json"), &json)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_little_endian_base_128() {
        let mut out = Vec::new();
        for v in [0, 1, 127, 128, 300, 1 << 35] {
            leb128(v, &mut out);
        }
        assert_eq!(
            out,
            [0, 1, 127, 0x80, 1, 0xac, 2, 0x80, 0x80, 0x80, 0x80, 0x80, 1]
        );
    }

    #[test]
    fn a_rank_takes_the_bytes_its_largest_value_needs() {
        assert_eq!(rank_bytes(0), 1);
        assert_eq!(rank_bytes(256), 1);
        assert_eq!(rank_bytes(257), 2);
        assert_eq!(rank_bytes(10_000), 2);
        assert_eq!(ranks(&[2, 0, 1], &[0, 1, 2]), [1, 2, 0]);
    }
}
