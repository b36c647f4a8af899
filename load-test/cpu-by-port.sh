#!/usr/bin/env bash
# The processor seconds each process of the local stack has used so far, found by the port it listens on.
# Run it before and after a load test and subtract: the difference is each process's share of the run.
#   load-test/cpu-by-port.sh > /tmp/before; ./mvnw -pl load-test gatling:test; load-test/cpu-by-port.sh > /tmp/after
#   join /tmp/before /tmp/after | awk '{printf "%-22s %8.1f s\n", $1, $3 - $2}'
set -euo pipefail
ticks=$(getconf CLK_TCK)
for entry in gateway:8080 project-service:8081 evaluation-service:8082 report-service:8083 \
             project-service-2:8091 evaluation-service-2:8092 report-service-2:8093 \
             keycloak:18080 kafka:9092 mongo-wire-server:27017; do
  name=${entry%%:*}; port=${entry##*:}
  pid=$(ss -ltnpH "sport = :$port" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)
  [ -n "$pid" ] || continue
  # fields 14 and 15 of /proc/<pid>/stat: user and system time in clock ticks (the name in field 2 has no spaces here)
  read -r utime stime < <(awk '{print $14, $15}' "/proc/$pid/stat")
  awk -v n="$name" -v u="$utime" -v s="$stime" -v t="$ticks" 'BEGIN {printf "%s %.2f\n", n, (u + s) / t}'
done | sort
