#!/usr/bin/env python3
"""Cross-check iCalendar feeds with independent implementations.

For each .ics file given (or found under a directory given):
  * parse it with `icalendar` (Calendar.from_ical; parse errors and property errors fail),
    with `ical` (IcsCalendarStream.calendar_from_ics) and with `vobject`
    (readOne(..., validate=True));
  * expand every recurring VEVENT (RRULE or RDATE) with `recurring-ical-events` over a
    window and compare, per UID, the set of (start, time zone) with what the project's
    CLI computes with libical:
        JUMELAGE_BIN occurrences FILE --from FROM --to TO --format json
    which prints [{"uid", "start", "timezone", "allDay"}, ...], one object per occurrence
    ("start" is YYYY-MM-DD or the local YYYY-MM-DDTHH:MM:SS; a UTC start may also be
    written with a trailing Z and no time zone; a missing "timezone" means null).
    Both sides expand the master events only (RRULE + RDATE - EXDATE, as libical's
    icalcomponent_foreach_recurrence does); each override's RECURRENCE-ID must then be one
    of its master's instances. Only starts whose date is in [--from, --to) are compared.

Prints one summary per file, then a last line `N passed, M failed` (N, M count files).
Exits 1 when a file fails (or when no file was found), 0 otherwise.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

UTC_ALIASES = {"UTC", "Etc/UTC", "Etc/GMT", "GMT", "Z", "Etc/Zulu", "Zulu", "Universal", "Etc/Universal"}
MAX_LISTED = 10


def find_feeds(paths: list[str]) -> tuple[list[Path], list[str]]:
    files: list[Path] = []
    problems: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() == ".ics"))
        elif path.is_file():
            files.append(path)
        else:
            problems.append(f"{raw}: no such file or directory")
    return files, problems


def parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}")


def zone_name(value, prop) -> str | None:
    """The IANA name of a start's zone, None for a date or a floating time; UTC as 'UTC'."""
    if not isinstance(value, dt.datetime) or value.tzinfo is None:
        return None
    name = None
    params = getattr(prop, "params", None)
    if params is not None:
        name = params.get("TZID")
    if not name:
        name = getattr(value.tzinfo, "key", None) or getattr(value.tzinfo, "zone", None) or value.tzname()
    return normalise_zone(str(name))


def normalise_zone(name: str | None) -> str | None:
    if name is None:
        return None
    return "UTC" if name in UTC_ALIASES else name


def format_start(value) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%dT%H:%M:%S")
    return value.isoformat()


def describe(instant: tuple[str, str | None]) -> str:
    start, zone = instant
    return f"{start} {zone}" if zone else f"{start} (all-day)" if len(start) == 10 else f"{start} (floating)"


class FileReport:
    def __init__(self, path: Path):
        self.path = path
        self.failures: list[str] = []
        self.notes: list[str] = []

    def fail(self, message: str) -> None:
        self.failures.append(message)

    @property
    def ok(self) -> bool:
        return not self.failures


def check_icalendar(data: bytes, report: FileReport):
    import icalendar

    try:
        calendar = icalendar.Calendar.from_ical(data)
    except Exception as error:  # the library raises ValueError and others
        report.fail(f"icalendar: parse error: {error}")
        return None
    for component in calendar.walk():
        for error in getattr(component, "errors", []) or []:
            report.fail(f"icalendar: {component.name}: {error}")
    return calendar


def check_ical(text: str, report: FileReport) -> None:
    from ical.calendar_stream import IcsCalendarStream

    try:
        IcsCalendarStream.calendar_from_ics(text)
    except Exception as error:
        report.fail(f"ical: {type(error).__name__}: {one_line(error)}")


def check_vobject(text: str, report: FileReport) -> None:
    import vobject

    try:
        vobject.readOne(text, validate=True)
    except Exception as error:
        report.fail(f"vobject: {type(error).__name__}: {one_line(error)}")


def one_line(error: Exception) -> str:
    text = " ".join(str(error).split())
    return text if len(text) <= 400 else text[:400] + "…"


def recurring_uids(calendar) -> list[str]:
    uids: list[str] = []
    for event in calendar.walk("VEVENT"):
        if "RECURRENCE-ID" in event:
            continue
        if "RRULE" in event or "RDATE" in event:
            uid = str(event.get("UID", ""))
            if uid not in uids:
                uids.append(uid)
    return uids


def reference_occurrences(calendar, uids: list[str], start: dt.date, end: dt.date, report: FileReport):
    import recurring_ical_events

    wanted = set(uids)
    result: dict[str, set[tuple[str, str | None]]] = {uid: set() for uid in uids}
    try:
        for occurrence in recurring_ical_events.of(masters_only(calendar)).between(start, end):
            uid = str(occurrence.get("UID", ""))
            if uid not in wanted:
                continue
            prop = occurrence.get("DTSTART")
            instant = (format_start(prop.dt), zone_name(prop.dt, prop))
            if in_window(instant, start, end):
                result[uid].add(instant)
    except Exception as error:
        report.fail(f"recurring-ical-events: {type(error).__name__}: {one_line(error)}")
        return None
    return result


def masters_only(calendar):
    """A shallow copy of the calendar without the VEVENTs that override one instance."""
    import icalendar

    copy = icalendar.Calendar()
    copy.update(calendar)
    copy.subcomponents = [c for c in calendar.subcomponents if not (c.name == "VEVENT" and "RECURRENCE-ID" in c)]
    return copy


def in_window(instant: tuple[str, str | None], start: dt.date, end: dt.date) -> bool:
    return start.isoformat() <= instant[0][:10] < end.isoformat()


def check_overrides(calendar, reference, start: dt.date, end: dt.date, report: FileReport) -> None:
    """Each RECURRENCE-ID of a recurring master must be one of the master's instances."""
    for event in calendar.walk("VEVENT"):
        if "RECURRENCE-ID" not in event:
            continue
        uid = str(event.get("UID", ""))
        if uid not in reference:
            continue
        prop = event["RECURRENCE-ID"]
        instant = (format_start(prop.dt), zone_name(prop.dt, prop))
        if in_window(instant, start, end) and instant not in reference[uid]:
            report.fail(f"recurrence {uid}: RECURRENCE-ID {describe(instant)} is not an instance of its master")


def check_first_instance(calendar, report: FileReport) -> None:
    """DTSTART must be the first instance its RRULE generates (engines disagree otherwise)."""
    from dateutil.rrule import rrulestr

    for event in calendar.walk("VEVENT"):
        if "RECURRENCE-ID" in event or "RRULE" not in event or "DTSTART" not in event:
            continue
        uid = str(event.get("UID", ""))
        start = event["DTSTART"].dt
        base = start if isinstance(start, dt.datetime) else dt.datetime.combine(start, dt.time())
        rules = event["RRULE"] if isinstance(event["RRULE"], list) else [event["RRULE"]]
        for rule in rules:
            text = rule.to_ical().decode()
            try:
                first = next(iter(rrulestr(text, dtstart=base)), None)
            except Exception as error:
                report.notes.append(f"{uid}: first instance not checked ({type(error).__name__}: {one_line(error)})")
                continue
            if first is None:
                report.fail(f"recurrence {uid}: RRULE:{text} generates no instance")
            elif first != base:
                report.fail(f"recurrence {uid}: DTSTART {format_start(start)} is not the first instance of "
                            f"RRULE:{text} (dateutil starts at {format_start(first)})")


def cli_occurrences(binary: str, path: Path, start: dt.date, end: dt.date, report: FileReport):
    command = [binary, "occurrences", str(path), "--from", start.isoformat(), "--to", end.isoformat(), "--format", "json"]
    if not (os.path.isfile(binary) and os.access(binary, os.X_OK)):
        report.fail(f"jumelage: no executable at {binary} (build it, or pass --jumelage PATH / set JUMELAGE_BIN)")
        return None
    try:
        run = subprocess.run(command, capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as error:
        report.fail(f"jumelage occurrences: {error}")
        return None
    if run.returncode != 0:
        detail = " ".join(run.stderr.split())[:400]
        report.fail(f"jumelage occurrences exited {run.returncode}: {detail}")
        return None
    try:
        items = json.loads(run.stdout)
    except json.JSONDecodeError as error:
        report.fail(f"jumelage occurrences: output is not JSON: {error}")
        return None
    if not isinstance(items, list):
        report.fail("jumelage occurrences: output is not a JSON array")
        return None
    result: dict[str, set[tuple[str, str | None]]] = {}
    bad = 0
    for index, item in enumerate(items):
        problem = occurrence_problem(item)
        if problem:
            bad += 1
            if bad <= MAX_LISTED:
                report.fail(f"jumelage occurrences: item {index}: {problem}: {json.dumps(item, ensure_ascii=False)}")
            continue
        instant = cli_instant(item)
        if in_window(instant, start, end):
            result.setdefault(item["uid"], set()).add(instant)
    if bad > MAX_LISTED:
        report.fail(f"jumelage occurrences: {bad - MAX_LISTED} more malformed items")
    return result


def cli_instant(item) -> tuple[str, str | None]:
    """(start, zone) from a CLI item; a trailing Z means UTC."""
    start, zone = item["start"], normalise_zone(item.get("timezone"))
    if start.endswith("Z"):
        return start[:-1], "UTC"
    return start, zone


def occurrence_problem(item) -> str | None:
    if not isinstance(item, dict):
        return "not an object"
    for key, kind in (("uid", str), ("start", str), ("allDay", bool)):
        if not isinstance(item.get(key), kind):
            return f"'{key}' missing or not a {kind.__name__}"
    zone = item.get("timezone")
    if not (zone is None or isinstance(zone, str)):
        return "'timezone' is neither a string nor null"
    start = item["start"]
    try:
        if item["allDay"]:
            if len(start) != 10:
                return "all-day start is not YYYY-MM-DD"
            dt.date.fromisoformat(start)
        else:
            local = start[:-1] if start.endswith("Z") else start
            if len(local) != 19 or local[10] != "T":
                return "start is not YYYY-MM-DDTHH:MM:SS"
            dt.datetime.fromisoformat(local)
    except ValueError:
        return "start is not a valid date or date-time"
    if item["allDay"] and zone is not None:
        return "all-day occurrence with a time zone"
    if start.endswith("Z") and normalise_zone(zone) not in (None, "UTC"):
        return "UTC start (Z) with another time zone"
    return None


def compare(reference, computed, uids: list[str], report: FileReport) -> int:
    """Reports differences; returns the number of matching occurrences."""
    matched = 0
    for uid in uids:
        expected = reference.get(uid, set())
        actual = computed.get(uid)
        if actual is None:
            if expected:
                report.fail(f"recurrence {uid}: the CLI lists no occurrence, recurring-ical-events {len(expected)}")
            continue
        missing = sorted(expected - actual)
        extra = sorted(actual - expected)
        matched += len(expected & actual)
        if not missing and not extra:
            continue
        lines = [f"recurrence {uid}: {len(expected)} occurrences from recurring-ical-events, {len(actual)} from the CLI (libical)"]
        if missing:
            lines.append(f"    only in recurring-ical-events ({len(missing)}): " + ", ".join(describe(i) for i in missing[:MAX_LISTED])
                         + (" …" if len(missing) > MAX_LISTED else ""))
        if extra:
            lines.append(f"    only in the CLI ({len(extra)}): " + ", ".join(describe(i) for i in extra[:MAX_LISTED])
                         + (" …" if len(extra) > MAX_LISTED else ""))
        report.fail("\n".join(lines))
    return matched


def validate(path: Path, options) -> FileReport:
    report = FileReport(path)
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        report.fail(f"not UTF-8: {error}")
        return report
    calendar = check_icalendar(data, report)
    check_ical(text, report)
    check_vobject(text, report)
    if calendar is None:
        return report
    uids = recurring_uids(calendar)
    events = len(calendar.walk("VEVENT"))
    report.notes.append(f"{events} VEVENT{'s' if events != 1 else ''}")
    if not uids or options.no_occurrences:
        if uids:
            report.notes.append(f"{len(uids)} recurring, not compared")
        return report
    reference = reference_occurrences(calendar, uids, options.start, options.end, report)
    computed = cli_occurrences(options.jumelage, path, options.start, options.end, report)
    if reference is None or computed is None:
        return report
    check_first_instance(calendar, report)
    check_overrides(calendar, reference, options.start, options.end, report)
    matched = compare(reference, computed, uids, report)
    report.notes.append(f"{len(uids)} recurring, {matched} occurrences match libical")
    return report


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", metavar="FILE_OR_DIR")
    parser.add_argument("--jumelage", default=os.environ.get("JUMELAGE_BIN", ".build/debug/jumelage"),
                        help="the jumelage executable (default: $JUMELAGE_BIN or .build/debug/jumelage)")
    parser.add_argument("--from", dest="start", type=parse_date, default=dt.date(1990, 1, 1),
                        help="start of the expansion window (default 1990-01-01)")
    parser.add_argument("--to", dest="end", type=parse_date, default=dt.date(2035, 1, 1),
                        help="end of the expansion window (default 2035-01-01)")
    parser.add_argument("--no-occurrences", action="store_true",
                        help="parse only; do not compare recurrences with the CLI")
    options = parser.parse_args(argv)

    files, problems = find_feeds(options.paths)
    for problem in problems:
        print(f"FAIL {problem}")
    if not files:
        print("no .ics file found in " + ", ".join(options.paths))
    passed = failed = 0
    for path in files:
        report = validate(path, options)
        notes = f" ({'; '.join(report.notes)})" if report.notes else ""
        if report.ok:
            passed += 1
            print(f"PASS {path}{notes}")
        else:
            failed += 1
            print(f"FAIL {path}{notes}")
            for failure in report.failures:
                print("  - " + failure)
    failed += len(problems)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not files else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
