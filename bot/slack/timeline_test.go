package slack

import (
	"bytes"
	"context"
	"errors"
	"image/png"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/bot"
	"github.com/certpath/certpath/internal/drawtest"
	"github.com/certpath/certpath/timeline"
)

// checkPicture asserts that an upload is the timeline of plan as of now,
// announced with its alt text.
func checkPicture(t *testing.T, url apiCall, data []byte, plan *advisor.Plan, now time.Time) {
	t.Helper()
	if got := url.Form.Get("filename"); got != advisor.TimelineFileName {
		t.Errorf("picture uploaded as %q", got)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("uploaded picture is not a PNG: %v", err)
	}
	if img.Bounds().Dx() != timeline.Width {
		t.Errorf("picture is %v, want %d px wide", img.Bounds(), timeline.Width)
	}
	want := timeline.Alt(plan, now)
	if got := url.Form.Get("alt_txt"); got != want || !strings.Contains(got, plan.Steps[0].Title) {
		t.Errorf("alt_txt = %q, want %q", got, want)
	}
}

func TestPlanReplyOffersTimeline(t *testing.T) {
	e := newEnv(t)
	e.event(dmEvent("EvT1", testTeam, testUser, wholeProfile, nil))
	posts := e.slack.Calls("chat.postMessage")
	if len(posts) != 1 {
		t.Fatalf("posts = %d, want the plan", len(posts))
	}
	if v := buttons(blocksOf(t, posts[0]))[actionTimeline]; v != advisor.TimelineChoice {
		t.Errorf("plan reply's Timeline button = %q, want value %q", v, advisor.TimelineChoice)
	}
	// Nothing is drawn until asked for.
	if n := len(e.slack.Calls("files.getUploadURLExternal")); n != 0 {
		t.Errorf("%d uploads before the button was clicked", n)
	}
}

// The click goes through the real interaction endpoint; the picture
// reaches the DM through the fake Web API's upload flow.
func TestTimelineButtonSendsPictureToDM(t *testing.T) {
	e := newEnv(t)
	e.event(dmEvent("EvT2", testTeam, testUser, wholeProfile, nil))
	e.interaction(blockAction(testTeam, testUser, actionTimeline, advisor.TimelineChoice, e.slack.responseURL("tl")))

	urls, ups := e.slack.Calls("files.getUploadURLExternal"), e.slack.Calls("upload")
	if len(urls) != 1 || len(ups) != 1 {
		t.Fatalf("upload URLs %d, uploads %d; want the picture alone", len(urls), len(ups))
	}
	checkUploaded(t, e.slack, "D"+testUser, []advisor.File{{Name: advisor.TimelineFileName, Data: ups[0].File.Data}})
	s, err := e.store.Load(context.Background(), keyOf("", testTeam, testUser))
	if err != nil || s.Plan == nil {
		t.Fatalf("session: %v", err)
	}
	checkPicture(t, urls[0], ups[0].File.Data, s.Plan, e.clock.Now())

	// The clicked message becomes the plan again, saying where the
	// picture went.
	resp := e.slack.Calls("response_url")
	if len(resp) != 1 || resp[0].JSON["replace_original"] != true {
		t.Fatalf("response_url = %+v, want the message replaced", resp)
	}
	text := blocksText(blocksOf(t, resp[0]))
	for _, want := range []string{"timeline picture", "Your certificate plan", filesToDMNote} {
		if !strings.Contains(text, want) {
			t.Errorf("updated message lacks %q: %s", want, text)
		}
	}
}

func TestTimelineTypedInDM(t *testing.T) {
	e := newEnv(t)
	e.event(dmEvent("EvT3", testTeam, testUser, wholeProfile, nil))
	e.event(dmEvent("EvT4", testTeam, testUser, "timeline", nil))
	ups := e.slack.Calls("upload")
	if len(ups) != 1 {
		t.Fatalf("uploads = %d, want the picture", len(ups))
	}
	checkUploaded(t, e.slack, "D1", []advisor.File{{Name: advisor.TimelineFileName, Data: ups[0].File.Data}})
}

// failingDrawer stands for a renderer that breaks.
type failingDrawer struct{}

func (failingDrawer) Draw(advisor.Picture, *advisor.Plan, time.Time) ([]byte, string, error) {
	return nil, "", errors.New("renderer exploded")
}

// A picture that cannot be drawn never costs the learner the text reply
// or the other files; they are told, and never the cause.
func TestDrawFailureKeepsTheReply(t *testing.T) {
	broken := func(o *Options) { o.Drawer = failingDrawer{} }
	t.Run("timeline button", func(t *testing.T) {
		e := newEnv(t, broken)
		e.event(dmEvent("EvF1", testTeam, testUser, wholeProfile, nil))
		e.interaction(blockAction(testTeam, testUser, actionTimeline, advisor.TimelineChoice, e.slack.responseURL("f")))
		resp := e.slack.Calls("response_url")
		if len(resp) != 2 {
			t.Fatalf("response_url calls = %d, want the plan and the note", len(resp))
		}
		if !strings.Contains(blocksText(blocksOf(t, resp[0])), "Your certificate plan") {
			t.Errorf("the text reply is missing: %v", resp[0].JSON)
		}
		if resp[1].JSON["text"] != bot.PictureFailedText || resp[1].JSON["response_type"] != "ephemeral" {
			t.Errorf("note = %v, want the friendly sentence, ephemeral", resp[1].JSON)
		}
		if n := len(e.slack.Calls("upload")); n != 0 {
			t.Errorf("uploads = %d, want none", n)
		}
	})
	t.Run("export in DM", func(t *testing.T) {
		e := newEnv(t, broken)
		e.event(dmEvent("EvF2", testTeam, testUser, wholeProfile, nil))
		e.event(dmEvent("EvF3", testTeam, testUser, "export", nil))
		ups := e.slack.Calls("upload")
		if len(ups) != 2 || ups[0].File.Name != advisor.MarkdownFileName || ups[1].File.Name != advisor.ICSFileName {
			t.Fatalf("uploads = %+v, want the .md and the .ics", ups)
		}
		posts := e.slack.Calls("chat.postMessage")
		if len(posts) != 3 {
			t.Fatalf("posts = %d, want plan, export reply and the note", len(posts))
		}
		if note := posts[2].Form.Get("text"); note != bot.PictureFailedText || posts[2].Form.Get("channel") != "D1" {
			t.Errorf("note = %q in %s", note, posts[2].Form.Get("channel"))
		}
		if strings.Contains(posts[1].Form.Get("text"), "exploded") || strings.Contains(posts[2].Form.Get("text"), "exploded") {
			t.Errorf("the cause reached the learner")
		}
	})
	t.Run("mention", func(t *testing.T) {
		e := newEnv(t, broken)
		e.event(dmEvent("EvF4", testTeam, testUser, wholeProfile, nil))
		e.event(callback("EvF5", testTeam, map[string]any{
			"type": "app_mention", "user": testUser, "text": "<@UBOT> timeline", "ts": "1700000000.000200", "channel": "C9",
		}))
		posts := e.slack.Calls("chat.postMessage")
		if len(posts) != 3 || posts[1].Form.Get("channel") != "C9" {
			t.Fatalf("posts = %+v, want the plan, the thread reply and the note", posts)
		}
		if posts[2].Form.Get("channel") != "D"+testUser || posts[2].Form.Get("text") != bot.PictureFailedText {
			t.Errorf("note = %q in %s, want it in the DM", posts[2].Form.Get("text"), posts[2].Form.Get("channel"))
		}
	})
}

// The slash command is answered in its HTTP response, which must reach
// Slack within 3 s: drawing happens after it, however long it takes.
func TestTimelineIsDrawnAfterTheAck(t *testing.T) {
	r, err := timeline.New()
	if err != nil {
		t.Fatal(err)
	}
	gate := drawtest.NewGated(r)
	e := newEnv(t, func(o *Options) { o.Drawer = gate })
	e.event(dmEvent("EvA1", testTeam, testUser, wholeProfile, nil))

	w := httptest.NewRecorder()
	e.mux.ServeHTTP(w, signedRequest("POST", "/slack/commands", "application/x-www-form-urlencoded",
		commandBody(testTeam, testUser, "timeline"), testSecret, e.clock.Now()))
	// The handler has returned while the drawing is still held.
	if w.Code != http.StatusOK || !strings.Contains(w.Body.String(), filesToDMNote) {
		t.Fatalf("ack = %d %s, want the reply with the note that files go to the DM", w.Code, w.Body)
	}
	select {
	case <-gate.Started:
	case <-time.After(5 * time.Second):
		t.Fatal("the picture was never drawn")
	}
	if n := len(e.slack.Calls("upload")); n != 0 {
		t.Fatalf("uploaded before the drawing finished")
	}
	close(gate.Release)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := e.h.Wait(ctx); err != nil {
		t.Fatal(err)
	}
	if ups := e.slack.Calls("upload"); len(ups) != 1 || ups[0].File.Name != advisor.TimelineFileName {
		t.Errorf("uploads = %+v, want the picture", ups)
	}
}
