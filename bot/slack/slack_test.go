package slack

import (
	"context"
	"encoding/hex"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/slack-go/slack"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/bot"
	"github.com/certpath/certpath/session"
)

// Slack's published example ("Verifying requests from Slack"): using their
// vector, not one we signed ourselves, proves the base string is built
// exactly as Slack builds it.
const (
	vectorSecret    = "8f742231b10e8888abcd99yyyzzz85a5"
	vectorTimestamp = "1531420618"
	vectorBody      = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c"
	vectorSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"
)

func TestVerifySlackPublishedVector(t *testing.T) {
	if got := "v0=" + hex.EncodeToString(sign(vectorSecret, vectorTimestamp, []byte(vectorBody))); got != vectorSignature {
		t.Fatalf("sign = %s, want Slack's %s", got, vectorSignature)
	}
	at := time.Unix(1531420618, 0)
	header := http.Header{}
	header.Set("X-Slack-Request-Timestamp", vectorTimestamp)
	header.Set("X-Slack-Signature", vectorSignature)
	tests := []struct {
		name    string
		body    string
		now     time.Time
		secret  string
		wantErr bool
	}{
		{"as published", vectorBody, at.Add(30 * time.Second), vectorSecret, false},
		{"tampered body", strings.Replace(vectorBody, "roadrunner", "coyote", 1), at, vectorSecret, true},
		{"other secret", vectorBody, at, "8f742231b10e8888abcd99yyyzzz85a6", true},
		{"replayed after 5 minutes", vectorBody, at.Add(5*time.Minute + time.Second), vectorSecret, true},
		{"from the future", vectorBody, at.Add(-5*time.Minute - time.Second), vectorSecret, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := verify(header, []byte(tt.body), tt.secret, tt.now)
			if (err != nil) != tt.wantErr {
				t.Fatalf("verify = %v, wantErr %v", err, tt.wantErr)
			}
		})
	}
}

func TestRefusedRequestsProcessNothing(t *testing.T) {
	body := commandBody(testTeam, testUser, "backend dev, never touched ML, want to do MLOps, 6h a week, can't pay")
	tests := []struct {
		name   string
		path   string
		req    func(now time.Time) *http.Request
		status int
	}{
		{"forged command", "/slack/commands", func(now time.Time) *http.Request {
			return signedRequest("POST", "/slack/commands", "application/x-www-form-urlencoded", body, "not-the-secret", now)
		}, http.StatusUnauthorized},
		{"tampered command", "/slack/commands", func(now time.Time) *http.Request {
			r := signedRequest("POST", "/slack/commands", "application/x-www-form-urlencoded", body, testSecret, now)
			tampered := strings.Replace(body, "U1", "U2", 1)
			r.Body, r.ContentLength = io.NopCloser(strings.NewReader(tampered)), int64(len(tampered))
			return r
		}, http.StatusUnauthorized},
		{"stale command", "/slack/commands", func(now time.Time) *http.Request {
			return signedRequest("POST", "/slack/commands", "application/x-www-form-urlencoded", body, testSecret, now.Add(-6*time.Minute))
		}, http.StatusUnauthorized},
		{"unsigned command", "/slack/commands", func(now time.Time) *http.Request {
			r := signedRequest("POST", "/slack/commands", "application/x-www-form-urlencoded", body, testSecret, now)
			r.Header.Del("X-Slack-Signature")
			return r
		}, http.StatusUnauthorized},
		{"malformed signature", "/slack/commands", func(now time.Time) *http.Request {
			r := signedRequest("POST", "/slack/commands", "application/x-www-form-urlencoded", body, testSecret, now)
			r.Header.Set("X-Slack-Signature", "v1=zz")
			return r
		}, http.StatusUnauthorized},
		{"forged event", "/slack/events", func(now time.Time) *http.Request {
			return signedRequest("POST", "/slack/events", "application/json", dmEvent("Ev1", testTeam, testUser, "hi", nil), "nope", now)
		}, http.StatusUnauthorized},
		{"stale event", "/slack/events", func(now time.Time) *http.Request {
			return signedRequest("POST", "/slack/events", "application/json", dmEvent("Ev1", testTeam, testUser, "hi", nil), testSecret, now.Add(-time.Hour))
		}, http.StatusUnauthorized},
		{"forged interaction", "/slack/interactions", func(now time.Time) *http.Request {
			return signedRequest("POST", "/slack/interactions", "application/x-www-form-urlencoded", "payload=%7B%7D", "nope", now)
		}, http.StatusUnauthorized},
		{"oversized command", "/slack/commands", func(now time.Time) *http.Request {
			return signedRequest("POST", "/slack/commands", "application/x-www-form-urlencoded",
				commandBody(testTeam, testUser, strings.Repeat("x", maxBody)), testSecret, now)
		}, http.StatusRequestEntityTooLarge},
		{"oversized event", "/slack/events", func(now time.Time) *http.Request {
			return signedRequest("POST", "/slack/events", "application/json",
				dmEvent("Ev1", testTeam, testUser, strings.Repeat("x", maxBody), nil), testSecret, now)
		}, http.StatusRequestEntityTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t)
			w := e.do(tt.req(e.clock.Now()))
			if w.Code != tt.status {
				t.Fatalf("status = %d, want %d (%s)", w.Code, tt.status, w.Body)
			}
			if calls := e.slack.Calls(""); len(calls) != 0 {
				t.Errorf("refused request reached Slack: %+v", calls)
			}
			if _, err := e.store.Load(context.Background(), keyOf("", testTeam, testUser)); !errors.Is(err, session.ErrNotFound) {
				t.Errorf("refused request touched the session: %v", err)
			}
		})
	}
}

func TestSlashCommandFAQAnswer(t *testing.T) {
	e := newEnv(t)
	w := e.command("how much does a coursera certificate cost")
	if w.Code != http.StatusOK {
		t.Fatalf("status = %d: %s", w.Code, w.Body)
	}
	msg := decode(t, w.Body.Bytes())
	if msg["response_type"] != "ephemeral" {
		t.Errorf("response_type = %v, want ephemeral", msg["response_type"])
	}
	text, _ := msg["text"].(string)
	if !strings.Contains(text, "$49") || !strings.Contains(text, "$79") {
		t.Errorf("text %q lacks the monthly price range $49–$79", text)
	}
	if len(e.slack.Calls("")) != 0 {
		t.Errorf("a slash command answered inline must not call Slack: %+v", e.slack.Calls(""))
	}
}

func TestSlashCommandStartsInterviewWithButtons(t *testing.T) {
	e := newEnv(t)
	w := e.command("")
	msg := decode(t, w.Body.Bytes())
	if msg["response_type"] != "ephemeral" {
		t.Errorf("response_type = %v, want ephemeral", msg["response_type"])
	}
	blocks := blocksOf(t, apiCall{JSON: msg})
	got := buttons(blocks)
	for _, want := range []string{"programming=none", "programming=some", "programming=professional"} {
		if !containsValue(got, want) {
			t.Errorf("buttons %v lack value %q", got, want)
		}
	}
}

func containsValue(m map[string]string, v string) bool {
	for _, x := range m {
		if x == v {
			return true
		}
	}
	return false
}

const wholeProfile = "backend dev, never touched ML, want to do MLOps, 6h a week, can't pay"

func TestDirectMessageWithWholeProfileGetsPlanOnce(t *testing.T) {
	e := newEnv(t)
	body := dmEvent("Ev100", testTeam, testUser, wholeProfile, nil)
	if w := e.event(body); w.Code != http.StatusOK {
		t.Fatalf("status = %d", w.Code)
	}
	// Slack retries the same event when it thinks we were too slow.
	if w := e.event(body, "X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"); w.Code != http.StatusOK {
		t.Fatalf("retry status = %d", w.Code)
	}
	posts := e.slack.Calls("chat.postMessage")
	if len(posts) != 1 {
		t.Fatalf("chat.postMessage calls = %d, want exactly 1", len(posts))
	}
	p := posts[0]
	if p.Form.Get("channel") != "D1" || p.Token != testBotToken {
		t.Errorf("posted to %q with token %q, want D1 with the configured bot token", p.Form.Get("channel"), p.Token)
	}
	blocks := blocksOf(t, p)
	if !hasBlock(blocks, "header") || !strings.Contains(blocksText(blocks), "Your certificate plan") {
		t.Errorf("blocks do not hold the plan: %s", blocksText(blocks))
	}
	if !strings.Contains(p.Form.Get("text"), "Total:") {
		t.Errorf("fallback text %q is not the plan text", p.Form.Get("text"))
	}
	s, err := e.store.Load(context.Background(), keyOf("", testTeam, testUser))
	if err != nil || s.Plan == nil || s.Profile.Goal != advisor.GoalMLOps {
		t.Errorf("session after DM = %+v, %v; want a MLOps plan", s.Profile, err)
	}
}

func TestIgnoredMessages(t *testing.T) {
	tests := []struct {
		name  string
		body  string
		extra []string
	}{
		{"bot message", dmEvent("Ev1", testTeam, testUser, wholeProfile, map[string]any{"bot_id": "B1"}), nil},
		{"bot subtype", dmEvent("Ev2", testTeam, "", wholeProfile, map[string]any{"subtype": "bot_message", "bot_id": "B1"}), nil},
		{"edited message", dmEvent("Ev3", testTeam, testUser, wholeProfile, map[string]any{"subtype": "message_changed"}), nil},
		{"channel message", dmEvent("Ev4", testTeam, testUser, wholeProfile, map[string]any{"channel_type": "channel"}), nil},
		{"unknown event type", callback("Ev5", testTeam, map[string]any{"type": "certpath_unheard_of"}), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t)
			if w := e.event(tt.body); w.Code != http.StatusOK {
				t.Fatalf("status = %d, want 200 (ack, so Slack does not retry)", w.Code)
			}
			if calls := e.slack.Calls(""); len(calls) != 0 {
				t.Errorf("ignored event produced calls: %+v", calls)
			}
		})
	}
}

func TestURLVerification(t *testing.T) {
	e := newEnv(t)
	w := e.event(`{"token":"legacy","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}`)
	if w.Code != http.StatusOK || w.Body.String() != "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" {
		t.Fatalf("url_verification = %d %q", w.Code, w.Body)
	}
}

func TestAppMentionAnswersInThread(t *testing.T) {
	e := newEnv(t)
	body := callback("Ev7", testTeam, map[string]any{
		"type": "app_mention", "user": testUser, "text": "<@UBOT> how much does a coursera certificate cost",
		"ts": "1700000000.000200", "channel": "C9", "event_ts": "1700000000.000200",
	})
	e.event(body)
	posts := e.slack.Calls("chat.postMessage")
	if len(posts) != 1 {
		t.Fatalf("chat.postMessage calls = %d, want 1", len(posts))
	}
	if got := posts[0].Form.Get("thread_ts"); got != "1700000000.000200" {
		t.Errorf("thread_ts = %q, want the mention's ts", got)
	}
	if got := posts[0].Form.Get("channel"); got != "C9" {
		t.Errorf("channel = %q, want C9", got)
	}
	if b := buttons(blocksOf(t, posts[0])); len(b) != 0 {
		t.Errorf("a public thread reply has buttons: %v", b)
	}
}

func TestStripMentions(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<@UBOT> what is mlops?", "what is mlops?"},
		{"hey <@UBOT|certpath>   plan", "hey plan"},
		{"<@UBOT>", ""},
		{"no mention", "no mention"},
		{"broken <@UBOT", "broken <@UBOT"},
	}
	for _, tt := range tests {
		if got := stripMentions(tt.in); got != tt.want {
			t.Errorf("stripMentions(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAppHomeShowsPlan(t *testing.T) {
	e := newEnv(t)
	home := callback("Ev9", testTeam, map[string]any{"type": "app_home_opened", "user": testUser, "channel": "D1", "tab": "home", "event_ts": "1"})
	e.event(home)
	e.event(dmEvent("Ev10", testTeam, testUser, wholeProfile, nil))
	e.event(strings.Replace(home, "Ev9", "Ev11", 1))

	views := e.slack.Calls("views.publish")
	if len(views) != 2 {
		t.Fatalf("views.publish calls = %d, want 2", len(views))
	}
	for _, v := range views {
		if v.JSON["user_id"] != testUser || v.Token != testBotToken {
			t.Errorf("views.publish for %v with token %q", v.JSON["user_id"], v.Token)
		}
		if v.JSON["view"].(map[string]any)["type"] != "home" {
			t.Errorf("view type = %v, want home", v.JSON["view"])
		}
	}
	if text := blocksText(blocksOf(t, views[0])); strings.Contains(text, "Your certificate plan") {
		t.Errorf("home before any answer shows a plan: %s", text)
	}
	if text := blocksText(blocksOf(t, views[1])); !strings.Contains(text, "Your certificate plan") {
		t.Errorf("home after the profile lacks the plan: %s", text)
	}
}

func TestClickAdvancesInterview(t *testing.T) {
	e := newEnv(t)
	first := blocksOf(t, apiCall{JSON: decode(t, e.command("").Body.Bytes())})
	var actionID string
	for id, v := range buttons(first) {
		if v == "programming=professional" {
			actionID = id
		}
	}
	if actionID == "" {
		t.Fatalf("no button for programming=professional in %v", buttons(first))
	}
	w := e.interaction(blockAction(testTeam, testUser, actionID, "programming=professional", e.slack.responseURL("1")))
	if w.Code != http.StatusOK || w.Body.Len() != 0 {
		t.Fatalf("click ack = %d %q, want an empty 200", w.Code, w.Body)
	}
	resp := e.slack.Calls("response_url")
	if len(resp) != 1 {
		t.Fatalf("response_url calls = %d, want 1", len(resp))
	}
	if resp[0].JSON["replace_original"] != true {
		t.Errorf("replace_original = %v, want true", resp[0].JSON["replace_original"])
	}
	if !containsValue(buttons(blocksOf(t, resp[0])), "ml=none") {
		t.Errorf("updated message does not ask the ML question: %s", blocksText(blocksOf(t, resp[0])))
	}
	s, err := e.store.Load(context.Background(), keyOf("", testTeam, testUser))
	if err != nil || s.Profile.Programming != advisor.ProgrammingProfessional {
		t.Errorf("profile after click = %+v, %v", s.Profile, err)
	}
}

func TestStartOverButtonRestarts(t *testing.T) {
	e := newEnv(t)
	e.event(dmEvent("Ev20", testTeam, testUser, wholeProfile, nil))
	e.interaction(blockAction(testTeam, testUser, actionRestart, restartChoice, e.slack.responseURL("2")))
	s, err := e.store.Load(context.Background(), keyOf("", testTeam, testUser))
	if err != nil {
		t.Fatal(err)
	}
	if s.Plan != nil || !s.Profile.IsZero() {
		t.Errorf("after Start over: profile %+v, plan %v; want both cleared", s.Profile, s.Plan != nil)
	}
}

func TestShareInChannel(t *testing.T) {
	tests := []struct {
		name       string
		postFails  string // chat.postMessage error, if any
		wantPublic string // "chat.postMessage" or "response_url"
	}{
		{"bot in channel", "", "chat.postMessage"},
		{"bot not in channel", "not_in_channel", "response_url"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t)
			e.event(dmEvent("Ev30", testTeam, testUser, wholeProfile, nil))
			if tt.postFails != "" {
				e.slack.then("chat.postMessage", scripted{status: 200, body: `{"ok":false,"error":"` + tt.postFails + `"}`})
			}
			e.interaction(blockAction(testTeam, testUser, actionShare, actionShare, e.slack.responseURL("3")))

			var public apiCall
			switch tt.wantPublic {
			case "chat.postMessage":
				posts := e.slack.Calls("chat.postMessage")
				if len(posts) != 2 || posts[1].Form.Get("channel") != "C1" {
					t.Fatalf("share posts = %+v, want a second post to C1", posts)
				}
				public = posts[1]
			case "response_url":
				resp := e.slack.Calls("response_url")
				if len(resp) != 1 || resp[0].JSON["response_type"] != "in_channel" {
					t.Fatalf("fallback = %+v, want one in_channel response", resp)
				}
				public = resp[0]
			}
			blocks := blocksOf(t, public)
			if !strings.Contains(blocksText(blocks), "Your certificate plan") || !strings.Contains(blocksText(blocks), "<@"+testUser+">") {
				t.Errorf("shared message lacks the plan or who shared it: %s", blocksText(blocks))
			}
			if b := buttons(blocks); len(b) != 0 {
				t.Errorf("shared plan has buttons: %v", b)
			}
		})
	}
}

func TestShareWithoutPlanAnswersPrivately(t *testing.T) {
	e := newEnv(t)
	e.interaction(blockAction(testTeam, testUser, actionShare, actionShare, e.slack.responseURL("4")))
	if posts := e.slack.Calls("chat.postMessage"); len(posts) != 0 {
		t.Fatalf("shared without a plan: %+v", posts)
	}
	resp := e.slack.Calls("response_url")
	if len(resp) != 1 || resp[0].JSON["response_type"] != "ephemeral" {
		t.Fatalf("response_url = %+v, want one ephemeral answer", resp)
	}
}

func TestStoreFailureTellsUserToTryAgain(t *testing.T) {
	e := newEnv(t, func(o *Options) { o.Store = failingStore{} })
	w := e.command("plan")
	if w.Code != http.StatusOK {
		t.Fatalf("status = %d, want 200 with a friendly reply, not a 5xx", w.Code)
	}
	if text := decode(t, w.Body.Bytes())["text"]; text != bot.TryAgainText {
		t.Errorf("text = %q, want TryAgainText", text)
	}
	e.event(dmEvent("Ev40", testTeam, testUser, wholeProfile, nil))
	posts := e.slack.Calls("chat.postMessage")
	if len(posts) != 1 || posts[0].Form.Get("text") != bot.TryAgainText {
		t.Fatalf("DM with the store down = %+v, want one TryAgainText post", posts)
	}
	if posts[0].Token != testBotToken {
		t.Errorf("token = %q, want the configured token when installations cannot be read", posts[0].Token)
	}
}

func TestRateLimitedPostIsRetried(t *testing.T) {
	e := newEnv(t)
	e.slack.then("chat.postMessage", scripted{status: http.StatusTooManyRequests, header: map[string]string{"Retry-After": "0"}})
	e.event(dmEvent("Ev50", testTeam, testUser, "help", nil))
	posts := e.slack.Calls("chat.postMessage")
	if len(posts) != 2 {
		t.Fatalf("chat.postMessage calls = %d, want 2 (429, then the retry)", len(posts))
	}
}

func TestRateLimitWaitIsBoundedByContext(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	calls := 0
	start := time.Now()
	err := retry(ctx, func(context.Context) error { calls++; return &slack.RateLimitedError{RetryAfter: time.Hour} })
	if err == nil || calls != 1 || time.Since(start) > 5*time.Second {
		t.Fatalf("retry = %v after %d calls in %s; want to give up at the deadline", err, calls, time.Since(start))
	}
}

func TestOAuthInstallRoundTrip(t *testing.T) {
	e := newEnv(t, func(o *Options) {
		o.ClientID, o.ClientSecret, o.PublicURL = "123.456", "client-secret", "https://certpath.example.com"
	})
	install := e.do(httpRequest("GET", "/slack/install"))
	if install.Code != http.StatusFound {
		t.Fatalf("install = %d", install.Code)
	}
	loc, err := url.Parse(install.Header().Get("Location"))
	if err != nil || loc.Host != "slack.com" || loc.Path != "/oauth/v2/authorize" {
		t.Fatalf("redirect to %v", loc)
	}
	q := loc.Query()
	if q.Get("client_id") != "123.456" || q.Get("scope") != botScopes ||
		q.Get("redirect_uri") != "https://certpath.example.com/slack/oauth/callback" || q.Get("state") == "" {
		t.Fatalf("authorize query = %v", q)
	}
	cookies := install.Result().Cookies()
	if len(cookies) != 1 || cookies[0].Value != q.Get("state") || !cookies[0].HttpOnly || !cookies[0].Secure {
		t.Fatalf("state cookie = %+v", cookies)
	}
	callback := func(state string, withCookie bool) *http.Request {
		r := httpRequest("GET", "/slack/oauth/callback?"+url.Values{"code": {"code-1"}, "state": {state}}.Encode())
		if withCookie {
			r.AddCookie(&http.Cookie{Name: stateCookie, Value: state})
		}
		return r
	}
	forged := q.Get("state")[:len(q.Get("state"))-4] + "0000"
	refused := []struct {
		name string
		req  *http.Request
	}{
		{"forged state", callback(forged, true)},
		{"state from another browser", callback(q.Get("state"), false)},
	}
	for _, tt := range refused {
		if w := e.do(tt.req); w.Code != http.StatusForbidden {
			t.Errorf("%s: status %d, want 403", tt.name, w.Code)
		}
	}
	if calls := e.slack.Calls("oauth.v2.access"); len(calls) != 0 {
		t.Fatalf("refused callbacks exchanged the code: %+v", calls)
	}

	if w := e.do(callback(q.Get("state"), true)); w.Code != http.StatusOK {
		t.Fatalf("callback = %d %s", w.Code, w.Body)
	}
	ex := e.slack.Calls("oauth.v2.access")
	if len(ex) != 1 || ex[0].Form.Get("code") != "code-1" || ex[0].Form.Get("client_id") != "123.456" ||
		ex[0].Form.Get("redirect_uri") != "https://certpath.example.com/slack/oauth/callback" {
		t.Fatalf("oauth.v2.access = %+v", ex)
	}
	raw, err := e.store.GetRecord(context.Background(), installationKind, "T2")
	if err != nil || !strings.Contains(string(raw), "xoxb-installed") {
		t.Fatalf("installation record = %s, %v", raw, err)
	}

	// The installed workspace is answered with its own token; others
	// still get the configured one.
	e.event(dmEvent("Ev60", "T2", "U9", "help", nil))
	e.event(dmEvent("Ev61", testTeam, testUser, "help", nil))
	posts := e.slack.Calls("chat.postMessage")
	if len(posts) != 2 || posts[0].Token != "xoxb-installed" || posts[1].Token != testBotToken {
		t.Fatalf("tokens used = %q, want the installed token for T2 and the configured one for T1", []string{posts[0].Token, posts[1].Token})
	}
}

func TestOAuthStateExpires(t *testing.T) {
	e := newEnv(t, func(o *Options) {
		o.ClientID, o.ClientSecret, o.PublicURL = "123.456", "client-secret", "https://certpath.example.com"
	})
	state, err := e.h.newState()
	if err != nil {
		t.Fatal(err)
	}
	if err := e.h.checkState(state); err != nil {
		t.Fatalf("fresh state refused: %v", err)
	}
	e.clock.Add(stateTTL + time.Second)
	if err := e.h.checkState(state); err == nil {
		t.Fatal("expired state accepted")
	}
}

func TestEnterpriseWorkspaceKeysAndOrgInstall(t *testing.T) {
	e := newEnv(t, func(o *Options) { o.BotToken = "" })
	ctx := context.Background()
	if err := e.store.PutRecord(ctx, installationKind, "E1:", []byte(`{"enterprise_id":"E1","bot_token":"xoxb-org"}`)); err != nil {
		t.Fatal(err)
	}
	tok, err := e.h.token(ctx, workspaceOf("E1", "T5"))
	if err != nil || tok != "xoxb-org" {
		t.Fatalf("token for E1:T5 = %q, %v; want the org-wide install", tok, err)
	}
	if _, err := e.h.token(ctx, "T7"); !errors.Is(err, errNoToken) {
		t.Fatalf("token for an uninstalled workspace = %v, want errNoToken", err)
	}
	if k := keyOf("E1", "T5", "U1"); k.Workspace != "E1:T5" || k.Channel != "" || k.Platform != "slack" {
		t.Errorf("keyOf = %+v", k)
	}
}

func TestNewValidatesOptions(t *testing.T) {
	base := func() Options {
		return Options{SigningSecret: "s", Conversations: &bot.Conversations{}, Store: failingStore{}}
	}
	tests := []struct {
		name   string
		mutate func(*Options)
		ok     bool
	}{
		{"minimal", func(*Options) {}, true},
		{"no secret", func(o *Options) { o.SigningSecret = "" }, false},
		{"no conversations", func(o *Options) { o.Conversations = nil }, false},
		{"no store", func(o *Options) { o.Store = nil }, false},
		{"client id without secret", func(o *Options) { o.ClientID = "1" }, false},
		{"oauth without public url", func(o *Options) { o.ClientID, o.ClientSecret = "1", "2" }, false},
		{"api url without slash", func(o *Options) { o.APIURL = "http://localhost:1/api" }, false},
		{"oauth", func(o *Options) { o.ClientID, o.ClientSecret, o.PublicURL = "1", "2", "https://x" }, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := base()
			tt.mutate(&o)
			_, err := New(o)
			if (err == nil) != tt.ok {
				t.Fatalf("New = %v, want ok=%v", err, tt.ok)
			}
		})
	}
}

func TestWaitHonoursContext(t *testing.T) {
	e := newEnv(t)
	release := make(chan struct{})
	e.h.goBackground(context.Background(), func(context.Context) { <-release })
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	if err := e.h.Wait(ctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Wait with a pending reply = %v, want the deadline", err)
	}
	close(release)
	if err := e.h.Wait(context.Background()); err != nil {
		t.Fatalf("Wait after the reply = %v", err)
	}
}

func hasBlock(blocks []map[string]any, typ string) bool {
	for _, b := range blocks {
		if b["type"] == typ {
			return true
		}
	}
	return false
}

func httpRequest(method, target string) *http.Request {
	return httptest.NewRequest(method, target, nil)
}

// An unclear question gets "Did you mean" with the topics as buttons;
// clicking one answers that topic.
func TestDidYouMeanButtonsAnswerTheTopic(t *testing.T) {
	e := newEnv(t)
	blocks := blocksOf(t, apiCall{JSON: decode(t, e.command("do i have to pay").Body.Bytes())})
	got := buttons(blocks)
	text := blocksText(blocks)
	if !strings.Contains(text, "Did you mean") || strings.Contains(text, "Back to your plan") {
		t.Errorf("clarifying reply reads %s", text)
	}
	var actionID string
	for id, v := range got {
		if !strings.HasPrefix(v, "ask=") {
			t.Errorf("button %s=%q is not a topic; the topics must not be offered twice", id, v)
		}
		if v == "ask=free" {
			actionID = id
		}
	}
	if actionID == "" || len(got) < 2 {
		t.Fatalf("buttons %v: want one per topic, including ask=free", got)
	}
	e.interaction(blockAction(testTeam, testUser, actionID, "ask=free", e.slack.responseURL("1")))
	resp := e.slack.Calls("response_url")
	if len(resp) != 1 {
		t.Fatalf("response_url calls = %d, want 1", len(resp))
	}
	answer, _ := resp[0].JSON["text"].(string)
	if !strings.Contains(strings.ToLower(answer), "audit") {
		t.Errorf("clicking the free topic answered %q, want the free-audit answer", answer)
	}
}
