#!/usr/bin/env bash
# Profile the real `certpath serve` under the side-by-side load: the load
# generator pinned to one core, 32 keep-alive connections, every request
# freshly signed `/certpath ask how much does a coursera certificate
# cost`. While it runs, a CPU profile (8 s) and an execution trace (3 s)
# are taken from the debug listener (http.debug_addr), and the garbage
# collector's cycles and pauses are read from /metrics before and after.
#
#   bench/profile.sh                 # the memory store
#   STORE=bolt bench/profile.sh      # the default bbolt store
#   CERTPATH_BIN=/tmp/old bench/profile.sh   # another build (it needs http.debug_addr)
#
# Everything is written to $OUT (default a new temp dir): cpu.prof,
# trace.out, the load result, and summary.txt, which holds the numbers
# docs/PERFORMANCE.md quotes. Read further with
#   go tool pprof -top -cum $OUT/certpath $OUT/cpu.prof
#   go tool trace $OUT/trace.out
set -euo pipefail
cd "$(dirname "$0")/.."

STORE=${STORE:-memory}
CONNS=${CONNS:-32}
LOAD_CPU=${LOAD_CPU:-0}
TEXT=${TEXT:-ask how much does a coursera certificate cost}
OUT=${OUT:-$(mktemp -d /tmp/certpath-profile.XXXXXX)}
mkdir -p "$OUT"
WORK=$(mktemp -d /tmp/certpath-profile-work.XXXXXX)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
if [ -n "${CERTPATH_BIN:-}" ]; then cp "$CERTPATH_BIN" "$OUT/certpath"; else go build -o "$OUT/certpath" ./cmd/certpath; fi
go build -o "$WORK/load" ./bench/cmd/load
SECRET=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
port=$(free_port); debug=$(free_port)
CERTPATH_HTTP_ADDR=127.0.0.1:$port CERTPATH_HTTP_DEBUG_ADDR=127.0.0.1:$debug CERTPATH_STORE=$STORE \
  CERTPATH_DATA_DIR="$WORK/data" CERTPATH_SLACK_SIGNING_SECRET=$SECRET CERTPATH_LOG_FORMAT=json \
  "$OUT/certpath" serve >"$WORK/certpath.log" 2>&1 &
PID=$!; PIDS+=("$PID")
for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$port/healthz" && break; sleep 0.1; done

gc() { curl -s "http://127.0.0.1:$port/metrics" | awk '/^go_gc_duration_seconds_(count|sum)/ {print $2}' | paste -sd' '; }
read -r gc_sum0 gc_count0 < <(gc)
cpu0=$(awk '{print $14 + $15}' "/proc/$PID/stat")
LOAD_SLACK_SECRET=$SECRET taskset -c "$LOAD_CPU" "$WORK/load" -label "certpath-$STORE" -platform slack \
  -url "http://127.0.0.1:$port/slack/commands" -c "$CONNS" -d 16s -users 1000 -fail-body "try again" -text "$TEXT" \
  -json "$OUT/load.json" >"$OUT/load.txt" &
LOAD=$!; PIDS+=("$LOAD")
sleep 2
curl -s -o "$OUT/cpu.prof" "http://127.0.0.1:$debug/debug/pprof/profile?seconds=8"
curl -s -o "$OUT/trace.out" "http://127.0.0.1:$debug/debug/pprof/trace?seconds=3"
wait "$LOAD"
cpu1=$(awk '{print $14 + $15}' "/proc/$PID/stat")
read -r gc_sum1 gc_count1 < <(gc)
n=$(sed -n 's/^  "requests": \([0-9]*\),/\1/p' "$OUT/load.json")

go tool trace -pprof=sched "$OUT/trace.out" >"$WORK/sched.prof" 2>/dev/null
go tool trace -pprof=sync "$OUT/trace.out" >"$WORK/sync.prof" 2>/dev/null
{
  echo "store $STORE, machine load average $(cut -d' ' -f1-3 /proc/loadavg)"
  cat "$OUT/load.txt"
  echo "server CPU per request: $(( (cpu1 - cpu0) * 1000000 / $(getconf CLK_TCK) / (n > 0 ? n : 1) )) µs"
  awk -v c0="$gc_count0" -v c1="$gc_count1" -v s0="$gc_sum0" -v s1="$gc_sum1" -v n="$n" 'BEGIN {
    printf "GC cycles: %d in 16 s (one per %d requests); stop-the-world pauses %.1f ms in all\n", c1 - c0, n / (c1 - c0 > 0 ? c1 - c0 : 1), (s1 - s0) * 1000 }'
  echo
  echo "== CPU (share of the profile; cumulative)"
  go tool pprof -top -cum -nodecount=400 "$OUT/certpath" "$OUT/cpu.prof" 2>/dev/null |
    grep -E 'Total samples|conn\).serve$|serveCommand$|Advisor\).Step$|Advisor\).AskIn$|Syscall6$|runtime.mallocgc$|gcBgMarkWorker$|gcAssistAlloc$|slog.\(\*Logger\).logAttrs$|writeMessage$|commandBody$|slack.parseCommand$|readVerified$|\(\*Store\).(Load|Save)$|json.(Marshal|Unmarshal)$|Metrics\).(ObserveTurn|observeRequest)$'
  echo
  echo "== scheduling latency in the 3 s trace (time goroutines were runnable but not running): total, and under the GC"
  go tool pprof -top -nodecount=1 "$WORK/sched.prof" 2>/dev/null | grep -o '[0-9.]*m\?s total'
  go tool pprof -top -cum -nodecount=400 "$WORK/sched.prof" 2>/dev/null | grep -E 'runtime.(gcStart|gcMarkDone|gcAssistAlloc)$'
  echo
  echo "== blocking on mutexes in the trace, by who waited"
  go tool pprof -peek 'sync.\(\*Mutex\).Lock$' "$WORK/sync.prof" 2>/dev/null | grep -E '^ +[0-9.]+m?s' | head -6
} | tee "$OUT/summary.txt"
echo "== results in $OUT"
