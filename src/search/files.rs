//! The index's files, written as each is made: `meta.json`, the shards of
//! words and of pairs, and the documents' chunks (the layout is in the
//! module above).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use rayon::prelude::*;

use super::{shard, Index, Postings, CHUNK, VERSION};
use crate::content::texts::LangId;
use crate::site::Site;

/// Each key's bytes in its shard file, counted as they would be written.
pub(super) fn sizes<P: Flat>(postings: &Postings<P>) -> Vec<(&str, usize)> {
    postings
        .iter()
        .map(|(key, spellings)| {
            let mut count = Count(0);
            write_entry(spellings, &mut count).expect("counting never fails");
            (key.as_str(), key.len() + 4 + count.0)
        })
        .collect()
}

/// Counts what is written to it, to size a shard without making it.
struct Count(usize);

impl fmt::Write for Count {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0 += s.len();
        Ok(())
    }
}

/// A posting as its shard file writes it, flat in the spelling's array.
pub(super) trait Flat {
    fn write(&self, out: &mut impl fmt::Write) -> fmt::Result;
}

impl Flat for (u32, u32) {
    fn write(&self, out: &mut impl fmt::Write) -> fmt::Result {
        let mut digits = itoa::Buffer::new();
        out.write_str(digits.format(self.0))?;
        out.write_char(',')?;
        out.write_str(digits.format(self.1))
    }
}

impl Flat for u32 {
    fn write(&self, out: &mut impl fmt::Write) -> fmt::Result {
        out.write_str(itoa::Buffer::new().format(*self))
    }
}

/// A key's spellings as its shard file writes them: postings flat.
fn write_entry<P: Flat>(
    spellings: &BTreeMap<String, Vec<P>>,
    out: &mut impl fmt::Write,
) -> fmt::Result {
    out.write_char('{')?;
    for (i, (exact, postings)) in spellings.iter().enumerate() {
        if i > 0 {
            out.write_char(',')?;
        }
        out.write_str(&serde_json::to_string(exact).expect("a spelling is JSON"))?;
        out.write_str(":[")?;
        for (j, p) in postings.iter().enumerate() {
            if j > 0 {
                out.write_char(',')?;
            }
            p.write(out)?;
        }
        out.write_char(']')?;
    }
    out.write_char('}')
}

/// Writes the shard files of one kind of key with `write`, side by side, each
/// as soon as it is made (all of a language's shards at once came to some
/// 15 MB at 10,000 projects); returns their paths.
fn write_shards<P: Flat + Sync, E: Send>(
    base: &str,
    folder: &str,
    postings: &Postings<P>,
    split: &BTreeSet<String>,
    write: &(impl Fn(&str, &[u8]) -> Result<(), E> + Sync),
) -> Result<Vec<String>, E> {
    type Spellings<P> = BTreeMap<String, Vec<P>>;
    let mut shards: BTreeMap<&str, Vec<(&str, &Spellings<P>)>> = BTreeMap::new();
    for (key, spellings) in postings {
        shards
            .entry(shard::shard_of(key, split))
            .or_default()
            .push((key, spellings));
    }
    shards
        .into_par_iter()
        .map(|(name, entries)| {
            let mut json = String::from("{");
            for (i, (key, spellings)) in entries.iter().enumerate() {
                if i > 0 {
                    json.push(',');
                }
                json.push_str(&serde_json::to_string(key).expect("a key is JSON"));
                json.push(':');
                write_entry(spellings, &mut json).expect("writing to a string");
            }
            json.push('}');
            let path = format!("{base}{folder}/{name}.json");
            write(&path, json.as_bytes())?;
            Ok(path)
        })
        .collect()
}

/// Writes the files of `lang`'s index with `write`; returns their paths under
/// the output folder.
pub(crate) fn write_files<E: Send>(
    site: &Site,
    lang: LangId,
    index: &Index,
    write: &(impl Fn(&str, &[u8]) -> Result<(), E> + Sync),
) -> Result<Vec<String>, E> {
    write_index_files(
        &format!("search/{}/", site.config.languages.code(lang)),
        index,
        write,
    )
}

/// Writes the files of `index` with `write`, with `base` before each path;
/// returns the paths.
pub(crate) fn write_index_files<E: Send>(
    base: &str,
    index: &Index,
    write: &(impl Fn(&str, &[u8]) -> Result<(), E> + Sync),
) -> Result<Vec<String>, E> {
    let meta = format!("{base}meta.json");
    write(
        &meta,
        serde_json::json!({
            "version": VERSION,
            "chunk": CHUNK,
            "docs": index.docs.len(),
            "split": index.words_split,
            "pairs_split": index.pairs_split,
        })
        .to_string()
        .as_bytes(),
    )?;
    let mut paths = vec![meta];
    paths.extend(write_shards(
        base,
        "t",
        &index.words,
        &index.words_split,
        write,
    )?);
    paths.extend(write_shards(
        base,
        "p",
        &index.pairs,
        &index.pairs_split,
        write,
    )?);
    let docs: Vec<String> = index
        .docs
        .par_chunks(CHUNK)
        .enumerate()
        .map(|(n, chunk)| {
            let rows: Vec<[&str; 6]> = chunk
                .iter()
                .map(|d| {
                    [
                        d.url.as_str(),
                        d.title.as_str(),
                        d.kind,
                        d.summary.as_str(),
                        d.status,
                        d.lang.as_str(),
                    ]
                })
                .collect();
            let path = format!("{base}d/{n}.json");
            write(
                &path,
                &serde_json::to_vec(&rows).expect("documents are JSON"),
            )?;
            Ok(path)
        })
        .collect::<Result<_, E>>()?;
    paths.extend(docs);
    Ok(paths)
}
