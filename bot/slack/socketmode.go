package slack

import (
	"context"
	"errors"
	"fmt"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"
)

// RunSocketMode receives the same commands, clicks and events over a
// Socket Mode WebSocket opened with the app-level token (xapp-…), for
// servers Slack cannot reach. Every request is acked at once; anything
// slower than a turn happens in the background (see Wait). It returns nil
// when ctx is done, or the error that ended the connection.
func (h *Handler) RunSocketMode(ctx context.Context, appToken string) error {
	if appToken == "" {
		return errors.New("slack: socket mode: app token is required")
	}
	api := slack.New(h.botToken, slack.OptionAppLevelToken(appToken),
		slack.OptionAPIURL(h.apiURL), slack.OptionHTTPClient(h.httpClient))
	client := socketmode.New(api)

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	runErr := make(chan error, 1)
	go func() { runErr <- client.RunContext(ctx) }()

	for {
		select {
		case <-ctx.Done():
			<-runErr
			return nil
		case err := <-runErr:
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("slack: socket mode: %w", err)
		case evt := <-client.Events:
			h.socketEvent(ctx, client, evt)
		}
	}
}

// socketEvent handles one Socket Mode event the way the HTTP endpoints
// handle the equivalent request.
func (h *Handler) socketEvent(ctx context.Context, client *socketmode.Client, evt socketmode.Event) {
	switch evt.Type {
	case socketmode.EventTypeConnectionError, socketmode.EventTypeIncomingError, socketmode.EventTypeErrorBadMessage:
		h.log.Warn("slack: socket mode", "event", string(evt.Type))
		return
	case socketmode.EventTypeInvalidAuth:
		h.log.Error("slack: socket mode: the app-level token was refused")
		return
	}
	if evt.Request == nil {
		return
	}
	req := *evt.Request
	switch data := evt.Data.(type) {
	case slackevents.EventsAPIEvent:
		h.ack(ctx, client, req, nil)
		if h.claimEvent(ctx, data, fmt.Sprint(req.RetryAttempt)) {
			h.goBackground(ctx, func(ctx context.Context) { h.event(ctx, data) })
		}
	case slack.SlashCommand:
		if data.UserID == "" || data.TeamID == "" {
			h.ack(ctx, client, req, nil)
			return
		}
		msg := h.command(ctx, data)
		if err := client.AckCtx(ctx, req.EnvelopeID, msg); err != nil {
			// Too big for an ack (20 KB): ack empty and answer through
			// the response_url instead.
			h.ack(ctx, client, req, nil)
			h.goBackground(ctx, func(ctx context.Context) {
				if err := h.respond(ctx, data.ResponseURL, msg); err != nil {
					h.log.Error("slack: answer command via response_url", "err", err)
				}
			})
		}
	case slack.InteractionCallback:
		h.ack(ctx, client, req, nil)
		if data.User.ID != "" && data.Team.ID != "" {
			h.goBackground(ctx, func(ctx context.Context) { h.interaction(ctx, data) })
		}
	default:
		h.ack(ctx, client, req, nil)
	}
}

func (h *Handler) ack(ctx context.Context, client *socketmode.Client, req socketmode.Request, payload any) {
	if req.EnvelopeID == "" {
		return
	}
	if err := client.AckCtx(ctx, req.EnvelopeID, payload); err != nil {
		h.log.Warn("slack: socket mode ack", "err", err)
	}
}
