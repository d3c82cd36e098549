package gcfloor

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"testing"
	"time"
)

func TestPercent(t *testing.T) {
	const mib = 1 << 20
	tests := []struct {
		live, floor uint64
		base, want  int
	}{
		{8 * mib, 64 * mib, 100, 700},     // 8 MiB may grow to 64
		{32 * mib, 64 * mib, 100, 100},    // 2x live reaches the floor already
		{100 * mib, 64 * mib, 100, 100},   // a big heap: as before
		{30 * mib, 64 * mib, 200, 200},    // an operator's GOGC is kept when it is more
		{1024, 64 * mib, 100, maxPercent}, // bounded
		{0, 64 * mib, 100, 100},           // no cycle yet: nothing known
	}
	for _, tt := range tests {
		if got := Percent(tt.live, tt.floor, tt.base); got != tt.want {
			t.Errorf("Percent(%d, %d, %d) = %d, want %d", tt.live, tt.floor, tt.base, got, tt.want)
		}
	}
}

// TestKeepFollowsEveryCycle: after GC cycles GOGC is what the live heap
// calls for, and stop restores it.
func TestKeepFollowsEveryCycle(t *testing.T) {
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)
	stop := Keep(1 << 40) // far above any live heap: the bound applies
	deadline := time.Now().Add(5 * time.Second)
	for {
		runtime.GC()
		if pct := gogc(); pct == maxPercent {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("GOGC %d after GC cycles, want %d", gogc(), maxPercent)
		}
		time.Sleep(10 * time.Millisecond)
	}
	stop()
	runtime.GC()
	time.Sleep(50 * time.Millisecond)
	if pct := gogc(); pct != 100 {
		t.Errorf("GOGC %d after stop, want 100", pct)
	}
}

func gogc() int {
	s := []metrics.Sample{{Name: "/gc/gogc:percent"}}
	metrics.Read(s)
	return int(s[0].Value.Uint64())
}
