package advisor

import (
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Weekly check-ins: "remind weekly monday 18:00 Europe/Paris" stores a
// Reminder in the session; a scheduler (package schedule) sends
// CheckIn's reply when one is due, and the learner's one-tap answer ("on
// track", "behind", "done N") updates progress and re-plans.

// Reminder is a learner's opt-in weekly check-in: Weekday at Time (HH:MM)
// in the IANA time zone TZ.
type Reminder struct {
	Weekday time.Weekday `json:"weekday"`
	Time    string       `json:"time"`
	TZ      string       `json:"tz"`
	// Since is when the reminder was set; check-ins due before it are
	// never sent.
	Since time.Time `json:"since"`
}

// ErrBadReminder is returned for a reminder whose time or zone is invalid.
var ErrBadReminder = errors.New("invalid reminder")

func (r Reminder) clock() (hour, minute int, err error) {
	h, m, ok := strings.Cut(r.Time, ":")
	hour, err1 := strconv.Atoi(h)
	minute, err2 := strconv.Atoi(m)
	if !ok || err1 != nil || err2 != nil || hour < 0 || hour > 23 || minute < 0 || minute > 59 {
		return 0, 0, fmt.Errorf("%w: time %q is not HH:MM", ErrBadReminder, r.Time)
	}
	return hour, minute, nil
}

// Location loads the reminder's time zone.
func (r Reminder) Location() (*time.Location, error) { return r.location() }

func (r Reminder) location() (*time.Location, error) {
	if r.TZ == "" || r.TZ == "Local" {
		return nil, fmt.Errorf("%w: no time zone", ErrBadReminder)
	}
	loc, err := time.LoadLocation(r.TZ)
	if err != nil {
		return nil, fmt.Errorf("%w: time zone %q: %v", ErrBadReminder, r.TZ, err)
	}
	return loc, nil
}

// Last returns the most recent check-in time at or before t.
func (r Reminder) Last(t time.Time) (time.Time, error) {
	loc, err := r.location()
	if err != nil {
		return time.Time{}, err
	}
	return r.LastIn(loc, t)
}

// LastIn is Last with the zone already loaded (see Location), for callers
// that go through many reminders: loading a zone reads the zoneinfo file.
func (r Reminder) LastIn(loc *time.Location, t time.Time) (time.Time, error) {
	hour, minute, err := r.clock()
	if err != nil {
		return time.Time{}, err
	}
	d := t.In(loc)
	back := (int(d.Weekday()) - int(r.Weekday) + 7) % 7
	c := time.Date(d.Year(), d.Month(), d.Day()-back, hour, minute, 0, 0, loc)
	if c.After(t) {
		c = time.Date(d.Year(), d.Month(), d.Day()-back-7, hour, minute, 0, 0, loc)
	}
	return c, nil
}

// Next returns the first check-in time strictly after t.
func (r Reminder) Next(t time.Time) (time.Time, error) {
	last, err := r.Last(t)
	if err != nil {
		return time.Time{}, err
	}
	l := last.In(last.Location())
	hour, minute, _ := r.clock()
	return time.Date(l.Year(), l.Month(), l.Day()+7, hour, minute, 0, 0, l.Location()), nil
}

func (r Reminder) describe() string {
	return fmt.Sprintf("every %s at %s (%s)", r.Weekday, r.Time, r.TZ)
}

var (
	weekdays = map[string]time.Weekday{
		"sunday": time.Sunday, "sun": time.Sunday, "monday": time.Monday, "mon": time.Monday,
		"tuesday": time.Tuesday, "tue": time.Tuesday, "tues": time.Tuesday, "wednesday": time.Wednesday, "wed": time.Wednesday,
		"thursday": time.Thursday, "thu": time.Thursday, "thurs": time.Thursday, "friday": time.Friday, "fri": time.Friday,
		"saturday": time.Saturday, "sat": time.Saturday,
	}
	clockRE = regexp.MustCompile(`^(\d{1,2})(?::(\d{2}))?(am|pm)?$`)
)

// remindFiller are words people put around the day and time.
var remindFiller = map[string]bool{"me": true, "weekly": true, "every": true, "week": true, "on": true, "at": true, "each": true, "a": true}

// parseReminder reads "weekly monday 18:00 Europe/Paris" (the original
// spelling, since zone names are case-sensitive). The zone defaults to
// UTC.
func parseReminder(arg string, now time.Time) (Reminder, string) {
	const usage = `Say it like "remind weekly monday 18:00 Europe/Paris" (day, 24-hour time, and your time zone), or "remind off".`
	var r Reminder
	var haveDay, haveTime bool
	var zone string
	for _, f := range strings.Fields(arg) {
		low := strings.ToLower(strings.Trim(f, ",."))
		wd, isDay := weekdays[low]
		switch {
		case remindFiller[low]:
		case !haveDay && isDay:
			r.Weekday, haveDay = wd, true
		case !haveTime && clockRE.MatchString(low):
			m := clockRE.FindStringSubmatch(low)
			h, _ := strconv.Atoi(m[1])
			mm := 0
			if m[2] != "" {
				mm, _ = strconv.Atoi(m[2])
			}
			switch {
			case m[3] == "pm" && h >= 1 && h <= 11:
				h += 12
			case m[3] == "am" && h == 12:
				h = 0
			}
			if h > 23 || mm > 59 || (m[3] != "" && (m[1] == "0" || len(m[1]) == 2 && m[1] > "12")) {
				return Reminder{}, fmt.Sprintf("%q isn't a time of day. %s", f, usage)
			}
			r.Time, haveTime = fmt.Sprintf("%02d:%02d", h, mm), true
		case zone == "":
			zone = strings.Trim(f, ",.")
		default:
			return Reminder{}, fmt.Sprintf("I didn't understand %q. %s", f, usage)
		}
	}
	switch {
	case !haveDay:
		return Reminder{}, "Which day? " + usage
	case !haveTime:
		return Reminder{}, "At what time? " + usage
	}
	if zone == "" {
		zone = "UTC"
	}
	tz, ok := canonicalZone(zone)
	if !ok {
		return Reminder{}, fmt.Sprintf("I don't know the time zone %q. Use an IANA name such as Europe/Paris, America/New_York, Asia/Kolkata or UTC.", zone)
	}
	r.TZ, r.Since = tz, now
	return r, ""
}

// canonicalZone finds the IANA zone a learner meant, forgiving case
// ("europe/paris", "utc"), and rejects "Local": the server's zone means
// nothing to the learner.
func canonicalZone(z string) (string, bool) {
	candidates := []string{z, strings.ToUpper(z), titleZone(z)}
	for _, c := range candidates {
		if c == "" || strings.EqualFold(c, "local") {
			continue
		}
		if _, err := time.LoadLocation(c); err == nil {
			return c, true
		}
	}
	return "", false
}

func titleZone(z string) string {
	parts := strings.Split(strings.ToLower(z), "/")
	for i, p := range parts {
		words := strings.Split(p, "_")
		for j, w := range words {
			if w != "" {
				words[j] = strings.ToUpper(w[:1]) + w[1:]
			}
		}
		parts[i] = strings.Join(words, "_")
	}
	return strings.Join(parts, "/")
}

// remind sets, shows or clears the weekly check-in.
func (a *Advisor) remind(s Session, in Input, arg string) (Session, Reply) {
	low := strings.ToLower(strings.TrimSpace(arg))
	switch low {
	case "off", "stop", "none", "no", "cancel":
		if s.Reminder == nil {
			return s, Reply{Kind: KindInfo, Text: "You have no weekly check-in; nothing to turn off."}
		}
		s.Reminder = nil
		return s, Reply{Kind: KindInfo, Text: "Weekly check-ins are off."}
	case "":
		if s.Reminder == nil {
			return s, Reply{Kind: KindHelp, Text: `No weekly check-in yet. Set one with "remind weekly monday 18:00 Europe/Paris".`}
		}
		return s, Reply{Kind: KindInfo, Text: fmt.Sprintf("Your weekly check-in is %s. Say \"remind off\" to stop it.", s.Reminder.describe())}
	}
	if !hasPlan(s) {
		return a.next(s, in, "Once you have a plan I can check in on it every week.")
	}
	r, problem := parseReminder(arg, in.Now)
	if problem != "" {
		return s, Reply{Kind: KindHelp, Text: problem}
	}
	s.Reminder = &r
	next, _ := r.Next(in.Now)
	text := fmt.Sprintf("Weekly check-in set: %s. The first one is on %s. Say \"remind off\" to stop.", r.describe(), next.Format("Monday 2006-01-02 15:04 MST"))
	if !strings.Contains(strings.ToLower(arg), strings.ToLower(r.TZ)) {
		text += ` I used UTC; add your time zone to change it, e.g. "remind weekly monday 18:00 Europe/Paris".`
	}
	if s.Key.Platform == "console" {
		// Nothing can message a terminal between sessions; the calendar
		// export carries the check-in instead.
		text += " The console can't message you between sessions, so say export: the calendar file has the weekly check-in in it. In Slack or Discord it comes as a direct message."
	}
	return s, Reply{Kind: KindInfo, Text: text, Suggestions: []string{"export", "remind off"}}
}

// CheckIn is the weekly check-in message for s at now: where the plan
// says the learner should be, with one-tap answers. ok is false when the
// session has no plan or no reminder, and nothing should be sent.
func (a *Advisor) CheckIn(s Session, now time.Time) (Reply, bool) {
	if !hasPlan(s) || s.Reminder == nil {
		return Reply{}, false
	}
	i, ok := currentStep(s)
	if !ok {
		return Reply{}, false
	}
	st := s.Plan.Steps[i]
	expected := expectedHours(st, s.Profile.HoursPerWeek, now)
	var b strings.Builder
	fmt.Fprintf(&b, "Weekly check-in. You're on step %d: %s", i+1, st.Title)
	switch {
	case expected > 0:
		fmt.Fprintf(&b, "; by now your plan has about %s of its %s hours done", money(expected), money(st.Hours))
	default:
		fmt.Fprintf(&b, ", planned from %s", st.Start)
	}
	if st.HoursDone > 0 {
		fmt.Fprintf(&b, " (you logged %s h)", money(st.HoursDone))
	}
	b.WriteString(". How is it going?")
	q := &Question{Prompt: "How is it going?", Choices: []Choice{
		{ID: "cmd=on track", Label: "On track"},
		{ID: "cmd=behind", Label: "Behind"},
		{ID: fmt.Sprintf("cmd=done %d", i+1), Label: "Done with " + st.Title},
	}}
	b.WriteString("\n  1) On track   2) Behind   3) Done with " + st.Title)
	b.WriteString("\nOr tell me the hours so far, e.g. \"progress 12 hours\".")
	return Reply{Kind: KindQuestion, Text: b.String(), Question: q}, true
}

// expectedHours is what the plan expects done on st by now at the
// learner's pace.
func expectedHours(st Step, perWeek int, now time.Time) float64 {
	start, err := time.Parse(DateLayout, st.Start)
	if err != nil {
		return 0
	}
	days := dateOnly(now).Sub(start).Hours() / 24
	if days <= 0 {
		return 0
	}
	return math.Min(st.Hours, math.Round(days/7*float64(perWeek)))
}

// checkInAnswer applies "on track" (credit the hours the plan expected)
// or "behind" (keep what is logged; the rest re-flows from today).
func (a *Advisor) checkInAnswer(s Session, in Input, onTrack bool) (Session, Reply) {
	i, ok := currentStep(s)
	if !ok {
		return a.next(s, in, "Every step is already done.")
	}
	st := s.Plan.Steps[i]
	if !onTrack {
		return a.next(s, in, fmt.Sprintf("No problem: I've moved the rest of your plan to start from today, with %s still on step %d.", money(st.Hours-st.HoursDone)+" h", i+1))
	}
	expected := expectedHours(st, s.Profile.HoursPerWeek, in.Now)
	if expected <= st.HoursDone {
		return a.next(s, in, "Great, keep going.")
	}
	pr := progressFor(s)
	if pr.Hours == nil {
		pr.Hours = map[string]float64{}
	}
	pr.Hours[st.Course] = expected
	s.Progress = pr
	return a.next(s, in, fmt.Sprintf("Great: I've logged %s of %s hours on %s.", money(expected), money(st.Hours), st.Title))
}
