package discord

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/bot"
	"github.com/certpath/certpath/bot/discord/discordtest"
	"github.com/certpath/certpath/groups"
)

// dmMessages are the messages the fake API received in testUser's DM
// channel, decoded.
func dmMessages(t *testing.T, hs *harness) ([]wireMessage, [][]discordtest.Upload) {
	t.Helper()
	var msgs []wireMessage
	var files [][]discordtest.Upload
	for _, c := range hs.api.Find(http.MethodPost, apiPath("/channels/"+discordtest.DMChannel(testUser)+"/messages")) {
		payload, up, err := c.Payload()
		if err != nil {
			t.Fatal(err)
		}
		var m wireMessage
		if err := (discordtest.Call{Body: payload}).JSON(&m); err != nil {
			t.Fatalf("decode %s: %v", payload, err)
		}
		msgs = append(msgs, m)
		files = append(files, up)
	}
	return msgs, files
}

// checkIn sets up a weekly check-in for key through /certpath remind and
// returns the check-in the scheduler would send.
func checkIn(t *testing.T, hs *harness, key advisor.Key) advisor.Reply {
	t.Helper()
	withPlan(t, hs, key)
	guild := key.Workspace
	if guild == dmWorkspace {
		guild = ""
	}
	hs.interact(hs.slash(guild, "remind", map[string]any{"name": whenOption, "type": discordgo.ApplicationCommandOptionString, "value": "monday 18:00 Europe/Paris"}))
	hs.wait()
	s, err := hs.store.Load(context.Background(), key)
	if err != nil {
		t.Fatal(err)
	}
	if s.Reminder == nil {
		t.Fatal("/certpath remind set no reminder")
	}
	r, ok := hs.advisor.CheckIn(s, testNow)
	if !ok || r.Question == nil {
		t.Fatalf("no check-in for %+v", s)
	}
	return r
}

// TestSendCheckInAndClick sends a check-in by DM and clicks its buttons
// there: a conversation held in a server continues in that server's
// session, one held in DMs in the DM session.
func TestSendCheckInAndClick(t *testing.T) {
	tests := []struct {
		name      string
		workspace string
		wantID    string // custom id of the "On track" button
	}{
		{"guild conversation", testGuild, routePrefix + testGuild + routeSep + choicePrefix + "cmd=on track"},
		{"dm conversation", dmWorkspace, choicePrefix + "cmd=on track"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hs := newHarness(t)
			key := conversationKey(tt.workspace, testUser)
			if tt.workspace == dmWorkspace {
				key = conversationKey("", testUser)
			}
			reply := checkIn(t, hs, key)
			if err := hs.h.Send(context.Background(), key, reply); err != nil {
				t.Fatal(err)
			}
			opens := hs.api.Find(http.MethodPost, apiPath("/users/@me/channels"))
			if len(opens) != 1 || !opens[0].Authorized {
				t.Fatalf("DM channel opened %d times (authorized: %v), want once with the bot token", len(opens), opens)
			}
			msgs, _ := dmMessages(t, hs)
			if len(msgs) != 1 {
				t.Fatalf("sent %d messages, want 1", len(msgs))
			}
			m := msgs[0]
			if m.Content != questionText(reply) || m.ephemeral() {
				t.Errorf("DM content %q (ephemeral %v), want %q", m.Content, m.ephemeral(), questionText(reply))
			}
			if m.AllowedMentions == nil || len(m.AllowedMentions.Parse) != 0 {
				t.Errorf("DM allows pings: %+v", m.AllowedMentions)
			}
			ids := m.ids()
			if len(ids) != len(reply.Question.Choices) || ids[0] != tt.wantID {
				t.Fatalf("buttons %q, want %d starting with %q", ids, len(reply.Question.Choices), tt.wantID)
			}

			before, err := hs.store.Load(context.Background(), key)
			if err != nil {
				t.Fatal(err)
			}
			rc := renderContext{canDM: true}
			if tt.workspace != dmWorkspace {
				rc.route = tt.workspace
			}
			want := render(hs.step(key, advisor.Input{Choice: "cmd=on track"}), rc)[0]
			resp := hs.interact(hs.click("", ids[0]))
			hs.wait()
			if resp.Type != discordgo.InteractionResponseUpdateMessage || resp.Data.Content != want.Content || len(resp.Data.Embeds) != len(want.Embeds) {
				t.Fatalf("click answered %d %q with %d embeds, want an update with %q and %d embeds", resp.Type, resp.Data.Content, len(resp.Data.Embeds), want.Content, len(want.Embeds))
			}
			after, err := hs.store.Load(context.Background(), key)
			if err != nil {
				t.Fatal(err)
			}
			if after.Version != before.Version+1 {
				t.Errorf("session %s is at version %d after the click, want %d", key, after.Version, before.Version+1)
			}
			for _, id := range resp.Data.ids() {
				if tt.workspace != dmWorkspace && !strings.HasPrefix(id, routePrefix+testGuild+routeSep) {
					t.Errorf("button %q of the updated DM does not lead back to the guild", id)
				}
			}
			if tt.workspace != dmWorkspace {
				if _, err := hs.store.Load(context.Background(), conversationKey("", testUser)); err == nil {
					t.Error("the click started a separate DM conversation")
				}
			}
		})
	}
}

// TestRoutedIDs checks what a custom id carrying a guild leads to: only
// in a DM does it switch conversations; garbage is a stale click.
func TestRoutedIDs(t *testing.T) {
	dm := &discordgo.Interaction{User: &discordgo.User{ID: testUser}}
	guild := &discordgo.Interaction{GuildID: "other-guild", Member: &discordgo.Member{User: &discordgo.User{ID: testUser}}}
	tests := []struct {
		name      string
		i         *discordgo.Interaction
		id        string
		wantID    string
		wantWS    string
		wantRoute string
	}{
		{"plain id in a dm", dm, choicePrefix + "goal=mlops", choicePrefix + "goal=mlops", dmWorkspace, ""},
		{"routed id in a dm", dm, routePrefix + "123|" + choicePrefix + "goal=mlops", choicePrefix + "goal=mlops", "123", "123"},
		{"routed id in a guild keeps the guild", guild, routePrefix + "123|" + sayPrefix + "group", sayPrefix + "group", "other-guild", ""},
		{"route without separator", dm, routePrefix + "123", "", dmWorkspace, ""},
		{"route with a bad guild", dm, routePrefix + "1:2|" + choicePrefix + "x", "", dmWorkspace, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			key, ok := keyOf(tt.i)
			if !ok {
				t.Fatal("no key")
			}
			id, key, rc := routed(tt.i, tt.id, key, renderContext{guild: tt.i.GuildID != ""})
			if id != tt.wantID || key.Workspace != tt.wantWS || rc.route != tt.wantRoute || key.User != testUser {
				t.Errorf("routed = %q %+v route %q, want %q workspace %q route %q", id, key, rc.route, tt.wantID, tt.wantWS, tt.wantRoute)
			}
		})
	}
}

func TestSendRoutedModal(t *testing.T) {
	hs := newHarness(t)
	key := conversationKey(testGuild, testUser)
	asking := advisor.Session{Key: key, Asking: advisor.SlotHours,
		Profile: advisor.Profile{Programming: advisor.ProgrammingSome, ML: advisor.MLNone, Goal: advisor.GoalMLOps}}
	if err := hs.store.Save(context.Background(), &asking); err != nil {
		t.Fatal(err)
	}
	hours := advisor.Reply{Kind: advisor.KindQuestion, Text: "How many hours a week?", Question: &advisor.Question{Slot: advisor.SlotHours, Prompt: "How many hours a week?"}}
	if err := hs.h.Send(context.Background(), key, hours); err != nil {
		t.Fatal(err)
	}
	msgs, _ := dmMessages(t, hs)
	if len(msgs) != 1 || len(msgs[0].ids()) != 1 {
		t.Fatalf("sent %+v, want one message with a Type-an-answer button", msgs)
	}
	open := hs.interact(hs.click("", msgs[0].ids()[0]))
	if open.Type != discordgo.InteractionResponseModal || open.Data.CustomID != routePrefix+testGuild+routeSep+modalPrefix+string(advisor.SlotHours) {
		t.Fatalf("button opened %d %q, want the routed hours modal", open.Type, open.Data.CustomID)
	}
	want := render(hs.step(key, advisor.Input{Text: "7"}), renderContext{route: testGuild})[0]
	resp := hs.interact(hs.modalSubmit("", open.Data.CustomID, "7"))
	hs.wait()
	if resp.Data.Content != want.Content {
		t.Errorf("modal answered %q, want the guild conversation's %q", resp.Data.Content, want.Content)
	}
	s, err := hs.store.Load(context.Background(), key)
	if err != nil || s.Profile.HoursPerWeek != 7 {
		t.Errorf("guild session after the modal: %+v %v, want 7 hours a week", s.Profile, err)
	}
}

func TestSendFiles(t *testing.T) {
	hs := newHarness(t)
	key := conversationKey(testGuild, testUser)
	withPlan(t, hs, key)
	export := hs.step(key, advisor.Input{Text: "export"})
	if len(export.Files) == 0 {
		t.Fatalf("export has no files: %+v", export)
	}
	if err := hs.h.Send(context.Background(), key, export); err != nil {
		t.Fatal(err)
	}
	_, files := dmMessages(t, hs)
	var got []discordtest.Upload
	for _, f := range files {
		got = append(got, f...)
	}
	if len(got) != len(export.Files) {
		t.Fatalf("uploaded %d files, want %d", len(got), len(export.Files))
	}
	for n, f := range export.Files {
		if f.Picture != "" {
			// Named by the advisor, drawn by the adapter.
			if got[n].Name != f.Name || got[n].ContentType != advisor.TimelineMIMEType || !bytes.HasPrefix(got[n].Data, []byte("\x89PNG")) {
				t.Errorf("upload %d = %s %s, want the drawn %s", n, got[n].Name, got[n].ContentType, f.Name)
			}
			continue
		}
		if got[n].Name != f.Name || !bytes.Equal(got[n].Data, f.Data) {
			t.Errorf("upload %d = %s (%d bytes), want %s (%d bytes)", n, got[n].Name, len(got[n].Data), f.Name, len(f.Data))
		}
	}
}

func TestSendErrors(t *testing.T) {
	dmPath := apiPath("/channels/" + discordtest.DMChannel(testUser) + "/messages")
	openPath := apiPath("/users/@me/channels")
	reply := advisor.Reply{Kind: advisor.KindInfo, Text: "Weekly check-in."}
	tests := []struct {
		name      string
		fault     *discordtest.Fault
		closeDMs  bool
		noToken   bool
		key       advisor.Key
		ctxAfter  time.Duration
		want      error // nil: delivered
		alsoIs    error
		wantPosts int
	}{
		{name: "delivered", wantPosts: 1},
		{name: "dms closed", closeDMs: true, want: ErrDMClosed, wantPosts: 1},
		{name: "token revoked", fault: &discordtest.Fault{Method: http.MethodPost, Path: openPath, Status: http.StatusUnauthorized, Code: 0, Times: 1}, want: ErrNotAuthorized},
		{name: "missing access", fault: &discordtest.Fault{Method: http.MethodPost, Path: dmPath, Status: http.StatusForbidden, Code: discordgo.ErrCodeMissingAccess, Times: 1}, want: ErrNotAuthorized, wantPosts: 1},
		{name: "rate limited once", fault: &discordtest.Fault{Method: http.MethodPost, Path: dmPath, Status: http.StatusTooManyRequests, RetryAfter: 20 * time.Millisecond, Times: 1}, wantPosts: 2},
		{name: "rate limited throughout", fault: &discordtest.Fault{Method: http.MethodPost, Path: dmPath, Status: http.StatusTooManyRequests, RetryAfter: 10 * time.Millisecond, Times: maxSendAttempts}, want: ErrRateLimited, wantPosts: maxSendAttempts},
		{name: "rate limit wait too long", fault: &discordtest.Fault{Method: http.MethodPost, Path: dmPath, Status: http.StatusTooManyRequests, RetryAfter: 2 * maxRateLimitWait, Times: 1}, want: ErrRateLimited, wantPosts: 1},
		{name: "rate limit wait outlives ctx", fault: &discordtest.Fault{Method: http.MethodPost, Path: dmPath, Status: http.StatusTooManyRequests, RetryAfter: 10 * time.Second, Times: 1}, ctxAfter: 50 * time.Millisecond, want: ErrRateLimited, alsoIs: context.DeadlineExceeded, wantPosts: 1},
		{name: "server error once: retried", fault: &discordtest.Fault{Method: http.MethodPost, Path: dmPath, Status: http.StatusInternalServerError, Times: 1}, wantPosts: 2},
		{name: "server error throughout", fault: &discordtest.Fault{Method: http.MethodPost, Path: dmPath, Status: http.StatusInternalServerError, Times: maxSendAttempts}, want: errAny, wantPosts: maxSendAttempts},
		{name: "dm open rate limited once", fault: &discordtest.Fault{Method: http.MethodPost, Path: openPath, Status: http.StatusTooManyRequests, RetryAfter: 10 * time.Millisecond, Times: 1}, wantPosts: 1},
		{name: "not a discord key", key: advisor.Key{Platform: "slack", Workspace: "T1", User: "U1"}, want: errAny},
		{name: "key without user", key: advisor.Key{Platform: Platform, Workspace: testGuild}, want: errAny},
		{name: "no bot token", noToken: true, want: errAny},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hs := newHarness(t, func(o *Options, _ *bot.Conversations) {
				if tt.noToken {
					o.BotToken = ""
				}
			})
			if tt.fault != nil {
				hs.api.Inject(*tt.fault)
			}
			if tt.closeDMs {
				hs.api.CloseDMs(testUser)
			}
			key := tt.key
			if key == (advisor.Key{}) {
				key = conversationKey(testGuild, testUser)
			}
			ctx := context.Background()
			if tt.ctxAfter > 0 {
				var cancel context.CancelFunc
				ctx, cancel = context.WithTimeout(ctx, tt.ctxAfter)
				defer cancel()
			}
			err := hs.h.Send(ctx, key, reply)
			switch {
			case tt.want == nil && err != nil:
				t.Fatalf("Send: %v", err)
			case tt.want == errAny && err == nil:
				t.Fatal("Send succeeded, want an error")
			case tt.want != nil && tt.want != errAny && !errors.Is(err, tt.want):
				t.Fatalf("Send = %v, want %v", err, tt.want)
			}
			if tt.alsoIs != nil && !errors.Is(err, tt.alsoIs) {
				t.Errorf("Send = %v, want it to wrap %v too", err, tt.alsoIs)
			}
			if err != nil && !strings.HasPrefix(err.Error(), "discord: ") {
				t.Errorf("error %q is not prefixed with the package", err)
			}
			for _, sentinel := range []error{ErrDMClosed, ErrNotAuthorized, ErrRateLimited} {
				if sentinel != tt.want && errors.Is(err, sentinel) {
					t.Errorf("error %v also claims %v", err, sentinel)
				}
			}
			if posts := hs.api.Find(http.MethodPost, dmPath); len(posts) != tt.wantPosts {
				t.Errorf("%d posts to the DM channel, want %d", len(posts), tt.wantPosts)
			}
		})
	}
}

// errAny stands for "some error, no particular sentinel" in tables.
var errAny = errors.New("any error")

// member makes an interaction come from a member with perms.
func member(i map[string]any, perms int64) map[string]any {
	i["member"].(map[string]any)["permissions"] = strconv.FormatInt(perms, 10)
	return i
}

// TestGroupStatsAdmin runs /certpath group stats:true as members with and
// without Manage Server: only admins see the counts, and those come from
// the interaction's permissions, with no extra API call.
func TestGroupStatsAdmin(t *testing.T) {
	tests := []struct {
		name  string
		perms int64
		admin bool
	}{
		{"manage server", discordgo.PermissionManageGuild | discordgo.PermissionSendMessages, true},
		{"administrator", discordgo.PermissionAdministrator, true},
		{"plain member", discordgo.PermissionSendMessages | discordgo.PermissionManageMessages, false},
		{"no permissions", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hs := newHarness(t, func(_ *Options, c *bot.Conversations) {
				c.Store = groups.Track(c.Store, c.Log)
				c.Enrich = groups.Enrich(c.Store, c.Log)
			})
			key := conversationKey(testGuild, testUser)
			withPlan(t, hs, key)
			hs.interact(hs.slash(testGuild, "join"))
			hs.wait()
			want := hs.step(key, advisor.Input{Text: "group stats", Admin: tt.admin})
			calls := len(hs.api.Calls())
			stats := map[string]any{"name": statsOption, "type": discordgo.ApplicationCommandOptionBoolean, "value": true}
			resp := hs.interact(member(hs.slash(testGuild, "group", stats), tt.perms))
			hs.wait()
			if len(hs.api.Calls()) != calls {
				t.Errorf("group stats made %d API calls", len(hs.api.Calls())-calls)
			}
			if tt.admin != (want.Group != nil && len(want.Group.Counts) > 0) {
				t.Fatalf("advisor reply for admin=%v: %+v", tt.admin, want)
			}
			if !tt.admin {
				if resp.Data.Content != want.Text || len(resp.Data.Embeds) != 0 {
					t.Errorf("non-admin got %q %+v, want the refusal %q", resp.Data.Content, resp.Data.Embeds, want.Text)
				}
				return
			}
			if len(resp.Data.Embeds) != 1 {
				t.Fatalf("admin got %+v, want one embed with the counts", resp.Data)
			}
			for title, n := range want.Group.Counts {
				line := "• " + title + ": " + strconv.Itoa(n)
				if !strings.Contains(resp.Data.Embeds[0].Description, line) {
					t.Errorf("counts %q lack %q", resp.Data.Embeds[0].Description, line)
				}
			}
		})
	}
}

func TestGroupMembersAsMentions(t *testing.T) {
	hs := newHarness(t, func(_ *Options, c *bot.Conversations) {
		c.Store = groups.Track(c.Store, c.Log)
		c.Enrich = groups.Enrich(c.Store, c.Log)
	})
	peer := "user-2"
	for _, u := range []string{peer, testUser} {
		key := conversationKey(testGuild, u)
		withPlan(t, hs, key)
		i := hs.slash(testGuild, "join")
		i["member"].(map[string]any)["user"] = map[string]any{"id": u, "username": u}
		hs.interact(i)
		hs.wait()
	}
	resp := hs.interact(hs.slash(testGuild, "group"))
	if !strings.Contains(resp.Data.Content, "<@"+peer+">") || strings.Contains(resp.Data.Content, "<@"+testUser+">") {
		t.Errorf("group = %q, want a mention of %s and not of the asker", resp.Data.Content, peer)
	}
	if resp.Data.AllowedMentions == nil || len(resp.Data.AllowedMentions.Parse) != 0 {
		t.Errorf("group reply may ping its members: allowed_mentions %+v", resp.Data.AllowedMentions)
	}
}

func TestRenderGroup(t *testing.T) {
	tests := []struct {
		name        string
		reply       advisor.Reply
		wantContent string
		wantEmbed   string
	}{
		{
			name:        "members",
			reply:       advisor.Reply{Text: "Also in the study group for Regression here: @12, @123.", Group: &advisor.GroupInfo{Members: []string{"12", "123"}}},
			wantContent: "Also in the study group for Regression here: <@12>, <@123>.",
		},
		{
			name:        "members worded otherwise",
			reply:       advisor.Reply{Text: "Two others are in your group.", Group: &advisor.GroupInfo{Members: []string{"7", "8"}}},
			wantContent: "Two others are in your group.\n<@7>, <@8>",
		},
		{
			name:        "nobody",
			reply:       advisor.Reply{Text: "Nobody else here has joined yet.", Group: &advisor.GroupInfo{Title: "Regression"}},
			wantContent: "Nobody else here has joined yet.",
		},
		{
			name:        "counts",
			reply:       advisor.Reply{Text: "Study groups in this workspace (people who opted in):\n  A: 1\n  B: 3\n  C: 1", Group: &advisor.GroupInfo{Counts: map[string]int{"C": 1, "B": 3, "A": 1}}},
			wantContent: "Study groups in this workspace (people who opted in):",
			wantEmbed:   "• B: 3\n• A: 1\n• C: 1",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msgs := render(tt.reply, renderContext{guild: true})
			checkLimits(t, msgs)
			if len(msgs) != 1 || msgs[0].Content != tt.wantContent {
				t.Fatalf("render = %+v, want content %q", msgs, tt.wantContent)
			}
			gotEmbed := ""
			if len(msgs[0].Embeds) > 0 {
				gotEmbed = msgs[0].Embeds[0].Description
			}
			if gotEmbed != tt.wantEmbed {
				t.Errorf("embed %q, want %q", gotEmbed, tt.wantEmbed)
			}
		})
	}
}
