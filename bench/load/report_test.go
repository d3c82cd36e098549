package load_test

import (
	"strings"
	"testing"
	"time"

	"github.com/certpath/certpath/bench/load"
)

func TestSummarizeAndTable(t *testing.T) {
	ms := time.Millisecond
	results := []load.Result{
		{Label: "peer", Platform: load.Slack, RPS: 1000, P50: 4 * ms, P99: 40 * ms, Requests: 10000},
		{Label: "certpath", Platform: load.Slack, RPS: 6000, P50: 1 * ms, P99: 8 * ms, Requests: 60000},
		{Label: "certpath", Platform: load.Slack, RPS: 4000, P50: 2 * ms, P99: 12 * ms, Requests: 40000, Errors: 1},
		{Label: "certpath", Platform: load.Slack, RPS: 5000, P50: 3 * ms, P99: 10 * ms, Requests: 50000},
		{Label: "certpath", Platform: load.Discord, RPS: 3000, P50: 1 * ms, P99: 9 * ms, Requests: 30000},
	}
	sums := load.Summarize(results)
	want := []load.Summary{
		{Label: "peer", Platform: load.Slack, Rounds: 1, RPS: 1000, MinRPS: 1000, MaxRPS: 1000, P50: 4 * ms, P99: 40 * ms, Requests: 10000},
		{Label: "certpath", Platform: load.Slack, Rounds: 3, RPS: 5000, MinRPS: 4000, MaxRPS: 6000, P50: 2 * ms, P99: 10 * ms, Requests: 150000, Errors: 1},
		{Label: "certpath", Platform: load.Discord, Rounds: 1, RPS: 3000, MinRPS: 3000, MaxRPS: 3000, P50: 1 * ms, P99: 9 * ms, Requests: 30000},
	}
	if len(sums) != len(want) {
		t.Fatalf("got %d summaries, want %d: %+v", len(sums), len(want), sums)
	}
	for i := range want {
		if sums[i] != want[i] {
			t.Errorf("summary %d = %+v, want %+v", i, sums[i], want[i])
		}
	}
	var b strings.Builder
	if err := load.WriteTable(&b, sums, map[load.Platform]string{load.Slack: "peer", load.Discord: "nobody"}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) != 4 {
		t.Fatalf("table:\n%s", b.String())
	}
	// certpath's Slack row first with 5x the peer's req/s and a 4x lower
	// p99; the peer after it; Discord has no peer, so no ratios.
	if f := strings.Fields(lines[1]); f[0] != "certpath" || f[len(f)-2] != "5.00x" || f[len(f)-1] != "4.00x" {
		t.Errorf("certpath slack row = %q", lines[1])
	}
	if f := strings.Fields(lines[2]); f[0] != "peer" || strings.Contains(lines[2], "x ") {
		t.Errorf("peer row = %q", lines[2])
	}
	if f := strings.Fields(lines[3]); f[1] != "discord" || strings.HasSuffix(f[len(f)-1], "x") {
		t.Errorf("discord row = %q", lines[3])
	}
}

func TestWriteRounds(t *testing.T) {
	ms := time.Millisecond
	results := []load.Result{
		{Label: "bare", Round: "r1", Platform: load.Slack, RPS: 10000, P99: 4 * ms},
		{Label: "certpath", Round: "r1", Platform: load.Slack, RPS: 7000, P99: 8 * ms},
		{Label: "bare", Round: "r2", Platform: load.Slack, RPS: 8000, P99: 5 * ms},
		{Label: "certpath", Round: "r2", Platform: load.Slack, RPS: 6000, P99: 5 * ms},
		{Label: "certpath", Round: "r3", Platform: load.Slack, RPS: 9000, P99: 1 * ms}, // no bare in r3
		{Label: "certpath", Round: "r1", Platform: load.Discord, RPS: 1, P99: ms},
	}
	var b strings.Builder
	if err := load.WriteRounds(&b, results, load.Slack, "bare"); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("table:\n%s", b.String())
	}
	// Round by round 0.70 and 0.75 of bare's req/s, 2.00 and 1.00 of its
	// p99; medians (lower of two) 0.70 and 1.00.
	if f := strings.Fields(lines[1]); f[0] != "certpath" || f[1] != "0.70" || f[2] != "1.00" || !strings.Contains(lines[1], "r2 0.75/1.00") {
		t.Errorf("certpath row = %q", lines[1])
	}
}
