#!/usr/bin/env bash
# Crime statistics benchmarks of issue 10, against the packaged app (plain `java -jar`, default JVM settings).
#
#   bench/crimestats.sh [--jar target/medborgarlofte.jar]
#
# 1. Import: 1 000 000 monthly figures through POST /api/v1/crime-statistics/imports (followed to DONE), against
#    PostgreSQL's own COPY of the same file into a bare table of the same database (psql \copy), in the same run;
#    the java process's resident memory is sampled every 0.2 s during the import.
# 2. Comparison: the rest of a 10-year table (10 × 290 kommuner × 12 months × 40 crime types = 1 392 000 rows) is
#    imported, then wrk asks random comparisons (GET /api/v1/crime-statistics/comparison) for WRK_DURATION after
#    WRK_WARMUP of warm-up, and reports the latency distribution.
# Settings: APP_PORT (18090), PG_PORT (18091), WRK_CONNECTIONS (8), WRK_DURATION (30s), WRK_WARMUP (20s),
# JAVA_OPTS (none: the defaults a user gets; e.g. -Xmx160m shows the import streams), IMPORT_ONLY=1 (stop after the
# timed import and the COPY).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
JAR=target/medborgarlofte.jar
[[ ${1:-} == --jar ]] && JAR=$2
[[ -f $JAR ]] || { echo "no jar at $JAR; ./mvnw -B -DskipTests package" >&2; exit 1; }
for tool in java curl wrk psql python3; do
  command -v $tool >/dev/null || { echo "$tool missing: apt-get install -y curl wrk postgresql-client-15 python3" >&2; exit 1; }
done
APP_PORT=${APP_PORT:-18090}
PG_PORT=${PG_PORT:-18091}
WRK_CONNECTIONS=${WRK_CONNECTIONS:-8}
WRK_DURATION=${WRK_DURATION:-30s}
WRK_WARMUP=${WRK_WARMUP:-20s}
DIR=$ROOT/target/bench-crimestats
PASS=bench-admin-password-1
BASE=http://127.0.0.1:$APP_PORT
rm -rf "$DIR"; mkdir -p "$DIR"
now_ms() { echo $(($(date +%s%N) / 1000000)); }

# 40 crime types: the 11 shipped and 29 added through the API below.
python3 - "$DIR/types.txt" <<'PY'
import sys
shipped = ["TOTAL", "THEFT", "RESIDENTIAL_BURGLARY", "VEHICLE_THEFT", "VANDALISM", "GRAFFITI", "ASSAULT", "THREATS",
           "DRUGS", "TRAFFIC", "FRAUD"]
open(sys.argv[1], "w").write("\n".join(shipped + [f"BENCH_{i:02d}" for i in range(1, 30)]) + "\n")
PY
cut -d, -f1 src/main/resources/data/population_2024_scb.csv | tail -n +2 > "$DIR/kommuner.txt"
ROWS=$(python3 bench/gen-crimestats.py "$DIR/types.txt" "$DIR/first.csv" 1000000 "$DIR/rest.csv" 10)
echo "bench: generated $ROWS rows; first file $(du -h "$DIR/first.csv" | cut -f1)" >&2

MEDBORGARLOFTE_DATA_DIR=$DIR/data MEDBORGARLOFTE_ADMIN_PASSWORD=$PASS \
  java ${JAVA_OPTS:-} -jar "$JAR" --server.port=$APP_PORT --medborgarlofte.embedded-db.port=$PG_PORT >"$DIR/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null' EXIT
for _ in $(seq 1 180); do curl -sf $BASE/actuator/health >/dev/null && break; sleep 1; done
curl -sf $BASE/actuator/health >/dev/null || { echo "app did not start; see $DIR/app.log" >&2; exit 1; }
for i in $(seq 1 29); do
  curl -sf -u admin:$PASS -H 'Content-Type: application/json' -o /dev/null \
    -d "{\"code\":\"BENCH_$(printf %02d $i)\",\"nameSv\":\"Bänktyp $i\",\"nameEn\":\"Bench type $i\",\"problemCategory\":\"THEFT\"}" \
    $BASE/api/v1/crime-types
done

import() {   # file -> milliseconds until the import is DONE
  local file=$1 start status location body
  start=$(now_ms)
  body=$(curl -s -u admin:$PASS -H 'Expect:' -H 'Content-Type: text/csv' --data-binary @"$file" -D "$DIR/headers" \
    $BASE/api/v1/crime-statistics/imports)
  status=$(head -1 "$DIR/headers" | cut -d' ' -f2)
  if [[ $status == 202 ]]; then
    location=$(grep -i '^location:' "$DIR/headers" | tr -d '\r' | cut -d' ' -f2)
    while body=$(curl -s -u admin:$PASS $BASE$location); echo "$body" | grep -q '"RUNNING"'; do sleep 0.2; done
  elif [[ $status != 201 ]]; then
    echo "import failed ($status): ${body:0:500}" >&2; exit 1
  fi
  echo "$body" | grep -q '"DONE"\|"duplicate":false' || { echo "import did not finish: ${body:0:500}" >&2; exit 1; }
  echo $(($(now_ms) - start))
}

rss_kb() { awk '/VmRSS/ {print $2}' /proc/$APP/status; }
RSS_BEFORE=$(rss_kb)
( while kill -0 $APP 2>/dev/null; do rss_kb; sleep 0.2; done ) >"$DIR/rss.txt" &
SAMPLER=$!
IMPORT_MS=$(import "$DIR/first.csv")
kill $SAMPLER
RSS_MAX=$(sort -n "$DIR/rss.txt" | tail -1)

export PGPASSWORD=postgres
PSQL="psql -h 127.0.0.1 -p $PG_PORT -U postgres -d postgres -v ON_ERROR_STOP=1 -q"
$PSQL -c "create table bench_bare (status text, period text, area_code text, crime_type text, count text)"
start=$(now_ms)
$PSQL -c "\\copy bench_bare from '$DIR/first.csv' with (format csv, header true, delimiter ';')"
COPY_MS=$(($(now_ms) - start))
$PSQL -c "drop table bench_bare"
FIGURES=$($PSQL -t -A -c "select count(*) from crimestats_figure")
if [[ -n ${IMPORT_ONLY:-} ]]; then
  echo "| JAVA_OPTS | ${JAVA_OPTS:-(none)} |"
  echo "| import until DONE / bare COPY | $IMPORT_MS ms / $COPY_MS ms |"
  echo "| figures stored | $FIGURES |"
  echo "| java resident memory before / highest during the import | $((RSS_BEFORE / 1024)) MB / $((RSS_MAX / 1024)) MB |"
  exit 0
fi

REST_MS=$(import "$DIR/rest.csv")
TOTAL=$($PSQL -t -A -c "select count(*) from crimestats_figure")
$PSQL -c "vacuum analyze crimestats_figure"

THREADS=$((WRK_CONNECTIONS < 2 ? 1 : 2))
wrk -t$THREADS -c$WRK_CONNECTIONS -d$WRK_WARMUP -s bench/comparison.lua $BASE >/dev/null
WRK=$(wrk -t$THREADS -c$WRK_CONNECTIONS -d$WRK_DURATION --latency -s bench/comparison.lua $BASE)

cat <<REPORT
### Crime statistics ($(date -u +%Y-%m-%d), $(nproc) cores, $(java -version 2>&1 | head -1))

| measure | value |
|---|---|
| rows in the timed file | 1 000 000 ($(du -h "$DIR/first.csv" | cut -f1)) |
| import through the API, until DONE | $IMPORT_MS ms |
| bare \`COPY\` of the same file (psql \\copy, same database) | $COPY_MS ms |
| ratio import / COPY | $(python3 -c "print(round($IMPORT_MS / $COPY_MS, 2))") |
| figures stored after the timed import | $FIGURES |
| java resident memory before the import / highest during it | $((RSS_BEFORE / 1024)) MB / $((RSS_MAX / 1024)) MB |
| rest of the table imported ($((TOTAL - FIGURES)) rows) | $REST_MS ms |
| figures in the table for the comparison run | $TOTAL |

Comparison, random kommun × type × year × throughMonth, wrk -t$THREADS -c$WRK_CONNECTIONS, $WRK_WARMUP warm-up, $WRK_DURATION measured:

\`\`\`
$WRK
\`\`\`
REPORT
