package load_test

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/certpath/certpath/bench/load"
	"github.com/certpath/certpath/bench/service"
	"github.com/certpath/certpath/internal/gcfloor"
	"github.com/certpath/certpath/session"
	"github.com/certpath/certpath/session/bolt"
	"github.com/certpath/certpath/session/memory"
)

// faqText is the request: an FAQ question as a slash command.
const faqText = "ask how much does a coursera certificate cost"

// turnKinds are the requests whose cost docs/PERFORMANCE.md tabulates: a
// slash command of the ten-turn script (interview, plan, questions,
// help), a Discord interaction of the same script, and an FAQ question.
var turnKinds = []struct {
	name     string
	platform load.Platform
	path     string
	texts    []string
}{
	{"slash-command", load.Slack, "/slack/commands", nil},
	{"discord-interaction", load.Discord, "/discord/interactions", nil},
	{"faq-question", load.Slack, "/slack/commands", []string{faqText}},
}

// benchStores are the stores the benchmarks run on, wired as `certpath
// serve` wires them (the bbolt store through the advisor's codec).
var benchStores = []struct {
	name string
	open func(b *testing.B) session.Store
}{
	{"memory", func(*testing.B) session.Store { return memory.New() }},
	{"bolt", func(b *testing.B) session.Store {
		st, err := bolt.Open(filepath.Join(b.TempDir(), "certpath.db"), bolt.Options{Codec: service.Codec()})
		if err != nil {
			b.Fatal(err)
		}
		return st
	}},
}

// BenchmarkTurn is one request of each kind handled by the real service
// (bench/service, wired as `certpath serve`, logging at info), called
// directly, one at a time, with serve's heap floor: cpu-µs/op is the process's CPU per request,
// p99-µs the 99th percentile of the handler's time, B/op and allocs/op
// the allocations (request building included: see the "client" rows).
// 200 learners each walk the script, so sessions build up as in use.
func BenchmarkTurn(b *testing.B) {
	// The garbage collector as serve runs it.
	defer gcfloor.Keep(gcfloor.ServeFloor)()
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		b.Fatal(err)
	}
	for _, kind := range turnKinds {
		opts := load.Options{URL: "http://127.0.0.1" + kind.path, Platform: kind.platform, SlackSecret: secret,
			DiscordKey: priv, Users: 200, Texts: kind.texts}
		b.Run(kind.name+"/client", func(b *testing.B) {
			// What building and signing the request costs, to subtract.
			noop := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {})
			measureTurns(b, noop, opts)
		})
		for _, st := range benchStores {
			b.Run(kind.name+"/"+st.name, func(b *testing.B) {
				store := st.open(b)
				defer store.Close()
				svc, err := service.New(service.Options{Store: store, SlackSecret: secret,
					DiscordPublicKey: hex.EncodeToString(pub), DiscordAppID: "1", Log: service.InfoLog()})
				if err != nil {
					b.Fatal(err)
				}
				measureTurns(b, svc.Server.Handler(), opts)
			})
		}
	}
}

func measureTurns(b *testing.B, h http.Handler, opts load.Options) {
	ctx := context.Background()
	took := make([]time.Duration, 0, b.N)
	cpu0 := cpuTime(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		req, err := opts.Request(ctx, int64(i))
		if err != nil {
			b.Fatal(err)
		}
		rec := httptest.NewRecorder()
		start := time.Now()
		h.ServeHTTP(rec, req)
		took = append(took, time.Since(start))
		if rec.Code != http.StatusOK {
			b.Fatalf("request %d: status %d: %s", i, rec.Code, rec.Body)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(cpuTime(b)-cpu0)/1e3/float64(b.N), "cpu-µs/op")
	slices.Sort(took)
	b.ReportMetric(float64(load.Percentile(took, 0.99))/1e3, "p99-µs")
}
