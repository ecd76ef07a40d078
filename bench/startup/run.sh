#!/usr/bin/env bash
# Start-up: launch -> first 200 from /q/health/ready (polled every 20 ms) and the resident set after start, for
# Workshop Hub and for a minimal Quarkus REST + Hibernate ORM Panache app (bench/startup/minimal, same Quarkus
# platform, same database, same probe on a management port), started alternately in the same run, with and
# without the AppCDS archive and with the JVM flags below. The figure is the ratio main / minimal.
# Usage: bench/startup/run.sh. Env: RUNS (default 5), DB (default workshophub_startup; created if missing),
# PG_HOST/PG_PORT/PG_USER (127.0.0.1, 5432, postgres), PORT/MANAGEMENT_PORT (8315/9315),
# REBUILD=1 to rebuild both apps. Needs: a JDK 17, PostgreSQL, psql, curl.
# Both apps run in the prod profile (no -Dquarkus.profile), never the demo profile; each is started once before
# timing, so that the database is migrated, the first admin exists and the signing keys are generated.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-5}
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-postgres}
DB=${DB:-workshophub_startup}
PORT=${PORT:-8315}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-9315}
WORK=bench/startup/.work
MAIN=target/quarkus-app
MINIMAL=bench/startup/minimal/target/quarkus-app
mkdir -p "$WORK"

# Flag sets, each run for both apps. CDS: the archive Quarkus builds (quarkus.package.jar.appcds.enabled); it is
# only used when the jar is started from its own folder, by the JVM that built it.
CDS="-XX:SharedArchiveFile=app-cds.jsa"
VARIANTS=(
  "default|"
  "appcds|$CDS"
  "appcds + C1 only|$CDS -XX:TieredStopAtLevel=1"
  "appcds + SerialGC|$CDS -XX:+UseSerialGC"
  "appcds + C1 + SerialGC|$CDS -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
)

for tool in java psql curl; do
  command -v "$tool" >/dev/null || { echo "Needs $tool"; exit 1; }
done
quarkus_version=$(sed -n 's:.*<quarkus.platform.version>\(.*\)</quarkus.platform.version>.*:\1:p' pom.xml | head -1)
if [ "${REBUILD:-}" = 1 ] || [ ! -f "$MAIN/app-cds.jsa" ]; then
  ./mvnw -q -B package -DskipTests -Dspotless.check.skip=true -Dquarkus.package.jar.appcds.enabled=true
fi
if [ "${REBUILD:-}" = 1 ] || [ ! -f "$MINIMAL/app-cds.jsa" ]; then
  # Offline: the main build has fetched everything the minimal app needs.
  ./mvnw -q -B -o -f bench/startup/minimal/pom.xml package -DskipTests \
    -Dquarkus.platform.version="$quarkus_version" -Dquarkus.package.jar.appcds.enabled=true
fi

psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -Atqc "select 1 from pg_database where datname = '$DB'" postgres | grep -q 1 \
  || psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -qc "create database $DB" postgres
# The minimal app's table (it manages no schema, as Quarkus's prod default).
psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -qc \
  "create table if not exists minimal_item (id bigint primary key, name varchar(255));
   create sequence if not exists minimal_item_seq increment by 50" "$DB"

export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB"
export QUARKUS_DATASOURCE_USERNAME="$PG_USER"
export QUARKUS_DATASOURCE_PASSWORD="${PG_PASSWORD:-}"
export WORKSHOP_HUB_ADMIN_EMAIL=startup-bench@example.org
export WORKSHOP_HUB_ADMIN_PASSWORD=startup-bench-password
DATA_DIR="$PWD/target/startup-bench-data"
# Stop the app under test if the script stops early.
trap 'if [ -f "$WORK/app.pid" ]; then kill "$(cat "$WORK/app.pid")" 2>/dev/null || true; rm -f "$WORK/app.pid"; fi' EXIT

# start APP_DIR "FLAGS" LOG -> prints "ready_ms cpu_ms rss_mb main_thread_cpu_ms"
# CPU: all threads' (JIT compilers and GC included) by the time of ready; main thread: the JVM's threads named
# "java", which run start-up itself: on a quiet machine with a spare core, ready comes about that long after launch.
start() {
  local dir=$1 flags=$2 log=$3 began ready pid cpu rss main_cpu
  began=$(date +%s%N)
  # shellcheck disable=SC2086
  (cd "$dir" && exec java $flags -Dquarkus.http.port="$PORT" -Dquarkus.management.port="$MANAGEMENT_PORT" \
    -Dworkshop-hub.data-dir="$DATA_DIR" -jar quarkus-run.jar) > "$log" 2>&1 &
  pid=$!
  echo "$pid" > "$WORK/app.pid"
  until curl -sf -o /dev/null "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready"; do
    kill -0 "$pid" 2>/dev/null || { echo "The app in $dir stopped; see $log" >&2; exit 1; }
    sleep 0.02
  done
  ready=$(date +%s%N)
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$pid/stat")
  main_cpu=$(for task in /proc/"$pid"/task/*; do
    if [ "$(cat "$task/comm")" = java ]; then cat "$task/stat"; fi
  done | awk -v hz="$(getconf CLK_TCK)" '{sub(/^.*\) /, ""); t += $12 + $13} END {print int(t * 1000 / hz)}')
  sleep 1
  rss=$(awk '/VmRSS/{print int($2 / 1024)}' "/proc/$pid/status")
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  echo "$(((ready - began) / 1000000)) $cpu $rss $main_cpu"
}

median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem/{print $2}') GB; $(java -version 2>&1 | head -1); Quarkus $quarkus_version; $(date -u +%F); load average $(cut -d' ' -f1-3 /proc/loadavg)"
start "$MAIN" "" "$WORK/warmup-main.log" > /dev/null
start "$MINIMAL" "" "$WORK/warmup-minimal.log" > /dev/null

: > "$WORK/results.txt"
for run in $(seq 1 "$RUNS"); do
  for i in "${!VARIANTS[@]}"; do
    flags=${VARIANTS[$i]#*|}
    echo "$i main $(start "$MAIN" "$flags" "$WORK/main.log")" >> "$WORK/results.txt"
    echo "$i minimal $(start "$MINIMAL" "$flags" "$WORK/minimal.log")" >> "$WORK/results.txt"
  done
  echo "run $run of $RUNS done" >&2
done

pick() { awk -v v="$1" -v a="$2" -v c="$3" '$1 == v && $2 == a {print $c}' "$WORK/results.txt" | median; }
echo "## start-up, median of $RUNS (launch -> ready ms; CPU ms used by then, all threads and main thread; RSS MB 1 s after ready)"
echo "| JVM flags | main ready | minimal ready | main / minimal | main CPU | minimal CPU | main thread CPU | minimal thread CPU | main / minimal thread | main RSS | minimal RSS |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
for i in "${!VARIANTS[@]}"; do
  name=${VARIANTS[$i]%%|*}
  main_ms=$(pick "$i" main 3)
  minimal_ms=$(pick "$i" minimal 3)
  ratio=$(awk -v a="$main_ms" -v b="$minimal_ms" 'BEGIN {printf "%.2f", a / b}')
  main_thread=$(pick "$i" main 6)
  minimal_thread=$(pick "$i" minimal 6)
  thread_ratio=$(awk -v a="$main_thread" -v b="$minimal_thread" 'BEGIN {printf "%.2f", a / b}')
  echo "| $name | $main_ms | $minimal_ms | $ratio | $(pick "$i" main 4) | $(pick "$i" minimal 4) | $main_thread | $minimal_thread | $thread_ratio | $(pick "$i" main 5) | $(pick "$i" minimal 5) |"
done
echo "flags: $(for v in "${VARIANTS[@]}"; do printf '[%s] ' "${v#*|}"; done)"
