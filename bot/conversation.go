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
	ctx, cancel := context.WithTimeout(ctx, budget)
	defer cancel()
	touchEvery := c.TouchEvery
	if touchEvery <= 0 {
		touchEvery = DefaultTouchEvery
	}
	var reply advisor.Reply
	_, err := session.Change(ctx, c.Store, key, func(cur advisor.Session) (advisor.Session, bool) {
		s := cur.Clone()
		if c.Enrich != nil {
			c.Enrich(ctx, in, &s)
		}
		// Step gets a copy: it may change the maps of its session in
		// place, and cur must stay what was loaded to compare with.
		next, r := c.Advisor.Step(s, in)
		reply = r
		stale := cur.Version > 0 && in.Now.Sub(cur.UpdatedAt) >= touchEvery
		return next, stale || r.Forget || !advisor.SameStored(cur, next)
	})
	if err == nil && reply.Forget {
		if derr := c.Store.Delete(ctx, key); derr != nil {
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
