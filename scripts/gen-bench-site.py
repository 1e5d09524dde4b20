#!/usr/bin/env python3
"""Writes a synthetic bilingual site of N projects for benchmarks.

Usage: scripts/gen-bench-site.py N OUT_DIR [HUGO_DIR]
It reuses the sample site's site.toml and organisations, so every key is valid.
With HUGO_DIR it also writes the same projects as a Hugo site (scripts/hugo-twin/ holds its
layouts), for measuring minhbach and Hugo side by side on the same content.
"""
import os
import random
import shutil
import sys
import tomllib

n, out = int(sys.argv[1]), sys.argv[2]
hugo = sys.argv[3] if len(sys.argv) > 3 else None
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
site = tomllib.load(open(os.path.join(root, "site.toml"), "rb"))
orgs = tomllib.load(open(os.path.join(root, "content/organisations.toml"), "rb"))
shutil.rmtree(out, ignore_errors=True)
os.makedirs(os.path.join(out, "content/projects"))
shutil.copy(os.path.join(root, "site.toml"), out)
shutil.copy(os.path.join(root, "content/organisations.toml"), os.path.join(out, "content"))
if hugo:
    shutil.rmtree(hugo, ignore_errors=True)
    shutil.copytree(os.path.join(root, "scripts/hugo-twin"), hugo)
    os.makedirs(os.path.join(hugo, "content/projects"))
rng = random.Random(42)
statuses = ["seeking", "partly-funded", "funded", "ongoing", "completed", "withdrawn"]
if hugo:
    # Every facet's page with its name in each language, as minhbach names them.
    ftl = {lang: dict(line.split(" = ", 1) for line in open(os.path.join(root, f"i18n/{lang}/main.ftl"))
                      .read().splitlines() if line.startswith("status-")) for lang in ("vi", "en")}
    names = {"sector": {k: v["name"] for k, v in site["sectors"].items()},
             "locality": {k: v["name"] for k, v in site["localities"].items()},
             "period": {k: v["name"] for k, v in site["periods"].items()},
             "status": {s: {lang: ftl[lang][f"status-{s}"] for lang in ftl} for s in statuses}}
    for taxonomy, terms in names.items():
        for key, name in terms.items():
            folder = os.path.join(hugo, "content", taxonomy, key)
            os.makedirs(folder)
            for lang in ("vi", "en"):
                open(os.path.join(folder, f"_index.{lang}.md"), "w").write(f'+++\ntitle = "{name[lang]}"\n+++\n')


def chain(key):
    """A locality and every unit it belongs to: minhbach's district pages hold their communes."""
    keys = [key]
    while "parent" in site["localities"][keys[-1]]:
        keys.append(site["localities"][keys[-1]]["parent"])
    return keys


def hugo_page(path, title, summary, date, facts, budget, committed, body):
    """One language of a project as Hugo content: the same words and facts, taxonomies for the facets."""
    terms = "\n".join(f'{k} = {v!r}'.replace("'", '"') for k, v in facts.items())
    open(path, "w").write(
        f'+++\ntitle = "{title}"\nsummary = "{summary}"\ndate = {date}\n{terms}\n'
        f"[params]\ntotal = {budget[0]}\nrequested = {budget[1]}\ncounterpart = {budget[2]}\n"
        f"committed = {committed}\ngap = {budget[1] - committed}\n+++\n\n{body}")

sectors, localities, periods = list(site["sectors"]), list(site["localities"]), list(site["periods"])
owners = [k for k, o in orgs.items() if o["kind"] == "government"]
donors = [k for k in orgs if k.startswith("fict-")]
para_vi = "Dự án hỗ trợ người dân vùng cao cải thiện sinh kế, nước sạch và giáo dục cho trẻ em. " * 6
para_en = "The project helps upland communities improve livelihoods, clean water and schooling for children. " * 6
for i in range(n):
    slug = f"du-an-{i:05d}"
    d = os.path.join(out, "content/projects", slug)
    os.makedirs(d)
    total = rng.randrange(300, 50000) * 1_000_000
    requested = total * 8 // 10
    status = rng.choice(statuses)
    year = rng.randrange(2020, 2026)
    # Drawn in this order so that the same seed gives the same site as before.
    sector, locality, period, owner = rng.choice(sectors), rng.choice(localities), rng.choice(periods), rng.choice(owners)
    published = f"{year}-0{rng.randrange(1, 10)}-1{rng.randrange(0, 9)}"
    facts = [f'code = "BENCH-{i:05d}"', f'sector = "{sector}"',
             f'localities = ["{locality}"]', f'period = "{period}"',
             f'status = "{status}"', f'owner = "{owner}"', f"published = {published}",
             f"beneficiaries = {rng.randrange(100, 5000)}", "sdgs = [1, 6]",
             "", "[budget]", 'currency = "VND"', f"total = {total}", f"requested = {requested}", f"counterpart = {total - requested}"]
    if status != "seeking":
        facts += ["", "[[funding]]", f'donor = "{rng.choice(donors)}"', 'kind = "committed"',
                  f"amount = {requested // 2}", 'currency = "VND"', f"date = {year}-12-01"]
    open(os.path.join(d, "facts.toml"), "w").write("\n".join(facts) + "\n")
    words = {
        "vi": (f"Dự án số {i} – nước sạch và sinh kế", "Cải thiện đời sống cho người dân vùng cao.",
               f"## Bối cảnh\n\n{para_vi}\n\n## Hoạt động\n\n- Xây dựng\n- Tập huấn\n"),
        "en": (f"Project {i}: clean water and livelihoods", "Better lives for upland communities.",
               f"## Context\n\n{para_en}\n\n## Activities\n\n- Building\n- Training\n"),
    }
    for lang, (title, summary, body) in words.items():
        open(os.path.join(d, f"{lang}.md"), "w").write(f'+++\ntitle = "{title}"\nsummary = "{summary}"\n+++\n\n{body}')
        if hugo:
            hugo_page(os.path.join(hugo, "content/projects", f"{slug}.{lang}.md"), title, summary, published,
                      {"code": f"BENCH-{i:05d}", "sector": [sector], "locality": chain(locality),
                       "period": [period], "status": [status]},
                      (total, requested, total - requested), requested // 2 if status != "seeking" else 0, body)
print(f"wrote {n} projects to {out}")
