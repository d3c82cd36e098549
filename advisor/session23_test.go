package advisor

import (
	"strings"
	"testing"
)

// Languages after a "programming:" label answer it as they answer the
// question (dev97: "programming: R, used it for my honours ..." read
// nothing); a language used as the label ("python/scala, 5 yrs") is not
// read as some, and a job said later still wins.
func TestSession23LabelledLanguages(t *testing.T) {
	checkFacts(t, []answerCase{
		{"", "programming: R, used it for my honours and still use it most weeks for the bat surveys. ML: built a random forest", SlotProgramming, ProgrammingSome},
		{"", "programming: python and sql. ml none", SlotProgramming, ProgrammingSome},
		{"", "programming: python, i'm a backend dev", SlotProgramming, ProgrammingProfessional},
		{"", "programming: python, i'm a data engineer", SlotProgramming, ProgrammingProfessional},
		{SlotGoal, "python/scala, 5 yrs", SlotProgramming, ""},
	})
}

// Doubt negates a role ("I don't think I need to be a data scientist",
// dev97 read the data scientist as the goal), and so does not needing it;
// "can I just learn to understand it instead?" is the literacy goal.
func TestSession23DoubtNegatesTheRole(t *testing.T) {
	checkFacts(t, []answerCase{
		{"", "I don't need to be a data scientist", SlotGoal, ""},
		{"", "i dont think i want to be a data scientist", SlotGoal, ""},
		{"", "honestly can I just learn to understand it instead? I don't think I need to be a data scientist", SlotGoal, GoalLiteracy},
		{"", "i think i want to be a data scientist", SlotGoal, GoalDataScientist},
	})
	a := newTestAdvisor(t)
	s, _ := run(a, Session{}, "No programming, only excel. ML none. Goal: data scientist. 5 hrs a week. Financial aid please")
	s, r := run(a, s, "wow that's a lot of courses and months. honestly can I just learn to understand it instead? I don't think I need to be a data scientist, I'll stay where I am")
	if s.Profile.Goal != GoalLiteracy || !strings.HasPrefix(r.Text, "Updated: goal: ML literacy") {
		t.Errorf("goal %q: %q", s.Profile.Goal, r.Text)
	}
}

// A pseudo-cleft says what the plain wish says: "what i really want is to
// predict how many loaves to bake" (dev97 read no goal, and took it for a
// question), "What I want is to predict our service call volume" (dev21
// asked a yes/no question about it).
func TestSession23WhatIWantIs(t *testing.T) {
	checkFacts(t, []answerCase{
		{"", "hmm actually thinking about it, what i really want is to predict how many loaves to bake each day, we bin loads. change it to that", SlotGoal, GoalFillGap},
		{"", "What I want is to predict our service call volume a couple of weeks out so I can staff the trucks better", SlotGoal, GoalFillGap},
		{"", "what i want is data science", SlotGoal, GoalDataScientist},
	})
	n := testNLU(t)
	if f := n.understand("what i really want is to predict how many loaves to bake each day", "", convNow); len(f.Asks) != 0 {
		t.Errorf("read as a question: %q", f.Asks)
	}
	a := newTestAdvisor(t)
	s, _ := run(a, Session{}, "baker, programming none. ML none. goal: understand AI, staying at the bakery. 3 hrs a week. free")
	s, r := run(a, s, "hmm actually thinking about it, what i really want is to predict how many loaves to bake each day, we bin loads. change it to that")
	if s.Profile.Goal != GoalFillGap || !strings.HasPrefix(r.Text, "Updated: goal: fill a gap") {
		t.Errorf("goal %q: %q", s.Profile.Goal, r.Text)
	}
}

// "that's not coding right?" after the answer is a question about the
// interview's question, not one for the FAQ: the answer around it stands
// (dev96: "I can't answer that", then some programming assumed).
func TestSession23TagQuestionOnTheAnswer(t *testing.T) {
	a := newTestAdvisor(t)
	s, _ := run(a, Session{}, "hey all", "i own a kayak tour outfit in munising")
	s, r := run(a, s, "none. i mean i built our website on squarespace, that's not coding right? so none")
	if s.Profile.Programming != ProgrammingNone || strings.Contains(r.Text, "can't answer") {
		t.Errorf("programming %q: %q", s.Profile.Programming, r.Text)
	}
}

// Terse learners (dev98): "self-funded" pays, "py" is Python, and glossed
// copulas and negations keep "not a developer" some programming.
func TestSession23TerseAndGlossed(t *testing.T) {
	checkFacts(t, []answerCase{
		{SlotBudget, "self-funded", SlotBudget, BudgetPaid},
		{"", "py at work, no ml, mlops, 5h/wk, self-funded", SlotBudget, BudgetPaid},
		{"", "i will self fund it", SlotBudget, BudgetPaid},
		{"", "py at work, no ml, mlops, 5h/wk, self-funded", SlotProgramming, ProgrammingSome},
		{SlotProgramming, "py a lil", SlotProgramming, ProgrammingSome},
		{SlotProgramming, "code: thoda python, har hafta land record bar, developer nai aaon", SlotProgramming, ProgrammingSome},
		{SlotProgramming, "A little Python, I use it every week for the mill records. Me nnyɛ programmer", SlotProgramming, ProgrammingSome},
		{SlotML, "data scientist thiyann chahiyan tho", SlotGoal, GoalDataScientist},
		{SlotML, "data scientist thiyann chahiyan tho", SlotML, ""},
	})
}

// A choice of two amounts settled by one of them at the end of the
// message (dev96: "3 ato 4 jam saminggu... 3 jo" read 4, "3 u 4 horas a
// la semana, 3" read 7); a number that counts something else does not
// settle it.
func TestSession23SettledChoiceOfHours(t *testing.T) {
	checkFacts(t, []answerCase{
		{SlotHours, "3 or 4 hrs a week... 3 really", SlotHours, "3"},
		{SlotHours, "3 or 4 hours a week. 3", SlotHours, "3"},
		{SlotHours, "3 ato 4 jam saminggu... 3 jo", SlotHours, "3"},
		{SlotHours, "3 u 4 horas a la semana, 3", SlotHours, "3"},
		{SlotHours, "3 o 4 horas a la semana... 3", SlotHours, "3"},
		{SlotHours, "5 horas a la semana", SlotHours, "5"},
		{SlotHours, "3 or 4 hrs a week, 2 kids tho", SlotHours, "4"},
		{SlotHours, "2 or 3 hours a day, 5 days", SlotHours, "13"},
	})
}

// An option picked by its number with words after it, or by its place
// (dev99: "1, i just want to follow what people are on about", "option 5
// i guess, predicting ...", "4, had a panel soiling model in prod", "#1
// for now", "the second one", "last one" read nothing or a guess to
// confirm); a number that counts something ("2 years of python") is no
// option, and "the second one" to the hours question is its second
// option, not 2 hours.
func TestSession23OptionsInTheirOwnWay(t *testing.T) {
	a := newTestAdvisor(t)
	cases := []struct {
		before []string
		msg    string
		slot   Slot
		want   string
	}{
		{[]string{"hi"}, "2, mostly sql", SlotProgramming, ProgrammingSome},
		{[]string{"hi"}, "the second one", SlotProgramming, ProgrammingSome},
		{[]string{"hi"}, "2 years of python, backend", SlotProgramming, ProgrammingProfessional},
		{[]string{"hi", "none"}, "4, had a panel soiling model in prod at my last job", SlotML, MLProduction},
		{[]string{"hi", "none"}, "last one", SlotML, MLProduction},
		{[]string{"hi", "none", "none"}, "1, i just want to follow what people are on about", SlotGoal, GoalLiteracy},
		{[]string{"hi", "none", "none"}, "option 5 i guess, predicting when and where the crews are needed", SlotGoal, GoalFillGap},
		{[]string{"hi", "none", "none"}, "1 fuh now", SlotGoal, GoalLiteracy},
		{[]string{"hi", "none", "none", "data scientist"}, "the second one", SlotHours, "5"},
		{[]string{"hi", "none", "none", "data scientist", "5"}, "#1 for now", SlotBudget, BudgetFree},
		{[]string{"hi", "none", "none", "data scientist", "5"}, "last one", SlotBudget, BudgetAid},
	}
	for _, c := range cases {
		s, _ := run(a, Session{}, c.before...)
		if s.Asking != c.slot {
			t.Fatalf("%v: asking %q, want %q", c.before, s.Asking, c.slot)
		}
		next, r := run(a, s, c.msg)
		if got := next.Profile.value(c.slot); got != c.want {
			t.Errorf("%q to %s: %q, want %q (%q)", c.msg, c.slot, got, c.want, r.Text)
		}
	}
}

// To the hours question, numbers in words certpath cannot read are worth
// a yes/no question about the last one (dev97: "Cawa 3 i cabit. Pe, cawa
// 4, Ceng Abic bene" was asked three times and assumed 5); a schedule it
// misread, years at a job or money are not guessed.
func TestSession23LastNumberGuessed(t *testing.T) {
	a := newTestAdvisor(t)
	base, _ := run(a, Session{}, "hi", "none", "none", "data scientist")
	if base.Asking != SlotHours {
		t.Fatalf("asking %q", base.Asking)
	}
	s, r := run(a, base, "Cawa 3 i cabit. Pe, cawa 4, Ceng Abic bene")
	if !strings.HasPrefix(r.Text, "Just to check: 4 h/week") {
		t.Fatalf("no guess: %q", r.Text)
	}
	if s, _ = run(a, s, "yes"); s.Profile.HoursPerWeek != 4 {
		t.Errorf("hours %d after yes", s.Profile.HoursPerWeek)
	}
	for _, msg := range []string{"staying, 18 yrs in", "i work 4 10s so fri sat sun, 2 hours each", "I commute by train so 20 minutes a day is what I've got"} {
		if _, r := run(a, base, msg); strings.HasPrefix(r.Text, "Just to check:") {
			t.Errorf("%q guessed: %q", msg, r.Text)
		}
	}
	checkFacts(t, []answerCase{
		{SlotHours, "Drie uur in de weke. Nee wacht, twee, 't is te druk tot januari", SlotHours, "2"},
		{SlotHours, "Eyi horas ipan semana. Ax, nahui, nojkia domingo", SlotHours, "4"},
	})
}

// Money changed in the same line or after it, in Plautdietsch and Gullah
// (dev97: "Free... nä, wacht, etj betoal" stayed free; "Ah gwine pay fuh
// um mehself" read nothing).
func TestSession23PayAfterAll(t *testing.T) {
	checkFacts(t, []answerCase{
		{"", "Free... nä, wacht, etj betoal", SlotBudget, BudgetPaid},
		{"", "Hol' on, scratch dat. Ah gwine pay fuh um mehself, Ah wan' de paper", SlotBudget, BudgetPaid},
	})
}

// Nguni (Zulu, Ndebele, Swati, Xhosa) words the sets keep using: "ML
// lutfo", "Ngicedzile ML for All!", "ngifuna ukuzwisisa i-AI kuphela",
// and hours settled in number words ("Amahora amathathu kumbe amane
// ngeviki... amathathu" read 4).
func TestSession23Nguni(t *testing.T) {
	checkFacts(t, []answerCase{
		{SlotML, "ML lutfo", SlotML, MLNone},
		{SlotGoal, "Angazi... ngifuna ukuzwisisa i-AI kuphela, isibhedlela sizaletha i-AI yamarekhodi", SlotGoal, GoalLiteracy},
		{SlotML, "ndifuna ukuqonda i-AI nje, for myself, ndihlala emsebenzini wam", SlotGoal, GoalLiteracy},
		{SlotHours, "Amahora amathathu kumbe amane ngeviki... amathathu", SlotHours, "3"},
		{SlotHours, "three or four hours a week, three", SlotHours, "3"},
		{SlotBudget, "Mahhala, angilamali", SlotBudget, BudgetFree},
	})
}

// "None yet", the programming question's first option typed out, is no
// programming, not no ML (dev100); "ML: none yet" in a bulleted post and
// "ml: ..., nothing yet" still answer their label, and "none yet. ..."
// opening a longer answer answers the question asked.
func TestSession23NoneYet(t *testing.T) {
	checkFacts(t, []answerCase{
		{SlotProgramming, "None yet", SlotML, ""},
		{"", "- programming: some Python from a summer CPD course\n- ML: none yet\n- goal: teach my TY students the basics of ML", SlotML, MLNone},
		{"", "ml: there's an ML elective i'm taking next term, nothing yet", SlotML, MLNone},
		{"", "ML: took a course, nothing much", SlotML, ""},
	})
	a := newTestAdvisor(t)
	if s, _ := run(a, Session{}, "hi", "None yet"); s.Profile.Programming != ProgrammingNone || s.Profile.ML != "" {
		t.Errorf("None yet: %+v", s.Profile)
	}
	s, _ := run(a, Session{}, "hey", "i'm a pipefitter up in fort mcmurray. i know a bit of python from a udemy course, still use it for my own spreadsheets")
	s, _ = run(a, s, "none yet. rotation is 2 weeks on 2 off so on my off weeks i could do like 10, on weeks basically 0, so call it 5 a week avg")
	if s.Profile.ML != MLNone {
		t.Errorf("ML %q", s.Profile.ML)
	}
}

// St Lucian Kwéyòl (dev100): "pyès" is none, "Mwen jis vlé konpwann sa AI
// yé" the literacy goal.
func TestSession23Kweyol(t *testing.T) {
	checkFacts(t, []answerCase{
		{SlotGoal, "Mwen jis vlé konpwann sa AI yé", SlotGoal, GoalLiteracy},
		{SlotGoal, "jis konpwann sa AI yé, mwen ka wété", SlotGoal, GoalLiteracy},
	})
}

// After the plan, a guess said as a change ("what i really want is to
// predict churn actually, change it to that", a stranger, twenty-third
// session, got "Noted") is asked as a yes/no question; yes re-plans, no
// keeps the plan.
func TestSession23GuessAskedAsChange(t *testing.T) {
	a := newTestAdvisor(t)
	s, _ := run(a, Session{}, "hi", "None yet", "none", "i just want to understand it", "4", "self-funded")
	if s.Plan == nil {
		t.Fatalf("no plan: %+v", s.Profile)
	}
	s, r := run(a, s, "what i really want is to predict churn actually, change it to that")
	if !strings.HasPrefix(r.Text, "Just to check: you want to fill one specific gap") {
		t.Fatalf("no question: %q", r.Text)
	}
	if yes, r := run(a, s, "yes"); yes.Profile.Goal != GoalFillGap || !strings.HasPrefix(r.Text, "Updated: goal: fill a gap") {
		t.Errorf("yes: %q %q", yes.Profile.Goal, r.Text)
	}
	if no, _ := run(a, s, "no"); no.Profile.Goal != GoalLiteracy {
		t.Errorf("no: %q", no.Profile.Goal)
	}
}

// "long one, for my wife. i'm a developer myself ... but this is for her,
// she's never coded" is written for someone else: the writer's job is
// not the learner's (dev101 read professional).
func TestSession23ForMyWife(t *testing.T) {
	n := testNLU(t)
	f := n.understand("long one, for my wife. i'm a developer myself (backend, 10 yrs) but this is for her, she's never coded, not even a line. ML none.", "", convNow)
	if !f.ForOther {
		t.Errorf("not for someone else")
	}
	if got, _ := f.Fact(SlotProgramming); got.Value != ProgrammingNone {
		t.Errorf("programming %q", got.Value)
	}
	if f := n.understand("this is for me, i'm a backend dev", "", convNow); f.ForOther {
		t.Errorf("'this is for me' read as for someone else")
	}
}
