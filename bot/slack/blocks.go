package slack

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/certpath/certpath/advisor"
)

// Block Kit limits (https://docs.slack.dev/reference/block-kit/blocks).
const (
	maxBlocks      = 50   // per message
	maxHomeBlocks  = 100  // per Home tab view
	maxSectionText = 3000 // section text
	maxHeaderText  = 150  // header plain_text
	maxButtonText  = 75   // button label
	maxButtonValue = 2000 // button value
	maxOptionText  = 75   // select option label
	maxOptionValue = 150  // select option value
	maxButtons     = 5    // choices shown as buttons; more become a select
	maxSelectOpts  = 100  // static_select options
	maxSuggestions = 5    // follow-up buttons
	// maxFallbackText bounds the top-level text, which Slack shows in
	// notifications and where blocks cannot be rendered: Slack truncates
	// a message's text past 40,000 characters.
	maxFallbackText = 40000
)

// Action ids. They are unique within a message (choices and suggestions
// carry their index) and tell the interaction handler what a click means.
const (
	actionChoicePrefix  = "choice_"
	actionChoiceSelect  = "choice_select"
	actionSuggestPrefix = "suggest_"
	actionShare         = "share"
	actionRestart       = "restart"
	actionTimeline      = "timeline"
)

// restartChoice is the Choice.ID the advisor reads as "start over".
const restartChoice = "cmd=restart"

// surface is where blocks are shown, which decides the buttons they get.
type surface int

const (
	// surfacePrivate is a message only the learner sees (ephemeral reply,
	// DM): every button.
	surfacePrivate surface = iota
	// surfacePublic is a message in a channel, e.g. a shared plan or a
	// thread answer: no buttons that act for one learner.
	surfacePublic
)

// renderMessage is the whole Slack message for a reply.
func renderMessage(r advisor.Reply, on surface) slack.WebhookMessage {
	blocks := renderBlocks(r, on)
	text := fallbackText(r.Text)
	if r.Group != nil && on == surfacePrivate {
		text = clip(mentionify(escape(r.Text), r.Group.Members), maxFallbackText)
	}
	msg := slack.WebhookMessage{Text: text}
	if len(blocks) > 0 {
		msg.Blocks = &slack.Blocks{BlockSet: blocks}
	}
	return msg
}

// fallbackText is the top-level text: the reply's complete plain text,
// escaped and clipped.
func fallbackText(s string) string { return clip(escape(s), maxFallbackText) }

// renderBlocks renders a reply as Block Kit, within maxBlocks.
func renderBlocks(r advisor.Reply, on surface) []slack.Block {
	if on != surfacePrivate && r.Kind != advisor.KindPlan {
		// Without buttons the complete plain text (choices and examples
		// included) is the clearest rendering.
		return fit(textBlocks(r.Text), nil, maxBlocks)
	}
	var content, actions []slack.Block
	switch {
	case r.Kind == advisor.KindPlan && r.Plan != nil:
		// The text is an acknowledgement ("Got it: 8 h/week.") followed
		// by the plan in plain text; the lead is shown, the plan rendered.
		if lead, ok := strings.CutSuffix(strings.TrimSpace(r.Text), advisor.FormatPlan(r.Plan)); ok {
			content = append(content, textBlocks(lead)...)
		}
		content = append(content, planBlocks(*r.Plan)...)
		if on == surfacePrivate {
			actions = append(actions, slack.NewActionBlock("",
				button(actionShare, actionShare, "Share in channel", slack.StylePrimary),
				// The picture goes to the learner's DM, drawn after the ack.
				button(actionTimeline, advisor.TimelineChoice, "Timeline", ""),
				button(actionRestart, restartChoice, "Start over", ""),
			))
		}
	case r.Clarifying():
		// "Did you mean": the lead sentence, then the topics as buttons
		// under the prompt (the numbered list is for typing).
		if i := strings.Index(r.Text, r.Question.Prompt); i > 0 {
			content = textBlocks(r.Text[:i])
		}
	case r.Answer != nil && r.Answer.Text != "":
		content = textBlocks(r.Answer.Text)
	case r.Group != nil && (len(r.Group.Members) > 0 || len(r.Group.Counts) > 0):
		content = groupBlocks(r.Text, *r.Group)
	case r.Question != nil:
		// Whatever precedes the prompt in the text (an acknowledgement,
		// a correction) is shown; the choices after it become buttons.
		if i := strings.Index(r.Text, r.Question.Prompt); i > 0 {
			content = textBlocks(r.Text[:i])
		}
	default:
		content = textBlocks(r.Text)
	}
	if q := r.Question; q != nil && r.Kind != advisor.KindPlan {
		prompt := "*" + escape(q.Prompt) + "*"
		if r.Resumes() {
			prompt = advisor.ResumeLead + prompt
		}
		content = append(content, mrkdwnSection(prompt))
		if on == surfacePrivate {
			if a := choiceBlock(q.Choices); a != nil {
				actions = append(actions, a)
			}
		}
	}
	if on == surfacePrivate {
		suggestions := r.Suggestions
		if len(suggestions) == 0 && r.Answer != nil && !r.Clarifying() {
			suggestions = r.Answer.Suggestions
		}
		if a := suggestionBlock(suggestions); a != nil {
			actions = append(actions, a)
		}
	}
	return fit(content, actions, maxBlocks)
}

// groupBlocks renders a study group reply: the members as mentions
// within the advisor's sentence, or the admin counts as a list.
func groupBlocks(text string, g advisor.GroupInfo) []slack.Block {
	if len(g.Members) > 0 {
		blocks := textBlocks(text)
		for _, b := range blocks {
			if s, ok := b.(*slack.SectionBlock); ok {
				s.Text.Text = clip(mentionify(s.Text.Text, g.Members), maxSectionText)
			}
		}
		return blocks
	}
	titles := make([]string, 0, len(g.Counts))
	for t := range g.Counts {
		titles = append(titles, t)
	}
	sort.Strings(titles)
	lines := make([]string, 0, len(titles))
	for _, t := range titles {
		lines = append(lines, fmt.Sprintf("• *%s*: %d", escape(t), g.Counts[t]))
	}
	// The first line of the text is the advisor's heading; the list after
	// it is rendered from the counts.
	lead, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	return append([]slack.Block{mrkdwnSection(escape(lead))}, packLines(lines)...)
}

// mentionify turns the plain "@U123" of each member in already escaped
// mrkdwn into a Slack mention "<@U123>". Only well-formed Slack user ids
// are turned, so nothing else can smuggle markup in, and "@U12" is never
// read as "@U1" followed by "2".
func mentionify(s string, members []string) string {
	ids := make(map[string]bool, len(members))
	for _, m := range members {
		if isUserID(m) {
			ids[m] = true
		}
	}
	if len(ids) == 0 {
		return s
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '@')
		if i < 0 {
			break
		}
		j := i + 1
		for j < len(s) && isIDByte(s[j]) {
			j++
		}
		b.WriteString(s[:i])
		if id := s[i+1 : j]; ids[id] {
			b.WriteString("<@" + id + ">")
		} else {
			b.WriteString(s[i:j])
		}
		s = s[j:]
	}
	b.WriteString(s)
	return b.String()
}

// isUserID: Slack user ids are U… or W… (Enterprise Grid), upper-case
// letters and digits.
func isUserID(s string) bool {
	if len(s) < 2 || (s[0] != 'U' && s[0] != 'W') {
		return false
	}
	for i := range len(s) {
		if !isIDByte(s[i]) {
			return false
		}
	}
	return true
}

func isIDByte(c byte) bool { return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' }

// fit keeps content and actions within limit blocks: the actions always
// survive (they are how the learner goes on); content that does not fit
// is cut with a note pointing at the plain text.
func fit(content, actions []slack.Block, limit int) []slack.Block {
	if len(content)+len(actions) <= limit {
		return append(content, actions...)
	}
	keep := max(limit-len(actions)-1, 0)
	out := append([]slack.Block{}, content[:keep]...)
	out = append(out, slack.NewContextBlock("", slack.NewTextBlockObject(slack.MarkdownType,
		fmt.Sprintf("_%d more part(s) did not fit in one Slack message._", len(content)-keep), false, false)))
	return append(out, actions...)
}

// planBlocks: a header, a section per step, totals, cost with the price's
// as-of date, and notes.
func planBlocks(p advisor.Plan) []slack.Block {
	blocks := []slack.Block{
		slack.NewHeaderBlock(slack.NewTextBlockObject(slack.PlainTextType, clip("Your certificate plan", maxHeaderText), false, false)),
	}
	// Steps get what is left of the budget after the fixed blocks
	// (lead, header, divider, totals, cost, as-of, notes, actions, cut
	// note). A longer plan lists every step compactly instead, several
	// to a section.
	const fixed = 9
	if len(p.Steps) <= maxBlocks-fixed {
		for i, s := range p.Steps {
			blocks = append(blocks, mrkdwnSection(stepText(i+1, s)))
		}
	} else {
		lines := make([]string, 0, len(p.Steps))
		for i, s := range p.Steps {
			lines = append(lines, fmt.Sprintf("*%d. %s* — %s h, %d weeks, %s → %s",
				i+1, escape(clip(s.Title, 60)), hours(s.Hours), s.Weeks, s.Start, s.End))
		}
		blocks = append(blocks, packLines(lines)...)
	}
	blocks = append(blocks, slack.NewDividerBlock())
	if done := p.NothingLeft(); done != "" {
		blocks = append(blocks, mrkdwnSection(escape(done)))
	} else {
		blocks = append(blocks, mrkdwnSection(fmt.Sprintf("*Total:* %s hours over %d weeks, %s → %s",
			hours(p.TotalHours), p.TotalWeeks, p.Start, p.End)))
		cost := "*Cost:* " + money(p)
		if p.CostNote != "" {
			cost += "\n" + escape(p.CostNote)
		}
		blocks = append(blocks, mrkdwnSection(cost))
	}
	if note := p.PriceNote(); note != "" {
		blocks = append(blocks, slack.NewContextBlock("", slack.NewTextBlockObject(slack.MarkdownType, clip(escape(note), maxSectionText), false, false)))
	}
	if len(p.Notes) > 0 {
		var b strings.Builder
		b.WriteString("*Notes*")
		for _, n := range p.Notes {
			b.WriteString("\n• " + escape(n))
		}
		// Long notes go on in more sections rather than being cut.
		for _, piece := range chunks(b.String(), maxSectionText) {
			blocks = append(blocks, mrkdwnSection(piece))
		}
	}
	return blocks
}

// packLines joins lines into as few sections as the text limit allows.
func packLines(lines []string) []slack.Block {
	var blocks []slack.Block
	var cur []string
	size := 0
	for _, l := range lines {
		l = clip(l, maxSectionText)
		n := utf8.RuneCountInString(l) + 1
		if size+n > maxSectionText && len(cur) > 0 {
			blocks = append(blocks, mrkdwnSection(strings.Join(cur, "\n")))
			cur, size = nil, 0
		}
		cur, size = append(cur, l), size+n
	}
	if len(cur) > 0 {
		blocks = append(blocks, mrkdwnSection(strings.Join(cur, "\n")))
	}
	return blocks
}

func stepText(n int, s advisor.Step) string {
	var b strings.Builder
	fmt.Fprintf(&b, "*%d. %s*", n, escape(s.Title))
	if s.Provider != "" {
		b.WriteString(" — " + escape(s.Provider))
	}
	fmt.Fprintf(&b, "\n%s hours · %d weeks · %s → %s", hours(s.Hours), s.Weeks, s.Start, s.End)
	if s.Why != "" {
		b.WriteString("\n_" + escape(s.Why) + "_")
	}
	return b.String()
}

// money renders a plan's cost: a range when the figures differ.
func money(p advisor.Plan) string {
	if p.CostMaxUSD > p.CostMinUSD {
		return "$" + amount(p.CostMinUSD) + "–$" + amount(p.CostMaxUSD)
	}
	return "$" + amount(p.CostUSD)
}

func amount(v float64) string {
	if v == float64(int64(v)) {
		return strconv.FormatInt(int64(v), 10)
	}
	return strconv.FormatFloat(v, 'f', 2, 64)
}

func hours(v float64) string {
	if v == float64(int64(v)) {
		return strconv.FormatInt(int64(v), 10)
	}
	return strconv.FormatFloat(v, 'f', 1, 64)
}

// choiceBlock shows a question's choices: buttons when few, a select
// when many. Each value is the Choice.ID, passed back untouched.
func choiceBlock(choices []advisor.Choice) *slack.ActionBlock {
	switch {
	case len(choices) == 0:
		return nil
	case len(choices) <= maxButtons:
		elems := make([]slack.BlockElement, 0, len(choices))
		for i, c := range choices {
			if b := button(actionChoicePrefix+strconv.Itoa(i), c.ID, c.Label, ""); b != nil {
				elems = append(elems, b)
			}
		}
		if len(elems) == 0 {
			return nil
		}
		return slack.NewActionBlock("", elems...)
	default:
		if len(choices) > maxSelectOpts {
			choices = choices[:maxSelectOpts]
		}
		opts := make([]*slack.OptionBlockObject, 0, len(choices))
		for _, c := range choices {
			if utf8.RuneCountInString(c.ID) > maxOptionValue {
				// A cut value would answer something else; Slack refuses
				// the whole message over one too long. The choice stays
				// in the text, to be typed.
				continue
			}
			opts = append(opts, slack.NewOptionBlockObject(c.ID,
				slack.NewTextBlockObject(slack.PlainTextType, shorten(c.Label, maxOptionText), false, false), nil))
		}
		if len(opts) == 0 {
			return nil
		}
		sel := slack.NewOptionsSelectBlockElement(slack.OptTypeStatic,
			slack.NewTextBlockObject(slack.PlainTextType, "Choose…", false, false), actionChoiceSelect, opts...)
		return slack.NewActionBlock("", sel)
	}
}

// suggestionBlock offers follow-ups; a click sends the suggestion's text.
func suggestionBlock(suggestions []string) *slack.ActionBlock {
	if len(suggestions) == 0 {
		return nil
	}
	if len(suggestions) > maxSuggestions {
		suggestions = suggestions[:maxSuggestions]
	}
	elems := make([]slack.BlockElement, 0, len(suggestions))
	for i, s := range suggestions {
		if b := button(actionSuggestPrefix+strconv.Itoa(i), s, s, ""); b != nil {
			elems = append(elems, b)
		}
	}
	if len(elems) == 0 {
		return nil
	}
	return slack.NewActionBlock("", elems...)
}

// button is a button whose click sends value, labelled label shortened on
// a word boundary; nil when value is over Slack's limit, since a cut value
// would send something else.
func button(actionID, value, label string, style slack.Style) *slack.ButtonBlockElement {
	if utf8.RuneCountInString(value) > maxButtonValue {
		return nil
	}
	b := slack.NewButtonBlockElement(actionID, value,
		slack.NewTextBlockObject(slack.PlainTextType, shorten(label, maxButtonText), false, false))
	if style != "" {
		b = b.WithStyle(style)
	}
	return b
}

// shorten fits a label in n runes, cutting at the last word boundary that
// keeps most of it and marking the cut with "…".
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n-1]
	cut := len(r)
	for i := len(r) - 1; i > len(r)/2; i-- {
		if unicode.IsSpace(r[i]) {
			cut = i
			break
		}
	}
	return strings.TrimRightFunc(string(r[:cut]), func(c rune) bool {
		return unicode.IsSpace(c) || unicode.IsPunct(c)
	}) + "…"
}

// textBlocks renders plain text as sections, splitting at paragraphs so
// no section exceeds Slack's limit.
func textBlocks(s string) []slack.Block {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	var blocks []slack.Block
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			blocks = append(blocks, mrkdwnSection(cur.String()))
			cur.Reset()
		}
	}
	for _, para := range strings.Split(escape(s), "\n\n") {
		for _, piece := range chunks(para, maxSectionText) {
			if cur.Len() > 0 && utf8.RuneCountInString(cur.String())+2+utf8.RuneCountInString(piece) > maxSectionText {
				flush()
			}
			if cur.Len() > 0 {
				cur.WriteString("\n\n")
			}
			cur.WriteString(piece)
		}
	}
	flush()
	return blocks
}

// chunks splits s into pieces of at most n runes, preferring line breaks.
func chunks(s string, n int) []string {
	var out []string
	for utf8.RuneCountInString(s) > n {
		r := []rune(s)
		cut := n
		if i := strings.LastIndex(string(r[:n]), "\n"); i > 0 {
			cut = utf8.RuneCountInString(string(r[:n])[:i])
		}
		out = append(out, string(r[:cut]))
		s = strings.TrimLeft(string(r[cut:]), "\n")
	}
	return append(out, s)
}

func mrkdwnSection(text string) *slack.SectionBlock {
	return slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, clip(text, maxSectionText), false, false), nil, nil)
}

// clip shortens s to at most n runes, marking the cut with "…".
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// mrkdwnEscaper entity-encodes mrkdwn's control characters. It is built
// once: building a Replacer costs far more than using one, and a
// *strings.Replacer is immutable and safe for concurrent use.
var mrkdwnEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// escape makes plain text safe in mrkdwn: Slack reads <...> as links and
// mentions, so the three control characters are entity-encoded. Most
// texts have none of them and are returned as they are, without a copy.
func escape(s string) string {
	if !strings.ContainsAny(s, "&<>") {
		return s
	}
	return mrkdwnEscaper.Replace(s)
}

// homeBlocks is the App Home tab: the learner's plan, or where the
// interview stands.
func homeBlocks(s advisor.Session) []slack.Block {
	if s.Plan != nil {
		blocks := planBlocks(*s.Plan)
		return fit(blocks, []slack.Block{hint()}, maxHomeBlocks)
	}
	blocks := []slack.Block{
		slack.NewHeaderBlock(slack.NewTextBlockObject(slack.PlainTextType, "certpath", false, false)),
	}
	answered := profileLines(s.Profile)
	if len(answered) == 0 {
		blocks = append(blocks, mrkdwnSection("I help you pick machine-learning certificates and plan them around your week."))
	} else {
		missing := len(s.Profile.Missing())
		blocks = append(blocks, mrkdwnSection(fmt.Sprintf("*Where you are:* %d of %d questions answered.\n%s",
			len(advisor.Slots)-missing, len(advisor.Slots), strings.Join(answered, "\n"))))
	}
	return append(blocks, hint())
}

func hint() slack.Block {
	return slack.NewContextBlock("", slack.NewTextBlockObject(slack.MarkdownType,
		"Message me here in *Messages*, or type `/certpath` in any channel.", false, false))
}

// profileLines lists what the learner told us so far.
func profileLines(p advisor.Profile) []string {
	var out []string
	add := func(label, v string) {
		if v != "" {
			out = append(out, "• "+label+": "+escape(strings.ReplaceAll(v, "_", " ")))
		}
	}
	add("Programming", p.Programming)
	add("Machine learning", p.ML)
	add("Goal", p.Goal)
	if p.HoursPerWeek > 0 {
		add("Hours per week", strconv.Itoa(p.HoursPerWeek))
	}
	add("Budget", p.Budget)
	add("Start", p.Start)
	return out
}
