package advisor

import (
	"slices"
	"strings"
	"testing"
)

// The eighteenth session (2026-12-01): strangers in the console and dev85.

// Someone named by their job is someone else: "the analyst built a model
// that scores tenants" is the analyst's model, not ML of the learner's
// (dev85 read "has built models"); "i built a model" still is.
func TestSession18JobTitleIsSomeoneElse(t *testing.T) {
	a := newTestAdvisor(t)
	s := Session{Key: Key{Platform: "test", User: "u"}}
	s, _ = run(a, s, "hi", "tenancy officer, no programming at all")
	next, _ := run(a, s, "the analyst built a model that scores tenants for arrears risk and i see the scores in power bi, no idea how it works")
	if next.Profile.ML == MLBuiltModels {
		t.Errorf("the analyst's model became the learner's: %+v", next.Profile)
	}
	next, _ = run(a, s, "i built a model that scores tenants for arrears risk")
	if next.Profile.ML != MLBuiltModels {
		t.Errorf("the learner's own model: %+v", next.Profile)
	}
}

// "un bootcamp de dev web en 2018 ... plus rien depuis" is a bootcamp
// long ago with nothing since: no programming now (dev85 read the "dev"
// of "dev web" as a developer by trade).
func TestSession18FrenchNothingSince(t *testing.T) {
	a := newTestAdvisor(t)
	s := Session{Key: Key{Platform: "test", User: "u"}}
	next, _ := run(a, s, "Je travaille à la mutualité. J'ai fait un bootcamp de dev web en 2018 mais je suis retournée à l'administratif juste après, plus rien depuis. Je veux devenir data scientist, 6 heures par semaine.")
	if next.Profile.Programming == ProgrammingProfessional {
		t.Errorf("a bootcamp left in 2018 read as a developer: %+v", next.Profile)
	}
}

// Dutch: "ik wil degene zijn die dat draaiende houdt als het live gaat"
// (the one who keeps it running when it goes live) is MLOps, and "ik heb
// de eerste cursus afgewerkt" after the plan finishes the first step.
func TestSession18Dutch(t *testing.T) {
	a := newTestAdvisor(t)
	s := Session{Key: Key{Platform: "test", User: "u"}}
	s, _ = run(a, s, "Programmeren? Nee, alleen Excel", "ML ook niks")
	next, _ := run(a, s, "Het bedrijf gaat AI gebruiken om de rekken in te delen en ik wil degene zijn die dat draaiende houdt als het live gaat.")
	if next.Profile.Goal != GoalMLOps {
		t.Errorf("keeping it running when it goes live: %+v", next.Profile)
	}
	s = withPlan(t, a, "no programming, no ml, want mlops, 4 hrs a week, free only")
	next, r := run(a, s, "Update: ik heb de eerste cursus afgewerkt, ML for All. Wat is de volgende?")
	if stepIndex(next, "ml-regression") < 0 || !slices.Contains(next.Profile.Completed, "ml-for-all") && !strings.Contains(r.Text, "Machine Learning for All is finished") {
		t.Errorf("finished the first course, in Dutch: %q %+v", r.Text, next.Profile)
	}
}

// "done with the first one, what now?" marks the first step done (it got
// 'I couldn't find "the first one, what now"'); "done with ml for all, is
// classification next?" marks only the first (both were marked).
func TestSession18DoneThenAQuestion(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "no programming, no ml, want mlops, 4 hrs a week, free only")
	for msg, want := range map[string]string{
		"done with the first one, what now?":            "Well done: Machine Learning for All is finished. Here is your plan",
		"done with ml for all, is classification next?": "Well done: Machine Learning for All is finished. Here is your plan",
		"finished regression, whats next":               "Well done: Machine Learning: Regression is finished. Here is your plan",
	} {
		if _, r := run(a, s, msg); !strings.HasPrefix(r.Text, want) {
			t.Errorf("%q: %.200q", msg, r.Text)
		}
	}
}

// "what if my company won't pay?" on a paid plan is what is left without
// a payer, with the plan audited (it got the paid plan's cost back); "and
// if reimbursement falls through?" while certpath checks "you can pay,
// right?" the same without a plan (it got "I can't answer that"). Neither
// changes the budget.
func TestSession18PayerFallsThrough(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "backend dev, took a ml course, want ml engineer, 6 hrs a week, my company pays")
	for _, msg := range []string{"what if my company won't pay?", "and if reimbursement falls through?", "what if work doesn't reimburse it"} {
		next, r := run(a, s, msg)
		if !strings.HasPrefix(r.Text, noPayerSay) || !strings.Contains(r.Text, "Audited, your plan costs $0") || next.Profile.Budget != BudgetPaid {
			t.Errorf("%q: %q (budget %s)", msg, r.Text, next.Profile.Budget)
		}
	}
	s = Session{Key: Key{Platform: "test", User: "u"}}
	s, r := run(a, s, "self taught js dev for 3 yrs, did andrew ngs old ml course years ago", "want to move into ml eng at my company", "prob 6-8 hrs/wk", "work might reimburse but not sure yet")
	if s.Pending == nil || s.Pending.Slot != SlotBudget {
		t.Fatalf("no budget check: %q", r.Text)
	}
	next, r := run(a, s, "and if reimbursement falls through?")
	if !strings.HasPrefix(r.Text, noPayerSay) || next.Profile.Budget != "" {
		t.Errorf("during the check: %q %+v", r.Text, next.Profile)
	}
	// Financial aid turned down is aid's question, not a payer's.
	if _, falls := a.nlu.payerWhatIf(a.splitQuestion("if my financial aid is rejected what then")); falls {
		t.Error("rejected aid read as a payer falling through")
	}
}

// "is coursera plus worth it vs paying per course?" is the two ways the
// guide says a certificate is paid for (it got "Did you mean" free or
// worth it).
func TestSession18SubscriptionOrPerCourse(t *testing.T) {
	a := newTestAdvisor(t)
	ans := a.Ask("is coursera plus worth it vs paying per course?")
	if !ans.Answered || ans.Topic != "free" || !strings.Contains(ans.Text, "one-time course fee") {
		t.Errorf("%+v", ans)
	}
}

// "prob ml engineer? or data science idk yet whats the difference" asks
// what the two are before choosing (it got the choice alone); and "can i
// get a refund if i drop out?" is what the guide doesn't cover, said so
// (it got the bare "I can't answer that").
func TestSession18DifferenceAndRefund(t *testing.T) {
	a := newTestAdvisor(t)
	s := Session{Key: Key{Platform: "test", User: "u"}}
	s, _ = run(a, s, "cs student 2nd year, java and c mostly", "did a kaggle titanic thing once lol")
	_, r := run(a, s, "prob ml engineer? or data science idk yet whats the difference")
	if !strings.HasPrefix(r.Text, "An ML engineer builds and ships models") || !strings.Contains(r.Text, "which fits best?") {
		t.Errorf("the difference: %q", r.Text)
	}
	for _, q := range []string{"can i get a refund if i drop out?", "is the coursera fee refundable", "can i cancel the subscription anytime?"} {
		if ans := a.Ask(q); ans.Answered || !strings.Contains(ans.Text, "doesn't cover refunds") {
			t.Errorf("%q: %+v", q, ans)
		}
	}
}

// dev86's readings of background and hours: "programming none. oh wait,
// i do write the odd VBA macro" is some (a correction); "bin aber kein
// Developer" after Python still used is not "none"; "watched like 10
// hours of youtube" is what was watched, not hours a week; "8, i'm on a 4
// on 4 off rotation" answering the hours question is 8, and "7, no wait,
// 5" stays 5.
func TestSession18Dev86Readings(t *testing.T) {
	a := newTestAdvisor(t)
	s := Session{Key: Key{Platform: "test", User: "u"}}
	next, _ := run(a, s, "programming none. oh wait, i do write the odd VBA macro for our invoices, every month or so. no ML.")
	if next.Profile.Programming != ProgrammingSome {
		t.Errorf("the odd VBA macro after \"oh wait\": %+v", next.Profile)
	}
	next, _ = run(a, s, "Ein bisschen Python aus der Ausbildung, das nutze ich noch für unsere Einsatzlisten, bin aber kein Developer.")
	if next.Profile.Programming == ProgrammingNone {
		t.Errorf("kein Developer read as no programming: %+v", next.Profile)
	}
	s, _ = run(a, s, "did some python on codecademy")
	next, _ = run(a, s, "watched like 10 hours of youtube on neural nets lol")
	if next.Profile.HoursPerWeek != 0 || next.Profile.ML != MLCoursework {
		t.Errorf("hours watched: %+v", next.Profile)
	}
	s, _ = run(a, next, "ml engineer eventually")
	if s.Asking != SlotHours {
		t.Fatalf("asking %q", s.Asking)
	}
	for msg, want := range map[string]int{"8, i'm on a 4 on 4 off rotation so i got time": 8, "7, no wait, 5": 5} {
		if next, _ := run(a, s, msg); next.Profile.HoursPerWeek != want {
			t.Errorf("%q: %d h, want %d", msg, next.Profile.HoursPerWeek, want)
		}
	}
}

// "Bhilai me tiffin service chalati hu, roz 60 tiffin jaate hai ..." (a
// tiffin service; roz is daily) is no programming done daily; "Raat ko 1
// ghanta, Somvaar se Shanivaar" is an hour a night Monday to Saturday.
func TestSession18Hinglish(t *testing.T) {
	a := newTestAdvisor(t)
	s := Session{Key: Key{Platform: "test", User: "u"}}
	s, _ = run(a, s, "hi")
	next, _ := run(a, s, "Bhilai me tiffin service chalati hu, roz 60 tiffin jaate hai steel plant ke logon ko")
	if next.Profile.Programming == ProgrammingProfessional {
		t.Errorf("60 tiffins daily read as code daily: %+v", next.Profile)
	}
	next, _ = run(a, s, "Raat ko 1 ghanta, Somvaar se Shanivaar")
	if next.Profile.HoursPerWeek != 6 {
		t.Errorf("Monday to Saturday: %+v", next.Profile)
	}
}

// "what happens if i fall behind?" after the plan says how the plan
// follows (it got "I can't answer that"), with a lower pace than theirs.
func TestSession18FallBehind(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "no programming, no ml, want to understand ai, 3 hrs a week, free only")
	for _, msg := range []string{"what happens if i fall behind?", "what if i miss a week"} {
		next, r := run(a, s, msg)
		if !strings.HasPrefix(r.Text, "Nothing is lost") || !strings.Contains(r.Text, `"actually 2 hours a week"`) || next.Profile.HoursPerWeek != 3 {
			t.Errorf("%q: %q", msg, r.Text)
		}
	}
	if behindAsked("im behind on sleep lol", wordsOf("im behind on sleep lol")) {
		t.Error("a statement read as the question")
	}
}

// "my school has a PD budget, they might cover it" is a payer who might
// pay: checked, not taken as "can pay" (a stranger).
func TestSession18MightCoverLater(t *testing.T) {
	a := newTestAdvisor(t)
	s, _ := run(a, Session{Key: Key{Platform: "test", User: "u"}}, "high school math teacher, python scripts for grading, no ml, want to switch into data science, 5 hrs a week")
	next, _ := run(a, s, "my school has a PD budget, they might cover it")
	if next.Profile.Budget == BudgetPaid || next.Pending == nil || next.Pending.Value != BudgetPaid {
		t.Errorf("a payer who might pay: %+v pending %+v", next.Profile, next.Pending)
	}
}

// "is the google one still relevant" is that course's standing (it got
// "Did you mean" expiry or the course).
func TestSession18CourseStillRelevant(t *testing.T) {
	a := newTestAdvisor(t)
	ans := a.Ask("is the google one still relevant")
	if !ans.Answered || ans.Topic != coursePrefix+"production-ml-systems" || !strings.Contains(ans.Text, "rated") {
		t.Errorf("%+v", ans)
	}
}

// A number typed to "Just to check: ... right? 1) Yes 2) No" is that
// option (1 picked the first goal of the whole list), and another number
// is no goal at all: "4" with the hours still to come is the hours (dev87
// got MLOps, the fourth goal).
func TestSession18NumberToAConfirm(t *testing.T) {
	a := newTestAdvisor(t)
	s, _ := run(a, Session{Key: Key{Platform: "test", User: "u"}}, "was a .NET dev for 8 yrs", "none",
		"want to predict how full we'll be each week so i can staff the office right. it's my sister's park and i'm staying")
	if s.Pending == nil || s.Pending.Kind != PendingConfirm || s.Pending.Value != GoalFillGap {
		t.Fatalf("no check of the goal: %+v", s.Pending)
	}
	for msg, want := range map[string]Profile{"1": {Goal: GoalFillGap}, "2": {}, "4": {HoursPerWeek: 4}} {
		next, r := run(a, s, msg)
		if next.Profile.Goal != want.Goal || next.Profile.HoursPerWeek != want.HoursPerWeek {
			t.Errorf("%q: goal %q hours %d, want %q %d (%q)", msg, next.Profile.Goal, next.Profile.HoursPerWeek, want.Goal, want.HoursPerWeek, r.Text)
		}
	}
}

// dev87's schedules: Spanish "media hora" five days a week; a return
// after a pause in Spanish and Portuguese ("Vuelvo el 2 de febrero" was
// read as 2 h a week; "volto dia 11 de janeiro" as nothing).
func TestSession18SpanishPortugueseSchedules(t *testing.T) {
	a := newTestAdvisor(t)
	s, _ := run(a, Session{Key: Key{Platform: "test", User: "u"}}, "no programming, no ml, want to predict sales for my own shop")
	next, _ := run(a, s, "Lunes a viernes media hora")
	if next.Profile.HoursPerWeek != 3 {
		t.Errorf("media hora, Monday to Friday: %+v", next.Profile)
	}
	s = withPlan(t, a, "no programming, no ml, want to understand ai, 3 hrs a week, free only")
	for msg, want := range map[string]string{
		"Oigan, en enero no puedo, hay mucho pedido para las fiestas del pueblo. Vuelvo el 2 de febrero": "2027-02-02",
		"vou parar agora e volto dia 11 de janeiro":                                                      "2027-01-11",
	} {
		next, r := run(a, s, msg)
		if next.Profile.Start != want || next.Profile.HoursPerWeek != 3 {
			t.Errorf("%q: start %q hours %d (%.80q)", msg, next.Profile.Start, next.Profile.HoursPerWeek, r.Text)
		}
	}
}

// "J'ai fini le premier cours 🎉 c'était pas si dur finalement" marks the
// first step done (dev87 got "Did you mean"); "pas encore fini le premier
// cours" (not finished yet) marks nothing.
func TestSession18FinishedInFrench(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "no programming, no ml, want to understand ai, 2 hrs a week, free only")
	if _, r := run(a, s, "J'ai fini le premier cours 🎉 c'était pas si dur finalement"); !strings.HasPrefix(r.Text, "Well done: Machine Learning for All is finished") {
		t.Errorf("fini le premier cours: %.100q", r.Text)
	}
	if next, r := run(a, s, "pas encore fini le premier cours"); next.Progress != nil && len(next.Progress.Done) > 0 {
		t.Errorf("not finished yet, marked done: %.100q", r.Text)
	}
}

// After a what-if about fewer hours, "Beleza, fica 2 então" and "Pronto,
// fica 2" (Portuguese: OK, 2 it is) settle on them (dev86 and dev87 got
// "Glad to help").
func TestSession18SettleInPortuguese(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "no programming, no ml, want to understand ai, 3 hrs a week, free only")
	s, _ = run(a, s, "E se eu fizer só 2 horas por semana?")
	for _, msg := range []string{"Beleza, fica 2 então", "Pronto, fica 2"} {
		if next, r := run(a, s, msg); next.Profile.HoursPerWeek != 2 {
			t.Errorf("%q: %d h (%.80q)", msg, next.Profile.HoursPerWeek, r.Text)
		}
	}
}

// Malayalam "... Python padichu, ippozhum ... use cheyyum, but developer
// alla" (Python learnt and still used, but not a developer) is some
// programming (dev87 read a developer).
func TestSession18DeveloperAlla(t *testing.T) {
	a := newTestAdvisor(t)
	next, _ := run(a, Session{Key: Key{Platform: "test", User: "u"}}, "BCA padikkumbol Python padichu, ippozhum mill-nte stock sheet-nu use cheyyum, but developer alla.")
	if next.Profile.Programming == ProgrammingProfessional {
		t.Errorf("developer alla: %+v", next.Profile)
	}
}

// A question in the message that completes the interview is answered
// with the plan that message makes when it asks the plan's own numbers
// ("free. how long will it take me?" got one course's 7-14 weeks, "what
// if i did 2 hours a week instead?" the guide's generic durations).
func TestSession18QuestionWithTheLastAnswer(t *testing.T) {
	a := newTestAdvisor(t)
	s, _ := run(a, Session{Key: Key{Platform: "test", User: "u"}}, "no programming, no ml, want to understand ai, 3h a week")
	for msg, want := range map[string]string{
		"free. how long will it take me?":             "Your plan: 30 hours over 10 weeks at 3 h a week",
		"free. what if i did 2 hours a week instead?": "At 2 h a week your plan would take 15 weeks",
		"free. how much will it cost me in total?":    "Your plan costs $0",
	} {
		next, r := run(a, s, msg)
		if !strings.Contains(r.Text, want) || next.Plan == nil || next.Profile.HoursPerWeek != 3 {
			t.Errorf("%q: %.200q", msg, r.Text)
		}
	}
}

// "what if my hospital reimburses it later?" on a free plan is the plan
// paid for, nothing changed (a stranger got "I can't answer that").
func TestSession18PayerLater(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "nurse, no coding, no ml, understand ai, 3h a week, free")
	next, r := run(a, s, "what if my hospital reimburses it later?")
	if !strings.HasPrefix(r.Text, "Paying gets you a certificate") || next.Profile.Budget != BudgetFree {
		t.Errorf("%q (%s)", r.Text, next.Profile.Budget)
	}
}
