#!/usr/bin/env bash
# Several workspace instances on one PostgreSQL (bench/instances.py under tools/with_postgres.sh),
# release build, loopback: feed requests/s through nginx to one instance and to two (free, then
# each pinned to a core), and a generated 2,000-twinning network (an edit re-planned, memory per
# instance, an edit's way to the other instance). Writes bench/instances.md.
#
# Usage: bench/instances.sh [--twinnings N] [--duration SECONDS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. bench/common.sh
bench_build
bench_wait_quiet
OUT="$(mktemp)"
trap 'rm -f "$OUT"' EXIT
bash tools/with_postgres.sh python3 bench/instances.py --jumelage "$BENCH_BIN" "$@" > "$OUT"
python3 - "$OUT" "$(bench_machine)" > bench/instances.md <<'PY'
import json
import sys

report = json.load(open(sys.argv[1]))
machine = sys.argv[2]
feeds, network = report.get("feeds", {}), report["network"]


def met(ok):
    return "yes" if ok else "no"


rows = []
for label, words in (("free", "each instance free to use every core"), ("pinned", "each instance pinned to a core of its own")):
    if label in feeds:
        one, two = feeds[label]["one"], feeds[label]["two"]
        rows.append((f"two instances serve ≥ 1.8× the feed requests/s of one ({words})",
                     f"{two['rps']:.0f} vs {one['rps']:.0f} req/s (p99 {two['p99']} vs {one['p99']}; errors {two['errors']}, {one['errors']}); "
                     f"instance CPU per 1,000 requests {two['instance_cpu_ms_per_1000']:.0f} vs {one['instance_cpu_ms_per_1000']:.0f} ms; "
                     f"instances' share of the machine {two['instance_share_of_machine']:.0%} vs {one['instance_share_of_machine']:.0%}, "
                     f"machine busy {two['machine_busy_share']:.0%} vs {one['machine_busy_share']:.0%}",
                     f"{feeds[label]['ratio']:.2f}×", met(feeds[label]["ratio"] >= 1.8)))
memory = max(m.get("VmHWM", 0) for m in network["memory_mb"])
rows += [
    (f"an edit on a generated {network['twinnings']}-twinning network re-plans its group, < 1 s",
     f"max {network['max_ms']:.0f} ms (p50 {network['p50_ms']:.0f} ms) over {network['edits']} edits; {network['plans']} plans; "
     f"start-up {network['startup_s']:.1f} s (import) and {network['second_startup_s']:.1f} s", f"{network['max_ms'] / 1000:.2f} × the budget",
     met(network["max_ms"] < 1000)),
    (f"memory per instance with {network['twinnings']} twinnings, < 500 MB",
     ", ".join(f"peak {m.get('VmHWM', 0)} MB (resident {m.get('VmRSS', 0)} MB)" for m in network["memory_mb"]),
     f"{memory / 500:.2f} × the budget", met(memory < 500)),
    ("an edit on one instance served by the other (LISTEN/NOTIFY), < 2 s", f"{network['propagation_ms']:.0f} ms",
     f"{network['propagation_ms'] / 2000:.2f} × the budget", met(network["propagation_ms"] < 2000)),
]
print("### Several instances on one PostgreSQL\n")
print(machine + "\n")
print("Command: `bench/instances.sh` (`bench/instances.py` under `tools/with_postgres.sh`, release build, loopback). "
      "Feed rows: wrk -t2 -c32 through nginx (`worker_processes auto`, keep-alive to the upstreams) on the 500-event feed "
      "of `bench/serve_wrk.sh`, GET answered 200; the same nginx, wrk and instances share the machine's cores. "
      "The CPU figures (from /proc) say where the ceiling is: when a request costs the instances as much with two "
      "as with one and the machine is busy throughout, the instances are not what limits, the cores are; on "
      "machines of their own, instances add up.\n")
print("| target | measured | ratio | met |\n|---|---|---|---|")
for row in rows:
    print("| " + " | ".join(row) + " |")
print()
for target, measured, ratio, ok in rows:
    print(f"<!-- summary: {target} | {measured} | {ratio} | {ok} | bench/instances.sh -->")
print("\n```json\n" + json.dumps(report, indent=2, sort_keys=True) + "\n```")
PY
cat bench/instances.md
