#!/usr/bin/env bash
# Soak and abuse test of `jumelage serve` on 127.0.0.1 (issue 7): wrk for DURATION seconds
# (default 300) against a published feed with the server's memory sampled every 10 s, while
# slow clients (slowloris) and oversized requests hit it; a normal client must keep getting its
# feed quickly. Writes bench/soak.md. Usage: tools/soak.sh [--jumelage BIN] [--seconds N]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build/release/jumelage
seconds=300
while [ $# -gt 0 ]; do
  case "$1" in
    --jumelage) bin="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 1 ;;
  esac
done
command -v wrk >/dev/null || { echo "soak: wrk is not installed (apt-get install wrk)" >&2; exit 1; }
work=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

"$bin" publish calendars --out "$work/feeds" --ledger "$work/ledger.sqlite" --calendars calendars >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$bin" serve "$work/feeds" --host 127.0.0.1 --port "$port" --log-level warning > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
url="http://127.0.0.1:$port/feeds/quebec-namur-2024-2026-public.ics"

rss() { awk '/VmRSS/ {print $2}' "/proc/$server/status"; }
: > "$work/rss.txt"
( while kill -0 "$server" 2>/dev/null; do echo "$(date +%s) $(rss)" >> "$work/rss.txt"; sleep 10; done ) &
sampler=$!

python3 - "$port" "$seconds" > "$work/abuse.txt" <<'PY' &
import socket, sys, time, http.client
port, seconds = int(sys.argv[1]), float(sys.argv[2])
end = time.time() + seconds
slow = []
worst = 0.0
oversized = {}
while time.time() < end:
    # 100 slow clients that send a byte of header every few seconds and never finish.
    while len(slow) < 100:
        s = socket.create_connection(("127.0.0.1", port), timeout=5)
        s.sendall(b"GET /feeds/quebec-namur-2024-2026-public.ics HTTP/1.1\r\nHost: x\r\n")
        slow.append(s)
    for s in list(slow):
        try:
            s.sendall(b"X-a: b\r\n")
        except OSError:
            slow.remove(s)
    # Oversized requests: a 1 MB header and a 100 KB path.
    for label, request in (("1 MB header", b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 1_000_000 + b"\r\n\r\n"),
                           ("100 KB path", b"GET /" + b"a" * 100_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n")):
        try:
            s = socket.create_connection(("127.0.0.1", port), timeout=5)
            s.sendall(request)
            answer = s.recv(64).split(b"\r\n")[0].decode(errors="replace")
            s.close()
        except OSError as error:
            answer = f"connection closed ({error.__class__.__name__})"
        oversized[label] = answer or "connection closed"
    # A normal client still gets its feed, quickly.
    started = time.time()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    connection.request("GET", "/feeds/quebec-namur-2024-2026-public.ics")
    response = connection.getresponse()
    response.read()
    assert response.status == 200, response.status
    worst = max(worst, time.time() - started)
    connection.close()
    time.sleep(2)
print(f"normal client during abuse: worst {worst * 1000:.0f} ms")
for label, answer in oversized.items():
    print(f"{label}: {answer}")
PY
abuse=$!

wrk -t2 -c32 -d"${seconds}s" --latency "$url" > "$work/wrk.txt"
wait "$abuse"
kill "$sampler" 2>/dev/null || true
alive=yes; kill -0 "$server" 2>/dev/null || alive=no

requests=$(awk '/requests in/ {print $1}' "$work/wrk.txt")
errors=$(awk '/Socket errors|Non-2xx/ {print}' "$work/wrk.txt" | tr '\n' ' ')
rate=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")
p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")
first=$(sed -n 2p "$work/rss.txt" | awk '{print $2}')
last=$(tail -1 "$work/rss.txt" | awk '{print $2}')
peak=$(awk '{print $2}' "$work/rss.txt" | sort -n | tail -1)
{
  echo "### Soak and abuse (\`make soak\`)"
  echo
  echo "<!-- summary: serve under wrk for ${seconds} s beside slowloris and oversized requests: 0 errors, memory flat | $requests requests, errors: ${errors:-none}; RSS $((first / 1024)) MB after 10 s, $((last / 1024)) MB at the end | – | $( [ "$alive" = yes ] && [ -z "$errors" ] && echo yes || echo no) | make soak -->"
  echo "Command: \`tools/soak.sh --seconds $seconds\` ($(date -u +%Y-%m-%d), $(nproc) cores): wrk -t2 -c32 for ${seconds} s on a public feed,"
  echo "with 100 slowloris connections and oversized requests at the same time."
  echo
  echo "| measure | value |"
  echo "|---|---|"
  echo "| requests | $requests |"
  echo "| requests/s | $rate |"
  echo "| p99 latency | $p99 |"
  echo "| errors (wrk) | ${errors:-none} |"
  echo "| server RSS after 10 s / at the end / peak | $((first / 1024)) MB / $((last / 1024)) MB / $((peak / 1024)) MB |"
  sed 's/^/| /; s/: / | /; s/$/ |/' "$work/abuse.txt"
  echo "| server alive at the end | $alive |"
  echo
} > bench/soak.md
cat bench/soak.md
[ "$alive" = yes ] && [ -z "$errors" ]
