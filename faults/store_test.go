package faults_test

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/bench/load"
	"github.com/certpath/certpath/bench/service"
	"github.com/certpath/certpath/bot"
	"github.com/certpath/certpath/session/bolt"
	"github.com/certpath/certpath/session/redis"
	"github.com/certpath/certpath/session/redis/redistest"
)

// phase of the Redis outage a request started in.
type phase int32

const (
	before     phase = iota // Redis up, before the kill
	down                    // Stop called, Restart not returned yet
	afterStart              // Restart returned
)

// turnLog is what one simulated user saw: per phase, how many turns were
// acknowledged and how many were told to try again.
type turnLog struct {
	acked    [3]int
	tryAgain [3]int
	// ackedAcross counts turns acknowledged that started while down but
	// finished after the restart: they may have landed in either Redis.
	ackedAcross int
}

// changingText is the n-th of a series of slash commands each of which
// changes the learner's session (the hours differ from the turn before),
// so every acknowledged turn is saved and counted in Session.Turns: a
// turn that changes nothing is not saved, and could not be counted.
func changingText(n int) string { return fmt.Sprintf("actually %d hours a week", n%40+1) }

// changingCommand is the same on Discord, whose subcommands carry no
// free text: "restart" asks the first question afresh, "start" asks it a
// second time, so each turn changes how often it was asked.
func changingCommand(n int) string {
	if n%2 == 0 {
		return "restart"
	}
	return "start"
}

// TestRedisKilledAndRestartedUnderLoad kills the service's Redis while 8
// users hammer it with signed slash commands, restarts it (empty, as a
// Redis without persistence comes back), and checks: no 5xx and no panic,
// the friendly try-again reply while Redis is down, full recovery, and
// every turn acknowledged after the restart is in the new Redis.
func TestRedisKilledAndRestartedUnderLoad(t *testing.T) {
	rs := redistest.NewServer(t)
	ctx := context.Background()
	st, err := redis.Open(ctx, rs.URL(), redis.Options{Prefix: redistest.Prefix(t), DialTimeout: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	var logs logBuffer
	svc := start(t, service.Options{Store: st, SlackSecret: secret, Log: logs.Logger()})
	c := client(t)

	const users = 8
	var cur atomic.Int32 // the phase now
	var stopLoad atomic.Bool
	logsByUser := make([]turnLog, users)
	var bad []string
	var badMu sync.Mutex
	var wg sync.WaitGroup
	for u := range users {
		wg.Go(func() {
			user := fmt.Sprintf("R%d", u)
			for n := 0; !stopLoad.Load() && n < 5000; n++ {
				p := phase(cur.Load())
				r := do(c, slackRequest(svc.URL, "/slack/commands", load.SlackCommand(user, changingText(n)), time.Now()))
				l := &logsByUser[u]
				switch {
				case r.acknowledged() && p == down && phase(cur.Load()) == afterStart:
					l.ackedAcross++
				case r.acknowledged():
					l.acked[p]++
				case r.tryAgain() && r.status == http.StatusOK:
					l.tryAgain[p]++
				default:
					badMu.Lock()
					bad = append(bad, fmt.Sprintf("%s in phase %d: status %d err %v body %.200q", user, p, r.status, r.err, r.body))
					badMu.Unlock()
				}
				time.Sleep(2 * time.Millisecond) // ~a few hundred turns/s in all: load, not a stampede
			}
		})
	}

	time.Sleep(400 * time.Millisecond)
	cur.Store(int32(down))
	rs.Stop()
	time.Sleep(700 * time.Millisecond)
	rs.Restart()
	cur.Store(int32(afterStart))
	// Recovery: within 5 s every user's turns are acknowledged again;
	// then a further 300 ms of load on the recovered store.
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) && !recovered(svc.URL, c) {
		time.Sleep(50 * time.Millisecond)
	}
	time.Sleep(300 * time.Millisecond)
	stopLoad.Store(true)
	wg.Wait()

	for _, b := range bad {
		t.Error("neither a turn nor a friendly try-again:", b)
	}
	var triedAgain, ackedAfter int
	for u, l := range logsByUser {
		triedAgain += l.tryAgain[down]
		ackedAfter += l.acked[afterStart]
		if l.acked[before] == 0 {
			t.Errorf("user R%d: no turn acknowledged before the kill: %+v", u, l)
		}
		// The restarted Redis is empty, so a user's session there holds
		// exactly the turns acknowledged since, plus perhaps those that
		// straddled the restart.
		key := advisor.Key{Platform: "slack", Workspace: "TLOAD", User: fmt.Sprintf("R%d", u)}
		s, err := st.Load(ctx, key)
		if err != nil && l.acked[afterStart]+l.ackedAcross > 0 {
			t.Errorf("user R%d: %d turns acknowledged after the restart, but Load: %v", u, l.acked[afterStart], err)
			continue
		}
		if s.Turns < l.acked[afterStart] || s.Turns > l.acked[afterStart]+l.ackedAcross {
			t.Errorf("user R%d: session has %d turns; %d were acknowledged after the restart (+%d across it): an acknowledged turn was lost",
				u, s.Turns, l.acked[afterStart], l.ackedAcross)
		}
	}
	if triedAgain == 0 {
		t.Error("no request got the friendly try-again reply while Redis was down")
	}
	if ackedAfter == 0 {
		t.Error("no turn was acknowledged after the restart: no recovery")
	}
	if strings.Contains(logs.String(), "panicked") {
		t.Errorf("the service panicked:\n%s", logs.String())
	}
	if !strings.Contains(logs.String(), "turn failed") {
		t.Error("the outage left no \"turn failed\" line in the operator's log")
	}
}

// recovered reports whether a probe user's turn is acknowledged.
func recovered(base string, c *http.Client) bool {
	return do(c, slackRequest(base, "/slack/commands", load.SlackCommand("probe", "help"), time.Now())).acknowledged()
}

// TestShutdownUnderLoadPersistsAcknowledgedTurns cancels the serve context
// (what SIGTERM does to `certpath serve`) while users are mid-turn on the
// bbolt store, then reopens the file: every acknowledged turn is there,
// and every request that got an answer got a complete one.
func TestShutdownUnderLoadPersistsAcknowledgedTurns(t *testing.T) {
	path := filepath.Join(t.TempDir(), "certpath.db")
	st, err := bolt.Open(path, bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	pub, priv := discordKey(t)
	svc, err := service.Start(service.Options{Store: st, SlackSecret: secret, DiscordPublicKey: pub, DiscordAppID: "1"})
	if err != nil {
		t.Fatal(err)
	}
	c := client(t)

	const users = 12
	acked := make([]int, users)
	failed := make([]int, users) // no answer: refused or cut before one
	var bad []string
	var badMu sync.Mutex
	var wg sync.WaitGroup
	var started sync.WaitGroup
	started.Add(users)
	for u := range users {
		wg.Go(func() {
			user := fmt.Sprintf("S%d", u)
			// Signal "started" exactly once, even if the first requests
			// fail, so the test cannot wait forever.
			signalled := false
			signal := func() {
				if !signalled {
					signalled = true
					started.Done()
				}
			}
			defer signal()
			for n := 0; n < 5000; n++ {
				var r reply
				if u%2 == 0 {
					r = do(c, slackRequest(svc.URL, "/slack/commands", load.SlackCommand(user, changingText(n)), time.Now()))
				} else {
					body, _ := load.DiscordCommand(fmt.Sprint(n), user, changingCommand(n))
					r = do(c, discordRequest(svc.URL, priv, body, time.Now()))
				}
				if n == 2 {
					signal()
				}
				switch {
				case r.acknowledged():
					acked[u]++
				case r.err != nil:
					// The listener is closed: the service is gone.
					failed[u]++
					return
				default:
					badMu.Lock()
					bad = append(bad, fmt.Sprintf("%s: status %d body %.200q", user, r.status, r.body))
					badMu.Unlock()
				}
			}
		})
	}
	started.Wait()
	time.Sleep(200 * time.Millisecond)
	if err := svc.Stop(15 * time.Second); err != nil {
		t.Errorf("shutdown under load: %v", err)
	}
	wg.Wait()
	for _, b := range bad {
		t.Error("an answered request was not a complete turn:", b)
	}

	// The store was closed by the shutdown hook; reopen the file.
	st2, err := bolt.Open(path, bolt.Options{})
	if err != nil {
		t.Fatalf("reopen after shutdown: %v", err)
	}
	defer st2.Close()
	for u := range users {
		platform, ws := "slack", "TLOAD"
		if u%2 == 1 {
			platform, ws = "discord", "GLOAD"
		}
		key := advisor.Key{Platform: platform, Workspace: ws, User: fmt.Sprintf("S%d", u)}
		s, err := st2.Load(context.Background(), key)
		if err != nil {
			t.Errorf("%s: %d acknowledged turns, but Load: %v", key, acked[u], err)
			continue
		}
		// A request cut off by the shutdown may have saved its turn
		// without the answer reaching us, never the other way round.
		if s.Turns < acked[u] || s.Turns > acked[u]+failed[u] {
			t.Errorf("%s: %d turns persisted, %d acknowledged (+%d unanswered)", key, s.Turns, acked[u], failed[u])
		}
		if acked[u] == 0 {
			t.Errorf("%s: no turn acknowledged before the shutdown", key)
		}
	}
}

// TestBoltFileUnusableIsAClearStartupError opens the session file the way
// `certpath serve` does when another process holds it, or when it cannot
// be created, and checks the error says so and names the file, quickly.
func TestBoltFileUnusableIsAClearStartupError(t *testing.T) {
	dir := t.TempDir()
	locked := filepath.Join(dir, "locked.db")
	holder, err := bbolt.Open(locked, 0o600, nil) // "another process" holding the flock
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Close()
	notADir := filepath.Join(dir, "file")
	if err := os.WriteFile(notADir, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	isDir := filepath.Join(dir, "dir.db")
	if err := os.Mkdir(isDir, 0o700); err != nil {
		t.Fatal(err)
	}
	garbage := filepath.Join(dir, "garbage.db")
	if err := os.WriteFile(garbage, []byte(strings.Repeat("not a bolt file ", 512)), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, path string
		want       []string
	}{
		{"locked by another process", locked, []string{locked, "locked"}},
		{"directory is a file", filepath.Join(notADir, "certpath.db"), []string{notADir, "directory"}},
		{"path is a directory", isDir, []string{isDir}},
		{"not a bolt file", garbage, []string{garbage}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			begin := time.Now()
			st, err := bolt.Open(tt.path, bolt.Options{})
			if err == nil {
				st.Close()
				t.Fatal("opened; want a startup error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
			if took := time.Since(begin); took > 5*time.Second {
				t.Errorf("took %s to fail; a startup must not hang on a locked file", took)
			}
		})
	}
}

// TestFrozenRedisAnswersTryAgainInTime freezes the service's Redis with
// SIGSTOP (a hung host: connections accepted, nothing answered) while
// users keep sending slash commands. Each turn gets one attempt within the
// default store budget, then the friendly try-again, well inside Slack's
// 3 s; readiness turns 503; after SIGCONT turns work again by themselves.
func TestFrozenRedisAnswersTryAgainInTime(t *testing.T) {
	rs := redistest.NewServer(t)
	ctx := context.Background()
	st, err := redis.Open(ctx, rs.URL(), redis.Options{Prefix: redistest.Prefix(t)})
	if err != nil {
		t.Fatal(err)
	}
	svc := start(t, service.Options{Store: st, SlackSecret: secret, ReadyInterval: 100 * time.Millisecond})
	c := client(t)
	turn := func(user, text string) (reply, time.Duration) {
		begin := time.Now()
		r := do(c, slackRequest(svc.URL, "/slack/commands", load.SlackCommand(user, text), time.Now()))
		return r, time.Since(begin)
	}
	if r, _ := turn("F0", "a bit of python"); !r.acknowledged() {
		t.Fatalf("turn before the freeze: %+v", r)
	}

	rs.Freeze()
	const users = 4
	var mu sync.Mutex
	var took []time.Duration
	var wg sync.WaitGroup
	for u := range users {
		wg.Go(func() {
			for n := range 3 {
				r, d := turn(fmt.Sprintf("F%d", u), load.DefaultTexts[n%len(load.DefaultTexts)])
				mu.Lock()
				took = append(took, d)
				mu.Unlock()
				if !r.tryAgain() || r.status != http.StatusOK {
					t.Errorf("turn with Redis frozen: status %d err %v body %.120q; want the friendly try-again", r.status, r.err, r.body)
				}
			}
		})
	}
	wg.Wait()
	slices.Sort(took)
	worst := took[len(took)-1]
	t.Logf("Redis frozen: %d turns answered try-again in %v (fastest) / %v (median) / %v (slowest); store budget %v",
		len(took), took[0].Round(time.Millisecond), took[len(took)/2].Round(time.Millisecond), worst.Round(time.Millisecond), bot.DefaultStoreBudget)
	if took[0] < bot.DefaultStoreBudget {
		t.Errorf("a turn answered after %v, before the %v budget: was Redis really frozen?", took[0], bot.DefaultStoreBudget)
	}
	// One attempt, then the answer: the budget plus the handler's own work,
	// and far from Slack's 3 s even on a loaded CI machine.
	if worst > bot.DefaultStoreBudget+700*time.Millisecond {
		t.Errorf("slowest try-again took %v; want within %v of the %v budget", worst, 700*time.Millisecond, bot.DefaultStoreBudget)
	}
	deadline := time.Now().Add(5 * time.Second)
	for {
		resp, err := c.Get(svc.URL + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusServiceUnavailable {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatal("/readyz did not turn 503 with Redis frozen")
		}
		time.Sleep(50 * time.Millisecond)
	}

	rs.Thaw()
	deadline = time.Now().Add(5 * time.Second)
	for !recovered(svc.URL, c) {
		if time.Now().After(deadline) {
			t.Fatal("turns still failing 5 s after Redis was thawed")
		}
		time.Sleep(50 * time.Millisecond)
	}
}
