package faults_test

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"github.com/certpath/certpath/internal/testlog"
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/bench/load"
	"github.com/certpath/certpath/bench/service"
	"github.com/certpath/certpath/session"
)

const secret = "faults-signing-secret"

// logBuffer collects the service's log lines for assertions.
type logBuffer = testlog.Buffer

// client is a keep-alive client with a bound per request, so no test can
// hang on the service.
func client(t *testing.T) *http.Client {
	tr := &http.Transport{MaxIdleConnsPerHost: 32}
	t.Cleanup(tr.CloseIdleConnections)
	return &http.Client{Transport: tr, Timeout: 5 * time.Second}
}

type reply struct {
	status int
	body   string
	err    error
}

// slackRequest is a signed POST of body to the service's path, stamped ts.
func slackRequest(base, path string, body []byte, ts time.Time) *http.Request {
	req, _ := http.NewRequestWithContext(context.Background(), http.MethodPost, base+path, bytes.NewReader(body))
	stamp := strconv.FormatInt(ts.Unix(), 10)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Slack-Request-Timestamp", stamp)
	req.Header.Set("X-Slack-Signature", load.SlackSignature(secret, stamp, body))
	return req
}

func discordRequest(base string, key ed25519.PrivateKey, body []byte, ts time.Time) *http.Request {
	req, _ := http.NewRequestWithContext(context.Background(), http.MethodPost, base+"/discord/interactions", bytes.NewReader(body))
	stamp := strconv.FormatInt(ts.Unix(), 10)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Signature-Timestamp", stamp)
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(key, append([]byte(stamp), body...))))
	return req
}

func do(c *http.Client, req *http.Request) reply {
	resp, err := c.Do(req)
	if err != nil {
		return reply{err: err}
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return reply{status: resp.StatusCode, body: string(b), err: err}
}

// tryAgain reports whether a reply is the friendly store-down sentence
// (bot.TryAgainText, JSON-escaped inside Slack's message).
func (r reply) tryAgain() bool {
	return r.err == nil && strings.Contains(r.body, "try again in a minute")
}

// acknowledged is a turn the user was told happened.
func (r reply) acknowledged() bool { return r.err == nil && r.status == http.StatusOK && !r.tryAgain() }

func discordKey(t testing.TB) (string, ed25519.PrivateKey) {
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(pub), priv
}

// start serves opts and stops the service when t ends (if the test did not
// already), failing t if that shutdown is not clean.
func start(t *testing.T, opts service.Options) *service.Running {
	t.Helper()
	svc, err := service.Start(opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := svc.Stop(15 * time.Second); err != nil {
			t.Errorf("stop: %v", err)
		}
	})
	return svc
}

// slowStore delays every Load, e.g. to push Discord turns past DeferAfter
// so their answer goes through the (fake) Discord API.
type slowStore struct {
	session.Store
	delay time.Duration
}

func (s slowStore) Load(ctx context.Context, key advisor.Key) (advisor.Session, error) {
	time.Sleep(s.delay)
	return s.Store.Load(ctx, key)
}
