#!/usr/bin/env bash
# Import and expansion (issue 8): a 5,000-event .ics with 500 recurring series over 2024-2026
# (bench/import/gen_ics.py, fixed seed: zoned and all-day, COUNT and UNTIL, some EXDATEs),
# parsed and expanded by `jumelage occurrences FILE --from --to --format json` (libical) and by
# bench/import/expand_rie.py (icalendar + recurring-ical-events, the same JSON shape). The two
# outputs must list the same instants (bench/import/compare.py), then hyperfine times both.
# Target: ≥ 10× faster. Writes bench/import.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
bench_build
bin=$BENCH_BIN
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=bench/import.md
from=2024-01-01
to=2026-12-31

python3 bench/import/gen_ics.py --events 5000 --series 500 --seed 8 "$work/import.ics"
"$bin" occurrences "$work/import.ics" --from $from --to $to --format json > "$work/jumelage.json"
python3 bench/import/expand_rie.py "$work/import.ics" $from $to > "$work/reference.json"
comparison=$(python3 bench/import/compare.py "$work/jumelage.json" "$work/reference.json") || { echo "$comparison" >&2; exit 1; }
echo "$comparison" >&2
versions=$(python3 -c 'import importlib.metadata as m; print("icalendar", m.version("icalendar") + ", recurring-ical-events", m.version("recurring-ical-events"))')

bench_wait_quiet
machine=$(bench_machine)
hyperfine --warmup 1 --runs 10 -N --export-json "$work/hf.json" --output=null \
  "$bin occurrences $work/import.ics --from $from --to $to --format json" \
  "python3 bench/import/expand_rie.py $work/import.ics $from $to" >&2
ours=$(python3 bench/hyperfine_summary.py "$work/hf.json" --value 0)
theirs=$(python3 bench/hyperfine_summary.py "$work/hf.json" --value 1)
ratio=$(python3 bench/hyperfine_summary.py "$work/hf.json" --ratio 0,1)
cpu_ratio=$(python3 bench/hyperfine_summary.py "$work/hf.json" --ratio 0,1 --cpu)
met=$(awk -v r="$ratio" 'BEGIN { print (r >= 10 ? "yes" : "no") }')
{
  echo "### Import and expansion: 5,000 events, 500 series, Jumelage (libical) vs recurring-ical-events"
  echo
  echo "<!-- summary: parse and expand 5,000 events / 500 series, ≥ 10× faster than recurring-ical-events, same instants | ${ours} ms vs ${theirs} ms | ${ratio}× (CPU time: ${cpu_ratio}×) | ${met} | bench/import.sh -->"
  echo "$machine"
  echo
  echo "File: \`python3 bench/import/gen_ics.py --events 5000 --series 500 --seed 8 import.ics\` ($(wc -c < "$work/import.ics") bytes;"
  echo "$(grep -c '^RRULE' "$work/import.ics") RRULEs, $(grep -c '^EXDATE' "$work/import.ics") EXDATE lines)."
  echo "Command: \`hyperfine --warmup 1 --runs 10 -N 'jumelage occurrences import.ics --from $from --to $to --format json'"
  echo "'python3 bench/import/expand_rie.py import.ics $from $to'\` ($versions)."
  echo
  python3 bench/hyperfine_summary.py "$work/hf.json" --labels "\`jumelage occurrences\`,icalendar + recurring-ical-events"
  echo
  echo "Same instants (\`bench/import/compare.py\`, sorted (uid, start, zone, all-day) tuples): $comparison."
  echo
  echo "Target: ≥ 10× faster than recurring-ical-events with the same instants. Measured: ${ratio}× in wall time (${cpu_ratio}× in CPU time): $( [ "$met" = yes ] && echo met || echo missed)."
  echo
  if [ "$met" != yes ] || [ "${BENCH_PROFILE:-0}" = 1 ]; then
    echo "Profile of the Jumelage side (\`bench/profile.sh $bin occurrences import.ics --from $from --to $to --format json\`, valgrind --tool=callgrind):"
    echo
    bash bench/profile.sh "$bin" occurrences "$work/import.ics" --from $from --to $to --format json
    echo
  fi
} > "$out"
cat "$out"
