#!/usr/bin/env bash
# wrk against `jumelage serve` and against nginx serving the same 500-event feed, on loopback:
# full responses (200) and revalidations (304, If-None-Match). Writes requests/s and p99 latency
# of each run to bench/serve.md.
#
# Usage: bench/serve_wrk.sh [--jumelage PATH] [--duration SECONDS] [--connections N] [--threads N]
#   PATH defaults to $JUMELAGE_BIN, else .build/release/jumelage, else .build/debug/jumelage.
# Needs wrk, nginx (Debian packages), curl and python3; installs nothing. Servers listen on
# 127.0.0.1 only, on free ports, and are stopped on exit whatever happens.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
JUMELAGE="${JUMELAGE_BIN:-}"
DURATION=20
CONNECTIONS=32
THREADS=2
while [ $# -gt 0 ]; do
    case "$1" in
        --jumelage) JUMELAGE="$2"; shift 2 ;;
        --duration) DURATION="$2"; shift 2 ;;
        --connections) CONNECTIONS="$2"; shift 2 ;;
        --threads) THREADS="$2"; shift 2 ;;
        *) echo "serve_wrk: unknown argument $1" >&2; exit 1 ;;
    esac
done
if [ -z "$JUMELAGE" ]; then
    if [ -x .build/release/jumelage ]; then JUMELAGE=.build/release/jumelage; else JUMELAGE=.build/debug/jumelage; fi
fi
for tool in wrk nginx curl python3; do
    command -v "$tool" >/dev/null 2>&1 || { echo "serve_wrk: $tool is missing (apt-get install wrk nginx)" >&2; exit 1; }
done
[ -x "$JUMELAGE" ] || { echo "serve_wrk: no jumelage binary at $JUMELAGE" >&2; exit 1; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/jumelage-wrk.XXXXXX")"
SERVE_PID=""
NGINX_PID=""
stop() {  # stop PID: SIGTERM, then SIGKILL after 5 s
    [ -n "$1" ] || return 0
    kill -TERM "$1" 2>/dev/null || return 0
    for _ in $(seq 1 50); do kill -0 "$1" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}
cleanup() {
    stop "$SERVE_PID"
    stop "$NGINX_PID"
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}
wait_for() {  # wait_for URL PID LOG
    for _ in $(seq 1 100); do
        curl -fs -o /dev/null "$1" && return 0
        kill -0 "$2" 2>/dev/null || { cat "$3" >&2; return 1; }
        sleep 0.1
    done
    echo "serve_wrk: $1 did not answer" >&2
    return 1
}

# A plan of 500 events, one a day from 2027-01-01, published as of 2026-12-01: every event is
# in the public feed.
python3 - > "$WORK/bench.yaml" <<'PY'
import datetime
print("""jumelage: 1
id: bench
title: {fr: Banc d'essai, en: Benchmark}
language: fr
revision: 2026-11-01T09:00:00Z
horizon: {from: 2026-01-01, to: 2028-12-31}
partners:
  - id: quebec
    name: Ville de Québec
    country: CA
    timezone: America/Toronto
  - id: namur
    name: Ville de Namur
    country: BE
    timezone: Europe/Brussels
events:""")
start = datetime.date(2027, 1, 1)
for index in range(500):
    day = start + datetime.timedelta(days=index)
    host = "quebec" if index % 2 else "namur"
    print(f"""  - id: rencontre-{index:03d}
    title: {{fr: "Rencontre {index} du jumelage", en: "Twinning meeting {index}"}}
    description: {{fr: "Séance de travail {index} : bilan, suites à donner, prochaines étapes.", en: "Working session {index}: review, follow-up, next steps."}}
    start: {day.isoformat()}T10:00
    duration: 2h
    host: {host}
    audiences: [public]""")
PY
mkdir -p "$WORK/feeds"
"$JUMELAGE" publish "$WORK/bench.yaml" --out "$WORK/feeds" --ledger "$WORK/ledger.sqlite" --by bench \
    --now 2026-12-01T00:00:00Z > "$WORK/publish.log" 2>&1 || { cat "$WORK/publish.log" >&2; exit 1; }
FEED=bench-public.ics
EVENTS="$(grep -c '^BEGIN:VEVENT' "$WORK/feeds/$FEED")"
BYTES="$(wc -c < "$WORK/feeds/$FEED")"

SERVE_PORT="$(free_port)"
"$JUMELAGE" serve "$WORK/feeds" --host 127.0.0.1 --port "$SERVE_PORT" --log-level warning > "$WORK/serve.log" 2>&1 &
SERVE_PID=$!
wait_for "http://127.0.0.1:$SERVE_PORT/feeds/$FEED" "$SERVE_PID" "$WORK/serve.log"

NGINX_PORT="$(free_port)"
mkdir -p "$WORK/nginx"
USER_LINE=""
[ "$(id -u)" -eq 0 ] && USER_LINE="user root;"
cat > "$WORK/nginx/nginx.conf" <<EOF
$USER_LINE
worker_processes auto;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    client_body_temp_path $WORK/nginx/body;
    proxy_temp_path $WORK/nginx/proxy;
    fastcgi_temp_path $WORK/nginx/fastcgi;
    uwsgi_temp_path $WORK/nginx/uwsgi;
    scgi_temp_path $WORK/nginx/scgi;
    types { text/calendar ics; }
    charset utf-8;
    charset_types text/calendar;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        location /feeds/ { alias $WORK/feeds/; etag on; }
    }
}
EOF
nginx -e "$WORK/nginx/error.log" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" > "$WORK/nginx/stdout.log" 2>&1 &
NGINX_PID=$!
wait_for "http://127.0.0.1:$NGINX_PORT/feeds/$FEED" "$NGINX_PID" "$WORK/nginx/error.log"

# Both serve the same bytes.
curl -fs "http://127.0.0.1:$SERVE_PORT/feeds/$FEED" -o "$WORK/from-serve.ics"
curl -fs "http://127.0.0.1:$NGINX_PORT/feeds/$FEED" -o "$WORK/from-nginx.ics"
cmp -s "$WORK/from-serve.ics" "$WORK/feeds/$FEED" && cmp -s "$WORK/from-nginx.ics" "$WORK/feeds/$FEED" \
    || { echo "serve_wrk: the servers do not return the published bytes" >&2; exit 1; }
etag() { curl -fsI "$1" | tr -d '\r' | awk 'tolower($1) == "etag:" { print $2 }'; }
SERVE_ETAG="$(etag "http://127.0.0.1:$SERVE_PORT/feeds/$FEED")"
NGINX_ETAG="$(etag "http://127.0.0.1:$NGINX_PORT/feeds/$FEED")"
for pair in "$SERVE_PORT $SERVE_ETAG" "$NGINX_PORT $NGINX_ETAG"; do
    set -- $pair
    code="$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $2" "http://127.0.0.1:$1/feeds/$FEED")"
    [ "$code" = 304 ] || { echo "serve_wrk: port $1 answered $code to If-None-Match" >&2; exit 1; }
done

RESULTS="$WORK/results.tsv"
run() {  # run LABEL REQUEST URL [HEADER]
    local label="$1" request="$2" url="$3" header="${4:-}" output
    if [ -n "$header" ]; then
        output="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "$header" "$url")"
    else
        output="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$url")"
    fi
    echo "$output" > "$WORK/wrk-$label-$request.txt"
    local rps p99 errors
    rps="$(echo "$output" | awk '/^Requests\/sec:/ { print $2 }')"
    p99="$(echo "$output" | awk '$1 == "99%" { print $2 }')"
    errors="$(echo "$output" | awk '/Non-2xx or 3xx responses:/ { print $5 } /Socket errors:/ { print "socket:" $0 }' | tr '\n' ' ')"
    printf '%s\t%s\t%s\t%s\t%s\n' "$label" "$request" "$rps" "$p99" "${errors:-none}" >> "$RESULTS"
    printf '%-8s %-28s %12s req/s   p99 %s\n' "$label" "$request" "$rps" "$p99"
}
# A short warm-up of each server, then the measured runs.
wrk -t1 -c4 -d2s "http://127.0.0.1:$SERVE_PORT/feeds/$FEED" > /dev/null
wrk -t1 -c4 -d2s "http://127.0.0.1:$NGINX_PORT/feeds/$FEED" > /dev/null
run serve "200 (GET)" "http://127.0.0.1:$SERVE_PORT/feeds/$FEED"
run serve "304 (If-None-Match)" "http://127.0.0.1:$SERVE_PORT/feeds/$FEED" "If-None-Match: $SERVE_ETAG"
run serve "200 gzip" "http://127.0.0.1:$SERVE_PORT/feeds/$FEED" "Accept-Encoding: gzip"
run nginx "200 (GET)" "http://127.0.0.1:$NGINX_PORT/feeds/$FEED"
run nginx "304 (If-None-Match)" "http://127.0.0.1:$NGINX_PORT/feeds/$FEED" "If-None-Match: $NGINX_ETAG"

BUILD="debug"
case "$JUMELAGE" in *release*) BUILD="release" ;; esac
GZIP_BYTES="$(curl -fs -H 'Accept-Encoding: gzip' "http://127.0.0.1:$SERVE_PORT/feeds/$FEED" | wc -c)"
{
    echo "# Feed server under load: \`jumelage serve\` and nginx"
    echo
    echo "\`bench/serve_wrk.sh\`, run on $(date -u +%Y-%m-%d): $(nproc) cores shared by wrk and the server, loopback."
    echo "Feed: \`$FEED\`, $EVENTS events, $BYTES bytes ($GZIP_BYTES gzipped). jumelage $BUILD build;"
    echo "$(nginx -v 2>&1 | sed 's/^nginx version: //') with \`worker_processes auto\`, \`sendfile on\`, no access log."
    echo "wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency, after a 2 s warm-up of each server."
    echo
    echo "| server | response | requests/s | p99 latency | errors |"
    echo "|---|---|---:|---:|---|"
    awk -F'\t' '{ printf "| %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5 }' "$RESULTS"
    echo
    echo "The server answers from memory (bytes, gzip and validators prepared at each reload); nginx"
    echo "reads the file with sendfile. 304s carry no body on either side."
} > bench/serve.md
echo "wrote bench/serve.md"
