#!/usr/bin/env bash
# A real subscriber, end to end: vdirsyncer (http storage -> filesystem storage) syncs feeds
# that `jumelage publish` wrote and `jumelage serve` serves on 127.0.0.1, then the plan changes
# (one event moved, one removed), is published again, and vdirsyncer syncs again.
#
# Checks that the moved event is updated in place (same UID, same file, new DTSTART, higher
# SEQUENCE), that the removed one is cancelled (STATUS:CANCELLED, "ANNULÉ – "), that nothing is
# duplicated, that the untouched events' files did not change, that a private feed syncs through
# its token, and that the server's log never shows the token.
#
# vdirsyncer's http storage, as shipped (0.19 to 0.21), replaces every UID with a hash of the
# event's content (`HttpStorage._ignore_uids = True`, "required for tests", not configurable),
# because some webcal servers make up new UIDs on every request. Subscribers that keep UIDs
# (Apple, Google, Outlook, Thunderbird) are what the in-place checks are about, so those pairs
# run vdirsyncer with that one switch turned off (`vdirsyncer_keeping_uids`); a third pair runs
# vdirsyncer exactly as shipped and checks what it can see: the moved event replaced (not
# duplicated), the removed one cancelled, the untouched one's file unchanged.
#
# Usage: tools/vdirsyncer_e2e.sh [--jumelage PATH]   (default: $JUMELAGE_BIN or .build/debug/jumelage)
# Needs vdirsyncer (Debian package `vdirsyncer`, or PyPI) and python3; installs nothing itself.
# Prints `N passed, M failed`; exits 1 when a check fails.
set -uo pipefail

JUMELAGE="${JUMELAGE_BIN:-.build/debug/jumelage}"
if [ "${1:-}" = "--jumelage" ] && [ -n "${2:-}" ]; then JUMELAGE="$2"; fi
JUMELAGE="$(cd "$(dirname "$JUMELAGE")" && pwd)/$(basename "$JUMELAGE")"
for tool in vdirsyncer python3 curl; do
    command -v "$tool" >/dev/null 2>&1 || { echo "vdirsyncer_e2e: $tool is missing (make deps installs it)" >&2; exit 1; }
done
[ -x "$JUMELAGE" ] || { echo "vdirsyncer_e2e: no jumelage binary at $JUMELAGE" >&2; exit 1; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/jumelage-vdirsyncer.XXXXXX")"
SERVER_PID=""
cleanup() {
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null
        for _ in $(seq 1 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$SERVER_PID" 2>/dev/null
        wait "$SERVER_PID" 2>/dev/null
    fi
    [ -n "${KEEP_WORK:-}" ] && echo "kept $WORK" || rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

PASSED=0
FAILED=0
check() {  # check "what" command...
    local what="$1"; shift
    if "$@"; then PASSED=$((PASSED + 1)); echo "PASS $what"; else FAILED=$((FAILED + 1)); echo "FAIL $what"; fi
}

# The plan: three public events in 2027 (a timed committee, an all-day mission, a monthly
# webinar written as one RRULE) and a coordinators' meeting. Published "as of" January 2027 so
# every event is in the future whatever today's date.
mkdir -p "$WORK/v1" "$WORK/v2" "$WORK/feeds" "$WORK/local" "$WORK/private" "$WORK/stock" "$WORK/status" "$WORK/status-stock"
cat > "$WORK/v1/essai.yaml" <<'YAML'
jumelage: 1
id: essai
title: {fr: Plan d'essai de bout en bout, en: End-to-end test plan}
language: fr
revision: 2026-12-01T09:00:00Z
horizon: {from: 2026-01-01, to: 2027-12-31}
partners:
  - id: quebec
    name: Ville de Québec
    country: CA
    timezone: America/Toronto
  - id: namur
    name: Ville de Namur
    country: BE
    timezone: Europe/Brussels
events:
  - id: comite
    kind: committee
    title: {fr: Comité de suivi, en: Follow-up committee}
    start: 2027-03-10T10:00
    duration: 2h
    host: namur
    participants: [quebec]
    audiences: [public]
  - id: mission
    kind: mission
    title: {fr: Mission à Québec, en: Mission to Québec}
    dates: {from: 2027-05-03, to: 2027-05-07}
    origin: namur
    destination: quebec
    audiences: [public]
  - id: webinaire
    title: {fr: Webinaire des partenaires, en: Partners' webinar}
    start: 2027-04-01T15:00
    duration: 1h
    host: quebec
    repeat: {every: month, count: 3}
    audiences: [public]
  - id: interne
    title: {fr: Réunion interne, en: Internal meeting}
    date: 2027-02-15
    host: quebec
    audiences: [coordinators]
YAML

# v2: a copy where the committee moves a week later and the mission is removed.
sed 's/start: 2027-03-10T10:00/start: 2027-03-17T10:00/' "$WORK/v1/essai.yaml" > "$WORK/v2/essai.yaml"
python3 - "$WORK/v2/essai.yaml" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
text = re.sub(r"  - id: mission\n(?:    .*\n)*", "", text)
open(path, "w", encoding="utf-8").write(text)
PY
grep -q "id: mission" "$WORK/v2/essai.yaml" && { echo "vdirsyncer_e2e: could not remove the mission from the copy" >&2; exit 1; }

LEDGER="$WORK/ledger.sqlite"
publish() {  # publish PLAN_DIR TIME
    "$JUMELAGE" publish "$1" --out "$WORK/feeds" --ledger "$LEDGER" --by e2e --now "$2" > "$WORK/publish.log" 2>&1 \
        || { cat "$WORK/publish.log" >&2; return 1; }
}
publish "$WORK/v1" 2027-01-10T10:00:00Z || exit 1
TOKEN="$("$JUMELAGE" tokens create --feeds essai-coordinators --label e2e --ledger "$LEDGER" 2>/dev/null | sed -n 2p)"
[ -n "$TOKEN" ] || { echo "vdirsyncer_e2e: no token" >&2; exit 1; }

PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
"$JUMELAGE" serve "$WORK/feeds" --host 127.0.0.1 --port "$PORT" --reload 0.5 --log-level debug > "$WORK/serve.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 100); do
    curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/serve.log" >&2; echo "vdirsyncer_e2e: the server stopped" >&2; exit 1; }
    sleep 0.1
done

cat > "$WORK/config" <<EOF
[general]
status_path = "$WORK/status/"

[pair public]
a = "public_remote"
b = "public_local"
collections = null
conflict_resolution = "a wins"

[storage public_remote]
type = "http"
url = "http://127.0.0.1:$PORT/feeds/essai-public.ics"

[storage public_local]
type = "filesystem"
path = "$WORK/local/"
fileext = ".ics"

[pair private]
a = "private_remote"
b = "private_local"
collections = null
conflict_resolution = "a wins"

[storage private_remote]
type = "http"
url = "http://127.0.0.1:$PORT/feeds/private/$TOKEN/essai-coordinators.ics"

[storage private_local]
type = "filesystem"
path = "$WORK/private/"
fileext = ".ics"
EOF

cat > "$WORK/config-stock" <<EOF
[general]
status_path = "$WORK/status-stock/"

[pair stock]
a = "stock_remote"
b = "stock_local"
collections = null
conflict_resolution = "a wins"

[storage stock_remote]
type = "http"
url = "http://127.0.0.1:$PORT/feeds/essai-public.ics"

[storage stock_local]
type = "filesystem"
path = "$WORK/stock/"
fileext = ".ics"
EOF

# vdirsyncer with its http storage keeping the feed's UIDs, run by vdirsyncer's own interpreter.
VDIRSYNCER_PYTHON="$(head -1 "$(command -v vdirsyncer)" | sed -n 's/^#! *//p' | cut -d' ' -f1)"
[ -x "${VDIRSYNCER_PYTHON:-}" ] || VDIRSYNCER_PYTHON=python3
vdirsyncer_keeping_uids() {
    "$VDIRSYNCER_PYTHON" -c '
import sys
from vdirsyncer.storage.http import HttpStorage
HttpStorage._ignore_uids = False
from vdirsyncer.cli import main
sys.argv[0] = "vdirsyncer"
sys.exit(main())
' "$@"
}

sync() {  # sync COMMAND CONFIG
    # `yes` answers discover's "create the local collection?"; it ends on SIGPIPE, so the
    # pipeline's status is vdirsyncer's alone.
    (set +o pipefail; yes | "$1" -c "$2" discover > "$WORK/vdirsyncer.log" 2>&1) \
        || { cat "$WORK/vdirsyncer.log" >&2; return 1; }
    "$1" -c "$2" sync >> "$WORK/vdirsyncer.log" 2>&1 || { cat "$WORK/vdirsyncer.log" >&2; return 1; }
}
sync_all() {
    sync vdirsyncer_keeping_uids "$WORK/config" && sync vdirsyncer "$WORK/config-stock"
}

# What the filesystem storage holds: one line per file, "file<TAB>uid<TAB>summary<TAB>dtstart<TAB>sequence<TAB>status<TAB>sha256".
inventory() {
    python3 - "$1" <<'PY'
import hashlib, os, sys
folder = sys.argv[1]
for name in sorted(os.listdir(folder)):
    if not name.endswith(".ics"):
        continue
    raw = open(os.path.join(folder, name), "rb").read()
    lines = []
    for line in raw.decode("utf-8").replace("\r\n", "\n").split("\n"):
        if line.startswith(" ") and lines:
            lines[-1] += line[1:]
        else:
            lines.append(line)
    inside, props = False, {}
    for line in lines:
        if line == "BEGIN:VEVENT":
            inside = True
        elif line == "END:VEVENT":
            inside = False
        elif inside and ":" in line:
            key, value = line.split(":", 1)
            props.setdefault(key.split(";")[0], value)
    print("\t".join([name, props.get("UID", ""), props.get("SUMMARY", ""), props.get("DTSTART", ""),
                     props.get("SEQUENCE", ""), props.get("STATUS", ""), hashlib.sha256(raw).hexdigest()]))
PY
}
field() {  # field INVENTORY SUMMARY COLUMN
    awk -F'\t' -v s="$2" -v c="$3" '$3 == s { print $c }' "$1"
}
same() {  # same A B: equal and not empty
    [ -n "$1" ] && [ "$1" = "$2" ]
}

check "first sync" sync_all
inventory "$WORK/local" > "$WORK/before.tsv"
inventory "$WORK/private" > "$WORK/private-before.tsv"
inventory "$WORK/stock" > "$WORK/stock-before.tsv"
check "three public events synced" test "$(wc -l < "$WORK/before.tsv")" -eq 3
check "the private feed synced through its token" test "$(wc -l < "$WORK/private-before.tsv")" -eq 4
COMITE_FILE="$(field "$WORK/before.tsv" "Comité de suivi" 1)"
COMITE_UID="$(field "$WORK/before.tsv" "Comité de suivi" 2)"
MISSION_FILE="$(field "$WORK/before.tsv" "Mission à Québec" 1)"
MISSION_UID="$(field "$WORK/before.tsv" "Mission à Québec" 2)"
WEBINAIRE_SHA="$(field "$WORK/before.tsv" "Webinaire des partenaires" 7)"
check "the local files carry the feed's UIDs" grep -q "^UID:$COMITE_UID" "$WORK/feeds/essai-public.ics"
check "the committee is on 10 March" same "$(field "$WORK/before.tsv" "Comité de suivi" 4)" "20270310T100000"

# The plan changes; the server picks the new publication up by itself.
publish "$WORK/v2" 2027-01-20T08:30:00Z || exit 1
for _ in $(seq 1 50); do
    curl -fs "http://127.0.0.1:$PORT/healthz" | grep -q '"publishedAt" : "2027-01-20T08:30:00Z"' && break
    sleep 0.1
done
check "the server reloaded the new publication" sh -c "curl -fs http://127.0.0.1:$PORT/healthz | grep -q '2027-01-20T08:30:00Z'"
check "second sync" sync_all
inventory "$WORK/local" > "$WORK/after.tsv"
inventory "$WORK/private" > "$WORK/private-after.tsv"
inventory "$WORK/stock" > "$WORK/stock-after.tsv"

check "the moved event is the same file" same "$(field "$WORK/after.tsv" "Comité de suivi" 1)" "$COMITE_FILE"
check "the moved event keeps its UID" same "$(field "$WORK/after.tsv" "Comité de suivi" 2)" "$COMITE_UID"
check "the moved event has its new date" same "$(field "$WORK/after.tsv" "Comité de suivi" 4)" "20270317T100000"
check "the moved event's SEQUENCE went up" same "$(field "$WORK/after.tsv" "Comité de suivi" 5)" "1"
check "the removed event is the same file" same "$(field "$WORK/after.tsv" "ANNULÉ – Mission à Québec" 1)" "$MISSION_FILE"
check "the removed event keeps its UID" same "$(field "$WORK/after.tsv" "ANNULÉ – Mission à Québec" 2)" "$MISSION_UID"
check "the removed event is cancelled" same "$(field "$WORK/after.tsv" "ANNULÉ – Mission à Québec" 6)" "CANCELLED"
check "the untouched event's file did not change" same "$(field "$WORK/after.tsv" "Webinaire des partenaires" 7)" "$WEBINAIRE_SHA"
check "still three public files" test "$(wc -l < "$WORK/after.tsv")" -eq 3
check "no duplicate UID (public)" test "$(cut -f2 "$WORK/after.tsv" | sort | uniq -d | wc -l)" -eq 0
check "no duplicate UID (private)" test "$(cut -f2 "$WORK/private-after.tsv" | sort | uniq -d | wc -l)" -eq 0
check "the private feed has the cancellation too" grep -q "ANNULÉ – Mission à Québec" "$WORK/private-after.tsv"
# vdirsyncer as shipped (UIDs replaced by content hashes): nothing duplicated, nothing lost.
check "stock vdirsyncer: three files before" test "$(wc -l < "$WORK/stock-before.tsv")" -eq 3
check "stock vdirsyncer: three files after" test "$(wc -l < "$WORK/stock-after.tsv")" -eq 3
check "stock vdirsyncer: the committee once, on its new date" same \
    "$(awk -F'\t' '$3 == "Comité de suivi" { print $4 }' "$WORK/stock-after.tsv" | tr '\n' ' ')" "20270317T100000 "
check "stock vdirsyncer: the mission cancelled, once" same \
    "$(awk -F'\t' '$3 ~ /Mission à Québec/ { print $3 "/" $6 }' "$WORK/stock-after.tsv" | tr '\n' ' ')" "ANNULÉ – Mission à Québec/CANCELLED "
check "stock vdirsyncer: the untouched event's file did not change" same \
    "$(field "$WORK/stock-after.tsv" "Webinaire des partenaires" 1)/$(field "$WORK/stock-after.tsv" "Webinaire des partenaires" 7)" \
    "$(field "$WORK/stock-before.tsv" "Webinaire des partenaires" 1)/$(field "$WORK/stock-before.tsv" "Webinaire des partenaires" 7)"

check "the server's log names no token" sh -c "! grep -q -- '$TOKEN' '$WORK/serve.log'"
check "the server's log shows the redacted path" grep -q "/feeds/private/\[token\]/essai-coordinators.ics" "$WORK/serve.log"

# SIGTERM stops the server cleanly.
kill -TERM "$SERVER_PID"
STOPPED=1
for _ in $(seq 1 50); do kill -0 "$SERVER_PID" 2>/dev/null || { STOPPED=0; break; }; sleep 0.1; done
wait "$SERVER_PID" 2>/dev/null
STATUS=$?
SERVER_PID=""
check "SIGTERM stops the server" test "$STOPPED" -eq 0
check "the server exits 0 after SIGTERM" test "$STATUS" -eq 0

echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
