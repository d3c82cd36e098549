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

// usdCap reads what a learner can spend, and per what.
func TestSession19UsdCap(t *testing.T) {
	for _, c := range []struct {
		text string
		amt  float64
		per  string
		ok   bool
	}{
		{"no more than 100 bucks total", 100, "", true},
		{"I can pay 20 dollars per month maximum", 20, "month", true},
		{"maybe I can pay 20-30 dollars in month", 30, "month", true},
		{"i can do like $50/mo", 50, "month", true},
		{"work gives us a $2k/yr learning stipend", 2000, "year", true},
		{"maximum 25 usd per month", 25, "month", true},
		{"$1,200 total", 1200, "", true},
		{"i'll pay, it's like 50 bucks a month right?", 0, "", false},
		{"i can pay", 0, "", false},
		{"50 euros a month", 0, "", false},
	} {
		amt, per, ok := usdCap(c.text)
		if amt != c.amt || per != c.per || ok != c.ok {
			t.Errorf("%q: %v %q %v, want %v %q %v", c.text, amt, per, ok, c.amt, c.per, c.ok)
		}
	}
}

// A stated cap is compared with the paid plan's cost ("no more than 100
// bucks total" was read as "can pay" and the plan's cost never compared
// with it); a cap the plan fits in says nothing, and "free only" said
// later drops it.
func TestSession19BudgetCap(t *testing.T) {
	a := newTestAdvisor(t)
	s := Session{Key: Key{Platform: "test", User: "u"}}
	s, _ = run(a, s, "hi", "i write python at work", "no ML", "ml engineer", "6 hrs")
	next, r := run(a, s, "no more than 100 bucks total", "yes")
	if next.Profile.Budget != BudgetPaid || !strings.Contains(r.Text, "Note: Your $100 covers about 2 of the plan's 6 months at $49 a month.") {
		t.Errorf("$100 cap: %+v %q", next.Profile, r.Text)
	}
	_, r = run(a, s, "i can pay up to $1000")
	if strings.Contains(r.Text, "Note: Your $") {
		t.Errorf("a cap the plan fits in: %q", r.Text)
	}
	next, r = run(a, s, "I can pay 20 dollars per month maximum")
	if !strings.Contains(r.Text, "Note: Your $20 a month is less than the subscription's $49–$79 a month.") {
		t.Errorf("$20 a month: %q", r.Text)
	}
	next, r = run(a, next, "actually free only")
	if next.BudgetSaid != "" || strings.Contains(r.Text, "Note: Your $") {
		t.Errorf("free after a cap: %q %q", next.BudgetSaid, r.Text)
	}
	// The cap survives a restart: the stored session keeps it.
	capped, _ := run(a, s, "I can pay 20 dollars per month maximum")
	data, err := a.EncodeSession(capped)
	if err != nil {
		t.Fatal(err)
	}
	back, err := a.DecodeSession(data)
	if err != nil || capped.BudgetSaid == "" || back.BudgetSaid != capped.BudgetSaid {
		t.Errorf("restart lost the cap: %q vs %q (%v)", back.BudgetSaid, capped.BudgetSaid, err)
	}
}

// Chinese and Japanese words are counted without spaces: a headline of
// thirty characters is no short question to the lead rule.
func TestSession19TextWords(t *testing.T) {
	for text, want := range map[string]int{
		"how much is it": 4,
		"機械学習エンジニア・プログラマーの仕事に必要な学歴": 12,
		"27살인데 지금 시작해도 늦지 않을까요?":    5,
		"Coursera的证书 有用吗":           2 + 2,
		"":                          0,
	} {
		if got := textWords(text); got != want {
			t.Errorf("textWords(%q) = %d, want %d", text, got, want)
		}
	}
}

// The lead a best topic needs: 0.9 cold, 0.85 inside a conversation,
// 0.8 for a bare question of four words or fewer.
func TestSession19LeadFor(t *testing.T) {
	top := []ranked{{"free", 0.83}, {"worth-it", 0.02}, {"recognition", 0.01}}
	if c := decide.choose(top, 0.01, 0.01, 4, 4); c.answer != "free" {
		t.Errorf("a bare short question at 0.83: %+v", c)
	}
	if c := decide.choose(top, 0.01, 0.01, 6, 6); c.answer != "" {
		t.Errorf("six words at 0.83 answered cold: %+v", c)
	}
	top[0].p = 0.87
	if c := decide.choose(top, 0.01, 0.01, 6, 6); c.answer != "" {
		t.Errorf("six words at 0.87 answered cold: %+v", c)
	}
	d := decide
	d.lead = convLead
	if c := d.choose(top, 0.01, 0.01, 6, 6); c.answer != "free" {
		t.Errorf("six words at 0.87 in a conversation: %+v", c)
	}
}

// dev88: code long ago with nothing since is none ("a bit of python in
// high school but nothing since", "haven't written a line since", "not use
// now"); "research i think?" is the research goal; "oh and ML, nope" is a
// label after fillers; "developer nahi hu" (Hindi, not a developer) does
// not make a living of code; French "non attends, 5" corrects the hours.
func TestSession19Dev88Readings(t *testing.T) {
	a := newTestAdvisor(t)
	for _, c := range []struct {
		asking Slot
		msg    string
		slot   Slot
		want   string
	}{
		{SlotProgramming, "coding? kinda, i did a bit of python in high school but nothing since, so call that a no", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "i took a java class at NWTC in 2016 and haven't written a line since", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "Programming: I learn little Python in university, not use now.", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "Thoda Python seekha tha BSc me, ab bhi mill ke stock sheet ke liye use karta hu, developer nahi hu", SlotProgramming, ProgrammingSome},
		{SlotProgramming, "backend developer, no ML", SlotProgramming, ProgrammingProfessional},
		{SlotGoal, "research i think? like ML on turf disease from drone photos, maybe a masters at NC state someday", SlotGoal, GoalResearch},
		{SlotGoal, "oh and ML, nope, never touched it", SlotML, MLNone},
		{SlotHours, "oh ML? none sorry", SlotML, MLNone},
		{SlotHours, "4 heures par semaine, non attends, 5", SlotHours, "5"},
	} {
		s := answerTo(a, c.asking, c.msg)
		if got := s.Profile.value(c.slot); got != c.want {
			t.Errorf("%q (asked %s): %s = %q, want %q", c.msg, c.asking, c.slot, got, c.want)
		}
	}
}

// Polish "robię przerwę, wracam 6 kwietnia" (I'm back on 6 April) sets the
// start, and Tunisian "Kammalt ML for All 🎉 chnouwa ba3d?" (I finished ML
// for All, what next?) marks the course finished (dev88 read neither).
func TestSession19PolishReturnTunisianDone(t *testing.T) {
	a := newTestAdvisor(t)
	s := Session{Key: Key{Platform: "test", User: "u"}}
	next, _ := run(a, s, "Programowanie: trochę Pythona. ML: nie. 5 godzin tygodniowo.", "Sezon rusza na dobre, robię przerwę, wracam 6 kwietnia")
	if next.Profile.Start != "2027-04-06" {
		t.Errorf("Polish return: start %q", next.Profile.Start)
	}
	next, _ = run(a, s, "Programmation la. ML la zeda.", "Kammalt ML for All 🎉 chnouwa ba3d?")
	if !next.Profile.HasCompleted("ml-for-all") {
		t.Errorf("Tunisian finished: %+v", next.Profile)
	}
}

// "how many months will that take?" in the middle of the interview is the
// learner's path: the plan will say, one course at their pace meanwhile
// (it got "I can't answer that"); "years ago nothing since" is none (it
// was asked which of the two).
func TestSession19ThatTakeMidInterview(t *testing.T) {
	a := newTestAdvisor(t)
	s, _ := run(a, Session{}, "hey! im a pharmacist, did some R in uni years ago nothing since")
	if s.Profile.Programming != ProgrammingNone {
		t.Errorf("years ago nothing since: %q", s.Profile.Programming)
	}
	s, _ = run(a, s, "zero ML", "id like to move into data science eventually", "maybe 4-5 hrs a week")
	for _, msg := range []string{"how many months will that take?", "how long would it take?"} {
		if _, r := run(a, s, msg); !strings.Contains(r.Text, "comes with your plan") || !strings.Contains(r.Text, "At 5 h a week") {
			t.Errorf("%q: %q", msg, r.Text)
		}
	}
}

// "cuánto cuesta el certificado si después quiero pagar?" and "how much
// would it cost if i decide to pay?" on a free plan are the plan paid for
// (a stranger got the free plan's $0); "what if i don't pay" is not.
func TestSession19IfIPayLater(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "never coded, no ml, want to understand ai for my job, 3 hrs a week, free only")
	for _, msg := range []string{"cuánto cuesta el certificado si después quiero pagar?", "how much would it cost if i decide to pay?"} {
		if _, r := run(a, s, msg); !strings.Contains(r.Text, "Your plan paid for would cost $147–$237") {
			t.Errorf("%q: %q", msg, r.Text)
		}
	}
	if _, r := run(a, s, "what if i don't pay"); strings.Contains(r.Text, "paid for would cost") {
		t.Errorf("not paying: %q", r.Text)
	}
}

// How hard a named course is, named by its provider or by two subtitles:
// "is the google one hard" (declined: near-the-topic read 0.60), "is the
// uw course hard" and "are regression and classification hard" (a
// stranger got "Did you mean") are each course's summary.
func TestSession19HowHardIsIt(t *testing.T) {
	a := newTestAdvisor(t)
	for q, want := range map[string][]string{
		"is the google one hard":                 {"Production Machine Learning Systems", "advanced"},
		"how hard is the google course":          {"Production Machine Learning Systems", "advanced"},
		"is the uw course hard":                  {"Machine Learning: Regression (University of Washington", "Machine Learning: Classification (University of Washington"},
		"are regression and classification hard": {"Machine Learning: Regression (University of Washington", "Machine Learning: Classification (University of Washington"},
		"is the michigan one difficult":          {"Applied Machine Learning in Python"},
	} {
		ans := a.Ask(q)
		for _, w := range want {
			if !ans.Answered || !strings.Contains(ans.Text, w) {
				t.Errorf("%q: %v %q", q, ans.Answered, ans.Text)
				break
			}
		}
	}
	if ans := a.Ask("which course is hardest"); !strings.HasPrefix(ans.Text, "Hardest: Production Machine Learning Systems") {
		t.Errorf("the hardest: %q", ans.Text)
	}
}

// A bare value with fillers around it answers its question ("free so",
// "ok free then", "gratis si se puede", "free b'y"): with faq_real20
// trained on, the model took them for questions about free courses.
func TestSession19ValueWithFillers(t *testing.T) {
	a := newTestAdvisor(t)
	for _, msg := range []string{"free so", "ok free then", "gratis si se puede", "free b'y", "Ok free"} {
		if s := answerTo(a, SlotBudget, msg); s.Profile.Budget != BudgetFree {
			t.Errorf("%q: budget %q", msg, s.Profile.Budget)
		}
	}
	if s := answerTo(a, SlotBudget, "is it free?"); s.Profile.Budget != "" {
		t.Errorf("a question set the budget: %q", s.Profile.Budget)
	}
}

// Code named by someone who says they are no developer is some
// programming whatever was asked ("sql every day, python for the odd
// script, not a software dev" to the ML question after "analytics
// engineer" kept the developer the title implied; dev89).
func TestSession19NotADevWhenAskedML(t *testing.T) {
	a := newTestAdvisor(t)
	s, _ := run(a, Session{}, "hi", "analytics engineer at a meal kit startup in lehi, dbt + snowflake")
	if s.Profile.Programming != ProgrammingProfessional {
		t.Fatalf("the title: %q", s.Profile.Programming)
	}
	for _, msg := range []string{"sql every day, python for the odd script, not a software dev", "i write small python and js samples for the docs, not an engineer", "python/obspy for our catalog, not a software eng"} {
		if next, _ := run(a, s, msg); next.Profile.Programming != ProgrammingSome {
			t.Errorf("%q: %q", msg, next.Profile.Programming)
		}
	}
	if next, _ := run(a, s, "no ML, not a dev thing"); next.Profile.Programming != ProgrammingProfessional {
		t.Errorf("no code named: %q", next.Profile.Programming)
	}
}

// "i write test frameworks for a living" and Portuguese "Python, SQL e
// Spark, 5 anos, é meu trabalho" (is my work) are a living in code
// (dev89 read some).
func TestSession19CodeForALiving(t *testing.T) {
	a := newTestAdvisor(t)
	for _, msg := range []string{"python + pytest, 6 yrs. i write test frameworks for a living", "Python, SQL e Spark, 5 anos, é meu trabalho"} {
		if s := answerTo(a, SlotProgramming, msg); s.Profile.Programming != ProgrammingProfessional {
			t.Errorf("%q: %q", msg, s.Profile.Programming)
		}
	}
}
