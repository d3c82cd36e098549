package schedule

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/session"
)

// The due index. session.Store cannot list sessions, so the scheduler
// keeps its own index of who asked for a check-in: the store's due index
// (on Redis a sorted set) holding each learner's key with the time their
// next check-in is due, updated one learner at a time. A tick asks only
// for what is due. A per-key record ("reminder", key) mirrors the
// reminder the index was last set from, so saving a session whose
// reminder did not change costs one small read.

// Index and record names.
const (
	dueIndex   = "check-ins"
	perKeyKind = "reminder"
	// The index as earlier versions kept it: one record holding every
	// reminder. Ticks import it (see importLegacy) so an upgrade loses no
	// reminder, even while old replicas still write it.
	legacyKind = "reminders"
	legacyID   = "index"
)

// Store is what the scheduler needs from a session store;
// session.Store has all of it.
type Store interface {
	Load(ctx context.Context, key advisor.Key) (advisor.Session, error)
	Claim(ctx context.Context, id string, ttl time.Duration) (bool, error)
	PutRecord(ctx context.Context, kind, id string, value []byte) error
	GetRecord(ctx context.Context, kind, id string) ([]byte, error)
	DeleteRecord(ctx context.Context, kind, id string) error
	Schedule(ctx context.Context, index, member string, due time.Time) error
	Unschedule(ctx context.Context, index, member string) error
	Due(ctx context.Context, index string, by time.Time) ([]string, error)
}

// entry is one learner's reminder as the per-key mirror (and the legacy
// index) records it.
type entry struct {
	Key      advisor.Key      `json:"key"`
	Reminder advisor.Reminder `json:"reminder"`
}

// firstDue is when r's first check-in is due: its first time at or after
// r.Since (a check-in due before the reminder was set is never sent).
func firstDue(r advisor.Reminder) (time.Time, error) {
	loc, err := r.Location()
	if err != nil {
		return time.Time{}, err
	}
	at, err := r.LastIn(loc, r.Since)
	if err != nil {
		return time.Time{}, err
	}
	if at.Equal(r.Since) {
		return at, nil
	}
	return nextAfter(r, loc, r.Since)
}

// nextAfter is r's first check-in time after t. A week on in wall-clock
// time, so daylight saving changes keep it at the learner's hour.
func nextAfter(r advisor.Reminder, loc *time.Location, t time.Time) (time.Time, error) {
	at, err := r.LastIn(loc, t.In(loc).AddDate(0, 0, 7))
	if err != nil {
		return time.Time{}, err
	}
	if !at.After(t) {
		// Not reachable for a weekly time; never loop on a bad clock.
		at = t.Add(time.Hour)
	}
	return at, nil
}

// Sync makes the index agree with a learner's reminder (nil: none). The
// index is written before the per-key mirror, so a crash in between is
// repaired by the next Sync instead of leaving a reminder unindexed.
func Sync(ctx context.Context, st Store, key advisor.Key, r *advisor.Reminder) error {
	id := key.String()
	var want []byte
	if r != nil {
		var err error
		if want, err = json.Marshal(entry{Key: key, Reminder: *r}); err != nil {
			return fmt.Errorf("schedule: encode reminder %s: %w", key, err)
		}
	}
	have, err := st.GetRecord(ctx, perKeyKind, id)
	switch {
	case errors.Is(err, session.ErrNotFound):
		have = nil
	case err != nil:
		return fmt.Errorf("schedule: load reminder %s: %w", key, err)
	}
	if string(have) == string(want) {
		return nil
	}
	if r == nil {
		if err := st.Unschedule(ctx, dueIndex, id); err != nil {
			return fmt.Errorf("schedule: unindex %s: %w", key, err)
		}
		if err := st.DeleteRecord(ctx, perKeyKind, id); err != nil {
			return fmt.Errorf("schedule: delete reminder %s: %w", key, err)
		}
		return nil
	}
	due, err := firstDue(*r)
	if err != nil {
		return fmt.Errorf("schedule: reminder %s: %w", key, err)
	}
	if err := st.Schedule(ctx, dueIndex, id, due); err != nil {
		return fmt.Errorf("schedule: index %s: %w", key, err)
	}
	if err := st.PutRecord(ctx, perKeyKind, id, want); err != nil {
		return fmt.Errorf("schedule: save reminder %s: %w", key, err)
	}
	return nil
}

// importLegacy moves the one-record index of earlier versions into the due
// index: each entry due now (the tick then decides, as for any entry,
// whether this week's check-in is still to send), then the record goes.
func importLegacy(ctx context.Context, st Store, now time.Time) error {
	raw, err := st.GetRecord(ctx, legacyKind, legacyID)
	switch {
	case errors.Is(err, session.ErrNotFound):
		return nil
	case err != nil:
		return fmt.Errorf("schedule: load legacy index: %w", err)
	}
	var idx struct {
		Entries map[string]entry `json:"entries"`
	}
	if err := json.Unmarshal(raw, &idx); err != nil {
		return fmt.Errorf("schedule: decode legacy index: %w", err)
	}
	for id := range idx.Entries {
		if err := st.Schedule(ctx, dueIndex, id, now); err != nil {
			return fmt.Errorf("schedule: import %s: %w", id, err)
		}
	}
	if err := st.DeleteRecord(ctx, legacyKind, legacyID); err != nil {
		return fmt.Errorf("schedule: delete legacy index: %w", err)
	}
	return nil
}

func unchanged(before, after *advisor.Reminder) bool {
	if before == nil || after == nil {
		return before == after
	}
	return sameReminder(*before, *after)
}

func sameReminder(a, b advisor.Reminder) bool {
	return a.Weekday == b.Weekday && a.Time == b.Time && a.TZ == b.TZ && a.Since.Equal(b.Since)
}

// Track wraps a session store so that saving or deleting a session keeps
// the reminder index current. Wire it around the store bot.Conversations
// uses. A failed index update is logged, not returned: the turn itself
// was saved, and failing it would make the learner repeat it.
func Track(st session.Store, log *slog.Logger) session.Store {
	if log == nil {
		log = slog.Default()
	}
	return &tracked{Store: st, log: log}
}

type tracked struct {
	session.Store
	log *slog.Logger
}

// Load remembers the stored reminder, so a turn that did not change it
// costs no index round trip when saved.
func (t *tracked) Load(ctx context.Context, key advisor.Key) (advisor.Session, error) {
	s, err := t.Store.Load(ctx, key)
	if err != nil {
		return s, err
	}
	if s.Loaded == nil {
		s.Loaded = &advisor.Loaded{}
	}
	if s.Reminder != nil {
		r := *s.Reminder
		s.Loaded.Reminder = &r
	}
	return s, nil
}

func (t *tracked) Save(ctx context.Context, s *advisor.Session) error {
	if err := t.Store.Save(ctx, s); err != nil {
		return err
	}
	if s.Loaded != nil && unchanged(s.Loaded.Reminder, s.Reminder) {
		return nil
	}
	if err := Sync(ctx, t.Store, s.Key, s.Reminder); err != nil {
		t.log.Error("reminder index not updated", "platform", s.Key.Platform, "workspace", s.Key.Workspace, "user", s.Key.User, "err", err)
	}
	return nil
}

func (t *tracked) Delete(ctx context.Context, key advisor.Key) error {
	if err := t.Store.Delete(ctx, key); err != nil {
		return err
	}
	if err := Sync(ctx, t.Store, key, nil); err != nil {
		t.log.Error("reminder index not updated", "platform", key.Platform, "workspace", key.Workspace, "user", key.User, "err", err)
	}
	return nil
}
