package advisor

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	ics "github.com/arran4/golang-ical"
)

// Export: the plan as Markdown (to paste into notes or a README), as
// an iCalendar file (to import into a calendar app), one all-day event per
// step plus the weekly check-in when one is set, and as a timeline
// picture, which the advisor only names: adapters draw it.

// Names and types of the exported files.
const (
	MarkdownFileName = "certpath-plan.md"
	MarkdownMIMEType = "text/markdown; charset=utf-8"
	ICSFileName      = "certpath-plan.ics"
	ICSMIMEType      = "text/calendar; charset=utf-8"
	TimelineFileName = "certpath-plan.png"
	TimelineMIMEType = "image/png"
)

// ExportOptions say whose plan is exported and when.
type ExportOptions struct {
	// Owner makes event UIDs unique per learner, so re-importing an
	// updated plan replaces the events instead of duplicating them. It is
	// hashed: the file never carries a platform user id.
	Owner string
	// Now stamps the calendar (DTSTAMP).
	Now time.Time
	// Reminder adds the weekly check-in as a recurring event.
	Reminder *Reminder
}

// PlanMarkdown renders a plan as a Markdown document.
func PlanMarkdown(p *Plan, r *Reminder) []byte {
	var b strings.Builder
	b.WriteString("# Your certpath plan\n\n")
	fmt.Fprintf(&b, "Profile: %s, %d h/week.\n\n", describe(p.Profile, []Slot{SlotProgramming, SlotML, SlotGoal, SlotBudget}), p.Profile.HoursPerWeek)
	b.WriteString("| # | Course | Provider | Hours | Weeks | Start | End | Status |\n")
	b.WriteString("|---|---|---|---|---|---|---|---|\n")
	for i, s := range p.Steps {
		status := "planned"
		switch {
		case s.Done:
			status = "done"
		case s.HoursDone > 0:
			status = fmt.Sprintf("%s of %s h done", money(s.HoursDone), money(s.Hours))
		}
		fmt.Fprintf(&b, "| %d | %s | %s | %s | %d | %s | %s | %s |\n",
			i+1, mdCell(s.Title), mdCell(s.Provider), money(s.Hours), s.Weeks, s.Start, s.End, status)
	}
	fmt.Fprintf(&b, "\n**Total:** %s over %d week%s, %s to %s.\n\n", p.hoursText(), p.TotalWeeks, plural(p.TotalWeeks), p.Start, p.End)
	fmt.Fprintf(&b, "**Cost:** %s %s\n", p.CostNote, p.PriceNote())
	if p.Status != nil {
		fmt.Fprintf(&b, "\n**%s**\n", formatStatus(p))
	}
	if r != nil {
		fmt.Fprintf(&b, "\n**Check-ins:** %s.\n", r.describe())
	}
	b.WriteString("\n## Why this order\n\n")
	for i, s := range p.Steps {
		fmt.Fprintf(&b, "%d. **%s**: %s\n", i+1, s.Title, s.Why)
	}
	if len(p.Notes) > 0 {
		b.WriteString("\n## Notes\n\n")
		for _, n := range p.Notes {
			b.WriteString("- " + n + "\n")
		}
	}
	return []byte(b.String())
}

func mdCell(s string) string { return strings.ReplaceAll(s, "|", `\|`) }

// PlanICS renders a plan as an iCalendar file: one all-day event per step
// (DTEND is exclusive, so the day after the step's last day) and, with a
// reminder, a weekly check-in until the plan ends.
func PlanICS(p *Plan, opts ExportOptions) ([]byte, error) {
	cal := ics.NewCalendar()
	cal.SetProductId("-//certpath//certpath plan//EN")
	cal.SetMethod(ics.MethodPublish)
	cal.SetName("certpath plan")
	cal.SetXWRCalName("certpath plan")
	owner := ownerHash(opts.Owner)
	for i, s := range p.Steps {
		start, err := time.Parse(DateLayout, s.Start)
		if err != nil {
			return nil, fmt.Errorf("advisor: export ics: step %d start %q: %w", i+1, s.Start, err)
		}
		end, err := time.Parse(DateLayout, s.End)
		if err != nil {
			return nil, fmt.Errorf("advisor: export ics: step %d end %q: %w", i+1, s.End, err)
		}
		ev := cal.AddEvent(fmt.Sprintf("%s-%s@certpath", s.Course, owner))
		ev.SetDtStampTime(opts.Now)
		ev.SetAllDayStartAt(start)
		ev.SetAllDayEndAt(end.AddDate(0, 0, 1))
		summary := fmt.Sprintf("%d. %s (%s)", i+1, s.Title, s.Provider)
		if s.Done {
			summary += " [done]"
		}
		ev.SetSummary(summary)
		ev.SetDescription(fmt.Sprintf("%s h at %d h/week. %s", money(s.Hours), p.Profile.HoursPerWeek, s.Why))
		ev.SetProperty(ics.ComponentPropertyTransp, "TRANSPARENT")
	}
	if r := opts.Reminder; r != nil {
		if err := addCheckIn(cal, p, r, owner, opts.Now); err != nil {
			return nil, err
		}
	}
	var buf bytes.Buffer
	// RFC 5545 lines end in CRLF; some calendar apps reject bare LF.
	if err := cal.SerializeTo(&buf, ics.WithNewLineWindows); err != nil {
		return nil, fmt.Errorf("advisor: export ics: %w", err)
	}
	return buf.Bytes(), nil
}

// addCheckIn adds the weekly check-in as a 15-minute recurring event in
// the learner's own time zone, so it stays at the same local time across
// daylight-saving changes.
func addCheckIn(cal *ics.Calendar, p *Plan, r *Reminder, owner string, now time.Time) error {
	loc, err := r.location()
	if err != nil {
		return fmt.Errorf("advisor: export ics: %w", err)
	}
	from, err := time.ParseInLocation(DateLayout, p.Start, loc)
	if err != nil {
		return fmt.Errorf("advisor: export ics: plan start %q: %w", p.Start, err)
	}
	if r.Since.After(from) {
		from = r.Since
	}
	// The first check-in at or after the later of plan start and signup.
	first, err := r.Next(from.Add(-time.Nanosecond))
	if err != nil {
		return fmt.Errorf("advisor: export ics: %w", err)
	}
	until, err := time.Parse(DateLayout, p.End)
	if err != nil {
		return fmt.Errorf("advisor: export ics: plan end %q: %w", p.End, err)
	}
	const local = "20060102T150405"
	ev := cal.AddEvent(fmt.Sprintf("checkin-%s@certpath", owner))
	ev.SetDtStampTime(now)
	ev.SetProperty(ics.ComponentPropertyDtStart, first.Format(local), ics.WithTZID(r.TZ))
	ev.SetProperty(ics.ComponentPropertyDtEnd, first.Add(15*time.Minute).Format(local), ics.WithTZID(r.TZ))
	ev.AddRrule("FREQ=WEEKLY;UNTIL=" + until.AddDate(0, 0, 1).Format("20060102T150405Z"))
	ev.SetSummary("certpath check-in")
	ev.SetDescription(`Weekly check-in: where you are on your plan. Tell certpath "progress N hours" or "done N".`)
	return nil
}

func ownerHash(owner string) string {
	if owner == "" {
		owner = "anonymous"
	}
	sum := sha256.Sum256([]byte(owner))
	return hex.EncodeToString(sum[:8])
}

// export replies with the plan as files; Text stays a complete plain
// rendering for adapters that cannot upload.
func (a *Advisor) export(s Session, in Input) (Session, Reply) {
	if !hasPlan(s) {
		return a.next(s, in, "Once you have a plan I can export it.")
	}
	s, r := a.next(s, in, "")
	md := PlanMarkdown(r.Plan, s.Reminder)
	files := []File{{Name: MarkdownFileName, MIMEType: MarkdownMIMEType, Data: md}}
	names := []string{MarkdownFileName}
	if cal, err := PlanICS(r.Plan, ExportOptions{Owner: s.Key.String(), Now: in.Now, Reminder: s.Reminder}); err == nil {
		files = append(files, File{Name: ICSFileName, MIMEType: ICSMIMEType, Data: cal})
		name := ICSFileName + " (import it into your calendar: one event per step"
		if s.Reminder != nil {
			name += " and your weekly check-in"
		}
		names = append(names, name+")")
	}
	r.Files = append(files, timelineFile())
	names = append(names, TimelineFileName+" (a timeline picture)")
	r.Text = "Here is your plan as " + listWords(names) + ".\n\n" + r.Text
	r.Suggestions = []string{"plan", "progress", "remind weekly monday 18:00"}
	return s, r
}

// timelineFile names the timeline picture for the adapter to draw.
func timelineFile() File {
	return File{Name: TimelineFileName, MIMEType: TimelineMIMEType, Picture: PictureTimeline}
}

// listWords joins "a", "a and b", "a, b and c".
func listWords(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

// TimelineChoice is the Choice.ID of a "Timeline" button, which asks for
// the plan as a picture.
const TimelineChoice = "cmd=timeline"

// asksTimeline reports whether in asks for the plan as a timeline
// picture, clicked or typed; Step answers such input with the picture.
func asksTimeline(in Input) bool {
	if in.Choice != "" {
		return in.Choice == TimelineChoice
	}
	t := strings.ToLower(strings.Join(strings.Fields(in.Text), " "))
	t = strings.TrimPrefix(t, "/")
	t = strings.TrimPrefix(t, "certpath ")
	switch strings.TrimRight(t, ".!") {
	case "timeline", "my timeline", "show timeline", "show my timeline", "plan timeline",
		"timeline picture", "plan picture", "picture", "show picture", "draw my plan", "draw the plan", "draw plan":
		return true
	}
	return false
}

// timeline answers asksTimeline input: the plan, with its timeline
// picture for the adapter to draw.
func (a *Advisor) timeline(s Session, in Input) (Session, Reply) {
	if !hasPlan(s) {
		return a.next(s, in, "Once you have a plan I can draw it as a timeline.")
	}
	s, r := a.next(s, in, "")
	r.Files = []File{timelineFile()}
	r.Text = "Here is your plan as a timeline picture (" + TimelineFileName + ").\n\n" + r.Text
	return s, r
}
