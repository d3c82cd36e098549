package slack

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/slack-go/slack"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/bot"
	"github.com/certpath/certpath/catalog"
	"github.com/certpath/certpath/groups"
	"github.com/certpath/certpath/session"
	"github.com/certpath/certpath/session/memory"
)

// checkInReply is the advisor's real weekly check-in for testUser, after
// a DM interview and an opt-in to reminders.
func checkInReply(t *testing.T, e *env) advisor.Reply {
	t.Helper()
	e.event(dmEvent("EvCI1", testTeam, testUser, wholeProfile, nil))
	e.event(dmEvent("EvCI2", testTeam, testUser, "remind weekly monday 18:00", nil))
	s, err := e.store.Load(context.Background(), keyOf("", testTeam, testUser))
	if err != nil || s.Reminder == nil {
		t.Fatalf("session after opting in = %+v, %v; want a reminder", s.Reminder, err)
	}
	e.clock.Add(7 * 24 * time.Hour)
	r, ok := e.conv.Advisor.CheckIn(s, e.clock.Now())
	if !ok || r.Question == nil || len(r.Question.Choices) == 0 {
		t.Fatalf("CheckIn = %+v, %v; want a question with choices", r, ok)
	}
	return r
}

func TestSendDeliversCheckInAsDMWithWorkingButtons(t *testing.T) {
	e := newEnv(t)
	reply := checkInReply(t, e)
	before := len(e.slack.Calls("chat.postMessage"))
	key := keyOf("", testTeam, testUser)

	if err := e.h.Send(context.Background(), key, reply); err != nil {
		t.Fatalf("Send: %v", err)
	}
	opens := e.slack.Calls("conversations.open")
	if len(opens) != 1 || opens[0].Form.Get("users") != testUser || opens[0].Token != testBotToken {
		t.Fatalf("conversations.open = %+v, want one for %s with the workspace token", opens, testUser)
	}
	posts := e.slack.Calls("chat.postMessage")[before:]
	if len(posts) != 1 || posts[0].Form.Get("channel") != "D"+testUser || posts[0].Token != testBotToken {
		t.Fatalf("posts = %+v, want one to the opened DM", posts)
	}
	if posts[0].Form.Get("text") != fallbackText(reply.Text) {
		t.Errorf("fallback text = %q, want the reply's text", posts[0].Form.Get("text"))
	}
	got := buttons(blocksOf(t, posts[0]))
	var actionID, value string
	for _, c := range reply.Question.Choices {
		if !containsValue(got, c.ID) {
			t.Errorf("buttons %v lack the choice %q", got, c.ID)
		}
	}
	// "Done with <step 1>" is the last choice; clicking it must finish
	// the step.
	done := reply.Question.Choices[len(reply.Question.Choices)-1].ID
	if !strings.HasPrefix(done, "cmd=done") {
		t.Fatalf("last check-in choice = %q, want cmd=done …", done)
	}
	for id, v := range got {
		if v == done {
			actionID, value = id, v
		}
	}

	// Clicking a button of the DM runs the ordinary interaction path.
	click := blockAction(testTeam, testUser, actionID, value, e.slack.responseURL("ci"))
	click["channel"] = map[string]any{"id": "D" + testUser}
	click["container"] = map[string]any{"type": "message", "channel_id": "D" + testUser, "is_ephemeral": false}
	if w := e.interaction(click); w.Code != http.StatusOK {
		t.Fatalf("click = %d", w.Code)
	}
	resp := e.slack.Calls("response_url")
	if len(resp) != 1 || resp[0].JSON["replace_original"] != true {
		t.Fatalf("response_url = %+v, want the DM message replaced once", resp)
	}
	if text, _ := resp[0].JSON["text"].(string); text == "" || strings.Contains(text, "try again") {
		t.Errorf("answer to the click = %q", text)
	}
	s, err := e.store.Load(context.Background(), key)
	if err != nil || s.Plan == nil || !s.Plan.Steps[0].Done {
		t.Errorf("after clicking %q: plan %+v, %v; want step 1 done", done, s.Plan, err)
	}
}

func TestSendErrors(t *testing.T) {
	slackErr := func(code string, extra ...string) scripted {
		body := `{"ok":false,"error":"` + code + `"`
		for i := 0; i+1 < len(extra); i += 2 {
			body += `,"` + extra[i] + `":"` + extra[i+1] + `"`
		}
		return scripted{status: http.StatusOK, body: body + "}"}
	}
	limited := scripted{status: http.StatusTooManyRequests, header: map[string]string{"Retry-After": "0"}}
	tests := []struct {
		name      string
		key       advisor.Key
		configure func(*Options)
		script    map[string][]scripted
		wantIs    error  // sentinel the error must wrap; nil with ok
		wantText  string // substring of the error
		ok        bool
		wantPosts int
		wantToken string
	}{
		{name: "delivered", key: keyOf("", testTeam, testUser), ok: true, wantPosts: 1, wantToken: testBotToken},
		{name: "rate limited once then delivered", key: keyOf("", testTeam, testUser),
			script: map[string][]scripted{"chat.postMessage": {limited}}, ok: true, wantPosts: 2, wantToken: testBotToken},
		{name: "rate limited throughout", key: keyOf("", testTeam, testUser),
			script:   map[string][]scripted{"chat.postMessage": {limited, limited, limited}},
			wantText: "rate limit", wantPosts: maxAttempts},
		{name: "deactivated user", key: keyOf("", testTeam, testUser),
			script: map[string][]scripted{"conversations.open": {slackErr("user_disabled")}},
			wantIs: ErrUnreachable, wantText: "user_disabled"},
		{name: "DMs with the app turned off", key: keyOf("", testTeam, testUser),
			script: map[string][]scripted{"chat.postMessage": {slackErr("messages_tab_disabled")}},
			wantIs: ErrUnreachable, wantText: "messages_tab_disabled", wantPosts: 1},
		{name: "missing scope", key: keyOf("", testTeam, testUser),
			script: map[string][]scripted{"conversations.open": {slackErr("missing_scope", "needed", "im:write", "provided", "commands")}},
			wantIs: ErrNotPermitted, wantText: "im:write"},
		{name: "revoked token", key: keyOf("", testTeam, testUser),
			script: map[string][]scripted{"conversations.open": {slackErr("token_revoked")}},
			wantIs: ErrNotPermitted, wantText: "token_revoked"},
		{name: "workspace never installed", key: keyOf("", "T404", testUser),
			configure: func(o *Options) { o.BotToken = "" }, wantIs: ErrNotPermitted, wantText: "T404"},
		{name: "installed workspace uses its own token", key: keyOf("", "T2", "U9"),
			configure: func(o *Options) {
				raw, _ := json.Marshal(installation{TeamID: "T2", BotToken: "xoxb-installed"})
				if err := o.Store.PutRecord(context.Background(), installationKind, "T2", raw); err != nil {
					t.Fatal(err)
				}
			}, ok: true, wantPosts: 1, wantToken: "xoxb-installed"},
		{name: "not a Slack key", key: advisor.Key{Platform: "discord", Workspace: "G1", User: "1"}, wantText: "not a Slack learner"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var configure []func(*Options)
			if tt.configure != nil {
				configure = append(configure, tt.configure)
			}
			e := newEnv(t, configure...)
			for method, ss := range tt.script {
				for _, s := range ss {
					e.slack.then(method, s)
				}
			}
			err := e.h.Send(context.Background(), tt.key, advisor.Reply{Kind: advisor.KindInfo, Text: "Weekly check-in."})
			if tt.ok != (err == nil) {
				t.Fatalf("Send = %v, want ok=%v", err, tt.ok)
			}
			if tt.wantIs != nil && !errors.Is(err, tt.wantIs) {
				t.Errorf("Send = %v, want it to wrap %v", err, tt.wantIs)
			}
			if tt.wantText != "" && !strings.Contains(err.Error(), tt.wantText) {
				t.Errorf("Send = %q, want it to mention %q", err, tt.wantText)
			}
			if err != nil && (strings.Contains(err.Error(), testBotToken) || strings.Contains(err.Error(), "xoxb-")) {
				t.Errorf("error leaks a token: %v", err)
			}
			posts := e.slack.Calls("chat.postMessage")
			if len(posts) != tt.wantPosts {
				t.Fatalf("chat.postMessage calls = %d, want %d", len(posts), tt.wantPosts)
			}
			for _, p := range posts {
				if tt.wantToken != "" && p.Token != tt.wantToken {
					t.Errorf("token = %q, want %q", p.Token, tt.wantToken)
				}
				if p.Form.Get("channel") != "D"+tt.key.User {
					t.Errorf("posted to %q, want the DM D%s", p.Form.Get("channel"), tt.key.User)
				}
			}
		})
	}
}

func TestSendRateLimitKeepsSlackError(t *testing.T) {
	e := newEnv(t)
	for range maxAttempts {
		e.slack.then("conversations.open", scripted{status: http.StatusTooManyRequests, header: map[string]string{"Retry-After": "0"}})
	}
	err := e.h.Send(context.Background(), keyOf("", testTeam, testUser), advisor.Reply{Text: "hi"})
	var rl *slack.RateLimitedError
	if !errors.As(err, &rl) {
		t.Fatalf("Send = %v, want a *slack.RateLimitedError in the chain", err)
	}
	if n := len(e.slack.Calls("conversations.open")); n != maxAttempts {
		t.Errorf("conversations.open calls = %d, want %d (Retry-After honoured, then give up)", n, maxAttempts)
	}
}

func TestSendUploadsFiles(t *testing.T) {
	e := newEnv(t)
	files := []advisor.File{
		{Name: advisor.MarkdownFileName, MIMEType: advisor.MarkdownMIMEType, Data: []byte("# Plan\n")},
		{Name: advisor.ICSFileName, MIMEType: advisor.ICSMIMEType, Data: []byte("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")},
		{Name: "empty.txt", MIMEType: "text/plain"},
	}
	if err := e.h.Send(context.Background(), keyOf("", testTeam, testUser), advisor.Reply{Text: "Here is your plan.", Files: files}); err != nil {
		t.Fatalf("Send: %v", err)
	}
	checkUploaded(t, e.slack, "D"+testUser, files[:2])
}

// checkUploaded asserts that files (and only they) were uploaded and
// shared together in channel.
func checkUploaded(t *testing.T, fs *fakeSlack, channel string, files []advisor.File) {
	t.Helper()
	urls := fs.Calls("files.getUploadURLExternal")
	ups := fs.Calls("upload")
	if len(urls) != len(files) || len(ups) != len(files) {
		t.Fatalf("upload URLs %d, uploads %d; want %d each", len(urls), len(ups), len(files))
	}
	for i, f := range files {
		if urls[i].Form.Get("filename") != f.Name || urls[i].Form.Get("length") != strconv.Itoa(len(f.Data)) {
			t.Errorf("upload URL %d for %q (%s bytes), want %q (%d)", i, urls[i].Form.Get("filename"), urls[i].Form.Get("length"), f.Name, len(f.Data))
		}
		if ups[i].File.Name != f.Name || string(ups[i].File.Data) != string(f.Data) {
			t.Errorf("upload %d = %q %q, want %q %q", i, ups[i].File.Name, ups[i].File.Data, f.Name, f.Data)
		}
	}
	done := fs.Calls("files.completeUploadExternal")
	if len(done) != 1 || done[0].Form.Get("channel_id") != channel {
		t.Fatalf("files.completeUploadExternal = %+v, want one to %s", done, channel)
	}
	var shared []slack.FileSummary
	if err := json.Unmarshal([]byte(done[0].Form.Get("files")), &shared); err != nil || len(shared) != len(files) {
		t.Fatalf("shared files %s: %v", done[0].Form.Get("files"), err)
	}
	for i, s := range shared {
		if s.ID != ups[i].File.ID || s.Title != files[i].Name {
			t.Errorf("shared %d = %+v, want id %s titled %s", i, s, ups[i].File.ID, files[i].Name)
		}
	}
}

func TestExportUploadsFilesToTheDM(t *testing.T) {
	tests := []struct {
		name string
		// export runs "export" in one of the ways a learner can.
		export   func(t *testing.T, e *env)
		wantOpen bool   // the DM had to be opened first
		channel  string // where the files are shared
		noteIn   string // call carrying the "sent to your DM" note, if any
	}{
		{"direct message", func(t *testing.T, e *env) { e.event(dmEvent("EvX2", testTeam, testUser, "export", nil)) }, false, "D1", ""},
		{"slash command", func(t *testing.T, e *env) {
			msg := decode(t, e.command("export").Body.Bytes())
			if !strings.Contains(blocksText(blocksOf(t, apiCall{JSON: msg})), filesToDMNote) {
				t.Errorf("ephemeral reply lacks the note that files went to the DM")
			}
		}, true, "D" + testUser, ""},
		{"suggestion button", func(t *testing.T, e *env) {
			e.interaction(blockAction(testTeam, testUser, actionSuggestPrefix+"0", "export", e.slack.responseURL("x")))
		}, true, "D" + testUser, "response_url"},
		{"mention", func(t *testing.T, e *env) {
			e.event(callback("EvX3", testTeam, map[string]any{
				"type": "app_mention", "user": testUser, "text": "<@UBOT> export", "ts": "1700000000.000200", "channel": "C9",
			}))
		}, true, "D" + testUser, "chat.postMessage"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t)
			e.event(dmEvent("EvX1", testTeam, testUser, wholeProfile, nil))
			tt.export(t, e)
			if opened := len(e.slack.Calls("conversations.open")) > 0; opened != tt.wantOpen {
				t.Errorf("conversations.open called = %v, want %v", opened, tt.wantOpen)
			}
			urls := e.slack.Calls("files.getUploadURLExternal")
			if len(urls) != 3 {
				t.Fatalf("files uploaded = %d, want the .md, the .ics and the .png", len(urls))
			}
			ups := e.slack.Calls("upload")
			files := []advisor.File{
				{Name: advisor.MarkdownFileName, Data: ups[0].File.Data},
				{Name: advisor.ICSFileName, Data: ups[1].File.Data},
				{Name: advisor.TimelineFileName, Data: ups[2].File.Data},
			}
			checkUploaded(t, e.slack, tt.channel, files)
			s, err := e.store.Load(context.Background(), keyOf("", testTeam, testUser))
			if err != nil || s.Plan == nil {
				t.Fatalf("session = %v", err)
			}
			checkPicture(t, urls[2], files[2].Data, s.Plan, e.clock.Now())
			for _, st := range s.Plan.Steps {
				if !strings.Contains(string(files[0].Data), st.Title) {
					t.Errorf("markdown export lacks step %q:\n%s", st.Title, files[0].Data)
				}
			}
			if !strings.HasPrefix(string(files[1].Data), "BEGIN:VCALENDAR") {
				t.Errorf("ics export starts %q", files[1].Data[:min(20, len(files[1].Data))])
			}
			if tt.noteIn != "" {
				calls := e.slack.Calls(tt.noteIn)
				last := calls[len(calls)-1]
				if !strings.Contains(blocksText(blocksOf(t, last)), filesToDMNote) {
					t.Errorf("%s reply lacks the note that files went to the DM: %s", tt.noteIn, blocksText(blocksOf(t, last)))
				}
			}
		})
	}
}

func TestExportWithoutFilesScopeTellsLearner(t *testing.T) {
	e := newEnv(t)
	e.event(dmEvent("EvY1", testTeam, testUser, wholeProfile, nil))
	e.slack.then("files.getUploadURLExternal", scripted{status: http.StatusOK,
		body: `{"ok":false,"error":"missing_scope","needed":"files:write","provided":"commands,chat:write"}`})
	e.event(dmEvent("EvY2", testTeam, testUser, "export", nil))
	posts := e.slack.Calls("chat.postMessage")
	if len(posts) != 3 {
		t.Fatalf("posts = %d, want plan, export reply and the failure note", len(posts))
	}
	note := posts[2]
	if note.Form.Get("channel") != "D1" || !strings.Contains(note.Form.Get("text"), "not allowed to upload files") {
		t.Errorf("failure note = %q in %q", note.Form.Get("text"), note.Form.Get("channel"))
	}
	if n := len(e.slack.Calls("files.completeUploadExternal")); n != 0 {
		t.Errorf("completeUploadExternal calls = %d after a failed upload", n)
	}
}

// groupEnv is an env whose store keeps study group rosters, as cmd wires it.
func groupEnv(t *testing.T) *env {
	return newEnv(t, func(o *Options) {
		o.Store = groups.Track(session.Store(memory.New()), o.Log)
		cat, err := catalog.Default()
		if err != nil {
			t.Fatal(err)
		}
		o.Conversations = &bot.Conversations{Advisor: advisor.New(cat), Store: o.Store, Now: o.Now, Log: o.Log,
			Enrich: groups.Enrich(o.Store, o.Log)}
	})
}

func TestStudyGroupMembersAsMentions(t *testing.T) {
	e := groupEnv(t)
	for i, u := range []string{testUser, "U2", "W3"} {
		e.event(dmEvent("EvG"+strconv.Itoa(i), testTeam, u, wholeProfile, nil))
		e.event(dmEvent("EvJ"+strconv.Itoa(i), testTeam, u, "join", nil))
	}
	e.event(dmEvent("EvG9", testTeam, testUser, "group", nil))
	posts := e.slack.Calls("chat.postMessage")
	last := posts[len(posts)-1]
	text := blocksText(blocksOf(t, last))
	for _, want := range []string{"<@U2>", "<@W3>"} {
		if !strings.Contains(text, want) || !strings.Contains(last.Form.Get("text"), want) {
			t.Errorf("group reply lacks mention %s: blocks %s, text %q", want, text, last.Form.Get("text"))
		}
	}
	if strings.Contains(text, "<@"+testUser+">") {
		t.Errorf("group reply mentions the asker: %s", text)
	}
}

func TestGroupStatsAsksSlackWhoIsAdmin(t *testing.T) {
	tests := []struct {
		name      string
		admin     bool
		usersInfo *scripted
		wantText  string
	}{
		{"admin sees counts", true, nil, "*: 2"},
		{"member is refused", false, nil, "Only workspace admins"},
		{"users.info without scope is a refusal", true, &scripted{status: http.StatusOK,
			body: `{"ok":false,"error":"missing_scope","needed":"users:read"}`}, "Only workspace admins"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := groupEnv(t)
			for i, u := range []string{testUser, "U2"} {
				e.event(dmEvent("EvS"+strconv.Itoa(i), testTeam, u, wholeProfile, nil))
				e.event(dmEvent("EvT"+strconv.Itoa(i), testTeam, u, "join", nil))
			}
			if n := len(e.slack.Calls("users.info")); n != 0 {
				t.Fatalf("users.info called %d times for ordinary turns", n)
			}
			if tt.admin {
				e.slack.setAdmin(testUser)
			}
			if tt.usersInfo != nil {
				e.slack.then("users.info", *tt.usersInfo)
			}
			w := e.command("group stats")
			msg := decode(t, w.Body.Bytes())
			got := blocksText(blocksOf(t, apiCall{JSON: msg}))
			if !strings.Contains(got, tt.wantText) {
				t.Errorf("group stats = %s, want %q", got, tt.wantText)
			}
			info := e.slack.Calls("users.info")
			if len(info) != 1 || info[0].Form.Get("user") != testUser || info[0].Token != testBotToken {
				t.Errorf("users.info = %+v, want one lookup of %s", info, testUser)
			}
		})
	}
}

func TestAdminLookupIsCachedBriefly(t *testing.T) {
	e := newEnv(t)
	e.slack.setAdmin(testUser)
	steps := []struct {
		advance time.Duration
		text    string
		calls   int // users.info calls so far
	}{
		{0, "group stats", 1},
		{time.Minute, "Group   Stats", 1},
		{0, "help", 1},
		{adminTTL, "/certpath groups", 2},
		{0, "study groups", 2},
	}
	for _, s := range steps {
		e.clock.Add(s.advance)
		e.command(s.text)
		if n := len(e.slack.Calls("users.info")); n != s.calls {
			t.Fatalf("after %q: users.info calls = %d, want %d", s.text, n, s.calls)
		}
	}
}

func TestAsksForGroupStats(t *testing.T) {
	tests := []struct {
		in   advisor.Input
		want bool
	}{
		{advisor.Input{Text: "group stats"}, true},
		{advisor.Input{Text: "  GROUP   stats "}, true},
		{advisor.Input{Text: "certpath group counts"}, true},
		{advisor.Input{Text: "groups"}, true},
		{advisor.Input{Choice: "cmd=group stats"}, true},
		{advisor.Input{Text: "group"}, false},
		{advisor.Input{Text: "how do study groups work?"}, false},
		{advisor.Input{Choice: "goal=mlops", Text: "group stats"}, false},
	}
	for _, tt := range tests {
		if got := asksForGroupStats(tt.in); got != tt.want {
			t.Errorf("asksForGroupStats(%+v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestGroupReplyToMentionIsEphemeral(t *testing.T) {
	e := groupEnv(t)
	for i, u := range []string{testUser, "U2"} {
		e.event(dmEvent("EvM"+strconv.Itoa(i), testTeam, u, wholeProfile, nil))
		e.event(dmEvent("EvN"+strconv.Itoa(i), testTeam, u, "join", nil))
	}
	before := len(e.slack.Calls("chat.postMessage"))
	e.event(callback("EvM9", testTeam, map[string]any{
		"type": "app_mention", "user": testUser, "text": "<@UBOT> group", "ts": "1700000000.000200", "channel": "C9",
	}))
	if n := len(e.slack.Calls("chat.postMessage")) - before; n != 0 {
		t.Fatalf("study group reply posted publicly (%d posts)", n)
	}
	eph := e.slack.Calls("chat.postEphemeral")
	if len(eph) != 1 || eph[0].Form.Get("user") != testUser || eph[0].Form.Get("channel") != "C9" ||
		eph[0].Form.Get("thread_ts") != "1700000000.000200" {
		t.Fatalf("chat.postEphemeral = %+v, want one to %s in C9's thread", eph, testUser)
	}
	if !strings.Contains(blocksText(blocksOf(t, eph[0])), "<@U2>") {
		t.Errorf("ephemeral group reply lacks the mention: %s", blocksText(blocksOf(t, eph[0])))
	}
}

func TestMentionify(t *testing.T) {
	tests := []struct {
		in      string
		members []string
		want    string
	}{
		{"Also here: @U2, @W3.", []string{"U2", "W3"}, "Also here: <@U2>, <@W3>."},
		{"@U12 and @U1", []string{"U1"}, "@U12 and <@U1>"},
		{"@here @channel", []string{"here", "channel"}, "@here @channel"},
		{"@U2", []string{"U2>&lt;"}, "@U2"},
		{"no members @U2", nil, "no members @U2"},
	}
	for _, tt := range tests {
		if got := mentionify(tt.in, tt.members); got != tt.want {
			t.Errorf("mentionify(%q, %v) = %q, want %q", tt.in, tt.members, got, tt.want)
		}
	}
}
