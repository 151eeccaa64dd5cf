#!/usr/bin/env python3
"""The comparison side of bench/import.sh: what a user would run with the Python packages
`icalendar` and `recurring-ical-events` to list the occurrences of an .ics file. Prints the JSON
shape of `jumelage occurrences FILE --format json`: [{uid, start, timezone, allDay}], start as
wall-clock time in its zone (`…Z` for UTC), a date for all-day events.

    expand_rie.py FILE.ics FROM TO
"""
import datetime as dt
import json
import sys

import icalendar
import recurring_ical_events

UTC_NAMES = {"UTC", "Etc/UTC", "Z", "GMT", "Etc/GMT"}


def entry(uid: str, prop) -> dict:
    value = prop.dt
    if not isinstance(value, dt.datetime):
        return {"allDay": True, "start": value.isoformat(), "uid": uid}
    name = prop.params.get("TZID") or getattr(value.tzinfo, "key", None) or (value.tzname() if value.tzinfo else None)
    if name in UTC_NAMES:
        return {"allDay": False, "start": value.strftime("%Y-%m-%dT%H:%M:%SZ"), "uid": uid}
    result = {"allDay": False, "start": value.strftime("%Y-%m-%dT%H:%M:%S"), "uid": uid}
    if name:
        result["timezone"] = str(name)
    return result


def main() -> None:
    path, first, last = sys.argv[1], dt.date.fromisoformat(sys.argv[2]), dt.date.fromisoformat(sys.argv[3])
    with open(path, "rb") as handle:
        calendar = icalendar.Calendar.from_ical(handle.read())
    # The same window as `jumelage occurrences`: from the day before FROM to two days after TO.
    occurrences = recurring_ical_events.of(calendar).between(first - dt.timedelta(days=1), last + dt.timedelta(days=2))
    entries = [entry(str(event["UID"]), event["DTSTART"]) for event in occurrences]
    json.dump(entries, sys.stdout, ensure_ascii=False, indent=2, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
