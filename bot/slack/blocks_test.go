package slack

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/certpath/certpath/advisor"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current rendering")

func samplePlan() *advisor.Plan {
	return &advisor.Plan{
		Profile: advisor.Profile{Programming: "professional", ML: "none", Goal: "mlops", HoursPerWeek: 6, Budget: "paid"},
		Steps: []advisor.Step{
			{Course: "uw-regression", Title: "Machine Learning: Regression", Provider: "University of Washington",
				Hours: 30, Weeks: 5, Start: "2026-03-02", End: "2026-04-05", Why: "Supervised learning foundations first."},
			{Course: "gcp-production-ml", Title: "Production Machine Learning Systems", Provider: "Google Cloud",
				Hours: 27.5, Weeks: 5, Start: "2026-04-06", End: "2026-05-10", Why: "Pipelines, data validation & monitoring: the <MLOps> course."},
		},
		TotalHours: 57.5, TotalWeeks: 10, Start: "2026-03-02", End: "2026-05-10",
		CostUSD: 98, CostMinUSD: 98, CostMaxUSD: 158,
		CostNote:  "Coursera subscription, $49–$79 per month, for about 2 months.",
		PriceAsOf: "2026", PriceSource: "ML certificate programs guide",
		Notes: []string{"Audit first, pay when you are sure.", "Build something you can show."},
	}
}

func TestRenderGolden(t *testing.T) {
	plan := samplePlan()
	tests := []struct {
		name  string
		reply advisor.Reply
		on    surface
	}{
		{"question", advisor.Reply{
			Kind: advisor.KindQuestion,
			Text: "Got it: programs professionally.\nAnd machine learning: how far have you got?\n  1) None yet   2) Courses or tutorials\nOr answer in your own words.",
			Question: &advisor.Question{Slot: advisor.SlotML, Prompt: "And machine learning: how far have you got?", Choices: []advisor.Choice{
				{ID: "ml=none", Label: "None yet"}, {ID: "ml=coursework", Label: "Courses or tutorials"},
				{ID: "ml=built_models", Label: "Built my own models"}, {ID: "ml=production", Label: "Shipped models to production"},
			}},
		}, surfacePrivate},
		{"question_select", advisor.Reply{
			Kind: advisor.KindQuestion,
			Text: "What do you want ML for?",
			Question: &advisor.Question{Slot: advisor.SlotGoal, Prompt: "What do you want ML for?", Choices: []advisor.Choice{
				{ID: "goal=literacy", Label: "Understand ML"}, {ID: "goal=data_scientist", Label: "Data scientist"},
				{ID: "goal=ml_engineer", Label: "ML engineer"}, {ID: "goal=mlops", Label: "MLOps"},
				{ID: "goal=fill_gap", Label: "Fill a specific gap"}, {ID: "goal=research", Label: "Research"},
			}},
		}, surfacePrivate},
		{"plan", advisor.Reply{
			Kind: advisor.KindPlan, Plan: plan, Text: "Got it: 6 h/week.\n\n" + advisor.FormatPlan(plan),
			Suggestions: []string{"actually 10 hours a week", "restart"},
		}, surfacePrivate},
		{"plan_shared", advisor.Reply{Kind: advisor.KindPlan, Plan: plan, Text: planSummary(*plan)}, surfacePublic},
		{"faq_answer", advisor.Reply{
			Kind: advisor.KindAnswer,
			Text: "Auditing is free; the certificate needs a Coursera subscription, typically $49–$79 per month (prices as of 2026).",
			Answer: &advisor.Answer{Answered: true, Topic: "cost", Confidence: 0.9,
				Text: "Auditing is free; the certificate needs a Coursera subscription, typically $49–$79 per month (prices as of 2026)."},
		}, surfacePrivate},
		{"unanswered", advisor.Reply{
			Kind: advisor.KindAnswer,
			Text: "I don't know that one.\nYou could ask:\n- Are certificates free?\n- Do certificates expire?",
			Answer: &advisor.Answer{Answered: false, Text: "I don't know that one.",
				Suggestions: []string{"Are certificates free?", "Do certificates expire?"}},
			Suggestions: []string{"Are certificates free?", "Do certificates expire?"},
		}, surfacePrivate},
		{"answer_then_question", advisor.Reply{
			Kind:   advisor.KindAnswer,
			Text:   "Yes, most courses can be audited.\n\nBack to your plan: How many hours a week can you study, honestly?\n  1) 3 h",
			Answer: &advisor.Answer{Answered: true, Text: "Yes, most courses can be audited."},
			Question: &advisor.Question{Slot: advisor.SlotHours, Prompt: "How many hours a week can you study, honestly?",
				Choices: []advisor.Choice{{ID: "hours=3", Label: "3 h"}, {ID: "hours=8", Label: "8 h"}}},
		}, surfacePrivate},
		{"group_members", advisor.Reply{
			Kind:  advisor.KindInfo,
			Text:  "Also in the study group for Machine Learning: Regression here: @U2, @W3ABC.",
			Group: &advisor.GroupInfo{Course: "uw-regression", Title: "Machine Learning: Regression", Members: []string{"U2", "W3ABC"}},
		}, surfacePrivate},
		{"group_counts", advisor.Reply{
			Kind:  advisor.KindInfo,
			Text:  "Study groups in this workspace (people who opted in):\n  Machine Learning: Regression: 3\n  <MLOps> & more: 1",
			Group: &advisor.GroupInfo{Counts: map[string]int{"Machine Learning: Regression": 3, "<MLOps> & more": 1}},
		}, surfacePrivate},
		{"question_in_thread", advisor.Reply{
			Kind: advisor.KindQuestion,
			Text: "How much programming have you done?\n  1) None yet   2) Some\nOr answer in your own words.",
			Question: &advisor.Question{Slot: advisor.SlotProgramming, Prompt: "How much programming have you done?",
				Choices: []advisor.Choice{{ID: "programming=none", Label: "None yet"}, {ID: "programming=some", Label: "Some"}}},
		}, surfacePublic},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msg := renderMessage(tt.reply, tt.on)
			if tt.on == surfacePrivate {
				msg.ResponseType = slack.ResponseTypeEphemeral
			}
			var got bytes.Buffer
			enc := json.NewEncoder(&got)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			if err := enc.Encode(msg); err != nil {
				t.Fatal(err)
			}
			checkLimits(t, msg)
			golden := filepath.Join("testdata", tt.name+".golden")
			if *update {
				if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("%s differs from the rendering (go test -update to accept):\n%s", golden, got.String())
			}
		})
	}
}

// checkLimits asserts Slack's limits on a rendered message.
func checkLimits(t *testing.T, msg slack.WebhookMessage) {
	t.Helper()
	if msg.Text == "" {
		t.Error("no top-level fallback text")
	}
	if utf8.RuneCountInString(msg.Text) > maxFallbackText {
		t.Errorf("fallback text has %d runes", utf8.RuneCountInString(msg.Text))
	}
	if msg.Blocks == nil {
		return
	}
	if n := len(msg.Blocks.BlockSet); n > maxBlocks {
		t.Errorf("%d blocks, Slack allows %d", n, maxBlocks)
	}
	actionIDs := map[string]bool{}
	for _, b := range msg.Blocks.BlockSet {
		switch b := b.(type) {
		case *slack.SectionBlock:
			if n := utf8.RuneCountInString(b.Text.Text); n > maxSectionText {
				t.Errorf("section text has %d runes", n)
			}
		case *slack.HeaderBlock:
			if n := utf8.RuneCountInString(b.Text.Text); n > maxHeaderText {
				t.Errorf("header text has %d runes", n)
			}
		case *slack.ActionBlock:
			for _, el := range b.Elements.ElementSet {
				var id string
				switch el := el.(type) {
				case *slack.ButtonBlockElement:
					id = el.ActionID
					if utf8.RuneCountInString(el.Text.Text) > maxButtonText || utf8.RuneCountInString(el.Value) > maxButtonValue {
						t.Errorf("button %q over limits", el.ActionID)
					}
				case *slack.SelectBlockElement:
					id = el.ActionID
					for _, o := range el.Options {
						if utf8.RuneCountInString(o.Text.Text) > maxOptionText || utf8.RuneCountInString(o.Value) > maxOptionValue {
							t.Errorf("select option %q over limits", o.Value)
						}
					}
				}
				if actionIDs[id] {
					t.Errorf("action_id %q repeated in one message", id)
				}
				actionIDs[id] = true
			}
		}
	}
}

func TestRenderRespectsLimits(t *testing.T) {
	long := samplePlan()
	long.Steps = nil
	for i := range 80 {
		long.Steps = append(long.Steps, advisor.Step{
			Title: "Course " + strconv.Itoa(i) + " " + strings.Repeat("with a very long title ", 10), Provider: "P",
			Hours: 30, Weeks: 5, Start: "2026-01-01", End: "2026-02-01", Why: strings.Repeat("because ", 500),
		})
	}
	long.Notes = []string{strings.Repeat("note ", 1000)}
	bigText := strings.Repeat(strings.Repeat("word ", 200)+"\n\n", 60) + strings.Repeat("x", 7000)
	manyChoices := &advisor.Question{Prompt: "Pick", Choices: nil}
	for i := range 150 {
		manyChoices.Choices = append(manyChoices.Choices, advisor.Choice{ID: "c=" + strconv.Itoa(i), Label: strings.Repeat("label ", 30)})
	}
	tests := []struct {
		name  string
		reply advisor.Reply
		on    surface
	}{
		{"80-step plan", advisor.Reply{Kind: advisor.KindPlan, Plan: long, Text: advisor.FormatPlan(long)}, surfacePrivate},
		{"80-step plan shared", advisor.Reply{Kind: advisor.KindPlan, Plan: long, Text: planSummary(*long)}, surfacePublic},
		{"huge help text", advisor.Reply{Kind: advisor.KindHelp, Text: bigText, Suggestions: []string{strings.Repeat("s", 3000), "b", "c", "d", "e", "f", "g"}}, surfacePrivate},
		{"150 choices", advisor.Reply{Kind: advisor.KindQuestion, Text: "Pick", Question: manyChoices}, surfacePrivate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msg := renderMessage(tt.reply, tt.on)
			checkLimits(t, msg)
			if tt.reply.Plan != nil {
				text := blocksJSON(t, msg.Blocks.BlockSet)
				// The last step is still named, even if compactly.
				if !strings.Contains(text, "80. Course 79") {
					t.Errorf("the last step was dropped")
				}
				if tt.on == surfacePrivate && !strings.Contains(text, `"action_id":"share"`) {
					t.Errorf("the share button did not survive the cut")
				}
			}
		})
	}
}

func blocksJSON(t *testing.T, blocks []slack.Block) string {
	t.Helper()
	raw, err := json.Marshal(blocks)
	if err != nil {
		t.Fatal(err)
	}
	return string(raw)
}

func TestTextBlocksKeepsAllText(t *testing.T) {
	in := strings.Repeat("alpha beta\n", 700) + "\n\n" + strings.Repeat("é", 4500)
	var out strings.Builder
	for _, b := range textBlocks(in) {
		s := b.(*slack.SectionBlock).Text.Text
		if utf8.RuneCountInString(s) > maxSectionText {
			t.Fatalf("section of %d runes", utf8.RuneCountInString(s))
		}
		out.WriteString(s)
	}
	strip := func(s string) string { return strings.NewReplacer("\n", "", " ", "").Replace(s) }
	if strip(out.String()) != strip(in) {
		t.Error("splitting lost or changed text")
	}
}

func TestEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a < b & c > <!channel>", "a &lt; b &amp; c &gt; &lt;!channel&gt;"},
		{"plain text, no control characters: *bold* _it_", "plain text, no control characters: *bold* _it_"},
		{"", ""},
		{"&amp;", "&amp;amp;"},
		{"é < ü", "é &lt; ü"},
	}
	for _, tt := range tests {
		if got := escape(tt.in); got != tt.want {
			t.Errorf("escape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestWireMessageMatchesWebhookMessage keeps wireMessage in step with
// slack.WebhookMessage: the same fields and tags in the same order, and
// the same bytes for real renderings and for every field set.
func TestWireMessageMatchesWebhookMessage(t *testing.T) {
	want, got := reflect.TypeFor[slack.WebhookMessage](), reflect.TypeFor[wireMessage]()
	if want.NumField() != got.NumField() {
		t.Fatalf("wireMessage has %d fields, slack.WebhookMessage %d", got.NumField(), want.NumField())
	}
	for i := range want.NumField() {
		w, g := want.Field(i), got.Field(i)
		if w.Name != g.Name || w.Tag != g.Tag || (w.Type != g.Type && w.Name != "Blocks") {
			t.Errorf("field %d: wireMessage has %s %s %q, slack.WebhookMessage %s %s %q", i, g.Name, g.Type, g.Tag, w.Name, w.Type, w.Tag)
		}
	}
	yes := true
	plan := samplePlan()
	msgs := map[string]slack.WebhookMessage{
		"zero":         {},
		"empty blocks": {Text: "x", Blocks: &slack.Blocks{}},
		"plan":         renderMessage(advisor.Reply{Kind: advisor.KindPlan, Plan: plan, Text: advisor.FormatPlan(plan)}, surfacePrivate),
		"escaped":      renderMessage(advisor.Reply{Kind: advisor.KindInfo, Text: "<!channel> & <https://x|y>"}, surfacePublic),
		"every field": {Username: "u", IconEmoji: ":x:", IconURL: "https://i", Channel: "C1", ThreadTimestamp: "1.2",
			Text: "t", Attachments: []slack.Attachment{{Text: "a"}}, Parse: "full", ResponseType: slack.ResponseTypeEphemeral,
			ReplaceOriginal: true, DeleteOriginal: true, ReplyBroadcast: true, UnfurlLinks: &yes, UnfurlMedia: &yes,
			Blocks: &slack.Blocks{BlockSet: []slack.Block{slack.NewDividerBlock()}}},
	}
	for name, msg := range msgs {
		a, err := json.Marshal(msg)
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(wireOf(&msg))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s: wire encoding differs\n got %s\nwant %s", name, b, a)
		}
	}
}

// The notification text of a long plan is whole: Slack only truncates past
// 40,000 characters.
func TestLongPlanFallbackTextNotCut(t *testing.T) {
	p := samplePlan()
	for i := range 30 {
		p.Steps = append(p.Steps, advisor.Step{Title: "Course " + strconv.Itoa(i), Provider: "P", Hours: 30, Weeks: 5,
			Start: "2026-01-01", End: "2026-02-01", Why: strings.Repeat("a reason to take it ", 8)})
	}
	text := advisor.FormatPlan(p)
	if utf8.RuneCountInString(text) < 5000 {
		t.Fatalf("test plan text is only %d runes", utf8.RuneCountInString(text))
	}
	msg := renderMessage(advisor.Reply{Kind: advisor.KindPlan, Plan: p, Text: text}, surfacePrivate)
	if msg.Text != escape(text) {
		t.Errorf("fallback text has %d runes, want all %d", utf8.RuneCountInString(msg.Text), utf8.RuneCountInString(text))
	}
}

func TestButtonLabelsShortenOnWordBoundary(t *testing.T) {
	long := "How much does the Machine Learning Specialization cost if I pay monthly for six months?"
	a := suggestionBlock([]string{long, "short"})
	b := a.Elements.ElementSet[0].(*slack.ButtonBlockElement)
	label := b.Text.Text
	if utf8.RuneCountInString(label) > maxButtonText || !strings.HasSuffix(label, "…") {
		t.Fatalf("label %q: want at most %d runes, ending in …", label, maxButtonText)
	}
	kept := strings.TrimSuffix(label, "…")
	if !strings.HasPrefix(long, kept) || long[len(kept)] != ' ' {
		t.Errorf("label %q is not cut at a word boundary of %q", label, long)
	}
	if b.Value != long {
		t.Errorf("value = %q, want the whole suggestion", b.Value)
	}
	if got := shorten("Supercalifragilisticexpialidocious-and-more-without-any-space-at-all-so-long", 20); utf8.RuneCountInString(got) > 20 {
		t.Errorf("shorten without spaces = %q, over 20 runes", got)
	}
}

// Slack allows 150 characters in an option's value; a longer choice is left
// out (it is in the text, to be typed) instead of being sent cut.
func TestSelectLeavesOutOverlongValues(t *testing.T) {
	q := &advisor.Question{Prompt: "Pick"}
	for i := range 7 {
		q.Choices = append(q.Choices, advisor.Choice{ID: "c=" + strconv.Itoa(i), Label: "Choice " + strconv.Itoa(i)})
	}
	q.Choices[3].ID = "c=" + strings.Repeat("x", maxOptionValue)
	sel := choiceBlock(q.Choices).Elements.ElementSet[0].(*slack.SelectBlockElement)
	if len(sel.Options) != 6 {
		t.Fatalf("%d options, want 6 (the overlong one left out)", len(sel.Options))
	}
	for _, o := range sel.Options {
		if utf8.RuneCountInString(o.Value) > maxOptionValue || o.Value == q.Choices[3].ID[:maxOptionValue] {
			t.Errorf("option value %q", o.Value)
		}
	}
	msg := renderMessage(advisor.Reply{Kind: advisor.KindQuestion, Text: "Pick", Question: q}, surfacePrivate)
	checkLimits(t, msg)
}

// Long notes continue in more sections; nothing is cut.
func TestLongNotesSplitIntoSections(t *testing.T) {
	p := samplePlan()
	p.Notes = []string{strings.Repeat("first note ", 200), strings.Repeat("second note ", 200), "third"}
	var notes []string
	for _, b := range planBlocks(*p) {
		if sec, ok := b.(*slack.SectionBlock); ok && strings.Contains(sec.Text.Text, "note") {
			notes = append(notes, sec.Text.Text)
		}
	}
	if len(notes) < 2 {
		t.Fatalf("notes in %d section(s), want them split", len(notes))
	}
	all := strings.Join(notes, "\n")
	for _, n := range p.Notes {
		if !strings.Contains(all, "• "+n) {
			t.Errorf("note %.20q... is not whole", n)
		}
	}
	if strings.Contains(all, "…") {
		t.Error("a note was cut")
	}
}
