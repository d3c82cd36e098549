package advisor

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

// withPlan is the session after a one-message interview that makes a
// plan.
func withPlan(t *testing.T, a *Advisor, profile string) Session {
	t.Helper()
	s, _ := run(a, Session{}, profile)
	if s.Plan == nil {
		t.Fatalf("%q made no plan", profile)
	}
	return s
}

func run(a *Advisor, s Session, inputs ...string) (Session, Reply) {
	var r Reply
	for _, in := range inputs {
		s, r = a.Step(s, Input{Text: in, Now: today})
	}
	return s, r
}

func TestStepOneMessageMakesAPlan(t *testing.T) {
	a := newTestAdvisor(t)
	s, r := run(a, Session{}, "backend dev, never touched ML, want to do MLOps, ~6h a week, can't pay much")
	if r.Kind != KindPlan || r.Plan == nil || s.Plan == nil {
		t.Fatalf("reply = %+v, want a plan", r)
	}
	if s.Asking != "" || s.Turns != 1 || !s.UpdatedAt.Equal(today) {
		t.Errorf("session = %+v", s)
	}
	if r.Plan.Steps[len(r.Plan.Steps)-2].Title != "Production Machine Learning Systems" {
		t.Errorf("MLOps plan does not end with production before the project: %+v", r.Plan.Steps)
	}
}

func TestStepAsksOnlyWhatIsMissing(t *testing.T) {
	a := newTestAdvisor(t)
	s, r := run(a, Session{}, "I'm a data scientist wannabe with 5 hours a week")
	if r.Kind != KindQuestion || r.Question.Slot != SlotProgramming {
		t.Fatalf("first question = %+v", r.Question)
	}
	if s.Profile.Goal != GoalDataScientist || s.Profile.HoursPerWeek != 5 {
		t.Errorf("profile = %+v", s.Profile)
	}
	s, r = run(a, s, "some python", "no")
	if r.Question == nil || r.Question.Slot != SlotBudget {
		t.Fatalf("after programming and ML, asked %+v; goal and hours were already known", r.Question)
	}
	for _, c := range r.Question.Choices {
		if !strings.HasPrefix(c.ID, "budget=") || c.Label == "" {
			t.Errorf("bad choice %+v", c)
		}
	}
}

func TestStepChoicesAndCommands(t *testing.T) {
	a := newTestAdvisor(t)
	var s Session
	var r Reply
	for _, c := range []string{"programming=some", "ml=none", "goal=data_scientist", "hours=5", "budget=free"} {
		s, r = a.Step(s, Input{Choice: c, Now: today})
	}
	if r.Kind != KindPlan {
		t.Fatalf("five choices did not make a plan: %+v", r)
	}
	s, r = a.Step(s, Input{Choice: "hours=10", Now: today})
	if r.Kind != KindPlan || r.Plan.Profile.HoursPerWeek != 10 || !strings.Contains(r.Text, "Updated") {
		t.Errorf("changing hours by choice did not re-plan: %q", r.Text)
	}
	if _, r = a.Step(s, Input{Choice: "goal=astronaut", Now: today}); r.Kind != KindHelp {
		t.Errorf("a forged choice value got %v, want help", r.Kind)
	}
	if _, r = a.Step(s, Input{Choice: "cmd=restart", Now: today}); r.Kind != KindQuestion || !strings.Contains(r.Text, "Starting over") {
		t.Errorf("cmd=restart: %+v", r)
	}
	s2, r := a.Step(s, Input{Text: "forget", Now: today})
	if !r.Forget || !s2.Profile.IsZero() || s2.Plan != nil {
		t.Errorf("forget kept data: %+v %+v", s2, r)
	}
	if _, r = a.Step(s, Input{Text: "plan", Now: today}); r.Kind != KindPlan {
		t.Errorf("plan command: %v", r.Kind)
	}
	if _, r = a.Step(s, Input{Text: "help", Now: today}); r.Kind != KindHelp || !strings.Contains(r.Text, "restart") {
		t.Errorf("help: %+v", r)
	}
}

func TestStepQuestionMidInterviewResumes(t *testing.T) {
	a := newTestAdvisor(t)
	s, _ := run(a, Session{}, "some python")
	s, r := run(a, s, "what's the weather on mars?")
	if r.Kind != KindAnswer || r.Answer == nil || r.Answer.Answered {
		t.Fatalf("out-of-scope question got %+v", r)
	}
	if r.Question == nil || r.Question.Slot != SlotML || !strings.Contains(r.Text, "Back to your plan") {
		t.Errorf("interview did not resume at the ML question: %q", r.Text)
	}
	if s.Profile.Budget != "" || s.Profile.ML != "" {
		t.Errorf("a question filled slots: %+v", s.Profile)
	}
}

func TestStepGibberishReasksWithExamples(t *testing.T) {
	a := newTestAdvisor(t)
	s, _ := run(a, Session{}, "start")
	_, r := run(a, s, "zxcvbnm")
	if r.Kind != KindQuestion || r.Question.Slot != SlotProgramming || !strings.Contains(r.Text, "e.g.") {
		t.Errorf("gibberish got %+v", r)
	}
}

func TestStepIsPure(t *testing.T) {
	a := newTestAdvisor(t)
	s, _ := run(a, Session{}, "some python", "no")
	before := s
	s1, r1 := a.Step(s, Input{Text: "mlops", Now: today})
	s2, r2 := a.Step(s, Input{Text: "mlops", Now: today})
	if r1.Text != r2.Text || !reflect.DeepEqual(s1, s2) || !reflect.DeepEqual(s, before) {
		t.Error("Step is not a pure function of its inputs")
	}
}

func FuzzStep(f *testing.F) {
	for _, s := range []string{"hi", "ask", "ask are certs free", "plan", "restart", "?", "/certpath help", "8", "cmd=plan"} {
		f.Add(s, "")
		f.Add("", s)
	}
	f.Add("", "hours=9999")
	a := newTestAdvisor(f)
	f.Fuzz(func(t *testing.T, text, choice string) {
		s, _ := run(a, Session{}, "some python")
		next, r := a.Step(s, Input{Text: text, Choice: choice, Now: today})
		if r.Text == "" {
			t.Fatalf("empty reply to %q/%q", text, choice)
		}
		if err := next.Profile.Validate(); err != nil {
			t.Fatalf("invalid profile after %q/%q: %v", text, choice, err)
		}
	})
}

func TestNeedsAdminAndCommandButtons(t *testing.T) {
	for in, want := range map[Input]bool{
		{Text: "group stats"}:         true,
		{Text: "/certpath groups"}:    true,
		{Choice: "cmd=group stats"}:   true,
		{Text: "group"}:               false,
		{Choice: "goal=mlops"}:        false,
		{Text: "are groups any good"}: false,
	} {
		if got := NeedsAdmin(in); got != want {
			t.Errorf("NeedsAdmin(%+v) = %v, want %v", in, got, want)
		}
	}
	a := newTestAdvisor(t)
	s, _ := a.Step(Session{}, Input{Choice: "cmd=help", Now: today})
	if s.Turns != 1 {
		t.Errorf("one click counted as %d turns", s.Turns)
	}
}

// TestUnansweredGuessStaysAHint: a learner who moves on without answering
// "Just to check: ..., right?" has not said no. The guess is kept as a
// hint, asked again when its slot comes up, and is what certpath assumes
// should that question run out of asks (dev6's Dutch and Greek learners,
// 2026-11-29).
func TestUnansweredGuessStaysAHint(t *testing.T) {
	a := newTestAdvisor(t)
	s := Session{Key: Key{Platform: "test", User: "nl"}}
	var r Reply
	for _, m := range []string{"hoi", "programmeren heb ik nooit gedaan"} {
		s, r = a.Step(s, Input{Text: m, Now: convNow})
	}
	if s.Pending == nil || s.Pending.Kind != PendingConfirm || s.Pending.Value != ProgrammingNone {
		t.Fatalf("want a yes/no about no programming, got pending %+v: %s", s.Pending, r.Text)
	}
	s, _ = a.Step(s, Input{Text: "ML: niks", Now: convNow})
	if s.Profile.ML != MLNone || s.Hints[SlotProgramming] != ProgrammingNone {
		t.Fatalf("ML %q, hints %v: want ML none and the programming guess kept", s.Profile.ML, s.Hints)
	}
	// The programming question runs out of asks: the guess is assumed.
	for i := 0; i < 20 && s.Profile.Programming == ""; i++ {
		s, r = a.Step(s, Input{Text: "hmm", Now: convNow})
	}
	if s.Profile.Programming != ProgrammingNone {
		t.Errorf("programming %q after the question ran out, want the guess %q (last reply %q)", s.Profile.Programming, ProgrammingNone, r.Text)
	}
}

// A question in the middle of the interview is read whole: "so if it ends
// up taking me like 5 months, what's the total bill" needs its 5 months
// (issue 13's numbers inside chatty text; before, only the question
// clause was read and the answer was "I can't answer that").
func TestQuestionMidInterviewKeepsItsNumbers(t *testing.T) {
	a := newTestAdvisor(t)
	_, r := run(a, Session{}, "so if it ends up taking me like 5 months, what's the total bill")
	if r.Answer == nil || !r.Answer.Answered || r.Answer.Topic != TopicComputedCost || !strings.Contains(r.Text, "$245–$395") {
		t.Errorf("reply %q: want the cost of 5 months", r.Text)
	}
	if !r.Resumes() {
		t.Errorf("the interview should resume after the answer: %+v", r.Question)
	}
}

// A course named after models in production is a course taken besides,
// not a correction: the ML level stays (dev18).
func TestCourseAfterProductionKeepsLevel(t *testing.T) {
	a := newTestAdvisor(t)
	s, _ := run(a, Session{}, "data engineer, spark/airflow/dbt, ~5 yrs")
	s, _ = a.Step(s, Input{Text: "i built the feature pipeline our fraud model reads from and i'm on call for its nightly batch scoring job", Now: convNow})
	if s.Profile.ML != MLProduction {
		t.Fatalf("ML %q, want production", s.Profile.ML)
	}
	s, _ = a.Step(s, Input{Text: "also did google's Production Machine Learning Systems on coursera last year, got the cert", Now: convNow})
	if s.Profile.ML != MLProduction || !slices.Contains(s.Profile.Completed, "production-ml-systems") {
		t.Errorf("ML %q, completed %v: want production kept and the course completed", s.Profile.ML, s.Profile.Completed)
	}
	// Said as a correction, it counts.
	s, _ = a.Step(s, Input{Text: "actually no, i only took an ML course, nothing in production", Now: convNow})
	if s.Profile.ML != MLCoursework {
		t.Errorf("after a correction: ML %q, want coursework", s.Profile.ML)
	}
}

// After the plan, "Actually scratch the 10 ... Make it 6" changes the
// hours (dev20).
func TestMakeItAfterPlan(t *testing.T) {
	a := newTestAdvisor(t)
	s, _ := run(a, Session{}, "some python, no ML, data scientist, 10 hours a week, free")
	if s.Profile.HoursPerWeek != 10 {
		t.Fatalf("hours %d, want 10", s.Profile.HoursPerWeek)
	}
	s, _ = a.Step(s, Input{Text: "Actually scratch the 10, I'm picking up bar shifts on weekends till Christmas. Make it 6.", Now: convNow})
	if s.Profile.HoursPerWeek != 6 {
		t.Errorf("hours %d after 'make it 6', want 6", s.Profile.HoursPerWeek)
	}
}

// "who are you?" and "how does this work?" ask for the help (a stranger's
// first message got "I can't answer that"), and "when can I start?" is
// answered from the plan.
func TestWhoAreYouAndWhenToStart(t *testing.T) {
	a := newTestAdvisor(t)
	for _, msg := range []string{"who are you?", "what is this bot", "how does this work?", "what is certpath", "what do you do?", "hii who made you? lol", "are you a bot?", "yo whats this bot do", "is this an AI?", "what does this thing do?", "is this a real person?"} {
		if _, r := run(a, Session{}, msg); r.Kind != KindHelp {
			t.Errorf("%q: kind %v, want help: %q", msg, r.Kind, r.Text)
		}
	}
	// Asked while the programming question is open: "yo r" is no R.
	if s, r := a.Step(Session{Asking: SlotProgramming}, Input{Text: "yo r u a bot", Now: convNow}); r.Kind != KindHelp || s.Profile.Programming != "" {
		t.Errorf("'yo r u a bot' to the programming question: kind %v, programming %q", r.Kind, s.Profile.Programming)
	}
	if _, r := run(a, Session{}, "what is this course about?"); r.Kind == KindHelp {
		t.Errorf("a question about a course got the help")
	}
	s, r := run(a, Session{}, "backend dev, built a few models, want MLOps, 10 hrs a week, company pays", "when can i start?")
	if !hasPlan(s) || !strings.Contains(r.Text, "your plan starts "+s.Plan.Start) {
		t.Errorf("when can I start: %q", r.Text)
	}
}

// Correcting an earlier answer while another question is open answers
// nothing new: the open question stays ("idk", then "well i did a python
// unit at TAFE last year" while the ML question is open; dev51).
func TestStepCorrectionKeepsTheOpenQuestion(t *testing.T) {
	a := newTestAdvisor(t)
	s, r := run(a, Session{}, "hi", "idk")
	if s.Profile.Programming != ProgrammingNone || r.Question == nil || r.Question.Slot != SlotML {
		t.Fatalf("after idk: profile %+v, question %+v", s.Profile, r.Question)
	}
	s, r = run(a, s, "well i did a python unit at TAFE last year, still use it a bit")
	if s.Profile.Programming != ProgrammingSome {
		t.Errorf("programming = %q, want the correction (some)", s.Profile.Programming)
	}
	if r.Question == nil || r.Question.Slot != SlotML {
		t.Errorf("after the correction the next question is %+v, want the ML question still", r.Question)
	}
	// New facts for another slot still move on from the open question.
	s, r = run(a, Session{}, "hi", "some python")
	if r.Question == nil || r.Question.Slot != SlotML {
		t.Fatalf("question = %+v, want ML", r.Question)
	}
	_, r = run(a, s, "about 6 hours a week")
	if r.Question == nil || r.Question.Slot == SlotML {
		t.Errorf("an answer to another question asked ML again at once: %+v", r.Question)
	}
}

// A "Did you mean" topic picked after the open question's third ask gets
// its answer and the interview goes on with what is assumed; before, the
// reply ended without a question and the conversation stalled (dev48).
func TestStepTopicPickedAfterThirdAskMovesOn(t *testing.T) {
	a := newTestAdvisor(t)
	s, _ := run(a, Session{}, "some python, no ML, 5 hours a week, free only")
	if s.Asking != SlotGoal {
		t.Fatalf("asking %q, want the goal", s.Asking)
	}
	s.Asked[SlotGoal] = maxAsks
	s.Pending = &Pending{Kind: PendingTopics, Options: []string{"worth-it", "free"}}
	next, r := a.Step(s, Input{Choice: "ask=worth-it", Now: today})
	if r.Answer == nil || !r.Answer.Answered {
		t.Fatalf("the picked topic was not answered: %+v", r)
	}
	if next.Plan == nil || !strings.Contains(r.Text, "I'll assume") {
		t.Errorf("no plan after the answer (goal %q): %q", next.Profile.Goal, r.Text)
	}
}

// After the plan (dev53): "and N hrs" without days or "more" is the new
// total, not more hours; a night shift named beside the amount is the
// work, not a study period per night.
func TestStepHoursChangedAfterThePlan(t *testing.T) {
	a := newTestAdvisor(t)
	for msg, want := range map[string]int{
		"and 6 hrs then":  6,
		"and 8 hrs not 5": 8,
		"nvm, they moved me to the night shift, only 6 hrs now": 6,
		"actually make it 10 hrs, night shifts are dead quiet":  10,
		"oh and sunday 2 hours":                                 5,
		"actually make it jan 4, that's a monday":               3,
		"make it 4": 4,
	} {
		s, _ := run(a, withPlan(t, a, "some python, no ML, data scientist, 3 hrs a week, free"), msg)
		if s.Profile.HoursPerWeek != want {
			t.Errorf("%q after 3 h/week: %d, want %d", msg, s.Profile.HoursPerWeek, want)
		}
	}
	// "perceber a IA" (understand AI) answers the goal question; it is
	// no question to answer from the FAQ (dev50).
	s, r := run(a, Session{}, "never coded, no ML", "perceber a IA")
	if r.Kind == KindAnswer || s.Pending == nil && s.Profile.Goal == "" {
		t.Errorf("goal reply read as a question: %q", r.Text)
	}
}

// What the question means and the answer in one message (dev54):
// "programming as in coding? no" is no programming; the question alone
// still gets what the question means.
func TestStepMeaningAndAnswerInOneMessage(t *testing.T) {
	a := newTestAdvisor(t)
	s, _ := run(a, Session{}, "hi", "programming as in coding? no")
	if s.Profile.Programming != ProgrammingNone {
		t.Errorf("programming = %q, want none", s.Profile.Programming)
	}
	_, r := run(a, Session{}, "hi", "programming as in coding?")
	if !strings.HasPrefix(r.Text, "By programming I mean") {
		t.Errorf("the question alone: %q", r.Text)
	}
}

// "assume free", "put me down as none", "go with 5": the value after the
// opener answers the open question, after a question or an "idk" too (a
// stranger, eleventh session, was asked the budget again).
func TestAssumedAnswers(t *testing.T) {
	a := newTestAdvisor(t)
	for _, c := range []struct {
		before []string
		msg    string
		slot   Slot
		want   string
	}{
		{[]string{"no coding", "no ml", "data scientist", "4"}, "can my school pay? idk, assume free", SlotBudget, BudgetFree},
		{nil, "put me down as none", SlotProgramming, ProgrammingNone},
		{[]string{"no coding", "no ml"}, "idk go with data scientist", SlotGoal, GoalDataScientist},
		{[]string{"no coding", "no ml", "data scientist"}, "assume 5", SlotHours, "5"},
	} {
		s, _ := run(a, Session{}, append([]string{"hi"}, c.before...)...)
		if s.Asking != c.slot {
			t.Fatalf("%v: asking %q, want %q", c.before, s.Asking, c.slot)
		}
		s, r := run(a, s, c.msg)
		if got := s.Profile.value(c.slot); got != c.want {
			t.Errorf("%q: %s = %q, want %q (%q)", c.msg, c.slot, got, c.want, r.Text)
		}
	}
}

// "i can do 4 now" after the plan changes the hours (a stranger, tenth
// and eleventh sessions, got "Did you mean").
func TestCanDoNowAfterThePlan(t *testing.T) {
	a := newTestAdvisor(t)
	for msg, want := range map[string]int{"i can do 4 now": 4, "ok so now i can only do 3": 3, "i have 6 hrs a week now": 6} {
		s, r := run(a, withPlan(t, a, "some python, no ML, data scientist, 5 hrs a week, free"), msg)
		if s.Profile.HoursPerWeek != want || s.Plan.Profile.HoursPerWeek != want {
			t.Errorf("%q: %d h/week, want %d (%q)", msg, s.Profile.HoursPerWeek, want, r.Text)
		}
	}
	if _, ok := canDoNow(tokenize("i can do step 4 now", nil)); ok {
		t.Error(`"i can do step 4 now" read as hours`)
	}
}

// "what's the difference?" to the goal question, or to "which fits best?"
// between two goals, explains the goals by the paths they lead to and
// keeps the same choice (a stranger, eleventh session, got "Sorry, I
// didn't catch that" and "I can't answer that").
func TestWhatsTheDifferenceBetweenGoals(t *testing.T) {
	a := newTestAdvisor(t)
	s, r := run(a, Session{}, "hi", "some python", "no ml", "whats the difference between the goals?")
	if s.Asking != SlotGoal || !strings.Contains(r.Text, "an ML engineer builds and ships models") {
		t.Errorf("goal question: asking %q, %q", s.Asking, r.Text)
	}
	s, _ = run(a, Session{}, "hi", "some python", "no ml", "id like to move into an ML role in pharma, maybe ML engineer or data scientist, not sure which tbh")
	if s.Pending == nil || s.Pending.Kind != PendingChoose {
		t.Fatalf("no choice between two goals: %+v", s.Pending)
	}
	s, r = run(a, s, "what's the difference?")
	if r.Question == nil || len(r.Question.Choices) != 2 || !strings.Contains(r.Text, "Production Machine Learning Systems") {
		t.Errorf("choice: %+v", r)
	}
	s, _ = run(a, s, "2")
	if s.Profile.Goal != GoalDataScientist {
		t.Errorf("picked 2: goal %q", s.Profile.Goal)
	}
}

// "can i start next month instead?" moves the start; "next" alone is no
// "what next?" (a stranger, eleventh session, was also given the plan as
// where to start). "what is the next one about?" describes the plan's
// next course (dev53).
func TestNextMonthIsNoNextStep(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "some python, no ML, data scientist, 5 hrs a week, free")
	s, r := run(a, s, "can i start next month instead?")
	if strings.Contains(r.Text, "Here is where to start") || s.Profile.Start == "" {
		t.Errorf("start %q, reply %q", s.Profile.Start, r.Text)
	}
	got := a.AskIn(s, "what is the next one about?")
	if !got.Answered || !strings.HasPrefix(got.Text, "Machine Learning: Regression") {
		t.Errorf("next one: %+v", got)
	}
	if f := a.nlu.understandFor("which cert is next for me?", "", today, false); !f.WhereToStart {
		t.Error(`"which cert is next for me?" is where to start`)
	}
}

// "yeah", "sounds good" after the plan close like "ok" (a stranger,
// twelfth session, got "I can't answer that").
func TestAgreementAfterPlan(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "some python, no ML, data scientist, 5 hrs a week, free")
	for _, msg := range []string{"yeah", "sounds good", "awesome", "yep"} {
		next, r := a.Step(s, Input{Text: msg, Now: convNow})
		if !strings.HasPrefix(r.Text, "Great. Ask me anything") || next.Profile.HoursPerWeek != 5 {
			t.Errorf("%q after the plan: %q", msg, r.Text)
		}
	}
}

// A few words that ask nothing after the plan close ("sweet thanks",
// "Hvala", "👍": dozens of tunable conversations ended on "I can't answer
// that"); a program's name or a question does not.
func TestClosingWordsAfterPlan(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "some python, no ML, data scientist, 5 hrs a week, free")
	for _, msg := range []string{"sweet thanks", "Hvala", "👍", "grand, thanks", "ok thanks lah"} {
		if _, r := a.Step(s, Input{Text: msg, Now: convNow}); !strings.HasPrefix(r.Text, "Glad to help.") {
			t.Errorf("%q after the plan: %q", msg, r.Text)
		}
	}
	for _, msg := range []string{"udemy", "what about udemy"} {
		if _, r := a.Step(s, Input{Text: msg, Now: convNow}); strings.HasPrefix(r.Text, "Glad to help.") {
			t.Errorf("%q read as a closing", msg)
		}
	}
}

// wantReply sends msg in session s and checks that the reply starts as
// given.
// wantSlot sends each message after s and checks what it leaves in slot.
func wantSlot(t *testing.T, a *Advisor, s Session, slot Slot, cases map[string]string) {
	t.Helper()
	for msg, want := range cases {
		if next, r := run(a, s, msg); next.Profile.value(slot) != want {
			t.Errorf("%q: %s %q, want %q (%q)", msg, slot, next.Profile.value(slot), want, r.Text)
		}
	}
}

func wantReply(t *testing.T, a *Advisor, s Session, msg, prefix string) {
	t.Helper()
	if _, r := a.Step(s, Input{Text: msg, Now: convNow}); !strings.HasPrefix(r.Text, prefix) {
		t.Errorf("%q: %q, want it to start with %q", msg, r.Text, prefix)
	}
}

// "i want to change my hours", "can you change the start date?" after
// the plan ask for the new value, and the answer re-plans (dev72: "Did
// you mean" costs, or "I can't answer that"); "change my budget" is not
// read as a budget.
func TestChangeRequestAfterPlan(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "some python, no ML, want to fill a gap in stats, 5 hrs a week, free")
	for msg, want := range map[string]struct {
		slot   Slot
		answer string
		check  func(Profile) bool
	}{
		"i want to change my hours":      {SlotHours, "8", func(p Profile) bool { return p.HoursPerWeek == 8 }},
		"can you change the start date?": {SlotStart, "2027-01-04", func(p Profile) bool { return p.Start == "2027-01-04" }},
		"change my goal":                 {SlotGoal, "data scientist", func(p Profile) bool { return p.Goal == GoalDataScientist }},
		"change my budget":               {SlotBudget, "i can pay now", func(p Profile) bool { return p.Budget == BudgetPaid }},
	} {
		next, r := run(a, s, msg)
		if r.Question == nil || r.Question.Slot != want.slot || !strings.HasPrefix(r.Text, "Sure") || !reflect.DeepEqual(next.Profile, s.Profile) {
			t.Errorf("%q: %q (question %+v), profile %+v", msg, r.Text, r.Question, next.Profile)
			continue
		}
		next, r = run(a, next, want.answer)
		if !want.check(next.Profile) || !strings.HasPrefix(r.Text, "Updated:") {
			t.Errorf("%q then %q: %q, profile %+v", msg, want.answer, r.Text, next.Profile)
		}
	}
}

// Said politely or loosely, a change after the plan is still a change:
// "can you make it data scientist instead?", "let's just do free"
// (dev72: declined, "Noted"); "can you make me a plan" still asks for one.
func TestLooseChangesAfterPlan(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "some python, no ML, want to fill a gap in stats, 5 hrs a week, my company pays")
	if next, r := run(a, s, "can you make it data scientist instead?"); next.Profile.Goal != GoalDataScientist {
		t.Errorf("make it: %q", r.Text)
	}
	if next, r := run(a, s, "i'd rather keep my skillsfuture credit for something else, let's just do free"); next.Profile.Budget != BudgetFree {
		t.Errorf("just do free: %q", r.Text)
	}
	if _, r := run(a, Session{}, "hi, can you make me a plan for ML certificates?"); !strings.HasPrefix(r.Text, "Hi!") {
		t.Errorf("a plan asked for: %q", r.Text)
	}
}

// "if i only have 3 hours?", Portuguese "E se eu só tiver 3 horas ...?"
// weigh a case: the plan at that pace beside the learner's, nothing
// changed (dev72 changed the hours).
func TestWhatIfInOtherWords(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "never coded, no ML, data scientist, 5 hours a week, free")
	for _, msg := range []string{"if i only have 3 hours?", "E se eu só tiver 3 horas na época da romaria?"} {
		next, r := run(a, s, msg)
		if next.Profile.HoursPerWeek != 5 || !strings.HasPrefix(r.Text, "At 3 h a week your plan would take") {
			t.Errorf("%q: %q, hours %d", msg, r.Text, next.Profile.HoursPerWeek)
		}
	}
	// Mid-interview a hedge is still the answer.
	next, _ := run(a, Session{}, "never coded, no ML, data scientist", "if i can, 5 hours a week?")
	if next.Profile.HoursPerWeek != 5 {
		t.Errorf("if i can, 5 hours: %d", next.Profile.HoursPerWeek)
	}
}

// "the keke owner increased the daily balance, I can only do 4 hours now"
// is 4 hours a week: "daily" says what the balance is (dev72 read 28).
func TestDailyDescribesSomethingElse(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "some python, no ML, ML engineer, 8 hours a week, financial aid")
	next, r := run(a, s, "Actually the keke owner increased the daily balance, I can only do 4 hours now")
	if next.Profile.HoursPerWeek != 4 {
		t.Errorf("%q: %d h", r.Text, next.Profile.HoursPerWeek)
	}
}

// "so from now 6 hours a week is possible" says when the hours apply,
// not a start date (dev72 pinned the plan to today).
func TestFromNowIsNoStartDate(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "some python, no ML, data scientist, 3 hrs a week, free")
	next, r := run(a, s, "so from now 6 hours a week is possible")
	if next.Profile.HoursPerWeek != 6 || next.Profile.Start != "" {
		t.Errorf("%q: hours %d, start %q", r.Text, next.Profile.HoursPerWeek, next.Profile.Start)
	}
}

// The weekly check-in answered in the learner's words after the plan
// ("im a bit behind lol" got "Noted"), and a pause asked for (it got a
// course's duration): the plan re-dated, or how to re-date it.
func TestCheckInAndPauseInWords(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "some python, no ML, ML engineer, 6 hrs a week, company pays")
	for msg, want := range map[string]string{
		"im a bit behind lol":                      "No problem: I've moved the rest of your plan",
		"i am behind on classification, had exams": "No problem: I've moved the rest of your plan",
		"all good, on track so far":                "Great",
		"can i pause for 2 weeks?":                 `Yes: your plan waits for you (whether a Coursera subscription can be paused, the guide doesn't say; check on Coursera). Tell me when you'll pick it up again, e.g. "start 2026-12-14"`,
		"i need a break for a month, new baby":     "OK: your plan waits for you",
		// A month says when: from December, or until February (a
		// stranger's "in december" was dated from today).
		"can i pause for 2 weeks in december?": `Yes: your plan waits for you (whether a Coursera subscription can be paused, the guide doesn't say; check on Coursera). Tell me when you'll pick it up again, e.g. "start 2026-12-21"`,
		"need to pause till february":          "OK: your plan waits. Updated: starting 2027-02-01. Here is your new plan.",
		"can i take a break in january?":       `Yes: your plan waits for you (whether a Coursera subscription can be paused, the guide doesn't say; check on Coursera). Tell me when you'll pick it up again, e.g. "start 2027-02-01"`,
	} {
		wantReply(t, a, s, msg, want)
	}
	if _, r := run(a, s, "what's the math behind the regression course?"); strings.HasPrefix(r.Text, "No problem: I've moved") {
		t.Errorf("a question with 'behind' read as a check-in: %q", r.Text)
	}
}

// "why this order?" is the reasons for the order (it was "Did you mean",
// cold "order" leaning to another domain's purchases); "why is my order
// late" is not this domain's.
func TestWhyThisOrder(t *testing.T) {
	a := newTestAdvisor(t)
	if got := a.Ask("why this order?"); !got.Answered || got.Topic != "order" {
		t.Errorf("cold: %+v", got)
	}
	s := withPlan(t, a, "some python, no ML, ML engineer, 6 hrs a week, company pays")
	wantReply(t, a, s, "whats the idea behind the order?", "If you're starting from zero")
	if got := a.Ask("why is my order late"); got.Answered {
		t.Errorf("a purchase: %+v", got)
	}
}

// A course finished, reported the way people report it in chat after the
// plan (dev73: a course's duration, "matches more than one step", "I
// couldn't find ..."), and a return date after a pause (dev73: "1 march"
// read as 1 hour, or "Noted").
func TestReportsInChatWords(t *testing.T) {
	a := newTestAdvisor(t)
	lit := withPlan(t, a, "never coded, no ML, just want to understand AI for work, 3 hrs a week, free")
	ds := withPlan(t, a, "some python, no ML, data scientist, 6 hrs a week, free")
	for _, tt := range []struct {
		s    Session
		msg  string
		done []string
	}{
		{lit, "ok first course done! ML for all ✅", []string{"ml-for-all"}},
		{lit, "ok done with it finally 🎉", []string{"ml-for-all"}},
		{lit, "I finish the first course now, Machine Learning for All", []string{"ml-for-all"}},
		{ds, "finished regression ✅ and classification ✅ over the holidays, i was on leave", []string{"ml-regression", "ml-classification"}},
		{ds, "done with regression ✅ and half of classification", []string{"ml-regression"}},
		{ds, "ok regression fertig, endlich 💪", []string{"ml-regression"}},
		{lit, "done ML for all ✅ on to regression", []string{"ml-for-all"}},
		{ds, "not done with regression yet", nil},
		{ds, "when i finish regression what next", nil},
	} {
		next, r := run(a, tt.s, tt.msg)
		var got []string
		if next.Progress != nil {
			for _, f := range next.Progress.Done {
				got = append(got, f.Course)
			}
		}
		if !slices.Equal(got, tt.done) {
			t.Errorf("%q: done %v, want %v (%q)", tt.msg, got, tt.done, r.Text)
		}
	}
	for msg, want := range map[string]string{
		"can i restart on january 18?":   "2027-01-18",
		"need to pause, back on 1 march": "2027-03-01",
		"gotta pause, back march 1":      "2027-03-01",
	} {
		next, r := run(a, ds, msg)
		if next.Profile.Start != want || next.Profile.HoursPerWeek != 6 {
			t.Errorf("%q: start %q, hours %d (%q)", msg, next.Profile.Start, next.Profile.HoursPerWeek, r.Text)
		}
	}
	if next, _ := run(a, ds, "i'll be back at work on jan 4 so less time"); next.Profile.Start != "" {
		t.Errorf("back at work read as a start: %q", next.Profile.Start)
	}
}

// The goal turned down in a comparison is not the goal: "data scientist
// suits me more than ml engineer" (dev73 kept the ML engineer); "Never
// programming." said without a verb is no programming (dev73 asked).
func TestComparedGoalsAndBareNever(t *testing.T) {
	a := newTestAdvisor(t)
	for msg, want := range map[string]string{
		"hmm actually thinking data scientist suits me more than ml engineer": GoalDataScientist,
		"data science rather than ml engineering":                             GoalDataScientist,
		"i prefer mlops over ml engineer":                                     GoalMLOps,
		"ml engineer over the next two years":                                 GoalMLEngineer,
	} {
		f := a.nlu.understand(msg, "", convNow)
		if got, ok := f.Fact(SlotGoal); !ok || got.Value != want {
			t.Errorf("%q: goal %+v, want %s", msg, got, want)
		}
	}
	s, _ := run(a, Session{}, "Hello all. I am a painter of Korhogo cloth. Never programming. ML I don't know.")
	if s.Profile.Programming != ProgrammingNone || s.Profile.ML != MLNone {
		t.Errorf("never programming: %+v", s.Profile)
	}
}

// After the plan: "what is the next course for me?", "Next is
// classification, yes?", "what comes after classification for me?" are
// answered from the plan (dev73: "Did you mean", the guide's order from
// zero); "chu en retard sur regression" is behind (it got "Glad to help").
func TestNextInThePlan(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "some python, no ML, data scientist, 6 hrs a week, free")
	wantReply(t, a, s, "What is the next course for me?", "Next in your plan is Machine Learning: Regression")
	wantReply(t, a, s, "Next is classification, yes?", "Not yet: next in your plan is Machine Learning: Regression")
	wantReply(t, a, s, "what comes after classification for me?", "In your plan Structuring Machine Learning Projects comes after Machine Learning: Classification")
	wantReply(t, a, s, "chu en retard sur regression", "No problem: I've moved the rest of your plan")
	// A stranger's "whats next for me" got the whole plan again.
	wantReply(t, a, s, "whats next for me", "Next in your plan is Machine Learning: Regression")
	wantReply(t, a, s, "ok now what", "Next in your plan is Machine Learning: Regression")
}

// "i finished my shift" after the plan is the learner's day, not a step
// (a stranger got 'I couldn't find "my shift" in your plan'); what
// follows it is read as usual; "can i change my hours to 5?" changes them
// (it got "Did you mean").
func TestDoneWithTheirDay(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "some python, no ML, data scientist, 6 hrs a week, free")
	for _, msg := range []string{"i finished my shift", "done for today lol", "finished with work"} {
		next, r := run(a, s, msg)
		if !strings.HasPrefix(r.Text, "Nice. When you finish a step of your plan") || next.Progress != nil && len(next.Progress.Done) > 0 {
			t.Errorf("%q: %q, progress %+v", msg, r.Text, next.Progress)
		}
	}
	if next, r := run(a, s, "ok finished my shift, can i change my budget?"); r.Question == nil || r.Question.Slot != SlotBudget || next.Progress != nil && len(next.Progress.Done) > 0 {
		t.Errorf("shift then budget: %q", r.Text)
	}
	if next, r := run(a, s, "can i change my hours to 5?"); next.Profile.HoursPerWeek != 5 || !strings.HasPrefix(r.Text, "Updated: 5 h/week.") {
		t.Errorf("can i change my hours to 5: %d h, %q", next.Profile.HoursPerWeek, r.Text)
	}
	if next, _ := run(a, s, "finished my first course!"); next.Progress == nil || len(next.Progress.Done) != 1 {
		t.Errorf("finished my first course: not marked done")
	}
}

// "starting the first one tonight" after a plan that starts today changes
// nothing and says so (dev73 pinned the start to today); "can i start
// today?" is answered (it got "Did you mean").
func TestStartingToday(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "never coded, no ML, just want to understand AI for work, 3 hrs a week, free")
	next, r := run(a, s, "sharp, starting the first one tonight")
	if next.Profile.Start != "" || !strings.HasPrefix(r.Text, "Good luck! Your plan already starts today: Machine Learning for All first.") {
		t.Errorf("tonight: start %q, %q", next.Profile.Start, r.Text)
	}
	if next, _ := run(a, s, "aid came through 🙌 starting it this week"); next.Profile.Start != "" {
		t.Errorf("this week: start %q", next.Profile.Start)
	}
	wantReply(t, a, s, "can i start today?", "Yes: your plan already starts today, with Machine Learning for All.")
	later, _ := run(a, s, "start on jan 4")
	if next, _ := run(a, later, "actually i can start today"); next.Profile.Start != today.Format(DateLayout) {
		t.Errorf("start today after jan 4: %q", next.Profile.Start)
	}
}

// "is 2 hours a week enough?" is taken as 2 h and answered; "Ok 3 then"
// next revises the hours, it does not answer the budget question now open
// (dev72 read it as free).
func TestHoursRevisedAfterAsking(t *testing.T) {
	a := newTestAdvisor(t)
	s, _ := run(a, Session{}, "some python, no ML, data scientist", "is 2 hours a week enough?")
	next, r := run(a, s, "Ok 3 then")
	if next.Profile.HoursPerWeek != 3 || next.Profile.Budget != "" || !strings.HasPrefix(r.Text, "Got it: 3 h/week.") {
		t.Errorf("%q: hours %d, budget %q", r.Text, next.Profile.HoursPerWeek, next.Profile.Budget)
	}
	s, _ = run(a, Session{}, "some python, no ML, data scientist", "about 2 hours a week")
	if next, _ := run(a, s, "ok 3 then"); next.Profile.HoursPerWeek != 2 {
		t.Errorf("hours said outright were revised by a reply to the budget: %d", next.Profile.HoursPerWeek)
	}
}

// "I have more time from January, 8 hours a week" after the plan is when
// the hours change, not a new start (dev69 moved the plan to January);
// "from jan 4, 5 hrs a week" still starts on the 4th.
func TestMoreTimeFromADate(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "never coded, no ML, data scientist, 5 hrs a week, aid")
	for _, msg := range []string{"Also I have more time from January, 8 hours a week. Can you plan with 8?", "cheers! it's summer break for me from next week so 8 hrs a week"} {
		next, r := run(a, s, msg)
		if next.Profile.HoursPerWeek != 8 || next.Profile.Start != "" {
			t.Errorf("%q: hours %d, start %q (%q)", msg, next.Profile.HoursPerWeek, next.Profile.Start, r.Text)
		}
	}
	next, _ := run(a, s, "from jan 4, 5 hrs a week")
	if next.Profile.Start != "2027-01-04" {
		t.Errorf("from jan 4: start %q", next.Profile.Start)
	}
}

// Money is never hours: "4-6 hrs a week, and $50 a month is fine" is 5 h
// (dev74 planned 50), and "£50 total, that's my limit" answering the
// budget keeps the hours and pays.
func TestMoneyIsNotHours(t *testing.T) {
	a := newTestAdvisor(t)
	s, _ := run(a, Session{}, "i write python daily, did half of kaggle's intro to ML, mlops i think. 4-6 hrs a week, and $50 a month is fine, i'll pay myself.")
	if s.Profile.HoursPerWeek != 5 || s.Profile.Budget != BudgetPaid {
		t.Errorf("$50 a month: %+v", s.Profile)
	}
	s, _ = run(a, Session{}, "some python, no ML, data scientist, 4 hours a week")
	next, r := run(a, s, "£50 total, that's my limit")
	if next.Profile.HoursPerWeek != 4 || next.Profile.Budget != BudgetPaid {
		t.Errorf("£50 total: %+v (%q)", next.Profile, r.Text)
	}
}

// The second option of a question is not a fact: "is the certificate
// actually worth anything or should i just learn from youtube?" is no ML
// coursework (dev74); "N$0 budget honestly, free please" is free, not a
// choice between paying and free (dev74: "$0 budget" read as an amount).
func TestOptionsAndZeroAmounts(t *testing.T) {
	a := newTestAdvisor(t)
	s, _ := run(a, Session{}, "hey")
	next, r := run(a, s, "is the certificate actually worth anything or should i just learn from youtube?")
	if next.Profile.ML != "" || strings.HasPrefix(r.Text, "Got it") {
		t.Errorf("an option read as a fact: ml %q, %q", next.Profile.ML, r.Text)
	}
	s, _ = run(a, Session{}, "some python, no ML, data scientist, 4 hours a week")
	if next, r := run(a, s, "N$0 budget honestly, free please"); next.Profile.Budget != BudgetFree {
		t.Errorf("$0 budget: %q (%q)", next.Profile.Budget, r.Text)
	}
}

// Machine Learning for All just finished on a literacy plan is not "a
// course you already know" (dev74's plan said it would repeat what they
// know), and one week or one step is said in the singular.
func TestFinishedLiteracyCourse(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "never coded, no ML, just want to understand AI for work, 3 hrs a week, free")
	_, r := run(a, s, "I finish Machine Learning for All 🙂")
	if !strings.HasPrefix(r.Text, "Well done: Machine Learning for All is finished.") || strings.Contains(r.Text, "would repeat what you know") {
		t.Errorf("%q", r.Text)
	}
	p := &Plan{TotalHours: 5, TotalWeeks: 1, Start: "2026-11-30", End: "2026-12-06", Profile: Profile{HoursPerWeek: 5}, Steps: []Step{{Course: "portfolio-project", Title: "Portfolio project", Hours: 5, Weeks: 1}}}
	if got := FormatPlan(p); !strings.Contains(got, "over 1 week,") {
		t.Errorf("one week: %q", got)
	}
}

// "how long is the production one?" after the plan says the guide's hours
// and the step's place in their plan (a stranger got the hours only).
func TestCourseDurationInThePlan(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "backend dev, built models, mlops, 8 hrs a week, work pays")
	_, r := run(a, s, "how long is the production one?")
	if !strings.HasPrefix(r.Text, "Production Machine Learning Systems takes about 20–40 hours") || !strings.Contains(r.Text, "In your plan: 30 h over 4 weeks at your 8 h a week") {
		t.Errorf("%q", r.Text)
	}
	if got := a.Ask("how long is the production one?"); strings.Contains(got.Text, "In your plan") {
		t.Errorf("cold: %q", got.Text)
	}
}

// "8 hrs, work pays" in a list of facts is 8 hours and an employer paying
// (a stranger's hours were read as a working day's and asked again);
// "8 hrs work" alone still is the working day.
func TestHoursBeforeTheNextItem(t *testing.T) {
	a := newTestAdvisor(t)
	s, _ := run(a, Session{}, "backend dev, built models, mlops, 8 hrs, work pays")
	if s.Profile.HoursPerWeek != 8 || s.Profile.Budget != BudgetPaid {
		t.Errorf("8 hrs, work pays: %+v", s.Profile)
	}
	if s, _ := run(a, Session{}, "backend dev, built models, mlops, 8 hrs work every day, company pays"); s.Profile.HoursPerWeek == 8 {
		t.Errorf("8 hrs work every day read as study time: %+v", s.Profile)
	}
}

// A change offered after the plan ("At 10 h a week ... To switch, say
// ...") is taken by a short yes ("ok do 10", "yes please"; a stranger got
// "Glad to help"), only on the next turn, and not by "ok thanks".
func TestOfferTakenByAShortYes(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "some python, no ml, ml engineer, 7 hrs, company pays")
	s, r := run(a, s, "what if i bump it to 10 hrs?")
	if s.Offer != "actually 10 hours a week" {
		t.Fatalf("offer %q after %q", s.Offer, r.Text)
	}
	for _, yes := range []string{"ok do 10", "yes please", "ok lets do that", "10 then", "switch"} {
		if next, r := run(a, s, yes); next.Profile.HoursPerWeek != 10 || next.Offer != "" {
			t.Errorf("%q: %d h, offer %q: %q", yes, next.Profile.HoursPerWeek, next.Offer, r.Text)
		}
	}
	for _, no := range []string{"ok thanks", "ok", "nah keep 7", "do 10 hours cost more?"} {
		if next, _ := run(a, s, no); next.Profile.HoursPerWeek != 7 {
			t.Errorf("%q took the offer", no)
		}
	}
	// Hours in a question weighing a case are the case, offered (they
	// re-made the plan); asked for, they change it.
	for _, q := range []string{"does 10 hours cost more?", "is 3h a week enough?"} {
		if next, r := run(a, s, q); next.Profile.HoursPerWeek != 7 || !strings.HasPrefix(r.Text, "At ") || next.Offer == "" {
			t.Errorf("%q: %d h, %q", q, next.Profile.HoursPerWeek, r.Text)
		}
	}
	if next, _ := run(a, s, "Also I have more time from January, 8 hours a week. Can you plan with 8?"); next.Profile.HoursPerWeek != 8 {
		t.Errorf("can you plan with 8: %d h", next.Profile.HoursPerWeek)
	}
	if next, _ := run(a, s, "ok thanks", "ok do 10"); next.Profile.HoursPerWeek != 7 {
		t.Errorf("the offer outlived the turn after it")
	}
	free := withPlan(t, a, "some python, no ml, ml engineer, 7 hrs, free")
	if next, _ := run(a, free, "what if i paid?", "yes please"); next.Profile.Budget != BudgetPaid {
		t.Errorf("paying offered, yes please: %+v", next.Profile)
	}
	// The offer survives the store's compact form.
	data, err := a.EncodeSession(s)
	if err != nil {
		t.Fatal(err)
	}
	if back, err := a.DecodeSession(data); err != nil || back.Offer != s.Offer {
		t.Errorf("stored and loaded, the offer is %q (%v)", back.Offer, err)
	}
}

// "when would i be done?", "whens my end date" after the plan are its end
// (a stranger got "Did you mean"); "all three" counts the courses.
func TestWhenDone(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "some python, no ml, ml engineer, 7 hrs, company pays")
	for _, msg := range []string{"when would i be done?", "whens my end date", "so when will i be done roughly?"} {
		wantReply(t, a, s, msg, "Your plan: 170 hours over 28 weeks at 7 h a week")
	}
	if _, r := run(a, Session{}, "no coding, no ML, 3 hrs a week", "when would i be done with all three?"); !strings.Contains(r.Text, "3 courses take 60–120 h") {
		t.Errorf("all three: %q", r.Text)
	}
}

// "what's the difference between auditing and aid tho?" (a stranger got
// "Did you mean" free / aid): how they differ, then the free-audit answer.
func TestAuditVersusAid(t *testing.T) {
	a := newTestAdvisor(t)
	for _, q := range []string{"what's the difference between auditing and aid tho?", "audit vs financial aid?", "should i audit or apply for aid?"} {
		if got := a.Ask(q); !got.Answered || got.Topic != "free" || !strings.HasPrefix(got.Text, "They differ in the certificate: auditing gives you the lectures") {
			t.Errorf("%q: %+v", q, got)
		}
	}
	if got := a.Ask("how does financial aid work?"); got.Topic != "financial-aid" {
		t.Errorf("aid alone: %+v", got)
	}
}
