#!/usr/bin/env python3
"""Normalises two `occurrences` JSON outputs (sorted, same keys) and diffs them.

    compare.py JUMELAGE.json REFERENCE.json
Prints the number of occurrences and series; exits 1 when the sets differ.
"""
import json
import sys


def normalised(path: str) -> list[tuple]:
    with open(path, encoding="utf-8") as handle:
        items = json.load(handle)
    return sorted((item["uid"], item["start"], item.get("timezone"), bool(item["allDay"])) for item in items)


def main() -> None:
    ours, reference = normalised(sys.argv[1]), normalised(sys.argv[2])
    if ours == reference:
        uids = {item[0] for item in ours}
        print(f"identical: {len(ours)} occurrences of {len(uids)} events")
        return
    only_ours, only_reference = sorted(set(ours) - set(reference)), sorted(set(reference) - set(ours))
    print(f"DIFFERENT: {len(ours)} from Jumelage, {len(reference)} from recurring-ical-events")
    for label, items in (("only in Jumelage", only_ours), ("only in recurring-ical-events", only_reference)):
        print(f"  {label} ({len(items)}): " + ", ".join(" ".join(str(part) for part in item[:3]) for item in items[:10]))
    sys.exit(1)


if __name__ == "__main__":
    main()
