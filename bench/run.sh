#!/usr/bin/env bash
# Load run of the packaged app against nginx serving the same bytes. See bench/README.md.
#
#   bench/run.sh [--jar target/medborgarlofte.jar] [PATH ...]      default paths: / /kommuner/1278
#
# Markdown report on stdout (copy in target/bench-report.md); progress and logs on stderr / target/bench-logs/.
# Settings (environment): JAVA_OPTS (default -Xmx256m), APP_PORT (first free from 18080),
# NGINX_PORT (first free from 18081), WRK_THREADS (2), WRK_CONNECTIONS (64), WRK_DURATION (20s),
# WRK_WARMUP (5s), STARTUP_TIMEOUT seconds (180).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

JAR=target/medborgarlofte.jar
PATHS=()
while (($#)); do
  case $1 in
    --jar) JAR=$2; shift 2 ;;
    --jar=*) JAR=${1#--jar=}; shift ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    /*) PATHS+=("$1"); shift ;;
    *) echo "bench: unknown argument '$1' (paths must start with /)" >&2; exit 2 ;;
  esac
done
((${#PATHS[@]})) || PATHS=(/ /kommuner/1278)

JAVA_OPTS=${JAVA_OPTS--Xmx256m}
read -ra JAVA_ARGS <<<"$JAVA_OPTS"
WRK_THREADS=${WRK_THREADS:-2}
WRK_CONNECTIONS=${WRK_CONNECTIONS:-64}
WRK_DURATION=${WRK_DURATION:-20s}
WRK_WARMUP=${WRK_WARMUP:-20s}
STARTUP_TIMEOUT=${STARTUP_TIMEOUT:-180}
NGINX=${NGINX:-/usr/sbin/nginx}

DATA_DIR=$ROOT/target/bench-data
STATIC_DIR=$ROOT/target/bench-static
NGINX_DIR=$ROOT/target/bench-nginx
LOG_DIR=$ROOT/target/bench-logs
REPORT=$ROOT/target/bench-report.md

log() { printf 'bench: %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
out() { printf '%s\n' "$*" | tee -a "$REPORT"; }
COMMANDS=()
record() { COMMANDS+=("$*"); log "\$ $*"; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }
fmt_ms() { printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)); }   # milliseconds -> seconds.mmm
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() { local p=$1; while port_in_use "$p" || [[ $p == "${2:-}" ]]; do p=$((p + 1)); done; echo "$p"; }

# ---- checks --------------------------------------------------------------------------------------
[[ -f $JAR ]] || die "no jar at $JAR; build it with ./mvnw -B -DskipTests package"
for tool in java curl wrk "$NGINX"; do
  command -v "$tool" >/dev/null || die "$tool not found; apt-get install -y openjdk-17-jdk-headless curl wrk nginx"
done
APP_PORT=${APP_PORT:-$(free_port 18080)}
NGINX_PORT=${NGINX_PORT:-$(free_port 18081 "$APP_PORT")}
port_in_use "$APP_PORT" && die "APP_PORT $APP_PORT is in use"
port_in_use "$NGINX_PORT" && die "NGINX_PORT $NGINX_PORT is in use"
APP=http://127.0.0.1:$APP_PORT
NG=http://127.0.0.1:$NGINX_PORT

# ---- process control (everything is stopped on exit, also on failure or Ctrl-C) ------------------
APP_PID='' WRK_PID=''
wait_gone() { # pid, tenths of a second
  local i
  for ((i = 0; i < $2; i++)); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.1; done
  return 1
}
stop_leftover_postgres() { # an embedded PostgreSQL left behind by a killed JVM, found by its own pid file
  local f pid
  while IFS= read -r f; do
    pid=$(head -n1 "$f" 2>/dev/null || true)
    [[ $pid =~ ^[0-9]+$ && $(cat "/proc/$pid/comm" 2>/dev/null) == postgres ]] || continue
    log "stopping leftover embedded PostgreSQL (pid $pid)"
    kill -INT "$pid" 2>/dev/null || true
    wait_gone "$pid" 100 || kill -KILL "$pid" 2>/dev/null || true
  done < <(find "$DATA_DIR" -name postmaster.pid 2>/dev/null)
}
stop_app() {
  [[ -n $APP_PID ]] || return 0
  if kill -0 "$APP_PID" 2>/dev/null; then
    log "stopping app (pid $APP_PID)"
    kill -TERM "$APP_PID" 2>/dev/null || true
    wait_gone "$APP_PID" 300 || { log "app did not stop in 30 s, killing it"; kill -KILL "$APP_PID" 2>/dev/null || true; }
  fi
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=
  stop_leftover_postgres
}
stop_nginx() {
  local pid
  [[ -s $NGINX_DIR/nginx.pid ]] || return 0
  pid=$(cat "$NGINX_DIR/nginx.pid")
  log "stopping nginx (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  wait_gone "$pid" 100 || kill -KILL "$pid" 2>/dev/null || true
  rm -f "$NGINX_DIR/nginx.pid"
}
cleanup() {
  local rc=$?
  set +e
  [[ -z $WRK_PID ]] || kill -TERM "$WRK_PID" 2>/dev/null
  stop_app
  stop_nginx
  ((rc == 0)) || log "failed (exit $rc); logs in $LOG_DIR"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

start_app() { # label -> sets APP_PID and STARTUP_MS
  local label=$1 logf=$LOG_DIR/app-$1.log t0
  record "SERVER_PORT=$APP_PORT MEDBORGARLOFTE_DATA_DIR=$DATA_DIR MEDBORGARLOFTE_PUBLIC_RATE_LIMIT=0" \
    "MEDBORGARLOFTE_DEMO_DATA=true java ${JAVA_ARGS[*]} -jar $JAR    # $label start"
  t0=$(now_ms)
  SERVER_PORT=$APP_PORT MEDBORGARLOFTE_DATA_DIR=$DATA_DIR MEDBORGARLOFTE_PUBLIC_RATE_LIMIT=0 \
    MEDBORGARLOFTE_DEMO_DATA=true java "${JAVA_ARGS[@]}" -jar "$JAR" >"$logf" 2>&1 &
  APP_PID=$!
  # HTTP 200 with "status":"UP" (the body may also list probe groups, e.g. {"groups":[…],"status":"UP"})
  until [[ $(curl -sf --max-time 1 "$APP/actuator/health" 2>/dev/null || true) == *'"status":"UP"'* ]]; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -n 40 "$logf" >&2; die "app exited during $label start; log: $logf"; }
    (($(now_ms) - t0 < STARTUP_TIMEOUT * 1000)) || { tail -n 40 "$logf" >&2; die "app not UP after ${STARTUP_TIMEOUT}s; log: $logf"; }
    sleep 0.05
  done
  STARTUP_MS=$(($(now_ms) - t0))
  log "$label start: health UP after $(fmt_ms "$STARTUP_MS") s"
}

run_wrk() { # duration url outfile
  record "wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d$1 --latency $2"
  wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$1" --latency "$2" >"$3" &
  WRK_PID=$!
  wait "$WRK_PID"   # in the background so that a signal to this script is handled at once
  WRK_PID=
}
wrk_rps() { awk '/^Requests\/sec:/ {printf "%.1f", $2}' "$1"; }
wrk_p99() { # in ms
  awk '$1 == "99%" { v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v)
    f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : (u == "m") ? 60000 : -1
    printf "%.2f ms", v * f }' "$1"
}
wrk_errors() { grep -E 'Socket errors|Non-2xx' "$1" | sed 's/^ *//' | paste -sd ';' - || true; }

name_of() { local n=${1#/}; n=${n//[^A-Za-z0-9._-]/_}; echo "${n:-index}"; }
rss_mb() { awk '/^VmRSS:/ {printf "%.1f", $2 / 1024}' "/proc/$1/status" 2>/dev/null; }

# ---- machine --------------------------------------------------------------------------------------
rm -rf "$DATA_DIR" "$STATIC_DIR" "$NGINX_DIR" "$LOG_DIR"
mkdir -p "$DATA_DIR" "$STATIC_DIR" "$NGINX_DIR/tmp" "$LOG_DIR"
: >"$REPORT"
out "# Medborgarlöfte load run"
out ""
out "- date: $(date -Iseconds)"
out "- machine: $(nproc) cores ($(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')), RAM $(awk '/^MemTotal:/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo), $(uname -sr)"
out "- load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
out "- java: $(java -version 2>&1 | paste -sd '|' - | sed 's/|/ · /g')"
out "- $("$NGINX" -v 2>&1), $(wrk -v 2>&1 | head -n1 | cut -d' ' -f1-2)"
out "- jar: $JAR ($(du -m "$JAR" | cut -f1) MB), JAVA_OPTS: \`$JAVA_OPTS\`"
out ""

# ---- start-up: the first start initialises the database, the second is the measured warm start ----
start_app first
FIRST_MS=$STARTUP_MS
stop_app
start_app second
out "## Start-up (java -jar to /actuator/health UP, polled every 50 ms)"
out ""
out "| start | seconds |"
out "|---|---:|"
out "| first (initialises the embedded database) | $(fmt_ms "$FIRST_MS") |"
out "| second (warm embedded database) | $(fmt_ms "$STARTUP_MS") |"
out ""

# ---- save the pages, check conditional GET --------------------------------------------------------
BENCH_PATHS=() COND=() NOTES=()
for p in "${PATHS[@]}"; do
  n=$(name_of "$p")
  record "curl -sS -D $LOG_DIR/$n.headers -o $STATIC_DIR/$n.html $APP$p"
  code=$(curl -sS -D "$LOG_DIR/$n.headers" -o "$STATIC_DIR/$n.html" -w '%{http_code}' "$APP$p")
  if [[ $code != 200 ]]; then
    NOTES+=("$p answered HTTP $code, not benchmarked")
    rm -f "$STATIC_DIR/$n.html"
    continue
  fi
  BENCH_PATHS+=("$p")
  etag=$(grep -i '^etag:' "$LOG_DIR/$n.headers" | head -n1 | cut -d: -f2- | tr -d '\r' | sed 's/^ *//' || true)
  if [[ -z $etag ]]; then
    COND+=("| $p | no ETag | |")
  else
    record "curl -s -o /dev/null -w '%{http_code}' -H 'If-None-Match: $etag' $APP$p"
    COND+=("| $p | \`$etag\` | $(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$APP$p") |")
  fi
done

# ---- nginx serving the saved bytes ----------------------------------------------------------------
cat >"$NGINX_DIR/nginx.conf" <<EOF
worker_processes $(nproc);
pid $NGINX_DIR/nginx.pid;
error_log $NGINX_DIR/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    types { text/html html; }
    default_type application/octet-stream;
    client_body_temp_path $NGINX_DIR/tmp/body;
    proxy_temp_path $NGINX_DIR/tmp/proxy;
    fastcgi_temp_path $NGINX_DIR/tmp/fastcgi;
    uwsgi_temp_path $NGINX_DIR/tmp/uwsgi;
    scgi_temp_path $NGINX_DIR/tmp/scgi;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $STATIC_DIR;
    }
}
EOF
record "$NGINX -p $NGINX_DIR -e $NGINX_DIR/error.log -c $NGINX_DIR/nginx.conf    # config: $NGINX_DIR/nginx.conf"
"$NGINX" -p "$NGINX_DIR" -e "$NGINX_DIR/error.log" -c "$NGINX_DIR/nginx.conf"
for _ in $(seq 100); do [[ -s $NGINX_DIR/nginx.pid ]] && port_in_use "$NGINX_PORT" && break; sleep 0.05; done
port_in_use "$NGINX_PORT" || die "nginx did not start; see $NGINX_DIR/error.log"

# ---- load ------------------------------------------------------------------------------------------
out "## Throughput (wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d$WRK_DURATION --latency; app warmed up with a $WRK_WARMUP run per path)"
out ""
out "| path | bytes | app req/s | app p99 | nginx req/s | nginx p99 | app/nginx |"
out "|---|---:|---:|---:|---:|---:|---:|"
for p in "${BENCH_PATHS[@]}"; do
  n=$(name_of "$p")
  bytes=$(wc -c <"$STATIC_DIR/$n.html")
  read -r ncode nbytes < <(curl -s -o /dev/null -w '%{http_code} %{size_download}\n' "$NG/$n.html")
  [[ $ncode == 200 && $nbytes == "$bytes" ]] || die "nginx served $NG/$n.html as HTTP $ncode with $nbytes bytes (expected 200, $bytes)"
  log "load on $p ($bytes bytes)"
  run_wrk "$WRK_DURATION" "$NG/$n.html" "$LOG_DIR/wrk-nginx-$n.txt"
  run_wrk "$WRK_WARMUP" "$APP$p" "$LOG_DIR/wrk-warmup-$n.txt"
  run_wrk "$WRK_DURATION" "$APP$p" "$LOG_DIR/wrk-app-$n.txt"
  app_rps=$(wrk_rps "$LOG_DIR/wrk-app-$n.txt")
  ng_rps=$(wrk_rps "$LOG_DIR/wrk-nginx-$n.txt")
  ratio=$(awk -v a="$app_rps" -v b="$ng_rps" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "n/a" }')
  out "| $p | $bytes | $app_rps | $(wrk_p99 "$LOG_DIR/wrk-app-$n.txt") | $ng_rps | $(wrk_p99 "$LOG_DIR/wrk-nginx-$n.txt") | $ratio |"
  for side in app nginx; do
    e=$(wrk_errors "$LOG_DIR/wrk-$side-$n.txt")
    [[ -z $e ]] || NOTES+=("$side, $p: $e")
  done
done
out ""
if ((${#NOTES[@]})); then
  out "Notes:"
  for note in "${NOTES[@]}"; do out "- $note"; done
  out ""
fi

# ---- conditional GET, memory ----------------------------------------------------------------------
out "## Conditional GET (If-None-Match with the ETag of the first response; 304 expected for versioned pages)"
out ""
out "| path | ETag | status |"
out "|---|---|---:|"
for row in "${COND[@]}"; do out "$row"; done
out ""
out "## Memory after the load"
out ""
out "- app JVM RSS (VmRSS of pid $APP_PID): $(rss_mb "$APP_PID") MB"
pg_pids=$(find "$DATA_DIR" -name postmaster.pid -exec head -n1 {} \; 2>/dev/null | head -n1)
if [[ -n $pg_pids ]]; then
  pg_pids="$pg_pids $(pgrep -P "$pg_pids" | paste -sd' ' - || true)"
  pg_total=0
  for pid in $pg_pids; do pg_total=$(awk -v t="$pg_total" -v r="$(rss_mb "$pid")" 'BEGIN { print t + r }'); done
  out "- embedded PostgreSQL: $(wc -w <<<"$pg_pids") process(es), VmRSS summed $pg_total MB (shared buffers counted in each)"
fi
out ""
out "## Commands"
out ""
out '```'
for c in "${COMMANDS[@]}"; do out "$c"; done
out '```'
log "report written to $REPORT"
