package advisor

import (
	"slices"
	"strings"
	"testing"
)

// dev79's learners after the plan: "only got through week 1 of ML for
// all" is a week of the step (not the course finished, not ML
// coursework); "finished regression 👍 classification next" finishes one;
// "no laptop, back jan 4" and "1 February se fir start" start then; "2
// hours more each week" adds to their hours; "after the Aïd" is no aid.
func TestDev79AfterThePlan(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "no coding, ml none, data scientist, 6 hrs, free")
	for _, msg := range []string{
		"week 2 check in: bit behind lol, only got through week 1 of ML for all 😅",
		"bit behind, cold snap has us running nonstop, only got through week 1",
	} {
		next, r := run(a, s, msg)
		if next.Profile.ML != MLNone || len(next.Profile.Completed) > 0 || next.Progress != nil && len(next.Progress.Done) > 0 {
			t.Errorf("%q: ml %q, completed %v, %q", msg, next.Profile.ML, next.Profile.Completed, r.Text)
		}
	}
	p := withPlan(t, a, "some python, no ml, data scientist, 6 hrs, free")
	next, _ := run(a, p, "finished regression 👍 classification next")
	if i := stepIndex(next, "ml-classification"); i < 0 || next.Plan.Steps[i].Done {
		t.Errorf("classification next was marked done")
	}
	if i := stepIndex(next, "ml-regression"); i >= 0 && !next.Plan.Steps[i].Done && !slices.Contains(next.Profile.Completed, "ml-regression") {
		t.Errorf("regression not finished")
	}
	for msg, want := range map[string]string{
		"going to my sister's in cardiff for christmas, no laptop, back jan 4":     "2027-01-04",
		"January me departmental exam hai, pause karunga. 1 February se fir start": "2027-02-01",
		"Inshallah I start again 15 March, after the Aïd":                          "2027-03-15",
	} {
		next, r := a.Step(p, Input{Text: msg, Now: convNow})
		if next.Profile.Start != want || next.Profile.Budget != BudgetFree {
			t.Errorf("%q: start %q budget %q, %q", msg, next.Profile.Start, next.Profile.Budget, r.Text)
		}
	}
	for msg, want := range map[string]int{
		"Winter is slow for bubble tea, now I can do 2 hours more each week": 8,
		"i can do 2 more hours a week now":                                   8,
		"an extra 3 hours a week is fine now":                                9,
		"no more than 2 hours a week now":                                    2,
	} {
		if next, r := run(a, p, msg); next.Profile.HoursPerWeek != want {
			t.Errorf("%q: %d h, want %d (%q)", msg, next.Profile.HoursPerWeek, want, r.Text)
		}
	}
	if next, _ := run(a, Session{}, "Last year I finished fast.ai part 1 and also the Applied Machine Learning in Python course from Michigan on Coursera, with certificate"); !slices.Contains(next.Profile.Completed, "applied-ml-python") {
		t.Errorf("a part of fast.ai kept the Michigan course from being finished")
	}
}

// A task at their own business is the goal ("I want to know how many bags
// to buy each season ... for my business", "which months the tourists buy
// most"); "i want to know how much it costs" is not. A job and a place
// without "I" ("ortho assistant in blenheim", dev80) is an intro, thanked,
// not "Sorry, I didn't catch that".
func TestDev79GoalTasksAndIntros(t *testing.T) {
	a := newTestAdvisor(t)
	asking, _ := run(a, Session{}, "hi", "no coding", "ml none")
	for msg, want := range map[string]string{
		"I want to know how many bags to buy each season so I don't lose money, for my business": GoalFillGap,
		"I want to know which months the tourists and musicians buy most, for our workshop":      GoalFillGap,
		"i want to know how much it costs": "",
	} {
		if next, r := run(a, asking, msg); next.Profile.Goal != want {
			t.Errorf("%q: goal %q, want %q (%q)", msg, next.Profile.Goal, want, r.Text)
		}
	}
	start, _ := run(a, Session{}, "hi")
	for _, msg := range []string{"ortho assistant in blenheim", "relief milker on a few farms round palmy"} {
		if _, r := run(a, start, msg); !strings.HasPrefix(r.Text, "Thanks, good to know.") {
			t.Errorf("%q: %q", msg, r.Text)
		}
	}
}

// "i'm 63, is it daft starting this now?" (dev80 got "Did you mean"
// order or next step) is the age question the guide has no limit for.
func TestDev80DaftAtMyAge(t *testing.T) {
	a := newTestAdvisor(t)
	for _, q := range []string{"hey, im 63 and a retired land surveyor, is it daft starting this now?", "is it silly to start at my age?"} {
		if ans := a.Ask(q); !strings.Contains(ans.Text, "no age limit") {
			t.Errorf("%q: %q", q, ans.Text)
		}
	}
}

// dev80: "free obviously lol" and "grátis por enquanto kkkk" beside the
// hours are the budget; "audit senior at a CA firm" is a job, not the free
// audit (and no question about auditing); "I run the night shift ... I can
// do about five hours a week" (voice-typed, one clause) is 5 h; "el dueño
// dijo que él paga" after the plan is paid (dev77).
func TestDev80BudgetAndJobWords(t *testing.T) {
	a := newTestAdvisor(t)
	asking, _ := run(a, Session{}, "hi")
	wantSlot(t, a, asking, SlotBudget, map[string]string{
		"like 6 hrs a week around revision, free obviously lol": BudgetFree,
		"3 horas por semana, grátis por enquanto kkkk":          BudgetFree,
		"I'm 29, audit senior at a CA firm in Raipur":           "",
		"audit only pls": BudgetFree,
	})
	if _, r := run(a, asking, "audit senior at one of the big four in dublin"); !strings.HasPrefix(r.Text, "Thanks, good to know.") {
		t.Errorf("audit senior intro: %q", r.Text)
	}
	if next, _ := run(a, asking, "so I run the night shift at a tomato paste plant outside Modesto I can do about five hours a week"); next.Profile.HoursPerWeek != 5 {
		t.Errorf("voice-typed hours: %d", next.Profile.HoursPerWeek)
	}
	s := withPlan(t, a, "no coding, ml none, predict fuel sales for our station, staying, 5 hrs, free")
	if next, r := run(a, s, "ah, corrección: el dueño dijo que él paga 🙌 maururu"); next.Profile.Budget != BudgetPaid {
		t.Errorf("el dueño paga: %q, %q", next.Profile.Budget, r.Text)
	}
}
