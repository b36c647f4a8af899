#!/usr/bin/env bash
# The Jinchen seed report rendered alone, warm, as DOCX, PDF and HTML (docs/measurements.md, "#5 report-service:
# rendering"): the median of the timed runs after the warm-up runs, CPU beside wall time, allocation and heap peak.
# It replaces the timed unit test the build used to run (a timed assertion fails whenever the machine is busy).
# Usage: bench/report-render/run.sh [warm-up runs] [timed runs]    (MVNW_FLAGS=-o to build offline)
set -euo pipefail
cd "$(dirname "$0")/../.."
WARM_UPS=${1:-10}; RUNS=${2:-11}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
./mvnw -q -B ${MVNW_FLAGS:-} -pl report-service test-compile
./mvnw -q -B ${MVNW_FLAGS:-} -pl report-service dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$work/cp.txt"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
# from the module, so the lines are also appended to report-service/target/report-artifacts/measurements.txt
cd report-service
java -Xmx1g -cp "target/classes:target/test-classes:$(cat "$work/cp.txt")" ../bench/report-render/RenderBenchmark.java \
  "$WARM_UPS" "$RUNS" 2>&1 | grep -v -E '( (DEBUG|INFO|WARN) |INFO::)' # the renderers' logging, not the result
