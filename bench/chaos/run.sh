#!/usr/bin/env bash
# kill -9 chaos: 200 phones send notes to one LIVE workshop, dropping connections at random and
# retrying with the same Idempotency-Key; meanwhile the app's JVM is killed with SIGKILL and
# restarted. chaos.mjs then checks that no acknowledged note is lost or doubled, that the event log
# has no gap, and that a subscriber resuming with Last-Event-ID got every note once.
# Usage: bench/chaos/run.sh short|full   (short: 1,500 notes, 1 kill, for CI; full: 10,000 notes, 3 kills)
# Needs: node, psql, curl, java; PostgreSQL on $PG_HOST:$PG_PORT as $PG_USER (default 127.0.0.1:5432, postgres).
# Builds the app only when target/quarkus-app is missing. Exits non-zero on any loss, duplicate or gap.
set -euo pipefail
cd "$(dirname "$0")/../.."
mode=${1:-short}
case "$mode" in
  short) NOTES=${NOTES:-1500}; KILLS=${KILLS:-1} ;;
  full)  NOTES=${NOTES:-10000}; KILLS=${KILLS:-3} ;;
  *) echo "Usage: $0 short|full"; exit 2 ;;
esac
PHONES=${PHONES:-200}
export PG_HOST=${PG_HOST:-127.0.0.1} PG_PORT=${PG_PORT:-5432} PG_USER=${PG_USER:-postgres}
DB=${CHAOS_DB:-workshophub_chaos}
PORT=${CHAOS_PORT:-8192}
MANAGEMENT_PORT=${CHAOS_MANAGEMENT_PORT:-$((PORT + 1000))}
WORK=bench/chaos/.work
ADMIN_EMAIL=chaos@example.org
ADMIN_PASSWORD=chaos-password-123
JAR=target/quarkus-app/quarkus-run.jar
export DEADLINE_SECONDS=${DEADLINE_SECONDS:-$([ "$mode" = full ] && echo 1200 || echo 300)}

for tool in node psql curl java; do
  command -v "$tool" >/dev/null || { echo "Needs $tool"; exit 2; }
done
[ -f "$JAR" ] || ./mvnw -q -B package -DskipTests
rm -rf "$WORK" && mkdir -p "$WORK"
psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -qX -c "drop database if exists $DB with (force)" -c "create database $DB" postgres

APP_PID=
CHAOS_PID=
cleanup() {
  [ -n "$CHAOS_PID" ] && kill "$CHAOS_PID" 2>/dev/null || true
  [ -n "$APP_PID" ] && kill -9 "$APP_PID" 2>/dev/null || true
}
trap cleanup EXIT

start_app() {
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" QUARKUS_DATASOURCE_USERNAME="$PG_USER" \
    QUARKUS_DATASOURCE_PASSWORD= WORKSHOP_HUB_ADMIN_EMAIL=$ADMIN_EMAIL WORKSHOP_HUB_ADMIN_PASSWORD=$ADMIN_PASSWORD \
    java ${JVM_OPTS:-} -Dquarkus.http.port="$PORT" -Dquarkus.management.port="$MANAGEMENT_PORT" \
    -Dworkshop-hub.data-dir="$WORK/data" -jar "$JAR" >> "$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready" >/dev/null && return 0
    kill -0 "$APP_PID" 2>/dev/null || break
    sleep 0.5
  done
  echo "The app did not become ready; the end of its log:"; tail -n 40 "$WORK/app.log"; exit 2
}

acknowledged() { local n; n=$(cat "$WORK/progress" 2>/dev/null || true); echo "${n:-0}"; }

t0=$(date +%s)
start_app
echo "app ready (pid $APP_PID) in $(( $(date +%s) - t0 )) s; $NOTES notes from $PHONES phones, $KILLS kill(s) -9"
node bench/chaos/chaos.mjs "http://127.0.0.1:$PORT" "$ADMIN_EMAIL" "$ADMIN_PASSWORD" "$NOTES" "$PHONES" "$WORK" "$DB" &
CHAOS_PID=$!

# Kill at evenly spaced points of the run (a quarter, a half, three quarters for three kills).
for k in $(seq 1 "$KILLS"); do
  at=$(( NOTES * k / (KILLS + 1) ))
  deadline=$(( $(date +%s) + DEADLINE_SECONDS ))
  while [ "$(acknowledged)" -lt "$at" ]; do
    kill -0 "$CHAOS_PID" 2>/dev/null || break 2
    [ "$(date +%s)" -lt "$deadline" ] || { echo "No progress to $at acknowledged notes in time"; exit 2; }
    sleep 0.2
  done
  echo "--- kill -9 $APP_PID at $(acknowledged) acknowledged notes"
  echo "--- kill -9 $APP_PID" >> "$WORK/app.log"
  kill -9 "$APP_PID"
  wait "$APP_PID" 2>/dev/null || true
  sleep 1
  t=$(date +%s)
  start_app
  echo "--- restarted (pid $APP_PID) in $(( $(date +%s) - t )) s"
done

status=0
wait "$CHAOS_PID" || status=$?
CHAOS_PID=
echo "total $(( $(date +%s) - t0 )) s; app log: $WORK/app.log"
if grep -q ' ERROR ' "$WORK/app.log"; then
  echo "The app logged errors:"; grep ' ERROR ' "$WORK/app.log" | cut -c1-240 | sort | uniq -c | sort -rn | head -n 10
fi
exit "$status"
