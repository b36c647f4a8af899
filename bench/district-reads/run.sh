#!/usr/bin/env bash
# The district's reads through the gateway at district scale (docs/measurements.md, "#13 scale" → "Through the
# gateway, 200 × 30"): the overview (every sort key both ways, the first and a later page, a light filter), the
# overview's summary (evaluation-service) and 全区汇总 (report-service's district summary JSON), each by C concurrent
# clients as the district's overseer, and the project list of the district and of one busy street. One hey run per
# query, the same number of requests each; prints p50, p95 and req/s per query, and the p95 over all overview queries.
#
# Against the running local stack (./jixiao up) seeded with the load test's district (load-test/README.md:
# `./mvnw -q -pl load-test compile exec:java`, 200 streets × 30 projects of 2026), after evaluation-service has
# applied every registration (the summary's "projects" reaches 6,000). Start the stack with rate limits no benchmark
# reaches (as bench/gateway-overhead/run.sh says), or the overseer's 50 requests/s are refused with 429.
#   bench/district-reads/run.sh [requests per query, default 300] [clients, default 10] [year, default 2026]
set -euo pipefail
N="${1:-300}"; C="${2:-10}"; YEAR="${3:-2026}"
GATEWAY="${GATEWAY:-http://localhost:8080}"
KEYCLOAK="${KEYCLOAK:-http://localhost:18080}"
DISTRICT="${DISTRICT:-jixiao:panlong}"
command -v hey >/dev/null || { echo "hey is missing: apt-get install -y hey" >&2; exit 2; }

token() { # a fresh password-grant token for a demo user at the public client jixiao-web
  curl -sf -d grant_type=password -d client_id=jixiao-web -d "username=$1" -d password="${JIXIAO_DEMO_PASSWORD:-Jixiao-2026}" \
    "$KEYCLOAK/realms/jixiao/protocol/openid-connect/token" | python3 -c 'import sys,json;print(json.load(sys.stdin)["access_token"])'
}

measure() { # name, user, path
  local name="$1" user="$2" path="$3" out code
  local t; t="$(token "$user")"
  code="$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $t" "$GATEWAY$path")"
  [ "$code" = 200 ] || { echo "$name: $path answered $code" >&2; exit 1; }
  out="$(hey -n "$N" -c "$C" -H "Authorization: Bearer $t" "$GATEWAY$path")"
  local rps p50 p95 errors
  rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  p50="$(awk '/ 50% in / {printf "%.1f", $3*1000}' <<<"$out")"
  p95="$(awk '/ 95% in / {printf "%.1f", $3*1000}' <<<"$out")"
  errors="$(awk '/\[[0-9]+\]/ && !/\[200\]/ {s+=$2} END {print s+0}' <<<"$out")"
  printf '%-40s %8s %8s %8s %6s\n' "$name" "$p50" "$p95" "$rps" "$errors"
  echo "$name $p95" >> "$P95S"
}

P95S="$(mktemp)"; trap 'rm -f "$P95S"' EXIT
echo "$N requests per query, $C clients, through $GATEWAY; 2 cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-40s %8s %8s %8s %6s\n' query "p50 ms" "p95 ms" "req/s" errors
for key in street projectCode projectName status budget executed rate score reviewScore grade light; do
  for dir in asc desc; do
    page=0; [ "$dir" = desc ] && page=40
    measure "overview $key,$dir page $page" panlong-overseer \
      "/api/evaluations/overview?year=$YEAR&districtId=$DISTRICT&sort=$key,$dir&page=$page&size=50"
  done
done
measure "overview rate,desc light=RED,YELLOW" panlong-overseer \
  "/api/evaluations/overview?year=$YEAR&districtId=$DISTRICT&sort=rate,desc&light=RED,YELLOW&size=50"
overview_p95="$(awk "{print \$NF}" "$P95S" | sort -n | tail -1)"
measure "overview summary (evaluation-service)" panlong-overseer "/api/evaluations/overview/summary?year=$YEAR"
measure "全区汇总 JSON (report-service)" panlong-overseer "/api/reports/districts/$DISTRICT/summary?year=$YEAR"
measure "project list, district, page 3" panlong-overseer "/api/projects?year=$YEAR&size=50&page=3"
echo "worst p95 of the overview's queries: $overview_p95 ms (target < 100 ms); load $(cut -d' ' -f1-3 /proc/loadavg)"
