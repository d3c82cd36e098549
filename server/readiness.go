package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"
)

// Readiness is decided in the background, on an interval, from two
// signals: the Ready check (for the session store, a real write and read)
// and the recent turn error rate, which catches what one check key cannot,
// such as part of a Cluster failing. /readyz and the certpath_ready gauge
// both show the last decision, so an alert on the gauge is right from the
// first scrape and does not depend on anyone probing.

// DefaultReadyInterval is how often readiness is decided when
// Options.ReadyInterval is zero.
const DefaultReadyInterval = 2 * time.Second

// The turn error rate that makes a process not ready: at least
// errorRateMinFailed failed turns in the last errorRateWindow, and at least
// half of that window's turns. Once the load balancer stops sending turns
// the window empties, and the Ready check alone decides again.
const (
	errorRateWindow    = 10 * time.Second
	errorRateMinFailed = 5
)

// Reasons /readyz gives. They are safe to show anyone who can reach the
// port; the causes (which may name hosts) go to the log.
const (
	reasonShuttingDown  = "shutting down"
	reasonUnavailable   = "dependency unavailable"
	reasonTimedOut      = "dependency check timed out"
	reasonErrorRate     = "recent store errors"
	reasonNotYetChecked = "not checked yet"
)

type readiness struct {
	check    func(context.Context) error
	interval time.Duration
	log      *slog.Logger
	metrics  *Metrics
	draining *atomic.Bool

	// running is set while Serve's background loop decides readiness;
	// without it (a Handler in a test) /readyz decides on each request.
	running atomic.Bool
	mu      sync.Mutex
	reason  string // "" when ready
	checked bool
}

// current is the last decision: "" when ready, else the reason.
func (rd *readiness) current(ctx context.Context) string {
	if rd.draining.Load() {
		return reasonShuttingDown
	}
	if !rd.running.Load() {
		return rd.decide(ctx)
	}
	rd.mu.Lock()
	defer rd.mu.Unlock()
	if !rd.checked {
		return reasonNotYetChecked
	}
	return rd.reason
}

// decide runs the check, weighs the error rate, records and exports the
// result, and logs when it changed.
func (rd *readiness) decide(ctx context.Context) string {
	var reason string
	var cause error
	if rd.check != nil {
		cctx, cancel := context.WithTimeout(ctx, readyCheckTimeout)
		cause = rd.check(cctx)
		cancel()
		switch {
		case cause == nil:
		case errors.Is(cause, context.DeadlineExceeded):
			reason = reasonTimedOut
		default:
			reason = reasonUnavailable
		}
	}
	if reason == "" {
		if failed, total := rd.metrics.turnErrors.counts(time.Now()); failed >= errorRateMinFailed && 2*failed >= total {
			reason = reasonErrorRate
			cause = fmt.Errorf("%d of %d turns failed in the last %v", failed, total, errorRateWindow)
		}
	}
	if rd.draining.Load() {
		reason = reasonShuttingDown
	}

	rd.mu.Lock()
	changed := !rd.checked || rd.reason != reason
	rd.reason, rd.checked = reason, true
	rd.mu.Unlock()
	rd.metrics.setReady(reason == "")
	switch {
	case reason != "" && (changed || !rd.running.Load()):
		attrs := []any{"reason", reason, "err", cause}
		if id := RequestID(ctx); id != "" {
			attrs = append(attrs, "request_id", id)
		}
		rd.log.Warn("not ready", attrs...)
	case reason == "" && changed:
		rd.log.Info("ready")
	}
	return reason
}

// run decides readiness every interval until ctx is done.
func (rd *readiness) run(ctx context.Context) {
	t := time.NewTicker(rd.interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			rd.decide(ctx)
		}
	}
}

// turnWindow counts recent turns and failed turns in one-second buckets.
type turnWindow struct {
	mu      sync.Mutex
	buckets [int(errorRateWindow / time.Second)]turnBucket
}

type turnBucket struct {
	second     int64
	ok, failed int
}

func (w *turnWindow) record(now time.Time, failed bool) {
	sec := now.Unix()
	w.mu.Lock()
	defer w.mu.Unlock()
	b := &w.buckets[sec%int64(len(w.buckets))]
	if b.second != sec {
		*b = turnBucket{second: sec}
	}
	if failed {
		b.failed++
	} else {
		b.ok++
	}
}

// counts returns the failed and all turns of the last errorRateWindow.
func (w *turnWindow) counts(now time.Time) (failed, total int) {
	sec := now.Unix()
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, b := range w.buckets {
		if sec-b.second < int64(len(w.buckets)) {
			failed += b.failed
			total += b.ok + b.failed
		}
	}
	return failed, total
}
