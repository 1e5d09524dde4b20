//! Documents and their postings, gathered as documents are added and sorted
//! once at the end.
//!
//! Each spelling is numbered the first time it is seen; a document's words
//! are then tallied by number in the spelling's own slot, stamped with the
//! document, and its pairs are pairs of numbers. A 10,000-project site adds
//! millions of words: a map of strings per document, and a formatted string
//! per pair, were a tenth of a build.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap as HashMap;

use super::{files, shard, words_of, Doc, Index, Postings, BODY, MAX_COUNT, MAX_POSTINGS, PAIR};
use crate::fold::fold;

/// A spelling's number.
type Id = u32;

/// A spelling seen in some document.
struct Word {
    /// The spelling folded: its key in the index.
    folded: String,
    /// (doc, weight) of each document it is in.
    postings: Vec<(u32, u32)>,
    /// Its weight in the document being added, as its fields are read.
    tally: Tally,
}

/// A word's weight in one document: a field's weight for each occurrence,
/// up to [`MAX_COUNT`] a field.
#[derive(Clone, Copy)]
struct Tally {
    /// The document this tally is of.
    doc: u32,
    /// The field its `count` is of: fields are read in order, so a word's
    /// count restarts when its field changes.
    field: usize,
    count: u32,
    weight: u32,
}

impl Tally {
    fn count(&mut self, field: usize, weight: u32) {
        if self.field != field {
            self.field = field;
            self.count = 0;
        }
        if self.count < MAX_COUNT {
            self.count += 1;
            self.weight += weight;
        }
    }
}

#[derive(Default)]
pub(super) struct Collector {
    docs: Vec<Doc>,
    /// Exact spelling → its number in `words`.
    ids: HashMap<String, Id>,
    words: Vec<Word>,
    /// Pair of adjacent spellings → (doc, weight) of each document it is in.
    pairs: HashMap<(Id, Id), Vec<(u32, u32)>>,
    /// The words of the document being added, in the order first seen.
    seen: Vec<Id>,
    /// The pairs of the document being added, and of its field being read:
    /// kept between documents, cleared rather than made again, since growing
    /// fresh maps for every field of every document was 1 % of a build.
    doc_pairs: HashMap<(Id, Id), u32>,
    field_pairs: HashMap<(Id, Id), u32>,
}

impl Collector {
    /// Adds a document with the texts of its fields and their weights. Pairs
    /// of adjacent words (in one line of a field) are taken from every field
    /// but the body: the title, summary, keywords, places and sector say what
    /// a document is about, and the body's pairs, mostly found once, would
    /// make the index six times larger and the build twice as long.
    #[cfg(test)]
    pub(super) fn push(&mut self, doc: Doc, fields: &[(&str, u32)]) {
        let fields: Vec<(String, u32)> = fields
            .iter()
            .map(|(text, weight)| (super::lowered(text), *weight))
            .collect();
        self.push_lowered(doc, &fields);
    }

    /// [`Collector::push`], the texts lowered already (see `super::Prepared`).
    pub(super) fn push_lowered(&mut self, doc: Doc, fields: &[(String, u32)]) {
        let n = u32::try_from(self.docs.len()).expect("fewer than 4 billion documents");
        self.docs.push(doc);
        self.seen.clear();
        let mut pairs = std::mem::take(&mut self.doc_pairs);
        let mut pair_counts = std::mem::take(&mut self.field_pairs);
        for (field, (text, weight)) in fields.iter().enumerate() {
            // Lowering keeps the line breaks, and a line break ends a
            // phrase: a field may list several names.
            for line in text.split('\n') {
                let mut previous: Option<Id> = None;
                for token in words_of(line) {
                    let id = self.id(token);
                    let tally = &mut self.words[id as usize].tally;
                    if tally.doc != n {
                        *tally = Tally {
                            doc: n,
                            field,
                            count: 0,
                            weight: 0,
                        };
                        self.seen.push(id);
                    }
                    tally.count(field, *weight);
                    if let Some(before) = previous.filter(|_| *weight > BODY) {
                        *pair_counts.entry((before, id)).or_default() += 1;
                    }
                    previous = Some(id);
                }
            }
            for (pair, count) in pair_counts.drain() {
                *pairs.entry(pair).or_default() += weight * count.min(MAX_COUNT);
            }
        }
        for &id in &self.seen {
            let word = &mut self.words[id as usize];
            keep_best(&mut word.postings, (n, word.tally.weight));
        }
        for (pair, weight) in pairs.drain() {
            keep_best(self.pairs.entry(pair).or_default(), (n, weight));
        }
        self.doc_pairs = pairs;
        self.field_pairs = pair_counts;
    }

    /// The number of `spelling`, which is copied and folded the first time
    /// it is seen: most of a document's words are in earlier documents.
    fn id(&mut self, spelling: &str) -> Id {
        if let Some(&id) = self.ids.get(spelling) {
            return id;
        }
        let id = Id::try_from(self.words.len()).expect("fewer than 4 billion spellings");
        self.ids.insert(spelling.to_string(), id);
        self.words.push(Word {
            folded: fold(spelling),
            postings: Vec::new(),
            tally: Tally {
                doc: u32::MAX,
                field: 0,
                count: 0,
                weight: 0,
            },
        });
        id
    }

    pub(super) fn finish(self) -> Index {
        // Each spelling moved to its number's place, not copied.
        let mut exact: Vec<String> = vec![String::new(); self.words.len()];
        for (spelling, id) in self.ids {
            exact[id as usize] = spelling;
        }
        // A pair is spelled and folded as its two words are.
        let pairs: Postings<u32> = sorted(self.pairs.into_iter().map(|((a, b), postings)| {
            let (a, b) = (a as usize, b as usize);
            let spelling = format!("{}{PAIR}{}", exact[a], exact[b]);
            let folded = format!("{}{PAIR}{}", self.words[a].folded, self.words[b].folded);
            (spelling, folded, postings)
        }))
        .into_iter()
        .map(|(key, spellings)| {
            let docs = spellings
                .into_iter()
                .map(|(spelling, postings)| {
                    (spelling, postings.into_iter().map(|(d, _)| d).collect())
                })
                .collect();
            (key, docs)
        })
        .collect();
        let words = sorted(
            self.words
                .into_iter()
                .zip(exact)
                .map(|(word, spelling)| (spelling, word.folded, word.postings)),
        );
        Index {
            docs: self.docs,
            words_split: shard::split(&files::sizes(&words)),
            pairs_split: shard::split(&files::sizes(&pairs)),
            words,
            pairs,
        }
    }
}

/// Best first: the higher weight, then the earlier document.
fn best_first((doc, weight): (u32, u32)) -> (std::cmp::Reverse<u32>, u32) {
    (std::cmp::Reverse(weight), doc)
}

/// Adds `posting`, and keeps only the best [`MAX_POSTINGS`] whenever twice
/// as many have gathered: the best of all are the best of the best kept and
/// the rest, so the index is the same, and a word in every one of 10,000
/// documents no longer holds 10,000 postings until the end. The best are
/// only set apart here, not sorted (`sorted` sorts them once, at the end):
/// sorting them each time was 2 % of a 10,000-project build.
fn keep_best(postings: &mut Vec<(u32, u32)>, posting: (u32, u32)) {
    postings.push(posting);
    if postings.len() >= 2 * MAX_POSTINGS {
        // (weight, doc) pairs are distinct (a document is posted once per
        // spelling), so the first MAX_POSTINGS are exactly the best.
        postings.select_nth_unstable_by_key(MAX_POSTINGS - 1, |p| best_first(*p));
        postings.truncate(MAX_POSTINGS);
    }
}

/// (spelling, folded, postings) by folded key and spelling, best first, at
/// most [`MAX_POSTINGS`] a spelling.
fn sorted(
    spellings: impl Iterator<Item = (String, String, Vec<(u32, u32)>)>,
) -> Postings<(u32, u32)> {
    let mut out: Postings<(u32, u32)> = BTreeMap::new();
    for (spelling, folded, mut postings) in spellings {
        postings.sort_unstable_by_key(|p| best_first(*p));
        postings.truncate(MAX_POSTINGS);
        // A word in every project grew to 10,000 postings.
        postings.shrink_to_fit();
        out.entry(folded).or_default().insert(spelling, postings);
    }
    out
}
