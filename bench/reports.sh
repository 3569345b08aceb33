#!/usr/bin/env bash
# Benchmarks of issue 12 (place reports) against the packaged jar run with plain `java -jar`:
#   1. hotspots over 100 000 published points in one kommun (Båstad, 1278)        target ≤ 200 ms
#   2. the public map's GeoJSON of a kommun with 20 000 published reports (1292)   target p99 ≤ 100 ms
#   3. public report submission, sustained, with nothing lost                    target ≥ 500/s
# The points are inserted with SQL (generate_series) into the app's embedded PostgreSQL, reached with psql on a
# fixed port; the requests come from bench/ReportsBench.java. Usage: ./mvnw -B -DskipTests package && bench/reports.sh
# The caches keep their default 10 s; the hotspot run sends a new to= date each time, so every answer is computed.
# Settings: JAVA_OPTS (empty: the JVM's defaults), SUBMIT_SECONDS (60), SUBMIT_THREADS (16), GET_THREADS (4).
# Prints the run as it goes, then one markdown table of every measured run (the ROW lines of the client).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=$ROOT/target/medborgarlofte.jar
DATA=$ROOT/target/bench-reports-data
LOG=$ROOT/target/bench-reports.log
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() { local p=$1; while port_in_use "$p"; do p=$((p + 1)); done; echo "$p"; }
APP_PORT=$(free_port 28080)
DB_PORT=$(free_port 25432)
BASE=http://127.0.0.1:$APP_PORT
CLIENT=(java "$ROOT/bench/ReportsBench.java")
ROWS=$ROOT/target/bench-reports-rows.txt
: > "$ROWS"
# Runs the client, shows its lines and keeps its table rows.
measure() { "${CLIENT[@]}" "$@" | while IFS= read -r line; do
  if [[ $line == ROW\|* ]]; then echo "${line#ROW}" >> "$ROWS"; else echo "$line"; fi; done; }
[[ -f $JAR ]] || { echo "build the jar first: ./mvnw -B -DskipTests package" >&2; exit 1; }

echo "# Place-report benchmarks, $(date -u +%Y-%m-%dT%H:%MZ)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem/{print $2}') GiB RAM, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1); JAVA_OPTS=${JAVA_OPTS:-}"

rm -rf "$DATA"
SERVER_PORT=$APP_PORT MEDBORGARLOFTE_DATA_DIR=$DATA MEDBORGARLOFTE_PUBLIC_RATE_LIMIT=0 \
  java ${JAVA_OPTS:-} -jar "$JAR" --medborgarlofte.embedded-db.port=$DB_PORT > "$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q UP && break
  kill -0 $APP 2>/dev/null || { echo "the app died: see $LOG" >&2; exit 1; }
  sleep 0.5
done
PSQL=(psql -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt)

# 100 000 points in Båstad: 70 % in 50 blobs (about 300 × 400 m each), 30 % spread over the kommun (about
# 30 × 15 km); four categories. Clustering runs per category, so each run clusters 25 000 points four times.
"${PSQL[@]}" <<'SQL'
insert into reports_place_report (municipality_code, category, description, latitude, longitude, moderation, source,
  published_at)
select '1278', (array['speeding','vandalism','littering','feels-unsafe'])[1 + g % 4], 'bench point ' || g,
  case when g % 10 < 7 then 56.33 + (g % 50) * 0.003 + (random() - 0.5) * 0.003 else 56.30 + random() * 0.15 end,
  case when g % 10 < 7 then 12.65 + (g % 50) * 0.008 + (random() - 0.5) * 0.006 else 12.60 + random() * 0.50 end,
  'PUBLISHED', 'BENCH', now()
from generate_series(1, 100000) g;
insert into reports_place_report (municipality_code, category, description, latitude, longitude, moderation, source,
  published_at)
select '1292', (array['speeding','vandalism','littering','feels-unsafe'])[1 + g % 4], 'bench point ' || g,
  56.20 + random() * 0.08, 12.80 + random() * 0.15, 'PUBLISHED', 'BENCH', now()
from generate_series(1, 20000) g;
analyze reports_place_report;
SQL
echo "seeded: $("${PSQL[@]}" -c "select count(*) from reports_place_report where municipality_code = '1278'") published in 1278, $("${PSQL[@]}" -c "select count(*) from reports_place_report where municipality_code = '1292'") in 1292"

echo "## 1. hotspots over 100 000 points (one client; 10 warm-up requests), each request computed (a new to= date)"
measure get "$BASE" "/api/v1/hotspots?municipality=1278&to={day}" 10 50 1
echo "the same, answered from the hotspot cache (same URL each time)"
measure get "$BASE" "/api/v1/hotspots?municipality=1278" 10 200 1
echo "hotspots found: $(curl -fs "$BASE/api/v1/hotspots?municipality=1278" | grep -o '"id"' | wc -l); the first: $(curl -fs "$BASE/api/v1/hotspots?municipality=1278" | cut -c1-160)"

echo "## 2. GeoJSON of 20 000 published reports (${GET_THREADS:-4} clients; 50 warm-up requests)"
measure get "$BASE" "/api/v1/place-reports.geojson?municipality=1292" 50 1000 "${GET_THREADS:-4}"
echo "the same, gzipped (kept compressed, as a browser asks for it)"
measure get "$BASE" "/api/v1/place-reports.geojson?municipality=1292" 50 1000 "${GET_THREADS:-4}" gzip

echo "## 3. public submission, ${SUBMIT_SECONDS:-60} s sustained, ${SUBMIT_THREADS:-16} clients"
RUN="bench-submit-$(date +%s)"
"${CLIENT[@]}" submit "$BASE" 10 "${SUBMIT_THREADS:-16}" "$RUN-warmup" "$ROOT/target/bench-reports-warmup-ids.txt" > /dev/null
measure submit "$BASE" "${SUBMIT_SECONDS:-60}" "${SUBMIT_THREADS:-16}" "$RUN" "$ROOT/target/bench-reports-ids.txt"
ACKED=$(wc -l < "$ROOT/target/bench-reports-ids.txt")
STORED=$("${PSQL[@]}" -c "select count(*) from reports_place_report r join reports_feedback_address f on f.report_id = r.id where r.description like '$RUN %'")
echo "nothing lost: acknowledged $ACKED, stored with their feedback address $STORED"
echo
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| run | clients | throughput | p50 ms | p95 ms | p99 ms | max ms | failed |"
echo "|---|---|---:|---:|---:|---:|---:|---:|"
cat "$ROWS"
echo
echo "Nothing lost: acknowledged $ACKED, stored with their feedback address $STORED."
[[ $ACKED == "$STORED" ]] || { echo "LOST: $((ACKED - STORED))"; exit 1; }
