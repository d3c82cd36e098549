package advisor

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"time"
)

// What a store keeps of a session is what cannot be recomputed: the
// profile, the progress with its dates, the settings and the interview's
// small counters. The plan is not kept. It is a function of the profile
// it was made for, the progress and the day it was made, and the advisor
// recomputes it in microseconds, so a session keeps that day instead of
// the plan's several kilobytes of titles, reasons and notes. The same goes
// for the progress baseline: it is the schedule of a plan made for a
// profile on a day.
//
// EncodeSession checks the rebuild before it relies on it: a plan (or a
// baseline) the advisor would not rebuild exactly as it is, e.g. one
// stored before the catalog changed, is kept whole. DecodeSession also
// reads sessions stored whole as JSON by earlier versions (with their
// plan), so stores migrate them on read: they are decoded as they were
// and written compactly by their next save.
//
// A rebuilt plan is made from the catalog the advisor has now: after a
// catalog update a learner sees its titles and prices, as the next turn
// that re-plans would show them anyway. The baseline keeps its end date,
// the one "ahead" and "behind" compare with, so they do not move.

// compactFormat opens every compact session ({"f":2,...}); a stored
// session without it is the JSON of Session.
const compactFormat = 2

var compactPrefix = []byte(`{"f":2`)

// compactSession is the stored form. Key and Version are not in it: the
// store knows both.
type compactSession struct {
	Format    int             `json:"f"`
	Profile   *compactProfile `json:"p,omitempty"`
	Asking    Slot            `json:"a,omitempty"`
	Turns     int             `json:"t,omitempty"`
	UpdatedAt int64           `json:"u,omitempty"` // Unix nanoseconds
	// PlanDay is the day the plan was made (or re-flowed) on; set when
	// the session has a plan.
	PlanDay storedDay `json:"pd,omitempty"`
	// PlanProfile is the profile the plan was made for, when it is not
	// Profile.
	PlanProfile *compactProfile `json:"pp,omitempty"`
	// Plan is kept whole only when it cannot be rebuilt.
	Plan       *Plan            `json:"plan,omitempty"`
	Progress   *compactProgress `json:"g,omitempty"`
	Reminder   *Reminder        `json:"r,omitempty"`
	StudyGroup *StudyGroup      `json:"sg,omitempty"`
	Pending    *Pending         `json:"pn,omitempty"`
	Tries      int              `json:"tr,omitempty"`
	Nudges     int              `json:"nu,omitempty"`
	Asked      map[Slot]int     `json:"ak,omitempty"`
	Hints      map[Slot]string  `json:"hi,omitempty"`
	Denied     map[Slot]string  `json:"dn,omitempty"`
	ForOther   bool             `json:"fo,omitempty"`
	HoursSaid  string           `json:"hs,omitempty"`
	WorkSaid   string           `json:"ws,omitempty"`
	BudgetSaid string           `json:"bs,omitempty"`
	Offer      string           `json:"of,omitempty"`
}

type compactProfile struct {
	Programming string    `json:"pg,omitempty"`
	ML          string    `json:"ml,omitempty"`
	Goal        string    `json:"go,omitempty"`
	Hours       int       `json:"h,omitempty"`
	Budget      string    `json:"b,omitempty"`
	Start       storedDay `json:"s,omitempty"`
	Completed   []string  `json:"c,omitempty"`
}

type compactProgress struct {
	Done     []compactFinished  `json:"d,omitempty"`
	Hours    map[string]float64 `json:"h,omitempty"`
	Baseline *compactBaseline   `json:"b,omitempty"`
}

type compactFinished struct {
	Course string    `json:"c"`
	Start  storedDay `json:"s,omitempty"`
	On     storedDay `json:"o,omitempty"`
}

// compactBaseline is the day the baseline's plan was made, its end, and,
// when it is not the session's, the profile it was made for; or, when that
// would not rebuild it, the milestones themselves (Whole).
type compactBaseline struct {
	Day     storedDay          `json:"d,omitempty"`
	Profile *compactProfile    `json:"p,omitempty"`
	Whole   bool               `json:"w,omitempty"`
	Steps   []compactMilestone `json:"s,omitempty"`
	End     storedDay          `json:"e,omitempty"`
}

type compactMilestone struct {
	Course string    `json:"c"`
	Start  storedDay `json:"s,omitempty"`
	End    storedDay `json:"e,omitempty"`
}

// storedDay is a date as plans write it (DateLayout), stored as the number of
// days since 1970-01-01; anything else is stored as it is.
type storedDay string

const secondsPerDay = 24 * 60 * 60

func (d storedDay) MarshalJSON() ([]byte, error) {
	if t, err := time.Parse(DateLayout, string(d)); err == nil && t.Format(DateLayout) == string(d) {
		return strconv.AppendInt(nil, t.Unix()/secondsPerDay, 10), nil
	}
	return json.Marshal(string(d))
}

func (d *storedDay) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		var s string
		err := json.Unmarshal(b, &s)
		*d = storedDay(s)
		return err
	}
	n, err := strconv.ParseInt(string(b), 10, 64)
	if err != nil {
		return fmt.Errorf("advisor: storedDay %s: %w", b, err)
	}
	*d = storedDay(time.Unix(n*secondsPerDay, 0).UTC().Format(DateLayout))
	return nil
}

func compactProfileOf(p Profile) *compactProfile {
	if p.IsZero() {
		return nil
	}
	return &compactProfile{Programming: p.Programming, ML: p.ML, Goal: p.Goal, Hours: p.HoursPerWeek,
		Budget: p.Budget, Start: storedDay(p.Start), Completed: p.Completed}
}

func (c *compactProfile) profile() Profile {
	if c == nil {
		return Profile{}
	}
	return Profile{Programming: c.Programming, ML: c.ML, Goal: c.Goal, HoursPerWeek: c.Hours,
		Budget: c.Budget, Start: string(c.Start), Completed: c.Completed}
}

// EncodeSession is the bytes a store keeps for s: everything but the
// key, the version and what can be recomputed.
func (a *Advisor) EncodeSession(s Session) ([]byte, error) {
	c := compactSession{
		Format: compactFormat, Profile: compactProfileOf(s.Profile), Asking: s.Asking, Turns: s.Turns,
		Reminder: s.Reminder, StudyGroup: s.StudyGroup, Pending: s.Pending, Tries: s.Tries, Nudges: s.Nudges, Asked: s.Asked, Hints: s.Hints, Denied: s.Denied,
		ForOther: s.ForOther, HoursSaid: s.HoursSaid, WorkSaid: s.WorkSaid, BudgetSaid: s.BudgetSaid, Offer: s.Offer,
	}
	if !s.UpdatedAt.IsZero() {
		c.UpdatedAt = s.UpdatedAt.UnixNano()
	}
	if s.Plan != nil {
		c.PlanDay = storedDay(planDay(s.Plan))
		if !s.Plan.Profile.Equal(s.Profile) {
			c.PlanProfile = compactProfileOf(s.Plan.Profile)
		}
		if rebuilt, ok := a.rebuildPlan(s.Plan.Profile, s.Progress, string(c.PlanDay)); !ok || !reflect.DeepEqual(rebuilt, s.Plan) {
			c.Plan, c.PlanDay, c.PlanProfile = s.Plan, "", nil
		}
	}
	if s.Progress != nil {
		c.Progress = a.compactProgressOf(s.Progress, s.Profile)
	}
	return json.Marshal(c)
}

// DecodeSession is the inverse of EncodeSession; it also reads a session
// stored whole as JSON, plan included. Key and Version are left for the
// store to set.
func (a *Advisor) DecodeSession(data []byte) (Session, error) {
	if !bytes.HasPrefix(data, compactPrefix) {
		var s Session
		if err := json.Unmarshal(data, &s); err != nil {
			return Session{}, fmt.Errorf("advisor: decode session: %w", err)
		}
		return s, nil
	}
	var c compactSession
	if err := json.Unmarshal(data, &c); err != nil {
		return Session{}, fmt.Errorf("advisor: decode session: %w", err)
	}
	s := Session{
		Profile: c.Profile.profile(), Asking: c.Asking, Turns: c.Turns,
		Reminder: c.Reminder, StudyGroup: c.StudyGroup, Pending: c.Pending, Tries: c.Tries, Nudges: c.Nudges, Asked: c.Asked, Hints: c.Hints, Denied: c.Denied,
		ForOther: c.ForOther, HoursSaid: c.HoursSaid, WorkSaid: c.WorkSaid, BudgetSaid: c.BudgetSaid, Offer: c.Offer,
	}
	if c.UpdatedAt != 0 {
		s.UpdatedAt = time.Unix(0, c.UpdatedAt).UTC()
	}
	if c.Progress != nil {
		pr, err := a.progressOf(c.Progress, s.Profile)
		if err != nil {
			return Session{}, fmt.Errorf("advisor: decode session: %w", err)
		}
		s.Progress = pr
	}
	switch {
	case c.Plan != nil:
		s.Plan = c.Plan
	case c.PlanDay != "":
		pp := s.Profile
		if c.PlanProfile != nil {
			pp = c.PlanProfile.profile()
		}
		plan, ok := a.rebuildPlan(pp, s.Progress, string(c.PlanDay))
		if !ok {
			return Session{}, fmt.Errorf("advisor: decode session: the plan of %s cannot be rebuilt", c.PlanDay)
		}
		s.Plan = plan
	}
	return s, nil
}

// planDay is the day a plan was made on, as far as the plan depends on
// it: the start of its first unfinished step once progress re-flowed it
// (re-flowing schedules them from that day), else its start.
func planDay(p *Plan) string {
	if p.Status != nil {
		for _, st := range p.Steps {
			if !st.Done {
				return st.Start
			}
		}
	}
	return p.Start
}

// rebuildPlan makes the plan next would have made for profile p with
// progress pr on day d.
func (a *Advisor) rebuildPlan(p Profile, pr *Progress, d string) (*Plan, bool) {
	plan, on, ok := a.planOn(p, d)
	if !ok {
		return nil, false
	}
	return reflow(a.cat, plan, pr, on), true
}

// rebuildBaseline is the baseline of the plan made for p on day d, which
// ended on end. The end is kept rather than recomputed: it is what "ahead"
// and "behind" are measured against, and it must not move when a new
// catalog would schedule the same plan differently.
func (a *Advisor) rebuildBaseline(p Profile, d, end string) (*Baseline, bool) {
	plan, _, ok := a.planOn(p, d)
	if !ok {
		return nil, false
	}
	b := baselineOf(plan)
	b.End = end
	return b, true
}

// planOn is the fresh plan for p made on day d (DateLayout), and d.
func (a *Advisor) planOn(p Profile, d string) (*Plan, time.Time, bool) {
	on, err := time.Parse(DateLayout, d)
	if err != nil {
		return nil, time.Time{}, false
	}
	plan, err := a.Plan(p, on)
	if err != nil {
		return nil, time.Time{}, false
	}
	return plan, on, true
}

func (a *Advisor) compactProgressOf(pr *Progress, profile Profile) *compactProgress {
	c := &compactProgress{Hours: pr.Hours}
	for _, f := range pr.Done {
		c.Done = append(c.Done, compactFinished{Course: f.Course, Start: storedDay(f.Start), On: storedDay(f.On)})
	}
	if b := pr.Baseline; b != nil {
		cb := &compactBaseline{End: storedDay(b.End)}
		if !b.Profile.Equal(profile) {
			cb.Profile = compactProfileOf(b.Profile)
		}
		if len(b.Steps) > 0 {
			cb.Day = storedDay(b.Steps[0].Start)
		} else if end, err := time.Parse(DateLayout, b.End); err == nil {
			// A plan with no steps ends the day before it starts.
			cb.Day = storedDay(end.AddDate(0, 0, 1).Format(DateLayout))
		}
		if rebuilt, ok := a.rebuildBaseline(b.Profile, string(cb.Day), b.End); !ok || !reflect.DeepEqual(rebuilt, b) {
			cb = &compactBaseline{Profile: compactProfileOf(b.Profile), Whole: true, End: storedDay(b.End)}
			for _, m := range b.Steps {
				cb.Steps = append(cb.Steps, compactMilestone{Course: m.Course, Start: storedDay(m.Start), End: storedDay(m.End)})
			}
		}
		c.Baseline = cb
	}
	return c
}

func (a *Advisor) progressOf(c *compactProgress, profile Profile) (*Progress, error) {
	pr := &Progress{Hours: c.Hours}
	for _, f := range c.Done {
		pr.Done = append(pr.Done, Finished{Course: f.Course, Start: string(f.Start), On: string(f.On)})
	}
	cb := c.Baseline
	if cb == nil {
		return pr, nil
	}
	bp := profile
	if cb.Profile != nil {
		bp = cb.Profile.profile()
	}
	if cb.Whole {
		b := &Baseline{Profile: cb.Profile.profile(), End: string(cb.End)}
		for _, m := range cb.Steps {
			b.Steps = append(b.Steps, Milestone{Course: m.Course, Start: string(m.Start), End: string(m.End)})
		}
		pr.Baseline = b
		return pr, nil
	}
	b, ok := a.rebuildBaseline(bp, string(cb.Day), string(cb.End))
	if !ok {
		return nil, fmt.Errorf("the progress baseline of %s cannot be rebuilt", cb.Day)
	}
	pr.Baseline = b
	return pr, nil
}
