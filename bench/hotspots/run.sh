#!/usr/bin/env bash
# The hotspot page of the kommun's staff (reports, "Hotspots som platser") and saving hotspots as places, against the
# packaged jar run with plain `java -jar` (default JVM settings unless JAVA_OPTS says otherwise).
#
#   ./mvnw -B -DskipTests package && bench/hotspots/run.sh [REQUESTS]        default: 200
#
# Seeds Båstad (1278) with SQL through the embedded PostgreSQL's port: 100 000 published reports (as bench/reports.sh:
# 70 % in 50 blobs, four categories) and 2 000 of the kommun's places of kind POINT spread over it. Signs the admin in
# through the login form, then times (sequential, one client, WARMUP=20 first) the public hotspot API and the admin
# page over the same hotspots (the page adds each hotspot's nearest place among the 2 000, the forms and the layout),
# and saves the 50 largest hotspots as places through the API; two other admin pages are timed as baselines (the
# start page, and organisation's page of the same 2 000 places). Prints one markdown table.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
REQUESTS=${1:-200}; WARMUP=${WARMUP:-20}
JAR=${JAR:-target/medborgarlofte.jar}
DATA=$ROOT/target/bench-hotspots
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() { local p=$1; while port_in_use "$p"; do p=$((p + 1)); done; echo "$p"; }
APP_PORT=$(free_port 28180)
DB_PORT=$(free_port 25532)
BASE=http://127.0.0.1:$APP_PORT
PASSWORD=bench-$(date +%s)
[[ -f $JAR ]] || { echo "build the jar first: ./mvnw -B -DskipTests package" >&2; exit 1; }
rm -rf "$DATA"; mkdir -p "$DATA"
SERVER_PORT=$APP_PORT MEDBORGARLOFTE_DATA_DIR=$DATA MEDBORGARLOFTE_PUBLIC_RATE_LIMIT=0 \
  MEDBORGARLOFTE_ADMIN_PASSWORD=$PASSWORD \
  java ${JAVA_OPTS:-} -jar "$JAR" --medborgarlofte.embedded-db.port=$DB_PORT > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q UP && break
  kill -0 $APP 2>/dev/null || { echo "the app died: see $DATA/app.log" >&2; exit 1; }
  sleep 0.5
done
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem/{print $2}') GiB; $(java -version 2>&1 | head -1); JAVA_OPTS='${JAVA_OPTS:-}'; $(date -u +%FT%TZ); load before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
PSQL=(psql -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt)
"${PSQL[@]}" <<'SQL'
insert into reports_place_report (municipality_code, category, description, latitude, longitude, moderation, source,
  published_at)
select '1278', (array['speeding','vandalism','littering','feels-unsafe'])[1 + g % 4], 'bench point ' || g,
  case when g % 10 < 7 then 56.33 + (g % 50) * 0.003 + (random() - 0.5) * 0.003 else 56.30 + random() * 0.15 end,
  case when g % 10 < 7 then 12.65 + (g % 50) * 0.008 + (random() - 0.5) * 0.006 else 12.60 + random() * 0.50 end,
  'PUBLISHED', 'BENCH', now()
from generate_series(1, 100000) g;
insert into organisation_place (municipality_code, name, kind, latitude, longitude)
select '1278', 'Bench place ' || g, 'POINT', 56.30 + random() * 0.15, 12.60 + random() * 0.50
from generate_series(1, 2000) g;
analyze reports_place_report;
SQL
J=$DATA/cookies
csrf() { curl -s -b "$J" -c "$J" "$BASE$1" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }
curl -s -b "$J" -c "$J" -o /dev/null --data-urlencode "username=admin" --data-urlencode "password=$PASSWORD" \
  --data-urlencode "_csrf=$(csrf /login)" "$BASE/login"
COOKIE=$(awk '(/^#HttpOnly_/ || !/^#/) && NF >= 7 {c=$6"="$7} END {print c}' "$J")
TOKEN=$(bench/get-token.sh "$BASE" admin "$PASSWORD")
[[ -n $TOKEN && -n $COOKIE ]] || { echo "could not sign in (see $DATA/app.log)" >&2; exit 1; }
B() { java bench/hotspots/HotspotPlacesBench.java "$@"; }
echo "| what | requests | answer | p50 ms | p95 ms | p99 ms | max ms |"
echo "|---|---:|---|---:|---:|---:|---:|"
B get "$BASE" - "/api/v1/hotspots?municipality=1278" "$WARMUP" "$REQUESTS" \
  "GET /api/v1/hotspots (the 100 largest of 100 000 points, JSON; public)"
B get "$BASE" "$COOKIE" "/admin/kommuner/1278/hotspots" "$WARMUP" "$REQUESTS" \
  "GET /admin/kommuner/1278/hotspots (the same 100, each with its nearest of 2 000 places and a form)"
B get "$BASE" "$COOKIE" "/admin" "$WARMUP" "$REQUESTS" \
  "GET /admin (baseline: the signed-in start page, same session and layout)"
B get "$BASE" "$COOKIE" "/admin/kommuner/1278/platser" "$WARMUP" "$REQUESTS" \
  "GET /admin/kommuner/1278/platser (baseline: organisation's page of the 2 000 places)"
B save "$BASE" "$TOKEN" 50
B get "$BASE" "$COOKIE" "/admin/kommuner/1278/hotspots" "$WARMUP" "$REQUESTS" \
  "the page again, 50 of its hotspots now shown as places"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
