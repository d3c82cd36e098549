package advisor

import (
	"strings"
	"testing"
)

// Questions dev76's learners asked in the words of real posts
// (2026-12-01): "how much maths" is no cost question, "when i finish"
// inside a question about something else is no duration question (but
// "When I finish?" alone is), "at same time" is two courses at once, and
// "honestly is the certificate worth paying for?" asked while the budget
// is asked is a question, not "can pay".
func TestDev76Questions(t *testing.T) {
	a := newTestAdvisor(t)
	for q, topic := range map[string]string{
		"how much maths I need, I am weak in calculus?":     TopicLeastMath,
		"Can I do two courses at same time to finish fast?": "order",
	} {
		if got := a.Ask(q); !got.Answered || got.Topic != topic {
			t.Errorf("%q: %+v, want %s", q, got, topic)
		}
	}
	s := withPlan(t, a, "some python, no ml, data scientist, 5 hrs, i'll pay")
	if _, r := run(a, s, "should i put these on my linkedin when i finish or do recruiters not care?"); strings.HasPrefix(r.Text, "Your plan: ") {
		t.Errorf("linkedin when i finish: %q", r.Text)
	}
	wantReply(t, a, s, "When I finish?", "Your plan: ")
	wantReply(t, a, s, "and once i finish these, what should i do next?", "Your plan already ends with the guide's bottom line")
	wantReply(t, a, s, "what's after all that lol", "Your plan already ends with the guide's bottom line")
	asking, _ := run(a, Session{}, "some python, took a course, data scientist, 6 hrs a week")
	if next, r := run(a, asking, "honestly is the certificate worth paying for? my friend says nobody even finishes these lol"); next.Profile.Budget != "" || !strings.HasPrefix(r.Text, "They help in specific situations") {
		t.Errorf("worth paying for, asked the budget: budget %q, %q", next.Profile.Budget, r.Text)
	}
}

// dev76's intros: "I write C# for a crop-insurance company" is a
// developer; "2 weeks on 1 off so call it 6 hrs a week" is 6 (it took a
// third); "Goal: understand the AI, I'm staying at the mine" is literacy
// (staying read as a gap to fill); "wheelchair assistance for the
// passengers" is no financial-aid question.
func TestDev76Intros(t *testing.T) {
	a := newTestAdvisor(t)
	for msg, want := range map[string]Profile{
		"I write C# for a crop-insurance company in Lethbridge, 7 years now, it's my job.":  {Programming: ProgrammingProfessional},
		"Ship-loader operator, 2 weeks on 1 off. 2 weeks on 1 off so call it 6 hrs a week.": {HoursPerWeek: 6},
		"Never programmed. ML none. Goal: understand the AI, I'm staying at the mine.":      {Goal: GoalLiteracy},
		"I write python for a small startup":                                                {Programming: ProgrammingSome},
		"roster is 2 weeks on 1 off, on my week off 3 hrs a day, on site nothing":           {HoursPerWeek: 7},
	} {
		s, _ := run(a, Session{}, msg)
		p := s.Profile
		if want.Programming != "" && p.Programming != want.Programming || want.HoursPerWeek != 0 && p.HoursPerWeek != want.HoursPerWeek || want.Goal != "" && p.Goal != want.Goal {
			t.Errorf("%q: %+v, want %+v", msg, p, want)
		}
	}
	if got := a.Ask("mo travay Gatwick, wheelchair assistance for the passengers"); got.Answered {
		t.Errorf("wheelchair assistance answered as %s", got.Topic)
	}
	if got := a.Ask("is there financial assistance?"); !got.Answered || got.Topic != "financial-aid" {
		t.Errorf("financial assistance: %+v", got)
	}
}

// A topic the description says in other words is not listed first:
// "Machine Learning for All covers no code. ML concepts ... rather than
// code" (a stranger's answer).
func TestCourseContentSaidOnce(t *testing.T) {
	a := newTestAdvisor(t)
	got := a.Ask("what does machine learning for all cover?")
	if !got.Answered || strings.Contains(got.Text, "covers no code") || !strings.Contains(got.Text, "rather than code") {
		t.Errorf("%+v", got)
	}
}

// A program outside the six, asked about as a stranger did: "is that one
// of yours?" says no, its kind and the six; "any good?" and a bare
// mention ("what about the ibm cert?", "anyone looked into fast.ai?") say
// its kind and what makes a program worth it (they got "Did you mean" or
// "I can't answer that").
func TestProgramOutsideTheSix(t *testing.T) {
	a := newTestAdvisor(t)
	for q, want := range map[string]struct{ topic, has string }{
		"what about the IBM data science cert, is that one of yours?": {"program-types", "The six I track: Machine Learning: Regression"},
		"is the IBM data science professional certificate any good?":  {"good-program", "isn't one of the six courses I track"},
		"and google's ML cert?":           {"good-program", "A Google professional certificate isn't one of the six"},
		"anyone looked into fast.ai?":     {"good-program", "Fast.ai isn't one of the six courses I track"},
		"is the google ml cert worth it?": {"worth-it", "isn't one of the six courses I track"},
	} {
		got := a.Ask(q)
		if !got.Answered || got.Topic != want.topic || !strings.Contains(got.Text, want.has) {
			t.Errorf("%q: %s %q", q, got.Topic, got.Text)
		}
	}
}

// "how do i delete my data from this bot" (a stranger got "I can't answer
// that"): what is kept and the forget command, offered as a button;
// "delete regression from my plan" is no privacy question.
func TestPrivacyAsked(t *testing.T) {
	a := newTestAdvisor(t)
	for _, msg := range []string{"how do i delete my data from this bot", "what do you store about me?", "can you forget me?"} {
		_, r := run(a, Session{}, msg)
		if !strings.Contains(r.Text, `Say "forget" and I'll delete all of it`) {
			t.Errorf("%q: %q", msg, r.Text)
		}
	}
	if _, r := run(a, Session{}, "how do i delete my data"); r.Question == nil || len(r.Question.Choices) != 1 || r.Question.Choices[0].ID != "cmd=forget" {
		t.Errorf("no forget button: %+v", r.Question)
	}
	for _, msg := range []string{"delete regression from my plan", "i forget my password lol"} {
		if _, r := run(a, Session{}, msg); strings.Contains(r.Text, `Say "forget"`) {
			t.Errorf("%q read as a privacy question", msg)
		}
	}
}

// A known unknown asked beside facts is said, not dropped: "im 45,
// accountant, zero code. too late for me?" (a stranger got only "Got it:
// no programming yet").
func TestKnownUnknownBesideFacts(t *testing.T) {
	a := newTestAdvisor(t)
	s, r := run(a, Session{}, "lol ok. im 45, accountant, excel wizard, zero code. too late for me?")
	if s.Profile.Programming != ProgrammingNone || !strings.Contains(r.Text, "The guide sets no age limit") || strings.Contains(r.Text, "You could ask") {
		t.Errorf("%+v: %q", s.Profile, r.Text)
	}
}

// Two questions about different things in one message are both answered
// ("Is financial aid available for Pakistan? And how much maths I need":
// dev76 got "Did you mean" the two); "structuring next? how long is it?"
// stays one question about the course.
func TestEachQuestionAnswered(t *testing.T) {
	a := newTestAdvisor(t)
	_, r := run(a, Session{}, "some python, no ml, fill a gap, 5 hrs, aid please. Is financial aid available for Pakistan? And how much maths I need, I am weak in calculus.")
	if !strings.Contains(r.Text, "Coursera offers financial aid") || !strings.Contains(r.Text, "The guide doesn't list math prerequisites") {
		t.Errorf("two questions: %q", r.Text)
	}
	s := withPlan(t, a, "some python, no ml, data scientist, 8 hrs, i'll pay")
	if _, r := run(a, s, "regression next? how long is it?"); strings.Contains(r.Text, "Your plan: ") {
		t.Errorf("'it' is the course: %q", r.Text)
	}
}
