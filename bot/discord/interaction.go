package discord

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/bot"
)

// Custom ids of the components certpath renders. A choice button carries
// the advisor's Choice.ID after choicePrefix, untouched.
const (
	choicePrefix = "certpath:"
	selectID     = "certpath/select"
	answerPrefix = "certpath/answer/" // + slot: opens the modal
	modalPrefix  = "certpath/modal/"  // + slot: the modal's submit
	shareID      = "certpath/share"
	dmID         = "certpath/dm"
	sayPrefix    = "certpath/say/" // + text: a suggestion sent as typed text
	answerInput  = "answer"
	// routePrefix + guild id + routeSep + one of the ids above: a
	// component in a DM that belongs to a conversation in that guild
	// (see renderContext.route).
	routePrefix = "certpath@"
	routeSep    = "|"
)

// User-facing sentences of the adapter's own UI (the advisor writes the
// rest).
const (
	noPlanText     = "There is no plan to share yet. Finish the interview first with /certpath start."
	sharedText     = "Posted your plan in this channel."
	dmSentText     = "Sent your plan to your direct messages."
	dmClosedText   = "I couldn't send you a direct message because your DMs are closed. Allow direct messages from server members in your privacy settings, or use Share to post the plan here."
	dmFailedText   = "I couldn't send you a direct message just now. Please try again in a minute."
	unknownText    = "I don't know that command. Try /certpath help."
	staleClickText = "That button is from an older version of certpath. Try /certpath start."
)

// answer computes the response to one interaction. The returned func must
// run once Discord has the response: it starts what has to follow it
// (the edit of a deferred response, follow-up messages). A nil response
// means the interaction is not one certpath handles.
func (h *Handler) answer(ctx context.Context, i *discordgo.Interaction) (*discordgo.InteractionResponse, func()) {
	nothing := func() {}
	if i.Type == discordgo.InteractionPing {
		return &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong}, nothing
	}
	key, ok := keyOf(i)
	if !ok {
		return nil, nothing
	}
	rc := renderContext{guild: i.GuildID != "", canDM: h.canDM}
	admin := isAdmin(i)
	switch data := i.Data.(type) {
	case discordgo.ApplicationCommandInteractionData:
		if i.Type == discordgo.InteractionApplicationCommandAutocomplete {
			return h.autocomplete(data), nothing
		}
		text, ok := commandText(data, h.courses)
		if !ok {
			return h.immediate(i, rc, unknownText), nothing
		}
		return h.deferrable(ctx, i, false, func(ctx context.Context) []message {
			return h.turn(ctx, key, advisor.Input{Text: text, Admin: admin}, rc)
		})
	case discordgo.MessageComponentInteractionData:
		data.CustomID, key, rc = routed(i, data.CustomID, key, rc)
		return h.component(ctx, i, key, rc, admin, data)
	case discordgo.ModalSubmitInteractionData:
		data.CustomID, key, rc = routed(i, data.CustomID, key, rc)
		text, ok := modalText(data)
		if !ok {
			return h.immediate(i, rc, staleClickText), nothing
		}
		return h.deferrable(ctx, i, i.Message != nil, func(ctx context.Context) []message {
			return h.turn(ctx, key, advisor.Input{Text: text, Admin: admin}, rc)
		})
	}
	return nil, nothing
}

// isAdmin reports whether the member may see a server's aggregate study
// group counts: Manage Server, or Administrator (which implies it). The
// permissions come with every interaction in a server, so this costs no
// API call; outside a server nobody is an admin.
func isAdmin(i *discordgo.Interaction) bool {
	if i.GuildID == "" || i.Member == nil {
		return false
	}
	return i.Member.Permissions&(discordgo.PermissionManageGuild|discordgo.PermissionAdministrator) != 0
}

// routed strips the route off a custom id. A routed id is honoured only
// in a DM, where Send put it: the click continues the conversation in
// that guild (the user is still the clicking user, so nobody reaches
// anyone else's conversation). In a server the server's own key wins.
func routed(i *discordgo.Interaction, id string, key advisor.Key, rc renderContext) (string, advisor.Key, renderContext) {
	rest, ok := strings.CutPrefix(id, routePrefix)
	if !ok {
		return id, key, rc
	}
	guild, inner, ok := strings.Cut(rest, routeSep)
	if !ok || !plainID(guild) {
		return "", key, rc // answered as a stale click
	}
	if i.GuildID == "" {
		key.Workspace, rc.route = guild, guild
	}
	return inner, key, rc
}

// plainID reports whether s can be a Discord id in a custom id or a
// path: Discord's are up to 20 digits; letters, '-' and '_' are allowed
// too (fakes use readable ids), nothing that could be a separator.
func plainID(s string) bool {
	if s == "" || len(s) > 32 {
		return false
	}
	for _, c := range s {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// component answers a click on a button or select menu.
func (h *Handler) component(ctx context.Context, i *discordgo.Interaction, key advisor.Key, rc renderContext, admin bool, data discordgo.MessageComponentInteractionData) (*discordgo.InteractionResponse, func()) {
	nothing := func() {}
	id := data.CustomID
	switch {
	case strings.HasPrefix(id, choicePrefix):
		choice := strings.TrimPrefix(id, choicePrefix)
		return h.deferrable(ctx, i, true, func(ctx context.Context) []message {
			return h.turn(ctx, key, advisor.Input{Choice: choice, Admin: admin}, rc)
		})
	case id == selectID && len(data.Values) > 0:
		choice := data.Values[0]
		return h.deferrable(ctx, i, true, func(ctx context.Context) []message {
			return h.turn(ctx, key, advisor.Input{Choice: choice, Admin: admin}, rc)
		})
	case strings.HasPrefix(id, sayPrefix):
		text := strings.TrimPrefix(id, sayPrefix)
		return h.deferrable(ctx, i, true, func(ctx context.Context) []message {
			return h.turn(ctx, key, advisor.Input{Text: text, Admin: admin}, rc)
		})
	case strings.HasPrefix(id, answerPrefix):
		return answerModal(advisor.Slot(strings.TrimPrefix(id, answerPrefix)), rc), nothing
	case id == shareID:
		return h.deferrable(ctx, i, false, func(ctx context.Context) []message {
			return h.share(ctx, key, rc)
		})
	case id == dmID:
		return h.deferrable(ctx, i, false, func(ctx context.Context) []message {
			return h.directMessage(ctx, key, rc)
		})
	}
	return h.immediate(i, rc, staleClickText), nothing
}

// turn runs one advisor turn and renders the reply. A store failure
// leaves the friendly reply from Conversations.Turn; the cause is logged
// there.
func (h *Handler) turn(ctx context.Context, key advisor.Key, in advisor.Input, rc renderContext) []message {
	in.Now = h.now()
	reply, err := h.conv.Turn(ctx, key, in)
	if err != nil {
		h.log.Warn("discord: turn failed", "workspace", key.Workspace, "user", key.User, "err", err)
	}
	return render(reply, rc)
}

// share posts the stored plan to the channel, visible to everyone: an
// ephemeral acknowledgement answers the click, the plan follows it.
func (h *Handler) share(ctx context.Context, key advisor.Key, rc renderContext) []message {
	plan, msgs, ok := h.storedPlan(ctx, key, rc)
	if !ok {
		return msgs
	}
	public := render(advisor.Reply{Kind: advisor.KindPlan, Plan: plan}, renderContext{shared: true})
	return append([]message{{Content: sharedText, Ephemeral: rc.guild}}, public...)
}

// directMessage sends the stored plan to the user's DMs. Discord refuses
// with 50007 when the user closed DMs; the user is told so ephemerally in
// the channel they clicked in.
func (h *Handler) directMessage(ctx context.Context, key advisor.Key, rc renderContext) []message {
	plan, msgs, ok := h.storedPlan(ctx, key, rc)
	if !ok {
		return msgs
	}
	notice := func(text string) []message { return []message{{Content: text, Ephemeral: rc.guild}} }
	ch, err := h.openDM(ctx, key.User)
	if err != nil {
		h.log.Warn("discord: open dm", "user", key.User, "err", err)
		return notice(dmFailedText)
	}
	for _, m := range render(advisor.Reply{Kind: advisor.KindPlan, Plan: plan}, renderContext{shared: true}) {
		err := h.sendMessage(ctx, ch.ID, m)
		if isDMClosed(err) {
			return notice(dmClosedText)
		}
		if err != nil {
			h.log.Warn("discord: send dm", "user", key.User, "err", err)
			return notice(dmFailedText)
		}
	}
	return notice(dmSentText)
}

// storedPlan loads the user's current plan; when there is none (or the
// store fails) it returns the messages that say so instead.
func (h *Handler) storedPlan(ctx context.Context, key advisor.Key, rc renderContext) (*advisor.Plan, []message, bool) {
	s, err := h.conv.Current(ctx, key)
	if err != nil {
		h.log.Error("discord: load session", "workspace", key.Workspace, "user", key.User, "err", err)
		return nil, []message{{Content: bot.TryAgainText, Ephemeral: rc.guild}}, false
	}
	if s.Plan == nil {
		return nil, []message{{Content: noPlanText, Ephemeral: rc.guild}}, false
	}
	return s.Plan, nil, true
}

func isDMClosed(err error) bool {
	var rest *discordgo.RESTError
	return errors.As(err, &rest) && rest.Message != nil && rest.Message.Code == discordgo.ErrCodeCannotSendMessagesToThisUser
}

// deferrable runs work and answers inline if it finishes within
// deferAfter. Otherwise it answers with a deferral (type 5, or 6 for an
// update) and, once Discord has that, edits the original response with the
// result. Either way the remaining messages go out as follow-ups.
func (h *Handler) deferrable(ctx context.Context, i *discordgo.Interaction, update bool, work func(context.Context) []message) (*discordgo.InteractionResponse, func()) {
	done := make(chan []message, 1)
	wctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), turnTimeout)
	h.work.goDo(func() {
		defer cancel()
		done <- work(wctx)
	})
	timer := time.NewTimer(h.deferAfter)
	defer timer.Stop()
	select {
	case msgs := <-done:
		return response(msgs[0], update), func() { h.followUp(i, msgs[1:]) }
	case <-timer.C:
	}
	resp := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}
	if update {
		resp.Type = discordgo.InteractionResponseDeferredMessageUpdate
	} else if i.GuildID != "" {
		resp.Data = &discordgo.InteractionResponseData{Flags: discordgo.MessageFlagsEphemeral}
	}
	return resp, func() {
		h.work.goDo(func() {
			msgs := <-done
			ctx, cancel := context.WithTimeout(context.Background(), turnTimeout)
			defer cancel()
			if err := h.editOriginal(ctx, i, msgs[0]); err != nil {
				h.log.Error("discord: edit deferred response", "interaction", i.ID, "err", err)
				return
			}
			h.sendFollowups(ctx, i, msgs[1:])
		})
	}
}

// followUp sends msgs as follow-ups in the background, after the response.
func (h *Handler) followUp(i *discordgo.Interaction, msgs []message) {
	if len(msgs) == 0 {
		return
	}
	h.work.goDo(func() {
		ctx, cancel := context.WithTimeout(context.Background(), turnTimeout)
		defer cancel()
		h.sendFollowups(ctx, i, msgs)
	})
}

func (h *Handler) sendFollowups(ctx context.Context, i *discordgo.Interaction, msgs []message) {
	for _, m := range msgs {
		if err := h.followup(ctx, i, m); err != nil {
			h.log.Error("discord: follow-up", "interaction", i.ID, "err", err)
			return
		}
	}
}

// immediate answers with one short message and no turn.
func (h *Handler) immediate(i *discordgo.Interaction, rc renderContext, text string) *discordgo.InteractionResponse {
	return response(message{Content: text, Ephemeral: rc.guild}, false)
}

// response wraps a rendered message as an interaction response: a new
// message (4), or an update of the clicked one (7).
func response(m message, update bool) *discordgo.InteractionResponse {
	t := discordgo.InteractionResponseChannelMessageWithSource
	if update {
		t = discordgo.InteractionResponseUpdateMessage
	}
	return &discordgo.InteractionResponse{Type: t, Data: m.data(update)}
}

// keyOf names the conversation: the guild (or "dm") and the user.
func keyOf(i *discordgo.Interaction) (advisor.Key, bool) {
	u := i.User
	if i.Member != nil && i.Member.User != nil {
		u = i.Member.User
	}
	if u == nil || u.ID == "" {
		return advisor.Key{}, false
	}
	return conversationKey(i.GuildID, u.ID), true
}

func conversationKey(guildID, userID string) advisor.Key {
	ws := guildID
	if ws == "" {
		ws = dmWorkspace
	}
	return advisor.Key{Platform: Platform, Workspace: ws, User: userID}
}

// modalText is the text typed into an answer modal.
func modalText(data discordgo.ModalSubmitInteractionData) (string, bool) {
	if !strings.HasPrefix(data.CustomID, modalPrefix) {
		return "", false
	}
	for _, c := range data.Components {
		row, ok := c.(*discordgo.ActionsRow)
		if !ok || row == nil {
			continue
		}
		for _, rc := range row.Components {
			if in, ok := rc.(*discordgo.TextInput); ok && in != nil && in.CustomID == answerInput {
				text := strings.TrimSpace(in.Value)
				return text, text != ""
			}
		}
	}
	return "", false
}

// answerModal asks for a free answer to slot in a text box.
func answerModal(slot advisor.Slot, rc renderContext) *discordgo.InteractionResponse {
	label, placeholder := "Your answer", ""
	switch slot {
	case advisor.SlotHours:
		label, placeholder = "Hours per week", "e.g. 8"
	case advisor.SlotStart:
		label, placeholder = "Start date", "YYYY-MM-DD"
	}
	return &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseModal,
		Data: &discordgo.InteractionResponseData{
			CustomID: rc.customID(modalPrefix + string(slot)),
			Title:    "certpath",
			Components: []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
				discordgo.TextInput{
					CustomID:    answerInput,
					Label:       label,
					Style:       discordgo.TextInputShort,
					Placeholder: placeholder,
					Required:    true,
					MaxLength:   200,
				},
			}}},
		},
	}
}
