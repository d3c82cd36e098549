package advisor

import (
	"slices"
	"testing"
	"time"
)

// Benchmarks of understanding people, on the tunable data sets (messages
// from conversations_tune.yaml, questions from faq_real_tune.yaml):
// whole turns and questions as people type them, not one message
// repeated. Besides ns/op (the mean) they report p50 and p99 per call.

// reportPercentiles runs f over inputs round-robin and reports the mean
// (ns/op) and the p50 and p99 of single calls.
func reportPercentiles[T any](b *testing.B, inputs []T, f func(T)) {
	b.Helper()
	var lat []time.Duration
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		start := time.Now()
		f(inputs[i%len(inputs)])
		lat = append(lat, time.Since(start))
		i++
	}
	b.StopTimer()
	slices.Sort(lat)
	if len(lat) > 0 {
		b.ReportMetric(float64(lat[len(lat)/2].Nanoseconds()), "p50-ns")
		b.ReportMetric(float64(lat[len(lat)*99/100].Nanoseconds()), "p99-ns")
	}
}

// BenchmarkUnderstandMessage reads single learner messages into frames.
func BenchmarkUnderstandMessage(b *testing.B) {
	a := newTestAdvisor(b)
	var msgs []string
	for _, c := range loadConversations(b, "testdata/conversations_tune.yaml") {
		msgs = append(msgs, c.Messages...)
	}
	now := convNow
	reportPercentiles(b, msgs, func(m string) { a.nlu.understand(m, SlotProgramming, now) })
}

// BenchmarkStepTurn is a whole free-text turn (understand, apply, reply)
// at the first question of the interview.
func BenchmarkStepTurn(b *testing.B) {
	a := newTestAdvisor(b)
	var msgs []string
	for _, c := range loadConversations(b, "testdata/conversations_tune.yaml") {
		msgs = append(msgs, c.Messages...)
	}
	s, _ := a.Step(Session{}, Input{Text: "start", Now: convNow})
	reportPercentiles(b, msgs, func(m string) { a.Step(s, Input{Text: m, Now: convNow}) })
}

// BenchmarkConversation plays whole tune conversations, simulated learner
// and all.
func BenchmarkConversation(b *testing.B) {
	a := newTestAdvisor(b)
	convs := loadConversations(b, "testdata/conversations_tune.yaml")
	reportPercentiles(b, convs, func(c convCase) { runConversation(a, c) })
}

// BenchmarkAsk answers real questions (FAQ classifier, computed answers,
// course facts, out of scope), each classified afresh.
func BenchmarkAsk(b *testing.B) {
	a := newTestAdvisor(b)
	a.askCache = nil
	var qs []string
	for _, it := range loadRealItems(b, realTune...) {
		qs = append(qs, it.Q)
	}
	reportPercentiles(b, qs, func(q string) { a.Ask(q) })
}

// BenchmarkAskRepeated is the same questions asked again: their
// classification comes from the cache (askcache.go).
func BenchmarkAskRepeated(b *testing.B) {
	a := newTestAdvisor(b)
	var qs []string
	for _, it := range loadRealItems(b, realTune...) {
		qs = append(qs, it.Q)
		a.Ask(it.Q)
	}
	reportPercentiles(b, qs, func(q string) { a.Ask(q) })
}
