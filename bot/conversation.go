// Package bot holds what every chat adapter shares: running one turn of a
// conversation against the session store. The adapters in slack/, discord/
// and console/ only translate platform events to advisor.Input and
// advisor.Reply to platform messages.
package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/session"
)

// TryAgainText is what a user sees when the store cannot be reached. The
// cause goes to the operator's log, never to the chat.
const TryAgainText = "Sorry, I couldn't reach my memory just now, so nothing was changed. Please try again in a minute."

// DefaultTouchEvery is Conversations.TouchEvery when it is zero.
const DefaultTouchEvery = 24 * time.Hour

// DefaultStoreBudget bounds the store's share of one turn (loading, saving,
// the check-in index and study group roster) when Conversations.StoreBudget
// is zero. A healthy store needs a few milliseconds; a hung one would
// otherwise hold the reply until its I/O timeout, most of Slack's 3 s.
// Only time spent waiting on the store counts: the advisor's own work on a
// busy machine never spends it.
const DefaultStoreBudget = 500 * time.Millisecond

// Observer is told about every turn, e.g. to count them in metrics.
type Observer interface {
	ObserveTurn(platform string, reply advisor.Reply, err error, took time.Duration)
}

// Conversations runs turns: load the session, step the advisor, save with
// compare-and-swap, retrying on conflict so concurrent turns of one user
// all land.
type Conversations struct {
	Advisor  *advisor.Advisor
	Store    session.Store
	Now      func() time.Time
	Log      *slog.Logger
	Observer Observer
	// Enrich, if set, adds what the store layer knows beyond the session
	// (the study group roster) before a step. It may read from the store
	// and runs again when a conflicting turn is retried.
	Enrich func(ctx context.Context, in advisor.Input, s *advisor.Session)
	// StoreBudget bounds all store work of one turn; past it the turn
	// fails and the user gets TryAgainText at once. Zero means
	// DefaultStoreBudget.
	StoreBudget time.Duration
	// TouchEvery bounds how long a stored session goes unsaved while its
	// learner keeps taking turns that change nothing durable (questions,
	// help, showing the plan): such turns are not saved, except one that
	// comes TouchEvery after the last save, so the store's TTL, counted
	// from the last save, still follows the learner's last turn to within
	// TouchEvery. Zero means DefaultTouchEvery.
	TouchEvery time.Duration
}

// Turn runs one turn for key and returns the reply. An error means nothing
// was saved; its text is for the log, TryAgainText is for the user.
func (c *Conversations) Turn(ctx context.Context, key advisor.Key, in advisor.Input) (advisor.Reply, error) {
	start := time.Now()
	if in.Now.IsZero() {
		in.Now = c.now()
	}
	budget := c.StoreBudget
	if budget <= 0 {
		budget = DefaultStoreBudget
	}
	meter := &storeMeter{left: budget}
	st := meteredStore{Store: c.Store, meter: meter}
	touchEvery := c.TouchEvery
	if touchEvery <= 0 {
		touchEvery = DefaultTouchEvery
	}
	var reply advisor.Reply
	_, err := session.Change(ctx, st, key, func(cur advisor.Session) (advisor.Session, bool) {
		s := cur.Clone()
		if c.Enrich != nil {
			// Enrich reads the store (the study group roster): its
			// time is the store's.
			_ = meter.spend(ctx, func(ctx context.Context) error {
				c.Enrich(ctx, in, &s)
				return nil
			})
		}
		// Step gets a copy: it may change the maps of its session in
		// place, and cur must stay what was loaded to compare with.
		next, r := c.Advisor.Step(s, in)
		reply = r
		stale := cur.Version > 0 && in.Now.Sub(cur.UpdatedAt) >= touchEvery
		return next, stale || r.Forget || !advisor.SameStored(cur, next)
	})
	if err == nil && reply.Forget {
		if derr := st.Delete(ctx, key); derr != nil {
			err = fmt.Errorf("forget %s: %w", key, derr)
		}
	}
	if c.Observer != nil {
		c.Observer.ObserveTurn(key.Platform, reply, err, time.Since(start))
	}
	if err != nil {
		c.log().Error("turn failed", "platform", key.Platform, "workspace", key.Workspace, "user", key.User, "err", err)
		return advisor.Reply{Kind: advisor.KindInfo, Text: TryAgainText}, err
	}
	return reply, nil
}

// Current returns the stored session for key, or a new empty one.
func (c *Conversations) Current(ctx context.Context, key advisor.Key) (advisor.Session, error) {
	s, err := c.Store.Load(ctx, key)
	if errors.Is(err, session.ErrNotFound) {
		return advisor.Session{Key: key}, nil
	}
	return s, err
}

// Forget deletes everything stored for key.
func (c *Conversations) Forget(ctx context.Context, key advisor.Key) error {
	return c.Store.Delete(ctx, key)
}

func (c *Conversations) now() time.Time {
	if c.Now != nil {
		return c.Now()
	}
	return time.Now()
}

func (c *Conversations) log() *slog.Logger {
	if c.Log != nil {
		return c.Log
	}
	return slog.Default()
}

// storeMeter is what is left of one turn's store budget. Each store call
// gets a deadline of what is left, and what it took is taken off; the
// advisor's work between the calls is not. One turn's calls are
// sequential, so it needs no lock.
type storeMeter struct {
	left time.Duration
}

// errBudgetSpent is returned, wrapping context.DeadlineExceeded, by a store
// call made after the turn's budget is gone.
var errBudgetSpent = fmt.Errorf("store budget spent: %w", context.DeadlineExceeded)

// spend runs f with a deadline of the budget left and takes what it took
// off the budget.
func (m *storeMeter) spend(ctx context.Context, f func(context.Context) error) error {
	if m.left <= 0 {
		return errBudgetSpent
	}
	cctx, cancel := context.WithTimeout(ctx, m.left)
	defer cancel()
	start := time.Now()
	err := f(cctx)
	m.left -= time.Since(start)
	return err
}

// meteredStore is the turn's view of the store: Load, Save and Delete,
// what session.Change and Turn call, spend the turn's budget.
type meteredStore struct {
	session.Store
	meter *storeMeter
}

func (m meteredStore) Load(ctx context.Context, key advisor.Key) (s advisor.Session, err error) {
	err = m.meter.spend(ctx, func(ctx context.Context) error {
		s, err = m.Store.Load(ctx, key)
		return err
	})
	return s, err
}

func (m meteredStore) Save(ctx context.Context, s *advisor.Session) error {
	return m.meter.spend(ctx, func(ctx context.Context) error { return m.Store.Save(ctx, s) })
}

func (m meteredStore) Delete(ctx context.Context, key advisor.Key) error {
	return m.meter.spend(ctx, func(ctx context.Context) error { return m.Store.Delete(ctx, key) })
}
