package slack

import (
	"context"
	"errors"
	"fmt"
	"net/url"

	"github.com/slack-go/slack"
)

// client is the Web API as the installation of workspace.
func (h *Handler) client(ctx context.Context, workspace string) (webAPI, error) {
	token, err := h.token(ctx, workspace)
	if err != nil {
		return nil, err
	}
	return slack.New(token, slack.OptionAPIURL(h.apiURL), slack.OptionHTTPClient(h.httpClient)), nil
}

// postMessage posts msg to a channel (or thread, when threadTS is set) as
// the workspace's bot.
func (h *Handler) postMessage(ctx context.Context, workspace, channel, threadTS string, msg slack.WebhookMessage) error {
	api, err := h.client(ctx, workspace)
	if err != nil {
		return err
	}
	return post(ctx, api, channel, threadTS, msg)
}

// msgOptions are the chat.postMessage/postEphemeral options of msg.
func msgOptions(threadTS string, msg slack.WebhookMessage) []slack.MsgOption {
	opts := []slack.MsgOption{slack.MsgOptionText(msg.Text, false)}
	if msg.Blocks != nil {
		opts = append(opts, slack.MsgOptionBlocks(msg.Blocks.BlockSet...))
	}
	if threadTS != "" {
		opts = append(opts, slack.MsgOptionTS(threadTS))
	}
	return opts
}

// post is chat.postMessage with an already built client.
func post(ctx context.Context, api webAPI, channel, threadTS string, msg slack.WebhookMessage) error {
	opts := msgOptions(threadTS, msg)
	err := retry(ctx, func(ctx context.Context) error {
		_, _, err := api.PostMessageContext(ctx, channel, opts...)
		return err
	})
	if err != nil {
		return fmt.Errorf("slack: chat.postMessage to %s: %w", channel, err)
	}
	return nil
}

// postEphemeral shows msg to user only, in channel (or its thread).
func (h *Handler) postEphemeral(ctx context.Context, workspace, channel, user, threadTS string, msg slack.WebhookMessage) error {
	api, err := h.client(ctx, workspace)
	if err != nil {
		return err
	}
	opts := msgOptions(threadTS, msg)
	err = retry(ctx, func(ctx context.Context) error {
		_, err := api.PostEphemeralContext(ctx, channel, user, opts...)
		return err
	})
	if err != nil {
		return fmt.Errorf("slack: chat.postEphemeral to %s in %s: %w", user, channel, err)
	}
	return nil
}

// publishHome publishes the App Home tab of user.
func (h *Handler) publishHome(ctx context.Context, workspace, user string, blocks []slack.Block) error {
	api, err := h.client(ctx, workspace)
	if err != nil {
		return err
	}
	req := slack.PublishViewContextRequest{
		UserID: user,
		View:   slack.HomeTabViewRequest{Type: slack.VTHomeTab, Blocks: slack.Blocks{BlockSet: blocks}},
	}
	err = retry(ctx, func(ctx context.Context) error {
		_, err := api.PublishViewContext(ctx, req)
		return err
	})
	if err != nil {
		return fmt.Errorf("slack: views.publish for %s: %w", user, err)
	}
	return nil
}

// respond sends msg to an interaction's response_url, which needs no
// token and can replace the message the click came from.
func (h *Handler) respond(ctx context.Context, responseURL string, msg slack.WebhookMessage) error {
	err := retry(ctx, func(ctx context.Context) error {
		return slack.PostWebhookCustomHTTPContext(ctx, responseURL, h.httpClient, &msg)
	})
	if err != nil {
		// A response_url lets anyone post for 30 minutes; keep it out of
		// the error (and so the log) that net/http would put it in.
		var ue *url.Error
		if errors.As(err, &ue) {
			err = fmt.Errorf("%s response_url: %w", ue.Op, ue.Err)
		}
		return fmt.Errorf("slack: post to response_url: %w", err)
	}
	return nil
}
