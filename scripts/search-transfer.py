#!/usr/bin/env python3
"""Bytes a search transfers on a built site: for each query, the index shards
its words need, the meta file and the document chunks of its top 20 results,
ranked as assets/minhbach.js ranks them (see src/search.rs).

usage: scripts/search-transfer.py SITE_DIR [QUERY ...]
"""
import json
import os
import re
import sys
import unicodedata


def fold(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("đ", "d").replace("Đ", "D").lower()


def transfer(base, query):
    meta_path = os.path.join(base, "meta.json")
    meta = json.load(open(meta_path))
    words = [t for t in re.split(r"[^\w]+", unicodedata.normalize("NFC", query).lower()) if t]
    total = os.path.getsize(meta_path)
    scores = None
    for i, word in enumerate(words):
        folded = fold(word)
        shard_path = os.path.join(base, "t", folded[: meta["prefix"]] + ".json")
        best = {}
        if os.path.exists(shard_path):
            total += os.path.getsize(shard_path)
            last = i == len(words) - 1
            for key, spellings in json.load(open(shard_path)).items():
                if key == folded or (last and len(folded) >= 2 and key.startswith(folded)):
                    for spelling, postings in spellings.items():
                        for doc, weight in postings:
                            score = weight * (2 if spelling == word else 1) * (1 if key == folded else 0.5)
                            best[doc] = max(best.get(doc, 0), score)
        scores = best if scores is None else {d: s + best[d] for d, s in scores.items() if d in best}
    top = sorted((scores or {}).items(), key=lambda x: (-x[1], x[0]))[:20]
    for chunk in {doc // meta["chunk"] for doc, _ in top}:
        total += os.path.getsize(os.path.join(base, "d", f"{chunk}.json"))
    return len(scores or {}), total


def main():
    site = sys.argv[1]
    queries = sys.argv[2:] or ["duong", "giao duc", "da bac", "nuoc sach", "truong mam non", "xa", "water supply"]
    for lang in sorted(os.listdir(os.path.join(site, "search"))):
        base = os.path.join(site, "search", lang)
        for query in queries:
            found, size = transfer(base, query)
            print(f"search {lang} {query!r}: {found} results, {size / 1024:.1f} KB transferred")


if __name__ == "__main__":
    main()
