#!/usr/bin/env bash
# Solver at network scale (issue 4): generated workspaces of 50, 200 and 500 twinnings over 3 years,
# planned by a release build. For each size: time and memory to a first complete schedule
# (--first-schedule), then the objective reached within time limits of 1, 2 and 10 s.
# Writes bench/solver.md; `make bench` merges it into bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."

swift build -c release --product jumelage >&2
bin=.build/release/jumelage
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=bench/solver.md

{
  echo "### Solver at network scale"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); $(date -u +%Y-%m-%d)."
  echo "Command per size N: \`jumelage generate --twinnings N --years 3 --seed 1 --out DIR\`, then"
  echo "\`jumelage plan DIR --calendars calendars --format json --first-schedule\` (first complete schedule) and"
  echo "\`jumelage plan DIR --calendars calendars --format json --time-limit T\` (objective within T seconds)."
  echo "Wall time and peak memory from \`/usr/bin/time -v\`, median of 3 runs for the first schedule."
  echo
  echo "| twinnings | events | open events | people | first complete schedule | peak memory | hard violations | objective at 1 s | at 2 s | at 10 s | lower bound | proven optimal |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
} > "$out"

for n in 50 200 500; do
  dir="$work/net$n"
  "$bin" generate --twinnings "$n" --years 3 --seed 1 --out "$dir" >/dev/null
  people=$(grep -h -- "- id:" "$dir"/*.yaml | grep -c -E "maire|elu|agent" || true)
  people=$((people + n / 10))
  times=()
  for run in 1 2 3; do
    /usr/bin/time -v "$bin" plan "$dir" --calendars calendars --format json --first-schedule > "$work/first.json" 2> "$work/time.txt"
    times+=("$(awk -F': ' '/Elapsed \(wall clock\)/ {split($2, t, ":"); print t[1] * 60 + t[2]}' "$work/time.txt")")
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f MB", $2 / 1024}' "$work/time.txt")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
  read -r events open violations <<< "$(python3 - "$work/first.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
print(len(d["events"]), sum(1 for e in d["events"] if e["open"]), d["hardViolations"])
PY
)"
  objectives=()
  optimal=no
  for limit in 1 2 10; do
    "$bin" plan "$dir" --calendars calendars --format json --time-limit "$limit" > "$work/limit.json"
    objectives+=("$(python3 -c "import json; d=json.load(open('$work/limit.json')); print(d['objective'] if d['status'] in ('optimal','feasible') else d['status'])")")
    optimal=$(python3 -c "import json; d=json.load(open('$work/limit.json')); print('yes' if d['optimal'] else 'no')")
    bound=$(python3 -c "import json; d=json.load(open('$work/limit.json')); print(d['bound'])")
  done
  echo "| $n | $events | $open | $people | ${median} s | $rss | $violations | ${objectives[0]} | ${objectives[1]} | ${objectives[2]} | $bound | $optimal |" >> "$out"
done
echo >> "$out"
cat "$out"
