#!/usr/bin/env python3
"""An independent checker of a schedule against the exported problem (`--export-problem`):
every occurrence on one of its allowed days, every rule between occurrences kept, and the
schedule's cost recomputed from the exported per-day costs. Written from the export's doc
comment and SchedulingProblem.satisfied, sharing no code with either solver.

    check_schedule.py PROBLEM.json --cpsat RESULT.json
    check_schedule.py PROBLEM.json --jumelage PLAN.json     (`jumelage plan … --format json`)

Prints `ok: N variables, M rules, cost C` or the violations; exits 1 on any violation.
"""
import argparse
import datetime as dt
import json
import sys

EPOCH = dt.date(1970, 1, 1)


def satisfied(rule: dict, a: int, b: int) -> bool:
    kind = rule["type"]
    if kind == "noOverlap":
        a_first, a_last = a - rule["aTravel"], a + rule["aLength"] - 1 + rule["aTravel"]
        b_first, b_last = b - rule["bTravel"], b + rule["bLength"] - 1 + rule["bTravel"]
        return a_last < b_first or b_last < a_first
    if kind == "precedence":
        return b >= a + rule["aLength"] + rule["lag"]
    if kind == "spacing":
        return rule["min"] <= b - a <= rule["max"]
    if kind == "alongside":
        a_last, b_last = a + rule["aLength"] - 1, b + rule["bLength"] - 1
        return max(0, b - a_last, a - b_last) <= rule["lag"]
    raise ValueError(f"unknown rule type {kind}")


def jumelage_assignment(path: str) -> dict[str, int]:
    with open(path, encoding="utf-8") as handle:
        report = json.load(handle)
    days = {}
    for event in report["events"]:
        if event.get("open"):
            day = dt.date.fromisoformat(event["start"][:10])
            days[f"{event['plan']}/{event['id']}"] = (day - EPOCH).days
    return days


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("problem")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--cpsat")
    source.add_argument("--jumelage")
    parser.add_argument("--expect-cost", type=int, help="fail unless the recomputed cost is this")
    options = parser.parse_args()
    with open(options.problem, encoding="utf-8") as handle:
        problem = json.load(handle)
    if options.cpsat:
        with open(options.cpsat, encoding="utf-8") as handle:
            assignment = json.load(handle)["assignment"] or {}
    else:
        assignment = jumelage_assignment(options.jumelage)

    problems, cost, days = [], 0, []
    for variable in problem["variables"]:
        day = assignment.get(variable["id"])
        days.append(day)
        if day is None:
            problems.append(f"{variable['id']}: no start day in the schedule")
            continue
        try:
            position = variable["domain"].index(day)
        except ValueError:
            problems.append(f"{variable['id']}: {EPOCH + dt.timedelta(days=day)} is not an allowed start day")
            continue
        cost += variable["costs"][position]
    for number, rule in enumerate(problem["rules"]):
        a, b = days[rule["a"]], days[rule["b"]]
        if a is not None and b is not None and not satisfied(rule, a, b) and rule.get("softCost") is not None:
            cost += rule["softCost"]
        elif a is not None and b is not None and not satisfied(rule, a, b):
            names = problem["variables"][rule["a"]]["id"], problem["variables"][rule["b"]]["id"]
            problems.append(f"rule {number} {rule['type']} between {names[0]} ({EPOCH + dt.timedelta(days=a)}) "
                            f"and {names[1]} ({EPOCH + dt.timedelta(days=b)}) is broken")
    if options.expect_cost is not None and cost != options.expect_cost:
        problems.append(f"cost {cost} recomputed from the export, {options.expect_cost} reported")
    if problems:
        print(f"FAILED: {len(problems)} problems")
        for line in problems[:20]:
            print("  " + line)
        sys.exit(1)
    print(f"ok: {len(problem['variables'])} variables, {len(problem['rules'])} rules, cost {cost}")


if __name__ == "__main__":
    main()
