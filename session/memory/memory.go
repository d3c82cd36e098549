// Package memory is a session.Store that keeps everything in the process:
// for tests, the console, and a bot nobody minds restarting from scratch.
package memory

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"time"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/session"
)

// Store is a session.Store held in maps behind one mutex. The zero value is
// not usable; call New.
type Store struct {
	now func() time.Time

	mu sync.Mutex
	// Sessions are kept JSON-encoded, like the durable stores keep them:
	// callers can never alias the stored copy (Plan holds slices), and a
	// field that does not survive encoding fails here first.
	sessions map[string]stored
	claims   map[string]time.Time // id -> expiry
	records  map[recordKey][]byte
	// lastSweep is when expired claims were last removed.
	lastSweep time.Time
}

// sweepEvery bounds how often Claim scans for expired claims.
const sweepEvery = time.Minute

type recordKey struct{ kind, id string }

type stored struct {
	version int64
	data    []byte
}

var _ session.Store = (*Store)(nil)

// New returns an empty store using the wall clock for claim expiry.
func New() *Store { return NewWithClock(time.Now) }

// NewWithClock returns an empty store whose claims expire by now, so tests
// can move time instead of sleeping.
func NewWithClock(now func() time.Time) *Store {
	return &Store{
		now:      now,
		sessions: make(map[string]stored),
		claims:   make(map[string]time.Time),
		records:  make(map[recordKey][]byte),
	}
}

// Load implements session.Store.
func (m *Store) Load(ctx context.Context, key advisor.Key) (advisor.Session, error) {
	if err := ctx.Err(); err != nil {
		return advisor.Session{}, fmt.Errorf("memory: load %s: %w", key, err)
	}
	m.mu.Lock()
	cur, ok := m.sessions[key.String()]
	m.mu.Unlock()
	if !ok {
		return advisor.Session{}, fmt.Errorf("memory: load %s: %w", key, session.ErrNotFound)
	}
	var s advisor.Session
	if err := json.Unmarshal(cur.data, &s); err != nil {
		return advisor.Session{}, fmt.Errorf("memory: load %s: %w", key, err)
	}
	return s, nil
}

// Save implements session.Store.
func (m *Store) Save(ctx context.Context, s *advisor.Session) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("memory: save %s: %w", s.Key, err)
	}
	next := *s
	next.Version = s.Version + 1
	data, err := json.Marshal(next)
	if err != nil {
		return fmt.Errorf("memory: save %s: %w", s.Key, err)
	}
	k := s.Key.String()

	m.mu.Lock()
	defer m.mu.Unlock()
	if cur := m.sessions[k].version; cur != s.Version {
		return fmt.Errorf("memory: save %s: version %d, stored %d: %w", s.Key, s.Version, cur, session.ErrConflict)
	}
	m.sessions[k] = stored{version: next.Version, data: data}
	s.Version = next.Version
	return nil
}

// Delete implements session.Store.
func (m *Store) Delete(ctx context.Context, key advisor.Key) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("memory: delete %s: %w", key, err)
	}
	m.mu.Lock()
	delete(m.sessions, key.String())
	m.mu.Unlock()
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
