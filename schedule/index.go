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

// The due-index. session.Store cannot list sessions, so the scheduler
// keeps its own list of who asked for a check-in: one record (kind
// "reminders", id "index") holding every reminder. Records have no
// compare-and-swap, so writers take turns by claiming the index's next
// version number: only the replica whose Claim succeeds writes that
// version, the others reload and retry. A per-key record ("reminder",
// key) mirrors what the index holds for that learner, so saving a session
// whose reminder did not change costs one small read.

// Record kinds and ids the index lives under.
const (
	indexKind     = "reminders"
	indexID       = "index"
	perKeyKind    = "reminder"
	indexClaimTTL = time.Minute
	indexAttempts = 50
)

// ErrIndexBusy is returned when the index stayed contended through every
// attempt to update it.
var ErrIndexBusy = errors.New("schedule: reminder index busy")

// Store is what the scheduler needs from a session store;
// session.Store has all of it.
type Store interface {
	Load(ctx context.Context, key advisor.Key) (advisor.Session, error)
	Claim(ctx context.Context, id string, ttl time.Duration) (bool, error)
	PutRecord(ctx context.Context, kind, id string, value []byte) error
	GetRecord(ctx context.Context, kind, id string) ([]byte, error)
	DeleteRecord(ctx context.Context, kind, id string) error
}

type index struct {
	Version int64            `json:"version"`
	Entries map[string]entry `json:"entries"`
}

// entry is one learner's reminder as the index knows it.
type entry struct {
	Key      advisor.Key      `json:"key"`
	Reminder advisor.Reminder `json:"reminder"`
}

func loadIndex(ctx context.Context, st Store) (index, error) {
	idx := index{Entries: map[string]entry{}}
	raw, err := st.GetRecord(ctx, indexKind, indexID)
	switch {
	case errors.Is(err, session.ErrNotFound):
		return idx, nil
	case err != nil:
		return idx, fmt.Errorf("schedule: load index: %w", err)
	}
	if err := json.Unmarshal(raw, &idx); err != nil {
		return idx, fmt.Errorf("schedule: decode index: %w", err)
	}
	if idx.Entries == nil {
		idx.Entries = map[string]entry{}
	}
	return idx, nil
}

// updateIndex applies fn to the index and writes it back if fn reports a
// change, retrying when another writer got the next version first.
func updateIndex(ctx context.Context, st Store, fn func(map[string]entry) bool) error {
	for attempt := 0; attempt < indexAttempts; attempt++ {
		idx, err := loadIndex(ctx, st)
		if err != nil {
			return err
		}
		if !fn(idx.Entries) {
			return nil
		}
		next := idx.Version + 1
		won, err := st.Claim(ctx, fmt.Sprintf("reminder-index:v%d", next), indexClaimTTL)
		if err != nil {
			return fmt.Errorf("schedule: claim index v%d: %w", next, err)
		}
		if !won {
			// The winner writes right after its claim; give it a moment.
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(time.Duration(attempt+1) * time.Millisecond):
			}
			continue
		}
		idx.Version = next
		raw, err := json.Marshal(idx)
		if err != nil {
			return fmt.Errorf("schedule: encode index: %w", err)
		}
		if err := st.PutRecord(ctx, indexKind, indexID, raw); err != nil {
			return fmt.Errorf("schedule: save index v%d: %w", next, err)
		}
		return nil
	}
	return ErrIndexBusy
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
	err = updateIndex(ctx, st, func(m map[string]entry) bool {
		old, had := m[id]
		if r == nil {
			delete(m, id)
			return had
		}
		if had && sameReminder(old.Reminder, *r) {
			return false
		}
		m[id] = entry{Key: key, Reminder: *r}
		return true
	})
	if err != nil {
		return err
	}
	if r == nil {
		err = st.DeleteRecord(ctx, perKeyKind, id)
	} else {
		err = st.PutRecord(ctx, perKeyKind, id, want)
	}
	if err != nil {
		return fmt.Errorf("schedule: save reminder %s: %w", key, err)
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
