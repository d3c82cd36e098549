package discord

import (
	"bytes"
	"encoding/json"
	"flag"
	"io"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/catalog"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// checkLimits fails the test for any message Discord would reject.
func checkLimits(t *testing.T, msgs []message) {
	t.Helper()
	for n, m := range msgs {
		if c := utf8.RuneCountInString(m.Content); c > maxContent {
			t.Errorf("message %d: content %d > %d", n, c, maxContent)
		}
		if m.Content == "" && len(m.Embeds) == 0 {
			t.Errorf("message %d is empty", n)
		}
		if len(m.Embeds) > maxEmbeds {
			t.Errorf("message %d: %d embeds > %d", n, len(m.Embeds), maxEmbeds)
		}
		total := 0
		for k, e := range m.Embeds {
			total += embedSize(e)
			if c := utf8.RuneCountInString(e.Title); c > maxTitle {
				t.Errorf("message %d embed %d: title %d", n, k, c)
			}
			if c := utf8.RuneCountInString(e.Description); c > maxDescription {
				t.Errorf("message %d embed %d: description %d", n, k, c)
			}
			if len(e.Fields) > maxFields {
				t.Errorf("message %d embed %d: %d fields", n, k, len(e.Fields))
			}
			for _, f := range e.Fields {
				if c := utf8.RuneCountInString(f.Value); c > maxFieldValue || c == 0 {
					t.Errorf("message %d embed %d: field value %d", n, k, c)
				}
				if c := utf8.RuneCountInString(f.Name); c > maxFieldName || c == 0 {
					t.Errorf("message %d embed %d: field name %d", n, k, c)
				}
			}
		}
		if total > maxEmbedTotal {
			t.Errorf("message %d: embeds total %d > %d", n, total, maxEmbedTotal)
		}
	}
}

// words is n space-separated copies of w.
func words(w string, n int) string { return strings.TrimSpace(strings.Repeat(w+" ", n)) }

func fields(n int, value string) []*discordgo.MessageEmbedField {
	out := make([]*discordgo.MessageEmbedField, n)
	for i := range out {
		out[i] = &discordgo.MessageEmbedField{Name: "step " + strconv.Itoa(i+1), Value: value}
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name       string
		content    string
		embeds     []*discordgo.MessageEmbed
		messages   int
		embedsEach []int // embeds per message
		fieldsAll  int   // fields over all embeds, after splitting
	}{
		{name: "short text", content: "hello", messages: 1, embedsEach: []int{0}},
		{name: "exactly 2000", content: strings.Repeat("a", 2000), messages: 1, embedsEach: []int{0}},
		{name: "long text by words", content: words("word", 1000), messages: 3, embedsEach: []int{0, 0, 0}},
		{name: "long text by lines", content: strings.Repeat(strings.Repeat("x", 99)+"\n", 50), messages: 3, embedsEach: []int{0, 0, 0}},
		{name: "unbreakable text", content: strings.Repeat("é", 4500), messages: 3, embedsEach: []int{0, 0, 0}},
		{name: "text and embed", content: "lead", embeds: []*discordgo.MessageEmbed{{Title: "t", Description: "d"}}, messages: 1, embedsEach: []int{1}},
		{name: "long description", embeds: []*discordgo.MessageEmbed{{Title: "t", Description: words("lorem", 1500)}}, messages: 2, embedsEach: []int{1, 2}},
		{name: "30 fields", embeds: []*discordgo.MessageEmbed{{Title: "t", Fields: fields(30, "v")}}, messages: 1, embedsEach: []int{2}, fieldsAll: 30},
		{name: "long field value", embeds: []*discordgo.MessageEmbed{{Title: "t", Fields: fields(1, words("why", 600))}}, messages: 1, embedsEach: []int{1}, fieldsAll: 3},
		{name: "fields over 6000", embeds: []*discordgo.MessageEmbed{{Title: "t", Fields: fields(10, strings.Repeat("v", 1000))}}, messages: 2, embedsEach: []int{1, 1}, fieldsAll: 10},
		{name: "12 small embeds", embeds: repeatEmbeds(12, "d"), messages: 2, embedsEach: []int{10, 2}},
		{name: "embeds over 6000 together", embeds: repeatEmbeds(4, strings.Repeat("d", 2000)), messages: 2, embedsEach: []int{2, 2}},
		{name: "empty", messages: 1, embedsEach: []int{0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			button := []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{discordgo.Button{CustomID: "x"}}}}
			msgs := split(tt.content, tt.embeds, button, true)
			if tt.name != "empty" {
				checkLimits(t, msgs)
			}
			if len(msgs) != tt.messages {
				t.Fatalf("%d messages, want %d", len(msgs), tt.messages)
			}
			var text strings.Builder
			fieldsAll := 0
			for n, m := range msgs {
				if len(m.Embeds) != tt.embedsEach[n] {
					t.Errorf("message %d has %d embeds, want %d", n, len(m.Embeds), tt.embedsEach[n])
				}
				if (m.Components != nil) != (n == len(msgs)-1) {
					t.Errorf("message %d: components only belong on the last message", n)
				}
				if !m.Ephemeral {
					t.Errorf("message %d lost the ephemeral flag", n)
				}
				text.WriteString(m.Content)
				for _, e := range m.Embeds {
					fieldsAll += len(e.Fields)
				}
			}
			// Splitting drops only the whitespace at the cuts.
			strip := func(s string) string { return strings.Join(strings.Fields(s), "") }
			if strip(text.String()) != strip(tt.content) {
				t.Error("content changed by splitting")
			}
			if fieldsAll != tt.fieldsAll {
				t.Errorf("%d fields in all, want %d", fieldsAll, tt.fieldsAll)
			}
		})
	}
}

func repeatEmbeds(n int, desc string) []*discordgo.MessageEmbed {
	out := make([]*discordgo.MessageEmbed, n)
	for i := range out {
		out[i] = &discordgo.MessageEmbed{Title: "e" + strconv.Itoa(i), Description: desc}
	}
	return out
}

func TestChunkText(t *testing.T) {
	tests := []struct {
		in    string
		limit int
		want  []string
	}{
		{"", 5, nil},
		{"abc", 5, []string{"abc"}},
		{"ab cd ef", 5, []string{"ab cd", "ef"}},
		{"ab\ncd ef", 6, []string{"ab", "cd ef"}},
		{"abcdefgh", 3, []string{"abc", "def", "gh"}},
		{"ééééé", 2, []string{"éé", "éé", "é"}},
	}
	for _, tt := range tests {
		got := chunkText(tt.in, tt.limit)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
			t.Errorf("chunkText(%q, %d) = %q, want %q", tt.in, tt.limit, got, tt.want)
		}
	}
}

// TestRenderGolden pins how replies look on Discord. Refresh with
// go test ./bot/discord -run TestRenderGolden -update.
func TestRenderGolden(t *testing.T) {
	cat, err := catalog.Default()
	if err != nil {
		t.Fatal(err)
	}
	a := advisor.New(cat)
	profile := advisor.Profile{Programming: advisor.ProgrammingSome, ML: advisor.MLNone, Goal: advisor.GoalMLEngineer, HoursPerWeek: 6, Budget: advisor.BudgetPaid}
	plan, err := a.Plan(profile, testNow)
	if err != nil {
		t.Fatal(err)
	}
	// A plan with many long steps shows the splitting.
	long := *plan
	long.Steps = nil
	for i := 0; i < 30; i++ {
		s := plan.Steps[i%len(plan.Steps)]
		s.Why = strings.Repeat(s.Why+" ", 3)
		long.Steps = append(long.Steps, s)
	}
	// Fixed replies, so the goldens pin the rendering, not the advisor's
	// wording.
	question := func(lead string, slot advisor.Slot, prompt string, choices ...string) advisor.Reply {
		q := &advisor.Question{Slot: slot, Prompt: prompt}
		var labels []string
		for n, c := range choices {
			q.Choices = append(q.Choices, advisor.Choice{ID: string(slot) + "=" + strconv.Itoa(n), Label: c})
			labels = append(labels, strconv.Itoa(n+1)+") "+c)
		}
		return advisor.Reply{Kind: advisor.KindQuestion, Question: q,
			Text: lead + "\n" + prompt + "\n  " + strings.Join(labels, "   ") + "\nOr answer in your own words."}
	}
	answer := question("", advisor.SlotML, "And machine learning: how far have you got?", "None yet", "Courses")
	answer.Kind = advisor.KindAnswer
	answer.Text = "Auditing is free; the certificate costs $49–$79 a month.\n\nBack to your plan: " + answer.Text
	answer.Suggestions = []string{"ask can I get financial aid?", "ask do certificates expire?"}
	tests := []struct {
		name  string
		reply advisor.Reply
		rc    renderContext
	}{
		{"question_buttons", question("Hi!", advisor.SlotProgramming, "How much programming have you done?", "None yet", "Some", "I code for a living"), renderContext{guild: true, canDM: true}},
		{"question_select", question("Got it.", advisor.SlotGoal, "What do you want ML for?", "Understand ML", "Data scientist", "ML engineer", "MLOps", "Fill a gap", "Research"), renderContext{guild: true}},
		{"question_hours_modal", question("Got it.", advisor.SlotHours, "How many hours a week can you study?", "3 h", "5 h", "8 h"), renderContext{}},
		{"answer_resumes_question", answer, renderContext{guild: true}},
		{"plan_guild", advisor.Reply{Kind: advisor.KindPlan, Text: "Got it: can pay.\n\n" + advisor.FormatPlan(plan), Plan: plan, Suggestions: []string{"actually 10 hours a week", "restart"}}, renderContext{guild: true, canDM: true}},
		{"plan_dm", advisor.Reply{Kind: advisor.KindPlan, Text: advisor.FormatPlan(plan), Plan: plan}, renderContext{}},
		{"plan_shared", advisor.Reply{Kind: advisor.KindPlan, Plan: plan}, renderContext{shared: true}},
		{"plan_long", advisor.Reply{Kind: advisor.KindPlan, Plan: &long}, renderContext{guild: true}},
		{"group_members", advisor.Reply{Kind: advisor.KindInfo, Text: "Also in the study group for Machine Learning: Regression here: @111, @222.", Group: &advisor.GroupInfo{Course: "ml-regression", Title: "Machine Learning: Regression", Members: []string{"111", "222"}}, Suggestions: []string{"leave"}}, renderContext{guild: true}},
		{"group_counts", advisor.Reply{Kind: advisor.KindInfo, Text: "Study groups in this workspace (people who opted in):\n  Machine Learning: Classification: 2\n  Machine Learning: Regression: 5", Group: &advisor.GroupInfo{Counts: map[string]int{"Machine Learning: Regression": 5, "Machine Learning: Classification": 2}}}, renderContext{guild: true}},
		{"checkin_dm_routed", advisor.Reply{Kind: advisor.KindQuestion, Text: "Weekly check-in. You're on step 1: Regression. How is it going?\n  1) On track   2) Behind   3) Done with Regression",
			Question: &advisor.Question{Prompt: "How is it going?", Choices: []advisor.Choice{{ID: "cmd=on track", Label: "On track"}, {ID: "cmd=behind", Label: "Behind"}, {ID: "cmd=done 1", Label: "Done with Regression"}}}},
			renderContext{canDM: true, route: "123456789012345678"}},
		{"help", advisor.Reply{Kind: advisor.KindHelp, Text: "I'm certpath.\nCommands:\n  start    start or resume the interview", Suggestions: []string{"ask are certificates free?"}}, renderContext{guild: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msgs := render(tt.reply, tt.rc)
			checkLimits(t, msgs)
			got, err := json.MarshalIndent(msgs, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden(t, tt.name, append(got, '\n'))
		})
	}
}

func TestRenderFiles(t *testing.T) {
	file := advisor.File{Name: "plan.md", MIMEType: "text/markdown", Data: []byte("# Your plan")}
	for _, rc := range []renderContext{{guild: true}, {}} {
		msgs := render(advisor.Reply{Kind: advisor.KindInfo, Text: "Here is your plan.", Files: []advisor.File{file}}, rc)
		if len(msgs) != 2 || len(msgs[0].Files) != 0 || len(msgs[1].Files) != 1 {
			t.Fatalf("files not in a message of their own after the first: %+v", msgs)
		}
		if msgs[1].Ephemeral != rc.guild {
			t.Errorf("file message ephemeral %v in guild %v", msgs[1].Ephemeral, rc.guild)
		}
		for _, files := range [][]*discordgo.File{msgs[1].webhook().Files, msgs[1].send().Files} {
			if len(files) != 1 || files[0].Name != file.Name || files[0].ContentType != file.MIMEType {
				t.Fatalf("upload = %+v", files)
			}
			data, err := io.ReadAll(files[0].Reader)
			if err != nil || !bytes.Equal(data, file.Data) {
				t.Errorf("upload data %q %v, want %q", data, err, file.Data)
			}
		}
	}
}
