#!/usr/bin/env bash
# Survey answer import (issue 9, history 1): a contractor's file of RESPONSES respondents × 20 items through
# POST /api/v1/surveys/{id}/answers/imports against the packaged jar run with plain `java -jar`. See
# docs/benchmarks.md.
#
#   bench/survey/import.sh [RESPONSES] [AREAS] [RUNS]     defaults: 100000 10 3
#
# Starts target/medborgarlofte.jar on a fresh data directory (target/bench-survey-import), warms up with one import
# of 10 000 respondents (not counted), then imports RUNS files of RESPONSES respondents, each into a fresh draft
# round, timing from the first byte sent to the import being DONE (checked, stored, round closed, figures kept).
# Prints a markdown table; the app's largest resident memory during the measured imports goes to stderr.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
RESPONSES=${1:-100000}; AREAS=${2:-10}; RUNS=${3:-3}
JAR=${JAR:-target/medborgarlofte.jar}
PORT=${APP_PORT:-18792}; DB_PORT=${DB_PORT:-18793}
DATA=${DATA:-$ROOT/target/bench-survey-import}
PASSWORD=bench-$(date +%s)
[[ -f $JAR ]] || { echo "build the jar first: ./mvnw -B -DskipTests package" >&2; exit 1; }
if (exec 3<>"/dev/tcp/localhost/$PORT") 2>/dev/null || (exec 3<>"/dev/tcp/localhost/$DB_PORT") 2>/dev/null; then
  echo "port $PORT or $DB_PORT is taken: set APP_PORT and DB_PORT" >&2; exit 1
fi
rm -rf "$DATA"; mkdir -p "$DATA"
MEDBORGARLOFTE_DATA_DIR=$DATA SERVER_PORT=$PORT MEDBORGARLOFTE_ADMIN_PASSWORD=$PASSWORD \
  MEDBORGARLOFTE_EMBEDDED_DB_PORT=$DB_PORT \
  java ${JAVA_OPTS:-} -jar "$JAR" >"$DATA/app.log" 2>&1 &
APP=$!
SAMPLER=
trap 'kill $SAMPLER 2>/dev/null || true; kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  kill -0 $APP 2>/dev/null || { echo "the app did not start; see $DATA/app.log" >&2; exit 1; }
  curl -fs "http://localhost:$PORT/actuator/health" >/dev/null && break; sleep 1
done
BASE=http://localhost:$PORT
B() { java bench/survey/ImportBench.java "$@"; }
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GB; load before: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%FT%TZ)" >&2
echo "warm-up: one import of 10 000 respondents (not counted)" >&2
B "$BASE" "$PASSWORD" 10000 "$AREAS" warm-up >/dev/null
# The app's resident memory, sampled every 0.2 s while the measured imports run.
( max=0; while kill -0 $APP 2>/dev/null; do
    r=$(ps -o rss= -p $APP | tr -d ' '); (( r > max )) && max=$r && echo "$max" >"$DATA/rss-max"; sleep 0.2
  done ) &
SAMPLER=$!
echo "| run | respondents | answers | file MB | acknowledged after (ms) | until DONE (s) | of which after the acknowledgement (s) | respondents/s | answers/s | stored = respondents |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"
for i in $(seq 1 "$RUNS"); do
  B "$BASE" "$PASSWORD" "$RESPONSES" "$AREAS" "$i"
done
kill $SAMPLER 2>/dev/null || true
echo "app's largest resident memory during the measured imports: $(( $(cat "$DATA/rss-max") / 1024 )) MB" >&2
grep "Figures of survey" "$DATA/app.log" | tail -"$RUNS" | sed "s/.*INFO [0-9]* --- \[[^]]*\] \[[^]]*\] [^:]*: /in the app: /" >&2
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
