#!/usr/bin/env bash
# Fan-out across instances (issue #13): SSE subscribers on one workshop while notes arrive at 20/s.
#   two: two packaged app instances on one database behind HAProxy (docker/haproxy.cfg), 5,000
#        subscribers opened through the proxy (leastconn spreads them), notes posted through the proxy:
#        delivery latency p50/p99/max, missed and doubled events, and each instance's peak RSS;
#   one: one instance, 2,000 subscribers straight to it: the per-instance RSS figure.
# Usage: bench/scale/fanout.sh [two|one|all] (default all). Needs a built app (./mvnw package),
# PostgreSQL on $PG_HOST:$PG_PORT as $PG_USER (default 127.0.0.1:5432, postgres), haproxy, node, openssl.
# Both instances get the same JWT key pair (made here with openssl), as every multi-instance deployment must.
set -euo pipefail
cd "$(dirname "$0")/../.."
what=${1:-all}
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-postgres}
DB=${DB:-workshophub_fanout}
PORT1=${PORT1:-8321}
PORT2=${PORT2:-8322}
PROXY_PORT=${PROXY_PORT:-8320}
RUNS=${RUNS:-3}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-30}
RATE=${RATE:-20}
SUBSCRIBERS_TWO=${SUBSCRIBERS_TWO:-5000}
SUBSCRIBERS_ONE=${SUBSCRIBERS_ONE:-2000}
WORKERS=${WORKERS:-2}  # Node processes opening the streams
# The settings bench/live/run.sh measures the 400 MB goal with; BENCHMARKS.md says why each is there.
JVM_OPTS=${JVM_OPTS:--Xms64m -Xmx160m -XX:+UseSerialGC -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m -Xss512k}
WORK=bench/scale/.work
mkdir -p "$WORK"
ulimit -n "$(ulimit -Hn)"  # each stream is a socket here, and two at the proxy
# the config's maxconn (20,000) needs 40,000 descriptors; where the hard limit is lower, ask for fewer
PROXY_MAXCONN=${PROXY_MAXCONN:-$(( ($(ulimit -Hn) - 100) / 2 < 20000 ? ($(ulimit -Hn) - 100) / 2 : 20000 ))}

for tool in haproxy node psql openssl curl; do
  command -v "$tool" >/dev/null || { echo "Needs $tool (Debian: apt-get install -y haproxy nodejs postgresql-client openssl curl)"; exit 1; }
done
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B package -DskipTests

# one key pair for every instance: a token signed by one is verified by the other
if [ ! -f "$WORK/keys/private.pem" ]; then
  mkdir -p "$WORK/keys"
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/keys/private.pem" 2>/dev/null
  openssl pkey -in "$WORK/keys/private.pem" -pubout -out "$WORK/keys/public.pem"
fi

PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  sleep 3
  for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null || true; done  # a JVM wedged by an OutOfMemoryError
}
trap cleanup EXIT

start_instance() {  # port -> pid in $STARTED
  local port=$1 management=$(($1 + 1000))
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" QUARKUS_DATASOURCE_USERNAME="$PG_USER" \
    QUARKUS_DATASOURCE_PASSWORD="" \
    WORKSHOP_HUB_ADMIN_EMAIL=bench@example.org WORKSHOP_HUB_ADMIN_PASSWORD=bench-password-123 \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="file:$PWD/$WORK/keys/public.pem" \
    SMALLRYE_JWT_SIGN_KEY_LOCATION="file:$PWD/$WORK/keys/private.pem" \
    WORKSHOP_HUB_HTTP_TRUSTED_PROXIES=127.0.0.1 \
    MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} java $JVM_OPTS -Dquarkus.http.port="$port" -Dquarkus.management.port="$management" \
    -Dworkshop-hub.data-dir="target/bench-data-$port" -Dquarkus.log.level=WARN \
    -jar target/quarkus-app/quarkus-run.jar > "$WORK/app-$port.log" 2>&1 &
  STARTED=$!
  PIDS+=("$STARTED")
  for _ in $(seq 1 240); do
    curl -sf "http://127.0.0.1:$management/q/health/ready" >/dev/null && return
    kill -0 "$STARTED" 2>/dev/null || { echo "instance on $port died:"; tail -20 "$WORK/app-$port.log"; exit 1; }
    sleep 0.5
  done
  echo "instance on $port not ready"; exit 1
}

# Waits until the instances hold no stream, so that each run measures its own streams: through HAProxy the app
# learns that a client left only when it next writes to it (a heartbeat), so a run's streams can outlive it.
released() {  # management ports...
  local waited=0 open
  while :; do
    open=0
    for port in "$@"; do
      open=$(( open + $(curl -sf "http://127.0.0.1:$port/q/metrics" | awk '/^workshophub_live_subscribers\{/ {s += $2} END {print int(s)}') ))
    done
    [ "$open" -eq 0 ] && break
    [ "$waited" -ge 90 ] && { echo "# still $open streams open after ${waited}s" >&2; break; }
    sleep 1; waited=$((waited + 1))
  done
  echo "# the previous run's streams were let go ${waited}s after it ended" >&2
}

fresh_database() {
  psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -qc "drop database if exists $DB" -c "create database $DB" postgres
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem/{print $2}') GB; $(java -version 2>&1 | head -1); $(haproxy -v | head -1 | cut -d' ' -f1-3); node $(node -v); $(date -u +%F); load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "JVM: $JVM_OPTS, MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}; notes at $RATE/s for ${SECONDS_PER_RUN}s; $WORKERS Node worker processes"

if [ "$what" = two ] || [ "$what" = all ]; then
  fresh_database
  start_instance "$PORT1"; PID1=$STARTED
  start_instance "$PORT2"; PID2=$STARTED
  PROXY_BIND="127.0.0.1:$PROXY_PORT" APP1="127.0.0.1:$PORT1" APP1_HEALTH=$((PORT1 + 1000)) \
    APP2="127.0.0.1:$PORT2" APP2_HEALTH=$((PORT2 + 1000)) haproxy -db -n "$PROXY_MAXCONN" -f docker/haproxy.cfg > "$WORK/haproxy.log" 2>&1 &
  PIDS+=("$!")
  for _ in $(seq 1 40); do curl -sf -o /dev/null "http://127.0.0.1:$PROXY_PORT/" && break; sleep 0.5; done
  BASE="http://127.0.0.1:$PROXY_PORT"
  node bench/live/setup.mjs "$BASE" bench@example.org bench-password-123 200 > "$WORK/setup-two.json"
  echo "## two instances behind HAProxy: $SUBSCRIBERS_TWO subscribers"
  node bench/scale/fanout.mjs "$BASE" "$WORK/setup-two.json" 400 "$RATE" 10 "$PID1,$PID2" "$WORKERS" > /dev/null  # warm-up
  for run in $(seq 1 "$RUNS"); do
    released $((PORT1 + 1000)) $((PORT2 + 1000))
    node bench/scale/fanout.mjs "$BASE" "$WORK/setup-two.json" "$SUBSCRIBERS_TWO" "$RATE" "$SECONDS_PER_RUN" "$PID1,$PID2" "$WORKERS"
  done
  cleanup; PIDS=()
  sleep 2
fi

if [ "$what" = one ] || [ "$what" = all ]; then
  fresh_database
  start_instance "$PORT1"; PID1=$STARTED
  BASE="http://127.0.0.1:$PORT1"
  node bench/live/setup.mjs "$BASE" bench@example.org bench-password-123 200 > "$WORK/setup-one.json"
  echo "## one instance: $SUBSCRIBERS_ONE subscribers"
  node bench/scale/fanout.mjs "$BASE" "$WORK/setup-one.json" 200 "$RATE" 10 "$PID1" "$WORKERS" > /dev/null  # warm-up
  for run in $(seq 1 "$RUNS"); do
    released $((PORT1 + 1000))
    node bench/scale/fanout.mjs "$BASE" "$WORK/setup-one.json" "$SUBSCRIBERS_ONE" "$RATE" "$SECONDS_PER_RUN" "$PID1" "$WORKERS"
  done
fi
