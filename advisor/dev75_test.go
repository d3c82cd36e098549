package advisor

import (
	"strings"
	"testing"
)

// After the plan, as dev75's learners wrote (2026-12-01): a certificate
// got is a course finished, a week of a course is not, "w/" is "with", a
// tick ends what was done, two courses finished "over the winter" are
// both done, the day's shift is no step even with hours in it.
func TestDev75ProgressWords(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "no coding, no ml, data scientist, 4 hrs, free")
	doneIs := func(next Session, want ...string) string {
		var got []string
		if next.Progress != nil {
			for _, f := range next.Progress.Done {
				got = append(got, f.Course)
			}
		}
		got = append(got, next.Profile.Completed...)
		if strings.Join(got, ",") != strings.Join(want, ",") {
			return strings.Join(got, ",")
		}
		return ""
	}
	for _, tt := range []struct {
		msgs []string
		done []string
	}{
		{[]string{"got my ML for all certificate today 🎉🎉"}, []string{"ml-for-all"}},
		{[]string{"done w/ ML for all ✅ regression next?"}, []string{"ml-for-all"}},
		{[]string{"done with week 1 of ML for all 😅"}, nil},
		{[]string{"finished my shift lol, 12 hrs of beds"}, nil},
		{[]string{"done for today, my voice is shot 😂"}, nil},
		{[]string{"finished ML for all and regression over the winter 💪"}, []string{"ml-for-all", "ml-regression"}},
	} {
		next, r := run(a, s, tt.msgs...)
		if got := doneIs(next, tt.done...); got != "" || next.Profile.HoursPerWeek != 4 {
			t.Errorf("%q: done %q, %d h; %q", tt.msgs, got, next.Profile.HoursPerWeek, r.Text)
		}
	}
	if _, r := run(a, s, "done with week 1 of ML for all 😅"); !strings.HasPrefix(r.Text, "Nice: week 1 of Machine Learning for All") {
		t.Errorf("a week of a course: %q", r.Text)
	}
	two, _ := run(a, s, "finished ML for all and regression over the winter 💪")
	wantReply(t, a, two, "what now, classification?", "Yes: next in your plan is Machine Learning: Classification")
}

// Dates and hours after the plan as dev75 wrote them: "pausing till
// february" starts the plan then; "say jan 18, that's a monday" refines a
// start (it was 18 h a week); "no treks till March, so I can do 8 hours a
// week now" is hours now, no start; "leave it at 6" keeps 6; "balik"
// (Tagalog) is back.
func TestDev75DatesAndHours(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "no coding, no ml, literacy, 3 hrs, free")
	for _, tt := range []struct {
		msgs  []string
		start string
		hours int
	}{
		{[]string{"pausing till february tho, i've got two long books to record in january"}, "2027-02-01", 3},
		{[]string{"need a break over christmas, back mid jan", "say jan 18, that's a monday"}, "2027-01-18", 3},
		{[]string{"Winter is slow, no treks till March, so I can do 8 hours a week now"}, "", 8},
		{[]string{"when would i finish if i do 8 hrs instead?", "ok cool, leave it at 3 then"}, "", 3},
		{[]string{"hmm no, keep 3, december is busy"}, "", 3},
		{[]string{"stick with 5 pls"}, "", 5},
		{[]string{"pause muna, balik po ako Jan 4"}, "2027-01-04", 3},
		// What they can do now, beside a later change (it took the
		// later amount).
		{[]string{"Season is over in April, then I can do 6 hours. Now 2 is ok"}, "", 2},
		{[]string{"Ah, d'estate non ho tempo: da giugno solo 1 ora. Ma adesso 4 va bene"}, "", 4},
		{[]string{"from june only 1 hour, but 4 is fine now"}, "", 4},
		{[]string{"sem break now so like 10 hrs a week, once classes start maybe 4. plan with 4 po"}, "", 4},
	} {
		next, r := run(a, s, tt.msgs...)
		if next.Profile.Start != tt.start || next.Profile.HoursPerWeek != tt.hours {
			t.Errorf("%q: start %q, %d h; want %q, %d; %q", tt.msgs, next.Profile.Start, next.Profile.HoursPerWeek, tt.start, tt.hours, r.Text)
		}
	}
}

// dev75's intros: "watched a heap of 3blue1brown" is ML coursework (the
// tokenizer splits the channel's name); "exam season from next week" is
// the season's start, not the plan's.
func TestDev75Intros(t *testing.T) {
	a := newTestAdvisor(t)
	s, _ := run(a, Session{}, "some python. ml: watched a heap of 3blue1brown")
	if s.Profile.ML != MLCoursework {
		t.Errorf("3blue1brown: %+v", s.Profile)
	}
	s, _ = run(a, Session{}, "exam season from next week so i'm invigilating all day, can only do 4 a week till january")
	if s.Profile.Start != "" || s.Profile.HoursPerWeek != 4 {
		t.Errorf("exam season from next week: %+v", s.Profile)
	}
	if s, _ = run(a, Session{}, "from next week 5 hrs"); s.Profile.Start == "" {
		t.Errorf("from next week 5 hrs: no start")
	}
}

// A part of a course other than a week is progress too.
func TestDoneWithAModule(t *testing.T) {
	a := newTestAdvisor(t)
	s := withPlan(t, a, "no coding, no ml, data scientist, 4 hrs, free")
	if next, r := run(a, s, "done with module 3 of ML for all"); !strings.HasPrefix(r.Text, "Nice progress on Machine Learning for All.") || next.Progress != nil && len(next.Progress.Done) > 0 {
		t.Errorf("a module: %q", r.Text)
	}
}
