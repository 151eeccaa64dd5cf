#!/usr/bin/env python3
"""Writes the feed-writing benchmark's events as neutral JSON (fixed seed, same bytes every run).

About a third each: zoned events (America/Toronto or Europe/Brussels), all-day events of one to
five days, and zoned series (FREQ=WEEKLY or FREQ=MONTHLY with COUNT, one EXDATE each).

    gen_events.py [--count 10000] [--seed 8] OUT.json

Times are wall-clock in their zone (`dateTime` + `zone`) or dates (`date`); `end` is exclusive
(the day after the last day for all-day events), as iCalendar says it.
"""
import argparse
import datetime as dt
import json
import random

ZONES = ["America/Toronto", "Europe/Brussels"]
PLACES = [
    "Hôtel de ville de Québec, 2 rue des Jardins, Québec",
    "Hôtel de ville de Namur, esplanade de l'Hôtel de ville 1, Namur",
    "Bureau des relations internationales; salle 3, Terrebonne",
    "Université Laval, pavillon Desjardins, Québec",
    "Citadelle de Namur, route Merveilleuse 64, Namur",
]
TOPICS = [
    ("Comité de suivi", "Follow-up committee"),
    ("Mission économique", "Trade mission"),
    ("Échange d'étudiants", "Student exchange"),
    ("Fêtes de Wallonie", "Walloon festival"),
    ("Réunion de coordination", "Coordination meeting"),
    ("Dépôt des candidatures", "Application deadline"),
]
CATEGORIES = ["culture", "économie", "éducation", "environnement", "jeunesse", "tourisme", "santé"]


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.month - 1 + months
    return dt.date(day.year + index // 12, index % 12 + 1, day.day)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=8)
    options = parser.parse_args()
    rng = random.Random(options.seed)
    first = dt.date(2025, 1, 6)
    events = []
    for index in range(options.count):
        kind = ("zoned", "allday", "recurring")[index % 3]
        fr, en = rng.choice(TOPICS)
        day = first + dt.timedelta(days=rng.randrange(0, 3 * 365 - 200))
        event = {
            "uid": f"bench-{index:05d}@jumelage.example",
            "sequence": rng.randrange(0, 3),
            "stamp": "2025-11-03T14:00:00Z",
            "summary": f"{fr} / {en} n° {index}",
            "description": (f"{fr} entre les villes jumelées, ordre du jour : accueil, bilan; "
                            f"perspectives, questions diverses.\n{en}, agenda: welcome, review; outlook."),
            "location": rng.choice(PLACES),
            "categories": sorted(rng.sample(CATEGORIES, rng.randrange(1, 3))),
            "status": rng.choice(["CONFIRMED", "TENTATIVE"]),
        }
        if kind == "allday":
            length = rng.randrange(1, 6)
            event["start"] = {"date": day.isoformat()}
            event["end"] = {"date": (day + dt.timedelta(days=length)).isoformat()}
            event["transparent"] = True
        else:
            zone = rng.choice(ZONES)
            start = dt.datetime.combine(day, dt.time(rng.randrange(8, 17), rng.choice([0, 15, 30, 45])))
            end = start + dt.timedelta(minutes=rng.choice([30, 60, 90, 120, 180]))
            event["start"] = {"dateTime": start.isoformat(), "zone": zone}
            event["end"] = {"dateTime": end.isoformat(), "zone": zone}
            if kind == "recurring":
                if rng.random() < 0.5:
                    count = rng.randrange(4, 21)
                    event["rrule"] = f"FREQ=WEEKLY;COUNT={count}"
                    excluded = start + dt.timedelta(weeks=rng.randrange(1, count))
                else:
                    if start.day > 28:
                        start = start.replace(day=28)
                        end = end.replace(day=28)
                        event["start"]["dateTime"] = start.isoformat()
                        event["end"]["dateTime"] = end.isoformat()
                    count = rng.randrange(3, 13)
                    event["rrule"] = f"FREQ=MONTHLY;COUNT={count}"
                    excluded = dt.datetime.combine(add_months(start.date(), rng.randrange(1, count)), start.time())
                event["exdates"] = [{"dateTime": excluded.isoformat(), "zone": zone}]
        events.append(event)
    with open(options.out, "w", encoding="utf-8") as out:
        json.dump({"name": "Jumelage — banc d'essai", "events": events}, out, ensure_ascii=False, indent=0)
        out.write("\n")


if __name__ == "__main__":
    main()
