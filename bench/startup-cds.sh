#!/usr/bin/env bash
# Start-up to health UP on a warm embedded database, three ways, in one run:
#   1. java -jar target/medborgarlofte.jar
#   2. the jar extracted with Spring Boot's jarmode tools (java -jar extracted/medborgarlofte.jar)
#   3. extracted + an AppCDS archive made by a training run (-XX:SharedArchiveFile)
# Usage: bench/startup-cds.sh [runs per variant, default 3]. JAVA_OPTS as for run.sh (default -Xmx256m).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
JAR=target/medborgarlofte.jar
WORK=target/bench-cds
DATA=$WORK/data
PORT=${APP_PORT:-18090}
read -ra JAVA_ARGS <<<"${JAVA_OPTS--Xmx256m}"
[[ -f $JAR ]] || { echo "build first: ./mvnw -B -DskipTests package" >&2; exit 1; }
rm -rf "$WORK" && mkdir -p "$WORK"
pid=
cleanup() { [[ -n $pid ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; }
trap cleanup EXIT

# Starts the app with the given java arguments and prints seconds until health is UP; then stops it.
time_start() {
  local t0 t1
  t0=$(date +%s.%N)
  SERVER_PORT=$PORT MEDBORGARLOFTE_DATA_DIR=$DATA MEDBORGARLOFTE_DEMO_DATA=true \
    java "${JAVA_ARGS[@]}" "$@" >>"$WORK/app.log" 2>&1 &
  pid=$!
  until curl -sf "http://localhost:$PORT/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "app died, see $WORK/app.log" >&2; exit 1; }
    sleep 0.05
  done
  t1=$(date +%s.%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f\n", b - a }'
}

echo "warming the database (first start initialises it)..." >&2
time_start -jar "$JAR" >/dev/null
java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/extracted" >/dev/null
echo "CDS training run..." >&2
SERVER_PORT=$PORT MEDBORGARLOFTE_DATA_DIR=$DATA java "${JAVA_ARGS[@]}" -XX:ArchiveClassesAtExit="$WORK/app.jsa" \
  -Dspring.context.exit=onRefresh -jar "$WORK/extracted/medborgarlofte.jar" >>"$WORK/app.log" 2>&1 || true

echo "| variant | runs (s) | median (s) |"
echo "|---|---|---|"
for variant in jar extracted cds; do
  times=()
  for _ in $(seq "$RUNS"); do
    case $variant in
      jar) times+=("$(time_start -jar "$JAR")") ;;
      extracted) times+=("$(time_start -jar "$WORK/extracted/medborgarlofte.jar")") ;;
      cds) times+=("$(time_start -XX:SharedArchiveFile="$WORK/app.jsa" -jar "$WORK/extracted/medborgarlofte.jar")") ;;
    esac
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
  printf '| %s | %s | %.2f |\n' "$variant" "$(printf '%.2f ' "${times[@]}")" "$median"
done
echo
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ), JAVA_OPTS=${JAVA_OPTS--Xmx256m}"
