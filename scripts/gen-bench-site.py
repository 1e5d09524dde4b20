#!/usr/bin/env python3
"""Writes a synthetic bilingual site of N projects for benchmarks, and measures project content.

Usage:
  scripts/gen-bench-site.py N OUT_DIR [HUGO_DIR] [--short] [--seed S]
  scripts/gen-bench-site.py --measure [SITE_DIR ...]      (default: the sample site)

Real-sized content (the default): every project's words and facts are drawn from the sample
site's distribution (the constants under SIZES, measured on the sample with --measure; see
docs/performance.md). Words are Vietnamese and English sentences, headings and list items taken
from the sample's own projects and shuffled, so the search index sees a realistic vocabulary,
filled up to a size drawn from the sample's mean and spread. Every text has Markdown lists, a
table, links to other generated projects' pages and a footnote, in both languages. About 5 %
of the projects have no en.md, as in the sample.

--short: the first bench's content (about 0.8 KB of words a language, 0.3 KB of facts, the same
two paragraphs in every project), for comparison with earlier figures.

Both contents build without contradiction warnings when "today" is 2026-12-01
(SOURCE_DATE_EPOCH=1796083200): statuses agree with the commitments, open and ongoing projects
end after that day, open projects were updated within 12 months, projects published after a
place or a body ceased do not use it. site.toml and organisations.toml are copied from the
sample, but the `[money]` section is the generator's own (format 2, USD and EUR rates), and
only the sectors, localities, periods and organisations that the sample defines are drawn.

With HUGO_DIR it also writes the same projects, with the same words, as a Hugo site
(scripts/hugo-twin/ holds its layouts), for measuring minhbach and Hugo side by side.
"""
import argparse
import datetime as dt
import math
import os
import random
import re
import shutil
import statistics
import sys
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TODAY = dt.date(2026, 12, 1)  # SOURCE_DATE_EPOCH=1796083200

# The sample's distribution, measured by `--measure` on the sample site (46 projects, 2026-12-05,
# commit cbdd916, the sample in format 2). Bytes of UTF-8. Re-measure and update when the
# sample's projects change much, and say so in docs/performance.md.
SIZES = {
    # whole words file (front matter + body): mean, standard deviation, min, max
    "vi": (2453, 218, 2006, 2832),
    "en": (2036, 190, 1601, 2435),
}
# Statuses, currencies, counts as in the sample (46 projects).
STATUSES = {"completed": 14, "seeking": 11, "partly-funded": 8, "ongoing": 7, "withdrawn": 4, "funded": 2}
CURRENCIES = {"VND": 40, "USD": 5, "EUR": 1}
UNTRANSLATED = 0.05  # share of projects without en.md
WITH_YEARS = 0.11  # share with [[budget.years]]
WITH_CONTACT = 0.93

# The generator's own [money] (format 2): VND for one unit, on the first working day of a year.
RATES = {
    "USD": [(dt.date(2019, 1, 2), 23_200), (dt.date(2020, 1, 2), 23_200), (dt.date(2021, 1, 4), 23_100),
            (dt.date(2022, 1, 4), 22_800), (dt.date(2023, 1, 3), 23_600), (dt.date(2024, 1, 2), 24_400),
            (dt.date(2025, 1, 2), 25_400), (dt.date(2026, 1, 2), 26_300)],
    "EUR": [(dt.date(2019, 1, 2), 26_500), (dt.date(2020, 1, 2), 26_000), (dt.date(2021, 1, 4), 28_200),
            (dt.date(2022, 1, 4), 25_900), (dt.date(2023, 1, 3), 25_200), (dt.date(2024, 1, 2), 27_000),
            (dt.date(2025, 1, 2), 26_400), (dt.date(2026, 1, 2), 30_800)],
}
STATUS_NAMES = {  # used only when i18n/<lang>/main.ftl lacks them (Hugo's term pages)
    "vi": {"seeking": "Đang tìm nhà tài trợ", "partly-funded": "Đã có một phần tài trợ", "funded": "Đã đủ tài trợ",
           "ongoing": "Đang thực hiện", "completed": "Đã hoàn thành", "withdrawn": "Đã rút"},
    "en": {"seeking": "Seeking funding", "partly-funded": "Partly funded", "funded": "Funded",
           "ongoing": "Ongoing", "completed": "Completed", "withdrawn": "Withdrawn"},
}
LANGS = ("vi", "en")


# ---------------------------------------------------------------------------------------------
# Measuring project content (the sample's, or a generated site's)
# ---------------------------------------------------------------------------------------------

def split_words(text):
    """(front matter, body) of a words file."""
    parts = text.split("+++\n", 2)
    if len(parts) < 3:
        return "", text
    return parts[1], parts[2]


def features(body):
    return {
        "lists": bool(re.search(r"^\s*(?:[-*+]|\d+\.) ", body, re.M)),
        "tables": bool(re.search(r"^\|.*\|\s*$", body, re.M)),
        "links": bool(re.search(r"\]\((?!\^)", body)),
        "footnotes": "[^" in body,
    }


def measure(site_dir):
    projects = os.path.join(site_dir, "content/projects")
    slugs = sorted(s for s in os.listdir(projects) if os.path.isdir(os.path.join(projects, s)))
    out = {"site": site_dir, "projects": len(slugs)}
    facts, funding, indicators = [], [], []
    for lang in LANGS:
        total, fm, body, feats = [], [], [], {"lists": 0, "tables": 0, "links": 0, "footnotes": 0}
        for s in slugs:
            path = os.path.join(projects, s, f"{lang}.md")
            if not os.path.exists(path):
                continue
            raw = open(path, "rb").read()
            f, b = split_words(raw.decode())
            total.append(len(raw))
            fm.append(len(f.encode()))
            body.append(len(b.encode()))
            for k, v in features(b).items():
                feats[k] += v
        out[lang] = {"files": len(total), "total": total, "fm": fm, "body": body, "features": feats}
    for s in slugs:
        raw = open(os.path.join(projects, s, "facts.toml"), "rb").read()
        facts.append(len(raw))
        text = raw.decode()
        funding.append(len(re.findall(r"^\[\[funding\]\]", text, re.M)))
        indicators.append(len(re.findall(r"^\[\[indicators\]\]", text, re.M)))
    out["facts"], out["funding"], out["indicators"] = facts, funding, indicators
    return out


def stats(xs):
    if not xs:
        return "–"
    sd = statistics.stdev(xs) if len(xs) > 1 else 0
    return f"{statistics.mean(xs):,.0f} ± {sd:,.0f} ({min(xs):,}–{max(xs):,})"


def stats_small(xs):
    sd = statistics.stdev(xs) if len(xs) > 1 else 0
    return f"{statistics.mean(xs):.2f} ± {sd:.2f} ({min(xs)}–{max(xs)})"


def print_measure(dirs):
    ms = [measure(d) for d in dirs]
    print("| Per project (bytes: mean ± sd (min–max)) | " + " | ".join(m["site"] for m in ms) + " |")
    print("|---|" + "---|" * len(ms))
    rows = [("projects", lambda m: f"{m['projects']:,}"),
            ("without en.md", lambda m: f"{m['projects'] - m['en']['files']:,} ({(m['projects'] - m['en']['files']) / m['projects']:.0%})")]
    for lang in LANGS:
        rows += [(f"{lang}.md, whole", lambda m, l=lang: stats(m[l]["total"])),
                 (f"{lang}.md, front matter", lambda m, l=lang: stats(m[l]["fm"])),
                 (f"{lang}.md, body", lambda m, l=lang: stats(m[l]["body"]))]
    rows += [("facts.toml", lambda m: stats(m["facts"])),
             ("[[funding]] entries", lambda m: stats_small(m["funding"])),
             ("[[indicators]]", lambda m: stats_small(m["indicators"]))]
    for feat in ("lists", "tables", "links", "footnotes"):
        rows.append((f"words with {feat} (vi / en)", lambda m, f=feat: " / ".join(
            f"{m[l]['features'][f] / max(1, m[l]['files']):.0%}" for l in LANGS)))
    for name, cell in rows:
        print(f"| {name} | " + " | ".join(cell(m) for m in ms) + " |")


# ---------------------------------------------------------------------------------------------
# What the sample offers: vocabularies, sentences, titles
# ---------------------------------------------------------------------------------------------

def load_sample():
    site_text = open(os.path.join(ROOT, "site.toml"), encoding="utf-8").read()
    try:
        site = tomllib.loads(site_text)
        orgs = tomllib.load(open(os.path.join(ROOT, "content/organisations.toml"), "rb"))
    except tomllib.TOMLDecodeError as e:
        sys.exit(f"gen-bench-site: the sample's site.toml or organisations.toml does not parse ({e}); retry later")
    projects = os.path.join(ROOT, "content/projects")
    sample = []
    for slug in sorted(os.listdir(projects)):
        d = os.path.join(projects, slug)
        try:
            facts = tomllib.load(open(os.path.join(d, "facts.toml"), "rb"))
            words = {}
            for lang in LANGS:
                p = os.path.join(d, f"{lang}.md")
                if os.path.exists(p):
                    fm, body = split_words(open(p, encoding="utf-8").read())
                    words[lang] = (tomllib.loads(fm), body)
        except (OSError, tomllib.TOMLDecodeError):
            continue  # a project being edited right now
        if "vi" in words:
            sample.append((facts, words))
    if not sample:
        sys.exit("gen-bench-site: no readable project in the sample's content/projects")
    return site_text, site, orgs, sample


SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+(?=[A-ZÀ-Ỹ0-9Đ])")


def pools(sample):
    """Per language: headings, sentences, list items, front matters (title, summary, keywords)."""
    p = {lang: {"headings": [], "sentences": [], "items": [], "fronts": []} for lang in LANGS}
    for facts, words in sample:
        for lang, (fm, body) in words.items():
            q = p[lang]
            q["fronts"].append(fm)
            for block in re.split(r"\n\s*\n", body):
                block = block.strip()
                if not block:
                    continue
                if block.startswith("#"):
                    q["headings"].append(block.lstrip("#").strip())
                    continue
                lines = block.splitlines()
                if all(re.match(r"\s*(?:[-*+]|\d+\.) ", l) for l in lines):
                    for l in lines:
                        item = re.sub(r"^\s*(?:[-*+]|\d+\.) ", "", l).strip()
                        if clean(item):
                            q["items"].append(item.rstrip(";.") )
                    continue
                if block.startswith("|"):
                    continue
                for s in SENTENCE_END.split(" ".join(lines)):
                    s = s.strip()
                    if clean(s) and len(s) > 20:
                        q["sentences"].append(s)
    for lang in LANGS:
        for k in ("headings", "sentences", "items"):
            if not p[lang][k]:
                sys.exit(f"gen-bench-site: the sample's {lang} words have no {k}")
    return p


def clean(s):
    """No Markdown construct that could break a link, a table or a footnote when moved."""
    return not any(x in s for x in ("](", "[^", "|", "files/", "<", "`", "]:"))


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


# ---------------------------------------------------------------------------------------------
# Site
# ---------------------------------------------------------------------------------------------

def without_money(site_text):
    """site.toml without its [money] and [[money.rates]] tables (the generator writes its own)."""
    out, skipping = [], False
    for line in site_text.splitlines():
        header = re.match(r"\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$", line)
        if header:
            # The table's first key: money, "money", money.rates…
            skipping = header.group(1).split(".")[0].strip().strip("\"'") == "money"
        if not skipping:
            out.append(line)
    return "\n".join(out) + "\n"


def money_section():
    lines = ["", "# Written by scripts/gen-bench-site.py (format 2).", "[money]", 'base_currency = "VND"']
    for cur, rates in RATES.items():
        for date, per_unit in rates:
            lines += ["", "[[money.rates]]", f'currency = "{cur}"', f"per_unit = {per_unit}", f"date = {date}"]
    return "\n".join(lines) + "\n"


def rate(cur, day):
    """VND per unit of `cur` on `day`: the latest line on or before it, else the earliest."""
    lines = RATES[cur]
    best = lines[0][1]
    for date, per_unit in lines:
        if date <= day:
            best = per_unit
    return best


def day_between(rng, a, b):
    if b <= a:
        return a
    return a + dt.timedelta(days=rng.randrange((b - a).days + 1))


def weighted(rng, table):
    keys = list(table)
    return rng.choices(keys, weights=[table[k] for k in keys])[0]


class Vocab:
    """The keys a project may use, from the sample's site.toml and organisations.toml."""

    def __init__(self, site, orgs):
        self.site = site
        self.sectors = list(site.get("sectors", {}))
        self.localities = site.get("localities", {})
        self.periods = site.get("periods", {})
        if not (self.sectors and self.localities and self.periods):
            sys.exit("gen-bench-site: the sample's site.toml has no sectors, localities or periods")
        self.orgs = orgs
        self.owners = [k for k, o in orgs.items() if o.get("kind") in ("government", "other")]
        self.donors = [k for k, o in orgs.items() if o.get("kind") in ("ngo", "donor", "un") and "until" not in o]
        if not self.owners or not self.donors:
            sys.exit("gen-bench-site: the sample's organisations.toml has no owners or donors")
        sections = site.get("sections", {}).get("projects", {})
        self.projects_word = {"vi": sections.get("vi", "du-an"), "en": sections.get("en", "projects")}

    def until(self, table, key):
        u = table[key].get("until")
        return u if isinstance(u, dt.date) else None

    def places(self, rng, published, k):
        ok = [l for l in self.localities if not (self.until(self.localities, l) and published > self.until(self.localities, l))]
        return rng.sample(ok, min(k, len(ok)))

    def owner(self, rng, published, is_open):
        def fits(o):
            u = self.until(self.orgs, o)
            return u is None or (not is_open and published <= u)
        return rng.choice([o for o in self.owners if fits(o)] or self.owners)

    def period(self, rng, year):
        fit = [k for k, p in self.periods.items() if p.get("from", 0) <= year <= p.get("to", 9999)]
        return rng.choice(fit or list(self.periods))

    def chain(self, key):
        """A locality and every unit it belongs to: minhbach's district pages hold their communes."""
        keys = [key]
        while "parent" in self.localities[keys[-1]] and self.localities[keys[-1]]["parent"] in self.localities \
                and len(keys) < 10:
            keys.append(self.localities[keys[-1]]["parent"])
        return keys


# ---------------------------------------------------------------------------------------------
# Facts
# ---------------------------------------------------------------------------------------------

def dates_for(rng, status, short):
    """published, updated, start, end consistent with the status, with today 2026-12-01."""
    recent = (dt.date(2025, 12, 15), dt.date(2026, 11, 30))
    if status in ("seeking", "partly-funded"):
        published = day_between(rng, dt.date(2020, 1, 10), dt.date(2026, 10, 31)) if not short else \
            day_between(rng, *recent)
        updated = max(published, day_between(rng, *recent))
        start = day_between(rng, dt.date(2027, 1, 1), dt.date(2028, 6, 30))
        end = start + dt.timedelta(days=rng.randrange(365, 3 * 365))
    elif status in ("funded", "ongoing"):
        published = day_between(rng, dt.date(2020, 1, 10), dt.date(2026, 3, 31))
        updated = max(published, day_between(rng, *recent))
        start = day_between(rng, published + dt.timedelta(days=60), published + dt.timedelta(days=400))
        end = max(start + dt.timedelta(days=365), day_between(rng, dt.date(2027, 1, 1), dt.date(2029, 12, 31)))
    elif status == "completed":
        published = day_between(rng, dt.date(2019, 3, 1), dt.date(2023, 6, 30))
        start = day_between(rng, published + dt.timedelta(days=60), published + dt.timedelta(days=300))
        end = min(start + dt.timedelta(days=rng.randrange(365, 3 * 365)), dt.date(2026, 10, 31))
        updated = day_between(rng, end, dt.date(2026, 11, 30))
    else:  # withdrawn
        published = day_between(rng, dt.date(2019, 3, 1), dt.date(2025, 12, 31))
        updated = day_between(rng, published, dt.date(2026, 11, 30))
        start = day_between(rng, published + dt.timedelta(days=180), published + dt.timedelta(days=500))
        end = start + dt.timedelta(days=rng.randrange(365, 3 * 365))
    return published, updated, start, end


def budget_for(rng, currency):
    if currency == "VND":
        total = rng.randrange(300, 50_000) * 1_000_000
    else:
        total = rng.randrange(20, 2_000) * 1_000
    requested = total * rng.randrange(60, 91) // 100
    counterpart = total - requested if rng.random() < 0.8 else (total - requested) * rng.randrange(50, 100) // 100
    return total, requested, counterpart


def commitments(rng, status, requested, currency, published, start, end, vocab):
    """[[funding]] entries; committed (in the project's currency) agrees with the status."""
    share = {"seeking": rng.choice([0, 0, 0, rng.randrange(5, 40)]), "partly-funded": rng.randrange(20, 90),
             "funded": 100, "ongoing": rng.choice([100, 100, rng.randrange(60, 100)]),
             "completed": rng.choice([100, 100, 100, rng.randrange(70, 100)]), "withdrawn": 0}[status]
    target = requested * share // 100
    if status in ("seeking", "partly-funded") and target >= requested:
        target = requested - 1
    if status == "partly-funded" and target == 0:
        target = 1
    entries = []
    if target == 0:
        return entries
    pieces = rng.choice([1, 1, 2, 2, 3]) if status != "seeking" else 1
    first = published + dt.timedelta(days=30)
    last = min(TODAY - dt.timedelta(days=1), end if status == "completed" else TODAY - dt.timedelta(days=1))
    left = target
    donors = rng.sample(vocab.donors, min(len(vocab.donors), pieces))
    for k in range(pieces):
        date = day_between(rng, first, max(first, last))
        amount = left if k == pieces - 1 else left * rng.randrange(30, 70) // 100
        if amount <= 0:
            continue
        cur = currency
        if currency == "VND" and k < pieces - 1 and rng.random() < 0.5:
            # A pledge in USD or EUR, converted exactly (whole VND per unit); the last piece closes in VND.
            cur = rng.choice(["USD", "USD", "EUR"])
            units = amount // rate(cur, date)
            if units <= 0:
                cur = currency
            else:
                amount = units * rate(cur, date)
                entries.append((donors[k % len(donors)], "committed", units, cur, date))
                left -= amount
                continue
        entries.append((donors[k % len(donors)], "committed", amount, cur, date))
        left -= amount
    # Disbursements: part of what was committed, in the same currency, later.
    if status in ("partly-funded", "funded", "ongoing", "completed"):
        for donor, _, amount, cur, date in list(entries):
            for _ in range(rng.choice([0, 0, 1]) if status != "completed" else rng.choice([1, 1, 2])):
                paid = amount * rng.randrange(20, 50) // 100
                if paid > 0:
                    entries.append((donor, "disbursed", paid, cur, day_between(rng, date, max(date, last))))
    entries.sort(key=lambda e: e[4])
    return entries


def indicator_pool(sample):
    out = []
    for facts, _ in sample:
        for ind in facts.get("indicators", []):
            if isinstance(ind.get("label"), dict) and isinstance(ind.get("unit"), dict) \
                    and all(l in ind["label"] and l in ind["unit"] for l in LANGS):
                out.append((ind["label"], ind["unit"]))
    return out or [({"vi": "Người được hưởng lợi", "en": "People reached"}, {"vi": "người", "en": "people"})]


def contact_pool(sample):
    out = [f["contact"] for f, _ in sample if isinstance(f.get("contact"), dict) and "name" in f["contact"]]
    return out or [{"name": "Nguyễn Văn A", "email": "a@example.gov.vn", "phone": "+84 218 3850 000"}]


def inline(d):
    return "{ " + ", ".join(f"{k} = {toml_str(v) if isinstance(v, str) else v}" for k, v in d.items()) + " }"


def real_facts(i, rng, vocab, indicators, contacts):
    status = weighted(rng, STATUSES)
    is_open = status in ("seeking", "partly-funded")
    currency = weighted(rng, CURRENCIES)
    published, updated, start, end = dates_for(rng, status, short=False)
    sector = rng.choice(vocab.sectors)
    places = vocab.places(rng, published, rng.choice([1, 1, 2, 2, 2]) if len(vocab.localities) > 1 else 1)
    period = vocab.period(rng, start.year)
    owner = vocab.owner(rng, published, is_open)
    total, requested, counterpart = budget_for(rng, currency)
    lines = [f'code = "BENCH-{i:05d}"', f'sector = "{sector}"',
             "localities = [" + ", ".join(f'"{p}"' for p in places) + "]", f'period = "{period}"',
             f'status = "{status}"', f'owner = "{owner}"', f"published = {published}", f"updated = {updated}",
             f"start = {start}", f"end = {end}", f"beneficiaries = {rng.randrange(50, 20_000)}",
             "sdgs = [" + ", ".join(str(s) for s in sorted(rng.sample(range(1, 18), rng.randrange(1, 4)))) + "]"]
    if rng.random() < WITH_CONTACT:
        lines.append(f"contact = {inline(rng.choice(contacts))}")
    lines += ["", "[budget]", f'currency = "{currency}"', f"total = {total:_}", f"requested = {requested:_}",
              f"counterpart = {counterpart:_}"]
    if rng.random() < WITH_YEARS and end.year > start.year:
        years = list(range(start.year, end.year + 1))
        each = requested // len(years)
        for k, y in enumerate(years):
            amount = each if k < len(years) - 1 else requested - each * (len(years) - 1)
            lines += ["", "[[budget.years]]", f"year = {y}", f"requested = {amount:_}"]
    funding = commitments(rng, status, requested, currency, published, start, end, vocab)
    for donor, kind, amount, cur, date in funding:
        lines += ["", "[[funding]]", f'donor = "{donor}"', f'kind = "{kind}"', f"amount = {amount:_}",
                  f'currency = "{cur}"', f"date = {date}"]
    for _ in range(rng.choice([0, 0, 1, 2, 3, 3, 3])):
        label, unit = rng.choice(indicators)
        lower = rng.random() < 0.07
        baseline = rng.randrange(20, 200) if lower else rng.choice([0, 0, rng.randrange(1, 50)])
        target = rng.randrange(1, baseline) if lower else baseline + rng.randrange(1, 2_000)
        lines += ["", "[[indicators]]", f"label = {inline(label)}", f"unit = {inline(unit)}",
                  f"baseline = {baseline}", f"target = {target}"]
        if status in ("ongoing", "completed"):
            lines.append(f"actual = {rng.randrange(min(baseline, target), max(baseline, target) + 1)}")
        if lower:
            lines.append('better = "lower"')
    committed = sum(a * (rate(c, d) if c != currency else 1) for _, k, a, c, d in funding if k == "committed")
    return {"status": status, "sector": sector, "places": places, "period": period, "published": published,
            "currency": currency, "budget": (total, requested, counterpart), "committed": committed,
            "facts": "\n".join(lines) + "\n"}


def short_facts(i, rng, vocab):
    """The first bench's facts (about 0.3 KB): the same keys, consistent values."""
    status = rng.choice(list(STATUSES))
    is_open = status in ("seeking", "partly-funded")
    published, _, _, _ = dates_for(rng, status, short=True)
    sector = rng.choice(vocab.sectors)
    places = vocab.places(rng, published, 1)
    period = vocab.period(rng, published.year)
    owner = vocab.owner(rng, published, is_open)
    total = rng.randrange(300, 50000) * 1_000_000
    requested = total * 8 // 10
    committed = {"seeking": 0, "partly-funded": requested // 2, "withdrawn": requested // 2}.get(status, requested)
    lines = [f'code = "BENCH-{i:05d}"', f'sector = "{sector}"', f'localities = ["{places[0]}"]',
             f'period = "{period}"', f'status = "{status}"', f'owner = "{owner}"', f"published = {published}",
             f"beneficiaries = {rng.randrange(100, 5000)}", "sdgs = [1, 6]",
             "", "[budget]", 'currency = "VND"', f"total = {total}", f"requested = {requested}",
             f"counterpart = {total - requested}"]
    if committed:
        lines += ["", "[[funding]]", f'donor = "{rng.choice(vocab.donors)}"', 'kind = "committed"',
                  f"amount = {committed}", 'currency = "VND"', f"date = {min(published + dt.timedelta(days=20), TODAY)}"]
    return {"status": status, "sector": sector, "places": places, "period": period, "published": published,
            "currency": "VND", "budget": (total, requested, total - requested), "committed": committed,
            "facts": "\n".join(lines) + "\n"}


# ---------------------------------------------------------------------------------------------
# Words
# ---------------------------------------------------------------------------------------------

TABLE = {
    "vi": ("Hạng mục", "Số lượng", "Kinh phí ({cur})", ["công trình", "lớp", "người", "hộ", "bộ", "điểm"],
           "Bảng dự toán các hạng mục chính:", "Xem thêm", "và"),
    "en": ("Item", "Quantity", "Cost ({cur})", ["works", "courses", "people", "households", "sets", "sites"],
           "The main items of the estimate:", "See also", "and"),
}
MONEY_UNIT = {"vi": {"VND": "triệu đồng", "USD": "USD", "EUR": "EUR"},
              "en": {"VND": "million VND", "USD": "USD", "EUR": "EUR"}}


def size(text):
    return len(text.encode())


def front(fm, title):
    lines = [f"title = {toml_str(title)}", f"summary = {toml_str(fm.get('summary', title))}"]
    if fm.get("keywords"):
        lines.append("keywords = [" + ", ".join(toml_str(k) for k in fm["keywords"]) + "]")
    return "+++\n" + "\n".join(lines) + "\n+++\n\n"


def real_body(rng, pool, lang, target, links, currency):
    """Markdown of about `target` bytes: headings, paragraphs of sample sentences, a list, a table,
    links to other projects' pages and a footnote. A small skeleton first, then sentences, list
    items and table rows drawn until the size is the closest to the target."""
    head, qty, cost, units, table_intro, see, and_word = TABLE[lang]
    distinct = sorted(set(pool["headings"]))
    headings = rng.sample(distinct, min(4, len(distinct)))
    while len(headings) < 4:
        headings.append(rng.choice(distinct))

    def row():
        label = re.split(r"[,;:(]", rng.choice(pool["items"]))[0].strip()
        label = " ".join(label.split()[:7])
        amount = f"{rng.randrange(10, 5_000):,}".replace(",", "." if lang == "vi" else ",")
        return f"| {label} | {rng.randrange(1, 500)} {rng.choice(units)} | {amount} |"

    items = [rng.choice(pool["items"]) for _ in range(2)]
    rows = [row() for _ in range(2)]
    paragraphs = [[rng.choice(pool["sentences"])], [], [], [rng.choice(pool["sentences"])]]
    footnote = rng.choice(pool["sentences"])
    link_text = (f"{see} " + f" {and_word} ".join(f"[{t}]({a})" for t, a in links) + ".\n\n") if links else ""

    def render():
        p = [" ".join(s) for s in paragraphs]
        return (f"## {headings[0]}\n\n{p[0]}[^1]\n\n"
                f"## {headings[1]}\n\n" + "\n".join(f"- {it};" for it in items[:-1]) + f"\n- {items[-1]}.\n\n"
                + (f"{p[1]}\n\n" if p[1] else "")
                + f"## {headings[2]}\n\n{table_intro}\n\n| {head} | {qty} | {cost.format(cur=MONEY_UNIT[lang][currency])} |\n"
                f"|---|---:|---:|\n" + "\n".join(rows) + "\n\n"
                + (f"{p[2]}\n\n" if p[2] else "") + link_text
                + f"## {headings[3]}\n\n{p[3]}\n\n"
                f"[^1]: {footnote}\n")

    body = render()
    while True:
        unit = rng.choices(["sentence", "item", "row"], weights=[8, 1, 1])[0]
        if unit == "sentence":
            where = paragraphs[rng.randrange(4)]
            where.append(rng.choice(pool["sentences"]))
            undo = where.pop
        elif unit == "item" and len(items) < 8:
            items.append(rng.choice(pool["items"]))
            undo = items.pop
        elif unit == "row" and len(rows) < 8:
            rows.append(row())
            undo = rows.pop
        else:
            continue
        longer = render()
        # Stop at whichever of the two sizes is closer to the target.
        if size(longer) >= target:
            if size(longer) - target > target - size(body):
                undo()
                return body
            return longer
        body = longer


SHORT_VI = "Dự án hỗ trợ người dân vùng cao cải thiện sinh kế, nước sạch và giáo dục cho trẻ em. " * 6
SHORT_EN = "The project helps upland communities improve livelihoods, clean water and schooling for children. " * 6


def short_words(i):
    return {
        "vi": (f'+++\ntitle = "Dự án số {i} – nước sạch và sinh kế"\nsummary = "Cải thiện đời sống cho người dân vùng cao."\n+++\n\n',
               f"Dự án số {i} – nước sạch và sinh kế", "Cải thiện đời sống cho người dân vùng cao.",
               f"## Bối cảnh\n\n{SHORT_VI}\n\n## Hoạt động\n\n- Xây dựng\n- Tập huấn\n"),
        "en": (f'+++\ntitle = "Project {i}: clean water and livelihoods"\nsummary = "Better lives for upland communities."\n+++\n\n',
               f"Project {i}: clean water and livelihoods", "Better lives for upland communities.",
               f"## Context\n\n{SHORT_EN}\n\n## Activities\n\n- Building\n- Training\n"),
    }


# ---------------------------------------------------------------------------------------------
# Hugo twin
# ---------------------------------------------------------------------------------------------

def status_names():
    names = {lang: dict(STATUS_NAMES[lang]) for lang in LANGS}
    for lang in LANGS:
        try:
            for line in open(os.path.join(ROOT, f"i18n/{lang}/main.ftl"), encoding="utf-8"):
                m = re.match(r"status-([a-z-]+) = (.+)", line.strip())
                if m and m.group(1) in names[lang]:
                    names[lang][m.group(1)] = m.group(2)
        except OSError:
            pass
    return names


def hugo_terms(hugo, vocab):
    """Every facet's page with its name in each language, as minhbach names them."""
    sn = status_names()
    names = {"sector": {k: v["name"] for k, v in vocab.site["sectors"].items()},
             "locality": {k: v["name"] for k, v in vocab.localities.items()},
             "period": {k: v["name"] for k, v in vocab.periods.items()},
             "status": {s: {lang: sn[lang][s] for lang in LANGS} for s in STATUSES}}
    for taxonomy, terms in names.items():
        for key, name in terms.items():
            folder = os.path.join(hugo, "content", taxonomy, key)
            os.makedirs(folder)
            for lang in LANGS:
                text = name.get(lang, key) if isinstance(name, dict) else key
                open(os.path.join(folder, f"_index.{lang}.md"), "w").write(f"+++\ntitle = {toml_str(text)}\n+++\n")


def hugo_page(path, title, summary, p, vocab, body):
    """One language of a project as Hugo content: the same words and facts, taxonomies for the facets."""
    total, requested, counterpart = p["budget"]
    open_ = p["status"] in ("seeking", "partly-funded")
    gap = max(0, requested - p["committed"]) if open_ else 0
    locs = []
    for l in p["places"]:
        locs += [k for k in vocab.chain(l) if k not in locs]
    terms = (f'code = "{p["code"]}"\nsector = ["{p["sector"]}"]\nlocality = [' + ", ".join(f'"{k}"' for k in locs)
             + f']\nperiod = ["{p["period"]}"]\nstatus = ["{p["status"]}"]')
    open(path, "w").write(
        f"+++\ntitle = {toml_str(title)}\nsummary = {toml_str(summary)}\ndate = {p['published']}\n{terms}\n"
        f'[params]\ncurrency = "{p["currency"]}"\ntotal = {total}\nrequested = {requested}\ncounterpart = {counterpart}\n'
        f"committed = {p['committed']}\ngap = {gap}\n+++\n\n{body}")


# ---------------------------------------------------------------------------------------------

def generate(n, out, hugo, short, seed):
    site_text, site, orgs, sample = load_sample()
    vocab = Vocab(site, orgs)
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(os.path.join(out, "content/projects"))
    written = without_money(site_text) + money_section()
    tomllib.loads(written)  # the generated site.toml must parse
    open(os.path.join(out, "site.toml"), "w", encoding="utf-8").write(written)
    # The pages that [site] names (contact, the guide for partners) must exist.
    for key in ("contact", "partners"):
        slug = tomllib.loads(written).get("site", {}).get(key)
        if slug:
            folder = os.path.join(out, "content/pages", slug)
            os.makedirs(folder, exist_ok=True)
            for lang, title in (("vi", "Liên hệ" if key == "contact" else "Hợp tác"),
                                ("en", "Contact" if key == "contact" else "Working with us")):
                open(os.path.join(folder, f"{lang}.md"), "w", encoding="utf-8").write(
                    f'+++\ntitle = "{title}"\nsummary = "{title}."\n+++\n\n{title}.\n')
    shutil.copy(os.path.join(ROOT, "content/organisations.toml"), os.path.join(out, "content"))
    # The files [site] names (the logo) are in static/.
    if os.path.isdir(os.path.join(ROOT, "static")):
        shutil.copytree(os.path.join(ROOT, "static"), os.path.join(out, "static"))
    if hugo:
        shutil.rmtree(hugo, ignore_errors=True)
        shutil.copytree(os.path.join(ROOT, "scripts/hugo-twin"), hugo)
        os.makedirs(os.path.join(hugo, "content/projects"))
        hugo_terms(hugo, vocab)
    rng = random.Random(seed)
    pool = pools(sample)
    indicators, contacts = indicator_pool(sample), contact_pool(sample)
    slugs = [f"du-an-{i:05d}" for i in range(n)]
    # Each project's words come from one sample project (titles known before any is written, for links).
    # Translated projects take a sample project that has both languages; about 5 % have no en.md.
    both = [k for k, (_, w) in enumerate(sample) if "en" in w] or list(range(len(sample)))
    untranslated = [not short and rng.random() < UNTRANSLATED for _ in range(n)]
    source = [rng.choice(both) for _ in range(n)]

    def title(j, lang):
        words = sample[source[j]][1]
        fm = words.get(lang, words["vi"])[0]
        return f"{fm['title']} – {'số' if lang == 'vi' else 'no.'} {j + 1}"

    for i, slug in enumerate(slugs):
        d = os.path.join(out, "content/projects", slug)
        os.makedirs(d)
        p = short_facts(i, rng, vocab) if short else real_facts(i, rng, vocab, indicators, contacts)
        p["code"] = f"BENCH-{i:05d}"
        open(os.path.join(d, "facts.toml"), "w").write(p["facts"])
        if short:
            words = short_words(i)
        else:
            words = {}
            fms = sample[source[i]][1]
            z = max(-2.0, min(2.0, rng.gauss(0, 1)))  # one draw for both languages, like a translation
            others = [j for j in (rng.randrange(n) for _ in range(2)) if j != i] or [(i + 1) % n]
            for lang in LANGS:
                if lang == "en" and (untranslated[i] or "en" not in fms):
                    continue
                fm = fms[lang][0]
                t = title(i, lang)
                head = front(fm, t)
                mean, sd, lo, hi = SIZES[lang]
                target = int(max(lo, min(hi, mean + z * sd))) - size(head)
                links = [(title(j, lang), f"/{lang}/{vocab.projects_word[lang]}/{slugs[j]}/") for j in others] \
                    if n > 1 else []
                body = real_body(rng, pool[lang], lang, target, links, p["currency"])
                words[lang] = (head, t, fm.get("summary", t), body)
        for lang, (head, t, summary, body) in words.items():
            open(os.path.join(d, f"{lang}.md"), "w").write(head + body)
        if hugo:
            for lang in LANGS:
                # A page without words in a language shows the default language's words, as minhbach does.
                _, t, summary, body = words.get(lang, words["vi"])
                hugo_page(os.path.join(hugo, "content/projects", f"{slug}.{lang}.md"), t, summary, p, vocab, body)
    print(f"wrote {n} projects ({'short' if short else 'real-sized'} content) to {out}" + (f" and {hugo}" if hugo else ""))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", nargs="?", type=int)
    ap.add_argument("out", nargs="?")
    ap.add_argument("hugo", nargs="?")
    ap.add_argument("--short", action="store_true", help="the first bench's short words and facts")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--measure", nargs="*", metavar="SITE_DIR",
                    help="print the sizes of the projects' words and facts (default: the sample site)")
    a = ap.parse_args()
    if a.measure is not None:
        print_measure(a.measure or [ROOT])
        return
    if a.n is None or a.out is None:
        ap.error("N and OUT_DIR are required")
    generate(a.n, a.out, a.hugo, a.short, a.seed)


if __name__ == "__main__":
    main()
