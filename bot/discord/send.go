package discord

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	"github.com/bwmarrin/discordgo"

	"github.com/certpath/certpath/advisor"
)

// Errors Send wraps, so a caller (the check-in scheduler) can tell a
// learner who cannot be reached from a transient failure.
var (
	// ErrDMClosed: Discord refuses to deliver to this user (error 50007):
	// they closed DMs from server members, blocked the bot, or share no
	// server with it any more. Retrying will not help.
	ErrDMClosed = errors.New("discord: user does not accept direct messages from certpath")
	// ErrNotAuthorized: the bot token is invalid or revoked (401), or the
	// application was added without the bot scope and may not DM (403
	// without a more specific code).
	ErrNotAuthorized = errors.New("discord: bot is not authorized to send direct messages")
	// ErrRateLimited: Discord kept answering 429, or asked for a longer
	// wait than Send is willing to block for.
	ErrRateLimited = errors.New("discord: rate limited")
)

// Send delivers r as a direct message to key.User, rendered like any
// reply outside a server: content, plan embeds, buttons and attachments.
// It is the check-in scheduler's schedule.SendFunc.
//
// key.Workspace is the guild the conversation lives in ("dm" or "" for
// one held in DMs). The buttons of a reply for a guild conversation carry
// that guild, so a click in the DM runs the same interaction path as a
// click in the server and continues that conversation, not a separate DM
// one. Discord has one bot token per application, so every guild uses
// the same token.
//
// Errors wrap ErrDMClosed, ErrNotAuthorized or ErrRateLimited where one
// applies, and the discordgo error. When a reply needs several messages
// and one fails, the earlier ones have been delivered; the error says
// which one failed.
func (h *Handler) Send(ctx context.Context, key advisor.Key, r advisor.Reply) error {
	if key.Platform != Platform {
		return fmt.Errorf("discord: send: key %s is not a Discord conversation", key)
	}
	if !plainID(key.User) {
		return fmt.Errorf("discord: send: key %s has no Discord user id", key)
	}
	if !h.canDM {
		return errors.New("discord: send: a bot token is required to send direct messages")
	}
	rc := renderContext{canDM: h.canDM}
	if key.Workspace != "" && key.Workspace != dmWorkspace {
		if !plainID(key.Workspace) {
			return fmt.Errorf("discord: send: key %s: workspace is not a guild id", key)
		}
		rc.route = key.Workspace
	}
	ch, err := h.openDM(ctx, key.User)
	if err != nil {
		return fmt.Errorf("discord: send to user %s: open dm: %w", key.User, classify(err))
	}
	msgs := render(r, rc)
	for n, m := range msgs {
		if err := h.sendMessage(ctx, ch.ID, m); err != nil {
			return fmt.Errorf("discord: send to user %s: message %d of %d: %w", key.User, n+1, len(msgs), classify(err))
		}
	}
	return nil
}

// classify adds the sentinel an error stands for, keeping the original.
func classify(err error) error {
	if isDMClosed(err) {
		return fmt.Errorf("%w: %w", ErrDMClosed, err)
	}
	var rest *discordgo.RESTError
	if errors.As(err, &rest) && rest.Response != nil {
		switch {
		case rest.Response.StatusCode == http.StatusUnauthorized,
			rest.Response.StatusCode == http.StatusForbidden && (rest.Message == nil || rest.Message.Code == 0 || rest.Message.Code == discordgo.ErrCodeMissingAccess):
			return fmt.Errorf("%w: %w", ErrNotAuthorized, err)
		}
	}
	return err
}
