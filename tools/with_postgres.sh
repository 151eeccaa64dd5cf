#!/usr/bin/env bash
# tools/with_postgres.sh COMMAND [ARG…]
#
# Runs COMMAND with a throwaway PostgreSQL server: initdb into a temporary folder, the server on
# 127.0.0.1 and a free port (its unix socket in that folder too), one database, trust
# authentication, and JUMELAGE_TEST_POSTGRES_URL=postgres://jumelage@127.0.0.1:PORT/jumelage_test
# exported for the storage tests, and JUMELAGE_TEST_POSTGRES_RESTART, a script that restarts the
# server (`… fast` or `… immediate`) for fault tests. The server is stopped and the folder removed however COMMAND
# ends; COMMAND's exit status is this script's.
#
# Needs Debian's PostgreSQL (`apt-get install postgresql`, in `make deps`): the binaries of the
# newest /usr/lib/postgresql/*/bin, or initdb and pg_ctl on PATH. PostgreSQL refuses to run as
# root: run as root, the server runs as the `postgres` user the Debian package creates.
set -euo pipefail

if [ "$#" -eq 0 ]; then
    echo "usage: tools/with_postgres.sh COMMAND [ARG…]" >&2
    exit 64
fi

bin=""
for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then bin="$candidate"; break; fi
done
if [ -z "$bin" ] && command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
    bin="$(dirname "$(command -v initdb)")"
fi
if [ -z "$bin" ]; then
    echo "with_postgres: no initdb/pg_ctl found (apt-get install postgresql, or make deps)" >&2
    exit 1
fi

folder="$(mktemp -d "${TMPDIR:-/tmp}/jumelage-postgres.XXXXXX")"
as_server=()
if [ "$(id -u)" -eq 0 ]; then
    if ! id postgres >/dev/null 2>&1; then
        echo "with_postgres: run as root, but there is no postgres user to run the server (apt-get install postgresql creates it)" >&2
        rm -rf "$folder"
        exit 1
    fi
    chown postgres: "$folder"
    as_server=(runuser -u postgres --)
fi

child=""
stop() {
    status=$?
    if [ -n "$child" ]; then kill "$child" 2>/dev/null || true; wait "$child" 2>/dev/null || true; fi
    if [ -f "$folder/data/postmaster.pid" ]; then
        "${as_server[@]}" "$bin/pg_ctl" -D "$folder/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$folder"
    exit "$status"
}
trap stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"

"${as_server[@]}" "$bin/initdb" -D "$folder/data" -U jumelage --auth=trust --encoding=UTF8 --locale=C.UTF-8 --no-sync \
    >"$folder/initdb.log" 2>&1 || { cat "$folder/initdb.log" >&2; exit 1; }
# Many tests at once, each with a schema and a small pool: room for a few hundred connections.
# No fsync: the data is thrown away, and what the server wrote survives its own crash (the
# operating system keeps it). Commits stay synchronous: a commit the server acknowledged is in the
# WAL, so that `restart immediate` (the fault tests' crash) loses nothing acknowledged, as on a
# real server; with synchronous_commit=off it could, and the restart check saw a publication it
# was told was committed vanish.
server_options="-c listen_addresses=127.0.0.1 -p $port -k $folder -c max_connections=400 -c fsync=off -c full_page_writes=off"
"${as_server[@]}" "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 30 -o "$server_options" \
    start >/dev/null || { cat "$folder/server.log" >&2; exit 1; }
# For fault tests: `$JUMELAGE_TEST_POSTGRES_RESTART fast|immediate` restarts this server (same port).
cat >"$folder/restart.sh" <<RESTART
#!/usr/bin/env bash
exec ${as_server[*]} "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 30 -m "\${1:-fast}" -o "$server_options" restart
RESTART
chmod 755 "$folder/restart.sh"
export JUMELAGE_TEST_POSTGRES_RESTART="$folder/restart.sh"
"${as_server[@]}" "$bin/psql" -h 127.0.0.1 -p "$port" -U jumelage -d postgres -q -v ON_ERROR_STOP=1 \
    -c "CREATE DATABASE jumelage_test" >/dev/null

export JUMELAGE_TEST_POSTGRES_URL="postgres://jumelage@127.0.0.1:$port/jumelage_test?sslmode=disable"
echo "with_postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($folder)" >&2
# In the background, so that an interrupt reaches the traps at once (then the command is stopped).
"$@" <&0 &
child=$!
wait "$child"
