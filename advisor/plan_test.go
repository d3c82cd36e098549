package advisor

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/certpath/certpath/catalog"
)

func newTestAdvisor(t testing.TB) *Advisor {
	t.Helper()
	cat, err := catalog.Default()
	if err != nil {
		t.Fatal(err)
	}
	return New(cat)
}

var today = time.Date(2026, 11, 25, 15, 4, 5, 0, time.UTC)

func courseIDs(p *Plan) string {
	ids := make([]string, len(p.Steps))
	for i, s := range p.Steps {
		ids[i] = s.Course
	}
	return strings.Join(ids, ",")
}

// TestPlanEveryGoalAndBackground covers every goal × programming × ML
// combination with the guide's rules as invariants, and pins the exact
// sequence for representative rows.
func TestPlanEveryGoalAndBackground(t *testing.T) {
	a := newTestAdvisor(t)
	position := func(p *Plan, id string) int {
		for i, s := range p.Steps {
			if s.Course == id {
				return i
			}
		}
		return -1
	}
	for _, goal := range AllowedValues[SlotGoal] {
		for _, prog := range AllowedValues[SlotProgramming] {
			for _, ml := range AllowedValues[SlotML] {
				prof := Profile{Programming: prog, ML: ml, Goal: goal, HoursPerWeek: 6, Budget: BudgetPaid}
				name := goal + "/" + prog + "/" + ml
				p, err := a.Plan(prof, today)
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				if len(p.Steps) == 0 {
					t.Errorf("%s: empty plan", name)
					continue
				}
				for _, s := range p.Steps {
					if s.Why == "" || s.Title == "" || s.Hours <= 0 || s.Weeks <= 0 {
						t.Errorf("%s: incomplete step %+v", name, s)
					}
				}
				// Non-programmers start with Machine Learning for All.
				if prog == ProgrammingNone && p.Steps[0].Course != "ml-for-all" && !(goal == GoalLiteracy && ml != MLNone) {
					t.Errorf("%s: non-programmer starts with %s", name, p.Steps[0].Course)
				}
				// Literacy needs no Production or Applied course.
				if goal == GoalLiteracy && (position(p, "production-ml-systems") >= 0 || position(p, "applied-ml-python") >= 0) {
					t.Errorf("%s: literacy plan has applied/production: %s", name, courseIDs(p))
				}
				// Production only for deployment goals, and last among courses.
				if pos := position(p, "production-ml-systems"); pos >= 0 {
					if goal != GoalMLEngineer && goal != GoalMLOps && goal != GoalFillGap {
						t.Errorf("%s: production course for a non-deployment goal", name)
					}
					for _, s := range p.Steps[pos+1:] {
						if s.Course != "portfolio-project" {
							t.Errorf("%s: %s comes after production", name, s.Course)
						}
					}
				}
				// Regression before classification before structuring.
				r, c, st := position(p, "ml-regression"), position(p, "ml-classification"), position(p, "structuring-ml-projects")
				if (r >= 0 && c >= 0 && r > c) || (c >= 0 && st >= 0 && c > st) {
					t.Errorf("%s: order broken: %s", name, courseIDs(p))
				}
				// Hiring goals end with a portfolio project.
				if hiring(goal) != (p.Steps[len(p.Steps)-1].Course == "portfolio-project") {
					t.Errorf("%s: portfolio project end = %v, want %v", name, !hiring(goal), hiring(goal))
				}
				if goal == GoalResearch && !containsNote(p, "publications") {
					t.Errorf("%s: research plan does not say publications and degrees matter more", name)
				}
				// Already knows supervised learning: don't repeat it.
				if (ml == MLBuiltModels || ml == MLProduction) && position(p, "ml-regression") >= 0 {
					t.Errorf("%s: repeats regression for someone who has built models", name)
				}
			}
		}
	}
}

func containsNote(p *Plan, word string) bool {
	for _, n := range p.Notes {
		if strings.Contains(n, word) {
			return true
		}
	}
	return false
}

func TestPlanSequences(t *testing.T) {
	a := newTestAdvisor(t)
	tests := []struct {
		prof Profile
		want string
	}{
		{Profile{Programming: ProgrammingNone, ML: MLNone, Goal: GoalLiteracy, HoursPerWeek: 3, Budget: BudgetFree, Start: ""}, "ml-for-all"},
		{Profile{Programming: ProgrammingSome, ML: MLCoursework, Goal: GoalLiteracy, HoursPerWeek: 3, Budget: BudgetFree, Start: ""}, "structuring-ml-projects"},
		{Profile{Programming: ProgrammingProfessional, ML: MLNone, Goal: GoalMLOps, HoursPerWeek: 6, Budget: BudgetAid, Start: ""}, "ml-regression,ml-classification,structuring-ml-projects,applied-ml-python,production-ml-systems,portfolio-project"},
		{Profile{Programming: ProgrammingProfessional, ML: MLProduction, Goal: GoalMLOps, HoursPerWeek: 6, Budget: BudgetPaid, Start: ""}, "production-ml-systems,portfolio-project"},
		{Profile{Programming: ProgrammingSome, ML: MLNone, Goal: GoalDataScientist, HoursPerWeek: 8, Budget: BudgetPaid, Start: ""}, "ml-regression,ml-classification,structuring-ml-projects,applied-ml-python,portfolio-project"},
		{Profile{Programming: ProgrammingNone, ML: MLNone, Goal: GoalDataScientist, HoursPerWeek: 8, Budget: BudgetPaid, Start: ""}, "ml-for-all,ml-regression,ml-classification,structuring-ml-projects,applied-ml-python,portfolio-project"},
		{Profile{Programming: ProgrammingProfessional, ML: MLBuiltModels, Goal: GoalMLEngineer, HoursPerWeek: 8, Budget: BudgetPaid, Start: ""}, "structuring-ml-projects,production-ml-systems,portfolio-project"},
		{Profile{Programming: ProgrammingSome, ML: MLBuiltModels, Goal: GoalFillGap, HoursPerWeek: 8, Budget: BudgetPaid, Start: ""}, "structuring-ml-projects,applied-ml-python"},
		{Profile{Programming: ProgrammingSome, ML: MLNone, Goal: GoalResearch, HoursPerWeek: 8, Budget: BudgetPaid, Start: ""}, "ml-regression,ml-classification,structuring-ml-projects"},
	}
	for _, tt := range tests {
		p, err := a.Plan(tt.prof, today)
		if err != nil {
			t.Fatal(err)
		}
		if got := courseIDs(p); got != tt.want {
			t.Errorf("%+v:\n got %s\nwant %s", tt.prof, got, tt.want)
		}
	}
}

func TestPlanScheduleAndCost(t *testing.T) {
	a := newTestAdvisor(t)
	prof := Profile{Programming: ProgrammingSome, ML: MLNone, Goal: GoalResearch, HoursPerWeek: 6, Budget: BudgetPaid, Start: "2027-01-04"}
	p, err := a.Plan(prof, today)
	if err != nil {
		t.Fatal(err)
	}
	// 3 courses of 30 h at 6 h/week: 5 weeks each, back to back.
	wantDates := [][2]string{{"2027-01-04", "2027-02-07"}, {"2027-02-08", "2027-03-14"}, {"2027-03-15", "2027-04-18"}}
	for i, w := range wantDates {
		s := p.Steps[i]
		if s.Weeks != 5 || s.Hours != 30 || s.Start != w[0] || s.End != w[1] {
			t.Errorf("step %d = %+v, want 30 h, 5 weeks, %s..%s", i, s, w[0], w[1])
		}
	}
	if p.TotalHours != 90 || p.TotalWeeks != 15 || p.Start != "2027-01-04" || p.End != "2027-04-18" {
		t.Errorf("totals = %v h, %d weeks, %s..%s", p.TotalHours, p.TotalWeeks, p.Start, p.End)
	}
	// 105 days -> 4 months of subscription at $49–$79.
	if p.CostMinUSD != 196 || p.CostMaxUSD != 316 || p.CostUSD != 316 || p.PriceAsOf != "2026" {
		t.Errorf("cost = %v (%v–%v) as of %q, want 316 (196–316) as of 2026", p.CostUSD, p.CostMinUSD, p.CostMaxUSD, p.PriceAsOf)
	}

	free := prof
	free.Budget = BudgetFree
	pf, _ := a.Plan(free, today)
	if pf.CostUSD != 0 || pf.CostMaxUSD != 0 || !containsNote(pf, "no certificate") {
		t.Errorf("free plan cost %v–%v notes %v", pf.CostMinUSD, pf.CostMaxUSD, pf.Notes)
	}
	aid := prof
	aid.Budget = BudgetAid
	pa, _ := a.Plan(aid, today)
	if pa.CostUSD != 0 || pa.CostMaxUSD != 316 || !containsNote(pa, "most applicants are approved") {
		t.Errorf("aid plan cost %v (max %v) notes %v", pa.CostUSD, pa.CostMaxUSD, pa.Notes)
	}
}

func TestPlanHoursWarnings(t *testing.T) {
	a := newTestAdvisor(t)
	for _, tt := range []struct {
		hours int
		want  string
	}{{10, "ambitious"}, {20, "second job"}, {60, "second job"}, {2, "slow"}} {
		p, _ := a.Plan(Profile{Programming: ProgrammingSome, ML: MLNone, Goal: GoalDataScientist, HoursPerWeek: tt.hours, Budget: BudgetFree}, today)
		if !containsNote(p, tt.want) {
			t.Errorf("%d h/week: notes %v lack %q", tt.hours, p.Notes, tt.want)
		}
	}
	p, _ := a.Plan(Profile{Programming: ProgrammingSome, ML: MLNone, Goal: GoalDataScientist, HoursPerWeek: 6, Budget: BudgetFree, Start: ""}, today)
	if containsNote(p, "ambitious") || containsNote(p, "second job") {
		t.Errorf("6 h/week warned: %v", p.Notes)
	}
}

func TestPlanRejectsBadProfiles(t *testing.T) {
	a := newTestAdvisor(t)
	if _, err := a.Plan(Profile{Programming: ProgrammingSome}, today); !errors.Is(err, ErrIncompleteProfile) {
		t.Errorf("incomplete profile: err = %v", err)
	}
	for _, p := range []Profile{
		{Programming: "guru", ML: MLNone, Goal: GoalMLOps, HoursPerWeek: 5, Budget: BudgetFree},
		{Programming: ProgrammingSome, ML: MLNone, Goal: GoalMLOps, HoursPerWeek: 61, Budget: BudgetFree},
		{Programming: ProgrammingSome, ML: MLNone, Goal: GoalMLOps, HoursPerWeek: 5, Budget: "cheap"},
		{Programming: ProgrammingSome, ML: MLNone, Goal: GoalMLOps, HoursPerWeek: 5, Budget: BudgetFree, Start: "2027-13-01"},
	} {
		if _, err := a.Plan(p, today); err == nil {
			t.Errorf("Plan(%+v) accepted a bad profile", p)
		}
	}
}

// One hour a week is "1 hour", not "1 hours", in the slow-pace note.
func TestSlowNoteSaysOneHour(t *testing.T) {
	a := newTestAdvisor(t)
	p, err := a.Plan(Profile{Programming: ProgrammingSome, ML: MLNone, Goal: GoalLiteracy, HoursPerWeek: 1, Budget: BudgetFree}, today)
	if err != nil {
		t.Fatal(err)
	}
	joined := strings.Join(p.Notes, "\n")
	if !strings.Contains(joined, "At 1 hour a week") || strings.Contains(joined, "1 hours") {
		t.Errorf("notes %q, want 'At 1 hour a week'", joined)
	}
}

// A paid plan with only the portfolio project left costs nothing, said
// plainly (dev72: "Cost: $0–$0: 0 months of subscription").
func TestNothingLeftToPayFor(t *testing.T) {
	a := newTestAdvisor(t)
	p := Profile{Programming: ProgrammingProfessional, ML: MLProduction, Goal: GoalMLOps, HoursPerWeek: 5, Budget: BudgetPaid, Completed: []string{"production-ml-systems"}}
	plan, err := a.Plan(p, convNow)
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range plan.Steps {
		if st.Course != "portfolio-project" {
			t.Fatalf("plan still has %s", st.Course)
		}
	}
	if plan.CostUSD != 0 || strings.Contains(plan.CostNote, "0 months") || !strings.HasPrefix(plan.CostNote, "$0: no course left") {
		t.Errorf("cost %v: %q", plan.CostUSD, plan.CostNote)
	}
}
