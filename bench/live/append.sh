#!/usr/bin/env bash
# The event append alone, one workshop, many writers: the old way (counter row locked until commit,
# NOTIFY in every writer) against the current one (insert unnumbered; the app's sequencer numbers
# after commit). Run it against a database the app is running on (its sequencer numbers the new
# rows); afterwards it checks that the sequencer numbered every event 1..N with no gap.
# Usage: bench/live/append.sh <database>   env: CLIENTS (50), SECONDS_PER_RUN (10), RUNS (3), PG_HOST/PG_PORT/PG_USER
set -euo pipefail
DB=${1:?Usage: $0 <database>}
CLIENTS=${CLIENTS:-50} SECONDS_PER_RUN=${SECONDS_PER_RUN:-10} RUNS=${RUNS:-3}
PG_HOST=${PG_HOST:-127.0.0.1} PG_PORT=${PG_PORT:-5432} PG_USER=${PG_USER:-postgres}
psql_() { psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$DB" -AtqX "$@"; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cat > "$WORK/old.sql" <<'SQL'
BEGIN;
WITH counter AS (
    INSERT INTO workshop_event_counter (workshop_id, last_seq) VALUES (:w, 1)
    ON CONFLICT (workshop_id) DO UPDATE SET last_seq = workshop_event_counter.last_seq + 1
    RETURNING last_seq),
event AS (
    INSERT INTO workshop_event (workshop_id, seq, type) SELECT :w, last_seq, 'note.created' FROM counter RETURNING seq)
SELECT seq, pg_notify('workshop_events', :w || ':' || seq) FROM event;
COMMIT;
SQL
cat > "$WORK/new.sql" <<'SQL'
BEGIN;
INSERT INTO workshop_event (workshop_id, type) VALUES (:w, 'note.created');
COMMIT;
SQL
workshop() {
  psql_ -c "insert into workshop (id, title, theme, starts_at, ends_at, time_zone, capacity, join_code, venue)
    select nextval('workshop_seq'), 'append bench $1', slug, now(), now() + interval '1 day', 'UTC', 10, upper(substr(md5(random()::text), 1, 10)), 'bench'
    from theme limit 1 returning id"
}
OLD=$(workshop old) NEW=$(workshop new)
echo "| run | old: counter row + NOTIFY, TPS | new: unnumbered insert, TPS | new / old |"
echo "|---|---|---|---|"
for run in $(seq 1 "$RUNS"); do
  tps() {
    pgbench -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -n -c "$CLIENTS" -j 2 -T "$SECONDS_PER_RUN" -D w="$1" -f "$2" "$DB" \
      > "$WORK/out" 2>&1 || true
    grep -m1 -oP 'tps = \K[0-9.]+' "$WORK/out" || { echo "pgbench failed:" >&2; tail -n 5 "$WORK/out" >&2; exit 1; }
  }
  old=$(tps "$OLD" "$WORK/old.sql"); new=$(tps "$NEW" "$WORK/new.sql")
  echo "| $run | ${old%.*} | ${new%.*} | $(awk -v a="$new" -v b="$old" 'BEGIN { printf "%.1f", a / b }') |"
done
for _ in $(seq 1 60); do [ "$(psql_ -c "select count(*) from workshop_event where workshop_id = $NEW and seq is null")" = 0 ] && break; sleep 1; done
read -r events numbered top distinct < <(psql_ -F ' ' -c "select count(*), count(seq), coalesce(max(seq), 0), count(distinct seq) from workshop_event where workshop_id = $NEW")
echo "sequencer: $events events, $numbered numbered, max seq $top, $distinct distinct"
[ "$events" = "$numbered" ] && [ "$numbered" = "$top" ] && [ "$top" = "$distinct" ] || { echo "GAP OR DUPLICATE (is the app running on $DB?)"; exit 1; }
