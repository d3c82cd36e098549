package server

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/certpath/certpath/advisor"
)

// switchable is a Ready check a test can fail at will.
type switchable struct{ err atomic.Pointer[error] }

func (c *switchable) set(err error) {
	if err == nil {
		c.err.Store(nil)
		return
	}
	c.err.Store(&err)
}

func (c *switchable) check(context.Context) error {
	if p := c.err.Load(); p != nil {
		return *p
	}
	return nil
}

// waitFor polls f every few milliseconds until it holds or a second passes.
func waitFor(t *testing.T, what string, f func() bool) {
	t.Helper()
	deadline := time.Now().Add(time.Second)
	for !f() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within 1s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestReadyFollowsCheckInBackground: readiness is the background check's
// last result, /readyz and certpath_ready agree, and the cause is logged
// but never shown.
func TestReadyFollowsCheckInBackground(t *testing.T) {
	var c switchable
	r := start(t, Options{Ready: c.check, ReadyInterval: 10 * time.Millisecond}, nil)
	unreachable := errors.New("redis: dial tcp 10.0.0.7:6379: connection refused")
	tests := []struct {
		name       string
		err        error
		wantStatus int
		wantBody   string
		wantGauge  float64
	}{
		{"up", nil, 200, "ready\n", 1},
		{"store down", unreachable, 503, "not ready: dependency unavailable\n", 0},
		{"slow store", context.DeadlineExceeded, 503, "not ready: dependency check timed out\n", 0},
		{"back", nil, 200, "ready\n", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c.set(tt.err)
			waitFor(t, "readiness follows the check", func() bool {
				resp, body := r.do(t, "GET", "/readyz", nil, nil)
				return resp.StatusCode == tt.wantStatus && body == tt.wantBody && scrape(t, r)["certpath_ready"] == tt.wantGauge
			})
		})
	}
	if !strings.Contains(r.logs.String(), "10.0.0.7:6379: connection refused") {
		t.Error("readiness error was not logged")
	}
}

// TestReadyGaugeRightFromStart: the gauge is decided before the first
// request, without anyone calling /readyz, and keeps following the check
// while nobody probes.
func TestReadyGaugeRightFromStart(t *testing.T) {
	t.Run("ready at start", func(t *testing.T) {
		r := start(t, Options{Ready: func(context.Context) error { return nil }, ReadyInterval: time.Hour}, nil)
		if got := scrape(t, r)["certpath_ready"]; got != 1 {
			t.Errorf("certpath_ready on the first scrape = %v, want 1", got)
		}
	})
	t.Run("not ready at start", func(t *testing.T) {
		r := start(t, Options{Ready: func(context.Context) error { return errors.New("down") }, ReadyInterval: time.Hour}, nil)
		if got := scrape(t, r)["certpath_ready"]; got != 0 {
			t.Errorf("certpath_ready on the first scrape = %v, want 0", got)
		}
	})
	t.Run("nobody probes", func(t *testing.T) {
		var c switchable
		r := start(t, Options{Ready: c.check, ReadyInterval: 10 * time.Millisecond}, nil)
		c.set(errors.New("down"))
		waitFor(t, "gauge drops to 0 with no /readyz call", func() bool { return scrape(t, r)["certpath_ready"] == 0 })
		c.set(nil)
		waitFor(t, "gauge back to 1 with no /readyz call", func() bool { return scrape(t, r)["certpath_ready"] == 1 })
	})
}

// TestReadyFollowsTurnErrorRate: a store whose check key works while most
// turns fail (part of a Cluster down) makes the process not ready.
func TestReadyFollowsTurnErrorRate(t *testing.T) {
	r := start(t, Options{Ready: func(context.Context) error { return nil }, ReadyInterval: 10 * time.Millisecond}, nil)
	m := r.Metrics()
	for range 3 {
		m.ObserveTurn("slack", infoReply(), nil, time.Millisecond)
	}
	for range errorRateMinFailed - 1 {
		m.ObserveTurn("slack", infoReply(), errors.New("CLUSTERDOWN"), time.Millisecond)
	}
	time.Sleep(50 * time.Millisecond)
	if resp, _ := r.do(t, "GET", "/readyz", nil, nil); resp.StatusCode != 200 {
		t.Fatalf("/readyz after %d failed turns = %d, want 200 (below the threshold)", errorRateMinFailed-1, resp.StatusCode)
	}
	// Canceled turns are the client's doing, not the store's.
	for range 10 {
		m.ObserveTurn("slack", infoReply(), context.Canceled, time.Millisecond)
	}
	time.Sleep(50 * time.Millisecond)
	if resp, _ := r.do(t, "GET", "/readyz", nil, nil); resp.StatusCode != 200 {
		t.Fatalf("/readyz after canceled turns = %d, want 200", resp.StatusCode)
	}
	m.ObserveTurn("slack", infoReply(), errors.New("CLUSTERDOWN"), time.Millisecond)
	waitFor(t, "not ready on the error rate", func() bool {
		resp, body := r.do(t, "GET", "/readyz", nil, nil)
		return resp.StatusCode == 503 && body == "not ready: recent store errors\n" && scrape(t, r)["certpath_ready"] == 0
	})
}

func TestTurnWindowForgets(t *testing.T) {
	var w turnWindow
	t0 := time.Unix(1_800_000_000, 0)
	for i := range 6 {
		w.record(t0.Add(time.Duration(i)*time.Second), i%2 == 0)
	}
	if f, n := w.counts(t0.Add(5 * time.Second)); f != 3 || n != 6 {
		t.Errorf("counts = %d failed of %d, want 3 of 6", f, n)
	}
	if f, n := w.counts(t0.Add(12 * time.Second)); f != 1 || n != 3 {
		t.Errorf("counts 12s on = %d failed of %d, want seconds 3 to 5: 1 of 3", f, n)
	}
	if f, n := w.counts(t0.Add(time.Minute)); f != 0 || n != 0 {
		t.Errorf("counts a minute on = %d of %d, want 0 of 0", f, n)
	}
}

// TestDrainResetsNoRequest is what SIGTERM does under load: /readyz turns
// 503 at once while requests keep being served for the drain period; the
// clients, a load balancer's connection pool, lose no request, including
// one still running when the listener closes.
func TestDrainResetsNoRequest(t *testing.T) {
	const drain = 500 * time.Millisecond
	r := start(t, Options{DrainPeriod: drain, ShutdownTimeout: 5 * time.Second}, func(mux *http.ServeMux) {
		mux.HandleFunc("POST /work", func(w http.ResponseWriter, req *http.Request) {
			b, ok := ReadBody(w, req)
			if !ok {
				return
			}
			if d, err := time.ParseDuration(string(b)); err == nil {
				time.Sleep(d)
			}
			_, _ = io.WriteString(w, "done")
		})
	})
	// Keep-alive connections, as a load balancer or Slack's senders keep.
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 16}, Timeout: 5 * time.Second}
	defer client.CloseIdleConnections()
	post := func(body string) error {
		resp, err := client.Post(r.url+"/work", "text/plain", strings.NewReader(body))
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		if err != nil || resp.StatusCode != 200 || string(b) != "done" {
			return errors.New("incomplete answer: " + resp.Status + " " + string(b))
		}
		return nil
	}

	var (
		mu       sync.Mutex
		errs     []error
		served   int
		inDrain  int
		cancelAt atomic.Pointer[time.Time]
		wg       sync.WaitGroup
	)
	// Senders keep going until shortly before the drain ends, as requests
	// routed before the load balancer noticed the 503 would.
	for range 8 {
		wg.Go(func() {
			for {
				if at := cancelAt.Load(); at != nil && time.Since(*at) > drain-50*time.Millisecond {
					return
				}
				err := post("2ms")
				mu.Lock()
				if err != nil {
					errs = append(errs, err)
				}
				served++
				if cancelAt.Load() != nil {
					inDrain++
				}
				mu.Unlock()
			}
		})
	}
	time.Sleep(100 * time.Millisecond)
	now := time.Now()
	cancelAt.Store(&now)
	r.cancel()

	// A slow request sent late in the drain is still running when the
	// listener closes; it must finish.
	slow := make(chan error, 1)
	go func() {
		time.Sleep(drain - 60*time.Millisecond)
		slow <- post("300ms")
	}()

	// A health checker on fresh connections sees 503 during the drain.
	probe := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}, Timeout: time.Second}
	var saw503 bool
	for time.Since(now) < drain-100*time.Millisecond {
		if resp, err := probe.Get(r.url + "/readyz"); err == nil {
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			saw503 = saw503 || resp.StatusCode == 503 && string(b) == "not ready: shutting down\n"
		}
		time.Sleep(20 * time.Millisecond)
	}
	wg.Wait()
	if err := <-slow; err != nil {
		t.Errorf("request in flight when the listener closed: %v", err)
	}
	select {
	case err := <-r.done:
		r.done <- err
		if err != nil {
			t.Errorf("Serve: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not return")
	}
	took := time.Since(now)
	for _, err := range errs {
		t.Errorf("request failed during the drain: %v", err)
	}
	if !saw503 {
		t.Error("/readyz never answered 503 during the drain")
	}
	if inDrain == 0 {
		t.Error("no request was served during the drain")
	}
	if took < drain {
		t.Errorf("Serve returned %v after cancel, before the %v drain ended", took, drain)
	}
	t.Logf("drain %v: %d requests served in all, %d during the drain, none failed; Serve returned %v after cancel",
		drain, served, inDrain, took.Round(time.Millisecond))
}

func infoReply() advisor.Reply { return advisor.Reply{Kind: advisor.KindInfo} }

// TestReadinessLogsChangesOnly: a lasting outage is one "not ready" line,
// not one per check; recovery is one "ready" line.
func TestReadinessLogsChangesOnly(t *testing.T) {
	var c switchable
	r := start(t, Options{Ready: c.check, ReadyInterval: 5 * time.Millisecond}, nil)
	waitFor(t, "ready at start", func() bool { return scrape(t, r)["certpath_ready"] == 1 })
	c.set(errors.New("redis: connection refused"))
	time.Sleep(100 * time.Millisecond)
	c.set(nil)
	waitFor(t, "ready again", func() bool { return scrape(t, r)["certpath_ready"] == 1 })
	time.Sleep(50 * time.Millisecond)
	var notReady, ready int
	for _, l := range logLines(t, r.logs) {
		switch l["msg"] {
		case "not ready":
			notReady++
		case "ready":
			ready++
		}
	}
	// "ready" once at start and once on recovery.
	if notReady != 1 || ready != 2 {
		t.Errorf("%d \"not ready\" and %d \"ready\" lines over ~20 checks; want 1 and 2", notReady, ready)
	}
}

// TestDrainCountsAgainstShutdownTimeout: the shutdown timeout bounds the
// whole shutdown, drain included, so a container's stop grace period
// covers both.
func TestDrainCountsAgainstShutdownTimeout(t *testing.T) {
	started := make(chan struct{})
	release := make(chan struct{})
	r := start(t, Options{DrainPeriod: 200 * time.Millisecond, ShutdownTimeout: 300 * time.Millisecond}, func(mux *http.ServeMux) {
		mux.HandleFunc("GET /stuck", func(http.ResponseWriter, *http.Request) {
			close(started)
			<-release
		})
	})
	go func() {
		if resp, err := r.client.Get(r.url + "/stuck"); err == nil {
			resp.Body.Close()
		}
	}()
	<-started
	begin := time.Now()
	err := r.stop(t)
	took := time.Since(begin)
	close(release)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Serve = %v, want the shutdown to run out of time", err)
	}
	if took < 300*time.Millisecond || took > 1500*time.Millisecond {
		t.Errorf("shutdown took %v; want the 300ms timeout, drain included", took)
	}
}
