#!/usr/bin/env bash
# Live-capture benchmarks against the packaged app on this machine's PostgreSQL.
#   submit: notes/s and latency with 200 concurrent submitters (wrk), and in the same run pgbench with
#           the same concurrency running a bare one-row insert (the database's ceiling; the app's share of
#           it is the figure) and the SQL the app runs for one note (note.sql);
#   open:   an open loop, notes at a fixed $OPEN_RATE/s for $OPEN_SECONDS s (openloop.mjs), latency from
#           each note's due time (no coordinated omission): p50/p99/max and errors;
#   fanout: 500, 1,000 and 2,000 SSE subscribers while notes arrive at 20/s: delivery latency, peak RSS.
# Usage: bench/live/run.sh [submit|open|fanout|all, or a comma-separated list such as submit,open] (default all). Needs: a built app (./mvnw package),
# PostgreSQL on $PG_HOST:$PG_PORT as $PG_USER (default 127.0.0.1:5432, postgres), wrk, pgbench, node.
# pgbench with 200 clients needs max_connections >= 210; set PGBENCH_CLIENTS to use fewer.
set -euo pipefail
cd "$(dirname "$0")/../.."
what=${1:-all}
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-postgres}
DB=${BENCH_DB:-workshophub_bench}
PORT=${BENCH_PORT:-8190}
MANAGEMENT_PORT=${BENCH_MANAGEMENT_PORT:-$((PORT + 1000))}  # health is on the management port
RUNS=${RUNS:-3}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-20}
CONCURRENCY=${CONCURRENCY:-200}
OPEN_RATE=${OPEN_RATE:-300}
OPEN_SECONDS=${OPEN_SECONDS:-20}
PGBENCH_CLIENTS=${PGBENCH_CLIENTS:-$CONCURRENCY}
# A small heap and the serial collector keep the resident set low; see BENCHMARKS.md for G1's figures.
JVM_OPTS=${JVM_OPTS:--Xms64m -Xmx160m -XX:+UseSerialGC -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m -Xss512k}
POOL=20  # the app's default datasource pool size
JAR=${BENCH_JAR:-target/quarkus-app/quarkus-run.jar}
NOTE_SQL=${NOTE_SQL:-bench/live/note.sql}
WORK=bench/live/.work
mkdir -p "$WORK"

for tool in wrk pgbench node psql; do
  command -v "$tool" >/dev/null || { echo "Needs $tool (Debian: apt-get install -y wrk postgresql-client nodejs)"; exit 1; }
done
[ -f "$JAR" ] || ./mvnw -q -B package -DskipTests

psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -qc "drop database if exists $DB" -c "create database $DB" postgres
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" QUARKUS_DATASOURCE_USERNAME="$PG_USER" \
  WORKSHOP_HUB_ADMIN_EMAIL=bench@example.org WORKSHOP_HUB_ADMIN_PASSWORD=bench-password-123 \
  MALLOC_ARENA_MAX=2 java $JVM_OPTS -Dquarkus.http.port="$PORT" -Dquarkus.management.port="$MANAGEMENT_PORT" -Dworkshop-hub.data-dir=target/bench-data -Dquarkus.log.level=WARN \
  -jar "$JAR" > "$WORK/app.log" 2>&1 &
APP_PID=$!
trap 'kill $APP_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready" >/dev/null && break; sleep 0.5; done

# after the app made its schema (Flyway wants an empty one)
psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -qc "create table bench_bare_insert (id bigserial primary key, at timestamptz not null)" "$DB"
node bench/live/setup.mjs "http://127.0.0.1:$PORT" bench@example.org bench-password-123 "$CONCURRENCY" > "$WORK/setup.json"
node -e 'const s=require("./'"$WORK"'/setup.json"); console.log(s.delegateTokens.join("\n"))' > "$WORK/tokens.txt"
node -e 'const s=require("./'"$WORK"'/setup.json"); console.log(s.workshopId); console.log(s.sessionId)' > "$WORK/workshop.txt"
WORKSHOP=$(sed -n 1p "$WORK/workshop.txt")
SESSION=$(sed -n 2p "$WORK/workshop.txt")
read -r DMIN DMAX < <(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -At -F ' ' -c \
  "select min(id), max(id) from delegate where workshop_id = $WORKSHOP" "$DB")

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem/{print $2}') GB; $(java -version 2>&1 | head -1); $(psql -V); $(date -u +%F)"

median() { sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; print v}'; }
pgb() {  # clients script: TPS (a client that fails, e.g. on a deadlock, ends; the others' TPS still counts)
  { pgbench -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -n -c "$1" -j 2 -T "$SECONDS_PER_RUN" \
    -D workshop="$WORKSHOP" -D session="$SESSION" -D dmin="$DMIN" -D dmax="$DMAX" -f "$2" "$DB" 2>/dev/null || true; } \
    | awk '/^tps/{print $3; exit}'
}

if [[ ",$what," == *,submit,* ]] || [ "$what" = all ]; then
  echo "## submit: $CONCURRENCY concurrent submitters, ${SECONDS_PER_RUN}s per run"
  echo "| run | app notes/s | app p50 (ms) | app p99 (ms) | non-2xx | bare insert TPS ($PGBENCH_CLIENTS clients) | app / bare insert | note SQL TPS ($PGBENCH_CLIENTS clients) | note SQL TPS ($POOL clients = app pool) |"
  echo "|---|---|---|---|---|---|---|---|---|"
  # warm-up: the JIT compiles the note path before anything is measured
  wrk -t2 -c"$CONCURRENCY" -d"${WARMUP_SECONDS:-15}s" --timeout 10s -s bench/live/submit.lua "http://127.0.0.1:$PORT" > /dev/null
  : > "$WORK/submit.tsv"
  for run in $(seq 1 "$RUNS"); do
    wrk -t2 -c"$CONCURRENCY" -d"${SECONDS_PER_RUN}s" --timeout 10s --latency -s bench/live/submit.lua "http://127.0.0.1:$PORT" > "$WORK/wrk.txt"
    rps=$(awk '/Requests\/sec/{print $2}' "$WORK/wrk.txt")
    p50=$(awk '$1=="50%"{print $2}' "$WORK/wrk.txt" | ms)
    p99=$(awk '$1=="99%"{print $2}' "$WORK/wrk.txt" | ms)
    non2xx=$(awk -F= '/non2xx/{print $2}' "$WORK/wrk.txt")
    bare=$(pgb "$PGBENCH_CLIENTS" bench/live/bare-insert.sql)
    ratio=$(awk -v a="$rps" -v b="$bare" 'BEGIN{if (b > 0) printf "%.1f", 100*a/b; else print "n/a"}')
    tps=$(pgb "$PGBENCH_CLIENTS" "$NOTE_SQL")
    pooled=$(pgb "$POOL" "$NOTE_SQL")
    echo "| $run | $rps | $p50 | $p99 | $non2xx | $bare | $ratio% | $tps | $pooled |"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$rps" "$p50" "$p99" "$non2xx" "$bare" "$ratio" "$tps" "$pooled" >> "$WORK/submit.tsv"
  done
  row="| median"
  for col in 1 2 3 4 5 6 7 8; do row="$row | $(cut -f$col "$WORK/submit.tsv" | median)"; done
  echo "$row |"
fi

if [[ ",$what," == *,open,* ]] || [ "$what" = all ]; then
  echo "## open loop: $OPEN_RATE notes/s for ${OPEN_SECONDS}s, latency from each note's due time"
  echo "| run | sent | 201 | errors | p50 (ms) | p90 (ms) | p99 (ms) | max (ms) |"
  echo "|---|---|---|---|---|---|---|---|"
  node bench/live/openloop.mjs "http://127.0.0.1:$PORT" "$WORK/setup.json" "$OPEN_RATE" 5 > /dev/null  # warm-up
  : > "$WORK/open.tsv"
  for run in $(seq 1 "$RUNS"); do
    node bench/live/openloop.mjs "http://127.0.0.1:$PORT" "$WORK/setup.json" "$OPEN_RATE" "$OPEN_SECONDS" > "$WORK/open.json"
    line=$(node -e 'const r=require("./'"$WORK"'/open.json"); console.log([r.sent,r.ok,r.errors,r.p50,r.p90,r.p99,r.max].join("\t"))')
    echo "| $run | $(echo "$line" | sed 's/\t/ | /g') |"
    echo "$line" >> "$WORK/open.tsv"
  done
  row="| median"
  for col in 1 2 3 4 5 6 7; do row="$row | $(cut -f$col "$WORK/open.tsv" | median)"; done
  echo "$row |"
fi

if [[ ",$what," == *,fanout,* ]] || [ "$what" = all ]; then
  echo "## fan-out: notes at 20/s for 30 s"
  node bench/live/fanout.mjs "http://127.0.0.1:$PORT" "$WORK/setup.json" 200 20 10 "$APP_PID" > /dev/null  # warm-up
  for n in 500 1000 2000; do
    node bench/live/fanout.mjs "http://127.0.0.1:$PORT" "$WORK/setup.json" "$n" 20 30 "$APP_PID"
  done
fi
