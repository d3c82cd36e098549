package load_test

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/bench/load"
	"github.com/certpath/certpath/bench/service"
	"github.com/certpath/certpath/bot"
	"github.com/certpath/certpath/session"
	"github.com/certpath/certpath/session/bolt"
	"github.com/certpath/certpath/session/memory"
)

const secret = "load-test-secret"

func TestCheckLoopback(t *testing.T) {
	tests := []struct {
		url string
		ok  bool
	}{
		{"http://127.0.0.1:8080/slack/commands", true},
		{"http://127.9.9.9/", true},
		{"http://localhost:3000/", true},
		{"http://[::1]:8080/", true},
		{"https://127.0.0.1/", true},
		{"http://10.0.0.1/", false},
		{"http://192.168.1.10:8080/", false},
		{"http://8.8.8.8/", false},
		{"http://example.com/", false},
		{"http://localhost.example.com/", false},
		{"ftp://127.0.0.1/", false},
		{"127.0.0.1:8080", false},
		{"http://[::ffff:10.0.0.1]/", false},
	}
	for _, tt := range tests {
		if err := load.CheckLoopback(tt.url); (err == nil) != tt.ok {
			t.Errorf("CheckLoopback(%q) = %v, want ok=%v", tt.url, err, tt.ok)
		}
	}
}

func TestRunRefusesNonLoopbackAndUnboundedRuns(t *testing.T) {
	tests := []struct {
		name string
		opts load.Options
		want string
	}{
		{"remote", load.Options{URL: "http://203.0.113.5/", Platform: load.Slack, SlackSecret: "s"}, "loopback"},
		{"too long", load.Options{URL: "http://127.0.0.1:1/", Platform: load.Slack, SlackSecret: "s", Duration: time.Hour}, "longer"},
		{"no secret", load.Options{URL: "http://127.0.0.1:1/", Platform: load.Slack}, "secret"},
		{"no key", load.Options{URL: "http://127.0.0.1:1/", Platform: load.Discord}, "private key"},
		{"platform", load.Options{URL: "http://127.0.0.1:1/", Platform: "irc"}, "platform"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := load.Run(context.Background(), tt.opts)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Run = %v, want an error mentioning %q", err, tt.want)
			}
		})
	}
}

func TestPercentile(t *testing.T) {
	lat := func() []time.Duration {
		var l []time.Duration
		for i := 100; i >= 1; i-- {
			l = append(l, time.Duration(i)*time.Millisecond)
		}
		return l
	}
	tests := []struct {
		q    float64
		want time.Duration
	}{
		{0.5, 50 * time.Millisecond},
		{0.9, 90 * time.Millisecond},
		{0.99, 99 * time.Millisecond},
		{1, 100 * time.Millisecond},
		{0.001, time.Millisecond},
	}
	for _, tt := range tests {
		if got := load.Percentile(lat(), tt.q); got != tt.want {
			t.Errorf("Percentile(1..100ms, %g) = %s, want %s", tt.q, got, tt.want)
		}
	}
	if got := load.Percentile(nil, 0.5); got != 0 {
		t.Errorf("Percentile(nil) = %s", got)
	}
}

// startCertpath serves the real certpath handlers on a memory store.
func startCertpath(t *testing.T) (*service.Running, ed25519.PrivateKey, *memory.Store) {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	st := memory.New()
	svc, err := service.Start(service.Options{Store: st, SlackSecret: secret, DiscordPublicKey: hex.EncodeToString(pub), DiscordAppID: "1"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := svc.Stop(10 * time.Second); err != nil {
			t.Error(err)
		}
	})
	return svc, priv, st
}

// TestRunAgainstCertpath proves the signatures are the platforms': the
// real handlers verify every request, so a wrong byte would be a 401.
func TestRunAgainstCertpath(t *testing.T) {
	svc, priv, st := startCertpath(t)
	tests := []struct {
		name string
		opts load.Options
	}{
		{"slack", load.Options{URL: svc.URL + "/slack/commands", Platform: load.Slack, SlackSecret: secret}},
		{"discord", load.Options{URL: svc.URL + "/discord/interactions", Platform: load.Discord, DiscordKey: priv}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := tt.opts
			o.Conns, o.Requests, o.Users, o.Duration = 4, 60, 6, 20*time.Second
			o.UserPrefix = tt.name + "-"
			o.FailBody = "try again"
			res, err := load.Run(context.Background(), o)
			if err != nil {
				t.Fatal(err)
			}
			if res.Requests != 60 || res.OK != 60 || res.Errors != 0 || res.Statuses[200] != 60 {
				t.Fatalf("%s\nfirst error: %s", res.Text(), res.FirstError)
			}
			if res.P50 <= 0 || res.P50 > res.P90 || res.P90 > res.P99 || res.P99 > res.Max || res.RPS <= 0 {
				t.Errorf("inconsistent latencies: %s", res.Text())
			}
			// 6 users x 10 turns each: every user's session exists and went
			// past the first question, so the turns were real ones. (Turns
			// that changed nothing, the FAQ questions and help, are not
			// saved, so the session counts fewer.)
			for u := range 6 {
				key := advisor.Key{Platform: tt.name, Workspace: map[string]string{"slack": "TLOAD", "discord": "GLOAD"}[tt.name], User: o.UserPrefix + string(rune('0'+u))}
				s, err := st.Load(context.Background(), key)
				if err != nil {
					t.Errorf("session of %s: %v", key, err)
					continue
				}
				if s.Turns < 2 || s.Turns > len(load.DefaultTexts) || (tt.name == "slack" && s.Plan == nil) {
					t.Errorf("session of %s after %d turns: turns=%d profile=%+v", key, len(load.DefaultTexts), s.Turns, s.Profile)
				}
			}
			b, err := res.JSON()
			if err != nil {
				t.Fatal(err)
			}
			var back load.Result
			if err := json.Unmarshal(b, &back); err != nil || back.Requests != res.Requests || back.P99 != res.P99 {
				t.Errorf("JSON round trip: %v %+v", err, back)
			}
		})
	}
}

func TestRunCountsErrors(t *testing.T) {
	tests := []struct {
		name    string
		handler http.HandlerFunc
		opts    load.Options
		check   func(load.Result) bool
	}{
		{"non-2xx", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "no", http.StatusTooManyRequests) },
			load.Options{}, func(r load.Result) bool {
				return r.Non2xx == 20 && r.Statuses[429] == 20 && r.Errors == 20 && r.OK == 0
			}},
		{"timeout", func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-r.Context().Done():
			case <-time.After(2 * time.Second):
			}
		}, load.Options{Timeout: 20 * time.Millisecond}, func(r load.Result) bool { return r.Timeouts == 20 && r.Errors == 20 }},
		{"fail body", func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte(bot.TryAgainText)) },
			load.Options{FailBody: "try again"}, func(r load.Result) bool { return r.FailBodies == 20 && r.Statuses[200] == 20 && r.Errors == 20 }},
		{"ok", func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte("fine")) },
			load.Options{FailBody: "try again"}, func(r load.Result) bool { return r.OK == 20 && r.Errors == 0 }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts := httptest.NewServer(tt.handler)
			defer ts.Close()
			o := tt.opts
			o.URL, o.Platform, o.SlackSecret, o.Conns, o.Requests, o.Duration = ts.URL, load.Slack, secret, 4, 20, 10*time.Second
			res, err := load.Run(context.Background(), o)
			if err != nil {
				t.Fatal(err)
			}
			if !tt.check(res) {
				t.Errorf("%s (first error %q)", res.Text(), res.FirstError)
			}
		})
	}
}

// TestFixedRate checks that fixed-rate mode paces requests rather than
// sending them as fast as it can.
func TestFixedRate(t *testing.T) {
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	defer ts.Close()
	res, err := load.Run(context.Background(), load.Options{
		URL: ts.URL, Platform: load.Slack, SlackSecret: secret, Conns: 4, Rate: 200, Requests: 50, Duration: 10 * time.Second,
	})
	if err != nil {
		t.Fatal(err)
	}
	// 50 requests due at 0, 5 ms, ... 245 ms: the run cannot end sooner.
	if res.OK != 50 || res.Elapsed < 245*time.Millisecond {
		t.Errorf("%s in %s; want 50 requests paced over at least 245ms", res.Text(), res.Elapsed)
	}
}

// TestDurationBoundsTheRun checks the run stops by itself at Duration.
func TestDurationBoundsTheRun(t *testing.T) {
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	defer ts.Close()
	start := time.Now()
	res, err := load.Run(context.Background(), load.Options{URL: ts.URL, Platform: load.Slack, SlackSecret: secret, Conns: 2, Duration: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if took := time.Since(start); took > 2*time.Second || res.Requests == 0 || res.Errors != 0 {
		t.Errorf("took %s: %s", took, res.Text())
	}
}

// BenchmarkSlackTurn is one signed /certpath round trip through the real
// service on loopback, on the memory and the bbolt store; `go test
// -cpuprofile` on it is how the profile in docs/PERFORMANCE.md was taken.
func BenchmarkSlackTurn(b *testing.B) {
	stores := []struct {
		name string
		open func(b *testing.B) session.Store
	}{
		{"memory", func(*testing.B) session.Store { return memory.New() }},
		{"bolt", func(b *testing.B) session.Store {
			st, err := bolt.Open(filepath.Join(b.TempDir(), "certpath.db"), bolt.Options{})
			if err != nil {
				b.Fatal(err)
			}
			return st
		}},
	}
	for _, s := range stores {
		b.Run(s.name, func(b *testing.B) {
			svc, err := service.Start(service.Options{Store: s.open(b), SlackSecret: secret})
			if err != nil {
				b.Fatal(err)
			}
			defer svc.Stop(10 * time.Second)
			// CPU time per request (client and server together) moves far
			// less than wall time when other processes share the cores.
			cpu0 := cpuTime(b)
			b.ReportAllocs()
			b.ResetTimer()
			res, err := load.Run(context.Background(), load.Options{
				URL: svc.URL + "/slack/commands", Platform: load.Slack, SlackSecret: secret,
				Conns: 8, Requests: int64(b.N), Duration: 5 * time.Minute, Users: 5000,
			})
			if err != nil || res.Errors != 0 {
				b.Fatalf("%v %s %s", err, res.Text(), res.FirstError)
			}
			b.ReportMetric(float64(res.P99)/1e3, "p99-µs")
			b.ReportMetric(float64(cpuTime(b)-cpu0)/1e3/float64(b.N), "cpu-µs/op")
		})
	}
}

// cpuTime is the user+system CPU time this process has used.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
