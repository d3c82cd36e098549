package advisor

import (
	"maps"
	"reflect"
	"slices"
	"time"
)

// Clone is a deep copy of s: nothing of it shares memory with s. A store
// that keeps sessions as values (the memory store) hands out clones,
// because a turn may change the maps of the session it was given in place
// (Hints), and the stored value must not change with it. What a turn
// notes only for itself is not copied, as no store keeps it.
func (s Session) Clone() Session {
	out := s
	out.sidestepped = false
	out.Profile = s.Profile.clone()
	if s.Plan != nil {
		p := s.Plan.clone()
		out.Plan = &p
	}
	if s.Progress != nil {
		out.Progress = s.Progress.deepClone()
	}
	if s.Reminder != nil {
		r := *s.Reminder
		out.Reminder = &r
	}
	if s.StudyGroup != nil {
		g := *s.StudyGroup
		out.StudyGroup = &g
	}
	if s.Pending != nil {
		p := *s.Pending
		p.Options = slices.Clone(p.Options)
		out.Pending = &p
	}
	out.Asked = maps.Clone(s.Asked)
	out.Hints = maps.Clone(s.Hints)
	out.Denied = maps.Clone(s.Denied)
	if s.Community != nil {
		c := Community{Peers: slices.Clone(s.Community.Peers), Counts: maps.Clone(s.Community.Counts)}
		out.Community = &c
	}
	if s.Loaded != nil {
		l := *s.Loaded
		if l.Reminder != nil {
			r := *l.Reminder
			l.Reminder = &r
		}
		out.Loaded = &l
	}
	return out
}

func (p Profile) clone() Profile {
	p.Completed = slices.Clone(p.Completed)
	return p
}

func (p Plan) clone() Plan {
	p.Profile = p.Profile.clone()
	p.Steps = slices.Clone(p.Steps)
	p.Notes = slices.Clone(p.Notes)
	if p.Status != nil {
		st := *p.Status
		p.Status = &st
	}
	return p
}

// deepClone copies p exactly, nil stays nil (clone makes an empty
// Progress of nil, for Step to fill).
func (p *Progress) deepClone() *Progress {
	out := &Progress{Done: slices.Clone(p.Done), Hours: maps.Clone(p.Hours)}
	if p.Baseline != nil {
		b := *p.Baseline
		b.Profile = b.Profile.clone()
		b.Steps = slices.Clone(b.Steps)
		out.Baseline = &b
	}
	return out
}

// SameStored reports whether a store would keep the same for x and y:
// they differ at most in the turn counter, the time of the last turn,
// and what stores and their wrappers fill in (key, version, Community,
// Loaded). A turn that leaves the session SameStored changed nothing a
// later turn could see, so it need not be saved; a stored Turns then
// counts the turns that changed something.
func SameStored(x, y Session) bool {
	return reflect.DeepEqual(storedPart(x), storedPart(y))
}

// storedPart is what a store keeps of s. Stores keep an empty map or
// list as none (their JSON omits both), so those are nil here.
func storedPart(s Session) Session {
	s.Key, s.Version, s.Turns, s.UpdatedAt = Key{}, 0, 0, time.Time{}
	s.Community, s.Loaded, s.sidestepped = nil, nil, false
	if len(s.Asked) == 0 {
		s.Asked = nil
	}
	if len(s.Hints) == 0 {
		s.Hints = nil
	}
	if len(s.Denied) == 0 {
		s.Denied = nil
	}
	if len(s.Profile.Completed) == 0 {
		s.Profile.Completed = nil
	}
	if s.Progress != nil && s.Progress.Hours != nil && len(s.Progress.Hours) == 0 {
		pr := *s.Progress
		pr.Hours = nil
		s.Progress = &pr
	}
	return s
}
