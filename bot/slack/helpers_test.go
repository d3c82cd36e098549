package slack

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"mime"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/bot"
	"github.com/certpath/certpath/catalog"
	"github.com/certpath/certpath/session"
	"github.com/certpath/certpath/session/memory"
	"github.com/certpath/certpath/timeline"
)

const (
	testSecret   = "test-signing-secret"
	testBotToken = "xoxb-configured"
	testTeam     = "T1"
	testUser     = "U1"
)

// clock is a settable test clock shared by the handler, the turn runner
// and the store.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// apiCall is one request the fake Slack received.
type apiCall struct {
	Method string     // Web API method, or "response_url"
	Token  string     // bearer or form token ("" for response_url)
	Form   url.Values // form-encoded calls
	JSON   map[string]any
	// File is what was sent to an upload URL (Method "upload").
	File *uploaded
}

// uploaded is one file received on an upload URL.
type uploaded struct {
	ID, Name string
	Data     []byte
}

// scripted is a canned answer replacing the normal one, once.
type scripted struct {
	status int
	header map[string]string
	body   string
	// delay holds the call this long (or until the client gives up)
	// first: a hanging API. With status 0 the normal answer follows.
	delay time.Duration
}

// fakeSlack is an httptest Slack Web API (under /api/) and response_url
// host (under /response/) that records every call and answers like Slack.
type fakeSlack struct {
	t   testing.TB
	srv *httptest.Server

	mu     sync.Mutex
	calls  []apiCall
	script map[string][]scripted
	// socket, when set, plays Slack's side of a Socket Mode connection.
	socket func(conn *websocket.Conn)
	// admins are the users users.info reports as workspace admins.
	admins map[string]bool
	// files counts upload URLs handed out, for their ids.
	files int
}

// setAdmin makes users.info report user as a workspace admin.
func (f *fakeSlack) setAdmin(user string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.admins[user] = true
}

func (f *fakeSlack) serveSocket(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	play := f.socket
	f.mu.Unlock()
	// The Socket Mode client sends Origin: https://api.slack.com.
	up := websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}
	conn, err := up.Upgrade(w, r, nil)
	if err != nil {
		f.t.Errorf("fake slack: websocket upgrade: %v", err)
		return
	}
	defer conn.Close()
	if play != nil {
		play(conn)
	}
}

func newFakeSlack(t testing.TB) *fakeSlack {
	t.Helper()
	f := &fakeSlack{t: t, script: map[string][]scripted{}, admins: map[string]bool{}}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeSlack) apiURL() string { return f.srv.URL + "/api/" }

func (f *fakeSlack) responseURL(id string) string { return f.srv.URL + "/response/" + id }

// then makes the next call of method answer s instead.
func (f *fakeSlack) then(method string, s scripted) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.script[method] = append(f.script[method], s)
}

func (f *fakeSlack) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	c := apiCall{Method: strings.TrimPrefix(r.URL.Path, "/api/")}
	if strings.HasPrefix(r.URL.Path, "/response/") {
		c.Method = "response_url"
	}
	if r.URL.Path == "/ws" {
		f.serveSocket(w, r)
		return
	}
	if id, ok := strings.CutPrefix(r.URL.Path, "/upload/"); ok {
		c.Method = "upload"
		c.File = f.readUpload(r, body, id)
	} else if strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") && len(body) > 0 {
		if err := json.Unmarshal(body, &c.JSON); err != nil {
			f.t.Errorf("fake slack: %s: bad JSON: %v", c.Method, err)
		}
	} else {
		c.Form, _ = url.ParseQuery(string(body))
		c.Token = c.Form.Get("token")
	}
	if tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok {
		c.Token = tok
	}
	f.mu.Lock()
	f.calls = append(f.calls, c)
	var s *scripted
	if q := f.script[c.Method]; len(q) > 0 {
		s, f.script[c.Method] = &q[0], q[1:]
	}
	f.mu.Unlock()

	if s != nil && s.delay > 0 {
		t := time.NewTimer(s.delay)
		select {
		case <-t.C:
		case <-r.Context().Done():
			t.Stop()
			return
		}
	}
	if s != nil && s.status != 0 {
		for k, v := range s.header {
			w.Header().Set(k, v)
		}
		w.WriteHeader(s.status)
		_, _ = io.WriteString(w, s.body)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	switch c.Method {
	case "response_url":
		_, _ = io.WriteString(w, "ok")
	case "chat.postMessage":
		_ = json.NewEncoder(w).Encode(map[string]any{"ok": true, "channel": c.Form.Get("channel"), "ts": "1700000000.000100"})
	case "apps.connections.open":
		_ = json.NewEncoder(w).Encode(map[string]any{"ok": true, "url": "ws" + strings.TrimPrefix(f.srv.URL, "http") + "/ws"})
	case "upload":
		w.Header().Set("Content-Type", "text/plain")
		_, _ = io.WriteString(w, "OK - "+strconv.Itoa(len(c.File.Data)))
	case "chat.postEphemeral":
		_ = json.NewEncoder(w).Encode(map[string]any{"ok": true, "message_ts": "1700000000.000300"})
	case "conversations.open":
		// The app's DM with a user, named after them.
		_ = json.NewEncoder(w).Encode(map[string]any{"ok": true, "channel": map[string]any{"id": "D" + c.Form.Get("users")}})
	case "users.info":
		u := c.Form.Get("user")
		f.mu.Lock()
		admin := f.admins[u]
		f.mu.Unlock()
		_ = json.NewEncoder(w).Encode(map[string]any{"ok": true, "user": map[string]any{"id": u, "is_admin": admin}})
	case "files.getUploadURLExternal":
		f.mu.Lock()
		f.files++
		id := "F" + strconv.Itoa(f.files)
		f.mu.Unlock()
		_ = json.NewEncoder(w).Encode(map[string]any{"ok": true, "upload_url": f.srv.URL + "/upload/" + id, "file_id": id})
	case "files.completeUploadExternal":
		var files []map[string]any
		if err := json.Unmarshal([]byte(c.Form.Get("files")), &files); err != nil {
			f.t.Errorf("fake slack: files.completeUploadExternal: files %q: %v", c.Form.Get("files"), err)
		}
		_ = json.NewEncoder(w).Encode(map[string]any{"ok": true, "files": files})
	case "views.publish":
		_ = json.NewEncoder(w).Encode(map[string]any{"ok": true, "view": map[string]any{"id": "V1"}})
	case "oauth.v2.access":
		_ = json.NewEncoder(w).Encode(map[string]any{
			"ok": true, "access_token": "xoxb-installed", "token_type": "bot", "scope": botScopes,
			"bot_user_id": "UBOT2", "app_id": "A1", "team": map[string]any{"id": "T2", "name": "Team Two"},
			"is_enterprise_install": false,
		})
	default:
		_ = json.NewEncoder(w).Encode(map[string]any{"ok": false, "error": "unknown_method"})
	}
}

// readUpload reads the multipart file an upload URL receives.
func (f *fakeSlack) readUpload(r *http.Request, body []byte, id string) *uploaded {
	_, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil {
		f.t.Errorf("fake slack: upload: %v", err)
		return &uploaded{ID: id}
	}
	mr := multipart.NewReader(bytes.NewReader(body), params["boundary"])
	for {
		part, err := mr.NextPart()
		if err != nil {
			f.t.Errorf("fake slack: upload %s: no file part: %v", id, err)
			return &uploaded{ID: id}
		}
		if part.FormName() == "file" {
			data, _ := io.ReadAll(part)
			return &uploaded{ID: id, Name: part.FileName(), Data: data}
		}
	}
}

// Calls returns the calls so far, optionally only those of one method.
func (f *fakeSlack) Calls(method string) []apiCall {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []apiCall
	for _, c := range f.calls {
		if method == "" || c.Method == method {
			out = append(out, c)
		}
	}
	return out
}

// env is a Handler wired to the real advisor and catalog, a store, the
// fake Slack and a fixed clock.
type env struct {
	t     testing.TB
	h     *Handler
	mux   *http.ServeMux
	slack *fakeSlack
	store session.Store
	clock *clock
	conv  *bot.Conversations
}

func newEnv(t testing.TB, configure ...func(*Options)) *env {
	t.Helper()
	clk := &clock{t: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
	fs := newFakeSlack(t)
	store := session.Store(memory.NewWithClock(clk.Now))
	opts := Options{
		SigningSecret: testSecret,
		BotToken:      testBotToken,
		APIURL:        fs.apiURL(),
		HTTPClient:    fs.srv.Client(),
		Store:         store,
		Log:           slog.New(slog.NewTextHandler(io.Discard, nil)),
		Now:           clk.Now,
	}
	for _, c := range configure {
		c(&opts)
	}
	if opts.Drawer == nil {
		r, err := timeline.New()
		if err != nil {
			t.Fatalf("timeline: %v", err)
		}
		opts.Drawer = r
	}
	if opts.Conversations == nil {
		cat, err := catalog.Default()
		if err != nil {
			t.Fatalf("catalog: %v", err)
		}
		opts.Conversations = &bot.Conversations{
			Advisor: advisor.New(cat), Store: opts.Store, Now: clk.Now, Log: opts.Log,
		}
	}
	h, err := New(opts)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	mux := http.NewServeMux()
	h.Register(mux)
	return &env{t: t, h: h, mux: mux, slack: fs, store: opts.Store, clock: clk, conv: opts.Conversations}
}

// signedRequest builds a request signed the way Slack signs, at ts.
func signedRequest(method, path, contentType, body, secret string, ts time.Time) *http.Request {
	r := httptest.NewRequest(method, path, strings.NewReader(body))
	r.Header.Set("Content-Type", contentType)
	stamp := strconv.FormatInt(ts.Unix(), 10)
	r.Header.Set("X-Slack-Request-Timestamp", stamp)
	r.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(sign(secret, stamp, []byte(body))))
	return r
}

// do serves r and waits for the background work it started.
func (e *env) do(r *http.Request) *httptest.ResponseRecorder {
	e.t.Helper()
	return e.serve(e.t, r)
}

// serve is do reporting to t (a fuzz target's own T).
func (e *env) serve(t testing.TB, r *http.Request) *httptest.ResponseRecorder {
	t.Helper()
	w := httptest.NewRecorder()
	e.mux.ServeHTTP(w, r)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := e.h.Wait(ctx); err != nil {
		t.Fatalf("Wait: %v", err)
	}
	return w
}

func (e *env) command(text string) *httptest.ResponseRecorder {
	return e.do(signedRequest("POST", "/slack/commands", "application/x-www-form-urlencoded",
		commandBody(testTeam, testUser, text), testSecret, e.clock.Now()))
}

func (e *env) event(body string, header ...string) *httptest.ResponseRecorder {
	r := signedRequest("POST", "/slack/events", "application/json", body, testSecret, e.clock.Now())
	for i := 0; i+1 < len(header); i += 2 {
		r.Header.Set(header[i], header[i+1])
	}
	return e.do(r)
}

func (e *env) interaction(payload map[string]any) *httptest.ResponseRecorder {
	raw, err := json.Marshal(payload)
	if err != nil {
		e.t.Fatal(err)
	}
	body := url.Values{"payload": {string(raw)}}.Encode()
	return e.do(signedRequest("POST", "/slack/interactions", "application/x-www-form-urlencoded", body, testSecret, e.clock.Now()))
}

func commandBody(team, user, text string) string {
	return url.Values{
		"token": {"legacy"}, "team_id": {team}, "team_domain": {"example"}, "channel_id": {"C1"},
		"channel_name": {"general"}, "user_id": {user}, "user_name": {"ada"}, "command": {"/certpath"},
		"text": {text}, "response_url": {"https://hooks.slack.com/commands/T1/1/x"}, "trigger_id": {"1.2.3"},
	}.Encode()
}

// dmEvent is a message.im callback from user in team.
func dmEvent(eventID, team, user, text string, extra map[string]any) string {
	inner := map[string]any{
		"type": "message", "channel": "D1", "channel_type": "im", "user": user, "text": text,
		"ts": "1700000000.000001", "event_ts": "1700000000.000001",
	}
	for k, v := range extra {
		inner[k] = v
	}
	return callback(eventID, team, inner)
}

func callback(eventID, team string, inner map[string]any) string {
	raw, _ := json.Marshal(map[string]any{
		"token": "legacy", "team_id": team, "api_app_id": "A1", "type": "event_callback",
		"event_id": eventID, "event_time": 1700000000, "event": inner,
	})
	return string(raw)
}

// blockAction is an interaction payload for a click on actionID/value.
func blockAction(team, user, actionID, value, responseURL string) map[string]any {
	return map[string]any{
		"type": "block_actions", "team": map[string]any{"id": team}, "user": map[string]any{"id": user},
		"channel": map[string]any{"id": "C1"}, "response_url": responseURL, "trigger_id": "1.2.3",
		"container": map[string]any{"type": "message", "channel_id": "C1", "is_ephemeral": true},
		"actions":   []map[string]any{{"type": "button", "action_id": actionID, "value": value, "block_id": "b1"}},
	}
}

// failingStore is a store whose backing service is down.
type failingStore struct{}

var errDown = session.ErrUnavailable

func (failingStore) Load(context.Context, advisor.Key) (advisor.Session, error) {
	return advisor.Session{}, errDown
}
func (failingStore) Save(context.Context, *advisor.Session) error { return errDown }
func (failingStore) Delete(context.Context, advisor.Key) error    { return errDown }
func (failingStore) Claim(context.Context, string, time.Duration) (bool, error) {
	return false, errDown
}
func (failingStore) PutRecord(context.Context, string, string, []byte) error   { return errDown }
func (failingStore) GetRecord(context.Context, string, string) ([]byte, error) { return nil, errDown }
func (failingStore) DeleteRecord(context.Context, string, string) error        { return errDown }
func (failingStore) Ping(context.Context) error                                { return errDown }
func (failingStore) Schedule(context.Context, string, string, time.Time) error { return errDown }
func (failingStore) Unschedule(context.Context, string, string) error          { return errDown }
func (failingStore) Due(context.Context, string, time.Time) ([]string, error) {
	return nil, errDown
}
func (failingStore) SetGroup(context.Context, string, string, string) error { return errDown }
func (failingStore) GroupMembers(context.Context, string, string) ([]string, error) {
	return nil, errDown
}
func (failingStore) GroupSizes(context.Context, string) (map[string]int, error) {
	return nil, errDown
}
func (failingStore) Close() error { return nil }

// decode unmarshals a JSON body into a generic map.
func decode(t *testing.T, b []byte) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("decode %s: %v", b, err)
	}
	return m
}

// blocksOf returns the blocks of a form call (chat.postMessage sends them
// as a JSON string) or a JSON body.
func blocksOf(t *testing.T, c apiCall) []map[string]any {
	t.Helper()
	var raw []byte
	switch {
	case c.Form != nil:
		raw = []byte(c.Form.Get("blocks"))
	case c.JSON["blocks"] != nil:
		raw, _ = json.Marshal(c.JSON["blocks"])
	case c.JSON["view"] != nil:
		raw, _ = json.Marshal(c.JSON["view"].(map[string]any)["blocks"])
	}
	var out []map[string]any
	if len(bytes.TrimSpace(raw)) > 0 {
		if err := json.Unmarshal(raw, &out); err != nil {
			t.Fatalf("blocks %s: %v", raw, err)
		}
	}
	return out
}

// buttons lists action_id=value of every button/select option in blocks.
func buttons(blocks []map[string]any) map[string]string {
	out := map[string]string{}
	for _, b := range blocks {
		els, _ := b["elements"].([]any)
		for _, e := range els {
			el, _ := e.(map[string]any)
			id, _ := el["action_id"].(string)
			if id == "" {
				continue
			}
			v, _ := el["value"].(string)
			out[id] = v
		}
	}
	return out
}

// blocksText concatenates every text in blocks, for content assertions.
func blocksText(blocks []map[string]any) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(blocks)
	return b.String()
}
