#!/usr/bin/env bash
# Throughput and latency of the gateway against nginx as a reverse proxy in front of the same certificate-service,
# on this machine, in the same run (DESIGN §7, issue 12).
#
#   bench/gateway-vs-nginx.sh [ROUNDS]          (default 3 rounds)
#
# Needs a built clone (./suite build, or ./mvnw -B -DskipTests package), nginx and wrk on the PATH (Debian:
# apt-get install nginx-light wrk; the product itself never needs them). It starts, on ports of its own so that a
# suite on the default ports is left alone:
#   - the embedded PostgreSQL and certificate-service through ./suite (SUITE_PG_PORT, SUITE_CERTIFICATE_SERVICE_PORT),
#     unless BENCH_UPSTREAM names a certificate-service that already runs (e.g. http://localhost:8081 of a ./suite);
#   - the gateway (java -jar gateway/target/quarkus-app/quarkus-run.jar) with an API-keys file holding one key made
#     for this run (10,000 requests/s, burst 20,000, as the suite's demo integrator key);
#   - nginx with keep-alive connections to the upstream (the usual reverse-proxy setup, access log buffered to a file).
# The proxies' CPU time per request (user + system, from /proc) is reported too: on a shared, noisy machine it
# says more about the proxy's own cost than the throughput does. Then, per round, wrk (BENCH_THREADS threads, BENCH_CONNECTIONS connections, BENCH_DURATION each) against:
#   public:    GET $BENCH_PUBLIC_PATH with X-API-Key, through nginx and through the gateway;
#   protected: GET $BENCH_PROTECTED_PATH with X-API-Key and a citizen's bearer token (the gateway verifies the JWT
#              and rate-limits the key), through nginx and through the gateway.
# The order of nginx and gateway alternates between rounds. A run with any non-2xx answer or socket error is
# reported as such and its ratio is not counted. It prints a Markdown report (machine, date, commands, every run,
# median ratios) on stdout, progress on stderr, and stops everything it started, also on failure or Ctrl-C.
#
# Environment (all optional):
#   BENCH_DURATION (20s), BENCH_WARMUP (15s), BENCH_THREADS (2), BENCH_CONNECTIONS (32)
#   BENCH_PUBLIC_PATH (/api/v1/certificate-stats), BENCH_PROTECTED_PATH (/api/v1/certificate-requests)
#   BENCH_GATEWAY_PORT (38180), BENCH_NGINX_PORT (38190), SUITE_PG_PORT (56987),
#   SUITE_CERTIFICATE_SERVICE_PORT (38181), BENCH_UPSTREAM (unset: start certificate-service here)
#   BENCH_GATEWAY_JAVA_OPTS (-XX:+UseSerialGC -Xms64m -Xmx256m: a container-sized JVM with the JIT's C2)
#   BENCH_GATEWAY_JFR=1: record a Java Flight Recording of the gateway during the rounds (path printed at the end)
#   BENCH_NGINX_WORKERS (auto: one per core)
set -euo pipefail

ROOT=$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ROUNDS=${1:-3}
DURATION=${BENCH_DURATION:-20s}
WARMUP=${BENCH_WARMUP:-15s}
THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
PUBLIC_PATH=${BENCH_PUBLIC_PATH:-/api/v1/certificate-stats}
PROTECTED_PATH=${BENCH_PROTECTED_PATH:-/api/v1/certificate-requests}
GATEWAY_PORT=${BENCH_GATEWAY_PORT:-38180}
NGINX_PORT=${BENCH_NGINX_PORT:-38190}
export SUITE_PG_PORT=${SUITE_PG_PORT:-56987}
export SUITE_CERTIFICATE_SERVICE_PORT=${SUITE_CERTIFICATE_SERVICE_PORT:-38181}
GATEWAY_JAVA_OPTS=${BENCH_GATEWAY_JAVA_OPTS:--XX:+UseSerialGC -Xms64m -Xmx256m}
NGINX_WORKERS=${BENCH_NGINX_WORKERS:-auto}

case $ROUNDS in
  '' | *[!0-9]* | 0) echo "usage: bench/gateway-vs-nginx.sh [ROUNDS]" >&2; exit 2 ;;
esac

log() { echo "bench: $*" >&2; }
die() { log "$*"; exit 1; }

for tool in nginx wrk curl java sha256sum base64; do
  command -v "$tool" >/dev/null || die "$tool is not on the PATH (Debian: apt-get install nginx-light wrk curl)"
done
GATEWAY_JAR=$ROOT/gateway/target/quarkus-app/quarkus-run.jar
[ -f "$GATEWAY_JAR" ] || die "the gateway is not built: ./mvnw -B -DskipTests -pl gateway -am package"
for port in "$GATEWAY_PORT" "$NGINX_PORT"; do
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then die "something already listens on port $port"; fi
done

WORK=$(mktemp -d)
STARTED_SUITE_PARTS=""
GATEWAY_PID=""
NGINX_PID=""
cleanup() {
  set +e
  [ -n "$GATEWAY_PID" ] && kill "$GATEWAY_PID" 2>/dev/null && wait "$GATEWAY_PID" 2>/dev/null
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null && wait "$NGINX_PID" 2>/dev/null
  for part in $STARTED_SUITE_PARTS; do
    "$ROOT/suite" stop "$part" >/dev/null 2>&1
  done
  if [ -n "${BENCH_KEEP_WORK:-}" ]; then log "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

wait_for() { # URL, what
  local i
  for i in $(seq 600); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$1")" = 200 ]; then return 0; fi
    sleep 0.2
  done
  die "$2 did not answer 200 on $1 within 120 s"
}

# --- the upstream ------------------------------------------------------------------------------------------------
if [ -n "${BENCH_UPSTREAM:-}" ]; then
  UPSTREAM=${BENCH_UPSTREAM%/}
  log "using the running certificate-service at $UPSTREAM"
else
  UPSTREAM=http://127.0.0.1:$SUITE_CERTIFICATE_SERVICE_PORT
  for part in postgres certificate-service; do
    if ! "$ROOT/suite" status 2>/dev/null | grep -Eq "^ +$part +up "; then
      log "starting $part (./suite start $part, port of its own)"
      "$ROOT/suite" start "$part" >&2
      STARTED_SUITE_PARTS="$part $STARTED_SUITE_PARTS"
    fi
  done
fi
wait_for "$UPSTREAM/q/health/ready" certificate-service
UPSTREAM_HOSTPORT=${UPSTREAM#http://}

# --- a citizen token and an API key made for this run ------------------------------------------------------------
TOKEN=$("$ROOT/suite" token citizen --sub bench-citizen --ttl 7200)
API_KEY=cdk_$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')
API_KEY_SHA256=$(printf '%s' "$API_KEY" | sha256sum | cut -d ' ' -f 1)
cat >"$WORK/api-keys.json" <<EOF
{"keys": [{"name": "bench-integrator", "sha256": "$API_KEY_SHA256", "ratePerSecond": 10000, "burst": 20000}]}
EOF

# --- the gateway ---------------------------------------------------------------------------------------------------
JFR_OPTS=()
if [ -n "${BENCH_GATEWAY_JFR:-}" ]; then
  JFR_FILE=$ROOT/gateway/target/gateway-bench.jfr
  JFR_OPTS=("-XX:StartFlightRecording=filename=$JFR_FILE,settings=profile,dumponexit=true")
fi
log "starting the gateway on port $GATEWAY_PORT ($GATEWAY_JAVA_OPTS)"
# shellcheck disable=SC2086 # the JVM options are several words
QUARKUS_HTTP_PORT=$GATEWAY_PORT \
  GATEWAY_UPSTREAM_CERTIFICATE=$UPSTREAM \
  GATEWAY_UPSTREAM_PETITION=http://127.0.0.1:9 \
  GATEWAY_UPSTREAM_SCHEDULE=http://127.0.0.1:9 \
  GATEWAY_API_KEYS_FILE=$WORK/api-keys.json \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION=$ROOT/.suite/keys/jwt-public.pem \
  SUITE_LOG_JSON=false \
  java $GATEWAY_JAVA_OPTS "${JFR_OPTS[@]}" -Dfile.encoding=UTF-8 -jar "$GATEWAY_JAR" >"$WORK/gateway.log" 2>&1 &
GATEWAY_PID=$!
wait_for "http://127.0.0.1:$GATEWAY_PORT/q/health/live" gateway

# --- nginx ---------------------------------------------------------------------------------------------------------
mkdir -p "$WORK/nginx/logs"
cat >"$WORK/nginx/nginx.conf" <<EOF
worker_processes $NGINX_WORKERS;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log $WORK/nginx/logs/access.log combined buffer=64k flush=1s;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  upstream certificate { server $UPSTREAM_HOSTPORT; keepalive 64; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://certificate;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
    }
  }
}
EOF
log "starting nginx on port $NGINX_PORT"
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' 2>"$WORK/nginx/logs/stderr.log" &
NGINX_PID=$!
wait_for "http://127.0.0.1:$NGINX_PORT$PUBLIC_PATH" nginx

# --- sanity: both proxies answer 2xx on both routes with the headers used below ------------------------------------
for base in "http://127.0.0.1:$NGINX_PORT" "http://127.0.0.1:$GATEWAY_PORT"; do
  for path in "$PUBLIC_PATH" "$PROTECTED_PATH"; do
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "X-API-Key: $API_KEY" -H "Authorization: Bearer $TOKEN" "$base$path")
    case $status in 2??) ;; *) die "$base$path answered $status, not 2xx" ;; esac
  done
done

# --- measurements --------------------------------------------------------------------------------------------------
TICKS=$(getconf CLK_TCK)
# CPU time (clock ticks, user + system) of the given pids and their children's threads, from /proc
cpu_ticks() {
  local total=0 pid
  for pid in "$@"; do
    [ -r "/proc/$pid/stat" ] && total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat")))
  done
  echo "$total"
}
proxy_pids() { # nginx: master and workers; gateway: the JVM
  if [ "$1" = nginx ]; then echo "$NGINX_PID $(pgrep -P "$NGINX_PID" | tr '\n' ' ')"; else echo "$GATEWAY_PID"; fi
}

# run NAME BASE PATH AUTH(yes|no) DURATION PROXY -> appends "name rps p50 p99 non2xx errors cpu-us-per-request"
run() {
  local name=$1 base=$2 path=$3 auth=$4 duration=$5 proxy=${6:-gateway} out before after
  local headers=(-H "X-API-Key: $API_KEY")
  [ "$auth" = yes ] && headers+=(-H "Authorization: Bearer $TOKEN")
  # shellcheck disable=SC2046 # the pids are several words
  before=$(cpu_ticks $(proxy_pids "$proxy"))
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --latency "${headers[@]}" "$base$path")
  # shellcheck disable=SC2046
  after=$(cpu_ticks $(proxy_pids "$proxy"))
  [ "$name" = warmup ] && return 0
  echo "$out" >>"$WORK/wrk.txt"
  echo "$out" | awk -v name="$name" -v ticks=$((after - before)) -v hz="$TICKS" '
    /^Requests\/sec:/ { rps = $2 }
    /^ +50%/ { p50 = $2 }
    /^ +99%/ { p99 = $2 }
    /requests in/ { requests = $1 }
    /Non-2xx or 3xx responses:/ { bad = $NF }
    /Socket errors:/ { errors = $0; sub(/.*Socket errors: /, "", errors); gsub(/ /, "", errors) }
    END { printf "%s %s %s %s %s %s %.0f\n", name, rps, p50, p99, bad + 0, (errors == "" ? "none" : errors),
          (requests > 0 ? ticks / hz * 1e6 / requests : 0) }' \
    >>"$WORK/results"
  log "$(tail -n 1 "$WORK/results")"
}

NGINX=http://127.0.0.1:$NGINX_PORT
GATEWAY=http://127.0.0.1:$GATEWAY_PORT
LOAD=$(cut -d ' ' -f 1-3 /proc/loadavg)
log "warming up ($WARMUP each)"
run warmup "$NGINX" "$PUBLIC_PATH" no "$WARMUP" nginx
run warmup "$GATEWAY" "$PUBLIC_PATH" no "$WARMUP" gateway
run warmup "$GATEWAY" "$PROTECTED_PATH" yes "$WARMUP" gateway
for round in $(seq "$ROUNDS"); do
  log "round $round/$ROUNDS"
  if [ $((round % 2)) = 1 ]; then order="nginx gateway"; else order="gateway nginx"; fi
  for route in public protected; do
    for proxy in $order; do
      if [ "$route" = public ]; then path=$PUBLIC_PATH auth=no; else path=$PROTECTED_PATH auth=yes; fi
      if [ "$proxy" = nginx ]; then base=$NGINX; else base=$GATEWAY; fi
      run "$round:$route:$proxy" "$base" "$path" "$auth" "$DURATION" "$proxy"
    done
  done
done
LOAD_AFTER=$(cut -d ' ' -f 1-3 /proc/loadavg)

# --- report --------------------------------------------------------------------------------------------------------
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
echo "## Gateway vs nginx ($ROUNDS rounds, wrk -t$THREADS -c$CONNECTIONS -d$DURATION)"
echo
echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo "- Machine: $(nproc) CPUs, ${cpu:-unknown CPU}, $(uname -sr); load average $LOAD before, $LOAD_AFTER after"
echo "- Java: $(java -version 2>&1 | head -n 1); gateway JVM options: $GATEWAY_JAVA_OPTS"
echo "- $(nginx -v 2>&1), $NGINX_WORKERS worker processes, keep-alive to the upstream; $(wrk -v 2>&1 | head -n 1 | cut -d ' ' -f 1-2)"
echo "- Upstream: certificate-service at $UPSTREAM; wrk, nginx, the gateway, the service and PostgreSQL share the machine"
echo "- public: \`GET $PUBLIC_PATH\` with \`X-API-Key\`; protected: \`GET $PROTECTED_PATH\` with \`X-API-Key\` and a citizen's bearer JWT"
echo
echo "| round | route | proxy | req/s | p50 | p99 | non-2xx | socket errors | proxy CPU per request (µs) |"
echo "|---|---|---|---|---|---|---|---|---|"
while read -r name rps p50 p99 bad errors cpu; do
  IFS=: read -r round route proxy <<<"$name"
  echo "| $round | $route | $proxy | $rps | $p50 | $p99 | $bad | $errors | $cpu |"
done <"$WORK/results"
echo
echo "| route | gateway/nginx per round | median |"
echo "|---|---|---|"
for route in public protected; do
  ratios=$(awk -v route="$route" '
    { split($1, k, ":"); if (k[2] != route) next
      ok = ($5 == 0 && $6 == "none")
      if (k[3] == "nginx") { n[k[1]] = $2; nok[k[1]] = ok } else { g[k[1]] = $2; gok[k[1]] = ok } }
    END { for (r in n) if ((r in g) && nok[r] && gok[r]) printf "%d %.2f\n", r, g[r] / n[r] }' "$WORK/results" |
    sort -n | cut -d ' ' -f 2)
  median=$(echo "$ratios" | sort -n | awk 'NF { v[++c] = $1 } END {
    if (c == 0) print "-"; else if (c % 2) print v[(c + 1) / 2]; else printf "%.2f\n", (v[c / 2] + v[c / 2 + 1]) / 2 }')
  echo "| $route | $(echo "$ratios" | paste -sd ' ' -) | **$median** |"
done
if [ -n "${BENCH_GATEWAY_JFR:-}" ]; then
  echo
  echo "Flight recording of the gateway: $JFR_FILE (written when the gateway stops)"
fi
