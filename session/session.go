// Package session defines where conversations live between turns. The
// implementations are in memory/, bolt/ and redis/; sessiontest/ is the
// conformance suite every one of them passes.
package session

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/certpath/certpath/advisor"
)

// Sentinel errors callers branch on.
var (
	// ErrNotFound: no session (or record) is stored under that key.
	ErrNotFound = errors.New("not found")
	// ErrConflict: Save's version did not match the stored one; load again
	// and redo the turn.
	ErrConflict = errors.New("version conflict")
	// ErrUnavailable wraps failures of the backing service (Redis down,
	// file unwritable) so callers can tell the user "try again".
	ErrUnavailable = errors.New("session store unavailable")
)

// Store persists sessions and the few small records the bot needs
// (deduplication ids, per-workspace installations).
type Store interface {
	// Load returns the stored session, or ErrNotFound.
	Load(ctx context.Context, key advisor.Key) (advisor.Session, error)
	// Save stores s if s.Version equals the stored version (0 for a new
	// session), and sets s.Version to the new version. Otherwise it returns
	// ErrConflict and stores nothing.
	Save(ctx context.Context, s *advisor.Session) error
	// Delete removes the session; deleting a missing one is not an error.
	Delete(ctx context.Context, key advisor.Key) error

	// Claim records id if it is not already recorded and reports whether
	// this call recorded it. The record expires after ttl. Several replicas
	// use it to agree that exactly one of them handles an event.
	Claim(ctx context.Context, id string, ttl time.Duration) (bool, error)

	// PutRecord, GetRecord and DeleteRecord keep small opaque values under
	// kind/id, e.g. a Slack workspace's installation. GetRecord returns
	// ErrNotFound when absent.
	PutRecord(ctx context.Context, kind, id string, value []byte) error
	GetRecord(ctx context.Context, kind, id string) ([]byte, error)
	DeleteRecord(ctx context.Context, kind, id string) error

	// Schedule, Unschedule and Due keep an index of members, each with
	// the time it is next due (on Redis a sorted set, updated per member):
	// the check-in scheduler asks for what is due instead of reading every
	// reminder. Schedule adds member to index or moves its due time;
	// unscheduling a missing member is not an error. Due returns the
	// members due at or before by, earliest first (ties by member). Times
	// are kept to the millisecond.
	Schedule(ctx context.Context, index, member string, due time.Time) error
	Unschedule(ctx context.Context, index, member string) error
	Due(ctx context.Context, index string, by time.Time) ([]string, error)

	// SetGroup, GroupMembers and GroupSizes keep, within a scope, which
	// group each member is in, at most one (on Redis a set per group,
	// updated per member): the study group rosters of a workspace.
	// SetGroup moves member to group, out of any other group of the
	// scope; group "" takes it out of all. GroupMembers lists a group's
	// members, sorted; GroupSizes counts the members of each non-empty
	// group.
	SetGroup(ctx context.Context, scope, member, group string) error
	GroupMembers(ctx context.Context, scope, group string) ([]string, error)
	GroupSizes(ctx context.Context, scope string) (map[string]int, error)

	// Ping reports whether the store can serve turns now: it writes and
	// reads something, as a turn would.
	Ping(ctx context.Context) error
	Close() error
}

// ErrEmptyName is returned for an empty index, scope or member name.
var ErrEmptyName = errors.New("empty name")

// CheckMember is the guard every store runs before it schedules or groups
// a member: a done context, or an empty index, scope or member name, is
// an error that names the store, the call and the names ("bolt", "set
// group of", member, scope).
func CheckMember(ctx context.Context, store, call, member, in string) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%s: %s %s in %s: %w", store, call, member, in, err)
	}
	if in == "" || member == "" {
		return fmt.Errorf("%s: %s %q in %q: %w", store, call, member, in, ErrEmptyName)
	}
	return nil
}

// MaxRetries bounds Update's compare-and-swap loop.
const MaxRetries = 64

// Update loads the session for key (a new one if none), applies fn and
// saves the result, redoing fn on a version conflict so that concurrent
// turns of one user never lose an answer. fn must be pure: it may run
// several times.
func Update(ctx context.Context, st Store, key advisor.Key, fn func(advisor.Session) advisor.Session) (advisor.Session, error) {
	return Change(ctx, st, key, func(s advisor.Session) (advisor.Session, bool) { return fn(s), true })
}

// Change is Update for a fn that also says whether its result needs
// saving: when it says no, nothing is written and the result is returned
// as it is, e.g. for a turn that changed nothing durable.
func Change(ctx context.Context, st Store, key advisor.Key, fn func(advisor.Session) (advisor.Session, bool)) (advisor.Session, error) {
	for attempt := 0; attempt < MaxRetries; attempt++ {
		cur, err := st.Load(ctx, key)
		switch {
		case errors.Is(err, ErrNotFound):
			cur = advisor.Session{Key: key}
		case err != nil:
			return advisor.Session{}, fmt.Errorf("session: load %s: %w", key, err)
		}
		next, save := fn(cur)
		next.Key = key
		next.Version = cur.Version
		if !save {
			return next, nil
		}
		err = st.Save(ctx, &next)
		if err == nil {
			return next, nil
		}
		if !errors.Is(err, ErrConflict) {
			return advisor.Session{}, fmt.Errorf("session: save %s: %w", key, err)
		}
		// Back off with jitter before redoing the turn: without it, turns
		// that loaded the same version retry in lockstep and only one of
		// them lands per round, so a burst of n turns needs n attempts.
		if err := sleepCtx(ctx, retryDelay(attempt)); err != nil {
			return advisor.Session{}, err
		}
	}
	return advisor.Session{}, fmt.Errorf("session: save %s: %w after %d attempts", key, ErrConflict, MaxRetries)
}

// retryDelay is a full-jitter exponential backoff: up to 100µs after the
// first conflict, doubling to at most 10ms.
func retryDelay(attempt int) time.Duration {
	ceiling := min(100*time.Microsecond<<min(attempt, 10), 10*time.Millisecond)
	return rand.N(ceiling) + 1
}

// sleepCtx waits d unless ctx ends first. A context that has already ended
// wins outright: select picks at random among ready cases, so a tiny timer
// could otherwise fire alongside it and start one more attempt.
func sleepCtx(ctx context.Context, d time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// Codec turns a session into the bytes a store keeps, and back. Stores
// set Key and Version themselves after decoding. *advisor.Advisor is the
// codec certpath runs with: it keeps only what cannot be recomputed and
// rebuilds plans on decode (advisor.EncodeSession).
type Codec interface {
	EncodeSession(advisor.Session) ([]byte, error)
	DecodeSession([]byte) (advisor.Session, error)
}

// JSONCodec keeps the whole session as JSON, plan included. It is what a
// store uses when it is given no codec, e.g. in the stores' own tests.
type JSONCodec struct{}

// EncodeSession implements Codec.
func (JSONCodec) EncodeSession(s advisor.Session) ([]byte, error) { return json.Marshal(s) }

// DecodeSession implements Codec.
func (JSONCodec) DecodeSession(data []byte) (advisor.Session, error) {
	var s advisor.Session
	err := json.Unmarshal(data, &s)
	return s, err
}
