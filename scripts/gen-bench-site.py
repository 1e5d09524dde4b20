#!/usr/bin/env python3
"""Writes a synthetic bilingual site of N projects for benchmarks.

Usage: scripts/gen-bench-site.py N OUT_DIR
It reuses the sample site's site.toml and organisations, so every key is valid.
"""
import os
import random
import shutil
import sys
import tomllib

n, out = int(sys.argv[1]), sys.argv[2]
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
site = tomllib.load(open(os.path.join(root, "site.toml"), "rb"))
orgs = tomllib.load(open(os.path.join(root, "content/organisations.toml"), "rb"))
shutil.rmtree(out, ignore_errors=True)
os.makedirs(os.path.join(out, "content/projects"))
shutil.copy(os.path.join(root, "site.toml"), out)
shutil.copy(os.path.join(root, "content/organisations.toml"), os.path.join(out, "content"))
rng = random.Random(42)
sectors, localities, periods = list(site["sectors"]), list(site["localities"]), list(site["periods"])
owners = [k for k, o in orgs.items() if o["kind"] == "government"]
donors = [k for k in orgs if k.startswith("fict-")]
statuses = ["seeking", "partly-funded", "funded", "ongoing", "completed", "withdrawn"]
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
    facts = [f'code = "BENCH-{i:05d}"', f'sector = "{rng.choice(sectors)}"',
             f'localities = ["{rng.choice(localities)}"]', f'period = "{rng.choice(periods)}"',
             f'status = "{status}"', f'owner = "{rng.choice(owners)}"', f"published = {year}-0{rng.randrange(1, 10)}-1{rng.randrange(0, 9)}",
             f"beneficiaries = {rng.randrange(100, 5000)}", "sdgs = [1, 6]",
             "", "[budget]", 'currency = "VND"', f"total = {total}", f"requested = {requested}", f"counterpart = {total - requested}"]
    if status != "seeking":
        facts += ["", "[[funding]]", f'donor = "{rng.choice(donors)}"', 'kind = "committed"',
                  f"amount = {requested // 2}", 'currency = "VND"', f"date = {year}-12-01"]
    open(os.path.join(d, "facts.toml"), "w").write("\n".join(facts) + "\n")
    open(os.path.join(d, "vi.md"), "w").write(f'+++\ntitle = "Dự án số {i} – nước sạch và sinh kế"\nsummary = "Cải thiện đời sống cho người dân vùng cao."\n+++\n\n## Bối cảnh\n\n{para_vi}\n\n## Hoạt động\n\n- Xây dựng\n- Tập huấn\n')
    open(os.path.join(d, "en.md"), "w").write(f'+++\ntitle = "Project {i}: clean water and livelihoods"\nsummary = "Better lives for upland communities."\n+++\n\n## Context\n\n{para_en}\n\n## Activities\n\n- Building\n- Training\n')
print(f"wrote {n} projects to {out}")
