#!/usr/bin/env bash
# Start to finish (issue 8): `jumelage plan calendars/quebec-namur-2024-2026.yaml` with a release
# build, 30 runs after 3 warm-ups with hyperfine; target: under 100 ms. Also with `--out` (every
# feed built, linted and written with fsync). Writes bench/startup.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
bench_build
bin=$BENCH_BIN
plan=calendars/quebec-namur-2024-2026.yaml
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=bench/startup.md

"$bin" plan "$plan" > /dev/null   # fails loudly before timing anything
bench_wait_quiet
machine=$(bench_machine)
hyperfine --warmup 3 --runs 30 -N --export-json "$work/hf.json" \
  "$bin plan $plan" \
  "$bin plan $plan --out $work/feeds" >&2
feeds=$(ls "$work/feeds" | wc -l)
plain=$(python3 bench/hyperfine_summary.py "$work/hf.json" --value 0)
written=$(python3 bench/hyperfine_summary.py "$work/hf.json" --value 1)
read -r met ratio <<< "$(awk -v t="$plain" 'BEGIN { printf "%s %.2f", (t < 100 ? "yes" : "no"), t / 100 }')"
read -r met_out ratio_out <<< "$(awk -v t="$written" 'BEGIN { printf "%s %.2f", (t < 100 ? "yes" : "no"), t / 100 }')"
{
  echo "### Start to finish: \`plan\` of the Québec–Namur protocol"
  echo
  echo "<!-- summary: plan quebec-namur, release build, wall time < 100 ms | ${plain} ms | ${ratio} × the 100 ms budget | ${met} | bench/startup.sh -->"
  echo "<!-- summary: the same with --out ($feeds feeds written, fsync), < 100 ms | ${written} ms | ${ratio_out} × the 100 ms budget | ${met_out} | bench/startup.sh -->"
  echo "$machine"
  echo
  echo "Command: \`hyperfine --warmup 3 --runs 30 -N '$bin plan $plan' '$bin plan $plan --out DIR'\` (release build;"
  echo "\`--out\` builds, lints and writes $feeds feeds, each fsynced before the renames)."
  echo
  python3 bench/hyperfine_summary.py "$work/hf.json" --labels "\`plan $plan\`,\`plan … --out DIR\`"
  echo
  echo "Target: under 100 ms. Measured: ${plain} ms (${ratio} × the budget), ${written} ms with \`--out\`: $( [ "$met" = yes ] && echo met || echo missed)."
  echo
} > "$out"
cat "$out"
