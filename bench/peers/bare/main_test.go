package main

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/certpath/certpath/bench/load"
)

// TestVerifiesLikeCertpath checks the bare peer accepts what the load
// generator signs and refuses what certpath refuses, so the side-by-side
// compares the same work.
func TestVerifiesLikeCertpath(t *testing.T) {
	const secret = "bare-secret"
	now := time.Unix(1_800_000_000, 0)
	h := newHandler(secret, 100, func() time.Time { return now })
	body := load.SlackCommand("U1", "ask how much does a coursera certificate cost")
	stamp := "1800000000"
	tests := []struct {
		name   string
		stamp  string
		sig    string
		body   string
		status int
	}{
		{"signed", stamp, load.SlackSignature(secret, stamp, body), string(body), http.StatusOK},
		{"wrong secret", stamp, load.SlackSignature("other", stamp, body), string(body), http.StatusUnauthorized},
		{"stale", "1799999000", load.SlackSignature(secret, "1799999000", body), string(body), http.StatusUnauthorized},
		{"no user", stamp, load.SlackSignature(secret, stamp, []byte("command=%2Fcertpath")), "command=%2Fcertpath", http.StatusBadRequest},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest(http.MethodPost, "/slack/commands", strings.NewReader(tt.body))
			req.Header.Set("X-Slack-Request-Timestamp", tt.stamp)
			req.Header.Set("X-Slack-Signature", tt.sig)
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d", rec.Code, tt.status)
			}
			if tt.status == http.StatusOK && !strings.Contains(rec.Body.String(), `"response_type":"ephemeral"`) {
				t.Errorf("answer %q", rec.Body.String())
			}
		})
	}
}
