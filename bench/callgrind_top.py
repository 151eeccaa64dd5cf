#!/usr/bin/env python3
"""Turns `callgrind_annotate --inclusive=yes` output into a markdown table: the functions with
the largest inclusive instruction counts, demangled (swift demangle), without the process
start-up frames and without the chains of thin wrappers whose costs are within 0.2 % of the total of each other.
Recursive functions (`'2` in the name) are counted at each level, as callgrind does.

    callgrind_top.py ANNOTATED.txt [--rows 18]
"""
import argparse
import re
import subprocess

LINE = re.compile(r"^\s*([\d,]+)\s+\(\s*([\d.]+)%\)\s+(.*?):(.*?)\s+\[(.*)\]\s*$")
SKIP = re.compile(r"below main|libc_start|^0x[0-9a-f]+$|_main$|^main$|FeedBench3run|CLI8Jumelage|ArgumentParser|"
                  r"ParsableCommand|_start$|Failure\d*guarded")


def demangle(names: list[str]) -> list[str]:
    try:
        run = subprocess.run(["swift", "demangle", "--simplified", "--compact"], input="\n".join(names),
                             capture_output=True, text=True, timeout=60)
        lines = run.stdout.splitlines()
        if len(lines) == len(names):
            return lines
    except (OSError, subprocess.SubprocessError):
        pass
    return names


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("annotated")
    parser.add_argument("--rows", type=int, default=18)
    options = parser.parse_args()
    total, entries = None, []
    with open(options.annotated, encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if "PROGRAM TOTALS" in line:
                total = int(line.split()[0].replace(",", ""))
                continue
            match = LINE.match(line)
            if not match:
                continue
            count, percent, _, function, library = match.groups()
            if SKIP.search(function):
                continue
            count = int(count.replace(",", ""))
            if entries and total and abs(entries[-1][0] - count) < total / 500:
                continue  # a thin wrapper around (or inside) the function above it: the same cost
            entries.append((count, float(percent), function, library.rsplit("/", 1)[-1]))
            if len(entries) >= options.rows:
                break
    names = demangle([entry[2] for entry in entries])
    print(f"Total: {total:,} instructions (callgrind)." if total else "")
    print()
    print("| inclusive instructions | share | function | in |")
    print("|---|---|---|---|")
    for (count, percent, _, library), name in zip(entries, names):
        name = name.replace("|", "\\|")
        if len(name) > 110:
            name = name[:107] + "…"
        print(f"| {count:,} | {percent:.1f} % | `{name}` | {library} |")


if __name__ == "__main__":
    main()
