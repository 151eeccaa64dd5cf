#!/usr/bin/env python3
"""Compare the project's public holidays with the Python package `holidays`, 2024-2030.

Runs `$JUMELAGE_BIN holidays --region X --year Y --format json --category public` (default
binary .build/debug/jumelage) for every region below and compares the dates with
`holidays.country_holidays(...)`. A difference passes only if a row of INTENDED explains it;
a row of INTENDED that explains nothing fails too, so the table stays true. One check per
region and year; prints `N passed, M failed` and exits 1 on failure.

Islamic holidays (LUNAR) are compared apart: both sides estimate them, so the day each names
(the Eid, 1 Muharram, 12 Rabi' al-awwal) may differ by one day where ours is estimated, and by
none where ours is announced; then the days around it are compared relative to it, each
difference explained by a row of LUNAR_SHAPE.

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
    ("CH", "CH", None, ("public",)),
    ("CH-VD", "CH", "VD", ("public",)),
    ("TN", "TN", None, ("public",)),
]

# Islamic holidays per region: our id, the `holidays` name of the day the rule names (the
# anchor), the other `holidays` names of the same festival, and where the anchor is in our span
# (the Eid al-Fitr entry starts on the eve: 1).
LUNAR = {
    "TN": [
        {"id": "islamic-new-year", "anchor": "Islamic New Year", "others": [], "offset": 0},
        {"id": "mawlid", "anchor": "Prophet's Birthday", "others": [], "offset": 0},
        {"id": "eid-al-fitr", "anchor": "Eid al-Fitr", "others": ["Eid al-Fitr Holiday"], "offset": 1},
        {"id": "eid-al-adha", "anchor": "Eid al-Adha", "others": ["Eid al-Adha Holiday", "Day of Arafah"], "offset": 0},
    ],
}

# How the festivals' days differ around the anchor (0): side, our id, the day relative to the
# anchor, and why. The README copies this table.
LUNAR_SHAPE = [
    {"region": "TN", "id": "eid-al-fitr", "side": "ours", "relative": -1,
     "reason": "The eve of Eid al-Fitr is a day off (announcements of the Presidency of the Government, "
               "2014 and 2021: the eve, the Eid and the day after); `holidays` starts on the Eid."},
    {"region": "TN", "id": "eid-al-fitr", "side": "holidays", "relative": 2,
     "reason": "`holidays` gives three days from the Eid; the announcements give the eve, the Eid and the day after."},
    {"region": "TN", "id": "eid-al-adha", "side": "holidays", "relative": -1,
     "reason": "Day of Arafah: not among the days off of décret 2021-223 (two days for Eid al-Adha, 2021 announcement)."},
    {"region": "TN", "id": "eid-al-adha", "side": "holidays", "relative": 2,
     "reason": "`holidays` gives three days of Eid al-Adha; the State gives two (the Eid and the day after, 2021)."},
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
    {"regions": ["TN"], "side": "holidays", "match": "Revolution and Youth Day",
     "reason": "14 January: décret présidentiel 2021-223 (7 Dec 2021) moved the Fête de la Révolution "
               "to 17 December and dropped the Fête de la Jeunesse; `holidays` keeps 14 January."},
    {"regions": ["TN"], "side": "ours", "match": "revolution-day",
     "reason": "17 December, the Fête de la Révolution since décret présidentiel 2021-223; not in `holidays`."},
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
    rows = json.loads(result.stdout)
    for row in rows:
        day = datetime.date.fromisoformat(row["date"])
        end = datetime.date.fromisoformat(row["end"])
        while day <= end:
            days.setdefault(day, []).append(row["id"])
            day += datetime.timedelta(days=1)
    return days, rows


def reference_holidays(country, subdiv, categories, year):
    table = holidays.country_holidays(country, subdiv=subdiv, years=year, categories=categories)
    return {day: [n.removesuffix(" (estimated)") for n in name.split("; ")]
            for day, name in table.items() if day.year == year}


def take(days, names):
    """Removes `names` from `days` ({day: [names]}) and returns the days that had one of them."""
    found = []
    for day in sorted(days):
        if any(n in names for n in days[day]):
            found.append(day)
            days[day] = [n for n in days[day] if n not in names]
            if not days[day]:
                del days[day]
    return found


def compare_lunar(region, year, ours, rows, theirs, used, verbose):
    """Compares and removes the Islamic holidays of `region` from both sides; returns problems."""
    problems = []
    for festival in LUNAR.get(region, []):
        mine = [r for r in rows if r["id"] == festival["id"]]
        our_days = take(ours, [festival["id"]])
        anchors = take(theirs, [festival["anchor"]])
        their_days = sorted(set(anchors + take(theirs, festival["others"])))
        if len(mine) != len(anchors):
            problems.append(f"{festival['id']}: {len(mine)} in ours, {len(anchors)} in holidays")
            continue
        for row, anchor in zip(mine, anchors):
            ours_anchor = datetime.date.fromisoformat(row["date"]) + datetime.timedelta(days=festival["offset"])
            shift = (ours_anchor - anchor).days
            allowed = 1 if row.get("estimated") else 0
            if abs(shift) > allowed:
                state = "estimated" if row.get("estimated") else "announced"
                problems.append(f"{festival['id']} ({state}) on {ours_anchor}, holidays on {anchor}: {shift:+d} days")
                continue
            if verbose and shift:
                print(f"ok   {region} {festival['id']} {ours_anchor} vs {anchor}: {shift:+d} day (lunar estimate)")
            ours_relative = {(d - ours_anchor).days for d in our_days if abs((d - ours_anchor).days) < 10}
            theirs_relative = {(d - anchor).days for d in their_days if abs((d - anchor).days) < 10}
            for side, only in (("ours", ours_relative - theirs_relative), ("holidays", theirs_relative - ours_relative)):
                for relative in sorted(only):
                    shape = next((s for s in LUNAR_SHAPE if s["region"] == region and s["id"] == festival["id"]
                                  and s["side"] == side and s["relative"] == relative), None)
                    if shape is None:
                        problems.append(f"{festival['id']}: day {relative:+d} from the Eid only in {side}")
                    else:
                        used.add(id(shape))
    return problems


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
                ours, rows = our_holidays(binary, args.calendars, region, year)
            except (RuntimeError, ValueError) as error:
                print(f"error: {error}", file=sys.stderr)
                return 1
            theirs = reference_holidays(country, subdiv, categories, year)
            problems = compare_lunar(region, year, ours, rows, theirs, used, args.verbose)
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
    for row in INTENDED + LUNAR_SHAPE:
        if id(row) not in used:
            failed += 1
            print(f"FAIL unused intended difference {row.get('regions', row.get('region'))} {row['side']} "
                  f"{row.get('match', row.get('id'))!r}: "
                  "it no longer occurs in 2024-2030; remove it from the table")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
