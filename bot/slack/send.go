package slack

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/slack-go/slack"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/bot"
)

// Errors Send (and the file delivery of interactive replies) wrap, so a
// caller can tell a learner who cannot be reached from an installation
// that must be fixed. The Slack error stays in the chain as well
// (slack.SlackErrorResponse, or *slack.RateLimitedError when Slack kept
// refusing after the Retry-After waits).
var (
	// ErrUnreachable: the learner cannot get a DM from the app (account
	// deactivated or unknown, DMs with the app turned off). Retrying does
	// not help.
	ErrUnreachable = errors.New("slack: the learner cannot be sent a direct message")
	// ErrNotPermitted: the workspace's installation does not allow the
	// call (missing scope, revoked token, app uninstalled). A workspace
	// admin must reinstall the app.
	ErrNotPermitted = errors.New("slack: the app is not permitted to do this in the workspace")
)

// classify adds ErrUnreachable or ErrNotPermitted to err when Slack's
// error code says which it is.
func classify(err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, errNoToken) {
		return fmt.Errorf("%w: %w", ErrNotPermitted, err)
	}
	var se slack.SlackErrorResponse
	if !errors.As(err, &se) {
		return err
	}
	switch se.Err {
	case "user_not_found", "user_disabled", "user_not_visible", "cannot_dm_bot",
		"messages_tab_disabled", "is_archived", "channel_not_found", "restricted_action":
		return fmt.Errorf("%w: %w", ErrUnreachable, err)
	case "missing_scope":
		if se.Needed != "" {
			return fmt.Errorf("%w: missing scope %s (reinstall the app to grant it): %w", ErrNotPermitted, se.Needed, err)
		}
		return fmt.Errorf("%w: missing scope (reinstall the app): %w", ErrNotPermitted, err)
	case "not_authed", "invalid_auth", "token_revoked", "token_expired", "account_inactive",
		"no_permission", "not_allowed_token_type", "team_access_not_granted", "ekm_access_denied":
		return fmt.Errorf("%w: %w", ErrNotPermitted, err)
	}
	return err
}

// Send delivers r to key.User as a direct message from the app in
// key.Workspace, with the workspace's own bot token. It renders r like any
// private reply, so its buttons work: a click comes back through
// /slack/interactions (or Socket Mode) and runs the same turn as a click
// on any other certpath message. Files on r are uploaded to the same DM.
//
// Send is a schedule.SendFunc. A rate limit is honoured (Retry-After is
// waited, within ctx) before it gives up; errors wrap ErrUnreachable or
// ErrNotPermitted when Slack says so.
func (h *Handler) Send(ctx context.Context, key advisor.Key, r advisor.Reply) error {
	if key.Platform != Platform || key.Workspace == "" || key.User == "" {
		return fmt.Errorf("slack: send to %s: not a Slack learner key", key)
	}
	api, err := h.client(ctx, key.Workspace)
	if err != nil {
		return fmt.Errorf("slack: send to %s: %w", key, classify(err))
	}
	channel, err := openDM(ctx, api, key.User)
	if err != nil {
		return fmt.Errorf("slack: send to %s: %w", key, err)
	}
	if err := post(ctx, api, channel, "", renderMessage(r, surfacePrivate)); err != nil {
		return fmt.Errorf("slack: send to %s: %w", key, classify(err))
	}
	if len(r.Files) > 0 {
		files, drawErr := h.draw(r)
		if err := uploadFiles(ctx, api, channel, files); err != nil {
			return fmt.Errorf("slack: send files to %s: %w", key, err)
		}
		if drawErr != nil {
			return fmt.Errorf("slack: send to %s: %w", key, drawErr)
		}
	}
	return nil
}

// draw draws the pictures among r's files (see bot.DrawPictures).
func (h *Handler) draw(r advisor.Reply) ([]advisor.File, error) {
	return bot.DrawPictures(h.drawer, r.Files, r.Plan, h.now())
}

// openDM is the id of the app's DM channel with user (conversations.open
// needs im:write). Posting to a user id works for messages too, but file
// uploads need the channel.
func openDM(ctx context.Context, api webAPI, user string) (string, error) {
	var ch *slack.Channel
	err := retry(ctx, func(ctx context.Context) error {
		var err error
		ch, _, _, err = api.OpenConversationContext(ctx, &slack.OpenConversationParameters{Users: []string{user}})
		return err
	})
	if err != nil {
		return "", fmt.Errorf("slack: conversations.open with %s: %w", user, classify(err))
	}
	if ch == nil || ch.ID == "" {
		return "", fmt.Errorf("slack: conversations.open with %s: no channel in the answer", user)
	}
	return ch.ID, nil
}

// uploadFiles shares files in one message in channel: each file gets an
// upload URL and is sent there, then one files.completeUploadExternal
// posts them together (needs files:write).
func uploadFiles(ctx context.Context, api webAPI, channel string, files []advisor.File) error {
	summaries := make([]slack.FileSummary, 0, len(files))
	for _, f := range files {
		if len(f.Data) == 0 {
			// Slack refuses empty uploads; an empty export is a bug
			// upstream, not worth failing the others for.
			continue
		}
		var u *slack.GetUploadURLExternalResponse
		err := retry(ctx, func(ctx context.Context) error {
			var err error
			u, err = api.GetUploadURLExternalContext(ctx, slack.GetUploadURLExternalParameters{FileName: f.Name, FileSize: len(f.Data), AltTxt: f.Alt})
			return err
		})
		if err != nil {
			return fmt.Errorf("slack: files.getUploadURLExternal for %s: %w", f.Name, classify(err))
		}
		err = retry(ctx, func(ctx context.Context) error {
			return api.UploadToURL(ctx, slack.UploadToURLParameters{UploadURL: u.UploadURL, Filename: f.Name, Reader: bytes.NewReader(f.Data)})
		})
		if err != nil {
			// The upload URL is a capability; keep it out of the error.
			return fmt.Errorf("slack: upload %s: %w", f.Name, redactURL(err, u.UploadURL))
		}
		summaries = append(summaries, slack.FileSummary{ID: u.FileID, Title: f.Name})
	}
	if len(summaries) == 0 {
		return nil
	}
	err := retry(ctx, func(ctx context.Context) error {
		_, err := api.CompleteUploadExternalContext(ctx, slack.CompleteUploadExternalParameters{Files: summaries, Channel: channel})
		return err
	})
	if err != nil {
		return fmt.Errorf("slack: files.completeUploadExternal to %s: %w", channel, classify(err))
	}
	return nil
}

// redactURL replaces secret in err's text, keeping err in the chain.
func redactURL(err error, secret string) error {
	if secret == "" || !strings.Contains(err.Error(), secret) {
		return err
	}
	return &redacted{msg: strings.ReplaceAll(err.Error(), secret, "<upload url>"), err: err}
}

type redacted struct {
	msg string
	err error
}

func (r *redacted) Error() string { return r.msg }
func (r *redacted) Unwrap() error { return r.err }

// deliverFiles uploads a reply's files to the learner's DM with the app:
// files are private (a plan, a calendar) even when the reply was shown in
// a channel, and ephemeral replies cannot carry files. Pictures are drawn
// here, after the ack. channel is the DM when already known. When the
// upload fails, or a picture could not be drawn, the learner is told, in
// the DM if it is open, else through responseURL (if any).
func (h *Handler) deliverFiles(ctx context.Context, key advisor.Key, channel, responseURL string, r advisor.Reply) {
	files, drawErr := h.draw(r)
	if drawErr != nil {
		h.log.Error("slack: draw picture", "workspace", key.Workspace, "user", key.User, "err", drawErr)
	}
	var err error
	if len(files) > 0 {
		err = h.uploadToDM(ctx, key, &channel, files)
	}
	var text string
	switch {
	case err != nil:
		h.log.Error("slack: upload files", "workspace", key.Workspace, "user", key.User, "err", err)
		text = filesFailedText(err)
	case drawErr != nil:
		text = bot.PictureFailedText
	default:
		return
	}
	msg := slack.WebhookMessage{Text: text}
	switch {
	case channel != "":
		err = h.postMessage(ctx, key.Workspace, channel, "", msg)
	case responseURL != "":
		msg.ResponseType = slack.ResponseTypeEphemeral
		err = h.respond(ctx, responseURL, msg)
	case err == nil:
		// Nothing was uploaded, so the DM is not open yet; the reply
		// (in a channel thread) promised the files there.
		err = h.postToDM(ctx, key, msg)
	default:
		return
	}
	if err != nil {
		h.log.Error("slack: tell learner the files failed", "workspace", key.Workspace, "user", key.User, "err", err)
	}
}

// postToDM posts msg in the learner's DM with the app.
func (h *Handler) postToDM(ctx context.Context, key advisor.Key, msg slack.WebhookMessage) error {
	api, err := h.client(ctx, key.Workspace)
	if err != nil {
		return classify(err)
	}
	channel, err := openDM(ctx, api, key.User)
	if err != nil {
		return err
	}
	return post(ctx, api, channel, "", msg)
}

// uploadToDM opens the DM unless *channel is set (and sets it), then
// uploads.
func (h *Handler) uploadToDM(ctx context.Context, key advisor.Key, channel *string, files []advisor.File) error {
	api, err := h.client(ctx, key.Workspace)
	if err != nil {
		return classify(err)
	}
	if *channel == "" {
		if *channel, err = openDM(ctx, api, key.User); err != nil {
			return err
		}
	}
	return uploadFiles(ctx, api, *channel, files)
}

// filesFailedText tells the learner what happened to the files they
// asked for; the reply itself already holds the plan as text.
func filesFailedText(err error) string {
	if errors.Is(err, ErrNotPermitted) {
		return "I couldn't attach the files: this app is not allowed to upload files in this workspace yet (a workspace admin can reinstall it to fix that). Your plan is in my reply as text."
	}
	return `I couldn't attach the files just now. Say "export" again in a minute; your plan is in my reply as text.`
}
