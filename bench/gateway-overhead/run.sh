#!/usr/bin/env bash
# What the gateway adds to one API read (docs/measurements.md, "#13 scale" → "The gateway's cost"): GET
# /api/projects/{id} with a bearer token, straight to project-service and through the gateway, alternating in
# one run, at 4 and 16 concurrent clients, the same number of requests each way; a table of req/s, p50 and p95
# each way, each gateway's share of the direct figures, and the CPU each process spent per request (a figure a
# busy machine disturbs far less than req/s: it is what the gateway costs, whoever else is running).
#
# Against the running local stack (./jixiao up: gateway :8080, project-service :8081, Keycloak :18080). The
# gateway's rate limiter (per user 50/s, burst 200) would refuse a benchmark's single user after its burst, so
# start the stack with limits no benchmark reaches, the limiter itself still on and still counting every request
# (its cost is part of what is measured):
#   JIXIAO_RATE_LIMIT_USER_BURST=1000000 JIXIAO_RATE_LIMIT_USER_RATE=1000000 \
#   JIXIAO_RATE_LIMIT_TENANT_BURST=1000000 JIXIAO_RATE_LIMIT_TENANT_RATE=1000000 ./jixiao up
# The script stops with a message when a round answers anything but 200 (a 429 means the limits above are missing).
#
# Two gateways side by side (before and after a change): start the other one on a free port with the stack
# gateway's environment (see docs/measurements.md) and name both: WAYS="direct=http://127.0.0.1:8081
# before=http://127.0.0.1:8080 after=http://127.0.0.1:8090". The first way is the baseline of the ratios.
#
# The token: a password grant for a demo user at the realm's public client jixiao-web (the workbench's dev server
# client, which allows it), fetched anew for every round so a long run never outlives the 15-minute token.
# hey asks for gzip as a browser does; GZIP=off sends -disable-compression both ways.
# Needs hey and jq (apt-get install -y hey jq).
# Usage: bench/gateway-overhead/run.sh [requests per round] [rounds]
#        env: WAYS ("direct=http://127.0.0.1:8081 gateway=http://127.0.0.1:8080"), KEYCLOAK (http://localhost:18080),
#             BENCH_USER (jinchen-editor), BENCH_PASSWORD (Jixiao-2026), CONCURRENCY ("4 16"), GZIP (on|off)
set -euo pipefail
REQUESTS=${1:-3000}; ROUNDS=${2:-3}
read -r -a WAYS <<< "${WAYS:-direct=http://127.0.0.1:8081 gateway=http://127.0.0.1:8080}"
# the issuer the services trust: its host name (localhost) is part of the token
KEYCLOAK=${KEYCLOAK:-http://localhost:18080}
BENCH_USER=${BENCH_USER:-jinchen-editor}; BENCH_PASSWORD=${BENCH_PASSWORD:-Jixiao-2026}
CONCURRENCY=${CONCURRENCY:-4 16}
compression=(); [ "${GZIP:-on}" = off ] && compression=(-disable-compression)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

token() {
  curl -sf "$KEYCLOAK/realms/jixiao/protocol/openid-connect/token" -d grant_type=password -d client_id=jixiao-web \
    --data-urlencode "username=$BENCH_USER" --data-urlencode "password=$BENCH_PASSWORD" -d scope=openid | jq -r .access_token
}

name() { echo "${1%%=*}"; }
url() { echo "${1#*=}"; }
port() { local u=${1##*:}; echo "${u%%/*}"; }
pid_on() { ss -ltnpH "sport = :$1" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }
# user + system CPU of a process so far, in clock ticks
ticks() { [ -n "$1" ] && awk '{print $14 + $15}' "/proc/$1/stat" || echo 0; }

# one hey run; prints "req/s p50-ms p95-ms"; stops the script unless every answer was a 200
run() { # base url, concurrency, requests, path
  local out="$work/hey.txt"
  hey -n "$3" -c "$2" "${compression[@]}" -H "Authorization: Bearer $(token)" "$1$4" > "$out"
  # hey gives each client n/c requests, rounded down
  if ! grep -qE "^\s*\[200\]\s+$(( $3 / $2 * $2 )) responses" "$out" || grep -q "Error distribution" "$out"; then
    echo "not every answer was 200 ($1$4):" >&2; sed -n '/Status code distribution/,$p' "$out" >&2; exit 1
  fi
  awk '/Requests\/sec/ {rps=$2} /  50% in/ {p50=$3*1000} /  95% in/ {p95=$3*1000} END {printf "%.1f %.2f %.2f\n", rps, p50, p95}' "$out"
}

median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }

direct=$(url "${WAYS[0]}")
service_pid=$(pid_on "$(port "$direct")")
id=$(curl -sf -H "Authorization: Bearer $(token)" "$direct/api/projects" | jq -r 'if type == "array" then .[0].id else .items[0].id end')
[ -n "$id" ] && [ "$id" != null ] || { echo "no project of $BENCH_USER to read" >&2; exit 1; }
path="/api/projects/$id"
echo "GET $path as $BENCH_USER; $REQUESTS requests per round, $ROUNDS rounds, gzip ${GZIP:-on}; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for way in "${WAYS[@]}"; do
  echo "  $(name "$way") $(url "$way") (pid $(pid_on "$(port "$(url "$way")")")): $(curl -s -o /dev/null -w '%{http_code}, %{size_download} bytes' \
    -H "Accept-Encoding: gzip" -H "Authorization: Bearer $(token)" "$(url "$way")$path")"
done

printf '\n%-8s %-6s %-8s %9s %8s %8s %14s %14s\n' clients round way "req/s" "p50 ms" "p95 ms" "own CPU ms/req" "service ms/req"
for c in $CONCURRENCY; do
  # warm-up, not counted: every JVM compiles this path before the first round
  for way in "${WAYS[@]}"; do run "$(url "$way")" "$c" "$REQUESTS" "$path" > /dev/null; done
  for round in $(seq "$ROUNDS"); do
    for way in "${WAYS[@]}"; do
      base=$(url "$way"); own=$(pid_on "$(port "$base")")
      own0=$(ticks "$own"); service0=$(ticks "$service_pid")
      read -r rps p50 p95 < <(run "$base" "$c" "$REQUESTS" "$path")
      own1=$(ticks "$own"); service1=$(ticks "$service_pid")
      hz=$(getconf CLK_TCK); n=$(( REQUESTS / c * c ))
      own_ms=$(awk -v a="$own0" -v b="$own1" -v hz="$hz" -v n="$n" 'BEGIN {printf "%.2f", (b-a)*1000/hz/n}')
      service_ms=$(awk -v a="$service0" -v b="$service1" -v hz="$hz" -v n="$n" 'BEGIN {printf "%.2f", (b-a)*1000/hz/n}')
      echo "$rps $p50 $p95 $own_ms" >> "$work/$(name "$way")-$c"
      printf '%-8s %-6s %-8s %9s %8s %8s %14s %14s\n' "$c" "$round" "$(name "$way")" "$rps" "$p50" "$p95" "$own_ms" "$service_ms"
    done
  done
done

echo
echo "Medians of the rounds. vs $(name "${WAYS[0]}"): throughput as a share of it (target ≥ 85 %), p50 and p95 added (target p50 ≤ 15 %)"
printf '%-8s %-8s %9s %8s %8s %8s %11s %10s %10s\n' clients way "req/s" "p50 ms" "p95 ms" "CPU ms" throughput "p50 added" "p95 added"
for c in $CONCURRENCY; do
  base="$work/$(name "${WAYS[0]}")-$c"
  for way in "${WAYS[@]}"; do
    f="$work/$(name "$way")-$c"
    read -r r m50 m95 cpu < <(for col in 1 2 3 4; do cut -d' ' -f$col "$f" | median; done | xargs)
    read -r br b50 b95 _ < <(for col in 1 2 3 4; do cut -d' ' -f$col "$base" | median; done | xargs)
    awk -v c="$c" -v w="$(name "$way")" -v r="$r" -v m50="$m50" -v m95="$m95" -v cpu="$cpu" -v br="$br" -v b50="$b50" -v b95="$b95" \
      'BEGIN {printf "%-8s %-8s %9.1f %8.2f %8.2f %8.2f %10.0f%% %9.0f%% %9.0f%%\n", c, w, r, m50, m95, cpu, 100*r/br, 100*(m50/b50-1), 100*(m95/b95-1)}'
  done
done
