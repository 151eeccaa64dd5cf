#!/usr/bin/env python3
"""Summarises a hyperfine --export-json file: a markdown table of every command (mean ± σ,
min, max, CPU time user + system, runs), and the ratio of each command's mean to the first's.

    hyperfine_summary.py RESULT.json [--labels "Jumelage,icalendar"] [--value INDEX] [--ratio I,J] [--cpu]
With --value INDEX, prints only that command's mean in milliseconds (for scripts).
With --ratio I,J, prints only mean[J] / mean[I]. With --cpu, both use CPU time (user + system)
instead of wall time: less sensitive to other processes on a shared machine.
"""
import argparse
import json


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("result")
    parser.add_argument("--labels")
    parser.add_argument("--value", type=int)
    parser.add_argument("--ratio")
    parser.add_argument("--cpu", action="store_true")
    options = parser.parse_args()
    with open(options.result, encoding="utf-8") as handle:
        results = json.load(handle)["results"]
    def measure(result):
        return result["user"] + result["system"] if options.cpu else result["mean"]

    if options.value is not None:
        print(f"{measure(results[options.value]) * 1000:.1f}")
        return
    if options.ratio:
        first, second = (int(part) for part in options.ratio.split(","))
        print(f"{measure(results[second]) / measure(results[first]):.1f}")
        return
    labels = options.labels.split(",") if options.labels else [result["command"] for result in results]
    print("| command | wall time, mean ± σ | min | max | CPU (user + sys) | runs | wall × first | CPU × first |")
    print("|---|---|---|---|---|---|---|---|")
    base, base_cpu = results[0]["mean"], results[0]["user"] + results[0]["system"]
    for label, result in zip(labels, results):
        cpu = result["user"] + result["system"]
        print(f"| {label} | {result['mean'] * 1000:.1f} ms ± {result['stddev'] * 1000:.1f} | {result['min'] * 1000:.1f} ms"
              f" | {result['max'] * 1000:.1f} ms | {cpu * 1000:.1f} ms | {len(result['times'])} | {result['mean'] / base:.2f}"
              f" | {cpu / base_cpu:.2f} |")


if __name__ == "__main__":
    main()
