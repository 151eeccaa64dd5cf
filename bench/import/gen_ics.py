#!/usr/bin/env python3
"""Writes the import benchmark's calendar (fixed seed): 5,000 VEVENTs over 2024-2026, 500 of them
recurring series, as an exported calendar would hold them.

    gen_ics.py [--events 5000] [--series 500] [--seed 8] OUT.ics

Series: weekly (some every second week, some on two weekdays), monthly (by month day or by the
n-th weekday), yearly, and daily runs; zoned (America/Toronto, Europe/Brussels) or all-day;
bounded by COUNT or by UNTIL; about half with one to three EXDATEs. Single events: zoned,
all-day (one to five days) and UTC. Every instance falls between 2024-01-02 and 2026-12-29, so
that a query of 2024-01-01 – 2026-12-31 holds all of them whatever its boundary rules.
VTIMEZONEs are those of the Python package `icalendar` (`add_missing_timezones`).
"""
import argparse
import datetime as dt
import random
from zoneinfo import ZoneInfo

import icalendar
from dateutil.rrule import rrulestr

ZONES = ["America/Toronto", "Europe/Brussels"]
FIRST = dt.date(2024, 1, 2)
LAST = dt.date(2026, 12, 29)
WEEKDAYS = ["MO", "TU", "WE", "TH", "FR"]
TITLES = ["Comité de suivi", "Réunion de coordination", "Cours de français", "Permanence", "Mission",
          "Conseil d'administration", "Webinaire", "Échange d'étudiants", "Jury", "Atelier"]


def series(rng: random.Random, index: int, stamp: dt.datetime) -> icalendar.Event:
    all_day = rng.random() < 0.3
    zone = ZoneInfo(rng.choice(ZONES))
    kind = rng.choice(["weekly", "weekly", "biweekly", "twodays", "monthday", "nthweekday", "yearly", "daily"])
    day = FIRST + dt.timedelta(days=rng.randrange(0, 300))
    rule: dict = {}
    if kind in ("weekly", "biweekly"):
        rule = {"FREQ": "WEEKLY"}
        if kind == "biweekly":
            rule["INTERVAL"] = "2"
    elif kind == "twodays":
        first, second = sorted(rng.sample(range(5), 2))
        day += dt.timedelta(days=(first - day.weekday()) % 7)
        rule = {"FREQ": "WEEKLY", "BYDAY": f"{WEEKDAYS[first]},{WEEKDAYS[second]}"}
    elif kind == "monthday":
        day = day.replace(day=min(day.day, 28))
        rule = {"FREQ": "MONTHLY", "BYMONTHDAY": str(day.day)}
    elif kind == "nthweekday":
        weekday, nth = rng.randrange(5), rng.randrange(1, 5)
        day = day.replace(day=1)
        day += dt.timedelta(days=(weekday - day.weekday()) % 7 + 7 * (nth - 1))
        rule = {"FREQ": "MONTHLY", "BYDAY": f"{nth}{WEEKDAYS[weekday]}"}
    elif kind == "yearly":
        rule = {"FREQ": "YEARLY"}
    else:
        rule = {"FREQ": "DAILY"}
    if all_day:
        start = day
    else:
        start = dt.datetime.combine(day, dt.time(rng.randrange(8, 18), rng.choice([0, 30]))).replace(tzinfo=zone)
    text = ";".join(f"{key}={value}" for key, value in rule.items())
    base = start if isinstance(start, dt.datetime) else dt.datetime.combine(start, dt.time())
    limit_day = LAST - dt.timedelta(days=rng.randrange(0, 400))
    if kind == "daily":
        limit_day = min(limit_day, day + dt.timedelta(days=rng.randrange(5, 40)))
    # Instances up to the limit day, as dateutil counts them (COUNT and UNTIL are then the same set).
    limit = dt.datetime.combine(limit_day, dt.time(23, 59)).replace(tzinfo=base.tzinfo)
    instances = [i for i in rrulestr(text, dtstart=base, cache=False).between(base, limit, inc=True)]
    if not instances or instances[0] != base:
        raise SystemExit(f"series {index}: DTSTART is not the first instance of {text}")
    if rng.random() < 0.5:
        text += f";COUNT={len(instances)}"
    elif all_day:
        text += f";UNTIL={instances[-1].strftime('%Y%m%d')}"
    else:
        text += f";UNTIL={instances[-1].astimezone(dt.timezone.utc).strftime('%Y%m%dT%H%M%SZ')}"

    event = icalendar.Event()
    event.add("uid", f"series-{index:03d}@import.example")
    event.add("dtstamp", stamp)
    event.add("summary", f"{rng.choice(TITLES)} ({kind}) n° {index}")
    event.add("dtstart", start)
    if all_day:
        event.add("dtend", start + dt.timedelta(days=1))
    else:
        event.add("dtend", start + dt.timedelta(minutes=rng.choice([30, 60, 90, 120])))
    event.add("rrule", icalendar.vRecur.from_ical(text))
    if rng.random() < 0.5 and len(instances) > 3:
        for excluded in sorted(rng.sample(instances[1:], rng.randrange(1, 4))):
            event.add("exdate", excluded.date() if all_day else excluded)
    return event


def single(rng: random.Random, index: int, stamp: dt.datetime) -> icalendar.Event:
    day = FIRST + dt.timedelta(days=rng.randrange(0, (LAST - FIRST).days - 6))
    event = icalendar.Event()
    event.add("uid", f"single-{index:04d}@import.example")
    event.add("dtstamp", stamp)
    event.add("summary", f"{rng.choice(TITLES)} n° {index}")
    kind = rng.random()
    if kind < 0.3:
        event.add("dtstart", day)
        event.add("dtend", day + dt.timedelta(days=rng.randrange(1, 6)))
        event.add("transp", "TRANSPARENT")
    else:
        zone = dt.timezone.utc if kind > 0.9 else ZoneInfo(rng.choice(ZONES))
        start = dt.datetime.combine(day, dt.time(rng.randrange(7, 20), rng.choice([0, 15, 30, 45]))).replace(tzinfo=zone)
        event.add("dtstart", start)
        event.add("dtend", start + dt.timedelta(minutes=rng.choice([30, 60, 90, 180])))
    event.add("location", "Québec; Namur, Terrebonne")
    return event


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--events", type=int, default=5_000)
    parser.add_argument("--series", type=int, default=500)
    parser.add_argument("--seed", type=int, default=8)
    options = parser.parse_args()
    rng = random.Random(options.seed)
    stamp = dt.datetime(2025, 11, 3, 14, tzinfo=dt.timezone.utc)
    calendar = icalendar.Calendar()
    calendar.add("version", "2.0")
    calendar.add("prodid", "-//Jumelage//bench import//FR")
    calendar.add("x-wr-calname", "Agenda exporté")
    # Series spread through the file, as an export holds them.
    every = options.events // options.series
    made = 0
    for index in range(options.events):
        if index % every == 0 and made < options.series:
            calendar.add_component(series(rng, made, stamp))
            made += 1
        else:
            calendar.add_component(single(rng, index, stamp))
    calendar.add_missing_timezones(first_date=dt.date(2023, 12, 1), last_date=dt.date(2027, 2, 1))
    with open(options.out, "wb") as out:
        out.write(calendar.to_ical())


if __name__ == "__main__":
    main()
