#!/usr/bin/env bash
# Profiles one command with valgrind --tool=callgrind (instruction counts: repeatable whatever
# else the machine runs) and prints a markdown table of the most expensive functions, inclusive,
# demangled. Used by the bench scripts when a target is missed.
#
#   bench/profile.sh BINARY ARGS...
# valgrind 3.19 cannot read the DWARF 5 of Swift release binaries: a copy without debug
# information is profiled (function names come from the symbol table).
set -euo pipefail
cd "$(dirname "$0")/.."
binary=$1
shift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$binary" "$work/$(basename "$binary")"
strip --strip-debug "$work/$(basename "$binary")"
valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" "$work/$(basename "$binary")" "$@" > /dev/null 2> "$work/valgrind.log" \
  || { tail -5 "$work/valgrind.log" >&2; exit 1; }
callgrind_annotate --inclusive=yes --threshold=100 "$work/callgrind.out" > "$work/annotated.txt"
python3 bench/callgrind_top.py "$work/annotated.txt" --rows "${PROFILE_ROWS:-18}"
