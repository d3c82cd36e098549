package slack

import (
	"bytes"
	"hash/maphash"
	"testing"

	"github.com/certpath/certpath/advisor"
)

func TestRenderedAnswersAreReusedOnlyWhenIdentical(t *testing.T) {
	c := rendered{seed: maphash.MakeSeed()}
	faq := advisor.Reply{Kind: advisor.KindAnswer, Text: "Most certificates cost $49 a month.",
		Answer:      &advisor.Answer{Answered: true, Text: "Most certificates cost $49 a month.", Topic: "cost", Suggestions: []string{"are they free?"}},
		Suggestions: []string{"are they free?"}}
	first := c.commandBody(faq)
	if !bytes.Equal(first, commandJSON(faq)) {
		t.Fatalf("cached body differs from the rendering:\n%s\n%s", first, commandJSON(faq))
	}
	again := faq
	again.Answer = &advisor.Answer{Answered: true, Text: faq.Text, Topic: "cost", Suggestions: []string{"are they free?"}}
	again.Suggestions = []string{"are they free?"}
	if second := c.commandBody(again); &second[0] != &first[0] {
		t.Error("an identical answer was rendered again")
	}
	// Same kind and text, other suggestions: a different reply.
	other := faq
	other.Suggestions = []string{"how long does it take?"}
	if got := c.commandBody(other); !bytes.Equal(got, commandJSON(other)) || bytes.Equal(got, first) {
		t.Errorf("a different reply got another's body:\n%s", got)
	}
	// Each learner's own replies are never kept.
	plan := advisor.Reply{Kind: advisor.KindPlan, Text: "Your path: ..."}
	c.commandBody(plan)
	question := advisor.Reply{Kind: advisor.KindQuestion, Text: "How many hours a week?"}
	c.commandBody(question)
	for _, e := range c.entries {
		if e.reply.Kind != advisor.KindAnswer {
			t.Errorf("kept a %s reply", e.reply.Kind)
		}
	}
	for range 3 * maxRendered {
		c.commandBody(advisor.Reply{Kind: advisor.KindHelp, Text: string(rune(len(c.entries) + 'a'))})
		if len(c.entries) > maxRendered {
			t.Fatalf("%d entries kept, at most %d", len(c.entries), maxRendered)
		}
	}
}
