package advisor

import (
	"bytes"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"
)

func TestPlanICSParsesBack(t *testing.T) {
	a := newTestAdvisor(t)
	s := planned(t, a)
	s, _ = a.Step(s, Input{Text: "done 1", Now: day(20)})
	tests := []struct {
		name     string
		reminder *Reminder
		events   int
	}{
		{"steps only", nil, len(s.Plan.Steps)},
		{"with check-in", &Reminder{Weekday: time.Monday, Time: "18:00", TZ: "Europe/Paris", Since: today}, len(s.Plan.Steps) + 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, err := PlanICS(s.Plan, ExportOptions{Owner: "slack:T1:D1:U1", Now: day(20), Reminder: tt.reminder})
			if err != nil {
				t.Fatal(err)
			}
			if bytes.Contains(data, []byte("U1")) {
				t.Errorf("the file carries the user id")
			}
			checkRFC5545Lines(t, data)
			cal, err := ics.ParseCalendar(bytes.NewReader(data))
			if err != nil {
				t.Fatalf("library cannot parse our output: %v\n%s", err, data)
			}
			events := cal.Events()
			if len(events) != tt.events {
				t.Fatalf("%d events, want %d", len(events), tt.events)
			}
			uids := map[string]bool{}
			for i, step := range s.Plan.Steps {
				ev := events[i]
				start, err := ev.GetAllDayStartAt()
				if err != nil {
					t.Fatalf("event %d start: %v", i, err)
				}
				end, err := ev.GetAllDayEndAt()
				if err != nil {
					t.Fatalf("event %d end: %v", i, err)
				}
				if got := start.Format(DateLayout); got != step.Start {
					t.Errorf("event %d starts %s, want %s", i, got, step.Start)
				}
				// DTEND of an all-day event is exclusive.
				if got := end.AddDate(0, 0, -1).Format(DateLayout); got != step.End {
					t.Errorf("event %d ends %s, want %s", i, got, step.End)
				}
				summary := ev.GetProperty(ics.ComponentPropertySummary).Value
				if !strings.Contains(summary, step.Title) || step.Done != strings.Contains(summary, "[done]") {
					t.Errorf("event %d summary %q for %+v", i, summary, step)
				}
				uids[ev.Id()] = true
			}
			if len(uids) != len(s.Plan.Steps) {
				t.Errorf("UIDs not unique: %v", uids)
			}
			if tt.reminder != nil {
				ev := events[len(events)-1]
				start, err := ev.GetStartAt()
				if err != nil {
					t.Fatal(err)
				}
				paris, _ := time.LoadLocation("Europe/Paris")
				if l := start.In(paris); l.Weekday() != time.Monday || l.Hour() != 18 || l.Minute() != 0 {
					t.Errorf("check-in starts %v, want a Monday 18:00 in Paris", l)
				}
				if rr := ev.GetProperty(ics.ComponentPropertyRrule); rr == nil || !strings.HasPrefix(rr.Value, "FREQ=WEEKLY;UNTIL=") {
					t.Errorf("check-in rule %v, want weekly until the plan ends", rr)
				}
			}
		})
	}
}

// Re-exporting the same learner's plan keeps each step's UID, so calendar
// apps update the events instead of adding copies; another learner's
// differ.
func TestPlanICSStableUIDs(t *testing.T) {
	a := newTestAdvisor(t)
	s := planned(t, a)
	uids := func(owner string, now time.Time) []string {
		data, err := PlanICS(s.Plan, ExportOptions{Owner: owner, Now: now})
		if err != nil {
			t.Fatal(err)
		}
		cal, err := ics.ParseCalendar(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, ev := range cal.Events() {
			out = append(out, ev.Id())
		}
		return out
	}
	first, again, other := uids("u1", today), uids("u1", day(30)), uids("u2", today)
	for i := range first {
		if first[i] != again[i] {
			t.Errorf("step %d UID changed between exports: %s vs %s", i+1, first[i], again[i])
		}
		if first[i] == other[i] {
			t.Errorf("step %d UID shared by two learners: %s", i+1, first[i])
		}
	}
}

func TestPlanMarkdown(t *testing.T) {
	a := newTestAdvisor(t)
	s := planned(t, a)
	s, _ = a.Step(s, Input{Text: "progress 12", Now: day(1)})
	md := string(PlanMarkdown(s.Plan, &Reminder{Weekday: time.Friday, Time: "09:30", TZ: "UTC"}))
	for _, want := range []string{
		"# Your certpath plan",
		"| 1 | Machine Learning for All | University of London | 30 | 3 | 2026-11-26 | 2026-12-16 | 12 of 30 h done |",
		"| 6 | Portfolio project | you | 20 |",
		"**Total:** 158 hours left",
		"**Progress: 0 of 6 steps done",
		"**Check-ins:** every Friday at 09:30 (UTC).",
		"## Why this order",
		"## Notes",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
	rows := 0
	for _, line := range strings.Split(md, "\n") {
		if strings.HasPrefix(line, "| ") && !strings.HasPrefix(line, "| #") {
			rows++
		}
	}
	if rows != len(s.Plan.Steps) {
		t.Errorf("%d table rows, want %d", rows, len(s.Plan.Steps))
	}
}

func TestExportCommand(t *testing.T) {
	a := newTestAdvisor(t)
	_, r := a.Step(Session{}, Input{Text: "export", Now: today})
	if len(r.Files) != 0 || r.Kind != KindQuestion {
		t.Errorf("export without a plan: %v with %d files", r.Kind, len(r.Files))
	}
	s := planned(t, a)
	s.Key = Key{Platform: "slack", Workspace: "T1", User: "U1"}
	_, r = a.Step(s, Input{Text: "export", Now: today})
	if r.Kind != KindPlan || len(r.Files) != 3 {
		t.Fatalf("export: %v with %d files", r.Kind, len(r.Files))
	}
	// The picture is only named: the adapter draws it.
	if pic := r.Files[2]; pic.Name != TimelineFileName || pic.MIMEType != TimelineMIMEType || pic.Picture != PictureTimeline || len(pic.Data) != 0 {
		t.Errorf("file 3 = %+v, want the timeline picture to draw", pic)
	}
	if !strings.Contains(r.Text, TimelineFileName) {
		t.Errorf("text does not name %s: %q", TimelineFileName, r.Text)
	}
	want := []struct{ name, mime, has string }{
		{MarkdownFileName, MarkdownMIMEType, "# Your certpath plan"},
		{ICSFileName, ICSMIMEType, "BEGIN:VCALENDAR"},
	}
	for i, w := range want {
		f := r.Files[i]
		if f.Name != w.name || f.MIMEType != w.mime || !bytes.Contains(f.Data, []byte(w.has)) {
			t.Errorf("file %d = %s %s (%d bytes), want %s %s containing %q", i, f.Name, f.MIMEType, len(f.Data), w.name, w.mime, w.has)
		}
		if !strings.Contains(r.Text, f.Name) {
			t.Errorf("text does not name %s: %q", f.Name, r.Text)
		}
	}
	if !strings.Contains(r.Text, "1. Machine Learning for All") {
		t.Errorf("text is not a complete rendering of the plan: %q", r.Text)
	}
}

func TestAsksTimeline(t *testing.T) {
	tests := []struct {
		in   Input
		want bool
	}{
		{Input{Choice: TimelineChoice}, true},
		{Input{Text: "timeline"}, true},
		{Input{Text: "  Show my   Timeline! "}, true},
		{Input{Text: "/certpath timeline"}, true},
		{Input{Text: "draw my plan"}, true},
		// A click says what it is; its text is not read.
		{Input{Choice: "cmd=export", Text: "timeline"}, false},
		{Input{Text: "what is the timeline for a data scientist?"}, false},
		{Input{Text: "plan"}, false},
		{Input{}, false},
	}
	for _, tt := range tests {
		if got := asksTimeline(tt.in); got != tt.want {
			t.Errorf("asksTimeline(%+v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestTimeline(t *testing.T) {
	a := newTestAdvisor(t)
	s, r := a.Step(Session{}, Input{Choice: TimelineChoice, Now: today})
	if len(r.Files) != 0 || r.Kind != KindQuestion || !strings.Contains(r.Text, "Once you have a plan") || s.Turns != 1 {
		t.Errorf("timeline without a plan: %v with %d files, %d turns: %q", r.Kind, len(r.Files), s.Turns, r.Text)
	}
	s = planned(t, a)
	turns := s.Turns
	s, r = a.Step(s, Input{Choice: TimelineChoice, Now: today})
	if r.Kind != KindPlan || r.Plan == nil || len(r.Files) != 1 || s.Turns != turns+1 || !s.UpdatedAt.Equal(today) {
		t.Fatalf("timeline: %v, plan %v, %d files, %d turns", r.Kind, r.Plan != nil, len(r.Files), s.Turns)
	}
	if f := r.Files[0]; f.Name != TimelineFileName || f.Picture != PictureTimeline || len(f.Data) != 0 {
		t.Errorf("file = %+v, want the timeline picture to draw", f)
	}
	if !strings.Contains(r.Text, TimelineFileName) || !strings.HasSuffix(r.Text, FormatPlan(r.Plan)) {
		t.Errorf("text = %q, want the picture named and the plan in full", r.Text)
	}
}

// checkRFC5545Lines checks what strict importers (Outlook among them)
// insist on and the parser forgives: CRLF line ends, lines of at most 75
// octets, a DTSTAMP and UID in every event.
func checkRFC5545Lines(t *testing.T, data []byte) {
	t.Helper()
	if !bytes.HasSuffix(data, []byte("END:VCALENDAR\r\n")) {
		t.Errorf("does not end with END:VCALENDAR CRLF")
	}
	lines := bytes.Split(bytes.TrimSuffix(data, []byte("\r\n")), []byte("\r\n"))
	events, stamps, uids := 0, 0, 0
	for i, l := range lines {
		if bytes.ContainsAny(l, "\r\n") {
			t.Fatalf("line %d has a bare CR or LF: %q", i+1, l)
		}
		if len(l) > 75 {
			t.Errorf("line %d is %d octets, over 75: %q", i+1, len(l), l)
		}
		switch {
		case bytes.Equal(l, []byte("BEGIN:VEVENT")):
			events++
		case bytes.HasPrefix(l, []byte("DTSTAMP:")):
			stamps++
		case bytes.HasPrefix(l, []byte("UID:")):
			uids++
		}
	}
	if stamps != events || uids != events {
		t.Errorf("%d events but %d DTSTAMP and %d UID", events, stamps, uids)
	}
}
