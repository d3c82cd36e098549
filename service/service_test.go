package service_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/config"
	"github.com/certpath/certpath/service"
	"github.com/certpath/certpath/session/memory"
)

// fakeSlack answers the Web API methods a DM and a file upload need and
// records them.
type fakeSlack struct {
	mu    sync.Mutex
	calls []string
	texts []string
	forms []url.Values
	url   string // where the fake is served, for upload URLs
}

func (f *fakeSlack) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/upload" {
		f.mu.Lock()
		f.calls, f.texts, f.forms = append(f.calls, "upload"), append(f.texts, ""), append(f.forms, nil)
		f.mu.Unlock()
		w.Write([]byte("OK"))
		return
	}
	r.ParseForm()
	method := strings.TrimPrefix(r.URL.Path, "/")
	f.mu.Lock()
	f.calls = append(f.calls, method)
	f.texts = append(f.texts, r.Form.Get("text"))
	f.forms = append(f.forms, r.Form)
	f.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	switch method {
	case "conversations.open":
		w.Write([]byte(`{"ok":true,"channel":{"id":"D123"}}`))
	case "files.getUploadURLExternal":
		w.Write([]byte(`{"ok":true,"upload_url":"` + f.url + `/upload","file_id":"F1"}`))
	default:
		w.Write([]byte(`{"ok":true,"channel":"D123","ts":"1.2"}`))
	}
}

// TestServiceDrawsTimelines: the service gives the Slack adapter a
// renderer, so the picture a Timeline click asks for is drawn and
// uploaded with its alt text.
func TestServiceDrawsTimelines(t *testing.T) {
	api := &fakeSlack{}
	ts := httptest.NewServer(api)
	defer ts.Close()
	api.url = ts.URL

	var cfg config.Config
	cfg.Slack.SigningSecret = "secret"
	cfg.Slack.BotToken = "xoxb-test"
	cfg.Slack.APIURL = ts.URL + "/"
	svc, err := service.Build(context.Background(), cfg, service.Deps{Store: memory.New()})
	if err != nil {
		t.Fatal(err)
	}
	key := advisor.Key{Platform: "slack", Workspace: "T1", User: "U1"}
	ctx := context.Background()
	if _, err := svc.Conversations.Turn(ctx, key, advisor.Input{Text: "some python, no ML, data scientist, 5 hours a week, free"}); err != nil {
		t.Fatal(err)
	}
	reply, err := svc.Conversations.Turn(ctx, key, advisor.Input{Choice: advisor.TimelineChoice})
	if err != nil || len(reply.Files) != 1 {
		t.Fatalf("timeline turn: %d files, %v", len(reply.Files), err)
	}
	if err := svc.Slack.Send(ctx, key, reply); err != nil {
		t.Fatal(err)
	}
	api.mu.Lock()
	defer api.mu.Unlock()
	for i, c := range api.calls {
		if c == "files.getUploadURLExternal" {
			f := api.forms[i]
			if f.Get("filename") != advisor.TimelineFileName || !strings.HasPrefix(f.Get("alt_txt"), "Timeline of your certpath plan") {
				t.Errorf("upload of %q with alt text %q", f.Get("filename"), f.Get("alt_txt"))
			}
			return
		}
	}
	t.Errorf("no picture uploaded; calls %v", api.calls)
}

// TestWeeklyCheckInReachesSlack: a learner sets a weekly check-in through a
// turn; when it is due, the service's scheduler sends it as a Slack DM.
func TestWeeklyCheckInReachesSlack(t *testing.T) {
	api := &fakeSlack{}
	ts := httptest.NewServer(api)
	defer ts.Close()

	clock := time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC) // a Wednesday
	var mu sync.Mutex
	now := func() time.Time { mu.Lock(); defer mu.Unlock(); return clock }

	var cfg config.Config
	cfg.Slack.SigningSecret = "secret"
	cfg.Slack.BotToken = "xoxb-test"
	cfg.Slack.APIURL = ts.URL + "/"
	svc, err := service.Build(context.Background(), cfg, service.Deps{Store: memory.NewWithClock(now), Now: now})
	if err != nil {
		t.Fatal(err)
	}
	key := advisor.Key{Platform: "slack", Workspace: "T1", User: "U1"}
	ctx := context.Background()
	for _, text := range []string{"some python, no ML, data scientist, 5 hours a week, free", "remind weekly thursday 08:00 UTC"} {
		if _, err := svc.Conversations.Turn(ctx, key, advisor.Input{Text: text}); err != nil {
			t.Fatal(err)
		}
	}
	if res, err := svc.Scheduler.Tick(ctx); err != nil || res.Sent != 0 {
		t.Fatalf("before it is due: %+v, %v", res, err)
	}
	mu.Lock()
	clock = clock.Add(23*time.Hour + 5*time.Minute) // Thursday 08:05
	mu.Unlock()
	res, err := svc.Scheduler.Tick(ctx)
	if err != nil || res.Sent != 1 {
		t.Fatalf("when due: %+v, %v", res, err)
	}
	api.mu.Lock()
	defer api.mu.Unlock()
	if !strings.Contains(strings.Join(api.calls, " "), "chat.postMessage") {
		t.Errorf("no DM posted; calls %v", api.calls)
	}
	if res, _ := svc.Scheduler.Tick(ctx); res.Sent != 0 {
		t.Error("the same check-in was sent twice")
	}
}

func TestOpenStoreErrors(t *testing.T) {
	var cfg config.Config
	cfg.Store = "mongo"
	if _, err := service.OpenStore(context.Background(), cfg, nil); err == nil || !strings.Contains(err.Error(), "mongo") {
		t.Errorf("unknown store: %v", err)
	}
	cfg.Store = config.StoreRedis
	cfg.Redis.URL = "redis://127.0.0.1:1/0"
	start := time.Now()
	_, err := service.OpenStore(context.Background(), cfg, nil)
	if err == nil || !strings.Contains(err.Error(), "127.0.0.1:1") || time.Since(start) > 10*time.Second {
		t.Errorf("unreachable Redis: %v after %v", err, time.Since(start))
	}
}
