#!/usr/bin/env bash
# The coordinators' workspace under measurement (bench/workspace_load.py), release build, on
# loopback: page server time on the real plans, an edit answered re-planned, 50 coordinators
# browsing and editing at once, and a generated 200-twinning workspace (one edit, memory).
# Writes bench/workspace.md.
#
# Usage: bench/workspace.sh [--coordinators N] [--duration SECONDS] [--twinnings N]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. bench/common.sh
bench_build
bench_wait_quiet
OUT="$(mktemp)"
trap 'rm -f "$OUT"' EXIT
python3 bench/workspace_load.py --jumelage "$BENCH_BIN" "$@" > "$OUT"
python3 - "$OUT" "$(bench_machine)" > bench/workspace.md <<'PY'
import json
import sys

report = json.load(open(sys.argv[1]))
machine = sys.argv[2]
pages, edits, load, network = report["pages"], report["edits"], report["load"], report["network"]


def met(ok):
    return "yes" if ok else "no"


rows = [
    (f"workspace page server time on the real plans, p95 < 50 ms", f"p95 {pages['p95_ms']:.1f} ms (p50 {pages['p50_ms']:.1f} ms; "
     f"slowest page {pages['slowest_page']} p95 {pages['slowest_p95_ms']:.1f} ms)", f"{pages['p95_ms'] / 50:.2f} × the budget",
     met(pages["p95_ms"] < 50)),
    (f"{load['coordinators']} coordinators browsing and editing at once, p99 < 200 ms, no error",
     f"p99 {load['p99_ms']:.1f} ms (p50 {load['p50_ms']:.1f}, p95 {load['p95_ms']:.1f}); {load['requests_per_s']:.0f} req/s; "
     f"{load['errors']} errors; {load['edits']} edits ({load['edit_conflicts']} answered 409)", f"{load['p99_ms'] / 200:.2f} × the budget",
     met(load["p99_ms"] < 200 and load["errors"] == 0)),
    ("an edit on the real plans, answered re-planned, < 100 ms", f"p95 {edits['p95_ms']:.1f} ms (p50 {edits['p50_ms']:.1f}, "
     f"max {edits['max_ms']:.1f})", f"{edits['p95_ms'] / 100:.2f} × the budget", met(edits["p95_ms"] < 100)),
    (f"an edit on a generated {network['twinnings']}-twinning workspace re-plans its group, < 1 s",
     f"max {network['max_ms']:.0f} ms (p50 {network['p50_ms']:.0f} ms); start-up {network['startup_s']:.1f} s",
     f"{network['max_ms'] / 1000:.2f} × the budget", met(network["max_ms"] < 1000)),
    (f"server memory with the {network['twinnings']}-twinning workspace, < 300 MB",
     f"peak {network['memory_mb'].get('VmHWM', 0)} MB, resident {network['memory_mb'].get('VmRSS', 0)} MB at the end",
     f"{network['memory_mb'].get('VmHWM', 0) / 300:.2f} × the budget", met(network["memory_mb"].get("VmHWM", 0) < 300)),
]
print("### The coordinators' workspace\n")
print(machine + "\n")
print("Command: `bench/workspace.sh` (`bench/workspace_load.py` against `jumelage workspace`, release build, loopback). "
      "Page times are measured by the client over one keep-alive connection: they include loopback, so they bound the "
      "server time from above. The coordinators each hold one connection and one session, wait 0.1–0.5 s between "
      "actions, and every tenth action reads then saves their plan's text (a 409 is the right answer when another "
      "coordinator saved the same plan first; it is not counted as an error).\n")
print("| target | measured | ratio | met |\n|---|---|---|---|")
for target, measured, ratio, ok in rows:
    print(f"| {target} | {measured} | {ratio} | {ok} |")
print()
for target, measured, ratio, ok in rows:
    print(f"<!-- summary: {target} | {measured} | {ratio} | {ok} | bench/workspace.sh -->")
print("\n```json\n" + json.dumps(report, indent=2, sort_keys=True) + "\n```")
PY
cat bench/workspace.md
