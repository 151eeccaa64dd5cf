#!/usr/bin/env python3
"""Compare the French school holidays by zone with the PyPI package `vacances-scolaires-france`.

Writes the feeds of FR-ZONE-A, FR-ZONE-B and FR-ZONE-C with `$JUMELAGE_BIN holidays --out`
(default binary .build/debug/jumelage), reads their school-holiday periods back with the
`icalendar` package, and compares each with the package's days of that zone (the ministry's
open data), over the years both cover.

The tolerance rule, from the ministry's convention that holidays begin *after class on the listed
day* and end *the morning classes resume*: our period runs from the day after the listed day to
the day before classes resume. The package counts the listed day itself as a holiday, so its
period may start one day before ours (or on the same day); and for the Ascension bridge it stops
on the Saturday, so it may end one day before ours when ours ends on a Sunday. Nothing else may
differ: a period only one side has fails, unless a row of INTENDED explains it (and a row that
explains nothing fails too). One check per zone and period; prints `N passed, M failed`, exits 1
on failure.

Usage: python3 tools/compare_school_holidays.py [--calendars DIR] [--verbose]
"""

import argparse
import datetime
import os
import subprocess
import sys
import tempfile

import icalendar
from vacances_scolaires_france import SchoolHolidayDates

ZONES = ["A", "B", "C"]
SCHOOL_CATEGORY = "Congé scolaire"
FIRST_DAY = datetime.date(2024, 1, 1)

# Periods only we have: (zones, first day of ours, reason). The README copies this table.
INTENDED = [
    {"zones": ZONES, "from": datetime.date(2025, 5, 30),
     "reason": "Ascension bridge 2025 (no class Friday 30 and Saturday 31 May, ministry's calendar): "
               "the package has no bridge before 2027."},
    {"zones": ZONES, "from": datetime.date(2026, 5, 15),
     "reason": "Ascension bridge 2026 (no class Friday 15 and Saturday 16 May, ministry's calendar): "
               "the package has no bridge before 2027."},
]


def our_periods(binary, calendars, last_year):
    """{zone: [(first, last, summary)]} from the feeds the binary writes."""
    with tempfile.TemporaryDirectory() as folder:
        command = [binary, "holidays", "--region", ",".join(f"FR-ZONE-{z}" for z in ZONES),
                   "--year", str(FIRST_DAY.year - 1), "--to-year", str(last_year), "--out", folder]
        if calendars:
            command += ["--calendars", calendars]
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} exited {result.returncode}: {result.stderr.strip()}")
        periods = {}
        for zone in ZONES:
            with open(os.path.join(folder, f"holidays-FR-ZONE-{zone}.ics"), "rb") as handle:
                calendar = icalendar.Calendar.from_ical(handle.read())
            rows = []
            for event in calendar.walk("VEVENT"):
                categories = event.get("CATEGORIES")
                names = [str(c) for c in (categories.cats if categories is not None else [])]
                if SCHOOL_CATEGORY not in names:
                    continue
                first = event.decoded("DTSTART")
                last = event.decoded("DTEND") - datetime.timedelta(days=1)
                rows.append((first, last, str(event.get("SUMMARY"))))
            periods[zone] = sorted(rows)
        return periods


def package_periods(dates, zone):
    """Runs of consecutive holiday days of `zone` with one name, as (first, last, name)."""
    days = sorted(day for day, row in dates.data.items() if row[dates.zone_key(zone)])
    runs = []
    for day in days:
        name = dates.data[day]["nom_vacances"]
        if runs and (day - runs[-1][1]).days == 1 and runs[-1][2] == name:
            runs[-1][1] = day
        else:
            runs.append([day, day, name])
    return [tuple(run) for run in runs]


def agrees(ours, theirs):
    """The tolerance rule: theirs may start on our first day or the day before, and end on our
    last day or, when ours ends on a Sunday, the Saturday before."""
    first, last = ours[0], ours[1]
    start_ok = theirs[0] in (first, first - datetime.timedelta(days=1))
    end_ok = theirs[1] == last or (last.weekday() == 6 and theirs[1] == last - datetime.timedelta(days=1))
    return start_ok and end_ok


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calendars", help="folder holding blackouts/ (passed to the binary)")
    parser.add_argument("--verbose", action="store_true", help="print every period compared")
    args = parser.parse_args()
    binary = os.environ.get("JUMELAGE_BIN", ".build/debug/jumelage")
    if not os.path.exists(binary):
        print(f"error: {binary} not found; build it or set JUMELAGE_BIN", file=sys.stderr)
        return 1
    dates = SchoolHolidayDates()
    last_day = datetime.date(dates.max_year, 12, 31)
    try:
        ours_by_zone = our_periods(binary, args.calendars, dates.max_year)
    except (RuntimeError, OSError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1

    passed = failed = 0
    used = set()
    for zone in ZONES:
        ours = [p for p in ours_by_zone[zone] if p[1] >= FIRST_DAY and p[0] <= last_day]
        theirs = [p for p in package_periods(dates, zone) if p[1] >= FIRST_DAY]
        if not ours:
            failed += 1
            print(f"FAIL zone {zone}: no school holiday in our feed")
            continue
        matched = set()
        for period in ours:
            overlapping = [t for t in theirs if t[0] <= period[1] + datetime.timedelta(days=1)
                           and t[1] >= period[0] - datetime.timedelta(days=1)]
            if len(overlapping) == 1 and agrees(period, overlapping[0]):
                matched.add(overlapping[0])
                passed += 1
                if args.verbose:
                    print(f"ok   zone {zone} {period[0]}–{period[1]} {period[2]} | package {overlapping[0][0]}–{overlapping[0][1]}")
                continue
            row = next((r for r in INTENDED if zone in r["zones"] and r["from"] == period[0]), None)
            if not overlapping and row is not None:
                used.add(id(row))
                passed += 1
                if args.verbose:
                    print(f"ok   zone {zone} {period[0]}–{period[1]} only ours: {row['reason']}")
                continue
            failed += 1
            found = ", ".join(f"{t[0]}–{t[1]} {t[2]}" for t in overlapping) or "nothing"
            print(f"FAIL zone {zone} {period[0]}–{period[1]} {period[2]}: package has {found}")
        for period in theirs:
            if period not in matched and period[0] <= max(p[1] for p in ours):
                failed += 1
                print(f"FAIL zone {zone} package only: {period[0]}–{period[1]} {period[2]}")
    for row in INTENDED:
        if id(row) not in used:
            failed += 1
            print(f"FAIL unused intended difference {row['zones']} {row['from']}: remove it from the table")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
