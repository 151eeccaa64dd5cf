#!/usr/bin/env bash
# `make bench`: every comparison of issue 8, one after the other on a quiet machine, then
# bench/RESULTS.md rewritten from the fragments (bench/*.md) with a summary table at the top.
#
#   bench/run_all.sh                 run everything
#   BENCH_ONLY="startup feeds" bench/run_all.sh   run some, then rewrite RESULTS.md from all fragments
#   BENCH_COMPOSE=1 bench/run_all.sh              only rewrite RESULTS.md from the fragments
#
# Steps: startup, feeds, import, solver (bench/solver.sh), cpsat, serve (bench/serve_wrk.sh, when
# present), micro. A step that fails is reported in RESULTS.md and makes the script exit 1.
set -uo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh

steps=${BENCH_ONLY:-startup feeds import solver cpsat serve workspace instances micro}
failed=()
if [ "${BENCH_COMPOSE:-0}" = 1 ]; then
  steps=""
else
  # Debian packages the steps use: hyperfine (timings), valgrind (profiles of missed targets),
  # wrk and nginx (the serve step).
  missing=""
  for tool in hyperfine valgrind wrk nginx; do
    command -v "$tool" > /dev/null || missing="$missing $tool"
  done
  if [ -n "$missing" ]; then
    sudo=$([ "$(id -u)" -eq 0 ] || echo sudo)
    $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >&2 || exit 1
  fi
  swift build -c release --product jumelage >&2 || exit 1
  export BENCH_BUILT=1
  python3 -c 'import icalendar, recurring_ical_events, ortools' 2>/dev/null \
    || python3 -m pip install -q -r bench/requirements.txt 2>/dev/null \
    || python3 -m pip install -q -r bench/requirements.txt --break-system-packages

fi

for step in $steps; do
  case $step in
    serve) script=bench/serve_wrk.sh ;;
    *) script=bench/$step.sh ;;
  esac
  if [ ! -f "$script" ]; then
    echo "== $step: $script not found, skipped" >&2
    continue
  fi
  echo "== $step ($script)" >&2
  if ! bash "$script" > /dev/null; then
    echo "== $step FAILED" >&2
    failed+=("$step")
  fi
done

python3 - "${failed[@]}" <<'PY'
import pathlib
import re
import sys

failed = set(sys.argv[1:])
bench = pathlib.Path("bench")
order = [("startup", "bench/startup.sh"), ("feeds", "bench/feeds.sh"), ("import", "bench/import.sh"),
         ("solver", "bench/solver.sh"), ("cpsat", "bench/cpsat.sh"), ("serve", "bench/serve_wrk.sh"),
         ("workspace", "bench/workspace.sh"), ("instances", "bench/instances.sh"), ("micro", "bench/micro.sh")]
rows, sections = [], []


def fallback_rows(name: str, text: str, script: str) -> list[str]:
    """Summary rows for fragments written by scripts without summary comments."""
    table = [[cell.strip() for cell in line.strip().strip("|").split("|")] for line in text.splitlines()
             if line.startswith("|") and not line.startswith("|---")]
    found = []
    if name == "solver" and table:
        head = table[0]
        for row in table[1:]:
            if len(row) == len(head) and row[0].isdigit():
                cell = dict(zip(head, row))
                found.append(f"| solver alone, {row[0]} twinnings: first complete schedule (report) | "
                             f"{cell.get('first complete schedule', '?')}, {cell.get('peak memory', '?')}; objective at 10 s "
                             f"{cell.get('at 10 s', '?')}, bound {cell.get('lower bound', '?')} | – | report | `{script}` |")
    if name == "serve":
        def pick(server, response):
            for row in table:
                if len(row) >= 4 and row[0] == server and row[1].startswith(response):
                    return row
        for response in ("200", "304"):
            ours, theirs = pick("serve", response), pick("nginx", response)
            if ours and theirs:
                try:
                    ratio = f"{float(ours[2]) / float(theirs[2]):.2f}× nginx's requests/s"
                except ValueError:
                    ratio = "–"
                found.append(f"| serve vs nginx, {ours[1]}: requests/s and p99 (report) | {ours[2]} req/s, p99 {ours[3]} vs "
                             f"{theirs[2]} req/s, p99 {theirs[3]} | {ratio} | report | `{script}` |")
    if not found:
        title = next((line.lstrip("# ").strip() for line in text.splitlines() if line.startswith("#")), name)
        found.append(f"| {title} | see below | – | report | `{script}` |")
    return found


known = {name for name, _ in order}
order += [(path.stem, f"(fragment {path.name})") for path in sorted(bench.glob("*.md"))
          if path.stem not in known and path.name not in ("RESULTS.md", "notes.md")]
for name, script in order:
    fragment = bench / f"{name}.md"
    if not fragment.exists():
        if pathlib.Path(script).exists() or name in failed:
            rows.append(f"| {name}: no result | – | – | no | `{script}` |")
        continue
    text = fragment.read_text(encoding="utf-8")
    summaries = re.findall(r"<!-- summary: (.*?) -->", text)
    for summary in summaries:
        parts = [part.strip() for part in summary.split(" | ")]
        target, measured, ratio, met, command = (parts + ["–"] * 5)[:5]
        rows.append(f"| {target} | {measured} | {ratio} | {'**no**' if met == 'no' else met} | `{command}` |")
    if not summaries:
        rows += fallback_rows(name, text, script)
    if name in failed:
        rows.append(f"| {name}: the last run FAILED; the section below is from an earlier run | – | – | **no** | `{script}` |")
    sections.append(re.sub(r"<!-- summary: .*? -->\n?", "", text).strip() + "\n")

notes = bench / "notes.md"
if notes.exists():
    sections.append(notes.read_text(encoding="utf-8").strip() + "\n")

header = """# Benchmarks

Written by `make bench` (`bench/run_all.sh`) from the fragments `bench/*.md`, each written by the script named in
its row; every comparison pair is measured on the same machine in the same run. Do not edit by hand.

| target | measured | ratio | met | command |
|---|---|---|---|---|
"""
(bench / "RESULTS.md").write_text(header + "\n".join(rows) + "\n\n" + "\n".join(sections), encoding="utf-8")
print("\n".join(rows))
PY

[ ${#failed[@]} -eq 0 ] || { echo "failed: ${failed[*]}" >&2; exit 1; }
