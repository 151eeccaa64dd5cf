#!/usr/bin/env python3
"""The comparison side of bench/feeds.sh: what a user would write with the Python package
`icalendar` (7.x) to publish the same events. Reads the neutral JSON of gen_events.py, builds the
calendar with the same properties (VTIMEZONEs through `add_missing_timezones`, for the years the
events use), and writes it.

    write_icalendar.py EVENTS.json OUT.ics [--phases]

With --phases, prints the time of each step (read+decode, build, serialize, write) to stderr, in
the format of FeedBench's --phases.
"""
import datetime as dt
import json
import sys
import time
from zoneinfo import ZoneInfo

import icalendar

ZONES: dict[str, ZoneInfo] = {}


def time_value(value: dict):
    if "date" in value:
        return dt.date.fromisoformat(value["date"])
    zone = ZONES.get(value["zone"]) or ZONES.setdefault(value["zone"], ZoneInfo(value["zone"]))
    return dt.datetime.fromisoformat(value["dateTime"]).replace(tzinfo=zone)


def main() -> None:
    arguments = [argument for argument in sys.argv[1:] if argument != "--phases"]
    source, target = arguments
    marks = [("start", time.perf_counter())]
    with open(source, encoding="utf-8") as handle:
        data = json.load(handle)
    marks.append(("read+decode", time.perf_counter()))
    calendar = icalendar.Calendar()
    calendar.add("version", "2.0")
    calendar.add("prodid", "-//Jumelage//bench//FR")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("name", data["name"])
    calendar.add("x-wr-calname", data["name"])
    stamp = dt.datetime.fromisoformat(data["events"][0]["stamp"].replace("Z", "+00:00"))
    first_year, last_year = 9999, 0
    for item in data["events"]:
        event = icalendar.Event()
        event.add("uid", item["uid"])
        event.add("sequence", item["sequence"])
        event.add("dtstamp", stamp)
        start = time_value(item["start"])
        event.add("dtstart", start)
        event.add("dtend", time_value(item["end"]))
        first_year, last_year = min(first_year, start.year), max(last_year, start.year)
        if "rrule" in item:
            event.add("rrule", icalendar.vRecur.from_ical(item["rrule"]))
            for exdate in item["exdates"]:
                event.add("exdate", time_value(exdate))
        event.add("summary", item["summary"])
        event.add("description", item["description"])
        event.add("location", item["location"])
        event.add("categories", item["categories"])
        event.add("status", item["status"])
        if item.get("transparent"):
            event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    calendar.add_missing_timezones(first_date=dt.date(first_year - 1, 12, 31), last_date=dt.date(last_year + 2, 1, 2))
    marks.append(("build", time.perf_counter()))
    text = calendar.to_ical()
    marks.append(("serialize", time.perf_counter()))
    with open(target, "wb") as out:
        out.write(text)
    marks.append(("write", time.perf_counter()))
    if "--phases" in sys.argv[1:]:
        steps = [f"{name} {round((end - begin) * 1000)} ms" for (_, begin), (name, end) in zip(marks, marks[1:])]
        print(", ".join(steps), file=sys.stderr)


if __name__ == "__main__":
    main()
