#!/usr/bin/env python3
"""Medians of the in-process step times printed by FeedBench --phases and write_icalendar.py --phases.

    phase_summary.py OURS.txt THEIRS.txt

Each file holds one line per run: `read+decode 109 ms, build 14 ms, serialize 250 ms, write 8 ms`.
Writing is build + serialize + write: from events in memory to the file, what each library does;
reading the benchmark's JSON input is left out. Prints `ours theirs ratio` (milliseconds, medians
over the runs), then a markdown table of every step on stderr.
"""
import re
import statistics
import sys

STEPS = ("read+decode", "build", "serialize", "write")


def runs(path: str) -> list[dict[str, float]]:
    parsed = []
    for line in open(path, encoding="utf-8"):
        steps = dict((name, float(value)) for name, value in re.findall(r"([a-z+]+) (\d+) ms", line))
        if set(STEPS) <= steps.keys():
            steps["writing"] = steps["build"] + steps["serialize"] + steps["write"]
            parsed.append(steps)
    if not parsed:
        sys.exit(f"{path}: no --phases line")
    return parsed


def main() -> None:
    ours, theirs = runs(sys.argv[1]), runs(sys.argv[2])
    median = lambda values, step: statistics.median(run[step] for run in values)
    print(f"{median(ours, 'writing'):.0f} {median(theirs, 'writing'):.0f} "
          f"{median(theirs, 'writing') / median(ours, 'writing'):.1f}")
    table = ["| step (median of runs, ms) | Jumelage | icalendar |", "|---|---|---|"]
    for step in STEPS + ("writing",):
        label = "**writing** (build + serialize + write)" if step == "writing" else step
        table.append(f"| {label} | {median(ours, step):.0f} | {median(theirs, step):.0f} |")
    table.append(f"| runs | {len(ours)} | {len(theirs)} |")
    print("\n".join(table), file=sys.stderr)


if __name__ == "__main__":
    main()
