#!/usr/bin/env bash
# Counts the statements and transactions the database sees per submitted note: starts the packaged app on
# a fresh database whose sessions log every statement (log_min_duration_statement=0, that database only),
# sends $NOTES notes one after another from joined delegates (after one warm-up note each), and counts the
# executed statements in PostgreSQL's log and the commits in pg_stat_database.
# Usage: bench/live/profile.sh [path/to/quarkus-run.jar]. Needs read access to $PG_LOG (the server's log).
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=${1:-target/quarkus-app/quarkus-run.jar}
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-postgres}
PG_LOG=${PG_LOG:-$(ls -t /var/log/postgresql/*.log | head -1)}
DB=${PROFILE_DB:-workshophub_profile}
PORT=${PROFILE_PORT:-8195}
NOTES=${NOTES:-50}
WORK=bench/live/.work/profile
mkdir -p "$WORK"
psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -qc "drop database if exists $DB" -c "create database $DB" \
  -c "alter database $DB set log_min_duration_statement = 0" postgres
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" QUARKUS_DATASOURCE_USERNAME="$PG_USER" \
  WORKSHOP_HUB_ADMIN_EMAIL=bench@example.org WORKSHOP_HUB_ADMIN_PASSWORD=bench-password-123 \
  java -Xmx256m -Dquarkus.http.port="$PORT" -Dquarkus.management.port=$((PORT + 1000)) \
  -Dworkshop-hub.data-dir=target/profile-data -Dquarkus.log.level=WARN -jar "$JAR" > "$WORK/app.log" 2>&1 &
APP_PID=$!
trap 'kill $APP_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$((PORT + 1000))/q/health/ready" >/dev/null && break; sleep 0.5; done
node bench/live/setup.mjs "http://127.0.0.1:$PORT" bench@example.org bench-password-123 5 > "$WORK/setup.json"
send() {  # n: sends n notes, one at a time, rotating over the delegates
  node -e '
    const s = require("./'"$WORK"'/setup.json"); const n = Number(process.argv[1]);
    (async () => { for (let i = 0; i < n; i++) {
      const r = await fetch(process.argv[2] + "/api/workshops/" + s.workshopId + "/notes", { method: "POST",
        headers: { "Content-Type": "application/json", Authorization: "Bearer " + s.delegateTokens[i % s.delegateTokens.length],
                   "Idempotency-Key": crypto.randomUUID() },
        body: JSON.stringify({ text: "profile " + i, kind: "INSIGHT", sessionId: s.sessionId }) });
      if (r.status !== 201) throw new Error(r.status + " " + await r.text()); } })()' "$1" "http://127.0.0.1:$PORT"
}
send 5  # warm-up: each delegate once
sleep 1
from=$(wc -l < "$PG_LOG")
send "$NOTES"
sleep 1
to=$(wc -l < "$PG_LOG")
sed -n "$((from + 1)),${to}p" "$PG_LOG" | grep "@$DB " | grep -E 'duration: .* (execute [^ ]*|statement): ' > "$WORK/statements.log" || true
statements=$(wc -l < "$WORK/statements.log")
transactions=$(grep -cE ': (COMMIT|ROLLBACK)$' "$WORK/statements.log" || true)
echo "notes: $NOTES; statements executed (BEGIN and COMMIT included): $statements" \
  "($(awk -v s="$statements" -v n="$NOTES" 'BEGIN{printf "%.1f", s/n}') per note); transactions: $transactions" \
  "($(awk -v t="$transactions" -v n="$NOTES" 'BEGIN{printf "%.1f", t/n}') per note)"
echo "statements by kind (per note):"
sed -E 's/.*(execute [^ ]*|statement): //' "$WORK/statements.log" | cut -c1-70 | sort | uniq -c | sort -rn \
  | awk -v n="$NOTES" '{c=$1; $1=""; printf "  %5.2f %s\n", c/n, $0}'
psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -qc "alter database $DB reset log_min_duration_statement" postgres
