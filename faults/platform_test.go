package faults_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"go.uber.org/goleak"

	"github.com/certpath/certpath/bench/load"
	"github.com/certpath/certpath/bench/service"
	"github.com/certpath/certpath/session/memory"
)

// fakeAPI answers every call with the next behaviour of its script (the
// last one repeats) and records when each call came.
type fakeAPI struct {
	*httptest.Server
	mu      sync.Mutex
	script  []string
	calls   []time.Time
	release chan struct{} // closed to free hanging handlers
}

func newFakeAPI(t *testing.T, script ...string) *fakeAPI {
	f := &fakeAPI{script: script, release: make(chan struct{})}
	f.Server = httptest.NewServer(http.HandlerFunc(f.serve))
	return f
}

func (f *fakeAPI) serve(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	n := len(f.calls)
	f.calls = append(f.calls, time.Now())
	do := f.script[min(n, len(f.script)-1)]
	f.mu.Unlock()
	switch do {
	case "429":
		// Both platforms' forms: Slack reads the header, Discord the body.
		w.Header().Set("Retry-After", "1")
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusTooManyRequests)
		_, _ = w.Write([]byte(`{"ok":false,"error":"ratelimited","message":"You are being rate limited.","retry_after":1,"global":false}`))
	case "500":
		http.Error(w, `{"ok":false,"error":"internal_error"}`, http.StatusInternalServerError)
	case "hang":
		select {
		case <-r.Context().Done():
		case <-f.release:
		}
	default:
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"ok":true,"id":"m1","channel_id":"c1","content":""}`))
	}
}

func (f *fakeAPI) callTimes() []time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]time.Time(nil), f.calls...)
}

func (f *fakeAPI) close() {
	close(f.release)
	f.Close()
}

// apiClient bounds one API call the way a deployment's client does, but
// shorter, so a hanging API costs the test half a second, not 30.
func apiClient(t *testing.T) *http.Client {
	tr := &http.Transport{}
	t.Cleanup(tr.CloseIdleConnections)
	return &http.Client{Transport: tr, Timeout: 500 * time.Millisecond}
}

// awaitLog waits until the log contains s, or gives up after limit.
func awaitLog(logs *logBuffer, s string, limit time.Duration) bool {
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		if strings.Contains(logs.String(), s) {
			return true
		}
		time.Sleep(20 * time.Millisecond)
	}
	return strings.Contains(logs.String(), s)
}

// expectDelivery waits until a background reply was delivered (or its
// failure logged as logged), stops the service, which must not hang on
// it, and checks the API saw exactly calls attempts, the first and last at
// least minGap apart (Retry-After or the backoff).
func expectDelivery(t *testing.T, svc *service.Running, api *fakeAPI, logs *logBuffer, c *http.Client, logged string, delivered bool, calls int, minGap time.Duration) {
	t.Helper()
	if delivered {
		deadline := time.Now().Add(5 * time.Second)
		for len(api.callTimes()) < calls && time.Now().Before(deadline) {
			time.Sleep(20 * time.Millisecond)
		}
	} else if !awaitLog(logs, logged, 8*time.Second) {
		t.Errorf("no %q error logged:\n%s", logged, logs.String())
	}
	if err := svc.Stop(10 * time.Second); err != nil {
		t.Errorf("stop: %v", err)
	}
	c.CloseIdleConnections()
	got := api.callTimes()
	if len(got) != calls {
		t.Errorf("%d calls to the API, want %d", len(got), calls)
	}
	if len(got) > 1 && got[len(got)-1].Sub(got[0]) < minGap {
		t.Errorf("retried after %s, want at least %s (Retry-After or backoff)", got[len(got)-1].Sub(got[0]), minGap)
	}
	if delivered && strings.Contains(logs.String(), logged) {
		t.Errorf("delivered after a retry, yet an error was logged:\n%s", logs.String())
	}
}

// TestSlackAPIFailures clicks a button, whose answer goes to the
// response_url after the ack, against a response_url that rate-limits,
// fails or hangs. Rate limits are retried after Retry-After, 5xx and
// timeouts after a jittered backoff; what cannot
// be delivered ends in one logged error within the time a response_url
// stays valid; shutdown waits for it and leaves no goroutine behind.
func TestSlackAPIFailures(t *testing.T) {
	tests := []struct {
		name      string
		script    []string
		delivered bool
		calls     int           // exactly, or at least for "hang"
		minGap    time.Duration // between the first and the last call
	}{
		{"429 then OK: retried after Retry-After", []string{"429", "ok"}, true, 2, 900 * time.Millisecond},
		{"429 every time: retried, then a logged error", []string{"429"}, false, 3, 1800 * time.Millisecond},
		{"500 then OK: retried after a backoff", []string{"500", "ok"}, true, 2, 100 * time.Millisecond},
		{"500 every time: retried, then a logged error", []string{"500"}, false, 3, 300 * time.Millisecond},
		{"hanging once then OK: timed out, retried", []string{"hang", "ok"}, true, 2, 500 * time.Millisecond},
		{"hanging API: timed out, retried, a logged error", []string{"hang"}, false, 3, time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
			api := newFakeAPI(t, tt.script...)
			defer api.close()
			var logs logBuffer
			svc, err := service.Start(service.Options{Store: memory.New(), SlackSecret: secret, HTTPClient: apiClient(t), Log: logs.Logger()})
			if err != nil {
				t.Fatal(err)
			}
			c := client(t)
			payload, _ := json.Marshal(map[string]any{
				"type": "block_actions", "team": map[string]any{"id": "T1"}, "user": map[string]any{"id": "U1"},
				"channel": map[string]any{"id": "C1"}, "response_url": api.URL + "/response", "trigger_id": "1.2.3",
				"container": map[string]any{"type": "message", "channel_id": "C1", "is_ephemeral": true},
				// slack-go tells block actions from legacy ones by "type".
				"actions": []any{map[string]any{"type": "button", "action_id": "choice_0", "value": "goal=mlops", "block_id": "b1"}},
			})
			body := []byte(url.Values{"payload": {string(payload)}}.Encode())
			began := time.Now()
			if r := do(c, slackRequest(svc.URL, "/slack/interactions", body, time.Now())); r.status != http.StatusOK {
				t.Fatalf("click = %d %v", r.status, r.err)
			}
			if took := time.Since(began); took > 2*time.Second {
				t.Errorf("the ack took %s; Slack wants it within 3 s whatever the API does", took)
			}
			expectDelivery(t, svc, api, &logs, c, "slack: update message after click", tt.delivered, tt.calls, tt.minGap)
			if took := time.Since(began); took > 10*time.Second {
				t.Errorf("took %s in all", took)
			}
		})
	}
}

// TestDiscordAPIFailures makes every turn slower than DeferAfter, so the
// answer is a deferral followed by an edit through Discord's API, against
// an API that rate-limits, fails or hangs: a passing fault is retried
// (after retry_after, or a backoff) and the edit delivered; a lasting one
// ends after 3 calls in a logged error. The interaction itself is answered
// in time either way, and shutdown leaves no goroutine behind.
func TestDiscordAPIFailures(t *testing.T) {
	tests := []struct {
		name      string
		script    []string
		delivered bool
		calls     int
		minGap    time.Duration // between the first and the last call
	}{
		{"429 then OK", []string{"429", "ok"}, true, 2, 900 * time.Millisecond},
		{"500 then OK", []string{"500", "ok"}, true, 2, 100 * time.Millisecond},
		{"hanging once then OK", []string{"hang", "ok"}, true, 2, 500 * time.Millisecond},
		{"429 every time", []string{"429"}, false, 3, 1800 * time.Millisecond},
		{"500 every time", []string{"500"}, false, 3, 300 * time.Millisecond},
		{"hanging every time", []string{"hang"}, false, 3, time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
			api := newFakeAPI(t, tt.script...)
			defer api.close()
			var logs logBuffer
			pub, priv := discordKey(t)
			svc, err := service.Start(service.Options{
				Store: slowStore{Store: memory.New(), delay: 50 * time.Millisecond}, DiscordPublicKey: pub, DiscordAppID: "1",
				DiscordAPIURL: api.URL, DiscordDefer: 5 * time.Millisecond, HTTPClient: apiClient(t), Log: logs.Logger(),
			})
			if err != nil {
				t.Fatal(err)
			}
			c := client(t)
			body, _ := load.DiscordCommand("1", "U1", "how much does a coursera certificate cost")
			r := do(c, discordRequest(svc.URL, priv, body, time.Now()))
			if r.status != http.StatusOK || !strings.Contains(r.body, `"type":5`) {
				t.Fatalf("interaction = %d %q %v; want a deferral (type 5)", r.status, r.body, r.err)
			}
			expectDelivery(t, svc, api, &logs, c, "discord: edit deferred response", tt.delivered, tt.calls, tt.minGap)
		})
	}
}
