package advisor

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// planned is a session with a plan of six steps, made on today:
// ml-for-all, ml-regression, ml-classification, structuring-ml-projects,
// applied-ml-python, portfolio-project, all of 30 h but the project (20 h)
// at 8 h/week.
func planned(t *testing.T, a *Advisor) Session {
	t.Helper()
	s, r := run(a, Session{}, "never programmed, no ML, data scientist, 8 hours a week, free")
	if r.Kind != KindPlan || len(s.Plan.Steps) != 6 {
		t.Fatalf("setup: want a 6-step plan, got %v with %d steps", r.Kind, len(s.Plan.Steps))
	}
	return s
}

func day(n int) time.Time { return today.AddDate(0, 0, n) }

func TestProgressCommand(t *testing.T) {
	tests := []struct {
		in, cmd, arg string
	}{
		{"done", "done", ""},
		{"done 1", "done", "1"},
		{"done regression", "done", "regression"},
		{"finished the classification course", "done", "the classification course"},
		{"i'm done with structuring!", "done", "structuring"},
		{"i have completed applied ml", "done", "applied ml"},
		{"progress", "progress", ""},
		{"progress 12 hours", "progress", "12 hours"},
		{"how am i doing?", "progress", ""},
		{"log 3h", "log", "3h"},
		{"undo done 2", "undo", "2"},
		{"not done regression", "undo", "regression"},
		{"doneness", "", ""},
		{"actually 10 hours a week", "", ""},
	}
	for _, tt := range tests {
		cmd, arg := parseCommand(normalizeText(tt.in), tt.in)
		if cmd != tt.cmd || arg != tt.arg {
			t.Errorf("parseCommand(%q) = %q, %q; want %q, %q", tt.in, cmd, arg, tt.cmd, tt.arg)
		}
	}
}

func TestResolveStep(t *testing.T) {
	a := newTestAdvisor(t)
	s := planned(t, a)
	tests := []struct {
		arg  string
		want string // course id, or "" when the learner must pick
	}{
		{"", "ml-for-all"},
		{"it", "ml-for-all"},
		{"the ml course", "ml-for-all"},
		{"1", "ml-for-all"},
		{"step 3", "ml-classification"},
		{"regression", "ml-regression"},
		{"the classification course", "ml-classification"},
		{"classif", "ml-classification"},
		{"Structuring Machine Learning Projects", "structuring-ml-projects"},
		{"applied ml in python", "applied-ml-python"},
		{"michigan", "applied-ml-python"},
		{"ml for all", "ml-for-all"},
		{"portfolio", "portfolio-project"},
		{"applied-ml-python", "applied-ml-python"},
		{"project", ""},            // Structuring ... Projects or Portfolio project
		{"nlp specialization", ""}, // not in the plan
		{"7", ""},                  // out of range
		{"0", ""},                  // out of range
	}
	for _, tt := range tests {
		i, r, ok := a.resolveStep(s, tt.arg, true)
		switch {
		case tt.want == "" && ok:
			t.Errorf("resolveStep(%q) = step %d, want a question", tt.arg, i+1)
		case tt.want == "" && (r.Kind != KindQuestion || r.Question == nil || len(r.Question.Choices) != 6):
			t.Errorf("resolveStep(%q) reply = %+v, want a question listing the 6 steps", tt.arg, r)
		case tt.want != "" && (!ok || s.Plan.Steps[i].Course != tt.want):
			t.Errorf("resolveStep(%q) = %d, %v (%q); want %s", tt.arg, i+1, ok, r.Text, tt.want)
		}
	}
}

func TestProgressReflow(t *testing.T) {
	type turn struct {
		text string
		day  int
	}
	tests := []struct {
		name       string
		turns      []turn
		stepsDone  int
		hoursDone  float64
		current    string
		ahead      bool // ahead of the original schedule by a week or more
		behind     bool
		textHas    string
		doneCourse string
	}{
		{
			name:      "on pace hours",
			turns:     []turn{{"progress 16 hours", 14}},
			hoursDone: 16, current: "ml-for-all", textHas: "on track",
		},
		{
			name:      "done early is ahead",
			turns:     []turn{{"done 1", 7}},
			stepsDone: 1, hoursDone: 30, current: "ml-regression", ahead: true, textHas: "ahead", doneCourse: "ml-for-all",
		},
		{
			name:      "nothing for ten weeks is behind",
			turns:     []turn{{"progress 4", 0}, {"progress", 70}},
			hoursDone: 4, current: "ml-for-all", behind: true, textHas: "behind",
		},
		{
			name:      "log adds",
			turns:     []turn{{"progress 5 hours", 3}, {"log 2.5 hours", 5}, {"progress +2.5", 6}},
			hoursDone: 10, current: "ml-for-all", textHas: "10 of 30 h done",
		},
		{
			name:      "out of order",
			turns:     []turn{{"finished the classification course", 20}},
			stepsDone: 1, hoursDone: 30, current: "ml-for-all", ahead: true, textHas: "[done 2026-12-15] Machine Learning: Classification", doneCourse: "ml-classification",
		},
		{
			name:      "undo",
			turns:     []turn{{"progress 4", 9}, {"done regression", 10}, {"undo regression", 11}},
			hoursDone: 4, current: "ml-for-all", behind: true, textHas: "not done after all",
		},
		{
			name:      "everything done",
			turns:     []turn{{"done 1", 20}, {"done 2", 40}, {"done 3", 60}, {"done", 80}, {"done", 100}, {"done", 120}},
			stepsDone: 6, hoursDone: 170, ahead: true, textHas: "all 6 steps done",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := newTestAdvisor(t)
			s := planned(t, a)
			var r Reply
			for _, tu := range tt.turns {
				s, r = a.Step(s, Input{Text: tu.text, Now: day(tu.day)})
			}
			if r.Kind != KindPlan || r.Plan.Status == nil {
				t.Fatalf("reply %v %q, want a plan with a status", r.Kind, r.Text)
			}
			st := r.Plan.Status
			if st.StepsDone != tt.stepsDone || st.HoursDone != tt.hoursDone || st.Current != tt.current {
				t.Errorf("status = %+v, want %d done, %v h, current %q", st, tt.stepsDone, tt.hoursDone, tt.current)
			}
			if st.HoursDone+st.HoursLeft != r.Plan.TotalHours {
				t.Errorf("hours done %v + left %v != total %v", st.HoursDone, st.HoursLeft, r.Plan.TotalHours)
			}
			if got := st.DaysAhead >= 7; got != tt.ahead {
				t.Errorf("days ahead = %d, want ahead=%v", st.DaysAhead, tt.ahead)
			}
			if got := st.DaysAhead <= -7; got != tt.behind {
				t.Errorf("days ahead = %d, want behind=%v", st.DaysAhead, tt.behind)
			}
			if !strings.Contains(r.Text, tt.textHas) {
				t.Errorf("reply lacks %q:\n%s", tt.textHas, r.Text)
			}
			if st.OriginalEnd != "2027-05-04" {
				t.Errorf("original end = %s, want the first plan's 2027-05-04", st.OriginalEnd)
			}
			// Unfinished steps run back to back from today, never in the past.
			last := tt.turns[len(tt.turns)-1].day
			for _, step := range r.Plan.Steps {
				if step.Done {
					if tt.doneCourse != "" && step.Course != tt.doneCourse {
						t.Errorf("%s is done, want only %s", step.Course, tt.doneCourse)
					}
					continue
				}
				if step.Start < day(last).Format(DateLayout) {
					t.Errorf("unfinished %s starts %s, before today %s", step.Course, step.Start, day(last).Format(DateLayout))
				}
			}
		})
	}
}

// Changing pace or budget re-plans the rest; finished steps keep their
// dates and the original schedule stays the yardstick.
func TestFinishedStepsSurviveReplan(t *testing.T) {
	a := newTestAdvisor(t)
	s := planned(t, a)
	s, _ = a.Step(s, Input{Text: "done regression", Now: day(10)})
	before := s.Plan.Steps[1]
	for _, change := range []string{"actually 4 hours a week", "I can pay", "hours=15"} {
		in := Input{Text: change, Now: day(12)}
		if strings.Contains(change, "=") {
			in = Input{Choice: change, Now: day(12)}
		}
		var r Reply
		s, r = a.Step(s, in)
		if r.Kind != KindPlan {
			t.Fatalf("%q: reply %v", change, r.Kind)
		}
		if got := r.Plan.Steps[1]; !got.Done || got.End != before.End || got.Start != before.Start {
			t.Errorf("%q: regression = %+v, want still done as %+v", change, got, before)
		}
		if got := r.Plan.Steps[0]; got.Done || got.Start != day(12).Format(DateLayout) {
			t.Errorf("%q: first step %+v, want re-planned from today", change, got)
		}
		if r.Plan.Status.OriginalEnd != "2027-05-04" {
			t.Errorf("%q: original end moved to %s", change, r.Plan.Status.OriginalEnd)
		}
	}
	if s.Profile.HoursPerWeek != 15 || s.Profile.Budget != BudgetPaid {
		t.Errorf("profile = %+v", s.Profile)
	}
}

// Before any progress, a change of pace moves the baseline with it: there
// is nothing to be ahead or behind of yet.
func TestBaselineFollowsPlanUntilProgress(t *testing.T) {
	a := newTestAdvisor(t)
	s := planned(t, a)
	s, _ = a.Step(s, Input{Text: "actually 15 hours a week", Now: today})
	s, r := a.Step(s, Input{Text: "progress 15 hours", Now: day(7)})
	if st := r.Plan.Status; st.OriginalEnd != s.Progress.Baseline.End || st.DaysAhead <= -7 || st.DaysAhead >= 7 {
		t.Errorf("status %+v, want on track with the 15 h/week plan", st)
	}
	if s.Progress.Baseline.Profile.HoursPerWeek != 15 {
		t.Errorf("baseline profile %+v, want the 15 h/week one", s.Progress.Baseline.Profile)
	}
}

func TestProgressCommandsWithoutPlan(t *testing.T) {
	a := newTestAdvisor(t)
	// Mid-interview "finished a course" still answers the ML question.
	s, _ := run(a, Session{}, "some python")
	s, r := a.Step(s, Input{Text: "finished an online course", Now: today})
	if s.Profile.ML != MLCoursework || r.Kind != KindQuestion {
		t.Errorf("ML = %q, reply %v; want coursework and the next question", s.Profile.ML, r.Kind)
	}
	_, r = a.Step(s, Input{Text: "progress 3 hours", Now: today})
	if r.Kind != KindQuestion || !strings.Contains(r.Text, "Once you have a plan") {
		t.Errorf("progress without a plan: %v %q", r.Kind, r.Text)
	}
	// Step commands say there is no plan yet, keep the interview going,
	// and are not counted as answers that could not be understood.
	for in, want := range map[string]string{
		"done 1":   "no step to mark done",
		"done":     "no step to mark done",
		"undo":     "nothing to undo",
		"on track": "Once you have a plan",
		"behind":   "Once you have a plan",
	} {
		next, r := a.Step(s, Input{Text: in, Now: today})
		if r.Kind != KindQuestion || !strings.Contains(r.Text, want) || r.Question == nil || r.Question.Slot != SlotGoal {
			t.Errorf("%q without a plan: %v %q; want %q and the goal question", in, r.Kind, r.Text, want)
		}
		if next.Tries != s.Tries || !next.Profile.Equal(s.Profile) {
			t.Errorf("%q without a plan changed the interview: tries %d→%d, profile %+v", in, s.Tries, next.Tries, next.Profile)
		}
	}
}

func TestProgressBadInput(t *testing.T) {
	a := newTestAdvisor(t)
	s := planned(t, a)
	for _, in := range []string{"progress lots", "progress 5000 hours"} {
		s2, r := a.Step(s, Input{Text: in, Now: day(1)})
		if r.Kind != KindHelp || s2.Progress.recorded() {
			t.Errorf("%q: %v %q, progress %+v; want help and nothing logged", in, r.Kind, r.Text, s2.Progress)
		}
	}
	s, r := a.Step(s, Input{Text: "progress 31 hours", Now: day(1)})
	if !strings.Contains(r.Text, `say "done 1"`) {
		t.Errorf("hours beyond the estimate should suggest done 1: %q", r.Text)
	}
	_, r = a.Step(s, Input{Text: "progress 0", Now: day(1)})
	if len(r.Plan.Steps) == 0 || r.Plan.Steps[0].HoursDone != 0 {
		t.Errorf("progress 0 should clear the hours: %+v", r.Plan.Steps[0])
	}
}

// Step must not write through the session's pointers: a store may retry
// a turn from the same loaded value.
func TestProgressDoesNotMutateInput(t *testing.T) {
	a := newTestAdvisor(t)
	s := planned(t, a)
	s, _ = a.Step(s, Input{Text: "progress 5", Now: day(1)})
	snapshot := s.Progress.clone()
	for _, in := range []string{"done 1", "progress 9", "undo 1", "log 2", "actually 3 hours a week"} {
		a.Step(s, Input{Text: in, Now: day(2)})
	}
	if !reflect.DeepEqual(snapshot, s.Progress) {
		t.Errorf("input progress changed: %+v, was %+v", s.Progress, snapshot)
	}
}

// BenchmarkStepWithProgress is a progress turn on a plan with a finished
// step: resolve, re-plan and re-flow, render.
func BenchmarkStepWithProgress(b *testing.B) {
	a := newTestAdvisor(b)
	s, _ := run(a, Session{}, "never programmed, no ML, data scientist, 8 hours a week, free", "done 2")
	for b.Loop() {
		a.Step(s, Input{Text: "finished the classification course", Now: day(9)})
	}
}

func BenchmarkPlanICS(b *testing.B) {
	a := newTestAdvisor(b)
	s, _ := run(a, Session{}, "never programmed, no ML, data scientist, 8 hours a week, free")
	r := &Reminder{Weekday: time.Monday, Time: "18:00", TZ: "Europe/Paris", Since: today}
	for b.Loop() {
		if _, err := PlanICS(s.Plan, ExportOptions{Owner: "u", Now: today, Reminder: r}); err != nil {
			b.Fatal(err)
		}
	}
}

// A session stored before progress was tracked has a plan but no
// baseline: its stored plan is the schedule to compare with.
func TestProgressOnLegacySession(t *testing.T) {
	a := newTestAdvisor(t)
	s := planned(t, a)
	s.Progress = nil
	s, r := a.Step(s, Input{Text: "progress 8 hours", Now: day(7)})
	if st := r.Plan.Status; st == nil || st.OriginalEnd != "2027-05-04" || st.DaysAhead <= -7 || st.DaysAhead >= 7 {
		t.Errorf("status %+v, want on track against the stored plan ending 2027-05-04", r.Plan.Status)
	}
	if s.Progress.Baseline == nil || s.Progress.Baseline.End != "2027-05-04" {
		t.Errorf("baseline %+v", s.Progress.Baseline)
	}
}

// A step reported among fillers is marked once there is a plan, and a
// course from somewhere else is no step of the plan (a stranger, ninth
// session: "oh and i finished classification too actually" got "Did you
// mean"; "i finished a python course on udemy" marked Applied Machine
// Learning in Python done).
func TestPaddedReportsAndOtherCourses(t *testing.T) {
	a := newTestAdvisor(t)
	s, _ := run(a, Session{}, "data analyst, sql daily, some python", "none", "data science", "10", "free")
	if !hasPlan(s) {
		t.Fatal("no plan")
	}
	s2, r := run(a, s, "i finished a python course on udemy")
	if len(s2.Progress.Done) != 0 {
		t.Errorf("a Udemy course marked a step done: %q", r.Text)
	}
	s2, r = run(a, s, "oh and i finished classification too actually")
	if _, ok := s2.Progress.finished("ml-classification"); !ok {
		t.Errorf("classification not marked done: %q", r.Text)
	}
	for in, want := range map[string]string{
		"oh and i finished classification too actually": "classification",
		"update: done with structuring as well":         "structuring",
		"ok done":                                       "",
		"i finished classification":                     "",
	} {
		got, ok := paddedDone(normalizeText(in))
		if ok != (want != "") || got != want {
			t.Errorf("paddedDone(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

// Several steps in one report, and a report padded with a story (dev53):
// each part names one step by every word it uses; a shift or a project
// for the boss names none. (Said with a time before the plan, "... over
// the autumn", they are courses done before it: TestFinishedBeforeThePlan.)
func TestDoneSeveralStepsInOneMessage(t *testing.T) {
	a := newTestAdvisor(t)
	for msg, want := range map[string]int{
		"i finished regression and classification": 2,
		"done 1 and 2": 2,
		"oh i should say, i finished regression AND classification, the UW ones on coursera": 2,
		"i finished my shift, can we talk":                                                   0,
	} {
		s, r := run(a, withPlan(t, a, "some python, no ML, data scientist, 8 hrs a week, free"), msg)
		if got := len(s.Progress.Done); got != want {
			t.Errorf("%q: %d steps done, want %d (%q)", msg, got, want, r.Text)
		}
	}
}

func TestFinishedBy(t *testing.T) {
	now := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		msg, want string
	}{
		{"i finished the regression course already in july", "2026-07-31"},
		{"finished it back in october", "2026-10-31"},
		{"finished regression and classification over the autumn", "2026-11-30"},
		{"did it last summer", "2026-08-31"},
		{"i finished the classification course last month", "2026-10-31"},
		{"oh i already did the regression one last year", "2025-12-31"},
		{"finished it 2 years ago", "2024-11-30"},
		{"finished it in 2024", "2024-12-31"},
		{"done with regression yesterday", "2026-11-29"},
		{"finished regression last week", "2026-11-29"}, // last week ends on sunday
		{"in december i finished it", "2025-12-31"},
		{"i may finish it soon", ""},
		{"finished regression", ""},
	} {
		by, ok := finishedBy(c.msg, now)
		got := ""
		if ok {
			got = by.Format(DateLayout)
		}
		if got != c.want {
			t.Errorf("finishedBy(%q) = %q, want %q", c.msg, got, c.want)
		}
	}
}

// A course reported finished at a time before the plan scheduled it was
// done before the plan: it leaves the plan and counts as ML coursework
// (dev53). Finished after its step began, it is a step of the plan done.
func TestFinishedBeforeThePlan(t *testing.T) {
	a := newTestAdvisor(t)
	profile := "some python, no ML, data scientist, 5 hrs a week, free"
	for _, msg := range []string{
		"I finished the regression course already in July, the University of Washington one",
		"oh i should say, i finished regression AND classification over the autumn, the UW ones on coursera",
	} {
		s, r := run(a, withPlan(t, a, profile), msg)
		if !s.Profile.HasCompleted("ml-regression") || s.Profile.ML != MLCoursework {
			t.Errorf("%q: profile %+v, want regression completed before the plan and ML coursework", msg, s.Profile)
		}
		for _, st := range s.Plan.Steps {
			if st.Course == "ml-regression" {
				t.Errorf("%q: regression still in the plan:\n%s", msg, r.Text)
			}
		}
		if s.Progress != nil && len(s.Progress.Done) > 0 {
			t.Errorf("%q: marked as plan steps done: %+v", msg, s.Progress.Done)
		}
	}
	// The plan was made five weeks ago; regression began then.
	var s Session
	made := today.AddDate(0, 0, -35)
	s, _ = a.Step(s, Input{Text: profile, Now: made})
	s, _ = a.Step(s, Input{Text: "I finished the regression course last week", Now: today})
	if s.Profile.HasCompleted("ml-regression") {
		t.Errorf("a step finished last week, five weeks into the plan, read as done before it: %+v", s.Profile)
	}
	if _, ok := s.Progress.finished("ml-regression"); !ok {
		t.Errorf("regression, finished last week, not marked done in the plan: %+v", s.Progress)
	}
}

// "i finished the first course", "done with the second one", "terminé el
// primer curso" name a step by its place (a stranger, twelfth session,
// got "I couldn't find \"the first course\" in your plan"), and "y ahora
// que sigue?" asks for the next step.
func TestStepByOrdinal(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "no coding, no ML, data scientist, 3 hrs a week, free")
	for msg, want := range map[string]string{
		"i finished the first course": s.Plan.Steps[0].Course,
		"finished the first one lol":  s.Plan.Steps[0].Course,
		"done with the second one":    s.Plan.Steps[1].Course,
		"terminé el primer curso":     s.Plan.Steps[0].Course,
		"done with the last one":      s.Plan.Steps[len(s.Plan.Steps)-1].Course,
	} {
		next, _ := a.Step(s, Input{Text: msg, Now: convNow})
		if _, ok := next.Progress.finished(want); !ok {
			t.Errorf("%q: %s not marked done", msg, want)
		}
	}
	if i, rest := ordinalAndRest(meaningfulWords("the first cookie"), 6); i >= 0 && len(rest) == 0 {
		t.Errorf("'the first cookie' read as a step")
	}
	next, _ := a.Step(s, Input{Text: "terminé el primer curso", Now: convNow})
	if _, r := a.Step(next, Input{Text: "y ahora que sigue?", Now: convNow}); !strings.HasPrefix(r.Text, "Next in your plan: "+next.Plan.Steps[1].Title) {
		t.Errorf("y ahora que sigue: %q", r.Text)
	}
}

// "ok skip the first two then", "skip to the google one", "skip
// regression" after the plan mark those steps done; "can i skip to the
// google one" says how; "why is regression in there?" gives the step's
// reason (a stranger, twelfth session: "Did you mean" and "I can't answer
// that"). Before the plan a bare "skip" is no command.
func TestSkipSteps(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "some python, no ML, mlops, 5 hrs a week, can pay")
	steps := s.Plan.Steps
	for msg, want := range map[string]int{"ok skip the first two then": 2, "skip to the google one": 4, "skip regression": 1} {
		next, r := a.Step(s, Input{Text: msg, Now: convNow})
		if !strings.HasPrefix(r.Text, "Skipped (marked done): "+steps[0].Title) || len(next.Progress.Done) != want {
			t.Errorf("%q: %d done, %q", msg, len(next.Progress.Done), r.Text)
		}
	}
	wantReply(t, a, s, "can i skip to the google one", "You can, if you already know what the 4 steps before it teach")
	wantReply(t, a, s, "why is regression in there? i dont want to do stats", "Machine Learning: Regression is step 1 of your plan")
	sre := withPlan(t, a, "sre, 8 yrs. ml: ran a couple of model servers for the ds team. want mlops. 6h/wk. employer pays")
	if sre.Profile.ML != MLProduction {
		t.Errorf("model servers run: ml %q", sre.Profile.ML)
	}
	wantReply(t, a, sre, "why is regression in there?", "Machine Learning: Regression isn't in your plan")
	mid, _ := run(a, Session{}, "some python, no ML")
	if next, _ := a.Step(mid, Input{Text: "skip", Now: convNow}); next.Progress != nil || next.Asking != SlotGoal {
		t.Errorf("'skip' before the plan: asking %q", next.Asking)
	}
}

// dev69's learners after the plan: a settled pace, a what-if with a bare
// number, a step finished last night (ML coursework now) or last month,
// "scrap that" correcting rather than starting over, the cost if they
// paid, and the certificate later.
func TestAfterThePlanChanges(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "some python, no ML, data scientist, 5 hrs a week, free")
	for msg, want := range map[string]int{"ok let's do 8 then": 8, "For now 2": 2, "Now 10 is ok": 10, "actually scrap that, the season got pushed back to march so 8 hrs a week": 8} {
		if next, _ := a.Step(s, Input{Text: msg, Now: convNow}); next.Profile.HoursPerWeek != want || next.Plan == nil {
			t.Errorf("%q: hours %d, want %d", msg, next.Profile.HoursPerWeek, want)
		}
	}
	wantReply(t, a, s, "what if i did 8?", "At 8 h a week your plan would take")
	if _, r := a.Step(s, Input{Text: "and how much would it be if i paid later?", Now: convNow}); !strings.Contains(r.Text, "Your plan paid for would cost $") {
		t.Errorf("if i paid: %q", r.Text)
	}
	wantReply(t, a, s, "can i still get the certificate later if i do free now?", "Yes: auditing gives no certificate, but you can pay for the certificate later")
	none := withPlan(t, a, "no coding, no ML, data scientist, 5 hrs a week, aid")
	next, _ := a.Step(none, Input{Text: "finished the ML for all one last night 🎉", Now: convNow})
	if _, ok := next.Progress.finished("ml-for-all"); !ok || next.Profile.ML != MLCoursework {
		t.Errorf("finished last night: ml %q", next.Profile.ML)
	}
	next, _ = a.Step(none, Input{Text: "And I finished the first one already, last month 🙂", Now: convNow})
	if !slices.Contains(next.Profile.Completed, "ml-for-all") {
		t.Errorf("finished last month: completed %v", next.Profile.Completed)
	}
	if next, r := a.Step(s, Input{Text: "scratch all that, I was filling in my partner's details by accident", Now: convNow}); next.Plan != nil {
		t.Errorf("'scratch all that' did not start over: %q", r.Text)
	}
}

// "done with the first one na, regression 🎉" marks the first step when
// it is Regression; "next is classification right?" and "so structuring
// next?" are answered from the plan (dev69 got "Did you mean").
func TestOrdinalWithNameAndWhatIsNext(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "some python, no ML, data scientist, 5 hrs a week, free")
	next, _ := a.Step(s, Input{Text: "update po: done with the first one na, regression 🎉 did it on the slow nights", Now: convNow})
	if _, ok := next.Progress.finished("ml-regression"); !ok {
		t.Fatal("the first one, regression, not marked done")
	}
	wantReply(t, a, next, "next is classification right?", "Yes: next in your plan is Machine Learning: Classification")
	wantReply(t, a, next, "so structuring next?", "Not yet: next in your plan is Machine Learning: Classification")
	wantReply(t, a, next, "so regression next?", "Machine Learning: Regression is done")
}
