package advisor

import "testing"

// BenchmarkTurn is one free-text interview turn that fills a slot.
func BenchmarkTurn(b *testing.B) {
	a := newTestAdvisor(b)
	s, _ := run(a, Session{}, "some python")
	in := Input{Text: "never touched ML", Now: today}
	b.ReportAllocs()
	for b.Loop() {
		a.Step(s, in)
	}
}

// BenchmarkTurnWholeProfile fills all five slots and plans in one turn.
func BenchmarkTurnWholeProfile(b *testing.B) {
	a := newTestAdvisor(b)
	in := Input{Text: "backend dev, never touched ML, want to do MLOps, ~6h a week, can't pay much", Now: today}
	b.ReportAllocs()
	for b.Loop() {
		a.Step(Session{}, in)
	}
}

func BenchmarkPlan(b *testing.B) {
	a := newTestAdvisor(b)
	p := Profile{Programming: ProgrammingNone, ML: MLNone, Goal: GoalMLEngineer, HoursPerWeek: 6, Budget: BudgetAid, Start: ""}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := a.Plan(p, today); err != nil {
			b.Fatal(err)
		}
	}
}
