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
// was set after it.
func (s *Scheduler) Tick(ctx context.Context) (Result, error) {
	var res Result
	now := s.now()
	idx, err := loadIndex(ctx, s.Store)
	if err != nil {
		return res, err
	}
	s.forgetOld(now)
	zones := map[string]*time.Location{}
	for id, e := range idx.Entries {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		if s.CanSend != nil && !s.CanSend(e.Key) {
			continue
		}
		at, ok := s.dueAt(e, now, zones)
		if !ok {
			continue
		}
		occurrence := "checkin:" + id + ":" + at.UTC().Format(time.RFC3339)
		if s.seen(occurrence) {
			continue
		}
		res.Due++
		sent, err := s.fire(ctx, e, occurrence, at)
		switch {
		case err != nil:
			res.Failed++
			s.log().Error("check-in failed", "platform", e.Key.Platform, "workspace", e.Key.Workspace, "user", e.Key.User, "due", at, "err", err)
			if errors.Is(err, session.ErrUnavailable) {
				// Not marked handled: the next tick tries again, since
				// nothing was claimed or sent.
				continue
			}
		case sent:
			res.Sent++
		}
		s.markSeen(occurrence, at)
	}
	return res, nil
}

// dueAt returns the check-in time of e that is due at now, if any. zones
// caches loaded time zones for the tick.
func (s *Scheduler) dueAt(e entry, now time.Time, zones map[string]*time.Location) (time.Time, bool) {
	r := e.Reminder
	loc, ok := zones[r.TZ]
	if !ok {
		var err error
		if loc, err = r.Location(); err != nil {
			s.log().Warn("unusable reminder in index", "platform", e.Key.Platform, "user", e.Key.User, "err", err)
			return time.Time{}, false
		}
		zones[r.TZ] = loc
	}
	at, err := r.LastIn(loc, now)
	if err != nil {
		s.log().Warn("unusable reminder in index", "platform", e.Key.Platform, "user", e.Key.User, "err", err)
		return time.Time{}, false
	}
	if at.Before(r.Since) {
		return time.Time{}, false
	}
	y1, w1 := at.ISOWeek()
	y2, w2 := now.In(at.Location()).ISOWeek()
	return at, y1 == y2 && w1 == w2
}

// fire checks the learner still wants this check-in, claims it and sends
// it. sent is false when the session changed or another replica won.
func (s *Scheduler) fire(ctx context.Context, e entry, occurrence string, at time.Time) (sent bool, err error) {
	sess, err := s.Store.Load(ctx, e.Key)
	switch {
	case errors.Is(err, session.ErrNotFound):
		// Forgotten without the tracker: drop the stale entry.
		return false, Sync(ctx, s.Store, e.Key, nil)
	case err != nil:
		return false, fmt.Errorf("schedule: load %s: %w", e.Key, err)
	}
	if sess.Reminder == nil || !sameReminder(*sess.Reminder, e.Reminder) {
		return false, Sync(ctx, s.Store, e.Key, sess.Reminder)
	}
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
	if err := s.Send(ctx, e.Key, reply); err != nil {
		return false, fmt.Errorf("schedule: send check-in to %s (due %s): %w", e.Key, at.Format(time.RFC3339), err)
	}
	s.log().Info("check-in sent", "platform", e.Key.Platform, "workspace", e.Key.Workspace, "user", e.Key.User, "due", at)
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
