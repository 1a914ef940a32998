#!/usr/bin/env bash
# Start-up time and memory of the suite's parts, and of the whole suite, on this machine.
#
#   bench/startup.sh [RUNS]        (default 3 runs of each measurement)
#
# Needs a built clone (./suite build) and no suite running. It starts the suite (the first start loads the demo
# data, which is not measured), then:
#   (a) each service and the gateway alone, RUNS times: `./suite stop PART; ./suite start PART` against the
#       suite's running PostgreSQL. "ready" is the time from `java -jar` to the first 200 on /q/health/ready, as
#       the suite measures it (polled every 0.2 s); RSS is VmRSS from /proc/<pid>/status right after.
#   (b) the whole suite, RUNS times: `./suite up --detach` until all parts are ready, then `./suite down`
#       (wall-clock time of each command, data already loaded).
# Prints a Markdown table. It stops the suite when it ends, also on failure or Ctrl-C. Service JVM flags come
# from SUITE_JAVA_OPTS like for ./suite, so flag sets can be compared.
set -euo pipefail

ROOT=$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SUITE=$ROOT/suite
RUNS=${1:-3}
PARTS="certificate-service petition-service schedule-service gateway"
# Each ./suite command gives up on its own after SUITE_READY_TIMEOUT; this bounds everything else.
COMMAND_TIMEOUT=${BENCH_COMMAND_TIMEOUT:-600}

case $RUNS in
  '' | *[!0-9]* | 0) echo "usage: bench/startup.sh [RUNS]" >&2; exit 2 ;;
esac

log() { echo "bench: $*" >&2; }

suite() { timeout "$COMMAND_TIMEOUT" "$SUITE" "$@"; }

now() { date +%s.%N; }

elapsed() { echo "$(now) $1" | awk '{ printf "%.1f\n", $1 - $2 }'; }

rss_mib() { awk '/^VmRSS:/ { printf "%.0f\n", $2 / 1024 }' "/proc/$1/status"; }

pid_of() { cat "$ROOT/.suite/run/$1.pid"; }

# "median [min-max]" of the numbers on stdin, with $1 decimals
summary() {
  sort -n | awk -v f="%.${1}f" '{ v[NR] = $1 } END {
    if (NR == 0) { print "-"; exit }
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    if (NR == 1) printf f, m; else printf f " [" f "–" f "]", m, v[1], v[NR] }'
}

machine() {
  local cpu memory
  cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
  memory=$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null)
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- Machine: $(nproc) CPUs, ${cpu:-unknown CPU}, ${memory:-unknown memory}, $(uname -sr)"
  echo "- Java: $(java -version 2>&1 | head -n 2 | tr '\n' ' ')"
  echo "- Load average when the measurements started: $LOAD (other work on the machine slows every figure)"
  echo "- Service JVM flags: ${SUITE_JAVA_OPTS:-defaults of ./suite, see suite-launcher/README.md}"
}

[ -f "$ROOT/suite-launcher/target/suite-launcher.jar" ] || { echo "bench: build first: ./suite build" >&2; exit 1; }
for part in $PARTS; do
  [ -f "$ROOT/$part/target/quarkus-app/quarkus-run.jar" ] || { echo "bench: $part is not built: ./suite build" >&2; exit 1; }
done
if "$SUITE" status | grep -Eq '^Supervisor running|^  [a-z-]+ +(up|not-ready|left-behind) +port'; then
  echo "bench: a suite is running here; stop it first (./suite down)" >&2
  exit 1
fi

RESULTS=$(mktemp -d)
cleanup() {
  "$SUITE" down >/dev/null 2>&1 || true
  rm -rf "$RESULTS"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

LOAD=$(cut -d ' ' -f 1-3 /proc/loadavg)
log "starting the suite once (a first start loads the demo data; not measured)"
suite up --detach >&2

for run in $(seq "$RUNS"); do
  for part in $PARTS; do
    log "run $run/$RUNS: $part"
    suite stop "$part" >/dev/null
    line=$(suite start "$part" | grep -E "^ +$part +up ")
    echo "$line" | sed -n 's/.*ready in \([0-9.]*\) s.*/\1/p' >>"$RESULTS/$part.ready"
    rss_mib "$(pid_of "$part")" >>"$RESULTS/$part.rss"
  done
done

for run in $(seq "$RUNS"); do
  log "run $run/$RUNS: whole suite"
  suite down >/dev/null
  started=$(now)
  suite up --detach >/dev/null
  elapsed "$started" >>"$RESULTS/up.time"
  total=0
  for part in postgres $PARTS; do
    total=$((total + $(rss_mib "$(pid_of "$part")")))
  done
  echo "$total" >>"$RESULTS/up.rss"
  started=$(now)
  suite down >/dev/null
  elapsed "$started" >>"$RESULTS/down.time"
done

echo "## Start-up benchmark ($RUNS runs; median [min–max])"
echo
machine
echo
echo "| what | ready after (s) | RSS after ready (MiB) |"
echo "|---|---|---|"
for part in $PARTS; do
  echo "| $part: \`java -jar\` to /q/health/ready 200 | $(summary 1 <"$RESULTS/$part.ready") | $(summary 0 <"$RESULTS/$part.rss") |"
done
echo "| whole suite: \`./suite up --detach\` until all ready | $(summary 1 <"$RESULTS/up.time") | $(summary 0 <"$RESULTS/up.rss") (4 Quarkus JVMs + postgres-part JVM) |"
echo "| \`./suite down\` | $(summary 1 <"$RESULTS/down.time") | |"
