#!/usr/bin/env python3
"""Self-test of rules.py: tiny activities, each breaking one rule, and a clean one.

    python3 tests/iati/test_rules.py      # exits non-zero if any check fails
"""

import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

from lxml import etree

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # no __pycache__ in tests/iati
import rules  # noqa: E402

RULESET = json.loads((HERE / "standard.json").read_text(encoding="utf-8"))
TODAY = dt.date(2025, 12, 1)  # = SOURCE_DATE_EPOCH 1764547200

# A clean activity: passes every rule of standard.json. Each test replaces one part of it.
PARTS = {
    "root": 'last-updated-datetime="2025-01-01T00:00:00Z" xml:lang="en" default-currency="EUR"',
    "identifier": "XM-TEST-1-A1",
    "reporting": '<reporting-org ref="XM-TEST-1" type="10"><narrative>Test org</narrative></reporting-org>',
    "other": "",
    "participating": '<participating-org role="1" ref="XM-TEST-1" type="10"/>',
    "dates": '<activity-date type="1" iso-date="2024-01-01"/>'
             '<activity-date type="2" iso-date="2024-01-15"/>'
             '<activity-date type="3" iso-date="2026-12-31"/>',
    "geo": '<recipient-country code="VN" percentage="100"/>',
    "sector": '<sector vocabulary="1" code="11110" percentage="100"/>',
    "extra": "",
    "budget": '<budget type="1" status="1"><period-start iso-date="2024-01-01"/>'
              '<period-end iso-date="2024-12-31"/><value value-date="2024-01-01">1000</value></budget>',
    "transaction": '<transaction><transaction-type code="3"/><transaction-date iso-date="2024-02-01"/>'
                   '<value value-date="2024-02-01">100</value></transaction>',
}


def activity(**changes) -> str:
    p = {**PARTS, **changes}
    return (
        f'<iati-activity {p["root"]}>'
        f'<iati-identifier>{p["identifier"]}</iati-identifier>{p["reporting"]}'
        "<title><narrative>A title</narrative></title>"
        '<description type="1"><narrative>A description</narrative></description>'
        f'{p["other"]}{p["participating"]}<activity-status code="2"/>{p["dates"]}'
        f'{p["geo"]}{p["sector"]}{p["extra"]}{p["budget"]}{p["transaction"]}'
        "</iati-activity>"
    )


def document(*activities: str) -> str:
    return '<iati-activities version="2.03">' + "".join(activities) + "</iati-activities>"


def failures(xml: str, today: dt.date = TODAY):
    return rules.check(etree.fromstring(xml.encode()).getroottree(), RULESET, today)


def budget(start: str, end: str) -> str:
    return (f'<budget type="1" status="1"><period-start iso-date="{start}"/>'
            f'<period-end iso-date="{end}"/><value value-date="{start}">1</value></budget>')


class OneRuleEach(unittest.TestCase):
    def assertFails(self, xml: str, *ids: str):
        found = failures(xml)
        self.assertEqual(sorted(f.id for f in found), sorted(ids), "\n".join(map(str, found)))
        return found

    def test_clean_activity_has_no_failure(self):
        self.assertFails(document(activity()))

    # time_limit
    def test_7_5_3_budget_longer_than_a_year(self):
        (f,) = self.assertFails(document(activity(budget=budget("2024-01-01", "2025-06-30"))), "7.5.3")
        self.assertEqual((f.severity, f.identifier, f.element, f.rule), ("error", "XM-TEST-1-A1", "budget", "time_limit"))
        self.assertIn("2024-01-01", f.detail)
        self.assertIn("2025-06-30", f.detail)

    def test_7_5_3_boundaries(self):
        for start, end in [("2024-01-01", "2024-12-31"), ("2023-01-01", "2024-01-01"), ("2023-03-01", "2024-02-29")]:
            with self.subTest(start=start, end=end):  # 365 days
                self.assertFails(document(activity(budget=budget(start, end))))
        for start, end in [("2024-01-01", "2025-01-01"), ("2023-01-01", "2024-01-02")]:
            with self.subTest(start=start, end=end):  # 366 days
                self.assertFails(document(activity(budget=budget(start, end))), "7.5.3")
        # one failure per budget, and none for a budget without an end
        two = budget("2024-01-01", "2026-01-01") + budget("2026-01-02", "2026-12-31") + budget("2027-01-01", "2029-01-01")
        self.assertFails(document(activity(budget=two)), "7.5.3", "7.5.3")
        no_end = '<budget type="1"><period-start iso-date="2024-01-01"/><value value-date="2024-01-01">1</value></budget>'
        self.assertFails(document(activity(budget=no_end)))

    # date_order
    def test_11_1_2_planned_start_after_planned_end(self):
        dates = '<activity-date type="1" iso-date="2024-01-01"/><activity-date type="3" iso-date="2023-12-31"/>'
        (f,) = self.assertFails(document(activity(dates=dates)), "11.1.2")
        self.assertIn("2023-12-31", f.detail)

    def test_equal_dates_pass_date_order(self):
        dates = '<activity-date type="1" iso-date="2024-01-01"/><activity-date type="3" iso-date="2024-01-01"/>'
        self.assertFails(document(activity(dates=dates)))

    def test_11_2_1_a_later_transaction_in_the_future(self):
        # NOW is TODAY; every transaction date is checked, not only the first.
        later = ('<transaction><transaction-type code="3"/><transaction-date iso-date="2025-12-02"/>'
                 '<value value-date="2025-11-30">1</value></transaction>')
        self.assertFails(document(activity(transaction=PARTS["transaction"] + later)), "11.2.1")
        today = later.replace("2025-12-02", "2025-12-01")
        self.assertFails(document(activity(transaction=PARTS["transaction"] + today)))

    # strict_sum
    def test_3_1_2_country_percentages_do_not_add_up(self):
        geo = '<recipient-country code="VN" percentage="60"/><recipient-country code="LA" percentage="30"/>'
        (f,) = self.assertFails(document(activity(geo=geo)), "3.1.2")
        self.assertIn("= 90", f.detail)
        exact = ('<recipient-country code="VN" percentage="33.33"/><recipient-country code="LA" percentage="33.33"/>'
                 '<recipient-country code="KH" percentage="33.34"/>')
        self.assertFails(document(activity(geo=exact)))

    # if_then
    def test_6_6_2_sector_at_activity_and_transaction_level(self):
        transaction = PARTS["transaction"].replace("</transaction>", '<sector vocabulary="1" code="11110"/></transaction>')
        (f,) = self.assertFails(document(activity(transaction=transaction)), "6.6.2")
        self.assertEqual(f.rule, "if_then")

    # loop (foreach / do / subs)
    def test_loop_2_1_1_sectors_of_another_vocabulary_without_percentages(self):
        sectors = PARTS["sector"] + '<sector vocabulary="2" code="111"/><sector vocabulary="2" code="112"/>'
        (f,) = self.assertFails(document(activity(sector=sectors)), "2.1.1")
        self.assertEqual(f.rule, "loop/if_then")
        self.assertIn("$1='2'", f.detail)

    def test_loop_3_4_4_single_region_percentage(self):
        self.assertFails(document(activity(geo='<recipient-region code="789" vocabulary="1" percentage="50"/>')), "3.4.4")

    # no_spaces
    def test_1_8_1_participating_org_ref_with_a_newline(self):
        participating = '<participating-org role="1" ref="XM-TEST-1&#10;" type="10"/>'
        (f,) = self.assertFails(document(activity(participating=participating)), "1.8.1")
        self.assertEqual(f.severity, "warning")

    # startswith (list-valued prefix, separator "-")
    def test_1_1_21_identifier_not_prefixed_by_the_reporting_org(self):
        self.assertFails(document(activity(identifier="XM-OTHER-A1")), "1.1.21")
        self.assertFails(document(activity(identifier="XM-TEST-1A1")), "1.1.21")  # no separator

    def test_1_1_21_previous_identifier_is_an_accepted_prefix(self):
        other = '<other-identifier ref="XM-OLD-9" type="B1"/>'
        self.assertFails(document(activity(identifier="XM-OLD-9-A1", other=other)))

    # other rule types
    def test_unique_1_1_3_identifier_equals_the_reporting_org(self):
        self.assertFails(document(activity(identifier="XM-TEST-1")), "1.1.3", "1.1.21")

    def test_one_or_all_4_1_1_language(self):
        self.assertFails(document(activity(root='last-updated-datetime="2025-01-01T00:00:00Z" default-currency="EUR"')), "4.1.1")

    def test_date_now_11_1_1_last_updated_in_the_future(self):
        root = 'last-updated-datetime="2025-12-02T00:00:00Z" xml:lang="en" default-currency="EUR"'
        self.assertFails(document(activity(root=root)), "11.1.1")
        later_today = 'last-updated-datetime="2025-12-01T23:00:00Z" xml:lang="en" default-currency="EUR"'
        self.assertFails(document(activity(root=later_today)))

    def test_atleast_one_6_11_1_no_start_date(self):
        self.assertFails(document(activity(dates='<activity-date type="3" iso-date="2026-12-31"/>')), "6.11.1")

    def test_range_12_1_1_and_3_1_4(self):
        self.assertFails(document(activity(geo='<recipient-country code="VN" percentage="120"/>')), "12.1.1", "3.1.4")

    def test_condition_6_14_1_policy_marker_without_significance(self):
        self.assertFails(document(activity(extra='<policy-marker vocabulary="1" code="1"/>')), "6.14.1")
        self.assertFails(document(activity(extra='<policy-marker vocabulary="1" code="1" significance="1"/>')))

    def test_no_more_than_one_107_1_2(self):
        aid = '<default-aid-type code="A01"/><default-aid-type code="A02"/>'
        self.assertFails(document(activity(extra=aid)), "107.1.2")

    def test_id_condition_cases_are_not_applied(self):
        # 1.8.13 (no / & | ? in participating-org/@ref) carries an idCondition.
        self.assertFails(document(activity(participating='<participating-org role="1" ref="XM/TEST" type="10"/>')))

    def test_between_dates_11_3_1_in_an_organisation_file(self):
        org = (
            '<iati-organisations version="2.03"><iati-organisation last-updated-datetime="2025-01-01T00:00:00Z"'
            ' xml:lang="en" default-currency="EUR"><organisation-identifier>XM-TEST-1</organisation-identifier>'
            '<reporting-org ref="XM-TEST-1" type="10"><narrative>Test org</narrative></reporting-org>'
            '<recipient-country-budget><recipient-country code="VN"/><period-start iso-date="2024-01-01"/>'
            '<period-end iso-date="2024-12-31"/><value value-date="2024-01-01">1</value>'
            '<budget-line ref="1"><value value-date="{date}">1</value><narrative>Line</narrative></budget-line>'
            "</recipient-country-budget></iati-organisation></iati-organisations>"
        )
        (f,) = self.assertFails(org.format(date="2025-03-01"), "11.3.1")
        self.assertEqual(f.identifier, "XM-TEST-1")
        self.assertFails(org.format(date="2024-12-31"))

    def test_every_rule_type_of_the_ruleset_is_implemented(self):
        self.assertEqual(rules.rule_types(RULESET) - set(rules.RULES) - {"loop"}, set())
        with self.assertRaises(rules.RulesetError):
            rules.check(etree.fromstring(document(activity()).encode()), {"//title": {"no_such_rule": {"cases": []}}})


class CommandLine(unittest.TestCase):
    def run_rules(self, xml: str, *args: str, epoch: str = "1764547200"):
        with tempfile.NamedTemporaryFile("w", suffix=".xml", delete=False, encoding="utf-8") as f:
            f.write(xml)
        try:
            env = {**os.environ, "SOURCE_DATE_EPOCH": epoch}
            return subprocess.run([sys.executable, str(HERE / "rules.py"), f.name, *args],
                                  capture_output=True, text=True, env=env)
        finally:
            os.unlink(f.name)

    def test_exit_status(self):
        clean = self.run_rules(document(activity()))
        self.assertEqual(clean.returncode, 0, clean.stdout + clean.stderr)
        warning_only = self.run_rules(document(activity(identifier="XM-OTHER-A1")))
        self.assertEqual(warning_only.returncode, 0, warning_only.stdout)
        self.assertIn("warning 1.1.21 XM-OTHER-A1", warning_only.stdout)
        error = self.run_rules(document(activity(budget=budget("2024-01-01", "2025-12-31"))))
        self.assertEqual(error.returncode, 1, error.stdout)
        self.assertIn("error 7.5.3 XM-TEST-1-A1 (budget, line 1)", error.stdout)
        self.assertEqual(self.run_rules("<not-iati/>").returncode, 2)

    def test_json_and_source_date_epoch(self):
        future = 'last-updated-datetime="2025-12-02T00:00:00Z" xml:lang="en" default-currency="EUR"'
        run = self.run_rules(document(activity(root=future)), "--json")
        self.assertEqual(run.returncode, 1, run.stdout + run.stderr)
        out = json.loads(run.stdout)
        self.assertEqual(out["today"], "2025-12-01")
        self.assertEqual([(f["id"], f["identifier"]) for f in out["failures"]], [("11.1.1", "XM-TEST-1-A1")])
        self.assertIn("1.14.8", out["not_applied"])
        # a day later, it is no longer in the future
        self.assertEqual(self.run_rules(document(activity(root=future)), epoch="1764633600").returncode, 0)


if __name__ == "__main__":
    unittest.main(verbosity=1)
