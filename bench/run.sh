#!/usr/bin/env bash
# Side-by-side load benchmark, as issue 16 sets it: the bare net/http
# server (bench/peers/bare: the same Slack signature check and form parse,
# a fixed answer; the limit of this machine), certpath on the memory store,
# certpath on the default bbolt store, and the Slack Bolt for JavaScript
# peer, each driven in turn, round after round, by the load generator
# pinned to one core over 32 keep-alive connections, every request freshly
# signed `/certpath ask how much does a coursera certificate cost`. Then,
# optionally, the Discord side by side, memory and disk at 100,000 learners
# on the bbolt store, and a turn's p99 at a fixed rate.
#
#   bench/run.sh                       # the side-by-side table: ~3 minutes
#   PHASES="side discord rss rate" bench/run.sh   # everything: ~10 minutes
#   ROUNDS=1 DURATION=3s bench/run.sh  # a quick look
#   CERTPATH_BIN=/tmp/old-certpath bench/run.sh   # another build of certpath
#
# Everything listens on 127.0.0.1 and is stopped on exit (trap). Results go
# to $OUT (default a new temp dir) as one JSON file per run.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-10s}
CONNS=${CONNS:-32}
USERS=${USERS:-1000}
TEXT=${TEXT:-ask how much does a coursera certificate cost}
LOAD_CPU=${LOAD_CPU:-0}          # the core the load generator is pinned to
RSS_USERS=${RSS_USERS:-100000}
RSS_TEXT=${RSS_TEXT:-backend dev, never touched ML, want to do MLOps, 6 hours a week, can pay}
FIXED_RATE=${FIXED_RATE:-1000}
FIXED_DURATION=${FIXED_DURATION:-10s}
PHASES=${PHASES:-side}
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
if [ -n "${CERTPATH_BIN:-}" ]; then
  cp "$CERTPATH_BIN" "$WORK/certpath"
else
  go build -o "$WORK/certpath" ./cmd/certpath
fi
go build -o "$WORK/load" ./bench/cmd/load
go build -o "$WORK/bare" ./bench/peers/bare
peers=(bolt)
if [[ " $PHASES " == *" discord "* ]]; then peers+=(discord); fi
for peer in "${peers[@]}"; do
  if [ ! -d "bench/peers/$peer/node_modules" ]; then
    (cd "bench/peers/$peer" && npm ci --no-audit --no-fund --loglevel=error)
  fi
done
read -r DISCORD_SEED DISCORD_PUB < <("$WORK/load" keygen)

# start_certpath STORE -> sets CP_URL and CP_PID. Logs are JSON at the
# default level (info), one line per request, to a file, as deployed.
start_certpath() {
  local port; port=$(free_port)
  rm -rf "$WORK/data-$1"; mkdir -p "$WORK/data-$1"
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
# PID, the generator pinned to LOAD_CPU; also records the CPU that process
# spent per request, which, unlike req/s, hardly depends on what else
# runs on the machine.
load() {
  local label=$1 platform=$2 url=$3 pid=$4; shift 4
  local before; before=$(cpu_ticks "$pid")
  LOAD_SLACK_SECRET=$SLACK_SECRET LOAD_DISCORD_SEED=$DISCORD_SEED taskset -c "$LOAD_CPU" "$WORK/load" \
    -label "$label" -round "$RUN" -platform "$platform" -url "$url" -json "$OUT/$label-$platform-$RUN.json" "$@"
  local ticks=$(( $(cpu_ticks "$pid") - before ))
  local n; n=$(sed -n 's/^  "requests": \([0-9]*\),/\1/p' "$OUT/$label-$platform-$RUN.json")
  echo "$label $platform $RUN $n $((ticks * TICK_US / (n > 0 ? n : 1)))" >>"$OUT/cpu.txt"
}

rss() { # pid -> "VmRSS VmHWM" in MB
  awk '/^VmRSS|^VmHWM/ {printf "%s %.1f MB  ", $1, $2/1024}' "/proc/$1/status"
}

# cpu_report PATTERN: the median CPU per request of each label's runs.
cpu_report() {
  echo "server CPU per request (µs, median of rounds; lower is better):"
  grep "$1" "$OUT/cpu.txt" | sort -k1,2 -k5n | awk '
    { key = $1 " " $2; v[key, ++n[key]] = $5; if (!(key in seen)) { seen[key] = 1; order[++k] = key } }
    END { for (i = 1; i <= k; i++) { key = order[i]; printf "  %-28s %6d\n", key, v[key, int((n[key] + 1) / 2)] } }'
}

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/^Mem/ {print $2}') GiB; $(go version | cut -d' ' -f3); node $(node --version); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== results in $OUT"

if [[ " $PHASES " == *" side "* ]]; then
  echo "== side by side (Slack): $ROUNDS rounds x $DURATION, $CONNS connections, $USERS users, load on core $LOAD_CPU, \"/certpath $TEXT\""
  port=$(free_port)
  SLACK_SIGNING_SECRET=$SLACK_SECRET PORT=$port "$WORK/bare" >"$WORK/bare.log" 2>&1 &
  BARE_PID=$!; PIDS+=("$BARE_PID"); BARE_URL=http://127.0.0.1:$port
  start_certpath memory; MEM_URL=$CP_URL; MEM_PID=$CP_PID
  start_certpath bolt; BOLT_URL=$CP_URL; BOLT_PID=$CP_PID
  port=$(free_port)
  (cd bench/peers/bolt && SLACK_SIGNING_SECRET=$SLACK_SECRET PORT=$port exec node app.js >"$WORK/bolt-peer.log" 2>&1) &
  PEER_BOLT_PID=$!; PIDS+=("$PEER_BOLT_PID"); PEER_BOLT=http://127.0.0.1:$port
  sleep 1.5 # node needs a moment; a 404 on / means it is up
  wait_http "$PEER_BOLT/"; wait_http "$BARE_URL/"

  targets=("bare $BARE_URL/slack/commands $BARE_PID" "certpath-memory $MEM_URL/slack/commands $MEM_PID"
    "certpath-bolt $BOLT_URL/slack/commands $BOLT_PID" "bolt-peer $PEER_BOLT/slack/events $PEER_BOLT_PID")
  for r in $(seq 1 "$ROUNDS"); do
    RUN=side$r
    # Each round starts with the next target, so none always runs first.
    for i in $(seq 0 $((${#targets[@]} - 1))); do
      read -r label url pid <<<"${targets[$(((i + r - 1) % ${#targets[@]}))]}"
      load "$label" slack "$url" "$pid" -c "$CONNS" -d "$DURATION" -users "$USERS" -user-prefix "r$r-" \
        -fail-body "try again" -text "$TEXT"
    done
  done
  echo
  "$WORK/load" report -slack-peer bolt-peer -against bare -against bolt-peer "$OUT"/*-slack-side*.json | tee "$OUT/side-by-side.txt"
  echo
  cpu_report side | tee "$OUT/cpu-per-request.txt"
  echo
  for pid in "${PIDS[@]}"; do stop_pid "$pid"; done
  PIDS=()
fi

if [[ " $PHASES " == *" discord "* ]]; then
  echo "== side by side (Discord): $ROUNDS rounds x $DURATION, $CONNS connections, $USERS users, the ten-turn script"
  start_certpath memory; MEM_URL=$CP_URL; MEM_PID=$CP_PID
  start_certpath bolt; BOLT_URL=$CP_URL; BOLT_PID=$CP_PID
  port=$(free_port)
  (cd bench/peers/discord && DISCORD_PUBLIC_KEY=$DISCORD_PUB PORT=$port exec node server.js >"$WORK/discord-peer.log" 2>&1) &
  PEER_DISCORD_PID=$!; PIDS+=("$PEER_DISCORD_PID"); PEER_DISCORD=http://127.0.0.1:$port
  sleep 1.5
  wait_http "$PEER_DISCORD/"
  for r in $(seq 1 "$ROUNDS"); do
    RUN=discord$r
    common=(-c "$CONNS" -d "$DURATION" -users "$USERS" -user-prefix "d$r-" -fail-body "try again")
    load certpath-memory discord "$MEM_URL/discord/interactions" "$MEM_PID" "${common[@]}"
    load certpath-bolt discord "$BOLT_URL/discord/interactions" "$BOLT_PID" "${common[@]}"
    load discord-peer discord "$PEER_DISCORD/interactions" "$PEER_DISCORD_PID" "${common[@]}"
  done
  echo
  "$WORK/load" report -discord-peer discord-peer "$OUT"/*-discord-discord*.json | tee "$OUT/discord.txt"
  echo
  cpu_report discord | tee -a "$OUT/discord.txt"
  for pid in "${PIDS[@]}"; do stop_pid "$pid"; done
  PIDS=()
fi

if [[ " $PHASES " == *" rss "* ]]; then
  echo "== memory and disk: $RSS_USERS learners, one \"/certpath $RSS_TEXT\" each, on a fresh bbolt store"
  start_certpath bolt
  echo "certpath-bolt at start: $(rss "$CP_PID")" | tee "$OUT/rss.txt"
  RUN=rss
  load rss-bolt slack "$CP_URL/slack/commands" "$CP_PID" -c "$CONNS" -d 10m -users "$RSS_USERS" \
    -n "$RSS_USERS" -user-prefix rss- -fail-body "try again" -text "$RSS_TEXT"
  echo "certpath-bolt after $RSS_USERS learners: $(rss "$CP_PID")" | tee -a "$OUT/rss.txt"
  ls -l "$WORK/data-bolt" | tail -n +2 | tee -a "$OUT/rss.txt"
  stop_pid "$CP_PID"
fi

if [[ " $PHASES " == *" rate "* ]]; then
  echo "== fixed rate: $FIXED_RATE requests/s for $FIXED_DURATION, the ten-turn script"
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
