package advisor

import "time"

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
