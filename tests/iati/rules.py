#!/usr/bin/env python3
"""Apply the IATI Validator's ruleset (IATI-Rulesets' standard.json, IATI 2.03) to an IATI file.

    python3 tests/iati/rules.py FILE.xml [--rules tests/iati/standard.json] [--json]

Prints one line per failure: severity, rule id, the iati-identifier of the activity (or the
organisation-identifier), the element and its line, the rule's message and, in brackets, the
offending values. Exits 1 if any failure has severity "error", 0 otherwise (warnings are
printed but do not fail), 2 if the file or the ruleset cannot be used.

"NOW" (today) is the UTC date of SOURCE_DATE_EPOCH (seconds since 1970-01-01 UTC) when that
environment variable is set, else the UTC date of the clock.

The ruleset maps an XPath 1.0 context ("/iati-activities/iati-activity/budget", ...) to rule
types, each with a list of cases. Every case is evaluated on every element its context
selects; a case with a "condition" applies only where that XPath is true. Cases with an
"idCondition" are not applied: they depend on the IATI Validator's registry of publisher
organisation identifiers, which we do not have (see README.md). One function below per rule
type; each returns None when the case passes or does not apply, else a short text naming the
offending values. The semantics follow SPEC_JS.rst of IATI-Rulesets and the IATI Validator
(IATI/js-validator-api); README.md lists where this runner differs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
from dataclasses import asdict, dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from lxml import etree

DEFAULT_RULES = Path(__file__).resolve().parent / "standard.json"
XML_NS = "{http://www.w3.org/XML/1998/namespace}"

# Maximum length of a budget (or other) period for rule type time_limit (rule 7.5.3): the
# IATI Validator accepts end - start <= 365 days (date-fns differenceInDays).
MAX_PERIOD_DAYS = 365


class RulesetError(Exception):
    """The ruleset asks for something this runner does not implement."""


@dataclass
class Failure:
    id: str
    severity: str
    message: str
    identifier: str  # iati-identifier of the activity (organisation-identifier in org files)
    element: str  # the context element the case was evaluated on
    line: int | None
    rule: str  # rule type, e.g. "time_limit"; "loop/strict_sum" inside a loop
    detail: str  # offending values


# --- helpers ------------------------------------------------------------------------------


def today() -> dt.date:
    """NOW: the UTC date of SOURCE_DATE_EPOCH if set, else of the clock."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            seconds = int(epoch)
        except ValueError:
            raise RulesetError(f"SOURCE_DATE_EPOCH is not a whole number of seconds: {epoch!r}")
        return dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc).date()
    return dt.datetime.now(tz=dt.timezone.utc).date()


def select(element, xpath: str) -> list:
    """The nodes (elements, attribute values, text nodes) an XPath selects from element."""
    result = element.xpath(xpath)
    return result if isinstance(result, list) else [result]


def truth(element, xpath: str) -> bool:
    """XPath 1.0 boolean() of an expression (an empty node-set is false)."""
    return bool(element.xpath(f"boolean({xpath})"))


def text(node) -> str:
    """The text of an element (all its text content), an attribute or a text node."""
    if isinstance(node, etree._Element):
        return "".join(node.itertext())
    return str(node)


def name(node) -> str:
    if isinstance(node, etree._Element):
        return node.tag
    if getattr(node, "is_attribute", False):
        owner = node.getparent()
        attr = node.attrname.replace(XML_NS, "xml:")
        return f"{owner.tag}/@{attr}" if owner is not None else f"@{attr}"
    return "text()"


def line(node) -> int | None:
    if isinstance(node, etree._Element):
        return node.sourceline
    owner = getattr(node, "getparent", lambda: None)()
    return owner.sourceline if owner is not None else None


def show(node) -> str:
    """name='value' (line N), for messages."""
    where = line(node)
    return f"{name(node)}={text(node)!r}" + (f" (line {where})" if where else "")


def path_matches(element, case) -> list:
    return [node for path in case.get("paths", []) for node in select(element, path)]


def parse_date(value: str) -> dt.date | None:
    """The date at the start of an xs:date or xs:dateTime; None if there is none or it is invalid."""
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return dt.date(*map(int, m.groups()))
    except ValueError:
        return None


def parse_datetime_date(value: str) -> dt.date | None:
    """The (UTC, when the value has a time zone) date of an xs:dateTime or xs:date."""
    try:
        moment = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return parse_date(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.timezone.utc)
    return moment.date()


def dates(element, xpath: str, now: dt.date) -> list[dt.date]:
    """Every valid date the XPath selects; "NOW" (or the older "TODAY") is today."""
    if xpath in ("NOW", "TODAY"):
        return [now]
    return [d for d in (parse_date(text(n)) for n in select(element, xpath)) if d is not None]


def first_date(element, xpath: str, now: dt.date) -> dt.date | None:
    found = dates(element, xpath, now)
    return found[0] if found else None


def number(value: str) -> Decimal | None:
    try:
        n = Decimal(value.strip())
    except InvalidOperation:
        return None
    return n if n.is_finite() else None


# --- one function per rule type -----------------------------------------------------------
# Each takes the context element, the case and today's date; returns None when the case
# passes (or does not apply to this element), else the offending values as text.


def atleast_one(element, case, now):
    """At least one node matches one of the paths."""
    if path_matches(element, case):
        return None
    return "none of " + ", ".join(case["paths"])


def no_more_than_one(element, case, now):
    """At most one node matches the paths (all together)."""
    matches = path_matches(element, case)
    if len(matches) <= 1:
        return None
    return f"{len(matches)} found: " + "; ".join(show(n) for n in matches)


def unique(element, case, now):
    """The texts of all nodes matched by the paths are pairwise different."""
    texts = [text(n) for n in path_matches(element, case)]
    repeated = sorted({t for t in texts if texts.count(t) > 1})
    if not repeated:
        return None
    return "same value in " + " and ".join(case["paths"]) + ": " + ", ".join(map(repr, repeated))


def startswith(element, case, now):
    """Each path text starts with one of the prefixes followed by the separator (default "").

    "prefix" is a list of XPaths whose texts are the allowed prefixes (the IATI Validator's
    form; upstream Python only had a single "start" XPath, accepted too). The prefix
    "ORG-ID-PREFIX" means the registry's list of agency prefixes, which we do not have: such
    cases carry an idCondition and are skipped before reaching here.
    """
    prefix_paths = case.get("prefix", case.get("start"))
    if isinstance(prefix_paths, str):
        prefix_paths = [prefix_paths]
    if prefix_paths == ["ORG-ID-PREFIX"]:
        return None  # needs the organisation registry: not applicable
    separator = case.get("separator", "")
    prefixes = [text(n) for p in prefix_paths for n in select(element, p)]
    bad = [
        n for n in path_matches(element, case)
        if not any(text(n).startswith(p + separator) for p in prefixes)
    ]
    if not bad:
        return None
    allowed = ", ".join(repr(p + separator) for p in prefixes)
    if not allowed:
        allowed = "a prefix, but none found at " + ", ".join(prefix_paths)
    return "; ".join(show(n) for n in bad) + f" does not start with {allowed}"


def one_or_all(element, case, now):
    """Either "one" exists on the element, or every node of the kind named by "all" has its own.

    all = "lang": every descendant narrative has @xml:lang; "currency": every descendant
    value, forecast and loan-status has @currency; "sector": every transaction has a sector;
    "recipient-country|recipient-region": every transaction has one of them.
    """
    if select(element, case["one"]):
        return None
    kind = case["all"]
    if kind == "lang":
        lacking = [n for n in select(element, "descendant::narrative") if not select(n, "@xml:lang")]
        what = f"no {case['one']}, and narratives without @xml:lang"
    elif kind == "currency":
        lacking = [
            n for n in select(element, "descendant::value | descendant::forecast | descendant::loan-status")
            if not select(n, "@currency")
        ]
        what = f"no {case['one']}, and values without @currency"
    elif kind == "sector":
        lacking = [n for n in select(element, "transaction") if not select(n, "sector")]
        what = f"no {case['one']}, and transactions without sector"
    elif kind == "recipient-country|recipient-region":
        lacking = [n for n in select(element, "transaction") if not select(n, kind)]
        what = "no recipient-country or recipient-region, and transactions without one"
    else:
        raise RulesetError(f"one_or_all: unknown 'all' value {kind!r}")
    if not lacking:
        return None
    lines = ", ".join(str(line(n)) for n in lacking[:10]) + (", ..." if len(lacking) > 10 else "")
    return f"{what} (lines {lines})"


def date_now(element, case, now):
    """The date(time) is not after today (compared by date; a time zone is taken into account)."""
    nodes = select(element, case["date"])
    if not nodes:
        return None
    day = parse_datetime_date(text(nodes[0]))
    if day is None or day <= now:
        return None
    return f"{show(nodes[0])} is after today ({now.isoformat()})"


def date_order(element, case, now):
    """The "less" date is not after the "more" date ("NOW" = today); equal dates pass.

    Ignored when either date is missing or invalid. When a path selects several dates (e.g.
    transaction/transaction-date/@iso-date), every one is checked: the latest "less" must not
    be after the earliest "more". (The IATI Validator looks at the first one only.)
    """
    less = dates(element, case["less"], now)
    more = dates(element, case["more"], now)
    if not less or not more or max(less) <= min(more):
        return None
    late, early = max(less), min(more)
    if case["more"] in ("NOW", "TODAY"):
        more_text = f"today ({now.isoformat()})"
    else:
        more_text = f"{case['more']}={early.isoformat()}"
    return f"{case['less']}={late.isoformat()} is after {more_text}"


def time_limit(element, case, now):
    """From start to end is at most one year: end - start <= 365 days, as the IATI Validator
    counts (so 2024-01-01 to 2024-12-31 passes, 2024-01-01 to 2025-01-01, 366 days, fails).
    Ignored when either date is missing or invalid."""
    start = first_date(element, case["start"], now)
    end = first_date(element, case["end"], now)
    if start is None or end is None:
        return None
    days = (end - start).days
    if days <= MAX_PERIOD_DAYS:
        return None
    return (
        f"{case['start']}={start.isoformat()} to {case['end']}={end.isoformat()}"
        f" is {days} days (more than {MAX_PERIOD_DAYS})"
    )


def between_dates(element, case, now):
    """start <= date <= end (inclusive, as the IATI Validator); ignored if a date is missing."""
    day = first_date(element, case["date"], now)
    start = first_date(element, case["start"], now)
    end = first_date(element, case["end"], now)
    if day is None or start is None or end is None or start <= day <= end:
        return None
    return f"{case['date']}={day.isoformat()} is not within {start.isoformat()} .. {end.isoformat()}"


def regex_matches(element, case, now):
    """The regex matches (re.search) the text of every node matched; empty texts pass."""
    pattern = re.compile(case["regex"])
    bad = [n for n in path_matches(element, case) if text(n) != "" and not pattern.search(text(n))]
    if not bad:
        return None
    return "; ".join(show(n) for n in bad) + f" does not match {case['regex']}"


def regex_no_matches(element, case, now):
    """The regex matches none of the node texts; empty texts pass."""
    pattern = re.compile(case["regex"])
    bad = [n for n in path_matches(element, case) if text(n) != "" and pattern.search(text(n))]
    if not bad:
        return None
    return "; ".join(show(n) for n in bad) + f" matches {case['regex']}"


def no_spaces(element, case, now):
    """No text starts or ends with white space (spaces, tabs, newlines)."""
    bad = [n for n in path_matches(element, case) if text(n) != text(n).strip()]
    if not bad:
        return None
    return "; ".join(show(n) for n in bad)


def _sum(element, case):
    """(sum of the matched values rounded to 4 decimals, the matches, the non-numbers)."""
    matches = path_matches(element, case)
    values = [number(text(n)) for n in matches]
    not_numbers = [n for n, v in zip(matches, values) if v is None]
    total = sum((v for v in values if v is not None), Decimal(0)).quantize(Decimal("0.0001"))
    return total, matches, not_numbers


def strict_sum(element, case, now):
    """The matched values are numbers adding up to "sum" (none matched: the sum is 0)."""
    total, matches, not_numbers = _sum(element, case)
    if not not_numbers and total == Decimal(str(case["sum"])):
        return None
    if not_numbers:
        return "not a number: " + "; ".join(show(n) for n in not_numbers)
    listed = " + ".join(text(n) for n in matches) or "nothing"
    return f"{listed} = {format(total.normalize(), 'f')}, not {case['sum']} ({', '.join(case['paths'])})"


def sum_(element, case, now):
    """Like strict_sum, but passes when nothing matches (rule type "sum")."""
    if not path_matches(element, case):
        return None
    return strict_sum(element, case, now)


def range_(element, case, now):
    """Every matched value is a number within [min, max] (either bound may be absent)."""
    low = Decimal(str(case["min"])) if "min" in case else None
    high = Decimal(str(case["max"])) if "max" in case else None
    bad = []
    for n in path_matches(element, case):
        v = number(text(n))
        if v is None or (low is not None and v < low) or (high is not None and v > high):
            bad.append(n)
    if not bad:
        return None
    bounds = f"{case.get('min', '-inf')} .. {case.get('max', 'inf')}"
    return "; ".join(show(n) for n in bad) + f" not within {bounds}"


def if_then(element, case, now):
    """If the XPath "if" is true, the XPath "then" must be true ("paths" only give context)."""
    if not truth(element, case["if"]) or truth(element, case["then"]):
        return None
    found = path_matches(element, case)
    shown = "; ".join(show(n) for n in found[:6]) + ("; ..." if len(found) > 6 else "")
    return f"not ({case['then']})" + (f" for {shown}" if shown else "")


def dependent(element, case, now):
    """If one of the paths matches, all of them match."""
    found = [bool(select(element, p)) for p in case["paths"]]
    if all(found) or not any(found):
        return None
    missing = [p for p, f in zip(case["paths"], found) if not f]
    return "missing " + ", ".join(missing)


RULES = {
    "atleast_one": atleast_one,
    "no_more_than_one": no_more_than_one,
    "unique": unique,
    "startswith": startswith,
    "one_or_all": one_or_all,
    "date_now": date_now,
    "date_order": date_order,
    "time_limit": time_limit,
    "between_dates": between_dates,
    "regex_matches": regex_matches,
    "regex_no_matches": regex_no_matches,
    "no_spaces": no_spaces,
    "strict_sum": strict_sum,
    "sum": sum_,
    "range": range_,
    "if_then": if_then,
    "dependent": dependent,
    # "loop" is handled by loop() below: it runs other rule types.
}


# --- evaluation -----------------------------------------------------------------------------


def identifier_of(element) -> str:
    found = element.xpath(
        "string(ancestor-or-self::iati-activity[1]/iati-identifier"
        " | ancestor-or-self::iati-organisation[1]/organisation-identifier)"
    )
    return str(found).strip() or "?"


def run_case(element, rule: str, case: dict, now: dt.date, label: str = "", rule_name: str | None = None):
    """Evaluate one case on one element; a Failure, or None (passed or not applicable)."""
    if "idCondition" in case:
        # NOT_EXISTING_ORG_ID / NOT_EXISTING_ORG_ID_PREFIX: the rule applies only to values that
        # are not (prefixed with) an organisation identifier from the IATI Validator's registry.
        # We have no registry, so we cannot tell: not applicable.
        return None
    if "condition" in case and not truth(element, case["condition"]):
        return None
    detail = RULES[rule](element, case, now)
    if detail is None:
        return None
    info = case["ruleInfo"]
    return Failure(
        id=info["id"],
        severity=info["severity"],
        message=info["message"],
        identifier=identifier_of(element),
        element=element.tag,
        line=element.sourceline,
        rule=rule_name or rule,
        detail=(label + detail) if label else detail,
    )


def loop(element, case: dict, now: dt.date) -> list[Failure]:
    """For each distinct value V selected by "foreach" (in document order), run every case of
    every rule type in "do" with "$1" replaced by V in the keys listed in "subs" (only those:
    e.g. the loop of rule 2.1.2 does not substitute its "condition", as in the ruleset)."""
    values = list(dict.fromkeys(text(n) for n in select(element, case["foreach"])))
    failures = []
    for rule, sub in case["do"].items():
        for sub_case in sub["cases"]:
            for value in values:
                concrete = dict(sub_case)
                for key in case.get("subs", []):
                    v = sub_case[key]
                    if isinstance(v, list):
                        concrete[key] = [s.replace("$1", value) for s in v]
                    else:
                        concrete[key] = v.replace("$1", value)
                found = run_case(element, rule, concrete, now, f"[$1={value!r}] ", f"loop/{rule}")
                if found:
                    failures.append(found)
    return failures


def rule_types(ruleset: dict) -> set[str]:
    """Every rule type the ruleset uses, those inside loops included."""
    found = set()

    def walk(rules):
        for rule, body in rules.items():
            found.add(rule)
            if rule == "loop":
                for case in body["cases"]:
                    walk(case["do"])

    for rules in ruleset.values():
        walk(rules)
    return found


def check(tree, ruleset: dict, now: dt.date | None = None) -> list[Failure]:
    """Every failure of the ruleset on a parsed document (lxml tree or element)."""
    unknown = rule_types(ruleset) - set(RULES) - {"loop"}
    if unknown:
        raise RulesetError("rule type(s) not implemented: " + ", ".join(sorted(unknown)))
    now = now or today()
    failures = []
    for context, rules in ruleset.items():
        for element in tree.xpath(context):
            for rule, body in rules.items():
                for case in body["cases"]:
                    if rule == "loop":
                        failures += loop(element, case, now)
                    else:
                        found = run_case(element, rule, case, now)
                        if found:
                            failures.append(found)
    failures.sort(key=lambda f: (f.line or 0, [int(p) if p.isdigit() else p for p in f.id.split(".")]))
    return failures


def not_applied(ruleset: dict) -> list[str]:
    """Ids of the cases with an idCondition (never applied here)."""
    ids = []

    def walk(rules):
        for rule, body in rules.items():
            for case in body["cases"]:
                if rule == "loop":
                    walk(case["do"])
                elif "idCondition" in case:
                    ids.append(case["ruleInfo"]["id"])

    for rules in ruleset.values():
        walk(rules)
    return sorted(set(ids), key=lambda i: [int(p) for p in i.split(".")])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", help="IATI activity (or organisation) XML file")
    parser.add_argument("--rules", default=str(DEFAULT_RULES), help="ruleset JSON (default: %(default)s)")
    parser.add_argument("--json", action="store_true", help="print a JSON object instead of text")
    args = parser.parse_args(argv)
    try:
        ruleset = json.loads(Path(args.rules).read_text(encoding="utf-8"))
        tree = etree.parse(args.file, etree.XMLParser(resolve_entities=False, no_network=True))
        root = tree.getroot().tag
        if root not in ("iati-activities", "iati-organisations"):
            raise RulesetError(
                f"{args.file}: the root element is <{root}>, not <iati-activities> or <iati-organisations>"
            )
        now = today()
        failures = check(tree, ruleset, now)
    except (OSError, ValueError, etree.XMLSyntaxError, etree.XPathError, RulesetError) as err:
        print(f"rules.py: {err}", file=sys.stderr)
        return 2
    errors = sum(f.severity == "error" for f in failures)
    warnings = len(failures) - errors
    skipped = not_applied(ruleset)
    if args.json:
        print(json.dumps({
            "file": args.file,
            "today": now.isoformat(),
            "errors": errors,
            "warnings": warnings,
            "failures": [asdict(f) for f in failures],
            "not_applied": skipped,
        }, ensure_ascii=False, indent=1))
    else:
        for f in failures:
            where = f"{f.element}, line {f.line}" if f.line else f.element
            print(f"{f.severity} {f.id} {f.identifier} ({where}): {f.message} [{f.detail}]")
        units = len(tree.xpath("/iati-activities/iati-activity | /iati-organisations/iati-organisation"))
        failing = len({f.identifier for f in failures})
        print(
            f"rules.py: {errors} error(s), {warnings} warning(s) in {failing} of {units} record(s); "
            f"today = {now.isoformat()}; "
            f"not applied (need the IATI organisation registry): {', '.join(skipped)}"
        )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
