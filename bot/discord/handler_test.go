package discord

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/bot"
	"github.com/certpath/certpath/bot/discord/discordtest"
	"github.com/certpath/certpath/session"
)

func TestNewRejectsBadPublicKey(t *testing.T) {
	for _, key := range []string{"not-hex", hex.EncodeToString([]byte("short"))} {
		_, err := New(Options{PublicKey: key, Conversations: &bot.Conversations{}})
		if err == nil || !strings.Contains(err.Error(), "public key") {
			t.Errorf("New(%q) = %v, want a public key error", key, err)
		}
	}
}

func TestVerification(t *testing.T) {
	hs := newHarness(t)
	ping := []byte(`{"id":"1","application_id":"app-1","type":1,"token":"t","version":1}`)
	other, err := discordtest.NewSigner()
	if err != nil {
		t.Fatal(err)
	}
	url := "http://certpath.test/discord/interactions"
	tests := []struct {
		name string
		req  func() *http.Request
		code int
		body string
	}{
		{"signed ping", func() *http.Request { return hs.signer.Request(url, ping, testNow) }, 200, `{"type":1}`},
		{"no signature", func() *http.Request {
			r := hs.signer.Request(url, ping, testNow)
			r.Header.Del("X-Signature-Ed25519")
			return r
		}, 401, ""},
		{"no timestamp", func() *http.Request {
			r := hs.signer.Request(url, ping, testNow)
			r.Header.Del("X-Signature-Timestamp")
			return r
		}, 401, ""},
		{"signature not hex", func() *http.Request {
			r := hs.signer.Request(url, ping, testNow)
			r.Header.Set("X-Signature-Ed25519", "zz")
			return r
		}, 401, ""},
		{"forged by another key", func() *http.Request { return other.Request(url, ping, testNow) }, 401, ""},
		{"tampered body", func() *http.Request {
			r := hs.signer.Request(url, ping, testNow)
			r.Body = http.NoBody
			tampered := bytes.Replace(ping, []byte(`"type":1`), []byte(`"type":2`), 1)
			r2, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(tampered))
			r2.Header = r.Header
			return r2
		}, 401, ""},
		{"replayed later", func() *http.Request { return hs.signer.Request(url, ping, testNow.Add(-10*time.Minute)) }, 401, ""},
		{"oversized", func() *http.Request {
			big := append(bytes.Repeat([]byte(" "), MaxBodyBytes), ping...)
			return hs.signer.Request(url, big, testNow)
		}, 413, ""},
		{"signed garbage", func() *http.Request { return hs.signer.Request(url, []byte("{not json"), testNow) }, 400, ""},
		{"wrong method", func() *http.Request {
			r := hs.signer.Request(url, ping, testNow)
			r.Method = http.MethodGet
			return r
		}, 405, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			hs.h.ServeHTTP(rec, tt.req())
			if rec.Code != tt.code {
				t.Fatalf("status %d, want %d (%s)", rec.Code, tt.code, rec.Body)
			}
			if tt.body != "" && strings.TrimSpace(rec.Body.String()) != tt.body {
				t.Errorf("body %s, want %s", rec.Body, tt.body)
			}
		})
	}
	if calls := hs.api.Calls(); len(calls) != 0 {
		t.Errorf("verification failures reached the API: %+v", calls)
	}
}

func TestRegisterMountsEndpoint(t *testing.T) {
	hs := newHarness(t)
	mux := http.NewServeMux()
	hs.h.Register(mux)
	srv := httptest.NewServer(mux)
	defer srv.Close()
	body := []byte(`{"id":"1","application_id":"app-1","type":1,"token":"t","version":1}`)
	resp, err := srv.Client().Do(hs.signer.Request(srv.URL+"/discord/interactions", body, testNow))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var got map[string]int
	if err := json.NewDecoder(resp.Body).Decode(&got); err != nil || got["type"] != 1 {
		t.Fatalf("PING over the mux = %v %v, want {type:1}", got, err)
	}
}

func TestAskCourseraPrice(t *testing.T) {
	hs := newHarness(t)
	cat := hs.advisor.Catalog()
	q := "how much does a coursera certificate cost"
	resp := hs.interact(hs.slash(testGuild, "ask", map[string]any{"name": questionOption, "type": 3, "value": q}))
	if resp.Type != discordgo.InteractionResponseChannelMessageWithSource {
		t.Fatalf("type %d, want 4", resp.Type)
	}
	if !resp.Data.ephemeral() {
		t.Error("answer in a server is not ephemeral")
	}
	for _, price := range []float64{cat.Pricing.SubscriptionMonthlyMin, cat.Pricing.SubscriptionMonthlyMax} {
		if want := usd(price); !strings.Contains(resp.Data.Content, want) {
			t.Errorf("answer %q lacks the monthly price %s", resp.Data.Content, want)
		}
	}
	want := hs.step(conversationKey(testGuild, testUser), advisor.Input{Text: "ask " + q})
	if !strings.HasPrefix(want.Text, resp.Data.Content) && resp.Data.Content != want.Text {
		t.Errorf("content %q is not the advisor's answer %q", resp.Data.Content, want.Text)
	}
}

// TestInterview walks the whole interview through slash command, button,
// select menu and modal, to the plan, then shares it.
func TestInterview(t *testing.T) {
	hs := newHarness(t)
	key := conversationKey(testGuild, testUser)

	resp := hs.interact(hs.slash(testGuild, "start"))
	if resp.Type != discordgo.InteractionResponseChannelMessageWithSource || !resp.Data.ephemeral() {
		t.Fatalf("start: type %d ephemeral %v, want 4 and ephemeral", resp.Type, resp.Data.ephemeral())
	}
	first := hs.step(advisor.Key{}, advisor.Input{Text: "start"})
	if first.Question == nil {
		t.Fatalf("advisor did not start with a question: %+v", first)
	}
	if !strings.Contains(resp.Data.Content, first.Question.Prompt) {
		t.Errorf("start content %q lacks the prompt %q", resp.Data.Content, first.Question.Prompt)
	}

	// Answer every question with its first choice until the plan comes.
	for turn := 0; turn < 10 && len(resp.Data.Embeds) == 0; turn++ {
		s, err := hs.store.Load(context.Background(), key)
		if err != nil {
			t.Fatal(err)
		}
		ids := resp.Data.ids()
		if len(ids) == 0 {
			t.Fatalf("turn %d: no components in %+v", turn, resp.Data)
		}
		click := ids[0]
		t.Logf("turn %d asking %q: %v content %q", turn, s.Asking, ids, resp.Data.Content)
		var i map[string]any
		switch {
		case strings.HasPrefix(click, selectID+"="):
			i = hs.click(testGuild, selectID, strings.TrimPrefix(click, selectID+"="))
		case s.Asking == advisor.SlotHours:
			// Hours take a free answer: through the modal.
			modal := hs.interact(hs.click(testGuild, answerPrefix+string(advisor.SlotHours)))
			if modal.Type != discordgo.InteractionResponseModal || modal.Data.CustomID != modalPrefix+string(advisor.SlotHours) {
				t.Fatalf("hours button: %+v, want a modal", modal)
			}
			i = hs.modalSubmit(testGuild, modal.Data.CustomID, "7")
		default:
			i = hs.click(testGuild, click)
		}
		resp = hs.interact(i)
		if resp.Type != discordgo.InteractionResponseUpdateMessage {
			t.Fatalf("turn %d: type %d, want 7 (update the same message)", turn, resp.Type)
		}
		after, err := hs.store.Load(context.Background(), key)
		if err != nil {
			t.Fatal(err)
		}
		if after.Profile.Equal(s.Profile) {
			t.Fatalf("turn %d: clicking %s changed nothing", turn, click)
		}
	}
	s, err := hs.store.Load(context.Background(), key)
	if err != nil || s.Plan == nil {
		t.Fatalf("no plan stored after the interview: %v", err)
	}
	if s.Profile.HoursPerWeek != 7 {
		t.Errorf("hours = %d, want the 7 typed in the modal", s.Profile.HoursPerWeek)
	}
	if got, want := len(resp.Data.Embeds[0].Fields), len(s.Plan.Steps); got < want {
		t.Errorf("plan embed has %d fields for %d steps", got, want)
	}
	if ids := resp.Data.ids(); !slices.Contains(ids, shareID) || !slices.Contains(ids, dmID) {
		t.Errorf("plan in a server lacks Share / DM buttons: %v", ids)
	}

	share := hs.interact(hs.click(testGuild, shareID))
	if share.Type != discordgo.InteractionResponseChannelMessageWithSource || !share.Data.ephemeral() || share.Data.Content != sharedText {
		t.Errorf("share answered %+v, want an ephemeral acknowledgement", share)
	}
	hs.wait()
	posts := hs.api.Find(http.MethodPost, apiPath("/webhooks/"+testApp+"/itoken"))
	if len(posts) == 0 {
		t.Fatal("share posted nothing to the channel")
	}
	var posted wireMessage
	if err := posts[0].JSON(&posted); err != nil {
		t.Fatal(err)
	}
	if posted.ephemeral() || len(posted.Embeds) == 0 || len(posted.Components) != 0 {
		t.Errorf("shared plan = %+v, want a public embed without buttons", posted)
	}
}

func TestDirectMessagePlan(t *testing.T) {
	tests := []struct {
		name   string
		closed bool
		want   string
	}{
		{"dms open", false, dmSentText},
		{"dms closed", true, dmClosedText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hs := newHarness(t)
			key := conversationKey(testGuild, testUser)
			withPlan(t, hs, key)
			if tt.closed {
				hs.api.CloseDMs(testUser)
			}
			resp := hs.interact(hs.click(testGuild, dmID))
			if !resp.Data.ephemeral() || resp.Data.Content != tt.want {
				t.Fatalf("DM button answered %q (ephemeral %v), want %q ephemerally", resp.Data.Content, resp.Data.ephemeral(), tt.want)
			}
			sent := hs.api.Find(http.MethodPost, apiPath("/channels/"+discordtest.DMChannel(testUser)+"/messages"))
			if len(sent) == 0 {
				t.Fatal("no message was sent to the DM channel")
			}
		})
	}
}

// withPlan stores a finished interview for key.
func withPlan(t *testing.T, hs *harness, key advisor.Key) {
	t.Helper()
	p := advisor.Profile{Programming: advisor.ProgrammingSome, ML: advisor.MLNone, Goal: advisor.GoalMLEngineer, HoursPerWeek: 6, Budget: advisor.BudgetPaid}
	plan, err := hs.advisor.Plan(p, testNow)
	if err != nil {
		t.Fatal(err)
	}
	if err := hs.store.Save(context.Background(), &advisor.Session{Key: key, Profile: p, Plan: plan}); err != nil {
		t.Fatal(err)
	}
}

func TestShareWithoutPlan(t *testing.T) {
	hs := newHarness(t)
	resp := hs.interact(hs.click(testGuild, shareID))
	if resp.Data.Content != noPlanText || !resp.Data.ephemeral() {
		t.Errorf("share without a plan = %+v", resp.Data)
	}
	hs.wait()
	if posts := hs.api.Find(http.MethodPost, apiPath("/webhooks/")); len(posts) != 0 {
		t.Errorf("posted %d messages without a plan", len(posts))
	}
}

func TestDMInteractionIsNotEphemeral(t *testing.T) {
	hs := newHarness(t)
	// "start" asks the first question, which the session records ("help"
	// alone changes nothing and is not stored).
	resp := hs.interact(hs.slash("", "start"))
	if resp.Data.ephemeral() {
		t.Error("reply in a DM is ephemeral")
	}
	if _, err := hs.store.Load(context.Background(), advisor.Key{Platform: Platform, Workspace: dmWorkspace, User: testUser}); err != nil {
		t.Errorf("DM conversation not stored under workspace %q: %v", dmWorkspace, err)
	}
}

// slowStore makes Load take longer than the handler waits before it
// defers.
type slowStore struct {
	session.Store
	delay time.Duration
}

func (s slowStore) Load(ctx context.Context, key advisor.Key) (advisor.Session, error) {
	time.Sleep(s.delay)
	return s.Store.Load(ctx, key)
}

// failingStore is a store that is down.
type failingStore struct{ session.Store }

func (failingStore) Load(context.Context, advisor.Key) (advisor.Session, error) {
	return advisor.Session{}, fmt.Errorf("redis: dial tcp: %w", session.ErrUnavailable)
}

func TestSlowStoreDefers(t *testing.T) {
	tests := []struct {
		name      string
		i         func(*harness) map[string]any
		wantType  discordgo.InteractionResponseType
		ephemeral bool
	}{
		{"command", func(hs *harness) map[string]any { return hs.slash(testGuild, "start") }, discordgo.InteractionResponseDeferredChannelMessageWithSource, true},
		{"click", func(hs *harness) map[string]any { return hs.click(testGuild, choicePrefix+"programming=some") }, discordgo.InteractionResponseDeferredMessageUpdate, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hs := newHarness(t, func(o *Options, c *bot.Conversations) {
				o.DeferAfter = 20 * time.Millisecond
				c.Store = slowStore{Store: c.Store, delay: 200 * time.Millisecond}
			})
			resp := hs.interact(tt.i(hs))
			if resp.Type != tt.wantType || resp.Data.ephemeral() != tt.ephemeral {
				t.Fatalf("type %d ephemeral %v, want %d %v", resp.Type, resp.Data.ephemeral(), tt.wantType, tt.ephemeral)
			}
			hs.wait()
			edits := hs.api.Find(http.MethodPatch, apiPath("/webhooks/"+testApp+"/itoken/messages/@original"))
			if len(edits) != 1 {
				t.Fatalf("%d edits of @original, want 1", len(edits))
			}
			var edit wireMessage
			if err := edits[0].JSON(&edit); err != nil {
				t.Fatal(err)
			}
			if edit.Content == "" || len(edit.ids()) == 0 {
				t.Errorf("edit %+v lacks the question and its buttons", edit)
			}
		})
	}
}

func TestStoreDownShowsTryAgain(t *testing.T) {
	hs := newHarness(t, func(o *Options, c *bot.Conversations) { c.Store = failingStore{c.Store} })
	for _, i := range []map[string]any{hs.slash(testGuild, "start"), hs.click(testGuild, shareID)} {
		resp := hs.interact(i)
		if resp.Data.Content != bot.TryAgainText {
			t.Errorf("content %q, want %q", resp.Data.Content, bot.TryAgainText)
		}
		if strings.Contains(resp.Data.Content, "redis") || strings.Contains(resp.Data.Content, session.ErrUnavailable.Error()) {
			t.Errorf("the cause leaked to the user: %q", resp.Data.Content)
		}
	}
}

func TestAutocompleteCourses(t *testing.T) {
	hs := newHarness(t)
	cat := hs.advisor.Catalog()
	typed := strings.ToLower(strings.Fields(cat.Courses[0].Title)[0])
	var want []string
	for _, c := range cat.Courses {
		if strings.Contains(strings.ToLower(c.Title+" ("+c.Provider+")"), typed) || strings.Contains(c.ID, typed) {
			want = append(want, c.ID)
		}
	}
	i := hs.slash(testGuild, "ask", map[string]any{"name": questionOption, "type": 3, "value": "is it hard"},
		map[string]any{"name": courseOption, "type": 3, "value": typed, "focused": true})
	i["type"] = discordgo.InteractionApplicationCommandAutocomplete
	resp := hs.interact(i)
	if resp.Type != discordgo.InteractionApplicationCommandAutocompleteResult {
		t.Fatalf("type %d, want 8", resp.Type)
	}
	var got []string
	for _, c := range resp.Data.Choices {
		got = append(got, fmt.Sprint(c.Value))
	}
	if !slices.Equal(got, want) {
		t.Errorf("autocomplete %q = %v, want %v", typed, got, want)
	}
	if len(want) == 0 {
		t.Fatal("test chose a prefix no course has")
	}
}

func TestCommandText(t *testing.T) {
	courses := []courseName{{id: "ml-regression", title: "Regression (University of Washington)"}}
	opt := func(name string, v any) *discordgo.ApplicationCommandInteractionDataOption {
		return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionString, Value: v}
	}
	sub := func(name string, opts ...*discordgo.ApplicationCommandInteractionDataOption) discordgo.ApplicationCommandInteractionData {
		return discordgo.ApplicationCommandInteractionData{Name: CommandName, Options: []*discordgo.ApplicationCommandInteractionDataOption{
			{Name: name, Type: discordgo.ApplicationCommandOptionSubCommand, Options: opts},
		}}
	}
	tests := []struct {
		name string
		data discordgo.ApplicationCommandInteractionData
		want string
		ok   bool
	}{
		{"start", sub("start"), "start", true},
		{"plan", sub("plan"), "plan", true},
		{"restart", sub("restart"), "restart", true},
		{"forget", sub("forget"), "forget", true},
		{"help", sub("help"), "help", true},
		{"ask", sub("ask", opt(questionOption, "  is it free? ")), "ask is it free?", true},
		{"ask about a course", sub("ask", opt(questionOption, "is it hard?"), opt(courseOption, "ml-regression")), "ask is it hard? (Regression (University of Washington))", true},
		{"ask about typed course", sub("ask", opt(questionOption, "is it hard?"), opt(courseOption, "fast.ai")), "ask is it hard? (fast.ai)", true},
		{"ask without question", sub("ask"), "", false},
		{"ask with a number", sub("ask", opt(questionOption, 42.0)), "", false},
		{"progress alone", sub("progress"), "progress", true},
		{"progress hours", sub("progress", opt(hoursOption, 12.5)), "progress 12.5 hours", true},
		{"progress hours as text", sub("progress", opt(hoursOption, "12")), "progress", true},
		{"done step", sub("done", opt(stepOption, " 2 ")), "done 2", true},
		{"done without step", sub("done"), "", false},
		{"export", sub("export"), "export", true},
		{"remind", sub("remind", opt(whenOption, "monday 18:00 Europe/Paris")), "remind monday 18:00 Europe/Paris", true},
		{"remind off", sub("remind", opt(whenOption, "off")), "remind off", true},
		{"remind without when", sub("remind", opt(whenOption, "  ")), "", false},
		{"join", sub("join"), "join", true},
		{"leave", sub("leave"), "leave", true},
		{"group", sub("group"), "group", true},
		{"group stats", sub("group", opt(statsOption, true)), "group stats", true},
		{"group stats false", sub("group", opt(statsOption, false)), "group", true},
		{"unknown subcommand", sub("dance"), "", false},
		{"other command", discordgo.ApplicationCommandInteractionData{Name: "other"}, "", false},
		{"no subcommand", discordgo.ApplicationCommandInteractionData{Name: CommandName}, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := commandText(tt.data, courses)
			if got != tt.want || ok != tt.ok {
				t.Errorf("commandText = %q %v, want %q %v", got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestCommandsDefineWhatIsDispatched(t *testing.T) {
	cmds := Commands()
	if len(cmds) != 1 || cmds[0].Name != CommandName {
		t.Fatalf("Commands() = %v, want just /%s", cmds, CommandName)
	}
	for _, o := range cmds[0].Options {
		data := discordgo.ApplicationCommandInteractionData{Name: CommandName, Options: []*discordgo.ApplicationCommandInteractionDataOption{{Name: o.Name, Type: o.Type}}}
		for _, sub := range o.Options {
			if sub.Required {
				data.Options[0].Options = append(data.Options[0].Options, &discordgo.ApplicationCommandInteractionDataOption{Name: sub.Name, Type: sub.Type, Value: "x"})
			}
		}
		if _, ok := commandText(data, nil); !ok {
			t.Errorf("registered subcommand %q is not dispatched", o.Name)
		}
		if len(o.Description) == 0 || len(o.Description) > 100 {
			t.Errorf("subcommand %q description has %d characters, Discord wants 1-100", o.Name, len(o.Description))
		}
	}
}

var errSentinel = errors.New("sentinel")

func TestIsDMClosed(t *testing.T) {
	tests := []struct {
		err  error
		want bool
	}{
		{&discordgo.RESTError{Message: &discordgo.APIErrorMessage{Code: discordgo.ErrCodeCannotSendMessagesToThisUser}}, true},
		{fmt.Errorf("wrapped: %w", &discordgo.RESTError{Message: &discordgo.APIErrorMessage{Code: discordgo.ErrCodeCannotSendMessagesToThisUser}}), true},
		{&discordgo.RESTError{Message: &discordgo.APIErrorMessage{Code: discordgo.ErrCodeMissingPermissions}}, false},
		{&discordgo.RESTError{}, false},
		{errSentinel, false},
		{nil, false},
	}
	for _, tt := range tests {
		if got := isDMClosed(tt.err); got != tt.want {
			t.Errorf("isDMClosed(%v) = %v, want %v", tt.err, got, tt.want)
		}
	}
}

// An unclear question gets "Did you mean" with the topics as buttons;
// clicking one answers that topic in the same message.
func TestDidYouMeanButtonsAnswerTheTopic(t *testing.T) {
	hs := newHarness(t)
	resp := hs.interact(hs.slash(testGuild, "ask", map[string]any{"name": questionOption, "type": 3, "value": "do i have to pay"}))
	if !strings.Contains(resp.Data.Content, "Did you mean") || strings.Contains(resp.Data.Content, "Back to your plan") {
		t.Errorf("clarifying reply reads %q", resp.Data.Content)
	}
	ids := resp.Data.ids()
	if !slices.Contains(ids, choicePrefix+"ask=free") {
		t.Fatalf("buttons %v lack the free-audit topic", ids)
	}
	for _, id := range ids {
		if !strings.HasPrefix(id, choicePrefix+"ask=") {
			t.Errorf("button %q is not a topic; the topics must not be offered twice", id)
		}
	}
	answer := hs.interact(hs.click(testGuild, choicePrefix+"ask=free"))
	if answer.Type != discordgo.InteractionResponseUpdateMessage {
		t.Fatalf("click: type %d, want 7 (update the same message)", answer.Type)
	}
	if !strings.Contains(strings.ToLower(answer.Data.Content), "audit") {
		t.Errorf("clicking the free topic answered %q, want the free-audit answer", answer.Data.Content)
	}
}
