#!/usr/bin/env python3
"""Compare the project's public holidays with the Python package `holidays`, 2024-2030.

Runs `$JUMELAGE_BIN holidays --region X --year Y --format json --category public` (default
binary .build/debug/jumelage) for every region below and compares the dates with
`holidays.country_holidays(...)`. A difference passes only if a row of INTENDED explains it;
a row of INTENDED that explains nothing fails too, so the table stays true. One check per
region and year; prints `N passed, M failed` and exits 1 on failure.

Usage: python3 tools/compare_holidays.py [--calendars DIR]
"""

import argparse
import datetime
import json
import os
import subprocess
import sys

import holidays

YEARS = range(2024, 2031)

# Our region, then what to ask `holidays`: country, subdivision, categories.
REGIONS = [
    ("BE", "BE", None, ("public",)),
    ("FR", "FR", None, ("public",)),
    ("FR-57", "FR", "57", ("public",)),
    ("FR-6AE", "FR", "6AE", ("public",)),
    # Our CA is the federal list (Canada Labour Code). `holidays` puts the nationwide days under
    # "public" and the rest of the federal list under "government".
    ("CA", "CA", None, ("public", "government")),
    ("CA-QC", "CA", "QC", ("public",)),
]

# Intended differences. side "holidays": a date only `holidays` has, matched on its name
# (observed days named "X (observed)"); side "ours": a date only we have, matched on our id.
# `weekday` (optional, Monday=0) restricts a row to dates that fall on that weekday.
# The README copies this table; keep one row per reason.
INTENDED = [
    {"regions": ["BE"], "side": "holidays", "match": "Easter Sunday",
     "reason": "Not a public holiday in the arrêté royal du 18 avril 1974 (ten days); a Sunday anyway."},
    {"regions": ["BE"], "side": "holidays", "match": "Pentecost",
     "reason": "Whit Sunday: not in the arrêté royal du 18 avril 1974; a Sunday anyway."},
    {"regions": ["CA-QC", "CA"], "side": "holidays", "match": "New Year's Day (observed)",
     "reason": "`holidays` adds the Monday after 1 Jan on a weekend; neither Québec's LNT art. 60 "
               "nor the Canada Labour Code names such a day."},
    {"regions": ["CA-QC", "CA"], "side": "holidays", "match": "Christmas Day (observed)",
     "reason": "Same for 25 Dec on a weekend: no observed Monday in law."},
    {"regions": ["CA"], "side": "holidays", "match": "Boxing Day (observed)",
     "reason": "Same for 26 Dec on a weekend (federal public service agreements, not the Canada Labour Code)."},
    {"regions": ["CA"], "side": "holidays", "match": "Remembrance Day (observed)",
     "reason": "Same for 11 Nov on a weekend (federal public service agreements, not the Canada Labour Code)."},
    {"regions": ["CA"], "side": "holidays", "match": "National Day for Truth and Reconciliation (observed)",
     "reason": "Same for 30 Sep on a weekend (federal public service agreements, not the Canada Labour Code)."},
    {"regions": ["CA"], "side": "holidays", "match": "Canada Day (observed)", "weekday": 0,
     "reason": "1 Jul on a Saturday: `holidays` adds Monday 3 Jul; the Holidays Act moves "
               "Canada Day only when 1 Jul is a Sunday."},
    {"regions": ["CA-QC", "CA"], "side": "holidays", "match": "Canada Day", "weekday": 6,
     "reason": "1 Jul on a Sunday: the holiday is 2 Jul (LNT art. 60, Holidays Act s. 2); "
               "`holidays` keeps the Sunday as well as the observed Monday, we list only the Monday."},
    {"regions": ["CA-QC"], "side": "holidays", "match": "Saint John the Baptist Day", "weekday": 6,
     "reason": "24 Jun on a Sunday: the holiday is 25 Jun (Loi sur la fête nationale); "
               "`holidays` keeps the Sunday as well, we list only the Monday."},
    {"regions": ["CA-QC"], "side": "ours", "match": "easter-monday",
     "reason": "LNT art. 60: Good Friday or Easter Monday, at the employer's choice. We list both, "
               "flagged employerChoice; `holidays` has only Good Friday (Easter Monday under \"optional\")."},
]


def our_holidays(binary, calendars, region, year):
    command = [binary, "holidays", "--region", region, "--year", str(year),
               "--format", "json", "--category", "public"]
    if calendars:
        command += ["--calendars", calendars]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {result.returncode}: {result.stderr.strip()}")
    days = {}
    for row in json.loads(result.stdout):
        day = datetime.date.fromisoformat(row["date"])
        end = datetime.date.fromisoformat(row["end"])
        while day <= end:
            days.setdefault(day, []).append(row["id"])
            day += datetime.timedelta(days=1)
    return days


def reference_holidays(country, subdiv, categories, year):
    table = holidays.country_holidays(country, subdiv=subdiv, years=year, categories=categories)
    return {day: name.split("; ") for day, name in table.items() if day.year == year}


def explain(region, side, day, names):
    """The rows of INTENDED that explain every name on `day`, or None."""
    rows = []
    for name in names:
        row = next((r for r in INTENDED
                    if region in r["regions"] and r["side"] == side and r["match"] == name
                    and r.get("weekday", day.weekday()) == day.weekday()), None)
        if row is None:
            return None
        rows.append(row)
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calendars", help="folder holding holidays/ (passed to the binary)")
    parser.add_argument("--verbose", action="store_true", help="also print the intended differences found")
    args = parser.parse_args()
    binary = os.environ.get("JUMELAGE_BIN", ".build/debug/jumelage")
    if not os.path.exists(binary):
        print(f"error: {binary} not found; build it or set JUMELAGE_BIN", file=sys.stderr)
        return 1

    passed = failed = 0
    used = set()
    for region, country, subdiv, categories in REGIONS:
        for year in YEARS:
            try:
                ours = our_holidays(binary, args.calendars, region, year)
            except (RuntimeError, ValueError) as error:
                print(f"error: {error}", file=sys.stderr)
                return 1
            theirs = reference_holidays(country, subdiv, categories, year)
            problems = []
            for side, mine, other in (("ours", ours, theirs), ("holidays", theirs, ours)):
                for day in sorted(set(mine) - set(other)):
                    rows = explain(region, side, day, mine[day])
                    if rows is None:
                        problems.append(f"{day} {day.strftime('%a')} only in {side}: {', '.join(mine[day])}")
                    else:
                        used.update(id(row) for row in rows)
                        if args.verbose:
                            print(f"ok   {region} {day} {day.strftime('%a')} only in {side}: {', '.join(mine[day])}")
            if problems:
                failed += 1
                print(f"FAIL {region} {year}")
                for problem in problems:
                    print(f"  {problem}")
            else:
                passed += 1
    for row in INTENDED:
        if id(row) not in used:
            failed += 1
            print(f"FAIL unused intended difference {row['regions']} {row['side']} {row['match']!r}: "
                  "it no longer occurs in 2024-2030; remove it from the table")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
