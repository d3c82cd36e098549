package memory_test

import (
	"context"
	"testing"
	"time"

	"github.com/certpath/certpath/session"
	"github.com/certpath/certpath/session/memory"
	"github.com/certpath/certpath/session/sessiontest"
)

func TestConformance(t *testing.T) {
	sessiontest.Run(t, func(t *testing.T) session.Store {
		st := memory.New()
		t.Cleanup(func() { _ = st.Close() })
		return st
	})
}

func TestStored(t *testing.T) {
	sessiontest.RunStored(t, func(t *testing.T, _ session.Codec) session.Store {
		// The memory store keeps decoded sessions and needs no codec.
		st := memory.New()
		t.Cleanup(func() { _ = st.Close() })
		return st
	}, nil)
}

// TestClaimClock checks expiry follows the injected clock, not the wall.
func TestClaimClock(t *testing.T) {
	now := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	st := memory.NewWithClock(func() time.Time { return now })
	ctx := context.Background()
	steps := []struct {
		advance time.Duration
		want    bool
	}{
		{0, true},
		{time.Minute - time.Nanosecond, false},
		{time.Nanosecond, true}, // exactly at expiry the claim is free again
		{time.Second, false},
	}
	for i, step := range steps {
		now = now.Add(step.advance)
		got, err := st.Claim(ctx, "evt", time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		if got != step.want {
			t.Fatalf("step %d (+%v): Claim = %v, want %v", i, step.advance, got, step.want)
		}
	}
}

func BenchmarkStore(b *testing.B) {
	sessiontest.Benchmark(b, memory.New())
}
