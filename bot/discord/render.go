package discord

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/certpath/certpath/advisor"
)

// Discord's limits on components.
const (
	maxButtonsPerRow = 5
	maxSelectOptions = 25
	maxCustomID      = 100
	maxButtonLabel   = 80
	maxOptionLabel   = 100
)

// planColor is the accent of plan embeds (Discord blurple).
const planColor = 0x5865F2

// message is one Discord message as certpath renders it, before it is
// shaped into an interaction response, an edit, a follow-up or a channel
// message.
type message struct {
	Content    string                       `json:"content,omitempty"`
	Embeds     []*discordgo.MessageEmbed    `json:"embeds,omitempty"`
	Components []discordgo.MessageComponent `json:"components,omitempty"`
	Ephemeral  bool                         `json:"ephemeral,omitempty"`
	// Files are uploaded with the message. render keeps them off the
	// first message, since an interaction response answered in the HTTP
	// body cannot carry them.
	Files []advisor.File `json:"-"`
}

// renderContext is what rendering needs to know about where the reply goes.
type renderContext struct {
	guild  bool // in a server: replies are ephemeral, plans get a Share button
	canDM  bool // a bot token is configured, so "Send to my DMs" can work
	shared bool // posted for everyone: no ephemeral flag, no buttons
}

// render turns a reply into one or more messages within Discord's limits;
// components go on the last one.
func render(r advisor.Reply, rc renderContext) []message {
	msgs := renderBody(r, rc)
	if len(r.Files) > 0 {
		msgs = append(msgs, message{Files: r.Files, Ephemeral: rc.guild && !rc.shared})
	}
	return msgs
}

func renderBody(r advisor.Reply, rc renderContext) []message {
	ephemeral := rc.guild && !rc.shared
	switch {
	case r.Plan != nil:
		return split(planLead(r), planEmbeds(r.Plan), planComponents(r, rc), ephemeral)
	case r.Question != nil:
		comps := append(questionComponents(*r.Question), suggestionRow(r.Suggestions, rc)...)
		return split(questionText(r), nil, comps, ephemeral)
	}
	return split(r.Text, nil, suggestionRow(r.Suggestions, rc), ephemeral)
}

// questionText is the reply's text up to the question's prompt: the
// numbered choices after it are buttons here, and typing "2" is not how a
// Discord user answers.
func questionText(r advisor.Reply) string {
	q := r.Question
	at := strings.LastIndex(r.Text, q.Prompt)
	if q.Prompt == "" || at < 0 {
		return r.Text
	}
	return r.Text[:at+len(q.Prompt)]
}

// planLead is what the reply says before the plan ("Got it: ..."); the
// plan itself is the embed, so its plain-text rendering is left out.
func planLead(r advisor.Reply) string {
	lead, found := strings.CutSuffix(r.Text, advisor.FormatPlan(r.Plan))
	if !found {
		return ""
	}
	return strings.TrimSpace(lead)
}

// suggestionRow offers the reply's follow-ups as buttons that send their
// text, since in a server the bot cannot read typed messages. Suggestions
// too long for a custom id are left out: the user can still ask them.
func suggestionRow(suggestions []string, rc renderContext) []discordgo.MessageComponent {
	if rc.shared {
		return nil
	}
	var buttons []discordgo.MessageComponent
	for _, s := range suggestions {
		if len(buttons) == maxButtonsPerRow {
			break
		}
		if s == "" || len(sayPrefix)+len(s) > maxCustomID {
			continue
		}
		buttons = append(buttons, discordgo.Button{Label: truncate(s, maxButtonLabel), Style: discordgo.SecondaryButton, CustomID: sayPrefix + s})
	}
	if len(buttons) == 0 {
		return nil
	}
	return []discordgo.MessageComponent{discordgo.ActionsRow{Components: buttons}}
}

// questionComponents shows a question's choices as buttons, or as a select
// menu when there are more than fit in a row, plus a button opening a text
// box for slots that take a free answer (hours, start date).
func questionComponents(q advisor.Question) []discordgo.MessageComponent {
	var choices []advisor.Choice
	for _, c := range q.Choices {
		// A custom id longer than Discord allows would get the whole
		// message rejected; such a choice can still be typed.
		if c.ID != "" && len(choicePrefix)+len(c.ID) <= maxCustomID {
			choices = append(choices, c)
		}
	}
	var rows []discordgo.MessageComponent
	switch {
	case len(choices) > maxButtonsPerRow:
		menu := discordgo.SelectMenu{
			MenuType:    discordgo.StringSelectMenu,
			CustomID:    selectID,
			Placeholder: "Choose one",
		}
		for _, c := range choices[:min(len(choices), maxSelectOptions)] {
			menu.Options = append(menu.Options, discordgo.SelectMenuOption{
				Label: truncate(c.Label, maxOptionLabel),
				Value: c.ID,
			})
		}
		rows = append(rows, discordgo.ActionsRow{Components: []discordgo.MessageComponent{menu}})
	case len(choices) > 0:
		var buttons []discordgo.MessageComponent
		for _, c := range choices {
			buttons = append(buttons, discordgo.Button{
				Label:    truncate(c.Label, maxButtonLabel),
				Style:    discordgo.PrimaryButton,
				CustomID: choicePrefix + c.ID,
			})
		}
		rows = append(rows, discordgo.ActionsRow{Components: buttons})
	}
	if _, enumerated := advisor.AllowedValues[q.Slot]; !enumerated && q.Slot != "" {
		rows = append(rows, discordgo.ActionsRow{Components: []discordgo.MessageComponent{
			discordgo.Button{Label: "Type an answer", Style: discordgo.SecondaryButton, CustomID: answerPrefix + string(q.Slot)},
		}})
	}
	return rows
}

// planComponents are the buttons under a plan: share it with the channel
// or send it by DM (in servers, where the plan is private), start over.
func planComponents(r advisor.Reply, rc renderContext) []discordgo.MessageComponent {
	if rc.shared {
		return nil
	}
	var suggestions []string
	for _, s := range r.Suggestions {
		// "Start over" below already restarts.
		if s != "restart" {
			suggestions = append(suggestions, s)
		}
	}
	var buttons []discordgo.MessageComponent
	if rc.guild {
		buttons = append(buttons, discordgo.Button{Label: "Share", Style: discordgo.SuccessButton, CustomID: shareID})
		if rc.canDM {
			buttons = append(buttons, discordgo.Button{Label: "Send to my DMs", Style: discordgo.SecondaryButton, CustomID: dmID})
		}
	}
	buttons = append(buttons, discordgo.Button{Label: "Start over", Style: discordgo.DangerButton, CustomID: choicePrefix + "cmd=restart"})
	return append([]discordgo.MessageComponent{discordgo.ActionsRow{Components: buttons}}, suggestionRow(suggestions, rc)...)
}

// planEmbeds renders a plan as one logical embed (split later if it is
// too big): a field per step, then totals, cost with the prices' date, and
// notes.
func planEmbeds(p *advisor.Plan) []*discordgo.MessageEmbed {
	e := &discordgo.MessageEmbed{
		Title:       "Your certificate path",
		Description: fmt.Sprintf("%d steps at %d h/week, %s → %s", len(p.Steps), p.Profile.HoursPerWeek, p.Start, p.End),
		Color:       planColor,
	}
	for n, s := range p.Steps {
		name := fmt.Sprintf("%d. %s", n+1, s.Title)
		if s.Provider != "" {
			name += " (" + s.Provider + ")"
		}
		value := fmt.Sprintf("%s h over %s · %s → %s", hours(s.Hours), weeks(s.Weeks), s.Start, s.End)
		if s.Why != "" {
			value += "\n" + s.Why
		}
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: name, Value: value})
	}
	e.Fields = append(e.Fields,
		&discordgo.MessageEmbedField{Name: "Total", Value: fmt.Sprintf("%s h over %s", hours(p.TotalHours), weeks(p.TotalWeeks)), Inline: true},
		&discordgo.MessageEmbedField{Name: "Cost", Value: costText(p), Inline: true},
	)
	if len(p.Notes) > 0 {
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: "Notes", Value: "• " + strings.Join(p.Notes, "\n• ")})
	}
	if p.PriceSource != "" {
		e.Footer = &discordgo.MessageEmbedFooter{Text: "Prices from " + p.PriceSource}
	}
	return []*discordgo.MessageEmbed{e}
}

func costText(p *advisor.Plan) string {
	var b strings.Builder
	b.WriteString(usd(p.CostUSD))
	if p.CostMinUSD != p.CostMaxUSD {
		fmt.Fprintf(&b, " (%s–%s)", usd(p.CostMinUSD), usd(p.CostMaxUSD))
	}
	if p.CostNote != "" {
		b.WriteString("\n" + p.CostNote)
	}
	if p.PriceAsOf != "" {
		b.WriteString("\nPrices as of " + p.PriceAsOf)
	}
	return b.String()
}

func usd(v float64) string {
	if v == float64(int64(v)) {
		return "$" + strconv.FormatInt(int64(v), 10)
	}
	return "$" + strconv.FormatFloat(v, 'f', 2, 64)
}

func hours(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func weeks(n int) string {
	if n == 1 {
		return "1 week"
	}
	return strconv.Itoa(n) + " weeks"
}

// data shapes m as an interaction response. An update replaces the
// clicked message whole, so empty lists are sent to clear what it had;
// its ephemerality cannot change and is left alone.
func (m message) data(update bool) *discordgo.InteractionResponseData {
	d := &discordgo.InteractionResponseData{
		Content:    m.Content,
		Embeds:     orEmpty(m.Embeds),
		Components: orEmpty(m.Components),
	}
	if m.Ephemeral && !update {
		d.Flags = discordgo.MessageFlagsEphemeral
	}
	return d
}

// edit shapes m as the edit of a deferred response.
func (m message) edit() *discordgo.WebhookEdit {
	content, embeds, comps := m.Content, orEmpty(m.Embeds), orEmpty(m.Components)
	return &discordgo.WebhookEdit{Content: &content, Embeds: &embeds, Components: &comps}
}

// webhook shapes m as a follow-up message.
func (m message) webhook() *discordgo.WebhookParams {
	p := &discordgo.WebhookParams{Content: m.Content, Embeds: m.Embeds, Components: orEmpty(m.Components), Files: uploads(m.Files)}
	if m.Ephemeral {
		p.Flags = discordgo.MessageFlagsEphemeral
	}
	return p
}

// send shapes m as a channel message (DMs); ephemerality does not exist
// there.
func (m message) send() *discordgo.MessageSend {
	return &discordgo.MessageSend{Content: m.Content, Embeds: m.Embeds, Components: m.Components, Files: uploads(m.Files)}
}

// uploads wraps files for discordgo, which reads each one once.
func uploads(files []advisor.File) []*discordgo.File {
	var out []*discordgo.File
	for _, f := range files {
		out = append(out, &discordgo.File{Name: f.Name, ContentType: f.MIMEType, Reader: bytes.NewReader(f.Data)})
	}
	return out
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
