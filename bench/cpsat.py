#!/usr/bin/env python3
"""A CP-SAT model (OR-Tools) of the problem `jumelage plan DIR --export-problem FILE.json` writes,
for comparing Jumelage's solver with the solver a user would reach for.

    cpsat.py PROBLEM.json [--time-limit 10] [--workers 2] [--marks 1,10] [--out RESULT.json]

The export (Sources/Planner/Solver/ProblemExport.swift) gives each open event occurrence its
allowed start days (days since 1970-01-01, every single-event rule already applied) with the
cost of each, and the rules between occurrences, with the semantics of
SchedulingProblem.satisfied:

- noOverlap: the days a occupies, [a − aTravel, a + aLength − 1 + aTravel], and those of b do
  not meet. Each (occurrence, travel days) is one fixed-size interval; the export names no
  person, so the rules are an interval graph whose maximal cliques (Bron–Kerbosch) are the
  groups of occurrences that share someone: one AddNoOverlap per clique, chosen greedily until
  every rule is covered (--pairwise: one 2-interval AddNoOverlap per rule instead);
- precedence: b ≥ a + aLength + lag;
- spacing: min ≤ b − a ≤ max;
- alongside: b − (a + aLength − 1) ≤ lag and a − (b + bLength − 1) ≤ lag.

Model: one IntVar per occurrence over its allowed days, an index IntVar into its domain, and
AddElement for both the day and its cost; minimise the sum of costs. A solution callback stamps
each improving solution with the time since Solve() started; the objective at each mark (1 s,
10 s) is the best one found by then. RESULT.json holds the timings, the objectives, CP-SAT's
bound and the final assignment (variable id → day) for bench/check_schedule.py.
"""
import argparse
import json
import time

from ortools.sat.python import cp_model


class Recorder(cp_model.CpSolverSolutionCallback):
    def __init__(self, started: float):
        super().__init__()
        self.started = started
        self.solutions: list[tuple[float, int]] = []

    def on_solution_callback(self) -> None:
        self.solutions.append((time.monotonic() - self.started, int(round(self.ObjectiveValue()))))


def clique_cover(rules: list[dict], limit: int = 200_000) -> list[list[tuple[int, int]]]:
    """Groups of (occurrence, travel) intervals that must pairwise not overlap, covering every
    noOverlap rule: maximal cliques of the rules' graph (Bron–Kerbosch with pivot, at most
    `limit` of them), largest first, each kept while it covers a rule not yet covered."""
    neighbours: dict[tuple[int, int], set] = {}
    edges = set()
    for rule in rules:
        a, b = (rule["a"], rule["aTravel"]), (rule["b"], rule["bTravel"])
        if a == b:
            continue
        neighbours.setdefault(a, set()).add(b)
        neighbours.setdefault(b, set()).add(a)
        edges.add((min(a, b), max(a, b)))
    cliques: list[list] = []

    def expand(clique: list, candidates: set, excluded: set) -> None:
        if len(cliques) >= limit:
            return
        if not candidates and not excluded:
            cliques.append(clique)
            return
        pivot = max(candidates | excluded, key=lambda node: len(neighbours[node] & candidates))
        for node in list(candidates - neighbours[pivot]):
            expand(clique + [node], candidates & neighbours[node], excluded & neighbours[node])
            candidates.remove(node)
            excluded.add(node)

    expand([], set(neighbours), set())
    uncovered, groups = set(edges), []
    for clique in sorted(cliques, key=len, reverse=True):
        covered = {(min(a, b), max(a, b)) for i, a in enumerate(clique) for b in clique[i + 1:]} & uncovered
        if covered:
            groups.append(sorted(clique))
            uncovered -= covered
    groups += [list(edge) for edge in sorted(uncovered)]  # only if the clique limit was reached
    return groups


def build(problem: dict, pairwise: bool = False, encoding: str = "element"):
    model = cp_model.CpModel()
    days, costs = [], []
    for index, variable in enumerate(problem["variables"]):
        domain, cost = variable["domain"], variable["costs"]
        if not domain:
            raise SystemExit(f"{variable['id']}: empty domain (the problem is infeasible)")
        day = model.NewIntVarFromDomain(cp_model.Domain.FromValues(domain), f"d{index}")
        if len(domain) == 1:
            days.append(day)
            costs.append(cost[0])
            continue
        if encoding == "booleans":
            chosen = [model.NewBoolVar(f"b{index}_{value}") for value in domain]
            model.AddExactlyOne(chosen)
            model.Add(day == sum(value * literal for value, literal in zip(domain, chosen)))
            days.append(day)
            costs.append(sum(price * literal for price, literal in zip(cost, chosen) if price))
            continue
        paid = model.NewIntVarFromDomain(cp_model.Domain.FromValues(sorted(set(cost))), f"c{index}")
        if encoding == "table":
            model.AddAllowedAssignments([day, paid], list(zip(domain, cost)))
        else:
            position = model.NewIntVar(0, len(domain) - 1, f"i{index}")
            model.AddElement(position, domain, day)
            model.AddElement(position, cost, paid)
        days.append(day)
        costs.append(paid)
    intervals: dict[tuple[int, int], object] = {}

    def interval(index: int, length: int, travel: int):
        key = (index, travel)
        if key not in intervals:
            intervals[key] = model.NewFixedSizeIntervalVar(days[index] - travel, length + 2 * travel, f"o{index}t{travel}")
        return intervals[key]

    overlaps = [rule for rule in problem["rules"] if rule["type"] == "noOverlap"]
    lengths = {index: variable["length"] for index, variable in enumerate(problem["variables"])}
    groups = [[(r["a"], r["aTravel"]), (r["b"], r["bTravel"])] for r in overlaps] if pairwise else clique_cover(overlaps)
    for group in groups:
        model.AddNoOverlap([interval(index, lengths[index], travel) for index, travel in group])
    for number, rule in enumerate(problem["rules"]):
        a, b = days[rule["a"]], days[rule["b"]]
        kind = rule["type"]
        if kind == "noOverlap":
            continue
        # A soft link holds unless its literal says it is broken, which costs softCost.
        kept = None
        if rule.get("softCost") is not None:
            kept = model.NewBoolVar(f"kept{number}")
            costs.append(rule["softCost"] * (1 - kept))
        def add(constraint):
            if kept is not None:
                constraint.OnlyEnforceIf(kept)
        if kind == "precedence":
            add(model.Add(b >= a + rule["aLength"] + rule["lag"]))
        elif kind == "spacing":
            add(model.Add(b - a >= rule["min"]))
            add(model.Add(b - a <= rule["max"]))
        elif kind == "alongside":
            add(model.Add(b - (a + rule["aLength"] - 1) <= rule["lag"]))
            add(model.Add(a - (b + rule["bLength"] - 1) <= rule["lag"]))
        else:
            raise SystemExit(f"rule {number}: unknown type {kind}")
    model.Minimize(sum(costs))
    return model, days, len(groups)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("problem")
    parser.add_argument("--time-limit", type=float, default=10)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--marks", default="1,10", help="seconds at which to report the best objective")
    parser.add_argument("--first", action="store_true", help="stop at the first solution")
    parser.add_argument("--encoding", choices=["element", "table", "booleans"], default="element",
                        help="how each occurrence's day and cost are tied: AddElement on an index (default), "
                             "a table of (day, cost), or one boolean per allowed day")
    parser.add_argument("--pairwise", action="store_true", help="one AddNoOverlap per rule instead of per clique")
    parser.add_argument("--out")
    options = parser.parse_args()

    loaded = time.monotonic()
    launched_epoch = time.time()
    with open(options.problem, encoding="utf-8") as handle:
        problem = json.load(handle)
    model, days, groups = build(problem, options.pairwise, options.encoding)
    built = time.monotonic()

    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = options.time_limit
    solver.parameters.num_workers = options.workers
    solver.parameters.random_seed = 1
    if options.first:
        solver.parameters.stop_after_first_solution = True
    started = time.monotonic()
    started_epoch = time.time()
    recorder = Recorder(started)
    status = solver.Solve(model, recorder)
    ended = time.monotonic()

    marks = [float(mark) for mark in options.marks.split(",") if mark]
    found = status in (cp_model.OPTIMAL, cp_model.FEASIBLE)
    result = {
        "variables": len(problem["variables"]),
        "rules": len(problem["rules"]),
        "noOverlapConstraints": groups,
        "encoding": options.encoding,
        "buildSeconds": round(built - loaded, 3),
        "solveSeconds": round(ended - started, 3),
        "status": solver.StatusName(status),
        "firstSolutionSeconds": round(recorder.solutions[0][0], 3) if recorder.solutions else None,
        # The first solution's wall-clock time, so that the caller can count from the process launch.
        "firstSolutionEpoch": started_epoch + recorder.solutions[0][0] if recorder.solutions else None,
        "scriptStartEpoch": launched_epoch,
        "objectiveAt": {str(mark): min((value for at, value in recorder.solutions if at <= mark), default=None) for mark in marks},
        "objective": int(round(solver.ObjectiveValue())) if found else None,
        "bound": int(round(solver.BestObjectiveBound())) if found else None,
        "optimal": status == cp_model.OPTIMAL,
        "solutions": [[round(at, 3), value] for at, value in recorder.solutions],
        "assignment": {variable["id"]: solver.Value(day) for variable, day in zip(problem["variables"], days)} if found else None,
    }
    text = json.dumps(result, indent=1)
    if options.out:
        with open(options.out, "w", encoding="utf-8") as out:
            out.write(text)
    summary = {key: value for key, value in result.items() if key not in ("assignment", "solutions")}
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
