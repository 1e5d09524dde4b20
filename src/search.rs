//! The static search index of one language, built at build time and split so
//! that a query loads only what it needs: a shard per two-letter prefix of the
//! folded token, and documents in small chunks.
//!
//! Layout under `/search/<lang>/`: `meta.json`, `t/<prefix>.json` mapping each
//! folded token to its exact spellings and their postings `[doc, weight]`, and
//! `d/<n>.json` holding `[url, title, kind, summary]` of documents
//! `n*CHUNK..(n+1)*CHUNK`. `query` is the reference of the ranking that
//! `assets/minhbach.js` runs in the browser.

use std::collections::{BTreeMap, HashMap};

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use crate::content::texts::LangId;
use crate::content::Entry;
use crate::fold::fold;
use crate::routes::entity_url;
use crate::site::Site;

/// Characters of the folded token that name its shard.
pub(crate) const PREFIX: usize = 2;
/// Documents per chunk: a result page of 20 fetches at most 20 small files.
pub(crate) const CHUNK: usize = 16;
/// Postings kept per spelling, highest weight first: a word in every project
/// ("xã") would otherwise make its shard as big as the catalogue.
pub(crate) const MAX_POSTINGS: usize = 500;
/// Characters of a summary kept in the index.
const SUMMARY_CHARS: usize = 160;
/// Occurrences counted per field: repeating a word does not buy rank.
const MAX_COUNT: u32 = 3;

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
    // Content is NFC already (it is normalised as it is read); checking is
    // much cheaper than composing again.
    let composed: String = if is_nfc_quick(text.chars()) == IsNormalized::Yes {
        text.to_lowercase()
    } else {
        text.nfc().flat_map(char::to_lowercase).collect()
    };
    composed
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

pub(crate) struct Doc {
    pub(crate) url: String,
    pub(crate) title: String,
    pub(crate) kind: &'static str,
    pub(crate) summary: String,
}

#[derive(Default)]
pub(crate) struct Index {
    pub(crate) docs: Vec<Doc>,
    /// folded token → exact spelling → postings (doc, weight), best first.
    pub(crate) tokens: BTreeMap<String, BTreeMap<String, Vec<(usize, u32)>>>,
}

/// The text of sanitised HTML: tags dropped, the entities the sanitiser
/// writes turned back into characters.
fn text_of(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
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

struct Builder<'s> {
    site: &'s Site,
    lang: LangId,
    index: Index,
    /// Exact spelling → folded token → postings, hashed while adding (a
    /// 10,000-project site adds a million postings) and sorted once at the end.
    postings: HashMap<String, (String, Vec<(usize, u32)>)>,
}

impl Builder<'_> {
    fn add<F, X>(&mut self, e: &Entry<F, X>, extra: &[(String, u32)]) {
        let config = &self.site.config;
        let (words, _) = e.words_in(self.lang, config.languages.default);
        let doc = self.index.docs.len();
        self.index.docs.push(Doc {
            url: entity_url(config, e.kind, e.slug.as_str(), self.lang),
            title: words.title.clone(),
            kind: e.kind.folder(),
            summary: shorten(&words.summary),
        });
        let body = text_of(&words.body);
        let keywords = words.keywords.join(" ");
        let mut fields: Vec<(&str, u32)> = vec![
            (&words.title, TITLE),
            (&words.summary, SUMMARY),
            (&keywords, KEYWORDS),
            (&body, BODY),
        ];
        fields.extend(extra.iter().map(|(t, w)| (t.as_str(), *w)));
        let mut weights: HashMap<String, u32> = HashMap::new();
        for (text, weight) in fields {
            let mut counts: HashMap<String, u32> = HashMap::new();
            for token in tokens(text) {
                *counts.entry(token).or_default() += 1;
            }
            for (token, count) in counts {
                *weights.entry(token).or_default() += weight * count.min(MAX_COUNT);
            }
        }
        for (exact, weight) in weights {
            self.postings
                .entry(exact)
                .or_insert_with_key(|exact| (fold(exact), Vec::new()))
                .1
                .push((doc, weight));
        }
    }
}

/// The index of `lang`: projects, procedures, bulletin issues and pages
/// (results reports are figures, which the results pages show).
pub(crate) fn build(site: &Site, lang: LangId) -> Index {
    let config = &site.config;
    let mut b = Builder {
        site,
        lang,
        index: Index::default(),
        postings: HashMap::new(),
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
        b.add(
            p,
            &[
                (f.code.clone(), CODE),
                (places.join(" "), PLACES),
                (sector.join(" "), SECTOR),
            ],
        );
    }
    for p in &site.procedures {
        let mut extra = vec![(p.facts.code.clone(), CODE)];
        if let Some(national) = &p.facts.national_code {
            extra.push((national.clone(), CODE));
        }
        b.add(p, &extra);
    }
    for i in &site.bulletins {
        b.add(i, &[]);
    }
    for p in &site.pages {
        b.add(p, &[]);
    }
    let mut index = b.index;
    for (exact, (folded, mut postings)) in b.postings {
        postings.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        postings.truncate(MAX_POSTINGS);
        index
            .tokens
            .entry(folded)
            .or_default()
            .insert(exact, postings);
    }
    index
}

/// The shard a folded token is in.
pub(crate) fn prefix(folded: &str) -> String {
    folded.chars().take(PREFIX).collect()
}

/// The files of the index, as (path under the output folder, bytes).
pub(crate) fn files(site: &Site, lang: LangId, index: &Index) -> Vec<(String, Vec<u8>)> {
    let base = format!("search/{}", site.config.languages.code(lang));
    let mut shards: BTreeMap<String, serde_json::Map<String, serde_json::Value>> = BTreeMap::new();
    for (folded, spellings) in &index.tokens {
        let value = serde_json::to_value(spellings).expect("postings are JSON");
        shards
            .entry(prefix(folded))
            .or_default()
            .insert(folded.clone(), value);
    }
    let mut files = vec![(
        format!("{base}/meta.json"),
        serde_json::json!({
            "version": 1,
            "prefix": PREFIX,
            "chunk": CHUNK,
            "docs": index.docs.len(),
        })
        .to_string()
        .into_bytes(),
    )];
    for (p, shard) in shards {
        files.push((
            format!("{base}/t/{p}.json"),
            serde_json::Value::Object(shard).to_string().into_bytes(),
        ));
    }
    for (n, chunk) in index.docs.chunks(CHUNK).enumerate() {
        let rows: Vec<(&str, &str, &str, &str)> = chunk
            .iter()
            .map(|d| (d.url.as_str(), d.title.as_str(), d.kind, d.summary.as_str()))
            .collect();
        files.push((
            format!("{base}/d/{n}.json"),
            serde_json::to_vec(&rows).expect("documents are JSON"),
        ));
    }
    files
}

/// Documents matching every word of `query`, best first, as the browser ranks
/// them: a spelling with the query's own diacritics counts double, and the last
/// word also matches as the start of a longer word (at half weight).
#[cfg(test)]
pub(crate) fn query(index: &Index, query: &str) -> Vec<usize> {
    let words: Vec<String> = tokens(query);
    let mut total: HashMap<usize, f64> = HashMap::new();
    for (i, exact) in words.iter().enumerate() {
        let folded = fold(exact);
        let last = i + 1 == words.len();
        let mut best: HashMap<usize, f64> = HashMap::new();
        let candidates = index.tokens.iter().filter(|(key, _)| {
            **key == folded || (last && folded.chars().count() >= 2 && key.starts_with(&folded))
        });
        for (key, spellings) in candidates {
            let whole = if *key == folded { 1.0 } else { 0.5 };
            for (spelling, postings) in spellings {
                let same = if spelling == exact { 2.0 } else { 1.0 };
                for &(doc, weight) in postings {
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
    let mut ranked: Vec<(usize, f64)> = total.into_iter().collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    ranked.into_iter().map(|(doc, _)| doc).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(docs: &[(&str, &str)]) -> Index {
        let mut index = Index::default();
        for (n, (title, body)) in docs.iter().enumerate() {
            index.docs.push(Doc {
                url: format!("/{n}/"),
                title: (*title).to_string(),
                kind: "projects",
                summary: String::new(),
            });
            let mut weights: HashMap<String, u32> = HashMap::new();
            for (text, w) in [(*title, TITLE), (*body, BODY)] {
                for t in tokens(text) {
                    *weights.entry(t).or_default() += w;
                }
            }
            for (exact, w) in weights {
                index
                    .tokens
                    .entry(fold(&exact))
                    .or_default()
                    .entry(exact)
                    .or_default()
                    .push((n, w));
            }
        }
        index
    }

    #[test]
    fn tokens_are_lowercase_nfc_words() {
        let decomposed = "Gia\u{301}o du\u{323}c, HB-GD-2021";
        assert_eq!(tokens(decomposed), ["giáo", "dục", "hb", "gd", "2021"]);
    }

    #[test]
    fn finds_vietnamese_typed_without_diacritics() {
        let i = index(&[
            ("Đường liên thôn", ""),
            ("Trường mầm non", "giáo dục mầm non"),
            ("Cầu treo Đà Bắc", ""),
        ]);
        assert_eq!(query(&i, "duong"), [0]);
        assert_eq!(query(&i, "giao duc"), [1]);
        assert_eq!(query(&i, "da bac"), [2]);
    }

    #[test]
    fn exact_diacritics_rank_higher_than_other_spellings() {
        // "da" folds "đá" (stone), "đà" and "da" (skin) together; typed as
        // "đà", the title with "Đà" comes first.
        let i = index(&[("Đá ong", ""), ("Đà Bắc", ""), ("Da giày", "")]);
        assert_eq!(query(&i, "đà")[0], 1);
        assert_eq!(query(&i, "đá")[0], 0);
        assert_eq!(query(&i, "da")[0], 2);
        assert_eq!(query(&i, "da").len(), 3);
    }

    #[test]
    fn a_title_outranks_a_body_and_every_word_must_match() {
        let i = index(&[("Nước sạch", "trường học"), ("Trường học", "nước sạch")]);
        assert_eq!(query(&i, "truong"), [1, 0]);
        assert_eq!(query(&i, "nuoc truong"), query(&i, "truong nuoc"));
        assert!(query(&i, "nuoc cau").is_empty());
    }

    #[test]
    fn the_last_word_matches_the_start_of_a_longer_word() {
        let i = index(&[("Trường mầm non", ""), ("Tru sở", "")]);
        assert_eq!(query(&i, "truo"), [0]);
        // A whole-word match outranks a prefix match.
        assert_eq!(query(&i, "tru"), [1, 0]);
    }

    #[test]
    fn shortens_summaries_at_a_word() {
        let long = "một ".repeat(100);
        let short = shorten(&long);
        assert!(short.chars().count() <= SUMMARY_CHARS + 1);
        assert!(short.ends_with("một…"));
    }
}
