#!/usr/bin/env bash
# Feed writing (issue 8): 10,000 events (zoned in America/Toronto and Europe/Brussels, all-day
# multi-day, weekly and monthly series with COUNT and an EXDATE, about a third each) written to
# iCalendar by Jumelage (ICalendarWriter over libical, Benchmarks/Sources/FeedBench) and by the
# Python package `icalendar` (bench/feeds/write_icalendar.py), from the same neutral JSON
# (bench/feeds/gen_events.py, fixed seed). Both outputs are checked (parse, 10,000 VEVENTs,
# VTIMEZONEs, the same properties), then timed: writing in process (events in memory to the file,
# the target: ≥ 10× faster) and the whole process with hyperfine (JSON read and start-up included).
# Writes bench/feeds.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
swift build -c release --package-path Benchmarks --product FeedBench >&2
feedbench=Benchmarks/.build/release/FeedBench
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=bench/feeds.md
count=10000

python3 bench/feeds/gen_events.py --count "$count" --seed 8 "$work/events.json"
"$feedbench" "$work/events.json" "$work/jumelage.ics"
python3 bench/feeds/write_icalendar.py "$work/events.json" "$work/icalendar.ics"
check=$(python3 bench/feeds/check_feeds.py "$work/jumelage.ics" "$work/icalendar.ics" --events "$count")
echo "$check" >&2
icalendar_version=$(python3 -c 'import icalendar; print(icalendar.__version__)')

bench_wait_quiet
machine=$(bench_machine)
hyperfine --warmup 2 --runs 10 -N --export-json "$work/hf.json" \
  "$feedbench $work/events.json $work/out-jumelage.ics" \
  "python3 bench/feeds/write_icalendar.py $work/events.json $work/out-icalendar.ics" >&2
# In-process step times, the two programs alternating: writing (build + serialize + write) is
# what each library does; reading the benchmark's JSON input is not feed writing.
runs=10
for _ in $(seq "$runs"); do
  "$feedbench" "$work/events.json" "$work/phases.ics" --phases 2>> "$work/phases-jumelage.txt"
  python3 bench/feeds/write_icalendar.py "$work/events.json" "$work/phases-icalendar.ics" --phases 2>> "$work/phases-icalendar.txt"
done
read -r ours theirs ratio < <(python3 bench/feeds/phase_summary.py "$work/phases-jumelage.txt" "$work/phases-icalendar.txt" 2> "$work/phases.md")
process_ours=$(python3 bench/hyperfine_summary.py "$work/hf.json" --value 0)
process_theirs=$(python3 bench/hyperfine_summary.py "$work/hf.json" --value 1)
process_ratio=$(python3 bench/hyperfine_summary.py "$work/hf.json" --ratio 0,1)
cpu_ratio=$(python3 bench/hyperfine_summary.py "$work/hf.json" --ratio 0,1 --cpu)
met=$(awk -v r="$ratio" 'BEGIN { print (r >= 10 ? "yes" : "no") }')
{
  echo "### Feed writing: $count events, Jumelage (libical) vs Python \`icalendar\` $icalendar_version"
  echo
  echo "<!-- summary: write $count events to iCalendar, ≥ 10× faster than icalendar | writing ${ours} ms vs ${theirs} ms (whole process ${process_ours} ms vs ${process_theirs} ms) | ${ratio}× (whole process ${process_ratio}×) | ${met} | bench/feeds.sh -->"
  echo "$machine"
  echo
  echo "Events: \`python3 bench/feeds/gen_events.py --count $count --seed 8 events.json\` (zoned in America/Toronto and"
  echo "Europe/Brussels, all-day of 1–5 days, weekly/monthly series with COUNT and one EXDATE; a third each)."
  echo "Writing, in process: each program run $runs times, alternating, with \`--phases\` (\`FeedBench events.json out.ics --phases\`,"
  echo "\`python3 bench/feeds/write_icalendar.py events.json out.ics --phases\`): the time from the events in memory to the"
  echo "file written (build the calendar with its VTIMEZONEs — libical's, truncated to the years used; \`add_missing_timezones\` —,"
  echo "serialise, write), medians by \`bench/feeds/phase_summary.py\`. Reading the benchmark's JSON input is shown apart:"
  echo "Foundation's \`JSONDecoder\` is slower than Python's C \`json\` module, and neither is feed writing."
  echo
  cat "$work/phases.md"
  echo
  echo "Whole process, interpreter or runtime start and JSON read included: \`hyperfine --warmup 2 --runs 10 -N"
  echo "'Benchmarks/.build/release/FeedBench events.json out.ics' 'python3 bench/feeds/write_icalendar.py events.json out.ics'\`."
  echo
  python3 bench/hyperfine_summary.py "$work/hf.json" --labels "Jumelage (FeedBench: ICalendarWriter.serialize),Python icalendar $icalendar_version"
  echo
  echo "Both outputs checked by \`bench/feeds/check_feeds.py\`:"
  echo
  echo '```'
  echo "$check" | sed "s|$work/||g"
  echo '```'
  echo
  echo "Sizes: Jumelage $(wc -c < "$work/jumelage.ics") bytes, icalendar $(wc -c < "$work/icalendar.ics") bytes."
  echo
  echo "Target: ≥ 10× faster than \`icalendar\` at writing. Measured: ${ratio}× (whole process: ${process_ratio}× in wall time, ${cpu_ratio}× in CPU time): $( [ "$met" = yes ] && echo met || echo missed)."
  echo
  if [ "$met" != yes ] || awk -v r="$process_ratio" 'BEGIN { exit !(r < 10) }' || [ "${BENCH_PROFILE:-0}" = 1 ]; then
    echo "Profile of the Jumelage side (\`bench/profile.sh $feedbench events.json out.ics\`, valgrind --tool=callgrind):"
    echo
    bash bench/profile.sh "$feedbench" "$work/events.json" "$work/profiled.ics"
    echo
  fi
} > "$out"
cat "$out"
