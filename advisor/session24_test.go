package advisor

import (
	"strings"
	"testing"
)

// "my dad asked me to ask for him" marks a post written for someone else,
// and what that person wants ("he wants to predict when the cows will
// calve") is the learner's goal (a stranger, twenty-third session: the
// goal was not read).
func TestSession24AskedMeToAsk(t *testing.T) {
	n := testNLU(t)
	for _, msg := range []string{"my dad asked me to ask for him", "my boss wants me to find out for her", "posting for my brother, he asked me to. he drives a forklift, never coded"} {
		if f := n.understand(msg, SlotProgramming, convNow); !f.ForOther {
			t.Errorf("%q: not read as written for someone else", msg)
		}
	}
	checkFacts(t, []answerCase{
		{SlotProgramming, "my dad asked me to ask for him. he wants to predict when the cows will calve", SlotGoal, GoalFillGap},
		{SlotGoal, "asking for my sister, she wants to forecast stock in her own shop with ML", SlotGoal, GoalFillGap},
	})
}

// A number the question has no option for is said to be one ("5" to the
// four ML options came back as the same question with no word why).
func TestSession24NoSuchOption(t *testing.T) {
	a := newTestAdvisor(t)
	s, _ := run(a, Session{}, "never coded")
	if s.Asking != SlotML {
		t.Fatalf("asking %q, want the ML question", s.Asking)
	}
	s, r := run(a, s, "5")
	if s.Profile.ML != "" || !strings.HasPrefix(r.Text, "There's no option 5 here: pick 1 to 4") || r.Question == nil || r.Question.Slot != SlotML {
		t.Errorf("ML %q, reply %q", s.Profile.ML, r.Text)
	}
	// An option it has is still taken.
	s, r = run(a, s, "2")
	if s.Profile.ML != MLCoursework || strings.Contains(r.Text, "no option") {
		t.Errorf("ML %q, reply %q", s.Profile.ML, r.Text)
	}
}

// In a post for someone else, a budget said of them is the learner's:
// "asking for my dad. he has never coded, free" read no budget.
func TestSession24TheirBudget(t *testing.T) {
	checkFacts(t, []answerCase{
		{"", "asking for my dad. he has never coded, no ML, wants to predict calving on his farm, 3 hrs a week, free", SlotBudget, BudgetFree},
		{"", "asking for my dad. he is a farmer, he can't pay, needs aid", SlotBudget, BudgetAid},
		// A free course taken is still no budget.
		{"", "asking for my son. he learnt python from a free course", SlotBudget, ""},
	})
}

// A question of price inside a conversation that no other topic claims
// is answered, not offered back as "Did you mean" with a runner-up at
// 0.5% ("how much would it cost if he paid instead?", a stranger).
func TestSession24PriceInConversation(t *testing.T) {
	a := newTestAdvisor(t)
	s, _ := run(a, Session{}, "asking for my dad. he has never coded, no ML, wants to predict calving on his farm, 3 hrs a week, free")
	_, r := run(a, s, "how much would it cost if he paid instead?")
	if r.Clarifying() || !strings.Contains(r.Text, "$49–$79") {
		t.Errorf("reply %q", r.Text)
	}
	// Before the plan, with no goal yet: the guide's price.
	s, _ = run(a, Session{}, "asking for my dad. he has never coded, no ML, 3 hrs a week, free")
	_, r = run(a, s, "how much would it cost if he paid instead?")
	if r.Clarifying() || r.Answer == nil || !r.Answer.Answered || !strings.Contains(r.Text, "$49–$79 per month") {
		t.Errorf("before the plan: reply %q", r.Text)
	}
}

// "audit" the line of work is no budget: "she wants to use ML in audit at
// her firm", "8 yrs in audit", "the audit tools our firm is buying" (dev12
// read free (audit) from each).
func TestSession24AuditTheWork(t *testing.T) {
	checkFacts(t, []answerCase{
		{"", "i want to use ML in audit at my firm, not leave", SlotBudget, ""},
		{"", "Malayali accountant working in Dubai, 8 yrs in audit. excel and power bi, no coding, no ML", SlotBudget, ""},
		{"", "i want to understand AI for the audit tools our firm is buying", SlotBudget, ""},
		{"", "i will audit the courses", SlotBudget, BudgetFree},
		{"", "just audit", SlotBudget, BudgetFree},
	})
}

// Programming forgotten outright is none, even a former living ("used to
// be a dev, c++ in the 90s, ... forgot it all", dev102 read professional);
// "forgot most of it" stays some, as the sets since dev16 record it, and
// an ML course forgotten stays taken.
func TestSession24ForgotItAll(t *testing.T) {
	checkFacts(t, []answerCase{
		{"", "programming: used to code in the 90s, cobol at a bank in elko, forgot it all", SlotProgramming, ProgrammingNone},
		{"", "kia ora, possum trapper in karamea. programming: professional? used to be a dev, c++ in the 90s, haven't touched it since, forgot it all. ML none", SlotProgramming, ProgrammingNone},
		{"", "programming: none. ok i did one python tutorial on youtube in 2020, forgot it all", SlotProgramming, ProgrammingNone},
		{"", "retail pharmacist. did the python intro on codecademy a couple yrs ago, forgot most of it", SlotProgramming, ProgrammingSome},
		{"", "did andrew ng's ML course in 2019, forgot it all", SlotML, MLCoursework},
	})
}

// What is said last wins when it is weighed again or corrected: "10 hrs a
// week... 5 realistically", "aid. actually scratch that, i'll just pay",
// "data scientist... pero really i just want to understand it" (dev102);
// "ok that's cheap, put me down as paying" (dev103 read aid from
// "cheap").
func TestSession24SaidLastWins(t *testing.T) {
	checkFacts(t, []answerCase{
		{"", "goal: data scientist. 10 hrs a week... 5 realistically. the mill pays", SlotHours, "5"},
		{"", "3 hrs a week, 2 tbh", SlotHours, "2"},
		{"", "5 hours a week, 2 kids honestly", SlotHours, "5"},
		{"", "financial aid. actually scratch that, i'll just pay", SlotBudget, BudgetPaid},
		{"", "i'd just pay if i had the money", SlotBudget, ""},
		{SlotGoal, "goal: data scientist... pero really i just want to understand it para sa trabaho", SlotGoal, GoalLiteracy},
		{"", "how much would it be if i paid instead? ok that's cheap, put me down as paying, i'd like the certificates", SlotBudget, BudgetPaid},
		{"", "something cheap", SlotBudget, BudgetAid},
		{SlotGoal, "that's the gap I want to fill, nothing else", SlotGoal, GoalFillGap},
	})
}

// "make it free" is the choice and "money's tight" its reason (dev105
// read aid): a correction inside the first value's own words does not
// put the reason after it in its place. A negation opening it ("no
// money, financial aid") still gives way.
func TestSession24MakeItFree(t *testing.T) {
	checkFacts(t, []answerCase{
		{"", "hmm make it free actually, money's tight this month with christmas", SlotBudget, BudgetFree},
		{"", "hmm make it free, money's tight this month, feed prices went up", SlotBudget, BudgetFree},
		{"", "no money, financial aid", SlotBudget, BudgetAid},
		{"", "12 hrs a week, no, 10", SlotHours, "10"},
	})
}

// A language named beside tools that imply no programming is some:
// "SQL and power bi all day" (dev104 read none from "power bi"); a
// language name that is also a word ("net", Afrikaans "only") is not.
func TestSession24LanguageBesideTools(t *testing.T) {
	checkFacts(t, []answerCase{
		{SlotProgramming, "SQL and power bi all day", SlotProgramming, ProgrammingSome},
		{SlotProgramming, "excel and power bi, no sql", SlotProgramming, ProgrammingNone},
		{SlotProgramming, "net Excel vi die stock", SlotProgramming, ProgrammingNone},
	})
}

// Money is no study time: "i earn 600 a week and rent is half of that"
// (dev106 read 1 h a week); "i can make 5 hours a week" still is.
func TestSession24EarnedIsNoHours(t *testing.T) {
	checkFacts(t, []answerCase{
		{"", "i can do 6 hrs a week on my off days. can't afford it tho, i earn 600 a week and rent is half of that. is there financial aid?", SlotHours, "6"},
		{"", "i can make 5 hours a week", SlotHours, "5"},
		{"", "i make time for 5 hrs a week", SlotHours, "5"},
	})
	n := testNLU(t)
	if f := n.understand("i earn 600 a week", SlotHours, convNow); f.HoursErr != "" || f.has(SlotHours) {
		t.Errorf("earnings read as hours: %+v", f.Facts)
	}
}

// Doubt makes a budget a guess ("budget not sure yet, maybe aid? idk":
// dev107 took aid), and a goal not decided yet gets no neighbours' guess
// ("not sure what i want yet" was asked "you're aiming for data
// science, right?").
func TestSession24Unsure(t *testing.T) {
	n := testNLU(t)
	f := n.understand("budget not sure yet, maybe aid? idk", SlotBudget, convNow)
	if x, ok := f.Fact(SlotBudget); !ok || x.Conf >= guessConf {
		t.Errorf("doubtful aid: %+v", f.Facts)
	}
	g := n.understand("maybe aid", SlotBudget, convNow)
	if x, ok := g.Fact(SlotBudget); !ok || x.Conf < guessConf {
		t.Errorf("maybe aid: %+v, %v", x, ok)
	}
	a := newTestAdvisor(t)
	s, _ := run(a, Session{}, "never coded", "no ML")
	s, r := run(a, s, "not sure what i want yet")
	if s.Pending != nil || !strings.HasPrefix(r.Text, "No problem if you're not sure yet") {
		t.Errorf("pending %+v, reply %q", s.Pending, r.Text)
	}
}

// In a post for someone else, a prediction for their own place is their
// gap to fill: "she wants to be able to predict staff overtime at her
// company" (a stranger was asked to confirm it). Said of someone else
// in the writer's own post, it is not the learner's.
func TestSession24TheirPlace(t *testing.T) {
	checkFacts(t, []answerCase{
		{SlotGoal, "my wife asked me to find out for her. she wants to be able to predict staff overtime at her company, she is not leaving", SlotGoal, GoalFillGap},
		{SlotGoal, "my boss wants to predict sales for her company, i just want to understand AI", SlotGoal, GoalLiteracy},
	})
}

// Formatted posts (dev109): a numbered list's markers are no amounts
// ("... 5. 2 hrs a week 6. free" read 6 hours), a cross says no ("❌
// coding"), and "prog:" labels programming.
func TestSession24FormattedPosts(t *testing.T) {
	checkFacts(t, []answerCase{
		{"", "hello! 1. i smoke fish by the lagoon in anloga 2. no coding at all 3. no ML 4. want to understand what AI is 5. 2 hrs a week 6. free", SlotHours, "2"},
		{"", "hello! 1. i smoke fish by the lagoon in anloga 2. no coding at all 3. no ML 4. want to understand what AI is 5. 2 hrs a week 6. free", SlotBudget, BudgetFree},
		{"", "1) nurse 2) no code 3) 4 hrs", SlotHours, "4"},
		{"", "hi! quick checklist 📝\n❌ coding\n❌ ML\n✅ want to understand AI\n⏰ 3 hrs/wk\n💰 free", SlotProgramming, ProgrammingNone},
		{"", "hi! quick checklist 📝\n❌ coding\n❌ ML\n✅ want to understand AI\n⏰ 3 hrs/wk\n💰 free", SlotML, MLNone},
		{"", "prog: none", SlotProgramming, ProgrammingNone},
	})
	if got := listMarkersOut("i can do 2. maybe 3"); got != "i can do 2. maybe 3" {
		t.Errorf("one number with a full stop changed: %q", got)
	}
}

// "my mother reminds me of this every day" in a long first post is no
// question about reminders (dev108 got the reminder's how-to and no fact
// read); "can i get a reminder every sunday?" still is.
func TestSession24RemindsMeOf(t *testing.T) {
	a := newTestAdvisor(t)
	s, r := run(a, Session{}, "namaste all, this will be long. i manage a guesthouse near the ghats in chitrakoot. my cousin is a software engineer, and my mother reminds me of this every day. i did BCom, no coding in college. ML also nothing. my goal is data scientist. i cannot pay, so financial aid please. is it possible from zero at 30? honestly asking")
	if s.Profile.Goal != GoalDataScientist || s.Profile.Budget != BudgetAid || strings.Contains(r.Text, "remind weekly") {
		t.Errorf("profile %+v, reply %q", s.Profile, r.Text)
	}
	_, r = run(a, Session{}, "thx! can i get a reminder every sunday?")
	if !strings.Contains(r.Text, `"remind weekly sunday 18:00`) {
		t.Errorf("reminder question: %q", r.Text)
	}
}

// A course given up early does not undo "never coded" said outright
// (dev108 read some); alone it is still some.
func TestSession24QuitCourse(t *testing.T) {
	checkFacts(t, []answerCase{
		{"", "i've never coded, not even html. no ML. i tried a free python course in 2022 and quit in week 2 when my son got sick", SlotProgramming, ProgrammingNone},
		{"", "a python course, quit halfway", SlotProgramming, ProgrammingSome},
	})
}
