package faults_test

import (
	"bytes"
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/bench/load"
	"github.com/certpath/certpath/bench/service"
	"github.com/certpath/certpath/session/memory"
)

// TestHostileRequestsRefusedCleanly sends malformed, oversized, wrongly
// typed, forged and replayed requests, signed where a signature would
// otherwise be the reason for refusal, and checks each gets its 4xx, none
// a 5xx or a panic, and none changes any session.
func TestHostileRequestsRefusedCleanly(t *testing.T) {
	pub, priv := discordKey(t)
	_, otherKey := discordKey(t)
	st := memory.New()
	var logs logBuffer
	svc := start(t, service.Options{Store: st, SlackSecret: secret, DiscordPublicKey: pub, DiscordAppID: "1", Log: logs.Logger()})
	c := client(t)
	now := time.Now()
	stale := now.Add(-6 * time.Minute)
	command := load.SlackCommand("H1", "I want to become an MLOps engineer")
	discordBody := func(s string) []byte { return []byte(s) }
	validInteraction, _ := load.DiscordCommand("1", "H2", "start")
	big := bytes.Repeat([]byte("a"), 70<<10)

	unsigned := func(path, ctype string, body []byte) *http.Request {
		r, _ := http.NewRequestWithContext(context.Background(), http.MethodPost, svc.URL+path, bytes.NewReader(body))
		r.Header.Set("Content-Type", ctype)
		return r
	}
	tests := []struct {
		name string
		req  *http.Request
		want int
	}{
		// Slack
		{"slack oversized", slackRequest(svc.URL, "/slack/commands", append([]byte("text="), big...), now), http.StatusRequestEntityTooLarge},
		{"slack oversized interaction", slackRequest(svc.URL, "/slack/interactions", append([]byte("payload="), big...), now), http.StatusRequestEntityTooLarge},
		{"slack malformed form", slackRequest(svc.URL, "/slack/commands", []byte("%zz%%&&=;"), now), http.StatusBadRequest},
		{"slack command without user", slackRequest(svc.URL, "/slack/commands", []byte(url.Values{"team_id": {"T"}, "text": {"hi"}}.Encode()), now), http.StatusBadRequest},
		{"slack JSON where a form belongs", slackRequest(svc.URL, "/slack/commands", []byte(`{"user_id":"U","team_id":"T"}`), now), http.StatusBadRequest},
		{"slack interaction payload not JSON", slackRequest(svc.URL, "/slack/interactions", []byte("payload=%7Bnope"), now), http.StatusBadRequest},
		{"slack interaction payload wrongly typed", slackRequest(svc.URL, "/slack/interactions", []byte(url.Values{"payload": {`{"type":7,"user":"U1","team":[]}`}}.Encode()), now), http.StatusBadRequest},
		{"slack event not JSON", slackRequest(svc.URL, "/slack/events", []byte("{"), now), http.StatusBadRequest},
		{"slack replayed after 6 minutes", slackRequest(svc.URL, "/slack/commands", command, stale), http.StatusUnauthorized},
		{"slack from the future", slackRequest(svc.URL, "/slack/commands", command, now.Add(6*time.Minute)), http.StatusUnauthorized},
		{"slack unsigned", unsigned("/slack/commands", "application/x-www-form-urlencoded", command), http.StatusUnauthorized},
		// Discord
		{"discord oversized", discordRequest(svc.URL, priv, big, now), http.StatusRequestEntityTooLarge},
		{"discord not JSON", discordRequest(svc.URL, priv, discordBody("{not json"), now), http.StatusBadRequest},
		{"discord type is a string", discordRequest(svc.URL, priv, discordBody(`{"type":"2","id":"1"}`), now), http.StatusBadRequest},
		{"discord data of the wrong type", discordRequest(svc.URL, priv, discordBody(`{"type":2,"id":"1","data":"start","member":{"user":{"id":"H2"}}}`), now), http.StatusBadRequest},
		{"discord unknown interaction type", discordRequest(svc.URL, priv, discordBody(`{"type":99,"id":"1","member":{"user":{"id":"H2"}}}`), now), http.StatusBadRequest},
		{"discord no user", discordRequest(svc.URL, priv, discordBody(`{"type":2,"id":"1","data":{"name":"certpath","type":1}}`), now), http.StatusBadRequest},
		{"discord replayed after 6 minutes", discordRequest(svc.URL, priv, validInteraction, stale), http.StatusUnauthorized},
		{"discord signed by another key", discordRequest(svc.URL, otherKey, validInteraction, now), http.StatusUnauthorized},
		{"discord unsigned", unsigned("/discord/interactions", "application/json", validInteraction), http.StatusUnauthorized},
		// Either
		{"wrong method", func() *http.Request {
			r, _ := http.NewRequestWithContext(context.Background(), http.MethodPut, svc.URL+"/slack/commands", nil)
			return r
		}(), http.StatusMethodNotAllowed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := do(c, tt.req)
			if r.err != nil || r.status != tt.want {
				t.Errorf("= %d %v %.120q, want %d", r.status, r.err, r.body, tt.want)
			}
		})
	}
	// Nothing hostile reached a conversation.
	for _, key := range []advisor.Key{
		{Platform: "slack", Workspace: "TLOAD", User: "H1"},
		{Platform: "discord", Workspace: "GLOAD", User: "H2"},
	} {
		if s, err := st.Load(context.Background(), key); err == nil {
			t.Errorf("a refused request changed %s: %+v", key, s)
		}
	}
	if strings.Contains(logs.String(), "panicked") {
		t.Errorf("a handler panicked:\n%s", logs.String())
	}
	// The service still serves real requests after all that.
	if r := do(c, slackRequest(svc.URL, "/slack/commands", command, time.Now())); !r.acknowledged() {
		t.Errorf("a valid command after the hostile ones = %d %v", r.status, r.err)
	}
}
