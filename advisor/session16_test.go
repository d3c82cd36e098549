package advisor

import (
	"slices"
	"strings"
	"testing"
)

// Strangers in the console (2026-12-01, sixteenth session): a move into
// analytics answering the goal (even a yes/no about a guessed goal) is the
// data-science track; "do you think regression is hard?" asks about the
// course; "how long is classification for me?" with a plan gets the step's
// own weeks and dates, not the guide's range at their pace.
func TestSession16Strangers(t *testing.T) {
	a := newTestAdvisor(t)
	asking, _ := run(a, Session{}, "hi", "no coding", "no ml")
	if next, r := run(a, asking, "want to move into health data analytics eventually"); next.Profile.Goal != GoalDataScientist {
		t.Errorf("move into analytics: goal %q, %q", next.Profile.Goal, r.Text)
	}
	if next, _ := run(a, asking, "i work in health analytics"); next.Profile.Goal == GoalDataScientist {
		t.Errorf("today's job in analytics read as the goal")
	}
	if ans := a.Ask("do you think regression is hard?"); !ans.Answered || ans.Topic != coursePrefix+"ml-regression" {
		t.Errorf("do you think regression is hard: %+v", ans)
	}
	s := withPlan(t, a, "python dev, ml none, data scientist, 5 hrs, free")
	i := stepIndex(s, "ml-classification")
	if i < 0 {
		t.Fatal("no classification step")
	}
	ans := a.AskIn(s, "how long is classification for me?")
	if st := s.Plan.Steps[i]; !ans.Answered || !strings.Contains(ans.Text, st.Start) || !strings.Contains(ans.Text, st.End) {
		t.Errorf("how long is classification for me: %q, want the step's dates %s to %s", ans.Text, st.Start, st.End)
	}
	if ans := a.AskIn(s, "how long would classification take at 10 hrs a week?"); strings.Contains(ans.Text, "In your plan") {
		t.Errorf("a what-if rate got the plan's step: %q", ans.Text)
	}
}

// "my parents wont pay lol" answering the budget question takes the payer
// back: it was asked "you can pay for the certificates, right?" (the
// neighbours of "parents pay"); now the question again, paid ruled out.
func TestSession16PayerWontPay(t *testing.T) {
	a := newTestAdvisor(t)
	asking, _ := run(a, Session{}, "hi", "some python", "no ml", "ml engineer", "10 hrs")
	for _, msg := range []string{"my parents wont pay lol", "the company won't pay for it"} {
		next, r := run(a, asking, msg)
		if next.Profile.Budget != "" || r.Question == nil || r.Question.Slot != SlotBudget || len(r.Question.Choices) != 3 {
			t.Errorf("%q: budget %q, %q", msg, next.Profile.Budget, r.Text)
		}
		if next, _ := run(a, next, "free then"); next.Profile.Budget != BudgetFree {
			t.Errorf("%q then free: %q", msg, next.Profile.Budget)
		}
	}
}

// A backend dev's "did andrew ng's ml course years ago but nothing since"
// speaks of the ML: the programming stays professional (it became none).
// "would the google one be enough on its own?" after the plan is that
// course's standing and the guide's word on one certificate alone (it got
// "Did you mean").
func TestSession16MLNothingSinceAndEnough(t *testing.T) {
	a := newTestAdvisor(t)
	s, _ := run(a, Session{}, "hey guys", "backend dev 6 yrs, mostly go and some python")
	next, _ := run(a, s, "did andrew ng's ml course years ago but nothing since")
	if next.Profile.Programming != ProgrammingProfessional || next.Profile.ML != MLCoursework {
		t.Errorf("programming %q, ml %q", next.Profile.Programming, next.Profile.ML)
	}
	if next, _ := run(a, Session{}, "hi", "did python at college years back but nothing since"); next.Profile.Programming != ProgrammingNone {
		t.Errorf("python nothing since: %q", next.Profile.Programming)
	}
	p := withPlan(t, a, "python dev, ml none, mlops, 5 hrs, paid")
	ans := a.AskIn(p, "would the google one be enough on its own?")
	if !ans.Answered || ans.Topic != coursePrefix+"production-ml-systems" || !strings.Contains(ans.Text, "not a hire signal") {
		t.Errorf("google one enough: %+v", ans)
	}
	if ans := a.AskIn(p, "is 5 hrs a week enough for regression?"); ans.Topic != TopicComputedDuration {
		t.Errorf("5 hrs enough for regression: %+v", ans)
	}
}

// dev80: code long ago with nothing after is none ("C and MATLAB in
// college, nothing after", "... en la prepa pero nada desde entonces"), as
// is reading code without writing it; "i don't write them" of models is no
// answer about code.
func TestDev80NothingAfterAndReadingCode(t *testing.T) {
	a := newTestAdvisor(t)
	asking, _ := run(a, Session{}, "hi")
	wantSlot(t, a, asking, SlotProgramming, map[string]string{
		"C and MATLAB in college, nothing after":                                    ProgrammingNone,
		"I did C and MATLAB in my mechanical engineering, nothing after that":       ProgrammingNone,
		"un poquito de Python que aprendí en la prepa pero nada desde entonces":     ProgrammingNone,
		"i can read python but not really write it, couldn't make one from scratch": ProgrammingNone,
		"backend dev 6 yrs, did andrew ng's ml course, nothing after that":          ProgrammingProfessional,
		"some python scripts at work every week":                                    ProgrammingSome,
	})
	if f := a.nlu.understand("our team ships the recsys models, i don't write them but i own the serving", SlotML, convNow); slices.ContainsFunc(f.Facts, func(x Fact) bool { return x.Slot == SlotProgramming && x.Value == ProgrammingNone }) {
		t.Errorf("i don't write them (models) read as no programming")
	}
}
