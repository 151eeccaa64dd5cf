#!/usr/bin/env python3
"""Checks the two feeds of bench/feeds.sh: each parses with the Python package `icalendar`, holds
the expected number of VEVENTs and a VTIMEZONE for every TZID it uses, and both say the same
thing event by event (UID, SEQUENCE, DTSTART, DTEND, RRULE, EXDATE, SUMMARY, DESCRIPTION,
LOCATION, CATEGORIES, STATUS, TRANSP).

    check_feeds.py JUMELAGE.ics ICALENDAR.ics --events 10000
"""
import argparse
import sys

import icalendar

FIELDS = ["SEQUENCE", "DTSTART", "DTEND", "RRULE", "EXDATE", "SUMMARY", "DESCRIPTION", "LOCATION", "CATEGORIES",
          "STATUS", "TRANSP"]


def value(event, name):
    prop = event.get(name)
    if prop is None:
        return None
    props = prop if isinstance(prop, list) else [prop]
    parts = []
    for item in props:
        if name in ("DTSTART", "DTEND"):
            parts.append((item.dt.isoformat(), item.params.get("TZID")))
        elif name == "EXDATE":
            parts.extend((d.dt.isoformat(), item.params.get("TZID")) for d in item.dts)
        elif name == "RRULE":
            parts.append(sorted((key, tuple(str(v) for v in values)) for key, values in item.items()))
        elif name == "CATEGORIES":
            parts.append(sorted(str(c) for c in item.cats))
        else:
            parts.append(str(item))
    return parts


def load(path: str, expected: int) -> dict:
    with open(path, "rb") as handle:
        calendar = icalendar.Calendar.from_ical(handle.read())
    events = list(calendar.walk("VEVENT"))
    if len(events) != expected:
        sys.exit(f"{path}: {len(events)} VEVENTs, {expected} expected")
    defined = {str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")}
    used = {str(event[name].params["TZID"]) for event in events for name in ("DTSTART", "DTEND") if "TZID" in event[name].params}
    if used - defined:
        sys.exit(f"{path}: no VTIMEZONE for {sorted(used - defined)}")
    print(f"{path}: parses, {len(events)} VEVENTs, VTIMEZONE for {', '.join(sorted(used))}")
    return {str(event["UID"]): event for event in events}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("ours")
    parser.add_argument("theirs")
    parser.add_argument("--events", type=int, default=10_000)
    options = parser.parse_args()
    ours, theirs = load(options.ours, options.events), load(options.theirs, options.events)
    if ours.keys() != theirs.keys():
        sys.exit("the two feeds hold different UIDs")
    differences = [(uid, name) for uid in ours for name in FIELDS if value(ours[uid], name) != value(theirs[uid], name)]
    if differences:
        for uid, name in differences[:10]:
            print(f"{uid} {name}: {value(ours[uid], name)} ≠ {value(theirs[uid], name)}")
        sys.exit(f"{len(differences)} differences between the feeds")
    print(f"the two feeds say the same: {len(ours)} events, {len(FIELDS)} properties each")


if __name__ == "__main__":
    main()
