package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/certpath/certpath/session/redis/redistest"
)

const testSlackSecret = "test-signing-secret"

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// startServe runs `certpath serve` in-process and waits until it is healthy.
func startServe(t *testing.T, env map[string]string) (base string, stop func() error) {
	t.Helper()
	addr := freeAddr(t)
	env["CERTPATH_HTTP_ADDR"] = addr
	if env["CERTPATH_DATA_DIR"] == "" {
		env["CERTPATH_DATA_DIR"] = t.TempDir()
	}
	if env["CERTPATH_HTTP_DRAIN_PERIOD"] == "" {
		// The drain has its own tests; these stop at once.
		env["CERTPATH_HTTP_DRAIN_PERIOD"] = "0s"
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	var logs bytes.Buffer
	go func() {
		done <- run(ctx, []string{"serve"}, func(k string) string { return env[k] }, strings.NewReader(""), io.Discard, &logs)
	}()
	base = "http://" + addr
	deadline := time.Now().Add(10 * time.Second)
	for {
		resp, err := http.Get(base + "/healthz")
		if err == nil {
			resp.Body.Close()
			break
		}
		select {
		case err := <-done:
			cancel()
			t.Fatalf("serve exited: %v\n%s", err, logs.String())
		default:
		}
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("serve not healthy in 10 s: %v", err)
		}
		time.Sleep(20 * time.Millisecond)
	}
	return base, func() error {
		cancel()
		select {
		case err := <-done:
			return err
		case <-time.After(15 * time.Second):
			return fmt.Errorf("serve did not stop within 15 s")
		}
	}
}

func get(t *testing.T, u string) (int, string) {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func slackPost(t *testing.T, base, path, body, secret string, ts time.Time) (int, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, base+path, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	stamp := strconv.FormatInt(ts.Unix(), 10)
	mac := hmac.New(sha256.New, []byte(secret))
	fmt.Fprintf(mac, "v0:%s:%s", stamp, body)
	req.Header.Set("X-Slack-Request-Timestamp", stamp)
	req.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func discordPost(t *testing.T, base, body string, key ed25519.PrivateKey) (int, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, base+"/discord/interactions", strings.NewReader(body))
	stamp := strconv.FormatInt(time.Now().Unix(), 10)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Signature-Timestamp", stamp)
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(key, []byte(stamp+body))))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestServeEveryRoute(t *testing.T) {
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	base, stop := startServe(t, map[string]string{
		"CERTPATH_STORE":                "memory",
		"CERTPATH_SLACK_SIGNING_SECRET": testSlackSecret,
		"CERTPATH_DISCORD_PUBLIC_KEY":   hex.EncodeToString(pub),
		"CERTPATH_DISCORD_APP_ID":       "123",
	})
	if code, body := get(t, base+"/healthz"); code != 200 {
		t.Errorf("/healthz = %d %s", code, body)
	}
	if code, body := get(t, base+"/readyz"); code != 200 {
		t.Errorf("/readyz = %d %s", code, body)
	}
	form := url.Values{"command": {"/certpath"}, "text": {"how much does a coursera certificate cost"},
		"team_id": {"T1"}, "user_id": {"U1"}, "channel_id": {"C1"}, "response_url": {"http://127.0.0.1:1/unused"}}.Encode()
	code, body := slackPost(t, base, "/slack/commands", form, testSlackSecret, time.Now())
	if code != 200 || !strings.Contains(body, "ephemeral") || !strings.Contains(body, "$49") {
		t.Errorf("signed slash command = %d %s", code, body)
	}
	if code, _ := slackPost(t, base, "/slack/commands", form, "wrong-secret", time.Now()); code != 401 {
		t.Errorf("forged slash command = %d, want 401", code)
	}
	if code, _ := slackPost(t, base, "/slack/commands", form, testSlackSecret, time.Now().Add(-10*time.Minute)); code != 401 {
		t.Errorf("stale slash command = %d, want 401", code)
	}
	if code, body := discordPost(t, base, `{"type":1}`, priv); code != 200 || !strings.Contains(body, `"type":1`) {
		t.Errorf("signed PING = %d %s", code, body)
	}
	_, other, _ := ed25519.GenerateKey(rand.Reader)
	if code, _ := discordPost(t, base, `{"type":1}`, other); code != 401 {
		t.Errorf("forged PING = %d, want 401", code)
	}
	if code, _ := get(t, base+"/nope"); code != 404 {
		t.Errorf("unknown route = %d", code)
	}
	if code, _ := get(t, base+"/slack/commands"); code != 405 {
		t.Errorf("GET /slack/commands = %d, want 405", code)
	}
	code, metrics := get(t, base+"/metrics")
	if code != 200 || !strings.Contains(metrics, "certpath_") || !strings.Contains(metrics, `route="POST /slack/commands"`) {
		t.Errorf("/metrics = %d, no certpath request metrics", code)
	}
	if err := stop(); err != nil {
		t.Errorf("graceful stop: %v", err)
	}
}

func TestServeOnRedisSurvivesRedisRestart(t *testing.T) {
	rs := redistest.NewServer(t)
	base, stop := startServe(t, map[string]string{
		"CERTPATH_STORE":                "redis",
		"CERTPATH_REDIS_URL":            rs.URL(),
		"CERTPATH_SLACK_SIGNING_SECRET": testSlackSecret,
		"CERTPATH_HTTP_READY_INTERVAL":  "50ms",
	})
	defer stop()
	form := func(text string) string {
		return url.Values{"command": {"/certpath"}, "text": {text}, "team_id": {"T1"}, "user_id": {"U7"}, "channel_id": {"C1"}}.Encode()
	}
	if code, body := slackPost(t, base, "/slack/commands", form("a bit of python"), testSlackSecret, time.Now()); code != 200 || !strings.Contains(body, "machine learning") {
		t.Fatalf("turn 1 = %d %s", code, body)
	}
	rs.Stop()
	start := time.Now()
	code, body := slackPost(t, base, "/slack/commands", form("never touched ML"), testSlackSecret, time.Now())
	if code != 200 || !strings.Contains(body, "try again") {
		t.Errorf("turn with Redis down = %d %s; want a friendly try-again", code, body)
	}
	if took := time.Since(start); took > 3*time.Second {
		t.Errorf("turn with Redis down took %v; Slack allows 3 s", took)
	}
	// Readiness is decided in the background every 50 ms here.
	deadline := time.Now().Add(3 * time.Second)
	for {
		code, body := get(t, base+"/readyz")
		if code == 503 && body == "not ready: dependency unavailable\n" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("/readyz with Redis down = %d %q, want 503", code, body)
		}
		time.Sleep(20 * time.Millisecond)
	}
	rs.Restart()
	// The restarted Redis is empty (it keeps nothing on disk), so the
	// conversation starts again; what matters is that turns work.
	deadline = time.Now().Add(5 * time.Second)
	for {
		code, _ := get(t, base+"/readyz")
		if code == 200 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("/readyz did not recover: %d", code)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if code, body := slackPost(t, base, "/slack/commands", form("some python"), testSlackSecret, time.Now()); code != 200 || strings.Contains(body, "try again") {
		t.Errorf("turn after Redis restart = %d %s", code, body)
	}
}

func TestServeRedisUnreachableFailsFast(t *testing.T) {
	addr := freeAddr(t) // nothing listens there
	start := time.Now()
	_, errOut, code := runCLI(t, map[string]string{"CERTPATH_STORE": "redis", "CERTPATH_REDIS_URL": "redis://" + addr + "/0", "CERTPATH_HTTP_ADDR": freeAddr(t)}, "", "serve")
	if code == 0 || !strings.Contains(strings.ToLower(errOut), "redis") || !strings.Contains(errOut, addr) {
		t.Errorf("exit %d, stderr %q; want a non-zero exit naming Redis and %s", code, errOut, addr)
	}
	if took := time.Since(start); took > 10*time.Second {
		t.Errorf("took %v, want under 10 s", took)
	}
}

// BenchmarkColdStart is a cold start of serve on the embedded store: load
// configuration and catalog, open the bbolt file, build the server and
// the Slack and Discord handlers, listen, and answer the first /healthz.
func BenchmarkColdStart(b *testing.B) {
	pub, _, _ := ed25519.GenerateKey(rand.Reader)
	dir := b.TempDir()
	vars := map[string]string{
		"CERTPATH_DATA_DIR": dir, "CERTPATH_STORE": "bolt", "CERTPATH_HTTP_ADDR": "127.0.0.1:0",
		"CERTPATH_SLACK_SIGNING_SECRET": testSlackSecret, "CERTPATH_DISCORD_PUBLIC_KEY": hex.EncodeToString(pub),
	}
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	// Shutting down drains for a while on purpose (DEPLOY.md), so only
	// the time to the first /healthz is reported.
	var toHealthy time.Duration
	n := 0
	for b.Loop() {
		start := time.Now()
		ctx, cancel := context.WithCancel(context.Background())
		e := &env{getenv: func(k string) string { return vars[k] }, stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard}
		newRoot(e)
		srv, err := e.service(ctx)
		if err != nil {
			b.Fatal(err)
		}
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			b.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- srv.Server.Serve(ctx, ln) }()
		resp, err := client.Get("http://" + ln.Addr().String() + "/healthz")
		if err != nil || resp.StatusCode != 200 {
			b.Fatalf("first /healthz: %v", err)
		}
		resp.Body.Close()
		toHealthy += time.Since(start)
		n++
		cancel()
		if err := <-done; err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(toHealthy.Microseconds())/1000/float64(max(n, 1)), "ms-to-healthz")
}

func TestHealthCommand(t *testing.T) {
	base, stop := startServe(t, map[string]string{"CERTPATH_STORE": "memory"})
	defer stop()
	addr := strings.TrimPrefix(base, "http://")
	notReady := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		http.Error(w, "not ready: dependency unavailable", http.StatusServiceUnavailable)
	}))
	defer notReady.Close()
	closed := freeAddr(t)
	tests := []struct {
		name     string
		env      map[string]string
		args     []string
		wantCode int
		wantOut  string
		wantErr  string
	}{
		{"ready, from http.addr", map[string]string{"CERTPATH_HTTP_ADDR": addr}, nil, 0, "ready\n", ""},
		{"ready, from --url", nil, []string{"--url", base + "/readyz"}, 0, "ready\n", ""},
		{"not ready", nil, []string{"--url", notReady.URL + "/readyz"}, 1, "", "answered 503: not ready: dependency unavailable"},
		{"nothing listening", map[string]string{"CERTPATH_HTTP_ADDR": closed}, nil, 1, "", "connection refused"},
		{"bad url", nil, []string{"--url", "http://[::1"}, 2, "", "--url"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := runCLI(t, tt.env, "", append([]string{"health"}, tt.args...)...)
			if code != tt.wantCode || out != tt.wantOut || !strings.Contains(errOut, tt.wantErr) {
				t.Errorf("certpath health = exit %d, stdout %q, stderr %q; want %d, %q, stderr with %q",
					code, out, errOut, tt.wantCode, tt.wantOut, tt.wantErr)
			}
		})
	}
}

func TestReadyzURL(t *testing.T) {
	tests := map[string]string{
		":8080":          "http://127.0.0.1:8080/readyz",
		"0.0.0.0:80":     "http://127.0.0.1:80/readyz",
		"[::]:8080":      "http://[::1]:8080/readyz",
		"127.0.0.2:9000": "http://127.0.0.2:9000/readyz",
		"localhost:8081": "http://localhost:8081/readyz",
	}
	for addr, want := range tests {
		if got := readyzURL(addr); got != want {
			t.Errorf("readyzURL(%q) = %q, want %q", addr, got, want)
		}
	}
}
