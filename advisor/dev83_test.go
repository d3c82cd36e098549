package advisor

import (
	"strings"
	"testing"
)

// dev83's learners asking their own questions (2026-12-01).

// "how long will the 2nd one take me?" after the plan is step 2 (it got
// the whole plan); "the 2nd course" is no count of two courses.
func TestDev83OrdinalDigits(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "a little python, no ML, data scientist, 5 hrs, financial aid")
	st := s.Plan.Steps[1]
	for _, msg := range []string{"how long will the 2nd one take me?", "how long is the 2nd course for me?"} {
		if ans := a.AskIn(s, msg); !strings.Contains(ans.Text, st.Title+" is step 2") || !strings.Contains(ans.Text, st.End) {
			t.Errorf("%q: %q, want step 2 (%s) to %s", msg, ans.Text, st.Title, st.End)
		}
	}
}

// "financial aid if i can get it, how long does that take to come through
// usually?" asks how long aid takes (it got a course's length): the aid
// answer and that the guide gives no waiting time. A course's length "with
// financial aid" is not that question.
func TestDev83AidWait(t *testing.T) {
	a := newTestAdvisor(t)
	for _, msg := range []string{
		"financial aid if i can get it, how long does that take to come through usually?",
		"financial aid coursera itu approve-nya berapa lama sih?",
		"how long does the aid usually take to come through?",
	} {
		if ans := a.Ask(msg); ans.Topic != "financial-aid" || !strings.Contains(ans.Text, "the guide doesn't say") {
			t.Errorf("%q: %s %q", msg, ans.Topic, ans.Text)
		}
	}
	for _, msg := range []string{"how long does the course take with financial aid?", "i need aid. how long will it take me at 5 hrs a week?"} {
		if ans := a.Ask(msg); ans.Answered && ans.Topic == "financial-aid" {
			t.Errorf("%q answered as aid: %q", msg, ans.Text)
		}
	}
}

// "is 3 hrs a week even enough?" keeps 3 h (hours in a question are
// theirs), and "ok 5 then, company pays" to the budget question settles
// the hours at 5 beside the budget (dev83 kept 3).
func TestDev83SettlesHoursInFirstClause(t *testing.T) {
	a := newTestAdvisor(t)
	asking, _ := run(a, Session{}, "hi", "python most weeks for our fault records, not a dev", "no ml", "mlops. is 3 hrs a week even enough?")
	if asking.Profile.HoursPerWeek != 3 {
		t.Fatalf("hours %d after the question", asking.Profile.HoursPerWeek)
	}
	next, r := run(a, asking, "ok 5 then, company pays, my manager signed it off")
	if next.Profile.HoursPerWeek != 5 || next.Profile.Budget != BudgetPaid {
		t.Errorf("ok 5 then: hours %d, budget %q (%q)", next.Profile.HoursPerWeek, next.Profile.Budget, r.Text)
	}
	if next, _ := run(a, asking, "ok so then, company pays"); next.Profile.HoursPerWeek != 3 {
		t.Errorf("no number: hours %d", next.Profile.HoursPerWeek)
	}
}

// Words of dev83's second-language learners: Egyptian "4 sa3at fel esbo3"
// is 4 h a week (a later "kol yom" made it 28), Pidgin "I wan predict how
// many shawarma we go sell", Taglish "gusto ko po ma-predict", Polish "PHP
// zawodowo od 7 lat" and "Jestem PrestaShop developerem".
func TestDev83SecondLanguageWords(t *testing.T) {
	a := newTestAdvisor(t)
	hoursAsked, _ := run(a, Session{}, "hi", "Excel bas", "ML la2", "data scientist")
	s, _ := run(a, hoursAsked, "3ayez a3raf kam kilo a7adarhom kol yom. 4 sa3at fel esbo3")
	if s.Profile.HoursPerWeek != 4 {
		t.Fatalf("4 sa3at fel esbo3: %d h", s.Profile.HoursPerWeek)
	}
	if next, _ := run(a, s, "a3raf kam kilo a7adar kol yom, el mahal beta3na"); next.Profile.HoursPerWeek != 4 {
		t.Errorf("kol yom after 4 h a week: %d h", next.Profile.HoursPerWeek)
	}
	goalAsked, _ := run(a, Session{}, "hi", "no coding", "no ml")
	wantSlot(t, a, goalAsked, SlotGoal, map[string]string{
		"I wan predict how many shawarma we go sell each day so the chicken no go waste, na my business": GoalFillGap,
	})
	if next, r := run(a, goalAsked, "gusto ko po ma-predict kung ilang ulam ang lulutuin araw-araw"); next.Pending == nil || next.Pending.Value != GoalFillGap {
		t.Errorf("ma-predict: not asked to confirm fill a gap (%q)", r.Text)
	}
	progAsked, _ := run(a, Session{}, "hi")
	wantSlot(t, a, progAsked, SlotProgramming, map[string]string{
		"PHP zawodowo od 7 lat":                   ProgrammingProfessional,
		"Jestem PrestaShop developerem w Radomiu": ProgrammingProfessional,
	})
}

// dev83's questions answered beside the point: a course's maths (its
// level, said twice), two courses at once "to go faster" ("Did you
// mean"), audit and quizzes ("Did you mean"), Coursera Plus's price (the
// audit answer as if it were Plus's).
func TestDev83QuestionsBesideThePoint(t *testing.T) {
	a := newTestAdvisor(t)
	if ans := a.Ask("how much maths is in the regression one?"); !strings.HasPrefix(ans.Text, "The guide doesn't list math prerequisites for Machine Learning: Regression.") || strings.Count(ans.Text, "intermediate-level") != 1 {
		t.Errorf("maths in regression: %q", ans.Text)
	}
	s := withPlan(t, a, "a little python, no ML, data scientist, 5 hrs, financial aid")
	if ans := a.AskIn(s, "can i do two courses at once to go faster?"); !strings.HasPrefix(ans.Text, "You can, but it won't finish sooner") {
		t.Errorf("two at once: %q", ans.Text)
	}
	if ans := a.AskIn(s, "does financial aid cover all the courses at once or do i have to apply for each one separately?"); strings.HasPrefix(ans.Text, "You can, but it won't finish sooner") {
		t.Errorf("aid for all the courses read as two at once: %q", ans.Text)
	}
	if ans := a.Ask("can i audit for free and still do the quizzes, or is that paywalled?"); ans.Answered || !strings.Contains(ans.Text, "doesn't say which graded quizzes or assignments an audit opens") {
		t.Errorf("audit and quizzes: %+v", ans)
	}
	if ans := a.Ask("how much is coursera plus?"); !strings.HasPrefix(ans.Text, "The guide doesn't name Coursera Plus") || !strings.Contains(ans.Text, "$49–$79") {
		t.Errorf("coursera plus: %q", ans.Text)
	}
}

// "将来は data scientist になりたいです。資格 (certificate) って転職で本当に
// 役立ちますか？" answers the goal and asks whether a certificate helps to
// change jobs: the question starts before the parenthesis (it was asked
// without its subject and went unanswered).
func TestDev83QuestionAcrossParenthesis(t *testing.T) {
	a := newTestAdvisor(t)
	asking, _ := run(a, Session{}, "hi", "no coding", "no ml")
	next, r := run(a, asking, "将来は data scientist になりたいです。資格 (certificate) って転職で本当に役立ちますか？")
	if next.Profile.Goal != GoalDataScientist || !strings.Contains(r.Text, "It's a filter, not a hire signal.") {
		t.Errorf("goal %q, %q", next.Profile.Goal, r.Text)
	}
}
