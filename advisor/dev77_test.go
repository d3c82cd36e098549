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
	for msg, want := range map[string]string{
		"bash and python every day for our servers, not a developer":              ProgrammingSome,
		"python and C++ every day but i'm not a software dev, i'm a controls guy": ProgrammingSome,
		"python and bash every day, 12 yrs":                                       ProgrammingProfessional,
	} {
		if next, _ := run(a, asking, msg); next.Profile.Programming != want {
			t.Errorf("%q: %q, want %q", msg, next.Profile.Programming, want)
		}
	}
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
