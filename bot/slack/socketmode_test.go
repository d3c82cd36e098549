package slack

import (
	"context"
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

func TestSocketModeAcksAndAnswers(t *testing.T) {
	e := newEnv(t)
	acks := make(chan map[string]any, 4)
	done := make(chan struct{})
	command, _ := json.Marshal(map[string]any{
		"team_id": testTeam, "user_id": testUser, "channel_id": "C1", "command": "/certpath", "text": "help",
		"response_url": e.slack.responseURL("sm"),
	})
	event := dmEvent("EvSM", testTeam, testUser, wholeProfile, nil)
	e.slack.mu.Lock()
	e.slack.socket = func(conn *websocket.Conn) {
		// A dropped connection is not a failure here: the client reconnects
		// (as from Slack) and this script runs again on the new one; the
		// assertions below are on acks received and messages posted.
		send := func(v any) {
			if err := conn.WriteJSON(v); err != nil {
				t.Logf("socket write: %v (the client will reconnect)", err)
			}
		}
		readAck := func() {
			var ack map[string]any
			if err := conn.ReadJSON(&ack); err != nil {
				t.Logf("socket read ack: %v (the client will reconnect)", err)
				return
			}
			select {
			case acks <- ack:
			default: // a reconnect's duplicate ack; the test has what it needs
			}
		}
		send(map[string]any{"type": "hello", "num_connections": 1})
		send(map[string]any{"type": "slash_commands", "envelope_id": "env-cmd", "accepts_response_payload": true, "payload": json.RawMessage(command)})
		readAck()
		send(map[string]any{"type": "events_api", "envelope_id": "env-ev", "payload": json.RawMessage(event)})
		readAck()
		// Slack redelivers: the retry is acked but not answered again.
		send(map[string]any{"type": "events_api", "envelope_id": "env-ev2", "retry_attempt": 1, "payload": json.RawMessage(event)})
		readAck()
		<-done
	}
	e.slack.mu.Unlock()

	ctx, cancel := context.WithCancel(context.Background())
	var closeOnce sync.Once
	finish := func() { closeOnce.Do(func() { close(done); cancel() }) }
	t.Cleanup(finish)
	ran := make(chan error, 1)
	go func() { ran <- e.h.RunSocketMode(ctx, "xapp-test") }()

	want := map[string]bool{"env-cmd": false, "env-ev": false, "env-ev2": false}
	for range want {
		select {
		case ack := <-acks:
			id, _ := ack["envelope_id"].(string)
			want[id] = true
			if id == "env-cmd" {
				payload, _ := ack["payload"].(map[string]any)
				if payload["response_type"] != "ephemeral" || !strings.Contains(payload["text"].(string), "certpath") {
					t.Errorf("slash command ack payload = %v, want the ephemeral help", payload)
				}
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("acks so far: %v", want)
		}
	}
	waitCtx, waitCancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer waitCancel()
	if err := e.h.Wait(waitCtx); err != nil {
		t.Fatal(err)
	}
	finish()
	select {
	case err := <-ran:
		if err != nil {
			t.Errorf("RunSocketMode after cancel = %v, want nil", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("RunSocketMode did not return after cancel")
	}

	opens := e.slack.Calls("apps.connections.open")
	if len(opens) == 0 || opens[0].Token != "xapp-test" {
		t.Errorf("apps.connections.open = %+v, want the app-level token", opens)
	}
	posts := e.slack.Calls("chat.postMessage")
	if len(posts) != 1 || posts[0].Form.Get("channel") != "D1" {
		t.Errorf("DM over Socket Mode answered %d times (%+v), want once", len(posts), posts)
	}
}

func TestSocketModeNeedsAppToken(t *testing.T) {
	e := newEnv(t)
	if err := e.h.RunSocketMode(context.Background(), ""); err == nil {
		t.Fatal("RunSocketMode without a token succeeded")
	}
}
