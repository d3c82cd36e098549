// Package schedule sends the weekly check-ins learners opt into with
// "remind weekly <day> <HH:MM> [zone]". It is store-backed so reminders
// survive restarts, and it claims every check-in in the store before
// sending it, so several replicas never send one twice. Time comes from an
// injected clock.
//
// Delivery is at most once: a check-in whose Send fails after the claim is
// logged and not retried, because a retry could not tell whether the
// platform already showed it.
package schedule

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/session"
)

// claimTTL outlives the window in which a check-in can still be sent (the
// rest of its week), so a replica starting late never sends it again.
const claimTTL = 8 * 24 * time.Hour

// DefaultEvery is how often Run looks for due check-ins.
const DefaultEvery = time.Minute

// SendFunc delivers a check-in to the learner, e.g. as a DM.
type SendFunc func(ctx context.Context, key advisor.Key, r advisor.Reply) error

// Scheduler finds due check-ins and sends each once.
type Scheduler struct {
	Store   Store
	Advisor *advisor.Advisor
	Send    SendFunc
	// CanSend reports whether this process can deliver to a learner
	// (e.g. it has that platform's bot token). A check-in it cannot
	// deliver is left for a replica that can, rather than claimed and
	// lost. nil means it can deliver to everyone.
	CanSend func(advisor.Key) bool
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Every is Run's polling interval; zero means DefaultEvery.
	Every time.Duration
	Log   *slog.Logger

	mu sync.Mutex
	// handled remembers the check-ins this instance already dealt with
	// (sent, or claimed by another replica), so each tick does not ask
	// the store again.
	handled map[string]time.Time
}

// Result counts what one Tick did.
type Result struct {
	// Due is the check-ins whose time had come and were not yet handled
	// by this instance.
	Due int
	// Sent is the check-ins this instance claimed and sent.
	Sent int
	// Failed counts errors (store, send); they are also logged.
	Failed int
}

// Run ticks at once, which sends the check-ins missed while no replica
// was running (if still in the same week), then every Every until ctx is
// done.
func (s *Scheduler) Run(ctx context.Context) error {
	every := s.Every
	if every <= 0 {
		every = DefaultEvery
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if _, err := s.Tick(ctx); err != nil && ctx.Err() == nil {
			s.log().Error("check-in tick failed", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// Tick sends every check-in due now. A check-in is due from its time until
// the end of that week in the learner's zone, and never if the reminder
// was set after it. It reads only the learners the due index says are due,
// and moves each to its next week once handled.
func (s *Scheduler) Tick(ctx context.Context) (Result, error) {
	var res Result
	now := s.now()
	if err := importLegacy(ctx, s.Store, now); err != nil {
		s.log().Error("legacy check-in index not imported", "err", err)
	}
	ids, err := s.Store.Due(ctx, dueIndex, now)
	if err != nil {
		return res, fmt.Errorf("schedule: due check-ins: %w", err)
	}
	s.forgetOld(now)
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		key, ok := advisor.ParseKey(id)
		if !ok {
			s.log().Warn("unusable key in the check-in index", "id", id)
			s.drop(ctx, id, &res)
			continue
		}
		if s.CanSend != nil && !s.CanSend(key) {
			continue // left due, for a replica that can deliver it
		}
		next, err := s.handle(ctx, key, id, now, &res)
		switch {
		case errors.Is(err, session.ErrUnavailable):
			// Not moved on: the next tick tries again, since nothing
			// was claimed or sent.
			res.Failed++
			s.log().Error("check-in failed", "platform", key.Platform, "workspace", key.Workspace, "user", key.User, "err", err)
			continue
		case err != nil:
			res.Failed++
			s.log().Error("check-in failed", "platform", key.Platform, "workspace", key.Workspace, "user", key.User, "err", err)
		}
		if next.IsZero() {
			continue
		}
		if err := s.Store.Schedule(ctx, dueIndex, id, next); err != nil {
			res.Failed++
			s.log().Error("check-in not moved to next week", "platform", key.Platform, "user", key.User, "err", err)
		}
	}
	return res, nil
}

// handle deals with one learner the index says is due: sends this week's
// check-in if it is still to send, and returns when the next one is due
// (zero when the learner no longer has a reminder).
func (s *Scheduler) handle(ctx context.Context, key advisor.Key, id string, now time.Time, res *Result) (next time.Time, err error) {
	sess, err := s.Store.Load(ctx, key)
	switch {
	case errors.Is(err, session.ErrNotFound):
		// Forgotten without the tracker: drop the stale entry.
		return time.Time{}, Sync(ctx, s.Store, key, nil)
	case err != nil:
		return time.Time{}, fmt.Errorf("schedule: load %s: %w", key, err)
	}
	if sess.Reminder == nil {
		return time.Time{}, Sync(ctx, s.Store, key, nil)
	}
	r := *sess.Reminder
	loc, err := r.Location()
	if err != nil {
		s.log().Warn("unusable reminder", "platform", key.Platform, "user", key.User, "err", err)
		return time.Time{}, s.Store.Unschedule(ctx, dueIndex, id)
	}
	if next, err = nextAfter(r, loc, now); err != nil {
		s.log().Warn("unusable reminder", "platform", key.Platform, "user", key.User, "err", err)
		return time.Time{}, s.Store.Unschedule(ctx, dueIndex, id)
	}
	at, ok := dueAt(r, loc, now)
	if !ok {
		return next, nil
	}
	occurrence := "checkin:" + id + ":" + at.UTC().Format(time.RFC3339)
	if s.seen(occurrence) {
		return next, nil
	}
	res.Due++
	sent, err := s.fire(ctx, key, sess, occurrence, at)
	if errors.Is(err, session.ErrUnavailable) {
		return time.Time{}, err
	}
	if sent {
		res.Sent++
	}
	s.markSeen(occurrence, at)
	return next, err
}

// drop removes an index entry that cannot name a learner.
func (s *Scheduler) drop(ctx context.Context, id string, res *Result) {
	if err := s.Store.Unschedule(ctx, dueIndex, id); err != nil {
		res.Failed++
		s.log().Error("check-in index entry not removed", "id", id, "err", err)
	}
}

// dueAt returns r's check-in time that is due at now, if any: the last one
// at or before now, if it is in now's week and not before r.Since.
func dueAt(r advisor.Reminder, loc *time.Location, now time.Time) (time.Time, bool) {
	at, err := r.LastIn(loc, now)
	if err != nil || at.Before(r.Since) {
		return time.Time{}, false
	}
	y1, w1 := at.ISOWeek()
	y2, w2 := now.In(loc).ISOWeek()
	return at, y1 == y2 && w1 == w2
}

// fire claims the check-in and sends it. sent is false when the learner
// has nothing to check in on or another replica won.
func (s *Scheduler) fire(ctx context.Context, key advisor.Key, sess advisor.Session, occurrence string, at time.Time) (sent bool, err error) {
	reply, ok := s.Advisor.CheckIn(sess, s.now())
	if !ok {
		return false, nil
	}
	won, err := s.Store.Claim(ctx, occurrence, claimTTL)
	if err != nil {
		return false, fmt.Errorf("schedule: claim %s: %w", occurrence, err)
	}
	if !won {
		return false, nil
	}
	if err := s.Send(ctx, key, reply); err != nil {
		return false, fmt.Errorf("schedule: send check-in to %s (due %s): %w", key, at.Format(time.RFC3339), err)
	}
	s.log().Info("check-in sent", "platform", key.Platform, "workspace", key.Workspace, "user", key.User, "due", at)
	return true, nil
}

func (s *Scheduler) seen(id string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.handled[id]
	return ok
}

func (s *Scheduler) markSeen(id string, at time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.handled == nil {
		s.handled = map[string]time.Time{}
	}
	s.handled[id] = at
}

// forgetOld drops handled check-ins older than any that can still be due.
func (s *Scheduler) forgetOld(now time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for id, at := range s.handled {
		if now.Sub(at) > claimTTL {
			delete(s.handled, id)
		}
	}
}

func (s *Scheduler) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

func (s *Scheduler) log() *slog.Logger {
	if s.Log != nil {
		return s.Log
	}
	return slog.Default()
}
