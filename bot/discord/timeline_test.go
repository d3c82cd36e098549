package discord

import (
	"bytes"
	"context"
	"errors"
	"image/png"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/bot"
	"github.com/certpath/certpath/bot/discord/discordtest"
	"github.com/certpath/certpath/internal/drawtest"
	"github.com/certpath/certpath/timeline"
)

// attachmentPayload is what a multipart message says about its files.
type attachmentPayload struct {
	Content     string                 `json:"content"`
	Flags       discordgo.MessageFlags `json:"flags"`
	Attachments []struct {
		ID          int    `json:"id"`
		Filename    string `json:"filename"`
		Description string `json:"description"`
	} `json:"attachments"`
}

// followups are the follow-up messages of the test interactions, with
// their files.
func followups(t *testing.T, hs *harness) ([]attachmentPayload, [][]discordtest.Upload) {
	t.Helper()
	var msgs []attachmentPayload
	var files [][]discordtest.Upload
	for _, c := range hs.api.Find(http.MethodPost, apiPath("/webhooks/"+testApp+"/itoken")) {
		_, up, err := c.Payload()
		if err != nil {
			t.Fatal(err)
		}
		var m attachmentPayload
		if err := c.JSON(&m); err != nil {
			t.Fatal(err)
		}
		msgs = append(msgs, m)
		files = append(files, up)
	}
	return msgs, files
}

// checkTimeline asserts that m carries the timeline of the stored plan
// of key, described by its alt text.
func checkTimeline(t *testing.T, hs *harness, key advisor.Key, m attachmentPayload, files []discordtest.Upload) {
	t.Helper()
	if len(files) != 1 || len(m.Attachments) != 1 {
		t.Fatalf("files %d, attachments %d; want the picture", len(files), len(m.Attachments))
	}
	f, a := files[0], m.Attachments[0]
	if f.Name != advisor.TimelineFileName || f.ContentType != advisor.TimelineMIMEType || a.ID != 0 || a.Filename != f.Name {
		t.Errorf("file %s %s, attachment %+v", f.Name, f.ContentType, a)
	}
	img, err := png.Decode(bytes.NewReader(f.Data))
	if err != nil || img.Bounds().Dx() != timeline.Width {
		t.Fatalf("picture: %v", err)
	}
	s, err := hs.store.Load(context.Background(), key)
	if err != nil || s.Plan == nil {
		t.Fatalf("session: %v", err)
	}
	if want := timeline.Alt(s.Plan, testNow); a.Description != want {
		t.Errorf("description = %q, want the alt text %q", a.Description, want)
	}
}

func TestTimelineButton(t *testing.T) {
	hs := newHarness(t)
	key := conversationKey(testGuild, testUser)
	withPlan(t, hs, key)
	// The plan reply offers the button.
	plan := hs.interact(hs.slash(testGuild, "plan"))
	hs.wait()
	if !strings.Contains(strings.Join(plan.Data.ids(), " "), choicePrefix+advisor.TimelineChoice) {
		t.Fatalf("plan reply's buttons %v lack Timeline", plan.Data.ids())
	}

	resp := hs.interact(hs.click(testGuild, choicePrefix+advisor.TimelineChoice))
	hs.wait()
	if resp.Type != discordgo.InteractionResponseUpdateMessage || len(resp.Data.Embeds) == 0 || !strings.Contains(resp.Data.Content, advisor.TimelineFileName) {
		t.Errorf("click answered %d %q with %d embeds, want the plan updated in place", resp.Type, resp.Data.Content, len(resp.Data.Embeds))
	}
	msgs, files := followups(t, hs)
	if len(msgs) != 1 {
		t.Fatalf("follow-ups = %d, want the picture", len(msgs))
	}
	if msgs[0].Flags&discordgo.MessageFlagsEphemeral == 0 {
		t.Errorf("the picture of a private plan was posted for the whole server")
	}
	checkTimeline(t, hs, key, msgs[0], files[0])
}

func TestTimelineSubcommandInDM(t *testing.T) {
	hs := newHarness(t)
	key := conversationKey("", testUser)
	withPlan(t, hs, key)
	hs.interact(hs.slash("", "timeline"))
	hs.wait()
	msgs, files := followups(t, hs)
	if len(msgs) != 1 {
		t.Fatalf("follow-ups = %d, want the picture", len(msgs))
	}
	checkTimeline(t, hs, key, msgs[0], files[0])
}

// Send (check-ins, and any reply sent as a DM) draws and describes the
// picture the same way.
func TestSendDrawsPicture(t *testing.T) {
	hs := newHarness(t)
	key := conversationKey(testGuild, testUser)
	withPlan(t, hs, key)
	s, err := hs.store.Load(context.Background(), key)
	if err != nil {
		t.Fatal(err)
	}
	_, reply := hs.advisor.Step(s, advisor.Input{Choice: advisor.TimelineChoice, Now: testNow})
	if err := hs.h.Send(context.Background(), key, reply); err != nil {
		t.Fatal(err)
	}
	var last discordtest.Call
	for _, c := range hs.api.Find(http.MethodPost, apiPath("/channels/"+discordtest.DMChannel(testUser)+"/messages")) {
		last = c
	}
	var m attachmentPayload
	_, up, err := last.Payload()
	if err != nil || last.JSON(&m) != nil {
		t.Fatalf("last DM: %v", err)
	}
	checkTimeline(t, hs, key, m, up)
}

type failingDrawer struct{}

func (failingDrawer) Draw(advisor.Picture, *advisor.Plan, time.Time) ([]byte, string, error) {
	return nil, "", errors.New("renderer exploded")
}

// A picture that cannot be drawn never costs the learner the text reply
// or the other files: the message that would have carried it says so.
func TestDrawFailureKeepsTheReply(t *testing.T) {
	hs := newHarness(t, func(o *Options, _ *bot.Conversations) { o.Drawer = failingDrawer{} })
	key := conversationKey(testGuild, testUser)
	withPlan(t, hs, key)

	resp := hs.interact(hs.click(testGuild, choicePrefix+advisor.TimelineChoice))
	hs.wait()
	if len(resp.Data.Embeds) == 0 {
		t.Errorf("the plan is missing from the reply: %+v", resp.Data)
	}
	resp = hs.interact(hs.slash(testGuild, "export"))
	hs.wait()
	if len(resp.Data.Embeds) == 0 {
		t.Errorf("the plan is missing from the export reply: %+v", resp.Data)
	}
	msgs, files := followups(t, hs)
	if len(msgs) != 2 {
		t.Fatalf("follow-ups = %d, want one per click", len(msgs))
	}
	for n, m := range msgs {
		if m.Content != bot.PictureFailedText {
			t.Errorf("follow-up %d says %q, want the friendly note", n, m.Content)
		}
	}
	if len(files[0]) != 0 {
		t.Errorf("timeline follow-up carries %d files", len(files[0]))
	}
	if len(files[1]) != 2 || files[1][0].Name != advisor.MarkdownFileName || files[1][1].Name != advisor.ICSFileName {
		t.Errorf("export follow-up files = %+v, want the .md and the .ics", files[1])
	}
}

// The interaction is answered at once (no deferral needed) while the
// picture is still being drawn: drawing never counts against Discord's 3
// seconds.
func TestTimelineIsDrawnAfterTheResponse(t *testing.T) {
	r, err := timeline.New()
	if err != nil {
		t.Fatal(err)
	}
	gate := drawtest.NewGated(r)
	hs := newHarness(t, func(o *Options, _ *bot.Conversations) { o.Drawer = gate })
	key := conversationKey(testGuild, testUser)
	withPlan(t, hs, key)

	resp := hs.interact(hs.click(testGuild, choicePrefix+advisor.TimelineChoice))
	if resp.Type != discordgo.InteractionResponseUpdateMessage || len(resp.Data.Embeds) == 0 {
		t.Fatalf("response %d, want the plan at once", resp.Type)
	}
	select {
	case <-gate.Started:
	case <-time.After(5 * time.Second):
		t.Fatal("the picture was never drawn")
	}
	if msgs, _ := followups(t, hs); len(msgs) != 0 {
		t.Fatalf("follow-up sent before the drawing finished")
	}
	close(gate.Release)
	hs.wait()
	msgs, files := followups(t, hs)
	if len(msgs) != 1 {
		t.Fatalf("follow-ups = %d, want the picture", len(msgs))
	}
	checkTimeline(t, hs, key, msgs[0], files[0])
}
