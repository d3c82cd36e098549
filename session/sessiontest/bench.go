package sessiontest

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/session"
)

// Benchmark is the benchmark suite every store runs, so their numbers
// compare: one learner's save-and-load round trip, and many learners
// saving at once as under load.
func Benchmark(b *testing.B, st session.Store) {
	ctx := context.Background()
	// The testing package may call each function more than once; every
	// call and goroutine gets learners of its own, so no save conflicts
	// with one left by an earlier call.
	var n atomic.Int64
	learner := func() advisor.Session {
		return advisor.Session{Key: advisor.Key{Platform: "bench", Workspace: "T1", User: fmt.Sprint("learner-", n.Add(1))}}
	}
	b.Run("RoundTrip", func(b *testing.B) {
		s := learner()
		b.ReportAllocs()
		for b.Loop() {
			s.Turns++
			if err := st.Save(ctx, &s); err != nil {
				b.Fatal(err)
			}
			if _, err := st.Load(ctx, s.Key); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("ParallelSaves", func(b *testing.B) {
		b.SetParallelism(8)
		b.RunParallel(func(pb *testing.PB) {
			s := learner()
			for pb.Next() {
				s.Turns++
				if err := st.Save(ctx, &s); err != nil {
					b.Fatal(err)
				}
			}
		})
	})
}
