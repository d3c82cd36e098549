// Package advisor is certpath's domain: who is asking (Key), what we know
// about them (Profile, Session), what they said (Input), what we answer
// (Reply, Plan, Answer), and the pure state machine that turns one into the
// other. It does no I/O and knows nothing of Slack, Discord or storage;
// adapters render a Reply, stores persist a Session.
package advisor

import (
	"net/url"
	"strings"
	"time"
)

// Key names one conversation on every platform.
type Key struct {
	Platform  string `json:"platform"`
	Workspace string `json:"workspace,omitempty"`
	Channel   string `json:"channel,omitempty"`
	User      string `json:"user"`
}

// String is a stable, unambiguous form usable as a storage key: each part
// is path-escaped, so a ':' inside an id cannot collide with the separator.
func (k Key) String() string {
	return strings.Join([]string{
		url.PathEscape(k.Platform), url.PathEscape(k.Workspace),
		url.PathEscape(k.Channel), url.PathEscape(k.User),
	}, ":")
}

// ParseKey is the inverse of Key.String.
func ParseKey(s string) (Key, bool) {
	parts := strings.Split(s, ":")
	if len(parts) != 4 {
		return Key{}, false
	}
	var out [4]string
	for i, p := range parts {
		v, err := url.PathUnescape(p)
		if err != nil {
			return Key{}, false
		}
		out[i] = v
	}
	return Key{Platform: out[0], Workspace: out[1], Channel: out[2], User: out[3]}, true
}

// Slot is one thing the interview asks about.
type Slot string

// The interview's slots, in the order they are asked.
const (
	SlotProgramming Slot = "programming"
	SlotML          Slot = "ml"
	SlotGoal        Slot = "goal"
	SlotHours       Slot = "hours"
	SlotBudget      Slot = "budget"
	SlotStart       Slot = "start"
)

// Slots lists the required slots in asking order (start is optional).
var Slots = []Slot{SlotProgramming, SlotML, SlotGoal, SlotHours, SlotBudget}

// Allowed values of the enumerated slots.
const (
	ProgrammingNone         = "none"
	ProgrammingSome         = "some"
	ProgrammingProfessional = "professional"

	MLNone        = "none"
	MLCoursework  = "coursework"
	MLBuiltModels = "built_models"
	MLProduction  = "production"

	GoalLiteracy      = "literacy"
	GoalDataScientist = "data_scientist"
	GoalMLEngineer    = "ml_engineer"
	GoalMLOps         = "mlops"
	GoalFillGap       = "fill_gap"
	GoalResearch      = "research"

	BudgetFree = "free"
	BudgetPaid = "paid"
	BudgetAid  = "aid"

	MinHours = 1
	MaxHours = 60
)

// AllowedValues are the values an enumerated slot accepts, in display order.
var AllowedValues = map[Slot][]string{
	SlotProgramming: {ProgrammingNone, ProgrammingSome, ProgrammingProfessional},
	SlotML:          {MLNone, MLCoursework, MLBuiltModels, MLProduction},
	SlotGoal:        {GoalLiteracy, GoalDataScientist, GoalMLEngineer, GoalMLOps, GoalFillGap, GoalResearch},
	SlotBudget:      {BudgetFree, BudgetPaid, BudgetAid},
}

// Profile is what the learner told us. Empty strings and zero mean unknown.
type Profile struct {
	Programming  string `json:"programming,omitempty"`
	ML           string `json:"ml,omitempty"`
	Goal         string `json:"goal,omitempty"`
	HoursPerWeek int    `json:"hours_per_week,omitempty"`
	Budget       string `json:"budget,omitempty"`
	// Start is YYYY-MM-DD; empty means "from today".
	Start string `json:"start,omitempty"`
	// Completed lists catalog courses the learner finished before the
	// plan (e.g. within a specialization); plans leave them out.
	Completed []string `json:"completed,omitempty"`
}

// HasCompleted reports whether the learner finished a course before the
// plan.
func (p Profile) HasCompleted(id string) bool {
	for _, c := range p.Completed {
		if c == id {
			return true
		}
	}
	return false
}

// Equal reports whether two profiles say the same.
func (p Profile) Equal(q Profile) bool {
	if p.Programming != q.Programming || p.ML != q.ML || p.Goal != q.Goal || p.HoursPerWeek != q.HoursPerWeek ||
		p.Budget != q.Budget || p.Start != q.Start || len(p.Completed) != len(q.Completed) {
		return false
	}
	for i := range p.Completed {
		if p.Completed[i] != q.Completed[i] {
			return false
		}
	}
	return true
}

// IsZero reports whether nothing is known.
func (p Profile) IsZero() bool { return p.Equal(Profile{}) }

// Missing lists the required slots not yet filled, in asking order.
func (p Profile) Missing() []Slot {
	var out []Slot
	for _, s := range Slots {
		if !p.Has(s) {
			out = append(out, s)
		}
	}
	return out
}

// Has reports whether a slot is filled.
func (p Profile) Has(s Slot) bool {
	switch s {
	case SlotProgramming:
		return p.Programming != ""
	case SlotML:
		return p.ML != ""
	case SlotGoal:
		return p.Goal != ""
	case SlotHours:
		return p.HoursPerWeek > 0
	case SlotBudget:
		return p.Budget != ""
	case SlotStart:
		return p.Start != ""
	}
	return false
}

// Complete reports whether every required slot is filled.
func (p Profile) Complete() bool { return len(p.Missing()) == 0 }

// Session is one learner's conversation state; stores persist it whole.
type Session struct {
	Key Key `json:"key"`
	// Version is owned by the store: Save succeeds only if it matches the
	// stored version, then increments it (compare-and-swap).
	Version int64   `json:"version"`
	Profile Profile `json:"profile"`
	// Asking is the slot the last question asked for, so a bare "8" or
	// "yes" can be read in context.
	Asking    Slot      `json:"asking,omitempty"`
	Plan      *Plan     `json:"plan,omitempty"`
	Turns     int       `json:"turns"`
	UpdatedAt time.Time `json:"updated_at"`
	// Progress is what the learner has finished, and the schedule they
	// started from; nil until a plan exists.
	Progress *Progress `json:"progress,omitempty"`
	// Reminder is the opt-in weekly check-in; nil when off.
	Reminder *Reminder `json:"reminder,omitempty"`
	// StudyGroup is the opt-in to the study group of the current course
	// in this workspace; nil when not joined.
	StudyGroup *StudyGroup `json:"study_group,omitempty"`
	// Pending is a question certpath asked that a short answer settles:
	// a yes/no about a guessed value, or a choice between values.
	Pending *Pending `json:"pending,omitempty"`
	// Tries counts answers to the current question (Asking) that could
	// not be used, so the next attempt changes approach.
	Tries int `json:"tries,omitempty"`
	// Nudges counts the hellos and "ok"s said while a question is open
	// that were not counted as tries; only the first two are let off.
	Nudges int `json:"nudges,omitempty"`
	// Asked counts how often each slot's question was asked, so a
	// question the learner sidesteps is not repeated every turn.
	Asked map[Slot]int `json:"asked,omitempty"`
	// Hints are guesses from earlier messages ("product manager": maybe no
	// programming), confirmed when their slot comes up.
	Hints map[Slot]string `json:"hints,omitempty"`
	// Denied are guesses the learner said no to ("you've done some
	// programming, right?" "no"): not guessed or assumed again.
	Denied map[Slot]string `json:"denied,omitempty"`
	// ForOther is set when the writer said the plan is for someone else
	// ("asking for my son, he's 17"): that person's facts fill the
	// profile, the writer's own ("I'm a software architect") do not.
	ForOther bool `json:"for_other,omitempty"`
	// HoursSaid is the message that last set the hours, so a later
	// message naming only the days ("on sat and sun, each day i mean",
	// "actually make it 4 days") is read together with it.
	HoursSaid string `json:"hours_said,omitempty"`
	// WorkSaid is the message that named a work rotation ("firefighter,
	// 24 on 48 off"), so hours given later for "my off days" count the
	// days off it gives.
	WorkSaid string `json:"work_said,omitempty"`
	// BudgetSaid is the message that gave the budget with an amount in
	// dollars ("no more than 100 bucks total", "$30 a month max"), so the
	// plan's cost can be compared with it.
	BudgetSaid string `json:"budget_said,omitempty"`
	// Offer is the change the last reply offered after the plan ("To
	// switch, say \"actually 10 hours a week\"."), so "ok do 10" or
	// "yes please" takes it; only the next turn reads it.
	Offer string `json:"offer,omitempty"`
	// sidestepped is set during a turn whose message answered other
	// questions than the one asked, so the next question rotates.
	sidestepped bool
	// Community is what the store layer knows about this workspace's
	// study groups when the turn starts (package groups fills it on
	// Load). It is never stored with the session.
	Community *Community `json:"-"`
	// Loaded is what the session held when the store loaded it, so store
	// wrappers that keep indexes (check-ins, study group rosters) act only
	// on a change; nil means unknown, and they act.
	Loaded *Loaded `json:"-"`
}

// Pending kinds.
const (
	// PendingConfirm asks yes/no about Value for Slot.
	PendingConfirm = "confirm"
	// PendingChoose asks which of Options (choice ids) is meant.
	PendingChoose = "choose"
	// PendingTopics asks which of Options (FAQ topics) a question meant.
	PendingTopics = "topics"
)

// Pending is a question awaiting a short answer.
type Pending struct {
	Kind    string   `json:"kind"`
	Slot    Slot     `json:"slot,omitempty"`
	Value   string   `json:"value,omitempty"`
	Options []string `json:"options,omitempty"`
}

// Loaded is a session's indexed state as loaded from the store.
type Loaded struct {
	// Reminder is the reminder the check-in index has for this learner.
	Reminder *Reminder
	// GroupCourse is the course the learner is on a study group roster
	// for ("" for none); GroupRead says it was recorded at load.
	GroupCourse string
	GroupRead   bool
}

// Input is one thing the learner did: typed text or picked a choice.
type Input struct {
	Text string
	// Choice is the ID of a Choice the learner clicked; it wins over Text.
	Choice string
	// Now is when the turn happened; plans are dated from it.
	Now time.Time
	// Admin is set by adapters for workspace admins (Slack) and members
	// with Manage Server (Discord): they may see aggregate counts.
	Admin bool
}

// ReplyKind says what a Reply is for, so adapters can pick a layout.
type ReplyKind string

// Reply kinds.
const (
	KindQuestion ReplyKind = "question"
	KindPlan     ReplyKind = "plan"
	KindAnswer   ReplyKind = "answer"
	KindHelp     ReplyKind = "help"
	KindInfo     ReplyKind = "info"
	KindForget   ReplyKind = "forget"
)

// Reply is what certpath says back, as meaning only: adapters render it.
// Text is always a complete plain-text rendering, so a minimal adapter can
// send Text alone.
type Reply struct {
	Kind ReplyKind `json:"kind"`
	Text string    `json:"text"`
	// Question is set when the reply asks for a slot.
	Question *Question `json:"question,omitempty"`
	Plan     *Plan     `json:"plan,omitempty"`
	Answer   *Answer   `json:"answer,omitempty"`
	// Suggestions are follow-ups the learner could send next.
	Suggestions []string `json:"suggestions,omitempty"`
	// Forget tells the caller to delete everything stored for this key.
	Forget bool `json:"forget,omitempty"`
	// Files are attachments (e.g. the exported plan) an adapter may upload;
	// Text stays complete without them.
	Files []File `json:"files,omitempty"`
	// Group lists study group members (user ids, for adapters to render
	// as mentions) or, for admins, counts per course.
	Group *GroupInfo `json:"group,omitempty"`
	// repeat marks a question asked again only because the learner
	// said hello: it does not count as one more try.
	repeat bool
}

// ResumeLead opens the interview's question after an answer to an aside:
// "Back to your plan: How much programming have you done?".
const ResumeLead = "Back to your plan: "

// Resumes reports whether the reply answers an aside and then asks the
// interview's question again (its text says ResumeLead before it).
func (r Reply) Resumes() bool {
	return r.Answer != nil && r.Question != nil && r.Question.Slot != "" && r.Kind != KindPlan
}

// Clarifying reports whether the reply asks which topic a question meant
// ("Did you mean"): its choices are the topics, not an interview answer.
func (r Reply) Clarifying() bool {
	return r.Answer != nil && len(r.Answer.Clarify) > 0 && r.Question != nil && r.Question.Slot == ""
}

// File is one attachment of a Reply.
type File struct {
	Name     string `json:"name"`
	MIMEType string `json:"mime_type"`
	Data     []byte `json:"data"`
	// Picture, when set, names a picture of the reply's Plan that the
	// adapter draws into Data before sending: drawing is no part of the
	// domain, and it is too slow for the turn itself. Until then Data is
	// empty.
	Picture Picture `json:"picture,omitempty"`
	// Alt says in words what a picture shows, for screen readers and
	// clients that show no images.
	Alt string `json:"alt,omitempty"`
}

// Picture names a picture an adapter draws from a reply's plan.
type Picture string

// PictureTimeline is the plan as a timeline: a bar per step on a calendar.
const PictureTimeline Picture = "timeline"

// Question asks for one slot with choices an adapter can show as buttons.
type Question struct {
	Slot    Slot     `json:"slot"`
	Prompt  string   `json:"prompt"`
	Choices []Choice `json:"choices,omitempty"`
}

// Choice is one button; ID goes back as Input.Choice when clicked.
type Choice struct {
	ID    string `json:"id"`
	Label string `json:"label"`
}

// Answer is an FAQ answer, or the honest admission that there is none.
type Answer struct {
	Answered    bool     `json:"answered"`
	Text        string   `json:"text"`
	Topic       string   `json:"topic"`
	Confidence  float64  `json:"confidence"`
	Suggestions []string `json:"suggestions"`
	// Clarify holds the topics of a "Did you mean" reply, in the order
	// of Suggestions; choosing one answers it.
	Clarify []string `json:"-"`
	// Also is a topic of the same family whose gist follows the answer
	// (the question read as either).
	Also string `json:"also,omitempty"`
	// family is set when the answer was chosen for its topic family
	// (decision.family) rather than on its own.
	family bool
}

// Plan is a sequenced path with schedule and cost.
type Plan struct {
	Profile    Profile `json:"profile"`
	Steps      []Step  `json:"steps"`
	TotalHours float64 `json:"total_hours"`
	TotalWeeks int     `json:"total_weeks"`
	Start      string  `json:"start"`
	End        string  `json:"end"`
	CostUSD    float64 `json:"cost_usd"`
	CostMinUSD float64 `json:"cost_min_usd"`
	CostMaxUSD float64 `json:"cost_max_usd"`
	// CostNote explains the cost figures (audit, subscription, aid).
	CostNote string `json:"cost_note"`
	// PriceAsOf and PriceSource date the prices the cost comes from.
	PriceAsOf   string   `json:"price_as_of"`
	PriceSource string   `json:"price_source"`
	Notes       []string `json:"notes"`
	// Status compares a re-flowed plan with the original schedule; nil
	// for a fresh plan with no progress.
	Status *PlanStatus `json:"status,omitempty"`
}

// PriceNote dates the plan's prices for people: "Prices as of 2026, from
// the guide." PriceSource (which entry of the guide) is provenance for the
// catalog, not a line to show.
func (p Plan) PriceNote() string {
	if p.PriceAsOf == "" {
		return ""
	}
	return "Prices as of " + p.PriceAsOf + ", from the guide."
}

// NothingLeft is what a plan with no steps says in place of its total
// and cost: every course on the path is already done.
func (p Plan) NothingLeft() string {
	if len(p.Steps) > 0 {
		return ""
	}
	return "Nothing left to take on this path: you've already finished every course on it. Next, build something you can show; change your goal for a longer path."
}

// Step is one course (or the portfolio project) in a plan.
type Step struct {
	Course   string  `json:"course"`
	Title    string  `json:"title"`
	Provider string  `json:"provider"`
	Hours    float64 `json:"hours"`
	Weeks    int     `json:"weeks"`
	Start    string  `json:"start"`
	End      string  `json:"end"`
	Why      string  `json:"why"`
	// Done is set once the learner finished the step; End is then the day
	// they said so.
	Done bool `json:"done,omitempty"`
	// HoursDone is what the learner logged on an unfinished step.
	HoursDone float64 `json:"hours_done,omitempty"`
}
