package advisor

import (
	"strings"
	"testing"
)

// dev85's learners answering indirectly (2026-12-01): "Perdón, mejor 4,
// los sábados tengo turno" to the budget question corrects the hours just
// given (it got "Sorry, I didn't catch that"); "ok none then" after the ML
// was taken as none is acknowledged, a bare "none" to the hours is not.
func TestDev85CorrectionsToTheNextQuestion(t *testing.T) {
	a := newTestAdvisor(t)
	budget, _ := run(a, Session{}, "hi", "some python", "no ml", "data scientist", "5 horas a la semana")
	if budget.Asking != SlotBudget {
		t.Fatalf("asking %q, want the budget", budget.Asking)
	}
	if next, r := run(a, budget, "Perdón, mejor 4, los sábados tengo turno"); next.Profile.HoursPerWeek != 4 || next.Profile.Budget != "" {
		t.Errorf("perdón, mejor 4: %d h, budget %q (%q)", next.Profile.HoursPerWeek, next.Profile.Budget, r.Text)
	}
	goal, _ := run(a, Session{}, "hi", "nope", "does using chatgpt to help draft obituaries count? probably not lol")
	if goal.Profile.ML != MLNone {
		t.Fatalf("ml %q", goal.Profile.ML)
	}
	if _, r := run(a, goal, "ok none then"); !strings.HasPrefix(r.Text, "OK, noted.") {
		t.Errorf("ok none then: %q", r.Text)
	}
	hours, _ := run(a, Session{}, "hi", "no coding", "no ml", "data scientist")
	if _, r := run(a, hours, "none"); strings.HasPrefix(r.Text, "OK, noted.") {
		t.Errorf("a bare none to the hours was acknowledged: %q", r.Text)
	}
}

// "how much linear algebra do i actually need for this?" asks about maths
// (dev85 got a cost); "are these courses any good if you've never coded?"
// is which courses need programming (it got "Did you mean").
func TestDev85QuestionsReadRight(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "never coded, no ML, data scientist, 6 hrs, free")
	if ans := a.AskIn(s, "how much linear algebra do i actually need for this?"); ans.Topic != TopicLeastMath {
		t.Errorf("linear algebra: %s %q", ans.Topic, ans.Text)
	}
	if ans := a.Ask("quick one before anything, are these courses any good if you've never coded?"); !strings.HasPrefix(ans.Text, "You don't need to program to start") {
		t.Errorf("never coded: %q", ans.Text)
	}
}

// Polish "też" (also) folds to Turkish "tez" (thesis): the gloss leaves
// both out, so "też nic" (also nothing) to "you don't program, right?"
// is no thesis (dev82's cs050 became some programming once dev85's
// answers were added).
func TestDev85TezIsNoThesis(t *testing.T) {
	a := newTestAdvisor(t)
	if tz := tokenize("też nic", a.nlu); strings.Contains(tz.words(0, len(tz.toks)), "thesis") {
		t.Errorf("też read as %q", tz.words(0, len(tz.toks)))
	}
}
