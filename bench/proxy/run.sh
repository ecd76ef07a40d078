#!/usr/bin/env bash
# Two app instances on one database behind HAProxy with docker/haproxy.cfg, tested through the proxy
# (bench/proxy/proxy.mjs): a note posted to one instance reaches the other's subscribers; SIGKILL of one
# instance mid-stream loses and doubles nothing, neither events for subscribers nor retried notes.
# Usage: bench/proxy/run.sh   (in CI; about a minute)
# Needs: haproxy, node, psql, curl, java, openssl; PostgreSQL on $PG_HOST:$PG_PORT as $PG_USER
# (default 127.0.0.1:5432, postgres). Builds the app only when target/quarkus-app is missing.
# Exits non-zero with the reason on any failure.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PG_HOST=${PG_HOST:-127.0.0.1} PG_PORT=${PG_PORT:-5432} PG_USER=${PG_USER:-postgres}
DB=${PROXY_DB:-workshophub_proxy}
PROXY_PORT=${PROXY_PORT:-8310}
APP1_PORT=${APP1_PORT:-8311} APP2_PORT=${APP2_PORT:-8312}
APP1_HEALTH=${APP1_HEALTH:-$((APP1_PORT + 1000))} APP2_HEALTH=${APP2_HEALTH:-$((APP2_PORT + 1000))}
WORK=bench/proxy/.work
ADMIN_EMAIL=proxy@example.org
ADMIN_PASSWORD=proxy-password-123
JAR=target/quarkus-app/quarkus-run.jar
# two JVMs, HAProxy, node and PostgreSQL share the machine: small heaps
JVM_OPTS=${JVM_OPTS:--Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}

for tool in haproxy node psql curl java openssl; do
  command -v "$tool" >/dev/null || { echo "Needs $tool (Debian: apt-get install -y $tool)"; exit 2; }
done
[ -f "$JAR" ] || ./mvnw -q -B package -DskipTests
rm -rf "$WORK" && mkdir -p "$WORK/keys"
psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -qX -c "drop database if exists $DB with (force)" -c "create database $DB" postgres

# Every instance signs and verifies tokens with the same key pair, as in any multi-instance deployment:
# a token issued by one instance must be accepted by the other.
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/keys/private.pem" 2>/dev/null
openssl pkey -in "$WORK/keys/private.pem" -pubout -out "$WORK/keys/public.pem"

declare -A PIDS=()
HAPROXY_PID=
cleanup() {
  [ -n "$HAPROXY_PID" ] && kill "$HAPROXY_PID" 2>/dev/null || true
  for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

# start_app NAME PORT HEALTH_PORT: one instance, with the proxy's address trusted for X-Forwarded-For
start_app() {
  local name=$1 port=$2 health=$3
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" QUARKUS_DATASOURCE_USERNAME="$PG_USER" \
    QUARKUS_DATASOURCE_PASSWORD= WORKSHOP_HUB_ADMIN_EMAIL=$ADMIN_EMAIL WORKSHOP_HUB_ADMIN_PASSWORD=$ADMIN_PASSWORD \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="file:$PWD/$WORK/keys/public.pem" \
    SMALLRYE_JWT_SIGN_KEY_LOCATION="file:$PWD/$WORK/keys/private.pem" \
    java $JVM_OPTS -Dquarkus.http.port="$port" -Dquarkus.management.port="$health" -Dworkshop-hub.http.trusted-proxies=127.0.0.1 \
    -Dworkshop-hub.data-dir="$WORK/data-$name" -jar "$JAR" > "$WORK/$name.log" 2>&1 &
  PIDS[$name]=$!
}
wait_ready() {
  local name=$1 health=$2
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$health/q/health/ready" >/dev/null && return 0
    kill -0 "${PIDS[$name]}" 2>/dev/null || break
    sleep 0.5
  done
  echo "FAILED: $name did not become ready; the end of its log:"; tail -n 40 "$WORK/$name.log"; exit 2
}

t0=$(date +%s)
# Both instances start at once on the empty database, as replicas do: Flyway and the first admin take
# turns under advisory locks, and exactly one admin account may come of it (checked below).
start_app app1 "$APP1_PORT" "$APP1_HEALTH"
start_app app2 "$APP2_PORT" "$APP2_HEALTH"
wait_ready app1 "$APP1_HEALTH"
wait_ready app2 "$APP2_HEALTH"
admins=$(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -qAtX -c "select count(*) from account" "$DB")
[ "$admins" = 1 ] || { echo "FAILED: two instances starting together made $admins accounts, not one admin"; exit 2; }
echo "app1 (pid ${PIDS[app1]}) and app2 (pid ${PIDS[app2]}) ready in $(( $(date +%s) - t0 )) s"

PROXY_BIND=127.0.0.1:$PROXY_PORT APP1=127.0.0.1:$APP1_PORT APP2=127.0.0.1:$APP2_PORT \
  APP1_HEALTH=$APP1_HEALTH APP2_HEALTH=$APP2_HEALTH \
  haproxy -db -f docker/haproxy.cfg > "$WORK/haproxy.log" 2>&1 &
HAPROXY_PID=$!
for _ in $(seq 1 40); do
  # both servers up in HAProxy's eyes: two requests in a row answered by different instances
  a=$(curl -sf -o /dev/null -D - "http://127.0.0.1:$PROXY_PORT/api/themes" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-served-by"{print $2}') || true
  b=$(curl -sf -o /dev/null -D - "http://127.0.0.1:$PROXY_PORT/api/themes" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-served-by"{print $2}') || true
  [ -n "$a" ] && [ -n "$b" ] && [ "$a" != "$b" ] && break
  kill -0 "$HAPROXY_PID" 2>/dev/null || { echo "FAILED: haproxy did not start:"; cat "$WORK/haproxy.log"; exit 2; }
  sleep 0.5
done
[ -n "${a:-}" ] && [ "${a:-}" != "${b:-}" ] || { echo "FAILED: the proxy does not reach both instances (got '${a:-}' and '${b:-}')"; cat "$WORK/haproxy.log"; exit 2; }

node bench/live/setup.mjs "http://127.0.0.1:$PROXY_PORT" "$ADMIN_EMAIL" "$ADMIN_PASSWORD" 10 > "$WORK/setup.json"
status=0
CONTROL_URL=http://127.0.0.1:$APP2_PORT node bench/proxy/proxy.mjs "http://127.0.0.1:$PROXY_PORT" "$WORK/setup.json" "$DB" app1="${PIDS[app1]}" app2="${PIDS[app2]}" || status=$?
echo "total $(( $(date +%s) - t0 )) s; logs in $WORK"
for name in app1 app2; do
  if grep -q ' ERROR ' "$WORK/$name.log"; then
    echo "$name logged errors:"; grep ' ERROR ' "$WORK/$name.log" | cut -c1-240 | sort | uniq -c | sort -rn | head -n 5
  fi
done
exit "$status"
