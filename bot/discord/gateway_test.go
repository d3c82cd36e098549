package discord

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/bot"
	"github.com/certpath/certpath/bot/discord/discordtest"
)

// TestGatewayDM drives a DM conversation over a fake gateway: READY, a
// user's DM (answered with a REST post to the DM channel), the bot's own
// message (ignored), and an interaction (answered by the REST callback).
func TestGatewayDM(t *testing.T) {
	const botID, dmChannel = "bot-1", "dm-chan-7"
	hs := newHarness(t, func(o *Options, _ *bot.Conversations) { o.ShardID, o.ShardCount = 1, 2 })
	gw := discordtest.NewGateway(botID)
	defer gw.Close()
	hs.api.SetGateway(gw.URL())

	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- hs.h.RunGateway(runCtx) }()
	if err := gw.AwaitReady(ctx); err != nil {
		t.Fatal(err)
	}
	ids := gw.Identifies()
	if len(ids) != 1 || !ids[0].HasToken {
		t.Fatalf("identifies = %+v, want one with a token", ids)
	}
	if got := discordgo.Intent(ids[0].Intents); got != discordgo.IntentsGuilds|discordgo.IntentsDirectMessages {
		t.Errorf("intents = %d, want guilds|direct messages", got)
	}
	if ids[0].Shard == nil || *ids[0].Shard != [2]int{1, 2} {
		t.Errorf("shard = %v, want [1 2]", ids[0].Shard)
	}

	dm := func(id, author string, bot bool, content string) map[string]any {
		return map[string]any{
			"id": id, "channel_id": dmChannel, "content": content, "type": 0,
			"author": map[string]any{"id": author, "username": "someone", "bot": bot},
		}
	}
	// The bot's own echo comes first: if it were answered, its reply would
	// be the first post to the channel.
	if err := gw.Dispatch("MESSAGE_CREATE", dm("m0", botID, true, "restart")); err != nil {
		t.Fatal(err)
	}
	if err := gw.Dispatch("MESSAGE_CREATE", dm("m1", testUser, false, "start")); err != nil {
		t.Fatal(err)
	}
	call, err := hs.api.Await(ctx, http.MethodPost, apiPath("/channels/"+dmChannel+"/messages"))
	if err != nil {
		t.Fatal(err)
	}
	var got wireMessage
	if err := call.JSON(&got); err != nil {
		t.Fatal(err)
	}
	first := hs.step(advisor.Key{}, advisor.Input{Text: "start"})
	if want := questionText(first); got.Content != want {
		t.Errorf("DM reply %q, want %q", got.Content, want)
	}
	if len(got.ids()) == 0 || got.ephemeral() {
		t.Errorf("DM reply %+v: want buttons and a normal message", got)
	}

	key := advisor.Key{Platform: Platform, Workspace: dmWorkspace, User: testUser}
	s, err := hs.store.Load(ctx, key)
	if err != nil || s.Asking == "" {
		t.Fatalf("DM conversation not stored as %v: %+v %v", key, s, err)
	}

	// A button click in the DM arrives as an interaction on the gateway.
	click := hs.click("", choicePrefix+string(s.Asking)+"="+advisor.AllowedValues[s.Asking][0])
	click["id"] = "int-gw"
	if err := gw.Dispatch("INTERACTION_CREATE", click); err != nil {
		t.Fatal(err)
	}
	cb, err := hs.api.Await(ctx, http.MethodPost, apiPath("/interactions/int-gw/itoken/callback"))
	if err != nil {
		t.Fatal(err)
	}
	var resp wireResponse
	if err := cb.JSON(&resp); err != nil {
		t.Fatal(err)
	}
	if resp.Type != discordgo.InteractionResponseUpdateMessage {
		t.Errorf("gateway click answered with type %d, want 7", resp.Type)
	}

	stop()
	if err := <-done; err != nil {
		t.Errorf("RunGateway = %v, want nil after cancel", err)
	}
	hs.wait()
	if n := len(hs.api.Find(http.MethodPost, apiPath("/channels/"+dmChannel+"/messages"))); n != 1 {
		t.Errorf("%d posts to the DM channel, want 1 (the bot's own message must be ignored)", n)
	}
}

func TestRunGatewayNeedsToken(t *testing.T) {
	hs := newHarness(t, func(o *Options, _ *bot.Conversations) { o.BotToken = "" })
	if err := hs.h.RunGateway(context.Background()); err == nil {
		t.Error("RunGateway without a bot token succeeded")
	}
}
