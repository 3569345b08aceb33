#!/usr/bin/env bash
# Follow-up benchmarks (issue 11) against the packaged jar run with plain `java -jar` (default JVM settings unless
# JAVA_OPTS says otherwise). See docs/benchmarks.md, section "Follow-up".
#
#   ./mvnw -B -DskipTests package && bench/followup/run.sh [ACTIVITIES] [REQUESTS]     defaults: 100000 200
#
# Starts target/medborgarlofte.jar on a fresh data directory (target/bench-followup), takes an admin API token
# through the login form (bench/get-token.sh), seeds through the API 580 published promises (2 for each of the 290
# kommuner, 5 problem categories, half-yearly follow-ups: all overdue) and 10 years of monthly crime figures, then
# prints one markdown table: the evaluation (5 categories, 10 years, 3 comparison kommuner), the import of
# ACTIVITIES activities as one CSV, the admin's due/overdue dashboard across all 580 promises, and the admin page of
# the evaluated promise's first follow-up (its report beside what the imported activities add up to), signed in
# through the login form.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
ACTIVITIES=${1:-100000}; REQUESTS=${2:-200}
JAR=${JAR:-target/medborgarlofte.jar}
PORT=${APP_PORT:-18290}
DATA=${DATA:-$ROOT/target/bench-followup}
PASSWORD=bench-$(date +%s)
[[ -f $JAR ]] || { echo "build the jar first: ./mvnw -B -DskipTests package" >&2; exit 1; }
rm -rf "$DATA"; mkdir -p "$DATA"
MEDBORGARLOFTE_DATA_DIR=$DATA SERVER_PORT=$PORT MEDBORGARLOFTE_PUBLIC_RATE_LIMIT=0 \
  MEDBORGARLOFTE_ADMIN_PASSWORD=$PASSWORD \
  java ${JAVA_OPTS:-} -jar "$JAR" >"$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
BASE=http://localhost:$PORT
for _ in $(seq 1 240); do curl -fs "$BASE/actuator/health" >/dev/null && break; sleep 1; done
TOKEN=
for _ in 1 2 3; do TOKEN=$(bench/get-token.sh "$BASE" admin "$PASSWORD") && [[ -n $TOKEN ]] && break; sleep 5; done
[[ -n $TOKEN ]] || { echo "no API token (see $DATA/app.log)" >&2; exit 1; }
B() { java bench/followup/FollowUpBench.java "$@"; }
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GB, $(java -version 2>&1 | head -1); JAVA_OPTS='${JAVA_OPTS:-}'; load before: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%FT%TZ)" >&2
read -r PROMISE COMPARISON < <(B seed "$BASE" "$TOKEN")
sleep 5 # the follow-ups are scheduled from PromisePublished after each commit
echo "| what | requests | answer | time | target |"
echo "|---|---:|---:|---|---|"
B evaluation "$BASE" "$PROMISE" "$COMPARISON" "$REQUESTS"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
B import "$BASE" "$TOKEN" "$PROMISE" "$ACTIVITIES"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
B dashboard "$BASE" "$TOKEN" "$REQUESTS"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
JAR_COOKIES=$DATA/cookies
csrf() { curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" "$BASE$1" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }
curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" -o /dev/null --data-urlencode "username=admin" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$(csrf /login)" "$BASE/login"
COOKIE=$(awk '(/^#HttpOnly_/ || !/^#/) && NF >= 7 {c=$6"="$7} END {print c}' "$JAR_COOKIES")
FIRST=$(curl -fs "$BASE/api/v1/promises/$PROMISE/follow-ups" | grep -o '"id":"[0-9a-f-]\{36\}"' | head -1 | cut -d'"' -f4)
B page "$BASE" "$COOKIE" "/admin/uppfoljning/loften/$PROMISE/uppfoljningar/$FIRST" "$REQUESTS"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
