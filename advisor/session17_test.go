package advisor

import (
	"strings"
	"testing"
)

// Strangers in the console (2026-12-01, seventeenth session).

// "is regression gonna be hard for me?" asked cold: the model reads a
// question about one course and "regression" names one by its subtitle
// (it got "Did you mean" cheapest path or order). A subtitle alone does
// not name a course where the question is about something else.
func TestSession17SubtitleNamesCourse(t *testing.T) {
	a := newTestAdvisor(t)
	if ans := a.Ask("is regression gonna be hard for me?"); !ans.Answered || ans.Topic != coursePrefix+"ml-regression" {
		t.Errorf("is regression gonna be hard for me: %+v", ans)
	}
	if ids := a.subtitlesNamed(" regression or classification first "); ids != nil {
		t.Errorf("two subtitles named one course: %v", ids)
	}
	if ids := a.subtitlesNamed(" is it hard "); ids != nil {
		t.Errorf("no subtitle, a course: %v", ids)
	}
}

// "what if i did 2 more hours a week?" after the plan weighs the plan at
// the learner's hours plus two (it got the guide's generic duration), and
// changes nothing; "an extra 3 hrs" the same.
func TestSession17MoreHoursWhatIf(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "never coded, no ml, want to understand AI, 5 hrs a week, free only")
	for msg, want := range map[string]string{
		"what if i did 2 more hours a week?": "At 7 h a week your plan would take",
		"and if i put in an extra 3 hrs?":    "At 8 h a week your plan would take",
	} {
		next, r := run(a, s, msg)
		if !strings.HasPrefix(r.Text, want) || next.Profile.HoursPerWeek != 5 {
			t.Errorf("%q: %q (hours %d), want %q", msg, r.Text, next.Profile.HoursPerWeek, want)
		}
	}
}

// Right after "finished ML for all" the plan made again holds only what
// is left: its progress line says where the learner stands, not "0 of 1
// steps done".
func TestSession17ProgressAfterReplan(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "never coded, no ml, want to understand AI, 5 hrs a week, free only")
	_, r := run(a, s, "finished ML for all")
	if !strings.Contains(r.Text, "Progress: ") || strings.Contains(r.Text, "0 of 1 steps done") {
		t.Errorf("after the replan: %q", r.Text)
	}
}

// Questions in other languages beside the interview's question are
// questions: Taglish "po ba", Spanish "¿...?" (both were read as the
// budget answer); German "Brauch ich ... einen guten Laptop?" is the
// laptop question the guide cannot answer.
func TestSession17QuestionsInOtherLanguages(t *testing.T) {
	a := newTestAdvisor(t)
	asking, _ := run(a, Session{}, "hi", "no coding", "no ml", "want to understand AI", "4 hrs a week")
	for msg, want := range map[string]string{
		"legit po ba yung financial aid ng coursera?":             "Coursera offers financial aid",
		"¿Vale la pena pagar el certificate o alcanza con audit?": "Auditing is free",
		"Brauch ich dafür einen guten Laptop?":                    "I don't know that: the guide says nothing about the computer",
	} {
		next, r := run(a, asking, msg)
		if next.Profile.Budget != "" || !strings.HasPrefix(r.Text, want) || r.Question == nil || r.Question.Slot != SlotBudget {
			t.Errorf("%q: budget %q, %q, want an answer starting %q and the budget asked again", msg, next.Profile.Budget, r.Text, want)
		}
	}
	// "¿y puedo empezar el 11/01?" (can I start on 11/01) still moves
	// the start.
	s := withPlan(t, a, "backend dev, no ML, want ML engineer, 6 hrs a week, financial aid")
	if next, r := run(a, s, "¿y puedo empezar el 11/01?"); next.Profile.Start != "2027-01-11" {
		t.Errorf("puedo empezar: start %q, %q", next.Profile.Start, r.Text)
	}
	// Spanish "sin programación", German "will KI verstehen".
	wantSlot(t, a, Session{}, SlotProgramming, map[string]string{"soy contador, sin programación": ProgrammingNone, "sin experiencia en programación": ProgrammingNone})
	goalAsked, _ := run(a, Session{}, "hi", "no coding", "no ml")
	wantSlot(t, a, goalAsked, SlotGoal, map[string]string{"ich will KI verstehen": GoalLiteracy, "ich möchte KI besser verstehen": GoalLiteracy})
}

// "how do i apply for the aid" got only that aid exists: the catalog's
// how-to follows; "how long does the aid application take?" says the
// guide doesn't give it; "is there financial aid?" stays as it was.
func TestSession17AidHow(t *testing.T) {
	a := newTestAdvisor(t)
	how := a.cat.Pricing.FinancialAidHow
	for msg, want := range map[string]bool{
		"how do i apply for the aid":                        true,
		"how long does the financial aid application take?": true,
		"is there financial aid?":                           false,
	} {
		ans := a.Ask(msg)
		if ans.Topic != "financial-aid" || strings.Contains(ans.Text, how) != want {
			t.Errorf("%q: %q, want the how-to: %v", msg, ans.Text, want)
		}
	}
	if ans := a.Ask("how long does the financial aid application take?"); !strings.Contains(ans.Text, "the guide doesn't say") {
		t.Errorf("how long for aid: %q", ans.Text)
	}
}

// A break said as two dates after the plan: weeks away, the plan keeps its
// dates and says how to re-date or start after it; starting now, the plan
// waits until the day after ("im on vacation dec 20 - jan 3, can you shift
// things" got "I can't answer that"; "taking a break from dec 20 to jan 3"
// started on January 1).
func TestSession17BreakRange(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "backend dev, built models on kaggle, mlops, 6 hrs, employer pays")
	for _, msg := range []string{"im on vacation dec 20 - jan 3, can you shift things", "taking a break from dec 20 to jan 3", "away 20 dec till 3 jan"} {
		next, r := run(a, s, msg)
		if next.Profile.Start != "" || !strings.HasPrefix(r.Text, "Noted: a break from 2026-12-20 to 2027-01-03.") || !strings.Contains(r.Text, `"start 2027-01-04"`) {
			t.Errorf("%q: start %q, %q", msg, next.Profile.Start, r.Text)
		}
	}
	if next, r := run(a, s, "on holiday from nov 28 until jan 3"); next.Profile.Start != "2027-01-04" {
		t.Errorf("break starting now: start %q, %q", next.Profile.Start, r.Text)
	}
	if _, _, ok := a.nlu.breakRange(tokenize("classes from jan 5 to feb 20", a.nlu), convNow); ok {
		t.Errorf("a range with no word of being away read as a break")
	}
}

// "whats cheapest" to the budget question gets what auditing, certificates
// and aid cost, and the question again (it got "I can't answer that").
func TestSession17CheapestToBudget(t *testing.T) {
	a := newTestAdvisor(t)
	asking, _ := run(a, Session{}, "hi", "no coding", "no ml", "just curious about AI", "3 hrs")
	next, r := run(a, asking, "whats cheapest")
	if next.Profile.Budget != "" || !strings.Contains(r.Text, "audited at no cost") || r.Question == nil || r.Question.Slot != SlotBudget {
		t.Errorf("whats cheapest: budget %q, %q", next.Profile.Budget, r.Text)
	}
}

// "what is audit?" says what auditing is (the seventeenth collection's
// retraining moved it to "Did you mean"); auditing with graded quizzes is
// an honest unknown even where the model reads "free" surely.
func TestSession17AuditMeaning(t *testing.T) {
	a := newTestAdvisor(t)
	for _, msg := range []string{"what is audit?", "whats auditing"} {
		if ans := a.Ask(msg); !ans.Answered || ans.Topic != "free" || !strings.HasPrefix(ans.Text, "Auditing a course means taking it for free") {
			t.Errorf("%q: %+v", msg, ans)
		}
	}
	if ans := a.Ask("are the graded assignments free if i audit?"); ans.Answered || !strings.Contains(ans.Text, "doesn't say which graded quizzes") {
		t.Errorf("graded assignments: %+v", ans)
	}
}

// Spanish "y si hago 6 horas?" after the plan weighs 6 h (a stranger's plan
// was re-made at 6 h); "si, 6 horas" (yes, unaccented) still changes it.
func TestSession17SpanishWhatIf(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "nurse, never coded, no ML, data scientist, 4 hrs, financial aid")
	if next, r := run(a, s, "y si hago 6 horas?"); next.Profile.HoursPerWeek != 4 || !strings.HasPrefix(r.Text, "At 6 h a week your plan would take") {
		t.Errorf("y si hago 6 horas: %d h, %q", next.Profile.HoursPerWeek, r.Text)
	}
	if next, _ := run(a, s, "si, 6 horas"); next.Profile.HoursPerWeek != 6 {
		t.Errorf("si, 6 horas: %d h", next.Profile.HoursPerWeek)
	}
}
