#!/usr/bin/env bash
# Survey benchmarks against the packaged jar run with plain `java -jar` (issue 9). See docs/benchmarks.md.
#
#   bench/survey/run.sh [RATE] [SECONDS] [RESPONSES] [AREAS]     defaults: 1000 60 500000 300
#
# Starts target/medborgarlofte.jar on a fresh data directory (target/bench-survey) with the public rate limit off
# (MEDBORGARLOFTE_PUBLIC_RATE_LIMIT=0) and the embedded PostgreSQL on a known port, warms up, then measures:
#   1. submissions at RATE/s for SECONDS (open loop), acknowledged vs stored;
#   2. every indicator of a round of RESPONSES × 20 answers in AREAS areas vs a bare GROUP BY mean and count;
#   3. the results page and the results API of that round (p99).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
RATE=${1:-1000}; SECONDS_=${2:-60}; RESPONSES=${3:-500000}; AREAS=${4:-300}
JAR=${JAR:-target/medborgarlofte.jar}
PORT=${APP_PORT:-18790}; DB_PORT=${DB_PORT:-18791}
DATA=${DATA:-$ROOT/target/bench-survey}
PG=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | sort | tail -1)
PASSWORD=bench-$(date +%s)
[[ -f $JAR ]] || { echo "build the jar first: ./mvnw -B -DskipTests package" >&2; exit 1; }
# Another app on the port would answer the health check and the benchmark instead of ours.
if (exec 3<>"/dev/tcp/localhost/$PORT") 2>/dev/null || (exec 3<>"/dev/tcp/localhost/$DB_PORT") 2>/dev/null; then
  echo "port $PORT or $DB_PORT is taken: set APP_PORT and DB_PORT" >&2; exit 1
fi
rm -rf "$DATA"; mkdir -p "$DATA"
MEDBORGARLOFTE_DATA_DIR=$DATA SERVER_PORT=$PORT MEDBORGARLOFTE_PUBLIC_RATE_LIMIT=0 \
  MEDBORGARLOFTE_ADMIN_PASSWORD=$PASSWORD MEDBORGARLOFTE_EMBEDDED_DB_PORT=$DB_PORT \
 java ${JAVA_OPTS:-} -jar "$JAR" >"$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  kill -0 $APP 2>/dev/null || { echo "the app did not start; see $DATA/app.log" >&2; exit 1; }
  curl -fs "http://localhost:$PORT/actuator/health" >/dev/null && break; sleep 1
done
BASE=http://localhost:$PORT
# CPU seconds used so far by the app and its PostgreSQL (the postmaster and its live backends): per answer, this
# is the cost that does not depend on what else runs on the machine.
cpu() {
  local pm; pm=$(head -1 "$DATA/postgres/postmaster.pid")
  ps -o times= -p "$APP,$pm" --ppid "$pm" | awk '{s += $1} END {print s}'
}
# The app's share of it alone: where the cost lies.
app_cpu() { ps -o times= -p "$APP" | awk '{print $1}'; }
B() { java -cp "$PG" bench/survey/SurveyBench.java "$@"; }
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GB; load before: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%FT%TZ)" >&2
PHASES=${PHASES:-submit indicators pages}
if [[ $PHASES == *submit* ]]; then
WARMUP=${WARMUP:-90}
echo "warm-up: $WARMUP s of submissions at $RATE/s (not counted): the JIT compiler is still busy after 20 s" >&2
B submit "$BASE" "$PASSWORD" "$RATE" "$WARMUP" >/dev/null
echo "## submissions"
echo "| rate × time | sent | acknowledged (201) | stored | achieved | p50 ms | p95 ms | p99 ms | max ms | stored = acknowledged |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"
CPU0=$(cpu); APPCPU0=$(app_cpu)
B submit "$BASE" "$PASSWORD" "$RATE" "$SECONDS_"
CPU1=$(cpu); APPCPU1=$(app_cpu)
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
echo "app + PostgreSQL CPU: $((CPU1 - CPU0)) s for $((RATE * SECONDS_)) answers = $(awk "BEGIN {printf \"%.2f\", ($CPU1 - $CPU0) * 1000 / ($RATE * $SECONDS_)}") ms per answer, of which the app $(awk "BEGIN {printf \"%.2f\", ($APPCPU1 - $APPCPU0) * 1000 / ($RATE * $SECONDS_)}") ms" >&2
fi
[[ $PHASES == *indicators* ]] || exit 0
echo "## indicators"
echo "| answers | areas | bare GROUP BY runs (ms) | bare median (ms) | every indicator, computed and kept (ms) | ratio |"
echo "|---:|---:|---|---:|---:|---:|"
B indicators "$BASE" "$PASSWORD" "jdbc:postgresql://localhost:$DB_PORT/postgres" "$RESPONSES" "$AREAS"
grep "Figures of survey" "$DATA/app.log" | sed "s/.*INFO [0-9]* --- \[[^]]*\] \[[^]]*\] [^:]*: /in the app: /" >&2

[[ $PHASES == *pages* ]] || exit 0
ROUND=$(java -cp "$PG" bench/survey/LatestRound.java "jdbc:postgresql://localhost:$DB_PORT/postgres")
echo "## results"
echo "| path | requests | throughput | p50 ms | p95 ms | p99 ms |"
echo "|---|---:|---:|---:|---:|---:|"
B page "$BASE" "/kommuner/1278/trygghetsmatningar/$ROUND" 20 8
B page "$BASE" "/api/v1/surveys/$ROUND/results" 20 8
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
