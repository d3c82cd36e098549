// Package gcfloor keeps Go's garbage collector from running while the
// heap is small. The runtime starts a cycle when the heap has grown by
// GOGC percent over what the last cycle found live; certpath's live heap
// is a few megabytes (the catalog, the advisor's model, the connections),
// while a busy server allocates tens of megabytes a second, so with the
// default GOGC it collected dozens of times a second, and those cycles
// were a large part of its CPU and of its slowest replies
// (docs/PERFORMANCE.md). Keep raises GOGC just enough that the heap may
// reach a floor before a cycle starts, and lowers it back as the live heap
// grows, so a large heap is collected exactly as before: the same
// technique as Uber's GOGC tuner, with a fixed floor.
package gcfloor

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// ServeFloor is the floor `certpath serve` keeps: 64 MiB, a few times
// its live heap, so a busy server collects a few times a second instead
// of dozens; at 100,000 learners on the bbolt store its RSS stays under
// 150 MB (docs/PERFORMANCE.md).
const ServeFloor = 64 << 20

// maxPercent bounds the GOGC Keep sets, whatever the live heap.
const maxPercent = 2000

// floor is one Keep: after every GC cycle it sets GOGC from the live heap.
type floor struct {
	bytes uint64
	base  int // GOGC when Keep started

	mu      sync.Mutex
	current int
	stopped bool
	sample  []metrics.Sample
}

// sentinel is collected by every GC cycle; its cleanup adjusts GOGC. It
// is no tiny allocation, which the runtime might keep alive with others.
type sentinel struct{ _ [64]byte }

// Keep sets GOGC after every GC cycle so that the next cycle starts when
// the heap reaches bytes, or GOGC percent over the live heap if that is
// more. stop restores GOGC as it was and ends the adjusting. With GOGC
// off (GOGC=off) Keep does nothing; a GOMEMLIMIT still bounds the heap.
func Keep(bytes uint64) (stop func()) {
	base := debug.SetGCPercent(100)
	debug.SetGCPercent(base)
	if base < 0 || bytes == 0 {
		return func() {}
	}
	f := &floor{bytes: bytes, base: base, current: base,
		sample: []metrics.Sample{{Name: "/gc/heap/live:bytes"}}}
	f.adjust()
	f.arm()
	return func() {
		f.mu.Lock()
		defer f.mu.Unlock()
		f.stopped = true
		debug.SetGCPercent(f.base)
	}
}

func (f *floor) arm() {
	runtime.AddCleanup(new(sentinel), func(f *floor) {
		if f.adjust() {
			f.arm()
		}
	}, f)
}

// adjust sets GOGC from the live heap; false once stopped.
func (f *floor) adjust() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.stopped {
		return false
	}
	metrics.Read(f.sample)
	live := uint64(0)
	if f.sample[0].Value.Kind() == metrics.KindUint64 {
		live = f.sample[0].Value.Uint64()
	}
	f.set(Percent(live, f.bytes, f.base))
	return true
}

func (f *floor) set(pct int) {
	if pct != f.current {
		debug.SetGCPercent(pct)
		f.current = pct
	}
}

// Percent is the GOGC that lets a heap of live bytes grow to floor before
// the next cycle, and never less than base.
func Percent(live, floor uint64, base int) int {
	if live == 0 || live*uint64(100+base)/100 >= floor {
		return base
	}
	return int(min(floor*100/live-100, maxPercent))
}
