#!/usr/bin/env bash
# Writes every output of the real plans into one folder (plan JSON and text, feeds, holiday
# feeds, mobility windows and feeds, pages, a publication), to compare two builds byte for byte:
#   tools/snapshot_outputs.sh BIN OUT && diff -r OUT-before OUT-after
set -euo pipefail
bin=$(realpath "$1"); out=$2
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
rm -rf "$out"; mkdir -p "$out"
cd "$root"
"$bin" plan calendars --format json > "$out/plan.json"
"$bin" plan calendars > "$out/plan.txt"
"$bin" plan calendars --out "$out/feeds" > /dev/null
"$bin" holidays --region all --year 2024 --to-year 2027 --out "$out/feeds" > /dev/null
"$bin" windows calendars --format json > "$out/windows.json"
"$bin" windows calendars > "$out/windows.txt"
"$bin" windows calendars --out "$out/mobility" > /dev/null 2>&1
"$bin" pages calendars --out "$out/pages" --today 2025-06-01 > /dev/null
"$bin" holidays --region all --year 2024 --to-year 2027 --out "$out/publication" > /dev/null
"$bin" publish calendars --out "$out/publication" --ledger "$out/ledger.sqlite" --now 2025-06-01T10:00:00Z --by snapshot > /dev/null
rm -f "$out/ledger.sqlite"
echo "outputs of $bin in $out"
