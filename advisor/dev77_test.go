package advisor

import (
	"strings"
	"testing"
)

// dev77's learners (2026-12-01): a yes with words of their own takes the
// offer ("ok do that, 8 it is", "auk, ok do that lah, 5"); "pausing till
// jan 18" starts then, not "tomorrow"; "so when would i be done with
// regression at 5?" marks nothing done; "cuttings and seedlings all day"
// is no answer about code; code every day "but not a developer" is some.
func TestDev77(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "some python, no ml, data scientist, 5 hrs, free")
	for _, yes := range []string{"ok do that, 8 it is", "auk, ok do that lah, 8"} {
		if next, r := run(a, s, "what if i did 8 a week?", yes); next.Profile.HoursPerWeek != 8 {
			t.Errorf("%q: %d h, %q", yes, next.Profile.HoursPerWeek, r.Text)
		}
	}
	if next, _ := run(a, s, "what if i did 8 a week?", "nah not now, maybe later"); next.Profile.HoursPerWeek != 5 {
		t.Errorf("nah not now took the offer")
	}
	if next, _ := run(a, s, "heading back in tomorrow and then it's christmas, so pausing till jan 18"); next.Profile.Start != "2027-01-18" {
		t.Errorf("pausing till jan 18: start %q", next.Profile.Start)
	}
	if next, r := run(a, s, "so when would i be done with regression at 5?"); next.Progress != nil && len(next.Progress.Done) > 0 || len(next.Profile.Completed) > 0 {
		t.Errorf("a question marked a step done: %q", r.Text)
	}
	asking, _ := run(a, Session{}, "hi")
	if next, _ := run(a, asking, "propagator at a wholesale plant nursery in toowoomba, cuttings and seedlings all day"); next.Profile.Programming == ProgrammingProfessional {
		t.Errorf("all day at the nursery read as code for a living")
	}
	wantSlot(t, a, asking, SlotProgramming, map[string]string{
		"bash and python every day for our servers, not a developer":              ProgrammingSome,
		"python and C++ every day but i'm not a software dev, i'm a controls guy": ProgrammingSome,
		"python and bash every day, 12 yrs":                                       ProgrammingProfessional,
	})
}

// A first message of a few words certpath can't read is a hello in words
// it doesn't know ("now then", "bout ye", "Namaskara", "morning from
// flagstaff ☀️": dev75 and dev77 got "Sorry, I didn't catch that"); the
// same words answering a question are still a miss.
func TestUnknownFirstWordsGreet(t *testing.T) {
	a := newTestAdvisor(t)
	for _, msg := range []string{"now then", "bout ye", "Namaskara", "Dumelang bagaetsho 👋", "morning from flagstaff ☀️", "wah gwaan"} {
		if _, r := run(a, Session{}, msg); !strings.HasPrefix(r.Text, "Hi! I'll ask a few quick questions") {
			t.Errorf("%q: %q", msg, r.Text)
		}
	}
	if _, r := run(a, Session{}, "hi", "bout ye"); strings.HasPrefix(r.Text, "Hi! I'll ask") {
		t.Errorf("second message greeted again: %q", r.Text)
	}
}

// A job said without a word of code, answering the programming question,
// is not guessed as some programming ("I am typist in a government
// office": dev77 was asked "you've done some programming, right?").
func TestJobIntroNoCodeGuess(t *testing.T) {
	a := newTestAdvisor(t)
	for _, msg := range []string{"I am typist in a government office, Itanagar", "teaching assistant at a primary school in ipswich, year 4"} {
		if next, r := run(a, Session{}, "hi", msg); next.Pending != nil && next.Pending.Value == ProgrammingSome {
			t.Errorf("%q: %q", msg, r.Text)
		}
	}
}

// After the plan, as dev77 wrote: a week of a step is progress on it ("ok
// week 1 done lol", "week 2 of classification, slow but good"), not a
// course's length or "Did you mean"; "4 hrs a week, 2 seems slow" stays
// hours; "what if i did 8 after all, when would i be done?" and "what if
// i did 5, how much faster?" weigh the pace; "how much if i went free
// instead?" is the plan audited; "how long is classification for me?"
// is that course.
func TestDev77AfterThePlan(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "some python, no ml, data scientist, 6 hrs, company pays")
	wantReply(t, a, s, "ok week 1 done lol", "Nice: week 1 of Machine Learning: Regression")
	wantReply(t, a, s, "week 2 of classification, slow but good", "Nice: week 2 of Machine Learning: Classification")
	if next, _ := run(a, s, "ok thanks. actually can we do 4 hrs a week, 2 seems slow"); next.Profile.HoursPerWeek != 4 {
		t.Errorf("4 hrs a week, 2 seems slow: %d h", next.Profile.HoursPerWeek)
	}
	wantReply(t, a, s, "what if i did 8 after all, when would i be done?", "At 8 h a week your plan would take")
	wantReply(t, a, s, "what if i did 5, how much faster?", "At 5 h a week your plan would take")
	wantReply(t, a, s, "how much if i went free instead?", "Audited, your plan costs $0")
	if next, _ := run(a, s, "how much if i went free instead?", "ok do that"); next.Profile.Budget != BudgetFree {
		t.Errorf("free offered, ok do that: %q", next.Profile.Budget)
	}
	if _, r := run(a, s, "how long is classification for me?"); !strings.HasPrefix(r.Text, "In your plan, Machine Learning: Classification is step 2") {
		t.Errorf("classification for me: %q", r.Text)
	}
}

// dev77's wording: "scratch the aid, the hospital has tuition
// reimbursement" takes the aid back (it asked which of the two); "depends
// on the week honestly" is an unsure answer; "is this thing free to use?"
// is about certpath, then the courses.
func TestDev77Words(t *testing.T) {
	a := newTestAdvisor(t)
	s, _ := run(a, Session{}, "some python, no ml, data scientist, 6 hrs, i need aid")
	if next, _ := run(a, s, "wait, scratch the aid, the hospital has tuition reimbursement and my manager signed off"); next.Profile.Budget != BudgetPaid {
		t.Errorf("scratch the aid: %q", next.Profile.Budget)
	}
	asking, _ := run(a, Session{}, "some python, no ml, data scientist")
	wantReply(t, a, asking, "depends on the week honestly, weather and jobs", "No problem: a rough answer is fine")
	if got := a.Ask("quick q first: is this thing free to use?"); !got.Answered || !strings.HasPrefix(got.Text, "Asking me costs you nothing.") {
		t.Errorf("bot free: %+v", got)
	}
}

// A stranger's first turns: "/certpath foo" is an unknown command (help,
// not the welcome); "help me pick a cert pls" is where to start (it got
// "Sorry, I didn't catch that"); "can i get a reminder every sunday?"
// says how (it got "I can't answer that").
func TestStrangerCommands(t *testing.T) {
	a := newTestAdvisor(t)
	wantReply(t, a, Session{}, "/certpath foo", `I don't know the command "foo".`)
	s, _ := run(a, Session{}, "hi")
	wantReply(t, a, s, "help me pick a cert pls", "Happy to help: a few quick questions first")
	p := withPlan(t, a, "some python, no ml, data scientist, 5 hrs, free")
	wantReply(t, a, p, "thx! can i get a reminder every sunday?", `Yes: say "remind weekly sunday 18:00 Europe/London"`)
}

// "kia ora from rotorua 👋" right after the welcome is a hello, not an
// answer to guess from (the console's stranger was asked "you've done
// some programming, right?").
func TestGreetingFromAPlaceAfterWelcome(t *testing.T) {
	a := newTestAdvisor(t)
	s, _ := run(a, Session{}, "start")
	if next, r := run(a, s, "kia ora from rotorua 👋"); next.Pending != nil || next.Profile.Programming != "" {
		t.Errorf("%+v %q", next.Pending, r.Text)
	}
}

// Questions about certpath itself (dev78 got "I can't answer that" or the
// courses' languages): a person or a bot, who is behind it, its language,
// coming back later, how it works; a question about the courses'
// language is still the courses'.
func TestBotQuestions(t *testing.T) {
	a := newTestAdvisor(t)
	s, _ := run(a, Session{}, "hi")
	for msg, want := range map[string]string{
		"wait am i talking to a person or a bot?":               "I'm certpath, a bot (not a person)",
		"who is behind this bot? a company?":                    "I'm certpath, a bot (not a person): I suggest which ML certificates to take, in what order, how long they take at your pace and what they cost. I'm not run by Coursera",
		"Does this bot speak Portuguese?":                       "I reply in English",
		"how does this work, do i just tell you stuff?":         "I'm certpath, a bot (not a person)",
		"can i come back and ask you again later if i'm stuck?": "Yes: I keep your answers and your plan",
		"are the courses in spanish?":                           "I don't know that: the guide doesn't say which languages",
	} {
		wantReply(t, a, s, msg, want)
	}
}

// "week 1 of regression done lol" is a week of the course, not the course
// (a stranger in the console had it marked finished); "regression done,
// week 6 was hard" finished it.
func TestWeekBeforeDone(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "some python, no ml, data scientist, 5 hrs, free")
	if next, r := run(a, s, "week 1 of regression done lol"); next.Progress != nil && len(next.Progress.Done) > 0 || !strings.HasPrefix(r.Text, "Nice: week 1 of Machine Learning: Regression") {
		t.Errorf("week 1 done: %q", r.Text)
	}
	if next, _ := run(a, s, "regression done, week 6 was hard"); next.Progress == nil || len(next.Progress.Done) != 1 {
		t.Errorf("regression done, week 6 was hard: not marked done")
	}
}

// A week of a step reported while a "Did you mean" is open drops it, as a
// step finished does (the console's stranger had the course marked as
// completed before the plan).
func TestWeekAfterDidYouMean(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "never coded, no ml, literacy, 3 hrs, aid")
	s.Pending = &Pending{Kind: PendingTopics, Options: []string{"recognition", "worth-it"}}
	if next, r := run(a, s, "week 1 of ML for all done :)"); len(next.Profile.Completed) > 0 || next.Pending != nil || !strings.HasPrefix(r.Text, "Nice: week 1 of Machine Learning for All") {
		t.Errorf("%+v %q", next.Profile.Completed, r.Text)
	}
}
