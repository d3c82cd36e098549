package slack

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/bot"
)

// verified reads and verifies the request, answering 413 or 401 itself
// when it is refused.
func (h *Handler) verified(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	body, err := h.readVerified(w, r)
	if err == nil {
		return body, true
	}
	status := http.StatusUnauthorized
	if errors.Is(err, errBodyTooLarge) {
		status = http.StatusRequestEntityTooLarge
	}
	h.log.Warn("slack: request refused", "path", r.URL.Path, "status", status, "err", err)
	http.Error(w, http.StatusText(status), status)
	return nil, false
}

// serveCommand answers /certpath in the HTTP response itself: a turn is
// microseconds plus one store round trip, well within Slack's 3 seconds.
func (h *Handler) serveCommand(w http.ResponseWriter, r *http.Request) {
	body, ok := h.verified(w, r)
	if !ok {
		return
	}
	cmd, err := parseCommand(body)
	if err != nil {
		h.log.Warn("slack: bad slash command", "err", err)
		http.Error(w, "bad slash command", http.StatusBadRequest)
		return
	}
	reply := h.commandTurn(r.Context(), cmd)
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(h.rendered.commandBody(reply))
}

// parseCommand parses an already verified slash command body. The form
// is parsed here and handed to slack.SlashCommandParse already parsed
// (it reads only PostForm), which spares cloning the request and its
// headers for every command.
func parseCommand(body []byte) (slack.SlashCommand, error) {
	form, err := url.ParseQuery(string(body))
	if err != nil {
		return slack.SlashCommand{}, fmt.Errorf("slack: parse command: %w", err)
	}
	cmd, err := slack.SlashCommandParse(&http.Request{Method: http.MethodPost, Form: form, PostForm: form})
	if err != nil {
		return slack.SlashCommand{}, fmt.Errorf("slack: parse command: %w", err)
	}
	if cmd.UserID == "" || cmd.TeamID == "" {
		return slack.SlashCommand{}, errors.New("slack: parse command: user_id and team_id are required")
	}
	return cmd, nil
}

// command runs a slash command and returns the ephemeral reply. The
// text, subcommand or not, goes to the advisor as typed.
func (h *Handler) command(ctx context.Context, cmd slack.SlashCommand) slack.WebhookMessage {
	return commandMessage(h.commandTurn(ctx, cmd))
}

// commandTurn runs a slash command's turn. An ephemeral reply cannot
// carry files, so the reply's files go to the DM, after the ack.
func (h *Handler) commandTurn(ctx context.Context, cmd slack.SlashCommand) advisor.Reply {
	key := keyOf(cmd.EnterpriseID, cmd.TeamID, cmd.UserID)
	reply := h.turn(ctx, key, advisor.Input{Text: strings.TrimSpace(cmd.Text)})
	if len(reply.Files) > 0 {
		h.goBackground(ctx, func(ctx context.Context) {
			h.deliverFiles(ctx, key, "", cmd.ResponseURL, reply)
		})
	}
	return reply
}

// commandMessage is the ephemeral answer to a slash command that
// replied r.
func commandMessage(r advisor.Reply) slack.WebhookMessage {
	msg := renderMessage(r, surfacePrivate)
	msg.ResponseType = slack.ResponseTypeEphemeral
	if len(r.Files) > 0 {
		addNote(&msg, filesToDMNote)
	}
	return msg
}

// filesToDMNote tells the learner where the files of a reply went when
// the reply itself was shown elsewhere.
const filesToDMNote = "I'm sending the files to you in a direct message (the app's Messages tab)."

// addNote appends a small context line to msg, if the block budget
// allows; the note is a convenience, never the only copy of anything.
func addNote(msg *slack.WebhookMessage, note string) {
	if msg.Blocks == nil {
		msg.Blocks = &slack.Blocks{}
	}
	if len(msg.Blocks.BlockSet) >= maxBlocks {
		return
	}
	msg.Blocks.BlockSet = append(msg.Blocks.BlockSet, slack.NewContextBlock("",
		slack.NewTextBlockObject(slack.MarkdownType, note, false, false)))
}

// serveInteraction acks a click at once; the turn and the message update
// happen in the background through the response_url.
func (h *Handler) serveInteraction(w http.ResponseWriter, r *http.Request) {
	body, ok := h.verified(w, r)
	if !ok {
		return
	}
	cb, err := parseInteraction(body)
	if err != nil {
		h.log.Warn("slack: bad interaction", "err", err)
		http.Error(w, "bad interaction payload", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusOK)
	h.goBackground(r.Context(), func(ctx context.Context) { h.interaction(ctx, cb) })
}

func parseInteraction(body []byte) (slack.InteractionCallback, error) {
	form, err := url.ParseQuery(string(body))
	if err != nil {
		return slack.InteractionCallback{}, fmt.Errorf("slack: parse interaction: %w", err)
	}
	var cb slack.InteractionCallback
	if err := json.Unmarshal([]byte(form.Get("payload")), &cb); err != nil {
		return slack.InteractionCallback{}, fmt.Errorf("slack: parse interaction: %w", err)
	}
	if cb.User.ID == "" || cb.Team.ID == "" {
		return slack.InteractionCallback{}, errors.New("slack: parse interaction: user and team are required")
	}
	return cb, nil
}

// interaction handles a click on one of our buttons or selects.
func (h *Handler) interaction(ctx context.Context, cb slack.InteractionCallback) {
	if cb.Type != slack.InteractionTypeBlockActions || len(cb.ActionCallback.BlockActions) == 0 {
		return
	}
	act := cb.ActionCallback.BlockActions[0]
	key := keyOf(cb.Enterprise.ID, cb.Team.ID, cb.User.ID)
	var in advisor.Input
	switch {
	case act.ActionID == actionShare:
		h.share(ctx, key, cb)
		return
	case act.ActionID == actionChoiceSelect:
		in.Choice = act.SelectedOption.Value
	case act.ActionID == actionRestart, act.ActionID == actionTimeline, strings.HasPrefix(act.ActionID, actionChoicePrefix):
		in.Choice = act.Value
	case strings.HasPrefix(act.ActionID, actionSuggestPrefix):
		in.Text = act.Value
	default:
		h.log.Debug("slack: ignoring unknown action", "action_id", act.ActionID)
		return
	}
	if in.Choice == "" && in.Text == "" {
		return
	}
	reply := h.turn(ctx, key, in)
	if cb.ResponseURL != "" {
		msg := renderMessage(reply, surfacePrivate)
		msg.ReplaceOriginal = true
		if len(reply.Files) > 0 {
			addNote(&msg, filesToDMNote)
		}
		if err := h.respond(ctx, cb.ResponseURL, msg); err != nil {
			h.log.Error("slack: update message after click", "workspace", key.Workspace, "user", key.User, "err", err)
		}
	}
	if len(reply.Files) > 0 {
		h.deliverFiles(ctx, key, "", cb.ResponseURL, reply)
	}
}

// share posts the learner's current plan publicly in the channel the
// click came from.
func (h *Handler) share(ctx context.Context, key advisor.Key, cb slack.InteractionCallback) {
	channel := cb.Channel.ID
	if channel == "" {
		channel = cb.Container.ChannelID
	}
	s, err := h.conversations.Current(ctx, key)
	if err != nil || s.Plan == nil {
		// No plan (or no store): let the advisor say what to do instead.
		if err != nil {
			h.log.Error("slack: load plan to share", "workspace", key.Workspace, "user", key.User, "err", err)
		}
		reply := h.turn(ctx, key, advisor.Input{Text: "plan"})
		if cb.ResponseURL != "" {
			msg := renderMessage(reply, surfacePrivate)
			msg.ResponseType = slack.ResponseTypeEphemeral
			if rerr := h.respond(ctx, cb.ResponseURL, msg); rerr != nil {
				h.log.Error("slack: answer share without plan", "err", rerr)
			}
		}
		return
	}
	msg := renderMessage(advisor.Reply{Kind: advisor.KindPlan, Plan: s.Plan, Text: planSummary(*s.Plan)}, surfacePublic)
	shared := slack.NewContextBlock("", slack.NewTextBlockObject(slack.MarkdownType,
		fmt.Sprintf("<@%s> shared their certpath plan", cb.User.ID), false, false))
	msg.Blocks.BlockSet = append([]slack.Block{shared}, msg.Blocks.BlockSet...)
	if len(msg.Blocks.BlockSet) > maxBlocks {
		msg.Blocks.BlockSet = append(msg.Blocks.BlockSet[:maxBlocks-1], msg.Blocks.BlockSet[len(msg.Blocks.BlockSet)-1])
	}
	err = h.postMessage(ctx, key.Workspace, channel, "", msg)
	if err == nil {
		return
	}
	// chat:write only reaches channels the bot is in; the response_url
	// can post in the channel regardless.
	if cb.ResponseURL != "" && isChannelAccessError(err) {
		msg.ResponseType = slack.ResponseTypeInChannel
		err = h.respond(ctx, cb.ResponseURL, msg)
	}
	if err != nil {
		h.log.Error("slack: share plan", "workspace", key.Workspace, "user", key.User, "err", err)
	}
}

func isChannelAccessError(err error) bool {
	var se slack.SlackErrorResponse
	return errors.As(err, &se) && (se.Err == "not_in_channel" || se.Err == "channel_not_found")
}

// planSummary is the notification text of a shared plan.
func planSummary(p advisor.Plan) string {
	return fmt.Sprintf("certpath plan: %d steps, %s hours over %d weeks (%s to %s), %s.",
		len(p.Steps), hours(p.TotalHours), p.TotalWeeks, p.Start, p.End, money(p))
}

// serveEvent answers url_verification, deduplicates callbacks by
// event_id, acks, and handles the event in the background.
func (h *Handler) serveEvent(w http.ResponseWriter, r *http.Request) {
	body, ok := h.verified(w, r)
	if !ok {
		return
	}
	ev, err := slackevents.ParseEvent(json.RawMessage(body), slackevents.OptionNoVerifyToken())
	if err != nil {
		if !json.Valid(body) {
			h.log.Warn("slack: bad event payload", "err", err)
			http.Error(w, "bad event payload", http.StatusBadRequest)
			return
		}
		// An event type we do not handle: ack so Slack does not retry.
		h.log.Debug("slack: unhandled event", "err", err)
		w.WriteHeader(http.StatusOK)
		return
	}
	if ev.Type == slackevents.URLVerification {
		uv, ok := ev.Data.(*slackevents.EventsAPIURLVerificationEvent)
		if !ok {
			http.Error(w, "bad url_verification", http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "text/plain")
		_, _ = io.WriteString(w, uv.Challenge)
		return
	}
	if !h.claimEvent(r.Context(), ev, r.Header.Get("X-Slack-Retry-Num")) {
		w.WriteHeader(http.StatusOK)
		return
	}
	w.WriteHeader(http.StatusOK)
	h.goBackground(r.Context(), func(ctx context.Context) { h.event(ctx, ev) })
}

// claimEvent reports whether this replica should handle ev: Slack retries
// an event it thinks we missed, and several replicas may receive it.
func (h *Handler) claimEvent(ctx context.Context, ev slackevents.EventsAPIEvent, retry string) bool {
	cb, ok := ev.Data.(*slackevents.EventsAPICallbackEvent)
	if !ok || ev.Type != slackevents.CallbackEvent {
		return false
	}
	if cb.EventID == "" {
		return true
	}
	first, err := h.store.Claim(ctx, "slack:event:"+cb.EventID, eventTTL)
	if err != nil {
		// Answering twice beats not answering: the turn itself will tell
		// the user to try again if the store is really down.
		h.log.Error("slack: claim event", "event_id", cb.EventID, "err", err)
		return true
	}
	if !first {
		h.log.Debug("slack: duplicate event ignored", "event_id", cb.EventID, "retry", retry)
	}
	return first
}

// event handles one deduplicated Events API callback.
func (h *Handler) event(ctx context.Context, ev slackevents.EventsAPIEvent) {
	switch e := ev.InnerEvent.Data.(type) {
	case *slackevents.MessageEvent:
		// Only what a person typed in a DM: no bots (including us), no
		// edits, joins or other subtypes.
		if e.ChannelType != "im" || e.BotID != "" || e.SubType != "" || e.User == "" {
			return
		}
		key := keyOf(ev.EnterpriseID, ev.TeamID, e.User)
		reply := h.turn(ctx, key, advisor.Input{Text: strings.TrimSpace(e.Text)})
		if err := h.postMessage(ctx, key.Workspace, e.Channel, "", renderMessage(reply, surfacePrivate)); err != nil {
			h.log.Error("slack: answer DM", "workspace", key.Workspace, "user", key.User, "err", err)
		}
		if len(reply.Files) > 0 {
			h.deliverFiles(ctx, key, e.Channel, "", reply)
		}
	case *slackevents.AppMentionEvent:
		if e.BotID != "" || e.User == "" {
			return
		}
		key := keyOf(ev.EnterpriseID, ev.TeamID, e.User)
		reply := h.turn(ctx, key, advisor.Input{Text: stripMentions(e.Text)})
		thread := e.ThreadTimeStamp
		if thread == "" {
			thread = e.TimeStamp
		}
		h.answerMention(ctx, key, e.Channel, thread, reply)
	case *slackevents.AppHomeOpenedEvent:
		if e.Tab != "" && e.Tab != "home" || e.User == "" {
			return
		}
		key := keyOf(ev.EnterpriseID, ev.TeamID, e.User)
		var blocks []slack.Block
		if s, err := h.conversations.Current(ctx, key); err != nil {
			h.log.Error("slack: load session for App Home", "workspace", key.Workspace, "user", key.User, "err", err)
			blocks = textBlocks(bot.TryAgainText)
		} else {
			blocks = homeBlocks(s)
		}
		if err := h.publishHome(ctx, key.Workspace, e.User, blocks); err != nil {
			h.log.Error("slack: publish App Home", "workspace", key.Workspace, "user", key.User, "err", err)
		}
	}
}

// answerMention answers in the thread of a mention. Study group replies
// (who opted in, admin counts) are only for the asker, so they are shown
// to them alone; files go to their DM.
func (h *Handler) answerMention(ctx context.Context, key advisor.Key, channel, thread string, reply advisor.Reply) {
	var err error
	if reply.Group != nil {
		msg := renderMessage(reply, surfacePrivate)
		err = h.postEphemeral(ctx, key.Workspace, channel, key.User, thread, msg)
	} else {
		msg := renderMessage(reply, surfacePublic)
		if len(reply.Files) > 0 {
			addNote(&msg, filesToDMNote)
		}
		err = h.postMessage(ctx, key.Workspace, channel, thread, msg)
	}
	if err != nil {
		h.log.Error("slack: answer mention", "workspace", key.Workspace, "user", key.User, "err", err)
	}
	if len(reply.Files) > 0 {
		h.deliverFiles(ctx, key, "", "", reply)
	}
}

// stripMentions removes <@U…> mentions, leaving what was said to us.
func stripMentions(s string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, "<@")
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			break
		}
		b.WriteString(s[:i])
		s = s[i+j+1:]
	}
	b.WriteString(s)
	return strings.Join(strings.Fields(b.String()), " ")
}

// wireMessage is slack.WebhookMessage field for field, tags included,
// except that the blocks are a plain slice. slack.Blocks has a
// MarshalJSON that encodes the blocks into a separate buffer, which
// encoding/json then validates and compacts byte by byte: the whole
// message was encoded twice. The bytes are the same
// (TestWireMessageMatchesWebhookMessage).
type wireMessage struct {
	Username        string             `json:"username,omitempty"`
	IconEmoji       string             `json:"icon_emoji,omitempty"`
	IconURL         string             `json:"icon_url,omitempty"`
	Channel         string             `json:"channel,omitempty"`
	ThreadTimestamp string             `json:"thread_ts,omitempty"`
	Text            string             `json:"text,omitempty"`
	Attachments     []slack.Attachment `json:"attachments,omitempty"`
	Parse           string             `json:"parse,omitempty"`
	Blocks          *[]slack.Block     `json:"blocks,omitempty"`
	ResponseType    string             `json:"response_type,omitempty"`
	ReplaceOriginal bool               `json:"replace_original"`
	DeleteOriginal  bool               `json:"delete_original"`
	ReplyBroadcast  bool               `json:"reply_broadcast,omitempty"`
	UnfurlLinks     *bool              `json:"unfurl_links,omitempty"`
	UnfurlMedia     *bool              `json:"unfurl_media,omitempty"`
}

func wireOf(m *slack.WebhookMessage) wireMessage {
	w := wireMessage{
		Username: m.Username, IconEmoji: m.IconEmoji, IconURL: m.IconURL, Channel: m.Channel,
		ThreadTimestamp: m.ThreadTimestamp, Text: m.Text, Attachments: m.Attachments, Parse: m.Parse,
		ResponseType: m.ResponseType, ReplaceOriginal: m.ReplaceOriginal, DeleteOriginal: m.DeleteOriginal,
		ReplyBroadcast: m.ReplyBroadcast, UnfurlLinks: m.UnfurlLinks, UnfurlMedia: m.UnfurlMedia,
	}
	if m.Blocks != nil {
		w.Blocks = &m.Blocks.BlockSet
	}
	return w
}
