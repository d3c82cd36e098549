package discordtest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"

	"github.com/gorilla/websocket"
)

// Gateway op codes the fake speaks.
const (
	opDispatch     = 0
	opHeartbeat    = 1
	opIdentify     = 2
	opHello        = 10
	opHeartbeatAck = 11
)

// Identify is what a client sent in its IDENTIFY (op 2), minus the token.
type Identify struct {
	Intents    int     `json:"intents"`
	Shard      *[2]int `json:"shard"`
	HasToken   bool    `json:"-"`
	Properties struct {
		OS string `json:"os"`
	} `json:"properties"`
}

// Gateway is a fake Discord gateway: it says HELLO, reads IDENTIFY,
// dispatches READY as BotUserID, acknowledges heartbeats and dispatches
// whatever a test sends with Dispatch to every identified client.
type Gateway struct {
	*httptest.Server
	BotUserID string

	mu         sync.Mutex
	conns      map[*websocket.Conn]*sync.Mutex
	seq        int
	identifies []Identify
	identified chan struct{}
}

// NewGateway starts a fake gateway; Close it when done.
func NewGateway(botUserID string) *Gateway {
	g := &Gateway{BotUserID: botUserID, conns: map[*websocket.Conn]*sync.Mutex{}, identified: make(chan struct{})}
	g.Server = httptest.NewServer(http.HandlerFunc(g.serve))
	return g
}

// URL is the ws:// address to hand out from GET /api/v10/gateway.
func (g *Gateway) URL() string { return "ws" + strings.TrimPrefix(g.Server.URL, "http") }

// Identifies returns every IDENTIFY received so far.
func (g *Gateway) Identifies() []Identify {
	g.mu.Lock()
	defer g.mu.Unlock()
	return append([]Identify(nil), g.identifies...)
}

// AwaitReady waits until a client has identified and been sent READY.
func (g *Gateway) AwaitReady(ctx context.Context) error {
	g.mu.Lock()
	ch := g.identified
	g.mu.Unlock()
	select {
	case <-ch:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("discordtest: await ready: %w", ctx.Err())
	}
}

// Dispatch sends event t with data d (op 0) to every identified client.
func (g *Gateway) Dispatch(t string, d any) error {
	g.mu.Lock()
	g.seq++
	seq := g.seq
	conns := make(map[*websocket.Conn]*sync.Mutex, len(g.conns))
	for c, mu := range g.conns {
		conns[c] = mu
	}
	g.mu.Unlock()
	if len(conns) == 0 {
		return errors.New("discordtest: dispatch: no client connected")
	}
	for c, mu := range conns {
		if err := write(c, mu, map[string]any{"op": opDispatch, "t": t, "s": seq, "d": d}); err != nil {
			return fmt.Errorf("discordtest: dispatch %s: %w", t, err)
		}
	}
	return nil
}

func write(c *websocket.Conn, mu *sync.Mutex, v any) error {
	mu.Lock()
	defer mu.Unlock()
	return c.WriteJSON(v)
}

func (g *Gateway) serve(w http.ResponseWriter, r *http.Request) {
	up := websocket.Upgrader{}
	c, err := up.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	defer c.Close()
	mu := &sync.Mutex{}
	if write(c, mu, map[string]any{"op": opHello, "d": map[string]any{"heartbeat_interval": 45000}}) != nil {
		return
	}
	for {
		var frame struct {
			Op int             `json:"op"`
			D  json.RawMessage `json:"d"`
		}
		if err := c.ReadJSON(&frame); err != nil {
			g.drop(c)
			return
		}
		switch frame.Op {
		case opHeartbeat:
			if write(c, mu, map[string]any{"op": opHeartbeatAck}) != nil {
				g.drop(c)
				return
			}
		case opIdentify:
			var id Identify
			_ = json.Unmarshal(frame.D, &id)
			var tok struct {
				Token string `json:"token"`
			}
			_ = json.Unmarshal(frame.D, &tok)
			id.HasToken = tok.Token != ""
			g.mu.Lock()
			g.identifies = append(g.identifies, id)
			g.seq++
			seq := g.seq
			g.mu.Unlock()
			ready := map[string]any{
				"v":          10,
				"session_id": "fake-session",
				"user":       map[string]any{"id": g.BotUserID, "username": "certpath", "bot": true},
				"guilds":     []any{},
				"shard":      id.Shard,
			}
			if write(c, mu, map[string]any{"op": opDispatch, "t": "READY", "s": seq, "d": ready}) != nil {
				return
			}
			g.mu.Lock()
			g.conns[c] = mu
			select {
			case <-g.identified:
			default:
				close(g.identified)
			}
			g.mu.Unlock()
		}
	}
}

func (g *Gateway) drop(c *websocket.Conn) {
	g.mu.Lock()
	defer g.mu.Unlock()
	delete(g.conns, c)
}
