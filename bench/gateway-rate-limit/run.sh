#!/usr/bin/env bash
# The gateway's rate limiter on and off, side by side in one run (docs/measurements.md, "#9 rate limiting").
# Two instances of the real gateway jar in front of one tiny realm-and-upstream process (FakeRealm.java):
# 18081 with the limiter on (limits so high that every request passes the check and is routed), 18082 with it off.
# Needs hey (apt-get install -y hey). Usage: bench/gateway-rate-limit/run.sh [seconds per round] [concurrency]
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER_ROUND=${1:-10}; CONCURRENCY=${2:-16}
work=$(mktemp -d); trap 'kill $(cat "$work"/*.pid 2>/dev/null) 2>/dev/null || true; rm -rf "$work"' EXIT
./mvnw -q -B -pl gateway package -DskipTests
./mvnw -q -B -pl gateway dependency:build-classpath -Dmdep.outputFile="$work/cp.txt"
java -Dbench.dir="$work" -cp "$(cat "$work/cp.txt")" bench/gateway-rate-limit/FakeRealm.java 18090 > "$work/realm.log" 2>&1 & echo $! > "$work/realm.pid"
until [ -s "$work/token3" ]; do sleep 0.5; done
start() { # port, limiter on?
  SERVER_PORT=$1 JIXIAO_ISSUER=http://localhost:18090/realms/jixiao PROJECT_SERVICE_URL=http://127.0.0.1:18090 \
  JIXIAO_RATE_LIMIT_ENABLED=$2 JIXIAO_RATE_LIMIT_USER_BURST=1000000000 JIXIAO_RATE_LIMIT_USER_RATE=1000000000 \
  JIXIAO_RATE_LIMIT_TENANT_BURST=1000000000 JIXIAO_RATE_LIMIT_TENANT_RATE=1000000000 \
  java -jar gateway/target/gateway-*.jar > "$work/gw-$1.log" 2>&1 & echo $! > "$work/gw-$1.pid"
}
start 18081 true; start 18082 false
for port in 18081 18082; do until curl -sf "http://127.0.0.1:$port/actuator/health" > /dev/null; do sleep 1; done; done
token=$(cat "$work/token0")
for port in 18081 18082; do hey -z 20s -c "$CONCURRENCY" -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/projects" > /dev/null; done
for round in 1 2 3; do
  for port in 18081 18082; do
    rps=$(hey -z "${SECONDS_PER_ROUND}s" -c "$CONCURRENCY" -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/projects" \
      | awk '/Requests\/sec/ {print $2}')
    echo "round $round $([ $port = 18081 ] && echo 'limiter on ' || echo 'limiter off') $rps req/s"
  done
done
