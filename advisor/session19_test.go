package advisor

import (
	"strings"
	"testing"
)

// The nineteenth session (2026-12-01): what the eighteenth noticed and left.

// "done regression, classification" (a list with a comma and no "and")
// marks both steps (it marked only Regression); "done regression,
// classification is hard" marks only Regression.
func TestSession19DoneListWithComma(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "i write python at work, no ml, want to be an ml engineer, 6 hrs a week, free only")
	for msg, want := range map[string][]bool{
		"done regression, classification":          {true, true},
		"done regression, classification is hard":  {true, false},
		"finished regression, classification next": {true, false},
	} {
		next, _ := run(a, s, msg)
		got := []bool{false, false}
		for k, id := range []string{"ml-regression", "ml-classification"} {
			if i := stepIndex(next, id); i >= 0 {
				got[k] = next.Plan.Steps[i].Done
			}
		}
		if got[0] != want[0] || got[1] != want[1] {
			t.Errorf("%q: regression, classification done = %v, want %v", msg, got, want)
		}
	}
}

// "how many months is that" after the plan says the weeks in months too
// (it said weeks only).
func TestSession19HowManyMonths(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "i write python at work, no ml, want to be an ml engineer, 6 hrs a week, free only")
	_, r := run(a, s, "how many months is that")
	if !strings.Contains(r.Text, "weeks (about ") || !strings.Contains(r.Text, " months)") {
		t.Errorf("months: %q", r.Text)
	}
	_, r = run(a, s, "how long is that")
	if strings.Contains(r.Text, "months)") {
		t.Errorf("asked without months, answered in months: %q", r.Text)
	}
}

// "what if my boss says no?" after a plan paid by the boss is the plan
// audited and what is left without a payer (it was declined: another
// domain at 0.98); on a free plan, nothing changes. Neither changes the
// budget.
func TestSession19BossSaysNo(t *testing.T) {
	a := newTestAdvisor(t)
	paid := withPlan(t, a, "i write python at work, no ml, want to be an ml engineer, 6 hrs a week, my boss pays")
	next, r := run(a, paid, "what if my boss says no?")
	if !strings.Contains(r.Text, "Audited, your plan costs $0") || next.Profile.Budget != BudgetPaid {
		t.Errorf("paid plan: %q %+v", r.Text, next.Profile)
	}
	free := withPlan(t, a, "i write python at work, no ml, want to be an ml engineer, 6 hrs a week, free only")
	next, r = run(a, free, "what if my boss says no?")
	if !strings.HasPrefix(r.Text, "Nothing changes: your plan already costs $0") || next.Profile.Budget != BudgetFree {
		t.Errorf("free plan: %q %+v", r.Text, next.Profile)
	}
}
