package advisor

import (
	"slices"
	"sort"
	"strings"
	"testing"
)

// The twentieth session (2026-12-01): dev89's programming levels, what-ifs
// weighed in a clause of their own, and glosses the lexicon had silenced.

// Code used daily by someone who says they are no developer is some
// programming, also when a job title implied a weaker guess or the denial
// is in Czech, Japanese or Portuguese; a living said in German or Hindi is
// professional (dev89 read each the other way).
func TestSession20ProgrammingLevels(t *testing.T) {
	a := newTestAdvisor(t)
	for _, tt := range []struct{ msg, want string }{
		{"forecast analyst at a pool supply distributor in oakville. python and SQL daily, not a dev", ProgrammingSome},
		{"seismic analyst at the geological survey. i write python/obspy for our catalog, not a software eng", ProgrammingSome},
		{"Jsem datový analytik. SQL a Python každý den, ale nejsem vývojář", ProgrammingSome},
		{"Pythonは毎日使いますが、エンジニアではありません。", ProgrammingSome},
		{"Programo em C++ e Python todo dia pro laboratório, mas não sou dev", ProgrammingSome},
		{"C++ und Python seit 8 Jahren beruflich", ProgrammingProfessional},
		{"Kubernetes, Jenkins, python scripting, 4 saal se yahi mera kaam hai", ProgrammingProfessional},
		{"python scripts for the lab, that is my job", ProgrammingProfessional},
		// "work" closes the clause only: a work laptop is no living.
		{"python scripts, its my work laptop tho", ProgrammingSome},
		// An ML engineer who is not a data scientist denies nothing.
		{"i'm an ML engineer not a data scientist", ProgrammingProfessional},
	} {
		if got := answerTo(a, SlotProgramming, tt.msg).Profile.Programming; got != tt.want {
			t.Errorf("%q: programming = %q, want %q", tt.msg, got, tt.want)
		}
	}
}

// "ok, i'll stay with 5" after a what-if on 8 hours keeps the plan as it
// is (it read "stay with" as staying in a job: goal fill a gap); "i want
// to stay in nursing" still is.
func TestSession20StayWithHours(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "c++ programmer 9 yrs, no ML, want to be an ML engineer, 5 hrs a week, free only")
	next, r := run(a, s, "what if i did 8 hours, when would i finish?", "ok, i'll stay with 5")
	if next.Profile.Goal != GoalMLEngineer || next.Profile.HoursPerWeek != 5 {
		t.Errorf("stay with 5: %+v (%q)", next.Profile, r.Text)
	}
	if got := answerTo(a, SlotGoal, "i want to stay in nursing").Profile.Goal; got != GoalFillGap {
		t.Errorf("stay in nursing: goal = %q, want %q", got, GoalFillGap)
	}
}

// A case weighed in a clause of its own and asked in the next ("and if i
// did 8 hours, when would i finish?", Polish "A gdybym robił 8 godzin,
// kiedy bym skończył?") leaves the hours as they were (it set 8).
func TestSession20WhatIfInItsOwnClause(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "c++ programmer 9 yrs, no ML, want to be an ML engineer, 5 hrs a week, free only")
	for _, msg := range []string{"and if i did 8 hours, when would i finish?", "A gdybym robił 8 godzin, kiedy bym skończył?"} {
		next, r := run(a, s, msg)
		if next.Profile.HoursPerWeek != 5 || !strings.Contains(r.Text, "8 h a week") {
			t.Errorf("%q: hours %d, reply %q", msg, next.Profile.HoursPerWeek, r.Text)
		}
	}
	// Said as a statement, the hours change.
	if next, _ := run(a, s, "ok 8 hours then"); next.Profile.HoursPerWeek != 8 {
		t.Errorf("ok 8 hours then: hours %d", next.Profile.HoursPerWeek)
	}
}

// Polish "Za darmo, sam audyt" (for free, audit only) answers the budget
// question (it got the free-audit FAQ and the question again).
func TestSession20PolishAuditOnly(t *testing.T) {
	a := newTestAdvisor(t)
	if got := answerTo(a, SlotBudget, "Za darmo, sam audyt").Profile.Budget; got != BudgetFree {
		t.Errorf("budget = %q, want %q", got, BudgetFree)
	}
}

// A gloss key that a lexicon pattern also uses is never glossed in a
// learner's message (tokens.go reads the lexicon's words as they are), so
// "pesquisa" stayed Portuguese and "Quero seguir na pesquisa" was no
// research goal. Only the words listed here are read raw on purpose: short
// function words the patterns name in their own languages.
func TestSession20NoSilencedGlosses(t *testing.T) {
	n := testNLU(t)
	raw := []string{"adha", "dag", "em", "ji", "ko", "kya", "mam", "mein", "meine", "na", "ora", "para", "pra", "sat", "ve"}
	var silenced []string
	for k, v := range n.gloss.words {
		if n.vocab[k] && k != v && !slices.Contains(raw, k) {
			silenced = append(silenced, k+" -> "+v)
		}
	}
	sort.Strings(silenced)
	if len(silenced) > 0 {
		t.Errorf("gloss keys the lexicon also reads, so never glossed (take them out of the lexicon's patterns, or list them as read raw): %v", silenced)
	}
	if got := answerTo(newTestAdvisor(t), SlotGoal, "Quero seguir na pesquisa, pós-doc em ML").Profile.Goal; got != GoalResearch {
		t.Errorf("na pesquisa: goal = %q, want %q", got, GoalResearch)
	}
}

// dev90: a French correction ("3 heures par semaine. Non, plutôt 2"), a
// model run and retrained in French ("il tourne en production et je le
// réentraîne chaque mois"), a German wish to understand ("Ich will
// verstehen, wie die KI ... funktioniert"), a cost asked if paying ("Was
// kostet das im Monat, wenn ich zahle?") that is no budget, Russian aid
// asked about ("А financial aid вообще работает для России?") rather than
// chosen, and "Ладно, тогда бесплатно, просто аудит" (OK then, free, just
// audit) and "Dann lieber kostenlos" (then rather free) as budgets.
func TestSession20Dev90Readings(t *testing.T) {
	a := newTestAdvisor(t)
	checkAnswers(t, a, []answerCase{
		{SlotHours, "3 heures par semaine. Non, plutôt 2, les fêtes arrivent", SlotHours, "2"},
		{SlotML, "j'ai fait un modèle de détection d'arnaques, il tourne en production et je le réentraîne chaque mois", SlotML, MLProduction},
		{SlotGoal, "Ich will verstehen, wie die KI in den neuen Hörgeräten funktioniert. Ich bleibe in meinem Beruf.", SlotGoal, GoalLiteracy},
		{SlotBudget, "Was kostet das im Monat, wenn ich zahle?", SlotBudget, ""},
		{SlotBudget, "А financial aid вообще работает для России?", SlotBudget, ""},
		{SlotBudget, "Ладно, тогда бесплатно, просто аудит", SlotBudget, BudgetFree},
		{SlotBudget, "Dann lieber kostenlos", SlotBudget, BudgetFree},
		// A hedged answer still answers: "financial aid?", "aide financière possible?"
		{SlotBudget, "financial aid?", SlotBudget, BudgetAid},
		{SlotBudget, "pas de budget... aide financière possible?", SlotBudget, BudgetAid},
		{SlotHours, "2 Stunn samstags un 2 sonntags", SlotHours, "4"},
	})
}

// "is it hard?" with no course named says how hard the six are (it was
// declined); a question of how hard something else is ("is it hard to get
// a job with a certificate?") is not read as one about the courses.
func TestSession20IsItHard(t *testing.T) {
	a := newTestAdvisor(t)
	for _, q := range []string{"is it hard?", "are these courses hard for a beginner?", "how hard is it"} {
		if ans := a.Ask(q); !ans.Answered || ans.Topic != TopicLeastMath || !strings.Contains(ans.Text, "Hardest: Production Machine Learning Systems") {
			t.Errorf("%q: %+v", q, ans)
		}
	}
	if ans := a.Ask("is it hard to get a job with a certificate?"); ans.Topic == TopicLeastMath {
		t.Errorf("a job question read as course difficulty: %+v", ans)
	}
	s := withPlan(t, a, "never coded, no ML, want to be a data scientist, 5 hrs a week, free only")
	if _, r := run(a, s, "is it hard?"); !strings.Contains(r.Text, "In your plan, the hardest is") && !strings.Contains(r.Text, "In your plan, the two University of Washington courses are the hardest") {
		t.Errorf("with a plan: %q", r.Text)
	}
}

// After a step is finished, "what if i go down to 4 hrs" weighs what is
// left (it was declined), and says what "actually 4 hours a week" then
// gives; "what if the company stops paying" and "what if i stopped
// paying" get the plan audited; "the first one, how hard is it" is the
// plan's first step (strangers, twentieth session).
func TestSession20PlanQuestionsAfterProgress(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "data analyst, sql and python daily but not a dev. no ML yet. want to become a data scientist. 7 hrs a week. company reimburses")
	if _, r := run(a, s, "ok so the first one, how hard is it really"); !strings.HasPrefix(r.Text, "Machine Learning: Regression (University of Washington") {
		t.Errorf("the first one: %q", r.Text)
	}
	for _, msg := range []string{"what if the company stops paying", "what if i stopped paying"} {
		if next, r := run(a, s, msg); !strings.Contains(r.Text, "Audited, your plan costs $0") || next.Profile.Budget != BudgetPaid {
			t.Errorf("%q: %q (budget %s)", msg, r.Text, next.Profile.Budget)
		}
	}
	s, _ = run(a, s, "finished regression last night 🎉")
	next, r := run(a, s, "what if i go down to 4 hrs")
	if !strings.HasPrefix(r.Text, "At 4 h a week your plan would take") || next.Profile.HoursPerWeek != 7 {
		t.Fatalf("what-if after a finished step: %q (hours %d)", r.Text, next.Profile.HoursPerWeek)
	}
	switched, _ := run(a, s, "actually 4 hours a week")
	if !strings.Contains(r.Text, " to "+switched.Plan.End+" (") {
		t.Errorf("the what-if says %q, the switch ends %s", r.Text, switched.Plan.End)
	}
}

// After the plan, "y cuánto tarda si hago 4 horas?" (and how long if I do
// 4 hours?) weighs a pace (it set 4), and "qué sigue?", "et ensuite ?",
// "next?" say what comes next (they got "Did you mean").
func TestSession20SpanishWhatIfAndNext(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "never coded, no ML, want to understand AI, 2 hrs a week, free")
	if next, r := run(a, s, "y cuánto tarda si hago 4 horas?"); next.Profile.HoursPerWeek != 2 || !strings.HasPrefix(r.Text, "At 4 h a week your plan would take") {
		t.Errorf("what-if: hours %d, %q", next.Profile.HoursPerWeek, r.Text)
	}
	for _, msg := range []string{"qué sigue?", "et ensuite ?", "next?"} {
		if _, r := run(a, s, msg); !strings.HasPrefix(r.Text, "Next in your plan is Machine Learning for All") {
			t.Errorf("%q: %q", msg, r.Text)
		}
	}
}

// dev91 db003 and strangers: "i wouldnt pay for it" is no payer (it read
// can pay), "i don't mind paying for the cert" and "i wouldnt mind paying"
// are, "nothing i'd pay for" is free; "eh keep it at 6" settles the hours
// before the plan too; "what if some weeks it's only 2 nights tho?" after
// "3 nights a week" weighs a case (it set 4).
func TestSession20PayingAndKeeping(t *testing.T) {
	a := newTestAdvisor(t)
	checkAnswers(t, a, []answerCase{
		{SlotBudget, "i wouldnt pay for it", SlotBudget, BudgetFree},
		{SlotBudget, "i don't mind paying for the cert", SlotBudget, BudgetPaid},
		{SlotBudget, "i wouldnt mind paying", SlotBudget, BudgetPaid},
		{SlotBudget, "i'm saving for a house so nothing i'd pay for", SlotBudget, BudgetFree},
		{SlotBudget, "i couldnt pay for it honestly", SlotBudget, BudgetAid},
	})
	s, _ := run(a, Session{}, "hi", "no code", "ML nope, i just want to know what AI is doing", "nights are dead from 2 to 4am, i could do that 3 nights a week")
	if s.Profile.HoursPerWeek != 6 {
		t.Fatalf("3 nights of 2 hours: %d", s.Profile.HoursPerWeek)
	}
	if next, r := run(a, s, "what if some weeks it's only 2 nights tho?"); next.Profile.HoursPerWeek != 6 {
		t.Errorf("a case weighed set the hours: %d (%q)", next.Profile.HoursPerWeek, r.Text)
	}
	if next, _ := run(a, s, "hmm 4 actually", "eh keep it at 6"); next.Profile.HoursPerWeek != 6 {
		t.Errorf("keep it at 6 before the plan: %d", next.Profile.HoursPerWeek)
	}
}
