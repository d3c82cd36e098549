package advisor

import (
	"fmt"
	"strings"
	"testing"
)

// "no idea" to the budget question is not "free": certpath says what the
// choices cost and asks again. A bare "yes" to the programming question
// is some programming, not a living.
func TestDontKnowAndBareYes(t *testing.T) {
	a := newTestAdvisor(t)
	s, _ := run(a, Session{}, "backend dev, no ML, mlops, 5h")
	next, r := a.Step(s, Input{Text: "no idea", Now: convNow})
	if next.Profile.Budget != "" || r.Question == nil || r.Question.Slot != SlotBudget || !strings.Contains(r.Text, "$49") {
		t.Errorf("'no idea' to the budget: budget %q, reply %q; want it unset, the prices and the budget question", next.Profile.Budget, r.Text)
	}
	s, _ = a.Step(Session{}, Input{Text: "start", Now: convNow})
	next, _ = a.Step(s, Input{Text: "yes", Now: convNow})
	if next.Profile.Programming != ProgrammingSome {
		t.Errorf("'yes' to the programming question: %q, want some", next.Profile.Programming)
	}
}

// With a plan, "how long will it take?" and "what will it cost me?" are
// about the plan; a question naming something else is not.
func TestQuestionsAboutThePlan(t *testing.T) {
	a := newTestAdvisor(t)
	s, _ := run(a, Session{}, "backend dev, never touched ML, want to do MLOps, 6 hours a week, company pays")
	if s.Plan == nil {
		t.Fatal("no plan")
	}
	for q, want := range map[string]string{
		"how long will it take?":       fmt.Sprintf("%d weeks", s.Plan.TotalWeeks),
		"when will I finish?":          s.Plan.End,
		"how much will it cost me?":    s.Plan.CostNote,
		"how much does coursera cost?": "$49",
	} {
		if got := a.AskIn(s, q).Text; !strings.Contains(got, want) {
			t.Errorf("%q answered %q, want it to say %q", q, got, want)
		}
	}
	if got := a.AskIn(s, "how much does coursera cost?").Text; strings.Contains(got, "Your plan") {
		t.Errorf("a question about Coursera's price answered with the plan: %q", got)
	}
}
