# Sourced by the bench/*.sh scripts: machine facts, waiting for a quiet machine, hyperfine summaries.
# Run from the repository root.

BENCH_BIN=${JUMELAGE_BIN:-.build/release/jumelage}

# Builds the release CLI (once per `make bench`: run_all.sh sets BENCH_BUILT=1 after building).
bench_build() {
  if [ "${BENCH_BUILT:-0}" != 1 ]; then
    swift build -c release --product jumelage >&2
  fi
}

bench_load() { cut -d' ' -f1 /proc/loadavg; }

# Waits (at most BENCH_WAIT seconds, default 120) until the 1-minute load average is under
# BENCH_MAX_LOAD (default 1.5 on 2 cores): the comparisons run on a machine nobody else loads.
bench_wait_quiet() {
  local limit=${BENCH_MAX_LOAD:-1.5} waited=0 wait=${BENCH_WAIT:-120}
  while awk -v l="$(bench_load)" -v m="$limit" 'BEGIN { exit !(l >= m) }' && [ "$waited" -lt "$wait" ]; do
    [ "$waited" -eq 0 ] && echo "waiting for the load average ($(bench_load)) to drop under $limit…" >&2
    sleep 10
    waited=$((waited + 10))
  done
}

# One line of machine facts for a fragment.
bench_machine() {
  local cpu swift_version
  cpu=$(lscpu | awk -F': +' '/Model name/ {print $2; exit}')
  swift_version=$(swift --version 2>/dev/null | sed -n 's/.*Swift version \([^ ]*\).*/\1/p' | head -1)
  echo "Machine: ${cpu:-unknown CPU}, $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo);" \
    "$(. /etc/os-release && echo "$PRETTY_NAME"), Swift ${swift_version:-?}, $(python3 --version 2>&1);" \
    "$(date -u +%Y-%m-%dT%H:%MZ); load average $(cut -d' ' -f1-3 /proc/loadavg) when measured."
}
