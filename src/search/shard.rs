//! Which file of the index a key lives in.
//!
//! Keys are grouped by their first two characters. A group whose file would
//! be larger than [`BUDGET`] is split by one more character, again and again,
//! so that one word of a query loads one small file however large the site:
//! at 10,000 projects the "th" words alone weigh 300 KB. A key exactly as long
//! as a split prefix stays in that prefix's own file. The prefixes that were
//! split are listed in `meta.json`; the browser walks them the same way.

use std::collections::{BTreeMap, BTreeSet};

/// Characters of a key that name its first file.
pub(crate) const PREFIX: usize = 2;
/// Bytes a shard may hold before it is split (a single key may exceed it).
pub(crate) const BUDGET: usize = 12 * 1024;

/// The first `n` characters of `key`.
fn head(key: &str, n: usize) -> &str {
    key.char_indices().nth(n).map_or(key, |(i, _)| &key[..i])
}

/// The file `key` lives in, given the prefixes that were split.
pub(crate) fn shard_of<'k>(key: &'k str, split: &BTreeSet<String>) -> &'k str {
    let len = key.chars().count();
    let mut n = PREFIX.min(len);
    while n < len && split.contains(head(key, n)) {
        n += 1;
    }
    head(key, n)
}

/// The prefixes to split so that no shard exceeds [`BUDGET`], given each
/// key's size in its shard file.
pub(crate) fn split(sizes: &[(&str, usize)]) -> BTreeSet<String> {
    let mut split = BTreeSet::new();
    let mut groups: BTreeMap<String, Vec<(&str, usize)>> = BTreeMap::new();
    for (key, size) in sizes {
        groups
            .entry(head(key, PREFIX).to_string())
            .or_default()
            .push((key, *size));
    }
    while let Some((prefix, keys)) = groups.pop_first() {
        let n = prefix.chars().count();
        let total: usize = keys.iter().map(|(_, s)| s).sum();
        if total <= BUDGET || keys.iter().all(|(k, _)| k.chars().count() <= n) {
            continue;
        }
        for (key, size) in keys {
            if key.chars().count() > n {
                groups
                    .entry(head(key, n + 1).to_string())
                    .or_default()
                    .push((key, size));
            }
        }
        split.insert(prefix);
    }
    split
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_large_group_is_split_by_one_more_character_and_short_keys_stay() {
        let sizes = [
            ("th", 10),
            ("thanh", BUDGET),
            ("thu", BUDGET),
            ("thuy", 10),
            ("to", 10),
        ];
        let split = split(&sizes);
        assert_eq!(
            split.iter().map(String::as_str).collect::<Vec<_>>(),
            ["th", "thu"]
        );
        assert_eq!(shard_of("th", &split), "th");
        assert_eq!(shard_of("thanh", &split), "tha");
        assert_eq!(shard_of("thu", &split), "thu");
        assert_eq!(shard_of("thuy", &split), "thuy");
        assert_eq!(shard_of("to", &split), "to");
        assert_eq!(shard_of("t", &split), "t");
    }

    #[test]
    fn counts_characters_not_bytes() {
        assert_eq!(head("đà", 1), "đ");
        assert_eq!(shard_of("đường", &BTreeSet::new()), "đư");
    }
}
