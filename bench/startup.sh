#!/usr/bin/env bash
# Start-up as a user runs it: `java -jar` with default JVM settings on a warm embedded database, no demo data,
# from launching java until /actuator/health answers UP (polled every 50 ms). The first start initialises the
# database and is not counted.
# Usage: bench/startup.sh [runs, default 3] [extra java arguments…]   e.g. bench/startup.sh 3 -Dspring.main.lazy-initialization=true
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}; shift || true
JAR=target/medborgarlofte.jar
DATA=target/bench-startup
PORT=${APP_PORT:-18095}
[[ -f $JAR ]] || { echo "build first: ./mvnw -B -DskipTests clean package" >&2; exit 1; }
mkdir -p "$DATA"
pid=
cleanup() { [[ -n $pid ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; }
trap cleanup EXIT
once() {
  local t0 t1
  t0=$(date +%s.%N)
  SERVER_PORT=$PORT MEDBORGARLOFTE_DATA_DIR=$DATA java "$@" -jar "$JAR" >>"$DATA/app.log" 2>&1 &
  pid=$!
  until curl -sf "http://localhost:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "app died, see $DATA/app.log" >&2; exit 1; }
    sleep 0.05
  done
  t1=$(date +%s.%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f\n", b - a }'
}
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
once "$@" >/dev/null   # warms (or creates) the database
for _ in $(seq "$RUNS"); do once "$@"; done
