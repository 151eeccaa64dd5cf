#!/usr/bin/env bash
# Fuzzes the plan loader or the .ics importer with libFuzzer for a given time.
#
#   tools/fuzz.sh plan|ics SECONDS [extra libFuzzer options…]
#   tools/fuzz.sh plan|ics --build          only build the target
#   tools/fuzz.sh plan|ics --replay FILE…   run the target once on each file (a reproducer)
#
# The targets (Fuzz/Targets/*) need the package's modules, but the main Package.swift must not
# declare fuzz-only targets: the script makes a scratch copy of the package (symlinks to
# Sources, Tests, Tools, Fuzz…; Package.swift + Fuzz/Package.fuzz.swift) and builds it with
# SwiftPM, every Swift module instrumented (-sanitize=fuzzer,address) and the C modules too
# (CYaml, libyaml's copy inside Yams). libical is the system library: not instrumented.
#
# Runs from the repository root on the committed seed corpus Fuzz/Corpus/TARGET, writes new
# corpus entries to $FUZZ_WORK/corpus-TARGET (not committed) and crashes, leaks and timeouts to
# Fuzz/Crashes/TARGET/. Options: -max_total_time=SECONDS -timeout=1 (an input slower than 1 s
# is a failure) -rss_limit_mb=2048 -detect_leaks=1. The log is $FUZZ_WORK/fuzz-TARGET.log; the
# last lines (executions, exec/s, cov, ft, corpus) are printed at the end.
#
# Environment: SCRATCH (default .build-fuzz), FUZZ_WORK (default $SCRATCH/work), SWIFT.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)

target=${1:-}
mode=${2:-}
case "$target" in
    plan) product=PlanFuzz ;;
    ics) product=ICSFuzz ;;
    *) echo "usage: tools/fuzz.sh plan|ics SECONDS|--build|--replay FILE…" >&2; exit 64 ;;
esac
if [ -z "$mode" ]; then
    echo "usage: tools/fuzz.sh plan|ics SECONDS|--build|--replay FILE…" >&2; exit 64
fi
shift 2

SWIFT=${SWIFT:-swift}
# release (-O): the sanitizers stay, preconditions and overflow checks too; debug is 5-10 times slower
# under ASan, and the 1 s timeout would then flag inputs that take 0.2 s in a plain debug build.
CONFIGURATION=${CONFIGURATION:-release}
SCRATCH=${SCRATCH:-$ROOT/.build-fuzz}
OVERLAY=$SCRATCH/overlay
BUILD=$SCRATCH/sanitized
FUZZ_WORK=${FUZZ_WORK:-$SCRATCH/work}
mkdir -p "$OVERLAY" "$BUILD" "$FUZZ_WORK"

# The scratch package: everything but the manifest is a link to the repository.
for entry in Sources Tests Tools tools Fuzz calendars; do
    [ -e "$ROOT/$entry" ] && ln -sfn "$ROOT/$entry" "$OVERLAY/$entry"
done
[ -f "$ROOT/Package.resolved" ] && cp "$ROOT/Package.resolved" "$OVERLAY/Package.resolved"
# A file of this run's own: two targets may be started at once.
manifest=$(mktemp "$OVERLAY/Package.swift.XXXXXX")
cat "$ROOT/Package.swift" "$ROOT/Fuzz/Package.fuzz.swift" > "$manifest"
cmp -s "$manifest" "$OVERLAY/Package.swift" 2>/dev/null || mv "$manifest" "$OVERLAY/Package.swift"
rm -f "$manifest"

echo "fuzz: building $product ($CONFIGURATION, -sanitize=fuzzer,address)…" >&2
"$SWIFT" build --package-path "$OVERLAY" --scratch-path "$BUILD" -c "$CONFIGURATION" --product "$product" \
    -Xswiftc -sanitize=fuzzer,address \
    -Xcc -fsanitize=fuzzer-no-link,address >&2
binary=$BUILD/$CONFIGURATION/$product
[ -x "$binary" ] || { echo "fuzz: $binary was not built" >&2; exit 1; }

crashes=$ROOT/Fuzz/Crashes/$target
mkdir -p "$crashes"
options=(-timeout=1 -rss_limit_mb=2048 -detect_leaks=1 -print_final_stats=1)

case "$mode" in
    --build)
        echo "$binary"
        exit 0 ;;
    --replay)
        [ $# -gt 0 ] || { echo "fuzz: --replay needs files" >&2; exit 64; }
        exec "$binary" "${options[@]}" "$@" ;;
esac

seconds=$mode
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "fuzz: SECONDS must be a whole number, not '$seconds'" >&2; exit 64; }
corpus=$FUZZ_WORK/corpus-$target
mkdir -p "$corpus"
log=$FUZZ_WORK/fuzz-$target.log
dictionary=()
[ -f "$ROOT/Fuzz/$target.dict" ] && dictionary=(-dict="$ROOT/Fuzz/$target.dict")

echo "fuzz: $product for $seconds s; corpus $corpus (seeds Fuzz/Corpus/$target), crashes in $crashes, log $log" >&2
status=0
"$binary" "${options[@]}" "${dictionary[@]}" -max_total_time="$seconds" \
    -artifact_prefix="$crashes/" "$@" "$corpus" "$ROOT/Fuzz/Corpus/$target" > "$log" 2>&1 || status=$?
grep -E "^#[0-9]+.*(INITED|DONE|pulse)|stat::|SUMMARY|ERROR|Test unit written" "$log" | tail -n 15 >&2 || true
if [ "$status" -ne 0 ]; then
    echo "fuzz: $product FAILED (exit $status): see $log and $crashes" >&2
    exit "$status"
fi
echo "fuzz: $product ran $seconds s with no crash, leak or timeout ($(ls "$corpus" | wc -l) corpus entries)" >&2
