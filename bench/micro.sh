#!/usr/bin/env bash
# Micro-benchmarks of the hot paths (issue 8), with ordo-one/benchmark in the Benchmarks/ package:
# holiday rule evaluation (CA-QC, BE-WAL-NAMUR), loading and planning the Québec–Namur plan,
# planning a generated workspace (every constraint check of the solver), ICalendarWriter.serialize
# of 500 events, FeedLinter.lint of a 1 MB feed. Each has an allocation threshold: the run is
# checked against Benchmarks/Thresholds (mallocCountTotal only, p90 as recorded, ± the tolerance
# the benchmark declares), so that a change that allocates more shows. Writes bench/micro.md.
#
#   bench/micro.sh                  run, check against the recorded thresholds
#   MICRO_UPDATE=1 bench/micro.sh   record this machine's run as the thresholds first (after a
#                                   deliberate change; commit Benchmarks/Thresholds)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
out=bench/micro.md
thresholds=Benchmarks/Thresholds
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run="swift package --package-path Benchmarks"
clean() { sed -e 's/\x1b\[[0-9;]*m//g' | grep -v -E '^(\[[0-9]+/[0-9]+\]|Building|Build |Compiling|Write |Planning|Fetching|Computing|Linking|Applying|Creating|Working copy|Warning: running with the Swift runtime|Note: skipping LD_PRELOAD)' | cat -s; }

swift build -c release --package-path Benchmarks --product HotPaths >&2
if [ "${MICRO_UPDATE:-0}" = 1 ] || [ ! -d "$thresholds" ]; then
  bench_wait_quiet
  rm -rf "$thresholds"
  $run --allow-writing-to-package-directory benchmark thresholds update --path "$thresholds" --no-progress >&2
  # Keep the allocation counts only: times and memory vary with the machine and its load.
  python3 - "$thresholds" <<'PY'
import json, pathlib, sys
for path in pathlib.Path(sys.argv[1]).glob("*.p90.json"):
    values = json.loads(path.read_text())
    path.write_text(json.dumps({"mallocCountTotal": values["mallocCountTotal"]}, indent=2, sort_keys=True) + "\n")
PY
fi
bench_wait_quiet
machine=$(bench_machine)
$run benchmark --no-progress --time-units microseconds 2>&1 | clean > "$work/run.txt"
set +e
$run benchmark thresholds check --path "$thresholds" --no-progress 2>&1 | clean > "$work/check.txt"
status=${PIPESTATUS[0]}
set -e
# The tool exits 1 on a regression as on a failure to run: its verdict line tells them apart.
if grep -q "is EQUAL to the defined thresholds" "$work/check.txt"; then
  verdict="allocations equal to the recorded thresholds, within the tolerances"; met=yes
elif grep -q "is BETTER than the defined thresholds" "$work/check.txt"; then
  verdict="allocations below the recorded thresholds (improvements only)"; met=yes
elif grep -q "is WORSE than the defined thresholds" "$work/check.txt"; then
  verdict="REGRESSION: more allocations than the recorded thresholds allow"; met=no
else
  verdict="the thresholds check failed to run (exit $status)"; met=no
fi
benchmarks=$(grep -c '│ Malloc (total)' "$work/run.txt" || true)
{
  echo "### Micro-benchmarks of the hot paths (ordo-one/benchmark)"
  echo
  echo "<!-- summary: micro-benchmarks of the hot paths, allocation thresholds (mallocCountTotal) | $benchmarks benchmarks; thresholds check: $( [ "$met" = yes ] && echo within the allocation thresholds || echo "$verdict") | – | ${met} | bench/micro.sh -->"
  echo "$machine"
  echo
  echo "Command: \`swift package --package-path Benchmarks benchmark --time-units microseconds\`, then"
  echo "\`swift package --package-path Benchmarks benchmark thresholds check --path $thresholds\`: $verdict."
  echo "Each benchmark allows its allocation count (p90) to differ by 2 % from the count recorded in $thresholds"
  echo "(\`MICRO_UPDATE=1 bench/micro.sh\` records it anew); more prints WORSE and fails, fewer prints BETTER"
  echo "(re-record to keep the gain). Sources: Benchmarks/Benchmarks/HotPaths/HotPaths.swift (public API only)."
  echo
  echo '```'
  sed -n '/^HotPaths$/,$p' "$work/run.txt" | sed '1,/^=*$/d'
  echo '```'
  echo
  echo "Thresholds check:"
  echo
  echo '```'
  grep -v -E '^\s*$' "$work/check.txt" | tail -30
  echo '```'
  echo
} > "$out"
cat "$out"
