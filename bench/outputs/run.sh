#!/usr/bin/env bash
# Output latency: the PDF report of a 5,000-note workshop, and (to be written) a publication of 200
# lessons with 1,000 references. Target for each: p95 <= 2 s.
# Usage: bench/outputs/run.sh [report|publication|all] [runs]   (default: report, 20 runs after 3 warm-ups)
# Needs a built app (built here when target/quarkus-app is missing), PostgreSQL on $PG_HOST:$PG_PORT as
# $PG_USER (default 127.0.0.1:5432, postgres), node, psql, curl, java. Uses its own database, made afresh.
set -euo pipefail
cd "$(dirname "$0")/../.."
CASE=${1:-report}
RUNS=${2:-20}
export PG_HOST=${PG_HOST:-127.0.0.1} PG_PORT=${PG_PORT:-5432} PG_USER=${PG_USER:-postgres}
PG="psql -h $PG_HOST -p $PG_PORT -U $PG_USER -qX"
DB=${BENCH_DB:-workshophub_bench_outputs}
PORT=${BENCH_PORT:-8193}
MANAGEMENT_PORT=${BENCH_MANAGEMENT_PORT:-$((PORT + 1000))}  # health is on the management port
WORK=bench/outputs/.work
ADMIN_EMAIL=bench@example.org
ADMIN_PASSWORD=bench-password-123
BASE="http://127.0.0.1:$PORT"

for tool in node psql curl java; do
  command -v "$tool" >/dev/null || { echo "Needs $tool"; exit 2; }
done
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B package -DskipTests
rm -rf "$WORK" && mkdir -p "$WORK"
$PG -c "drop database if exists $DB with (force)" -c "create database $DB" postgres
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" QUARKUS_DATASOURCE_USERNAME="$PG_USER" \
  QUARKUS_DATASOURCE_PASSWORD= WORKSHOP_HUB_ADMIN_EMAIL=$ADMIN_EMAIL WORKSHOP_HUB_ADMIN_PASSWORD=$ADMIN_PASSWORD \
  java ${JVM_OPTS:--Xmx512m} -Dquarkus.http.port="$PORT" -Dquarkus.management.port="$MANAGEMENT_PORT" \
  -Dworkshop-hub.data-dir="$WORK/data" -Dquarkus.log.level=WARN \
  -jar target/quarkus-app/quarkus-run.jar > "$WORK/app.log" 2>&1 &
APP_PID=$!
trap 'kill $APP_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  curl -sf "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready" >/dev/null && break
  kill -0 "$APP_PID" 2>/dev/null || { echo "The app did not start:"; tail -n 40 "$WORK/app.log"; exit 2; }
  sleep 0.5
done

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GB;" \
  "$(java -version 2>&1 | head -1); $(psql --version); $(date -u +%F)"

# A LIVE-sized workshop report: 5,000 notes, 200 delegates, 40 lessons, 1,000 tags, breakout groups.
workshop_report() {
  node bench/outputs/setup.mjs "$BASE" "$ADMIN_EMAIL" "$ADMIN_PASSWORD" > "$WORK/report.json"
  local workshop sessions token
  workshop=$(node -e 'console.log(require("./'"$WORK"'/report.json").workshopId)')
  sessions=$(node -e 'console.log("{" + require("./'"$WORK"'/report.json").sessionIds.join(",") + "}")')
  token=$(node -e 'console.log(require("./'"$WORK"'/report.json").token)')
  $PG -v workshop="$workshop" -v sessions="$sessions" -f bench/outputs/report.sql "$DB"
  curl -sf -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d '{"groups":15,"seed":1}' \
    "$BASE/api/workshops/$workshop/breakouts" > /dev/null
  echo "workshop $workshop: $($PG -Atc "select count(*) from note where workshop_id = $workshop" "$DB") notes," \
    "$($PG -Atc "select count(*) from delegate where workshop_id = $workshop" "$DB") delegates," \
    "$($PG -Atc "select count(*) from lesson where workshop_id = $workshop" "$DB") lessons," \
    "$($PG -Atc "select count(*) from pattern_tag where workshop_id = $workshop" "$DB") tags"
  curl -sf -H "Authorization: Bearer $token" "$BASE/api/workshops/$workshop/report?format=pdf" -o "$WORK/report.pdf"
  command -v pdfinfo >/dev/null && echo "PDF: $(pdfinfo "$WORK/report.pdf" | awk '/^Pages:/ {print $2}') pages, $(stat -c %s "$WORK/report.pdf") bytes"
  for format in pdf html md; do
    APP_PID=$APP_PID node bench/outputs/latency.mjs "$BASE" "$token" "/api/workshops/$workshop/report?format=$format" \
      "$([ "$format" = pdf ] && echo "$RUNS" || echo 10)"
  done
}

# PLACEHOLDER for the publications engineer: a publication of 200 lessons with 1,000 references as PDF
# (issue 11, "Tests and benchmark"). Make the lessons and their supporting notes (SQL, like report.sql),
# create the publication through POST /api/publications, then time
#   node bench/outputs/latency.mjs "$BASE" "$token" "/api/publications/<id>?format=pdf" "$RUNS"
# and record the result beside the report's in BENCHMARKS.md.
publication() {
  echo "publication: not written yet (see publication() in bench/outputs/run.sh)"
  return 3
}

case "$CASE" in
  report) workshop_report ;;
  publication) publication ;;
  all) workshop_report; publication ;;
  *) echo "Usage: $0 [report|publication|all] [runs]"; exit 2 ;;
esac
