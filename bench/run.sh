#!/usr/bin/env bash
# Side-by-side load benchmark: certpath (memory and bolt stores) against the
# Slack Bolt for JavaScript peer and the discord-interactions peer, run
# ALTERNATELY in one run so machine noise hits every target alike; then the
# issue's other targets: RSS after 20,000 distinct users on the bolt store,
# and the p99 of a turn at a fixed 1,000 requests/s.
#
#   bench/run.sh                      # ROUNDS=3 DURATION=10s CONNS=16
#   ROUNDS=1 DURATION=3s bench/run.sh # a quick look
#   PHASES=side bench/run.sh          # only the side-by-side table
#
# Everything listens on 127.0.0.1 and is stopped on exit (trap). Results go
# to $OUT (default a new temp dir) as one JSON file per run.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-10s}
CONNS=${CONNS:-16}
USERS=${USERS:-1000}
RSS_USERS=${RSS_USERS:-20000}
RSS_TURNS=${RSS_TURNS:-6}        # turns per user: the interview, then the plan
FIXED_RATE=${FIXED_RATE:-1000}
FIXED_DURATION=${FIXED_DURATION:-10s}
PHASES=${PHASES:-side rss rate}
OUT=${OUT:-$(mktemp -d /tmp/certpath-bench.XXXXXX)}
mkdir -p "$OUT"
WORK=$(mktemp -d /tmp/certpath-bench-work.XXXXXX)

PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

# The secrets are made up per run and only ever passed in the environment.
SLACK_SECRET=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_http() { # url
  for _ in $(seq 1 150); do
    if curl -s -o /dev/null "$1"; then return 0; fi
    sleep 0.1
  done
  echo "bench: $1 did not come up" >&2; return 1
}

echo "== building"
go build -o "$WORK/certpath" ./cmd/certpath
go build -o "$WORK/load" ./bench/cmd/load
for peer in bolt discord; do
  if [ ! -d "bench/peers/$peer/node_modules" ]; then
    (cd "bench/peers/$peer" && npm ci --no-audit --no-fund --loglevel=error)
  fi
done
read -r DISCORD_SEED DISCORD_PUB < <("$WORK/load" keygen)

# start_certpath STORE -> sets CP_URL and CP_PID
start_certpath() {
  local port; port=$(free_port)
  mkdir -p "$WORK/data-$1"
  CERTPATH_HTTP_ADDR=127.0.0.1:$port CERTPATH_STORE=$1 CERTPATH_DATA_DIR="$WORK/data-$1" \
    CERTPATH_SLACK_SIGNING_SECRET=$SLACK_SECRET CERTPATH_DISCORD_PUBLIC_KEY=$DISCORD_PUB CERTPATH_DISCORD_APP_ID=1 \
    CERTPATH_LOG_FORMAT=json "$WORK/certpath" serve >"$WORK/certpath-$1.log" 2>&1 &
  CP_PID=$!; PIDS+=("$CP_PID")
  CP_URL=http://127.0.0.1:$port
  wait_http "$CP_URL/healthz"
}
stop_pid() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

# cpu_ticks PID: user+system CPU the process has used, in clock ticks.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
TICK_US=$((1000000 / $(getconf CLK_TCK)))

# load LABEL PLATFORM URL PID [flags...]: one load run against the process
# PID; also records the CPU that process spent per request, which, unlike
# req/s, does not depend on how much of the machine others are using.
load() {
  local label=$1 platform=$2 url=$3 pid=$4; shift 4
  local before; before=$(cpu_ticks "$pid")
  LOAD_SLACK_SECRET=$SLACK_SECRET LOAD_DISCORD_SEED=$DISCORD_SEED "$WORK/load" \
    -label "$label" -platform "$platform" -url "$url" -json "$OUT/$label-$platform-$RUN.json" "$@"
  local ticks=$(( $(cpu_ticks "$pid") - before ))
  local n; n=$(sed -n 's/^  "requests": \([0-9]*\),/\1/p' "$OUT/$label-$platform-$RUN.json")
  echo "$label $platform $RUN $n $((ticks * TICK_US / (n > 0 ? n : 1)))" >>"$OUT/cpu.txt"
}

rss() { # pid -> "VmRSS VmHWM" in MB
  awk '/^VmRSS|^VmHWM/ {printf "%s %.1f MB  ", $1, $2/1024}' "/proc/$1/status"
}

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/^Mem/ {print $2}') GiB; $(go version | cut -d' ' -f3); node $(node --version)"
echo "== results in $OUT"

if [[ " $PHASES " == *" side "* ]]; then
  echo "== side by side: $ROUNDS rounds x $DURATION, $CONNS connections, $USERS users"
  start_certpath memory; MEM_URL=$CP_URL; MEM_PID=$CP_PID
  start_certpath bolt; BOLT_URL=$CP_URL; BOLT_PID=$CP_PID
  port=$(free_port)
  (cd bench/peers/bolt && SLACK_SIGNING_SECRET=$SLACK_SECRET PORT=$port exec node app.js >"$WORK/bolt-peer.log" 2>&1) &
  PEER_BOLT_PID=$!; PIDS+=("$PEER_BOLT_PID"); PEER_BOLT=http://127.0.0.1:$port
  port=$(free_port)
  (cd bench/peers/discord && DISCORD_PUBLIC_KEY=$DISCORD_PUB PORT=$port exec node server.js >"$WORK/discord-peer.log" 2>&1) &
  PEER_DISCORD_PID=$!; PIDS+=("$PEER_DISCORD_PID"); PEER_DISCORD=http://127.0.0.1:$port
  sleep 1.5 # node needs a moment; a 404 on / means it is up
  wait_http "$PEER_BOLT/"; wait_http "$PEER_DISCORD/"

  for r in $(seq 1 "$ROUNDS"); do
    RUN=side$r
    common=(-c "$CONNS" -d "$DURATION" -users "$USERS" -user-prefix "r$r-" -fail-body "try again")
    load certpath-memory slack "$MEM_URL/slack/commands" "$MEM_PID" "${common[@]}"
    load certpath-bolt slack "$BOLT_URL/slack/commands" "$BOLT_PID" "${common[@]}"
    load bolt-peer slack "$PEER_BOLT/slack/events" "$PEER_BOLT_PID" "${common[@]}"
    load certpath-memory discord "$MEM_URL/discord/interactions" "$MEM_PID" "${common[@]}"
    load certpath-bolt discord "$BOLT_URL/discord/interactions" "$BOLT_PID" "${common[@]}"
    load discord-peer discord "$PEER_DISCORD/interactions" "$PEER_DISCORD_PID" "${common[@]}"
  done
  echo
  "$WORK/load" report -slack-peer bolt-peer -discord-peer discord-peer "$OUT"/*-side*.json | tee "$OUT/side-by-side.txt"
  echo
  echo "server CPU per request (µs, median of rounds; lower is better):" | tee "$OUT/cpu-per-request.txt"
  grep side "$OUT/cpu.txt" | sort -k1,2 -k5n | awk '
    { key = $1 " " $2; v[key, ++n[key]] = $5; if (!(key in seen)) { seen[key] = 1; order[++k] = key } }
    END { for (i = 1; i <= k; i++) { key = order[i]; printf "  %-28s %6d\n", key, v[key, int((n[key] + 1) / 2)] } }' |
    tee -a "$OUT/cpu-per-request.txt"
  echo
  for pid in "${PIDS[@]}"; do stop_pid "$pid"; done
  PIDS=()
fi

if [[ " $PHASES " == *" rss "* ]]; then
  echo "== memory: $RSS_USERS distinct users x $RSS_TURNS turns on a fresh serve"
  for store in bolt memory; do
    start_certpath "$store"
    echo "certpath-$store at start: $(rss "$CP_PID")"
    RUN=rss
    load "rss-$store" slack "$CP_URL/slack/commands" "$CP_PID" -c "$CONNS" -d 5m -users "$RSS_USERS" \
      -n $((RSS_USERS * RSS_TURNS)) -user-prefix rss- -fail-body "try again"
    echo "certpath-$store after $RSS_USERS users: $(rss "$CP_PID")" | tee -a "$OUT/rss.txt"
    if [ "$store" = bolt ]; then ls -l "$WORK/data-bolt" | tail -n +2 | tee -a "$OUT/rss.txt"; fi
    stop_pid "$CP_PID"
    rm -rf "$WORK/data-$store"
  done
fi

if [[ " $PHASES " == *" rate "* ]]; then
  echo "== fixed rate: $FIXED_RATE requests/s for $FIXED_DURATION"
  for store in memory bolt; do
    start_certpath "$store"
    RUN=rate
    load "rate-$store" slack "$CP_URL/slack/commands" "$CP_PID" -c 64 -rate "$FIXED_RATE" -d "$FIXED_DURATION" \
      -users "$USERS" -fail-body "try again" | tee -a "$OUT/rate.txt"
    load "rate-$store" discord "$CP_URL/discord/interactions" "$CP_PID" -c 64 -rate "$FIXED_RATE" -d "$FIXED_DURATION" \
      -users "$USERS" -user-prefix d- -fail-body "try again" | tee -a "$OUT/rate.txt"
    stop_pid "$CP_PID"
  done
fi
echo "== done; results in $OUT"
