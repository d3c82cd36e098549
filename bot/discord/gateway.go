package discord

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"

	"github.com/bwmarrin/discordgo"

	"github.com/certpath/certpath/advisor"
)

// gatewayIntents are all certpath needs: interactions arrive regardless,
// Guilds keeps the connection valid, DirectMessages brings DM text (which,
// unlike guild message content, needs no privileged intent).
const gatewayIntents = discordgo.IntentsGuilds | discordgo.IntentsDirectMessages

// RunGateway connects to Discord's gateway and serves interactions (with
// the same code as the HTTP endpoint, answering through the REST callback)
// and direct messages as a free-text conversation, until ctx is done.
//
// discordgo asks GET /api/v10/gateway for the websocket URL, through the
// same redirected HTTP client as every other REST call, so with APIURL set
// a fake API can hand out a fake gateway without any global being changed.
func (h *Handler) RunGateway(ctx context.Context) error {
	if h.opts.BotToken == "" {
		return errors.New("discord: gateway: a bot token is required")
	}
	s, err := newSession(h.opts)
	if err != nil {
		return err
	}
	s.Identify.Intents = gatewayIntents
	s.StateEnabled = false
	var self atomic.Value
	s.AddHandler(func(_ *discordgo.Session, r *discordgo.Ready) {
		if r.User != nil {
			self.Store(r.User.ID)
			h.log.Info("discord: gateway ready", "user", r.User.ID, "shard", h.opts.ShardID, "shards", s.ShardCount)
		}
	})
	s.AddHandler(func(_ *discordgo.Session, ic *discordgo.InteractionCreate) {
		if ic.Interaction == nil {
			return
		}
		h.work.goDo(func() { h.gatewayInteraction(ctx, ic.Interaction) })
	})
	s.AddHandler(func(_ *discordgo.Session, m *discordgo.MessageCreate) {
		if m.Message == nil || m.Author == nil || m.GuildID != "" || m.Author.Bot {
			return
		}
		if id, _ := self.Load().(string); id == m.Author.ID {
			return
		}
		h.work.goDo(func() { h.directText(ctx, m.Message) })
	})
	if err := s.Open(); err != nil {
		return fmt.Errorf("discord: gateway open: %w", err)
	}
	<-ctx.Done()
	if err := s.Close(); err != nil {
		return fmt.Errorf("discord: gateway close: %w", err)
	}
	return nil
}

// gatewayInteraction answers an interaction that arrived on the gateway:
// the same answer as over HTTP, delivered by the REST callback.
func (h *Handler) gatewayInteraction(ctx context.Context, i *discordgo.Interaction) {
	// Work already received is finished even when the gateway shuts down,
	// within the time Discord gives an interaction anyway.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), discordgo.InteractionDeadline)
	defer cancel()
	resp, after := h.answer(ctx, i)
	if resp == nil {
		return
	}
	if err := h.respond(ctx, i, resp); err != nil {
		h.log.Error("discord: interaction callback", "interaction", i.ID, "err", err)
		return
	}
	after()
}

// directText runs a DM as one free-text turn and replies in the DM
// channel, where messages are never ephemeral.
func (h *Handler) directText(ctx context.Context, m *discordgo.Message) {
	text := strings.TrimSpace(m.Content)
	if text == "" {
		return
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), turnTimeout)
	defer cancel()
	key := conversationKey("", m.Author.ID)
	for _, out := range h.turn(ctx, key, advisor.Input{Text: text}, renderContext{canDM: h.canDM}) {
		if err := h.sendMessage(ctx, m.ChannelID, out); err != nil {
			h.log.Error("discord: dm reply", "user", m.Author.ID, "err", err)
			return
		}
	}
}
