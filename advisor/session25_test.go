package advisor

import (
	"strings"
	"testing"
)

// A role said beside a career change is where they are going, also when
// it answers the ML question ("data science, change career, probably"
// read built models and a developer's living; dev110).
func TestSession25CareerChangeRole(t *testing.T) {
	checkFacts(t, []answerCase{
		{SlotML, "data science, change career, probably", SlotGoal, GoalDataScientist},
		{SlotML, "data science, change career, probably", SlotML, ""},
		{SlotML, "data science, change career, probably", SlotProgramming, ""},
	})
}

// Understanding as a purpose ("so understand the basics") is the goal,
// not ML they know now (dev112 read ML coursework).
func TestSession25UnderstandAsPurpose(t *testing.T) {
	checkFacts(t, []answerCase{
		{SlotGoal, "I'd like to help my grandson with his AI project for school, so understand the basics", SlotML, ""},
		{SlotGoal, "I'd like to help my grandson with his AI project for school, so understand the basics", SlotGoal, GoalLiteracy},
		// Knowing them now is still coursework.
		{SlotML, "i understand the basics", SlotML, MLCoursework},
	})
}

// A goal weighed and turned down ("maybe later data science but nah")
// gives way to the one kept (dev110 read data scientist).
func TestSession25TurnedDown(t *testing.T) {
	checkFacts(t, []answerCase{
		{SlotGoal, "mostly i want to understand AI, the tourists keep asking if my designs are AI lol. maybe later data science but nah, understanding is the main thing", SlotGoal, GoalLiteracy},
		// "no" with more after it is no turning down.
		{SlotGoal, "data science but no money, so free", SlotGoal, GoalDataScientist},
	})
}

// What a wished role does ("one of the people who keep models running in
// prod") is no ML of their own (dev110 read production).
func TestSession25WishedRoleDoes(t *testing.T) {
	checkFacts(t, []answerCase{
		{SlotGoal, "i think i'd like to be one of the people who keep models running in prod? MLOps is the word i think", SlotML, ""},
		{SlotGoal, "i think i'd like to be one of the people who keep models running in prod? MLOps is the word i think", SlotGoal, GoalMLOps},
		{SlotML, "I keep models running in prod at work", SlotML, MLProduction},
	})
}

// Serbian and Slovene as typed in a chat (dev112): "oću da radim kao data
// scientist" answering the ML question is the goal, not built models;
// "rad bi razmel umetno inteligenco" is understanding AI.
func TestSession25SerbianSlovene(t *testing.T) {
	checkFacts(t, []answerCase{
		{SlotML, "oću da radim kao data scientist", SlotML, ""},
		{SlotML, "oću da radim kao data scientist", SlotGoal, GoalDataScientist},
		{SlotML, "ML isto ništa", SlotML, MLNone},
		{SlotProgramming, "programiranje nemam, nikad", SlotProgramming, ProgrammingNone},
		{SlotGoal, "rad bi razmel umetno inteligenco, vnuki so me navdušili", SlotGoal, GoalLiteracy},
	})
}

// dev111: reading code is not writing it ("I can read SQL but I don't
// write it"); a model the bank uses every day is in production; a
// master's in ML is the research track.
func TestSession25AdjacentExperience(t *testing.T) {
	checkFacts(t, []answerCase{
		{SlotProgramming, "I can read SQL but I don't write it, the data team sends me the queries", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "i write SQL every day", SlotProgramming, ProgrammingSome},
		{SlotML, "I built the gradient boosting credit model the bank uses every day for approvals", SlotML, MLProduction},
		{SlotML, "I built a churn model, nobody uses it", SlotML, MLBuiltModels},
		{SlotGoal, "quiero hacer una maestría en ML", SlotGoal, GoalResearch},
	})
}

// "which one should i do first, regression or classification" names the
// two courses in a clause of their own and gets their order, not the
// whole path (a stranger, twenty-fifth session).
func TestSession25WhichOfTwoFirst(t *testing.T) {
	a := newTestAdvisor(t)
	for _, q := range []string{"which one should i do first, regression or classification", "regression or classification, which first?"} {
		if ans := a.Ask(q); !ans.Answered || !strings.HasPrefix(ans.Text, "The guide's order puts Machine Learning: Regression before Machine Learning: Classification") {
			t.Errorf("%q: %q", q, ans.Text)
		}
	}
}

// dev113, dev114: "so none" after videos and "no course" is none; "not
// programming" asked about programming is none, not the literacy goal;
// "more or less none" is none; "make it 4 not 8" is 4; a master's "по ML"
// is research.
func TestSession25SteeringAndConfirming(t *testing.T) {
	checkFacts(t, []answerCase{
		{SlotML, "not exactly. i watched videos but no course, so none", SlotML, MLNone},
		{SlotML, "ML: none. ok i watched a few youtube videos but no course", SlotML, MLNone},
		{SlotML, "i watched a few youtube videos on ML", SlotML, MLCoursework},
		{SlotProgramming, "ноль, не программирую", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "ноль, не программирую", SlotGoal, ""},
		{SlotProgramming, "coding more or less none", SlotProgramming, ProgrammingNone},
		{SlotHours, "make it 4 not 8", SlotHours, "4"},
		{SlotHours, "make it 4 hours not 8", SlotHours, "4"},
		{SlotGoal, "цель: магистратура по ML", SlotGoal, GoalResearch},
	})
	a := newTestAdvisor(t)
	s, _ := run(a, Session{}, "some python, no ML, data scientist, 8 hours a week, free")
	if s.Profile.HoursPerWeek != 8 {
		t.Fatalf("hours %d, want 8", s.Profile.HoursPerWeek)
	}
	if s, r := run(a, s, "make it 4 not 8"); s.Profile.HoursPerWeek != 4 {
		t.Errorf("after 'make it 4 not 8': hours %d, reply %q", s.Profile.HoursPerWeek, r.Text)
	}
	if s, r := run(a, s, "4, not 8"); s.Profile.HoursPerWeek != 4 {
		t.Errorf("after '4, not 8': hours %d, reply %q", s.Profile.HoursPerWeek, r.Text)
	}
}

// dev115: start dates said the way people say them.
func TestSession25StartDates(t *testing.T) {
	checkFacts(t, []answerCase{
		{"", "from the 14th i'm free to start", SlotStart, "2026-12-14"},
		{"", "i'll start mid january when the kids are back at school, the 18th", SlotStart, "2027-01-18"},
		{"", "i start a new job in feb so march it is, march 1", SlotStart, "2027-03-01"},
		{"", "harvest runs into feb so not before february, say feb 1", SlotStart, "2027-02-01"},
		{"", "once my exams end in may i'm all in, last one's may 28 so june 1", SlotStart, "2027-06-01"},
		// No month, no start; a grade is no date.
		{"", "payday is the 15th so i can pay then", SlotStart, ""},
		{"", "intro to Python so far (3.8 GPA, not bragging)", SlotStart, ""},
		{"", "first week of jan, say the 4th", SlotStart, "2027-01-04"},
	})
}

// A month of subscription they can do is paying, with a cap (dev116).
func TestSession25OneMonth(t *testing.T) {
	checkFacts(t, []answerCase{
		{SlotBudget, "can do one month of subscription, no more than that", SlotBudget, BudgetPaid},
		{SlotBudget, "i can afford two months", SlotBudget, BudgetPaid},
		{SlotHours, "could do a month of evenings, then less", SlotBudget, ""},
	})
}
