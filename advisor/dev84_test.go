package advisor

import (
	"strings"
	"testing"
)

// dev84's learners after their plan (2026-12-01).

// Questions about a step named by its place or as "that one": its facts,
// or what follows it; "do i really need the second course?" is whether
// to skip it (each got "I can't answer that" or "Did you mean").
func TestDev84StepQuestions(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "never coded, no ML, data scientist, 5 hrs, financial aid")
	third := s.Plan.Steps[2]
	if ans := a.AskIn(s, "what does the third one cover?"); !ans.Answered || !strings.HasPrefix(ans.Text, third.Title) {
		t.Errorf("third one: %q, want %s", ans.Text, third.Title)
	}
	second := s.Plan.Steps[1]
	if ans := a.AskIn(s, "do i really need the second course tho?"); !strings.Contains(ans.Text, "To skip "+second.Title) {
		t.Errorf("really need the second: %q", ans.Text)
	}
	if ans := a.AskIn(s, "how much maths do i actually need for the regression one tho?"); !strings.HasPrefix(ans.Text, "The guide doesn't list math prerequisites") {
		t.Errorf("maths for regression read as a skip: %q", ans.Text)
	}
	one := withPlan(t, a, "never coded, no ML, just curious about AI, 2 hrs, free")
	if len(one.Plan.Steps) != 1 {
		t.Fatalf("want a one-course plan, got %d steps", len(one.Plan.Steps))
	}
	only := one.Plan.Steps[0]
	if ans := a.AskIn(one, "what does that one cover then?"); !ans.Answered || !strings.HasPrefix(ans.Text, only.Title) {
		t.Errorf("that one: %q, want %s", ans.Text, only.Title)
	}
	if ans := a.AskIn(one, "is there something after this one?"); !ans.Answered || ans.Topic != TopicNextStep {
		t.Errorf("after this one: %+v", ans)
	}
	// "next one's classification right" is still the plan's next step,
	// not what follows classification.
	if ans := a.AskIn(s, "how long's classification gonna take me then?"); !strings.Contains(ans.Text, "Machine Learning: Classification is step") {
		t.Errorf("how long's classification then: %q", ans.Text)
	}
}

// After the plan: "ok let's do 10 then, winter's slow" settles the hours
// weighed (it got "I can't answer that"); "hedging season ends in march,
// from then i can do 6 hrs a week. for now 2 is fine" is 2 h now and no
// start in March; "the club says they'll pay" is a payer.
func TestDev84ChangesAfterPlan(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "no coding, no ML, predict how many caskets the funeral homes order each month, it's my shop. 5 hrs a week, i'll pay myself")
	s, _ = run(a, s, "can i do it faster if i do 10 hrs?")
	if next, r := run(a, s, "ok let's do 10 then, winter's slow"); next.Profile.HoursPerWeek != 10 {
		t.Errorf("ok let's do 10 then: %d h (%q)", next.Profile.HoursPerWeek, r.Text)
	}
	lit := withPlan(t, a, "no coding, no ML, want to understand AI, 3 hrs, free")
	if next, r := run(a, lit, "hedging season ends in march, from then i can do 6 hrs a week. for now 2 is fine"); next.Profile.HoursPerWeek != 2 || next.Profile.Start != "" {
		t.Errorf("for now 2: %d h, start %q (%q)", next.Profile.HoursPerWeek, next.Profile.Start, r.Text)
	}
	if next, r := run(a, lit, "actually the club says they'll pay for it, the committee voted yes"); next.Profile.Budget != BudgetPaid {
		t.Errorf("club pays: %q (%q)", next.Profile.Budget, r.Text)
	}
}

// Italian "Quanto ci metto per il resto?" is how long, not how much (it got
// the cost); once a step is done, the plan's total says the hours left
// ("170 hours over 28 weeks" at 5 h a week read as too few weeks).
func TestDev84HowLongForTheRest(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "never coded, no ML, data scientist, 5 hrs, free")
	s, _ = run(a, s, "finished ML for all")
	for _, msg := range []string{"Quanto ci metto per il resto?", "how long will the rest take me?"} {
		if ans := a.AskIn(s, msg); !strings.HasPrefix(ans.Text, "Your plan: 140 hours left over 28 weeks") {
			t.Errorf("%q: %q", msg, ans.Text)
		}
	}
	if !strings.Contains(FormatPlan(s.Plan), "Total: 140 hours left over 28 weeks") {
		t.Errorf("total after a finished step: %q", FormatPlan(s.Plan))
	}
}

// dev84's second-language learners: German "Ich will nur verstehen, was
// diese KI eigentlich macht" is literacy; Polish "ale nie jestem
// programistą" after Python used at work is some; Turkish "Hangi
// desenlerin ... tahmin etmek istiyorum" (I want to predict which ...)
// is a goal, not a question ("hangi", which, opens it; the verb of
// wanting ends it).
func TestDev84SecondLanguage(t *testing.T) {
	a := newTestAdvisor(t)
	goalAsked, _ := run(a, Session{}, "hi", "no coding", "no ml")
	wantSlot(t, a, goalAsked, SlotGoal, map[string]string{
		"Ich will nur verstehen, was diese KI eigentlich macht, die Firma führt KI bei der Schichtplanung ein": GoalLiteracy,
		"Hangi desenlerin turistlere daha çok satacağını tahmin etmek istiyorum, atölye benim, bırakmıyorum":   GoalFillGap,
	})
	progAsked, _ := run(a, Session{}, "hi")
	wantSlot(t, a, progAsked, SlotProgramming, map[string]string{
		"Trochę Pythona ze studiów, dalej go używam do grafików prób, ale nie jestem programistą": ProgrammingSome,
	})
	// A question that ends in "want"-glossed words is still a question
	// when it is marked: "hangi kursu istiyorsun?" stays asked.
	if tz := tokenize("Hangi kursu önerirsin?", a.nlu); !tz.isQuestionAt(0) {
		t.Errorf("a marked question lost its question")
	}
}
