package discord

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/bot"
	"github.com/certpath/certpath/bot/discord/discordtest"
	"github.com/certpath/certpath/catalog"
	"github.com/certpath/certpath/session"
	"github.com/certpath/certpath/session/memory"
	"github.com/certpath/certpath/timeline"
)

const (
	testApp   = "app-1"
	testGuild = "guild-1"
	testUser  = "user-1"
	testChan  = "chan-1"
)

// testNow is the fixed clock of every test: signatures, turns and plans.
var testNow = time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)

// harness is one handler wired to a fake Discord API, the real advisor and
// a store, with a key to sign requests like Discord.
type harness struct {
	t       testing.TB
	api     *discordtest.API
	signer  *discordtest.Signer
	h       *Handler
	advisor *advisor.Advisor
	store   session.Store
	conv    *bot.Conversations
	seq     int
}

type harnessOption func(*Options, *bot.Conversations)

func newHarness(t testing.TB, opts ...harnessOption) *harness {
	t.Helper()
	cat, err := catalog.Default()
	if err != nil {
		t.Fatal(err)
	}
	signer, err := discordtest.NewSigner()
	if err != nil {
		t.Fatal(err)
	}
	api := discordtest.NewAPI()
	t.Cleanup(api.Close)
	log := slog.New(slog.NewTextHandler(testLog{t}, nil))
	conv := &bot.Conversations{Advisor: advisor.New(cat), Store: memory.New(), Now: func() time.Time { return testNow }, Log: log}
	o := Options{
		PublicKey:     signer.PublicKey(),
		BotToken:      "test-bot-token",
		AppID:         testApp,
		APIURL:        api.URL,
		Conversations: conv,
		Log:           log,
		Now:           func() time.Time { return testNow },
	}
	drawer, err := timeline.New()
	if err != nil {
		t.Fatal(err)
	}
	o.Drawer = drawer
	for _, f := range opts {
		f(&o, conv)
	}
	h, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := h.Wait(ctx); err != nil {
			t.Error(err)
		}
	})
	return &harness{t: t, api: api, signer: signer, h: h, advisor: conv.Advisor, store: conv.Store, conv: conv}
}

// post sends a signed body through the handler.
func (hs *harness) post(body []byte) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	hs.h.ServeHTTP(rec, hs.signer.Request("http://certpath.test/discord/interactions", body, testNow))
	return rec
}

// interact posts an interaction and decodes the response, failing the
// test unless it is 200.
func (hs *harness) interact(i map[string]any) wireResponse {
	hs.t.Helper()
	body, err := json.Marshal(i)
	if err != nil {
		hs.t.Fatal(err)
	}
	rec := hs.post(body)
	if rec.Code != http.StatusOK {
		hs.t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	var resp wireResponse
	if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil {
		hs.t.Fatalf("decode %s: %v", rec.Body, err)
	}
	return resp
}

// wait waits for the handler's background work.
func (hs *harness) wait() {
	hs.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := hs.h.Wait(ctx); err != nil {
		hs.t.Fatal(err)
	}
}

// base is the common part of an interaction from testUser, in testGuild
// or, with guild "", in a DM.
func (hs *harness) base(typ discordgo.InteractionType, guild string) map[string]any {
	hs.seq++
	i := map[string]any{
		"id":             "int-" + string(rune('a'+hs.seq%26)),
		"application_id": testApp,
		"type":           typ,
		"token":          "itoken",
		"version":        1,
		"channel_id":     testChan,
	}
	user := map[string]any{"id": testUser, "username": "learner"}
	if guild != "" {
		i["guild_id"] = guild
		i["member"] = map[string]any{"user": user}
	} else {
		i["user"] = user
	}
	return i
}

func (hs *harness) slash(guild, sub string, options ...map[string]any) map[string]any {
	i := hs.base(discordgo.InteractionApplicationCommand, guild)
	subOpt := map[string]any{"name": sub, "type": discordgo.ApplicationCommandOptionSubCommand}
	if len(options) > 0 {
		subOpt["options"] = options
	}
	i["data"] = map[string]any{"id": "cmd-1", "name": CommandName, "type": 1, "options": []any{subOpt}}
	return i
}

func (hs *harness) click(guild, customID string, values ...string) map[string]any {
	i := hs.base(discordgo.InteractionMessageComponent, guild)
	data := map[string]any{"custom_id": customID, "component_type": discordgo.ButtonComponent}
	if len(values) > 0 {
		data["component_type"] = discordgo.SelectMenuComponent
		data["values"] = values
	}
	i["data"] = data
	i["message"] = map[string]any{"id": "msg-1", "channel_id": testChan}
	return i
}

func (hs *harness) modalSubmit(guild, customID, value string) map[string]any {
	i := hs.base(discordgo.InteractionModalSubmit, guild)
	i["data"] = map[string]any{"custom_id": customID, "components": []any{
		map[string]any{"type": discordgo.ActionsRowComponent, "components": []any{
			map[string]any{"type": discordgo.TextInputComponent, "custom_id": answerInput, "value": value},
		}},
	}}
	i["message"] = map[string]any{"id": "msg-1", "channel_id": testChan}
	return i
}

// step is what the advisor itself replies to in for key, from the
// session the store holds now; tests compare the adapter against it.
func (hs *harness) step(key advisor.Key, in advisor.Input) advisor.Reply {
	hs.t.Helper()
	s, err := hs.store.Load(context.Background(), key)
	if err != nil {
		s = advisor.Session{Key: key}
	}
	in.Now = testNow
	if hs.conv.Enrich != nil {
		hs.conv.Enrich(context.Background(), in, &s)
	}
	_, r := hs.advisor.Step(s, in)
	return r
}

// customIDs lists the custom ids of every button and select option value
// in components, in order.
func customIDs(comps []discordgo.MessageComponent) []string {
	var out []string
	for _, c := range comps {
		switch c := c.(type) {
		case *discordgo.ActionsRow:
			out = append(out, customIDs(c.Components)...)
		case *discordgo.Button:
			out = append(out, c.CustomID)
		case *discordgo.SelectMenu:
			for _, o := range c.Options {
				out = append(out, c.CustomID+"="+o.Value)
			}
		}
	}
	return out
}

// wireResponse is an interaction response or message body as Discord
// receives it (discordgo's own types cannot decode components).
type wireResponse struct {
	Type discordgo.InteractionResponseType `json:"type"`
	Data wireMessage                       `json:"data"`
}

type wireMessage struct {
	Content    string                                     `json:"content"`
	Flags      discordgo.MessageFlags                     `json:"flags"`
	Embeds     []*discordgo.MessageEmbed                  `json:"embeds"`
	Components []discordgo.ActionsRow                     `json:"components"`
	CustomID   string                                     `json:"custom_id"`
	Title      string                                     `json:"title"`
	Choices    []discordgo.ApplicationCommandOptionChoice `json:"choices"`
	// AllowedMentions is nil when the message did not restrict pings.
	AllowedMentions *discordgo.MessageAllowedMentions `json:"allowed_mentions"`
}

// ids lists the custom ids of the message's buttons and select options.
func (m wireMessage) ids() []string {
	comps := make([]discordgo.MessageComponent, len(m.Components))
	for n := range m.Components {
		comps[n] = &m.Components[n]
	}
	return customIDs(comps)
}

func (m wireMessage) ephemeral() bool { return m.Flags&discordgo.MessageFlagsEphemeral != 0 }

// testLog sends the handler's log to the test's, shown on failure.
type testLog struct{ t testing.TB }

func (w testLog) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}

// apiPath is a REST path as discordgo sends it (it speaks API v9).
func apiPath(p string) string { return "/api/v" + discordgo.APIVersion + p }
