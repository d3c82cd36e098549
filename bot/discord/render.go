package discord

import (
	"bytes"
	"fmt"
	"sort"
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
	// plan is what the pictures among Files are drawn from, when the
	// message is sent (Handler.drawn).
	plan *advisor.Plan
}

// renderContext is what rendering needs to know about where the reply goes.
type renderContext struct {
	guild  bool // in a server: replies are ephemeral, plans get a Share button
	canDM  bool // a bot token is configured, so "Send to my DMs" can work
	shared bool // posted for everyone: no ephemeral flag, no buttons
	// route is the guild whose conversation a DM belongs to (a check-in
	// sent by Send for a learner who set it up in a server). It goes into
	// every custom id, so a click in the DM continues that conversation
	// rather than the DM's own.
	route string
}

// customID is id as the components of this reply carry it.
func (rc renderContext) customID(id string) string {
	if rc.route == "" {
		return id
	}
	return routePrefix + rc.route + routeSep + id
}

// fits reports whether id, as customID makes it, is within Discord's
// limit; a longer one would get the whole message rejected.
func (rc renderContext) fits(id string) bool { return len(rc.customID(id)) <= maxCustomID }

// render turns a reply into one or more messages within Discord's limits;
// components go on the last one.
func render(r advisor.Reply, rc renderContext) []message {
	msgs := renderBody(r, rc)
	if len(r.Files) > 0 {
		msgs = append(msgs, message{Files: r.Files, Ephemeral: rc.guild && !rc.shared, plan: r.Plan})
	}
	return msgs
}

func renderBody(r advisor.Reply, rc renderContext) []message {
	ephemeral := rc.guild && !rc.shared
	switch {
	case r.Plan != nil:
		return split(planLead(r), planEmbeds(r.Plan), planComponents(r, rc), ephemeral)
	case r.Question != nil:
		comps := append(questionComponents(*r.Question, rc), suggestionRow(r.Suggestions, rc)...)
		return split(questionText(r), nil, comps, ephemeral)
	case r.Group != nil && len(r.Group.Members) > 0:
		return split(groupMentions(r.Text, r.Group.Members), nil, suggestionRow(r.Suggestions, rc), ephemeral)
	case r.Group != nil && len(r.Group.Counts) > 0:
		lead, _, _ := strings.Cut(r.Text, "\n")
		return split(lead, groupCountsEmbeds(r.Group.Counts), suggestionRow(r.Suggestions, rc), ephemeral)
	}
	return split(r.Text, nil, suggestionRow(r.Suggestions, rc), ephemeral)
}

// groupMentions turns the plain "@id" list of a study group reply into
// Discord mentions. The advisor lists members as "@id, @id"; that list is
// replaced whole (never id by id, since one id may be the prefix of
// another). Text worded otherwise keeps its wording and gets the mentions
// on a line of their own. Messages are sent with pings suppressed, so
// listing someone never notifies them.
func groupMentions(text string, members []string) string {
	plain := make([]string, len(members))
	mentions := make([]string, len(members))
	for n, id := range members {
		plain[n], mentions[n] = "@"+id, "<@"+id+">"
	}
	list := strings.Join(mentions, ", ")
	if old := strings.Join(plain, ", "); strings.Contains(text, old) {
		return strings.Replace(text, old, list, 1)
	}
	return text + "\n" + list
}

// groupCountsEmbeds lists opted-in learners per course, for admins, most
// popular first.
func groupCountsEmbeds(counts map[string]int) []*discordgo.MessageEmbed {
	titles := make([]string, 0, len(counts))
	for t := range counts {
		titles = append(titles, t)
	}
	sort.Slice(titles, func(a, b int) bool {
		if counts[titles[a]] != counts[titles[b]] {
			return counts[titles[a]] > counts[titles[b]]
		}
		return titles[a] < titles[b]
	})
	var b strings.Builder
	for _, t := range titles {
		fmt.Fprintf(&b, "• %s: %d\n", t, counts[t])
	}
	return []*discordgo.MessageEmbed{{
		Title:       "Study groups",
		Description: strings.TrimSuffix(b.String(), "\n"),
		Color:       planColor,
	}}
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
		if s == "" || !rc.fits(sayPrefix+s) {
			continue
		}
		buttons = append(buttons, discordgo.Button{Label: truncate(s, maxButtonLabel), Style: discordgo.SecondaryButton, CustomID: rc.customID(sayPrefix + s)})
	}
	if len(buttons) == 0 {
		return nil
	}
	return []discordgo.MessageComponent{discordgo.ActionsRow{Components: buttons}}
}

// questionComponents shows a question's choices as buttons, or as a select
// menu when there are more than fit in a row, plus a button opening a text
// box for slots that take a free answer (hours, start date).
func questionComponents(q advisor.Question, rc renderContext) []discordgo.MessageComponent {
	var choices []advisor.Choice
	for _, c := range q.Choices {
		// A custom id longer than Discord allows would get the whole
		// message rejected; such a choice can still be typed.
		if c.ID != "" && rc.fits(choicePrefix+c.ID) {
			choices = append(choices, c)
		}
	}
	var rows []discordgo.MessageComponent
	switch {
	case len(choices) > maxButtonsPerRow:
		menu := discordgo.SelectMenu{
			MenuType:    discordgo.StringSelectMenu,
			CustomID:    rc.customID(selectID),
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
				CustomID: rc.customID(choicePrefix + c.ID),
			})
		}
		rows = append(rows, discordgo.ActionsRow{Components: buttons})
	}
	if _, enumerated := advisor.AllowedValues[q.Slot]; !enumerated && q.Slot != "" {
		rows = append(rows, discordgo.ActionsRow{Components: []discordgo.MessageComponent{
			discordgo.Button{Label: "Type an answer", Style: discordgo.SecondaryButton, CustomID: rc.customID(answerPrefix + string(q.Slot))},
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
	// The picture follows as a message of its own, drawn after the
	// click is answered.
	buttons = append(buttons, discordgo.Button{Label: "Timeline", Style: discordgo.SecondaryButton, CustomID: rc.customID(choicePrefix + advisor.TimelineChoice)})
	buttons = append(buttons, discordgo.Button{Label: "Start over", Style: discordgo.DangerButton, CustomID: rc.customID(choicePrefix + "cmd=restart")})
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
	if done := p.NothingLeft(); done != "" {
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: "Done", Value: done})
	} else {
		e.Fields = append(e.Fields,
			&discordgo.MessageEmbedField{Name: "Total", Value: fmt.Sprintf("%s h over %s", hours(p.TotalHours), weeks(p.TotalWeeks)), Inline: true},
			&discordgo.MessageEmbedField{Name: "Cost", Value: costText(p), Inline: true},
		)
	}
	if len(p.Notes) > 0 {
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: "Notes", Value: "• " + strings.Join(p.Notes, "\n• ")})
	}
	if note := p.PriceNote(); note != "" {
		e.Footer = &discordgo.MessageEmbedFooter{Text: note}
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
	// The prices' date is the footer.
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
		Content:         m.Content,
		Embeds:          orEmpty(m.Embeds),
		Components:      orEmpty(m.Components),
		AllowedMentions: noPings(),
	}
	if m.Ephemeral && !update {
		d.Flags = discordgo.MessageFlagsEphemeral
	}
	return d
}

// edit shapes m as the edit of a deferred response.
func (m message) edit() *discordgo.WebhookEdit {
	content, embeds, comps := m.Content, orEmpty(m.Embeds), orEmpty(m.Components)
	return &discordgo.WebhookEdit{Content: &content, Embeds: &embeds, Components: &comps, AllowedMentions: noPings()}
}

// webhook shapes m as a follow-up message.
func (m message) webhook() *discordgo.WebhookParams {
	p := &discordgo.WebhookParams{Content: m.Content, Embeds: m.Embeds, Components: orEmpty(m.Components), Files: uploads(m.Files), AllowedMentions: noPings()}
	if m.Ephemeral {
		p.Flags = discordgo.MessageFlagsEphemeral
	}
	return p
}

// send shapes m as a channel message (DMs); ephemerality does not exist
// there.
func (m message) send() *discordgo.MessageSend {
	return &discordgo.MessageSend{Content: m.Content, Embeds: m.Embeds, Components: m.Components, Files: uploads(m.Files), AllowedMentions: noPings()}
}

// noPings lets mentions render without notifying anyone: listing a study
// group must not ping its members, and certpath never needs to ping.
func noPings() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
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
