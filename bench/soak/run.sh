#!/usr/bin/env bash
# Soak (#14): a steady load on the running local stack for a while, each process's resident memory (RSS) sampled
# every 30 s; prints a table and a verdict per process: the change from the first sample after the warm-up to the
# last (target: no upward trend beyond 10 %). docs/measurements.md, "#14 soak", has a run.
#
# The load is the load test's district week at a constant rate (load-test/README.md; seed the district first), so
# the data grows while it runs (every editor's visit registers a project): growth of the in-memory read models with
# the data is expected and is reported beside the RSS.
#   bench/soak/run.sh [minutes, default 20] [visits/s, default 2] [warm-up minutes, default 3]
set -euo pipefail
cd "$(dirname "$0")/../.."
MINUTES="${1:-20}"; RATE="${2:-2}"; WARMUP="${3:-3}"
OUT="${SOAK_OUT:-target/soak}"; mkdir -p "$OUT"
SAMPLES="$OUT/rss-$(date -u +%Y%m%dT%H%M%S).tsv"

rss_by_port() { # name and RSS in MB of each process of the stack, found by the port it listens on
  for entry in gateway:8080 project-service:8081 evaluation-service:8082 report-service:8083 \
               keycloak:18080 kafka:9092 mongo-wire-server:27017; do
    name=${entry%%:*}; port=${entry##*:}
    pid=$(ss -ltnpH "sport = :$port" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)
    [ -n "$pid" ] || continue
    awk -v n="$name" '/^VmRSS:/ {printf "%s\t%.1f\n", n, $2 / 1024}' "/proc/$pid/status"
  done
  # the data the load added, beside the memory: the wire server's file (its RSS follows the data it caches)
  du -sm .jixiao/data/mongo 2>/dev/null | awk '{printf "mongo data file\t%.1f\n", $1}'
}

echo -e "minute\tprocess\trss_mb" > "$SAMPLES"
./mvnw -pl load-test gatling:test -Dload.profile=constant -Dload.rate="$RATE" -Dload.seconds=$((MINUTES * 60)) \
  > "$OUT/gatling.log" 2>&1 &
load=$!
start=$(date +%s)
while kill -0 "$load" 2>/dev/null; do
  minute=$(awk -v s="$start" -v n="$(date +%s)" 'BEGIN {printf "%.1f", (n - s) / 60}')
  rss_by_port | sed "s/^/$minute\t/" >> "$SAMPLES"
  sleep 30
done
wait "$load" || echo "the load ended with an error: $OUT/gatling.log" >&2

echo "RSS samples: $SAMPLES"
awk -F'\t' -v w="$WARMUP" 'NR > 1 && $1 >= w {
    if (!($2 in first)) first[$2] = $3; last[$2] = $3; if ($3 > max[$2]) max[$2] = $3 }
  END { printf "%-20s %10s %10s %10s %8s\n", "process", "after warm-up", "last", "max", "change";
        for (p in first) printf "%-20s %10.1f %10.1f %10.1f %7.1f%%\n", p, first[p], last[p], max[p], (last[p] - first[p]) * 100 / first[p] }' "$SAMPLES"
grep -E "request count|mean throughput|95th percentile" "$OUT/gatling.log" | head -4 || true
