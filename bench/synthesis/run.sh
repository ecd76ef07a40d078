#!/usr/bin/env bash
# Suggestion and search latency with 100,000 notes and 500 patterns (25 seeded + 475 generated).
# Usage: bench/synthesis/run.sh [requests] — needs a built app, PostgreSQL on 127.0.0.1:5432 (postgres), node, psql.
set -euo pipefail
cd "$(dirname "$0")/../.."
REQUESTS=${1:-300}
PG="psql -h ${PG_HOST:-127.0.0.1} -p ${PG_PORT:-5432} -U ${PG_USER:-postgres}"
DB=workshophub_bench_synthesis
PORT=${BENCH_PORT:-8191}
MANAGEMENT_PORT=${BENCH_MANAGEMENT_PORT:-$((PORT + 1000))}  # health is on the management port
WORK=bench/synthesis/.work
mkdir -p "$WORK"
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B package -DskipTests
$PG -qc "drop database if exists $DB" -c "create database $DB" postgres
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://${PG_HOST:-127.0.0.1}:${PG_PORT:-5432}/$DB" QUARKUS_DATASOURCE_USERNAME="${PG_USER:-postgres}" \
  WORKSHOP_HUB_ADMIN_EMAIL=bench@example.org WORKSHOP_HUB_ADMIN_PASSWORD=bench-password-123 \
  java -Xmx256m -Dquarkus.http.port="$PORT" -Dquarkus.management.port="$MANAGEMENT_PORT" -Dworkshop-hub.data-dir=target/bench-data -Dquarkus.log.level=WARN \
  -jar target/quarkus-app/quarkus-run.jar > "$WORK/app.log" 2>&1 &
APP_PID=$!
trap 'kill $APP_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready" >/dev/null && break; sleep 0.5; done
node bench/live/setup.mjs "http://127.0.0.1:$PORT" bench@example.org bench-password-123 1 > "$WORK/setup.json"
WORKSHOP=$(node -e 'console.log(require("./'"$WORK"'/setup.json").workshopId)')
SESSION=$(node -e 'console.log(require("./'"$WORK"'/setup.json").sessionId)')
TOKEN=$(node -e 'console.log(require("./'"$WORK"'/setup.json").staffToken)')
time $PG -q -v workshop="$WORKSHOP" -v session="$SESSION" -f bench/synthesis/generate.sql "$DB"
$PG -Atc "select id from note order by random() limit 500" "$DB" > "$WORK/ids.txt"
echo "notes: $($PG -Atc 'select count(*) from note' "$DB"), patterns: $($PG -Atc 'select count(*) from pattern' "$DB")"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(date -u +%F)"
for run in 1 2 3; do
  node bench/synthesis/latency.mjs "http://127.0.0.1:$PORT" "$TOKEN" "$WORK/ids.txt" "$REQUESTS"
done
