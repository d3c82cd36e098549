// Package memory is a session.Store that keeps everything in the process:
// for tests, the console, and a bot nobody minds restarting from scratch.
package memory

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/session"
)

// Store is a session.Store held in maps behind one mutex. The zero value is
// not usable; call New.
type Store struct {
	now func() time.Time

	// Sessions are kept decoded, and copied in and out (Session.Clone):
	// no JSON round trip per turn, and still no caller can change a
	// stored session through what it was given or gave. They have a lock
	// of their own, read-shared: every turn loads, few save.
	sessionsMu sync.RWMutex
	sessions   map[string]advisor.Session

	mu      sync.Mutex
	claims  map[string]time.Time // id -> expiry
	records map[recordKey][]byte
	// due holds each index's members and due times (Unix milliseconds);
	// groups each scope's member -> group.
	due    map[string]map[string]int64
	groups map[string]map[string]string
	// lastSweep is when expired claims were last removed.
	lastSweep time.Time
}

// sweepEvery bounds how often Claim scans for expired claims.
const sweepEvery = time.Minute

type recordKey struct{ kind, id string }

var _ session.Store = (*Store)(nil)

// New returns an empty store using the wall clock for claim expiry.
func New() *Store { return NewWithClock(time.Now) }

// NewWithClock returns an empty store whose claims expire by now, so tests
// can move time instead of sleeping.
func NewWithClock(now func() time.Time) *Store {
	return &Store{
		now:      now,
		sessions: make(map[string]advisor.Session),
		claims:   make(map[string]time.Time),
		records:  make(map[recordKey][]byte),
		due:      make(map[string]map[string]int64),
		groups:   make(map[string]map[string]string),
	}
}

// Load implements session.Store.
func (m *Store) Load(ctx context.Context, key advisor.Key) (advisor.Session, error) {
	if err := ctx.Err(); err != nil {
		return advisor.Session{}, fmt.Errorf("memory: load %s: %w", key, err)
	}
	m.sessionsMu.RLock()
	cur, ok := m.sessions[key.String()]
	m.sessionsMu.RUnlock()
	if !ok {
		return advisor.Session{}, fmt.Errorf("memory: load %s: %w", key, session.ErrNotFound)
	}
	// The stored value is never changed, only replaced, so it is copied
	// outside the lock.
	return cur.Clone(), nil
}

// Save implements session.Store.
func (m *Store) Save(ctx context.Context, s *advisor.Session) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("memory: save %s: %w", s.Key, err)
	}
	next := s.Clone()
	next.Version = s.Version + 1
	// What stores never keep: the store layer's view of the workspace.
	next.Community, next.Loaded = nil, nil
	k := s.Key.String()

	m.sessionsMu.Lock()
	defer m.sessionsMu.Unlock()
	if cur := m.sessions[k].Version; cur != s.Version {
		return fmt.Errorf("memory: save %s: version %d, stored %d: %w", s.Key, s.Version, cur, session.ErrConflict)
	}
	m.sessions[k] = next
	s.Version = next.Version
	return nil
}

// Delete implements session.Store.
func (m *Store) Delete(ctx context.Context, key advisor.Key) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("memory: delete %s: %w", key, err)
	}
	m.sessionsMu.Lock()
	delete(m.sessions, key.String())
	m.sessionsMu.Unlock()
	return nil
}

// Claim implements session.Store.
func (m *Store) Claim(ctx context.Context, id string, ttl time.Duration) (bool, error) {
	if err := ctx.Err(); err != nil {
		return false, fmt.Errorf("memory: claim %s: %w", id, err)
	}
	if ttl <= 0 {
		return false, fmt.Errorf("memory: claim %s: ttl %v: want a positive ttl", id, ttl)
	}
	now := m.now()
	m.mu.Lock()
	defer m.mu.Unlock()
	if exp, ok := m.claims[id]; ok && now.Before(exp) {
		return false, nil
	}
	// Sweep here rather than on a timer: no goroutine to stop, and the map
	// only grows while claims are being made. At most once per sweepEvery,
	// so a busy bot does not scan every claim on every event.
	if now.Sub(m.lastSweep) >= sweepEvery {
		m.lastSweep = now
		for other, exp := range m.claims {
			if !now.Before(exp) {
				delete(m.claims, other)
			}
		}
	}
	m.claims[id] = now.Add(ttl)
	return true, nil
}

// PutRecord implements session.Store.
func (m *Store) PutRecord(ctx context.Context, kind, id string, value []byte) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("memory: put record %s/%s: %w", kind, id, err)
	}
	m.mu.Lock()
	m.records[recordKey{kind, id}] = append([]byte{}, value...)
	m.mu.Unlock()
	return nil
}

// GetRecord implements session.Store.
func (m *Store) GetRecord(ctx context.Context, kind, id string) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("memory: get record %s/%s: %w", kind, id, err)
	}
	m.mu.Lock()
	v, ok := m.records[recordKey{kind, id}]
	m.mu.Unlock()
	if !ok {
		return nil, fmt.Errorf("memory: get record %s/%s: %w", kind, id, session.ErrNotFound)
	}
	return append([]byte{}, v...), nil
}

// DeleteRecord implements session.Store.
func (m *Store) DeleteRecord(ctx context.Context, kind, id string) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("memory: delete record %s/%s: %w", kind, id, err)
	}
	m.mu.Lock()
	delete(m.records, recordKey{kind, id})
	m.mu.Unlock()
	return nil
}

// Schedule implements session.Store.
func (m *Store) Schedule(ctx context.Context, index, member string, due time.Time) error {
	if err := session.CheckMember(ctx, "memory", "schedule", member, index); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.due[index] == nil {
		m.due[index] = map[string]int64{}
	}
	m.due[index][member] = due.UnixMilli()
	return nil
}

// Unschedule implements session.Store.
func (m *Store) Unschedule(ctx context.Context, index, member string) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("memory: unschedule %s in %s: %w", member, index, err)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.due[index], member)
	return nil
}

// Due implements session.Store.
func (m *Store) Due(ctx context.Context, index string, by time.Time) ([]string, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("memory: due in %s: %w", index, err)
	}
	limit := by.UnixMilli()
	m.mu.Lock()
	type item struct {
		member string
		at     int64
	}
	var items []item
	for member, at := range m.due[index] {
		if at <= limit {
			items = append(items, item{member, at})
		}
	}
	m.mu.Unlock()
	slices.SortFunc(items, func(a, b item) int {
		if c := cmp.Compare(a.at, b.at); c != 0 {
			return c
		}
		return strings.Compare(a.member, b.member)
	})
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = it.member
	}
	return out, nil
}

// SetGroup implements session.Store.
func (m *Store) SetGroup(ctx context.Context, scope, member, group string) error {
	if err := session.CheckMember(ctx, "memory", "set group of", member, scope); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if group == "" {
		delete(m.groups[scope], member)
		return nil
	}
	if m.groups[scope] == nil {
		m.groups[scope] = map[string]string{}
	}
	m.groups[scope][member] = group
	return nil
}

// GroupMembers implements session.Store.
func (m *Store) GroupMembers(ctx context.Context, scope, group string) ([]string, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("memory: members of %s in %s: %w", group, scope, err)
	}
	m.mu.Lock()
	out := []string{}
	for member, g := range m.groups[scope] {
		if g == group {
			out = append(out, member)
		}
	}
	m.mu.Unlock()
	slices.Sort(out)
	return out, nil
}

// GroupSizes implements session.Store.
func (m *Store) GroupSizes(ctx context.Context, scope string) (map[string]int, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("memory: group sizes in %s: %w", scope, err)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	out := map[string]int{}
	for _, g := range m.groups[scope] {
		out[g]++
	}
	return out, nil
}

// Ping implements session.Store; memory is always there.
func (m *Store) Ping(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("memory: ping: %w", err)
	}
	return nil
}

// Close implements session.Store. The data stays readable: nothing holds
// resources that need releasing.
func (m *Store) Close() error { return nil }
