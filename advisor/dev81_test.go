package advisor

import (
	"strings"
	"testing"
)

// dev81's learners: goals said as a task ("i wanna be the one who can
// actually spot them before they call", "work out which patterns are gonna
// sell", "find which students will score low"), a short answer before
// another fact ("ok then none. ML none too"), Taglish "Wala po akong
// programming" and "Mag-start po ako sa Jan 11", code used at work by
// someone who is no developer ("ma non sono developer", "PLC ladder logic
// ..., not a software guy"), Romanian "vreau doar să înțeleg ce face".
func TestDev81Understanding(t *testing.T) {
	a := newTestAdvisor(t)
	asking, _ := run(a, Session{}, "hi", "no coding", "ml none")
	for _, msg := range []string{
		"my manager keeps asking who's gonna cancel next month. i wanna be the one who can actually spot them before they call. staying put",
		"i want to work out which patterns are gonna sell before winter, keeping both jobs",
		"find which students will score low in boards early. It is my own coaching",
	} {
		if next, r := run(a, asking, msg); next.Profile.Goal != GoalFillGap {
			t.Errorf("%q: goal %q (%q)", msg, next.Profile.Goal, r.Text)
		}
	}
	if next, _ := run(a, asking, "vreau doar să înțeleg ce face de fapt, rămân în HR"); next.Profile.Goal != GoalLiteracy {
		t.Errorf("vreau doar să înțeleg: %q", next.Profile.Goal)
	}
	start, _ := run(a, Session{}, "hi")
	if next, _ := run(a, start, "does excel count as programming?", "ok then none. ML none too"); next.Profile.Programming != ProgrammingNone || next.Profile.ML != MLNone {
		t.Errorf("ok then none. ML none too: %q, %q", next.Profile.Programming, next.Profile.ML)
	}
	wantSlot(t, a, start, SlotProgramming, map[string]string{
		"Wala po akong programming, Excel lang. ML wala rin":                  ProgrammingNone,
		"Uso VBA in Excel ogni settimana per i report, ma non sono developer": ProgrammingSome,
		"Programming: PLC ladder logic on the job, not a software guy.":       ProgrammingSome,
	})
	s := withPlan(t, a, "no coding, ml none, data scientist, 4 hrs, free")
	if next, r := a.Step(s, Input{Text: "Mag-start po ako sa Jan 11, after ng holidays", Now: convNow}); next.Profile.Start != "2027-01-11" {
		t.Errorf("Mag-start po ako sa Jan 11: %q, %q", next.Profile.Start, r.Text)
	}
}

// A short clear question inside a story is answered like the question
// alone ("hii everyone! quick question before i start, do i need to know
// calculus for these?" was offered topics; a stranger in the console);
// "what's the second course about?" with a plan of one course says so.
func TestSession16QuestionInStory(t *testing.T) {
	a := newTestAdvisor(t)
	if ans := a.Ask("hii everyone! quick question before i start, do i need to know calculus for these?"); !ans.Answered || ans.Topic != TopicLeastMath {
		t.Errorf("calculus in a story: %+v", ans)
	}
	s := withPlan(t, a, "no coding, no ml, just curious, 4 hrs, free")
	if ans := a.AskIn(s, "what's the second course about?"); !ans.Answered || !strings.HasPrefix(ans.Text, "Your plan has 1 course (Machine Learning for All), so there is no course 2") {
		t.Errorf("second course of one: %q", ans.Text)
	}
}

// "so basically" (a reply split over lines) is a pause, not an answer to
// guess from; "want to learn how to use AI tools for my side business" is
// literacy (AI tools used, not built). A stranger in the console.
func TestSession16FillerAndAITools(t *testing.T) {
	a := newTestAdvisor(t)
	asking, _ := run(a, Session{}, "hey")
	next, r := run(a, asking, "so basically")
	if next.Pending != nil || !strings.HasPrefix(r.Text, "No rush.") {
		t.Errorf("so basically: %q", r.Text)
	}
	goal, _ := run(a, Session{}, "hey", "never coded", "no ml")
	if next, _ := run(a, goal, "want to learn how to use AI tools for my side business selling metal art"); next.Profile.Goal != GoalLiteracy {
		t.Errorf("AI tools for my side business: %q", next.Profile.Goal)
	}
}

// Strangers in the console: "can i put this on my resume?" is answered
// (it was "Did you mean"), "can you help me with my resume?" is not about
// certificates (it got what they are worth at 0.99); "what after ML for
// all?" on a plan to understand ML is the whole path, and the guide's next
// course if they want to build models.
func TestSession16ResumeAndAfterMLForAll(t *testing.T) {
	a := newTestAdvisor(t)
	if ans := a.Ask("can i put this on my resume?"); !ans.Answered || !strings.HasPrefix(ans.Text, "Yes: list each certificate") {
		t.Errorf("resume: %+v", ans)
	}
	if ans := a.Ask("can you help me with my resume?"); ans.Answered || !strings.HasPrefix(ans.Text, "I can't help with the resume itself") {
		t.Errorf("resume help: %+v", ans)
	}
	s := withPlan(t, a, "nurse, no coding, no ml, want to understand AI for work, 3 hrs a week, free")
	if ans := a.AskIn(s, "ok and what after ML for all?"); !strings.Contains(ans.Text, "To understand ML, that is the whole path") {
		t.Errorf("after ML for all: %q", ans.Text)
	}
}

// "is regression gonna be hard for me?" asks the course's level and whom
// it suits; each of those says both, and the answer said them twice (a
// stranger in the console, 2026-12-01). A sentence is said once.
func TestCourseAnswerSaysEachSentenceOnce(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "vet nurse, no coding, no ml, predict which dogs get sick, staying, 4 hrs, free")
	ans := a.AskIn(s, "is regression gonna be hard for me?")
	if !ans.Answered || strings.Count(ans.Text, "suits learners with programming experience") != 1 || strings.Count(ans.Text, "intermediate-level course") != 1 {
		t.Errorf("said twice: %q", ans.Text)
	}
}

// "tbh i just wanna know how chatgpt works lol" answering the goal is
// literacy (a stranger in the console got "Sorry, I didn't catch that",
// then data scientist assumed).
func TestSession16KnowHowChatGPTWorks(t *testing.T) {
	a := newTestAdvisor(t)
	goal, _ := run(a, Session{}, "hey", "never coded", "ml none")
	wantSlot(t, a, goal, SlotGoal, map[string]string{"tbh i just wanna know how chatgpt works lol": GoalLiteracy})
}
