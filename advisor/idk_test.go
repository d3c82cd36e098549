package advisor

import (
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
