//! The static search index of one language, built at build time and split so
//! that a query loads only what it needs.
//!
//! Layout under `/search/<lang>/`:
//! - `meta.json`: the version, the documents per chunk, and the prefixes that
//!   were split (see [`shard`]) for words and for pairs;
//! - `t/<shard>.json`: each folded word → its exact spellings → postings, flat
//!   `[doc, weight, doc, weight, …]`, highest weight first;
//! - `p/<shard>.json`: each pair of adjacent folded words (`nuoc_sach`) → its
//!   exact spellings (`nước_sạch`) → the documents that have it;
//! - `d/<n>.json`: `[url, title, kind, summary, status, lang]` of documents
//!   `n*CHUNK..(n+1)*CHUNK`; `status` is a project's, `lang` the words'
//!   language when they are not the index's (an untranslated page).
//!
//! [`query`] is the reference of the ranking; `assets/search.js` runs the same
//! definition in the browser, and a test runs that file under node against it.

mod collect;
mod files;
mod shard;
#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, BTreeSet};

#[cfg(test)]
use rustc_hash::FxHashMap as HashMap;

use rayon::prelude::*;
use unicode_normalization::UnicodeNormalization;

use crate::content::texts::LangId;
use crate::content::Entry;
#[cfg(test)]
use crate::fold::fold;
use crate::routes::entity_url;
use crate::site::Site;
use collect::Collector;
pub(crate) use files::write_files;
#[cfg(test)]
use files::write_index_files;

/// Documents per chunk: a result page of 20 fetches at most 20 small files.
pub(crate) const CHUNK: usize = 4;
/// Postings kept per spelling, highest weight first: a word in every project
/// ("xã") would otherwise make its shard as big as the catalogue.
pub(crate) const MAX_POSTINGS: usize = 500;
/// The version of the layout, which the browser checks.
const VERSION: u32 = 2;
/// Characters of a summary kept in the index.
const SUMMARY_CHARS: usize = 160;
/// Occurrences counted per field: repeating a word does not buy rank.
const MAX_COUNT: u32 = 3;
/// Joins the two words of a pair: never inside a word, which holds only
/// letters and digits.
const PAIR: char = '_';

/// Field weights: a title or code outranks a place, a place a summary, a
/// summary the body.
const TITLE: u32 = 10;
const CODE: u32 = 10;
const KEYWORDS: u32 = 5;
const PLACES: u32 = 5;
const SECTOR: u32 = 3;
const SUMMARY: u32 = 3;
const BODY: u32 = 1;

/// The exact (lowercase, NFC) tokens of a text. Composing first keeps a
/// decomposed "giáo" (typed on some systems) one word.
pub(crate) fn tokens(text: &str) -> Vec<String> {
    words_of(&lowered(text)).map(str::to_string).collect()
}

/// The text composed and in lower case, as its tokens are spelled.
fn lowered(text: &str) -> String {
    // Content is NFC already (it is normalised as it is read); checking is
    // much cheaper than composing again.
    if !crate::source::is_nfc(text) {
        return text.nfc().flat_map(char::to_lowercase).collect();
    }
    // Σ lowers by its place in a word, which only the standard library's
    // whole-text lowering knows.
    if text.contains('Σ') {
        return text.to_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    // Most of a Vietnamese text is ASCII: its runs are copied and lowered
    // whole, the other letters one by one.
    let mut rest = text;
    while !rest.is_empty() {
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let start = out.len();
        out.push_str(&rest[..ascii]);
        out[start..].make_ascii_lowercase();
        rest = &rest[ascii..];
        let mut chars = rest.chars();
        let Some(c) = chars.next() else { break };
        match lower(c) {
            Some(lower) => out.push(lower),
            None => out.extend(c.to_lowercase()),
        }
        rest = chars.as_str();
    }
    out
}

/// A letter's lower case, answered at once for the letters Vietnamese is
/// written with, which the standard library looks up in its tables (2 % of
/// a build); `None` for the others. The test
/// `vietnamese_letters_lower_as_the_standard_library_lowers_them` compares
/// every character of these ranges.
fn lower(c: char) -> Option<char> {
    let code = u32::from(c);
    let lowered = match c {
        'A'..='Z' | 'À'..='Ö' | 'Ø'..='Þ' => code + 0x20,
        '\0'..='@' | '['..='¿' | '×' | 'ß'..='ÿ' | 'ơ' | 'ư' => code,
        // Ă ă, Đ đ, Ĩ ĩ, Ũ ũ …: upper case even, lower case odd.
        '\u{100}'..='\u{12F}'
        | '\u{132}'..='\u{137}'
        | '\u{150}'..='\u{177}'
        | '\u{1EA0}'..='\u{1EFF}' => code | 1,
        'Ơ' | 'Ư' => code + 1,
        _ => return None,
    };
    char::from_u32(lowered)
}

/// The tokens of a lowered text, borrowed from it.
fn words_of(lowered: &str) -> Words<'_> {
    Words { rest: lowered }
}

/// The tokens of a text, found by its bytes where they are ASCII: a
/// character-by-character split was a fifth of the index's making.
struct Words<'t> {
    rest: &'t str,
}

impl<'t> Iterator for Words<'t> {
    type Item = &'t str;

    fn next(&mut self) -> Option<&'t str> {
        let start = self.boundary(false)?;
        self.rest = &self.rest[start..];
        let end = self.boundary(true).unwrap_or(self.rest.len());
        let (word, rest) = self.rest.split_at(end);
        self.rest = rest;
        Some(word)
    }
}

impl Words<'_> {
    /// Where the first character that is (`inside` false) or is not
    /// (`inside` true) part of a word starts.
    fn boundary(&self, inside: bool) -> Option<usize> {
        let bytes = self.rest.as_bytes();
        let mut at = 0;
        while let Some(&byte) = bytes.get(at) {
            if byte.is_ascii() {
                if ASCII_WORD[usize::from(byte)] != inside {
                    return Some(at);
                }
                at += 1;
            } else {
                let c = self.rest[at..].chars().next().expect("at a character");
                if in_word(c) != inside {
                    return Some(at);
                }
                at += c.len_utf8();
            }
        }
        None
    }
}

/// Whether each ASCII character is part of a word: a letter or a digit.
const ASCII_WORD: [bool; 128] = {
    let mut table = [false; 128];
    let mut byte = 0;
    while byte < 128 {
        // '0'..='9', 'A'..='Z', 'a'..='z'.
        table[byte] = matches!(byte, 0x30..=0x39 | 0x41..=0x5A | 0x61..=0x7A);
        byte += 1;
    }
    table
};

/// `char::is_alphanumeric`, answered at once for the letters Vietnamese is
/// written with (Latin-1, Latin Extended-A and -B, Latin Extended
/// Additional): the standard library looks each of them up in its Unicode
/// tables, which was 2 % of a whole build.
fn in_word(c: char) -> bool {
    matches!(c, 'a'..='z' | '0'..='9' | 'A'..='Z' | 'À'..='Ö' | 'Ø'..='ö' | 'ø'..='ɏ' | '\u{1E00}'..='\u{1EFF}')
        || (!c.is_ascii() && c.is_alphanumeric())
}

pub(crate) struct Doc {
    pub(crate) url: String,
    pub(crate) title: String,
    pub(crate) kind: &'static str,
    pub(crate) summary: String,
    /// A project's status key, "" for other kinds.
    pub(crate) status: &'static str,
    /// The words' language when it is not the index's, else "".
    pub(crate) lang: String,
}

/// folded key → exact spelling → postings.
type Postings<P> = BTreeMap<String, BTreeMap<String, Vec<P>>>;

#[derive(Default)]
pub(crate) struct Index {
    pub(crate) docs: Vec<Doc>,
    /// Folded word → exact spelling → (doc, weight), best first.
    pub(crate) words: Postings<(u32, u32)>,
    /// Folded pair → exact pair → documents, best first.
    pub(crate) pairs: Postings<u32>,
    /// The prefixes whose shards were split.
    pub(crate) words_split: BTreeSet<String>,
    pub(crate) pairs_split: BTreeSet<String>,
}

/// The text of sanitised HTML: tags dropped, the entities the sanitiser
/// writes turned back into characters.
fn text_of(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    // Where the text not yet copied starts; the marks are ASCII, so the
    // text between them is copied whole rather than a character at a time.
    let mut from = 0;
    // Only these three bytes change anything: they are found by `memchr`'s
    // vector search, not byte by byte (a body is some kilobytes).
    for at in memchr::memchr3_iter(b'<', b'>', b'\n', html.as_bytes()) {
        match html.as_bytes()[at] {
            b'<' => {
                if !in_tag {
                    out.push_str(&html[from..at]);
                }
                in_tag = true;
            }
            b'>' => {
                if !in_tag {
                    out.push_str(&html[from..at]);
                }
                in_tag = false;
                out.push(' ');
                from = at + 1;
            }
            // One line: a line break would end a phrase (see `Collector::push`).
            b'\n' if !in_tag => {
                out.push_str(&html[from..at]);
                out.push(' ');
                from = at + 1;
            }
            _ => {}
        }
    }
    if !in_tag {
        out.push_str(&html[from..]);
    }
    if !out.contains('&') {
        return out;
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

fn shorten(text: &str) -> String {
    if text.chars().count() <= SUMMARY_CHARS {
        return text.to_string();
    }
    let cut: String = text.chars().take(SUMMARY_CHARS).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{cut}…")
}

/// A document as [`build`] finds it: its texts borrowed from the site, made
/// into the index's own (`Prepared`) side by side.
struct Pending<'s> {
    url: String,
    title: &'s str,
    kind: &'static str,
    summary: &'s str,
    status: &'static str,
    lang: String,
    keywords: &'s [String],
    body_html: &'s str,
    extra: Vec<(String, u32)>,
}

/// A document with its fields' texts lowered, the body's HTML made text:
/// what the collector takes.
struct Prepared {
    doc: Doc,
    fields: Vec<(String, u32)>,
}

impl Pending<'_> {
    fn prepare(self) -> Prepared {
        let mut fields = vec![
            (lowered(self.title), TITLE),
            (lowered(self.summary), SUMMARY),
            (lowered(&self.keywords.join(" ")), KEYWORDS),
            (lowered(&text_of(self.body_html)), BODY),
        ];
        fields.extend(self.extra.iter().map(|(t, w)| (lowered(t), *w)));
        Prepared {
            doc: Doc {
                url: self.url,
                title: self.title.to_string(),
                kind: self.kind,
                summary: shorten(self.summary),
                status: self.status,
                lang: self.lang,
            },
            fields,
        }
    }
}

/// Documents prepared at once: while the collector takes one window, the
/// next is prepared beside it. The collector, one document after another,
/// was the longest single stretch of a 10,000-project build's exports;
/// lowering the texts and making the body's text were a fifth of it.
const WINDOW: usize = 256;

struct Builder<'s> {
    site: &'s Site,
    lang: LangId,
    pending: Vec<Pending<'s>>,
}

impl<'s> Builder<'s> {
    fn add<F, X>(&mut self, e: &'s Entry<F, X>, status: &'static str, extra: Vec<(String, u32)>) {
        let config = &self.site.config;
        let (words, used) = e.words_in(self.lang, config.languages.default);
        self.pending.push(Pending {
            url: entity_url(config, e.kind, e.slug.as_str(), self.lang),
            title: &words.title,
            kind: e.kind.folder(),
            summary: &words.summary,
            status,
            lang: if used == self.lang {
                String::new()
            } else {
                config.languages.code(used).to_string()
            },
            keywords: &words.keywords,
            body_html: &words.body,
            extra,
        });
    }

    /// Every document added, in order, into one index.
    fn finish(self) -> Index {
        let prepare = |window: Vec<Pending<'s>>| -> Vec<Prepared> {
            window.into_par_iter().map(Pending::prepare).collect()
        };
        let mut collector = Collector::default();
        let mut pending = self.pending.into_iter();
        let mut next_window = || pending.by_ref().take(WINDOW).collect::<Vec<_>>();
        let mut ready = prepare(next_window());
        while !ready.is_empty() {
            let upcoming = next_window();
            let ((), prepared) = rayon::join(
                || {
                    for p in ready {
                        collector.push_lowered(p.doc, &p.fields);
                    }
                },
                || prepare(upcoming),
            );
            ready = prepared;
        }
        collector.finish()
    }
}

/// The index of `lang`: projects, procedures, results reports, bulletin
/// issues and pages.
pub(crate) fn build(site: &Site, lang: LangId) -> Index {
    let config = &site.config;
    let mut b = Builder {
        site,
        lang,
        pending: Vec::new(),
    };
    for p in &site.projects {
        let f = &p.facts;
        let places: Vec<&str> = f
            .localities
            .iter()
            .flat_map(|l| config.locality_chain(l))
            .flat_map(|(_, l)| l.name.iter().map(|(_, name)| name))
            .collect();
        let sector: Vec<&str> = config.sectors[&f.sector]
            .name
            .iter()
            .map(|(_, n)| n)
            .collect();
        // Each name on its own line: the last word of one name and the first
        // of the next are not a phrase.
        b.add(
            p,
            f.status.key(),
            vec![
                (f.code.clone(), CODE),
                (places.join("\n"), PLACES),
                (sector.join("\n"), SECTOR),
            ],
        );
    }
    for p in &site.procedures {
        let mut extra = vec![(p.facts.code.clone(), CODE)];
        if let Some(national) = &p.facts.national_code {
            extra.push((national.clone(), CODE));
        }
        b.add(p, "", extra);
    }
    for r in &site.results {
        b.add(r, "", Vec::new());
    }
    for i in &site.bulletins {
        b.add(i, "", Vec::new());
    }
    for p in &site.pages {
        b.add(p, "", Vec::new());
    }
    b.finish()
}

/// A word of a query matches a spelling of the text in a phrase when it was
/// typed without marks, or with the same marks.
#[cfg(test)]
fn compatible(typed: &str, spelling: &str) -> bool {
    typed == spelling || typed == fold(typed)
}

/// Documents matching every word of `query`, best first, as `search.js`
/// ranks them:
/// 1. more of the query's adjacent pairs found adjacent in the text (a
///    phrase; in any field but the body, see `Collector::push`) first, a pair counting
///    where each word was typed without marks or with the text's own;
/// 2. then the higher score: for each word, its best posting's weight,
///    doubled for a spelling with the query's own marks, halved when the last
///    word (two characters or more) matched only the start of a longer word
///    of the same shard;
/// 3. then the earlier document.
#[cfg(test)]
pub(crate) fn query(index: &Index, query: &str) -> Vec<usize> {
    let words: Vec<String> = tokens(query);
    let mut total: HashMap<usize, f64> = HashMap::default();
    for (i, exact) in words.iter().enumerate() {
        let folded = fold(exact);
        let home = shard::shard_of(&folded, &index.words_split);
        let last = i + 1 == words.len();
        let mut best: HashMap<usize, f64> = HashMap::default();
        let candidates = index.words.iter().filter(|(key, _)| {
            **key == folded
                || (last
                    && folded.chars().count() >= 2
                    && key.starts_with(&folded)
                    && shard::shard_of(key, &index.words_split) == home)
        });
        for (key, spellings) in candidates {
            let whole = if *key == folded { 1.0 } else { 0.5 };
            for (spelling, postings) in spellings {
                let same = if spelling == exact { 2.0 } else { 1.0 };
                for &(doc, weight) in postings {
                    let doc = doc as usize;
                    let score = f64::from(weight) * same * whole;
                    let entry = best.entry(doc).or_insert(0.0);
                    *entry = entry.max(score);
                }
            }
        }
        if i == 0 {
            total = best;
        } else {
            total.retain(|doc, _| best.contains_key(doc));
            for (doc, score) in &mut total {
                *score += best[doc];
            }
        }
    }
    let mut phrases: HashMap<usize, u32> = HashMap::default();
    for pair in words.windows(2) {
        let key = format!("{}{PAIR}{}", fold(&pair[0]), fold(&pair[1]));
        let mut found: BTreeSet<usize> = BTreeSet::new();
        for (spelling, docs) in index.pairs.get(&key).into_iter().flatten() {
            let (a, b) = spelling.split_once(PAIR).expect("a pair has two words");
            if compatible(&pair[0], a) && compatible(&pair[1], b) {
                found.extend(docs.iter().map(|d| *d as usize));
            }
        }
        for doc in found {
            *phrases.entry(doc).or_default() += 1;
        }
    }
    let mut ranked: Vec<(usize, u32, f64)> = total
        .into_iter()
        .map(|(doc, score)| (doc, phrases.get(&doc).copied().unwrap_or(0), score))
        .collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(b.2.total_cmp(&a.2)).then(a.0.cmp(&b.0)));
    ranked.into_iter().map(|(doc, _, _)| doc).collect()
}
