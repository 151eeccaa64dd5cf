#!/usr/bin/env bash
# Builds ICalendarSelfCheck (debug) and runs it under valgrind: fails on any definite leak or
# memory error in the libical paths the ICalendar module uses.
set -euo pipefail

cd "$(dirname "$0")/.."
iterations="${1:-20}"
scratch="${SCRATCH_PATH:-.build}"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

swift build --scratch-path "$scratch" --product ICalendarSelfCheck >&2
binary="$(swift build --scratch-path "$scratch" --product ICalendarSelfCheck --show-bin-path)/ICalendarSelfCheck"

status=0
valgrind --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=1 \
    --log-file="$log" "$binary" "$iterations" || status=$?

sed -n '/LEAK SUMMARY/,/suppressed:/p' "$log"
grep -E "ERROR SUMMARY" "$log" || true

if [ "$status" -ne 0 ]; then
    echo "valgrind-selfcheck: FAILED (exit $status); full log:" >&2
    cat "$log" >&2
    exit 1
fi
if grep -q "All heap blocks were freed -- no leaks are possible" "$log"; then
    echo "valgrind-selfcheck: OK (no leaks are possible)"
elif grep -q "definitely lost: 0 bytes in 0 blocks" "$log"; then
    echo "valgrind-selfcheck: OK (definitely lost: 0 bytes)"
else
    echo "valgrind-selfcheck: FAILED: definite leaks" >&2
    cat "$log" >&2
    exit 1
fi
