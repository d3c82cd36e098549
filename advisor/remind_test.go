package advisor

import (
	"strings"
	"testing"
	"time"
)

func TestParseReminder(t *testing.T) {
	tests := []struct {
		arg     string
		want    Reminder
		problem string
	}{
		{"weekly monday 18:00 Europe/Paris", Reminder{Weekday: time.Monday, Time: "18:00", TZ: "Europe/Paris"}, ""},
		{"me every friday at 9am america/new_york", Reminder{Weekday: time.Friday, Time: "09:00", TZ: "America/New_York"}, ""},
		{"weekly sun 7:30pm utc", Reminder{Weekday: time.Sunday, Time: "19:30", TZ: "UTC"}, ""},
		{"weekly wed 12am", Reminder{Weekday: time.Wednesday, Time: "00:00", TZ: "UTC"}, ""},
		{"weekly tuesday 08:15", Reminder{Weekday: time.Tuesday, Time: "08:15", TZ: "UTC"}, ""},
		{"weekly 18:00", Reminder{}, "Which day?"},
		{"weekly monday", Reminder{}, "At what time?"},
		{"weekly monday 25:00", Reminder{}, "isn't a time of day"},
		{"weekly monday 13pm", Reminder{}, "isn't a time of day"},
		{"weekly monday 18:00 Mars/Olympus", Reminder{}, `time zone "Mars/Olympus"`},
		{"weekly monday 18:00 Local", Reminder{}, `time zone "Local"`},
		{"weekly monday 18:00 Europe/Paris extra", Reminder{}, `didn't understand "extra"`},
	}
	for _, tt := range tests {
		got, problem := parseReminder(tt.arg, today)
		if tt.problem != "" {
			if !strings.Contains(problem, tt.problem) {
				t.Errorf("parseReminder(%q) problem = %q, want %q", tt.arg, problem, tt.problem)
			}
			continue
		}
		tt.want.Since = today
		if problem != "" || got != tt.want {
			t.Errorf("parseReminder(%q) = %+v, %q; want %+v", tt.arg, got, problem, tt.want)
		}
	}
}

func TestReminderLastNext(t *testing.T) {
	paris, _ := time.LoadLocation("Europe/Paris")
	r := Reminder{Weekday: time.Sunday, Time: "02:30", TZ: "Europe/Paris"}
	tests := []struct {
		at, last, next time.Time
	}{
		// Wednesday: last Sunday, next Sunday.
		{time.Date(2026, 11, 25, 12, 0, 0, 0, paris), time.Date(2026, 11, 22, 2, 30, 0, 0, paris), time.Date(2026, 11, 29, 2, 30, 0, 0, paris)},
		// Exactly at the time: that is the last one.
		{time.Date(2026, 11, 29, 2, 30, 0, 0, paris), time.Date(2026, 11, 29, 2, 30, 0, 0, paris), time.Date(2026, 12, 6, 2, 30, 0, 0, paris)},
		// A minute before: the week before.
		{time.Date(2026, 11, 29, 2, 29, 0, 0, paris), time.Date(2026, 11, 22, 2, 30, 0, 0, paris), time.Date(2026, 11, 29, 2, 30, 0, 0, paris)},
		// Across the spring DST change the local time stays 02:30 or
		// the nearest real instant (02:30 does not exist on 2027-03-28).
		{time.Date(2027, 3, 27, 12, 0, 0, 0, paris), time.Date(2027, 3, 21, 2, 30, 0, 0, paris), time.Date(2027, 3, 28, 2, 30, 0, 0, paris)},
	}
	for _, tt := range tests {
		last, err := r.Last(tt.at)
		if err != nil {
			t.Fatal(err)
		}
		next, err := r.Next(tt.at)
		if err != nil {
			t.Fatal(err)
		}
		if !last.Equal(tt.last) || !next.Equal(tt.next) {
			t.Errorf("at %v: last %v next %v, want %v and %v", tt.at, last, next, tt.last, tt.next)
		}
	}
	if _, err := (Reminder{Weekday: time.Monday, Time: "18:00", TZ: "Nowhere/Atall"}).Last(today); err == nil {
		t.Error("a bad zone gave no error")
	}
}

func TestRemindCommands(t *testing.T) {
	a := newTestAdvisor(t)
	s := planned(t, a)
	tests := []struct {
		in       string
		reminder *Reminder
		textHas  string
	}{
		{"remind", nil, "No weekly check-in yet"},
		{"remind weekly monday 18:00 Europe/Paris", &Reminder{Weekday: time.Monday, Time: "18:00", TZ: "Europe/Paris", Since: today}, "first one is on Monday 2026-11-30 18:00 CET"},
		{"remind weekly monday 18:00 Nowhere/Atall", nil, "I don't know the time zone"},
		{"remind weekly friday 9am", &Reminder{Weekday: time.Friday, Time: "09:00", TZ: "UTC", Since: today}, "I used UTC"},
	}
	for _, tt := range tests {
		s2, r := a.Step(s, Input{Text: tt.in, Now: today})
		if (s2.Reminder == nil) != (tt.reminder == nil) || s2.Reminder != nil && *s2.Reminder != *tt.reminder {
			t.Errorf("%q: reminder %+v, want %+v", tt.in, s2.Reminder, tt.reminder)
		}
		if !strings.Contains(r.Text, tt.textHas) {
			t.Errorf("%q: reply %q lacks %q", tt.in, r.Text, tt.textHas)
		}
	}
	s, _ = a.Step(s, Input{Text: "remind weekly monday 18:00 Europe/Paris", Now: today})
	if _, r := a.Step(s, Input{Text: "remind", Now: today}); !strings.Contains(r.Text, "every Monday at 18:00 (Europe/Paris)") {
		t.Errorf("remind shows %q", r.Text)
	}
	s, r := a.Step(s, Input{Text: "remind off", Now: today})
	if s.Reminder != nil || !strings.Contains(r.Text, "off") {
		t.Errorf("remind off: %+v %q", s.Reminder, r.Text)
	}
	// Without a plan there is nothing to check in on.
	s, r = a.Step(Session{}, Input{Text: "remind weekly monday 18:00", Now: today})
	if s.Reminder != nil || r.Kind != KindQuestion {
		t.Errorf("remind without a plan: %+v %v", s.Reminder, r.Kind)
	}
}

func TestCheckIn(t *testing.T) {
	a := newTestAdvisor(t)
	s := planned(t, a)
	if _, ok := a.CheckIn(s, day(14)); ok {
		t.Error("check-in without a reminder")
	}
	s, _ = a.Step(s, Input{Text: "remind weekly wednesday 18:00", Now: today})
	r, ok := a.CheckIn(s, day(14))
	if !ok || r.Question == nil || len(r.Question.Choices) != 3 {
		t.Fatalf("check-in: %v %+v", ok, r)
	}
	if !strings.Contains(r.Text, "step 1: Machine Learning for All") || !strings.Contains(r.Text, "about 16 of its 30 hours") {
		t.Errorf("check-in text %q", r.Text)
	}
	tests := []struct {
		choice    string
		hoursDone float64
		stepsDone int
	}{
		{"cmd=on track", 16, 0},
		{"cmd=behind", 0, 0},
		{r.Question.Choices[2].ID, 30, 1},
	}
	for _, tt := range tests {
		_, reply := a.Step(s, Input{Choice: tt.choice, Now: day(14)})
		if reply.Kind != KindPlan {
			t.Fatalf("%s: %v %q", tt.choice, reply.Kind, reply.Text)
		}
		var done, steps float64
		if st := reply.Plan.Status; st != nil {
			done, steps = st.HoursDone, float64(st.StepsDone)
		}
		if done != tt.hoursDone || int(steps) != tt.stepsDone {
			t.Errorf("%s: %v hours, %v steps done; want %v, %d", tt.choice, done, steps, tt.hoursDone, tt.stepsDone)
		}
		if reply.Plan.Steps[1].Start < day(14).Format(DateLayout) {
			t.Errorf("%s: the rest was not re-planned from today: %+v", tt.choice, reply.Plan.Steps[1])
		}
	}
}

// The hours a learner logged are shown with their unit.
func TestCheckInShowsLoggedHoursWithUnit(t *testing.T) {
	a := newTestAdvisor(t)
	s := planned(t, a)
	s, _ = a.Step(s, Input{Text: "remind weekly wednesday 18:00", Now: today})
	s, _ = a.Step(s, Input{Text: "progress 3 hours", Now: day(7)})
	r, ok := a.CheckIn(s, day(14))
	if !ok || !strings.Contains(r.Text, "(you logged 3 h)") {
		t.Errorf("check-in %q, want \"(you logged 3 h)\"", r.Text)
	}
}
