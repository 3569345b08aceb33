#!/usr/bin/env bash
# Fresh PDF render time of a published promise with 12 commitments, bypassing the kept bytes. See
# docs/benchmarks-promise.md ("PDF render").
#
#   bench/pdf-render.sh [RUNS]          default 30 renders in one JVM; prints first / median / p95 / max
#
# Uses the test classpath (the embedded test PostgreSQL in target/, or TEST_DATABASE_URL) and starts the app on a
# random port. Settings (environment): JAVA_OPTS (default -Xmx512m).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

RUNS=${1:-30}
JAVA_OPTS=${JAVA_OPTS--Xmx512m}
read -ra JAVA_ARGS <<<"$JAVA_OPTS"

./mvnw -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt >&2

{
  echo "## PDF render — $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "- command: \`bench/pdf-render.sh $RUNS\` (JAVA_OPTS=\`$JAVA_OPTS\`)"
  echo "- nproc: $(nproc); CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "- load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- java: $(java -version 2>&1 | head -1)"
  echo
} | tee target/pdf-render-report.md

java "${JAVA_ARGS[@]}" -cp "target/classes:target/test-classes:$(cat target/cp.txt)" \
  se.medborgarlofte.promise.web.PdfRenderBenchmark "$RUNS" 2> target/pdf-render.log | tee -a target/pdf-render-report.md

echo | tee -a target/pdf-render-report.md
echo "- load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a target/pdf-render-report.md
