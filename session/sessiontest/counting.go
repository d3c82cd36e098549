package sessiontest

import (
	"context"
	"sync/atomic"
	"time"

	"github.com/certpath/certpath/session"
)

// Counting wraps a store and counts round trips for records, due indexes
// and groups (sessions themselves are not counted), so tests of store
// wrappers can show which turns cost extra I/O.
type Counting struct {
	session.Store
	// Gets counts reads: GetRecord, Due, GroupMembers, GroupSizes.
	// Puts counts writes: PutRecord, Schedule, Unschedule, SetGroup.
	Gets, Puts atomic.Int64
}

// GetRecord counts and delegates.
func (c *Counting) GetRecord(ctx context.Context, kind, id string) ([]byte, error) {
	c.Gets.Add(1)
	return c.Store.GetRecord(ctx, kind, id)
}

// PutRecord counts and delegates.
func (c *Counting) PutRecord(ctx context.Context, kind, id string, value []byte) error {
	c.Puts.Add(1)
	return c.Store.PutRecord(ctx, kind, id, value)
}

// Due counts and delegates.
func (c *Counting) Due(ctx context.Context, index string, by time.Time) ([]string, error) {
	c.Gets.Add(1)
	return c.Store.Due(ctx, index, by)
}

// Schedule counts and delegates.
func (c *Counting) Schedule(ctx context.Context, index, member string, due time.Time) error {
	c.Puts.Add(1)
	return c.Store.Schedule(ctx, index, member, due)
}

// Unschedule counts and delegates.
func (c *Counting) Unschedule(ctx context.Context, index, member string) error {
	c.Puts.Add(1)
	return c.Store.Unschedule(ctx, index, member)
}

// SetGroup counts and delegates.
func (c *Counting) SetGroup(ctx context.Context, scope, member, group string) error {
	c.Puts.Add(1)
	return c.Store.SetGroup(ctx, scope, member, group)
}

// GroupMembers counts and delegates.
func (c *Counting) GroupMembers(ctx context.Context, scope, group string) ([]string, error) {
	c.Gets.Add(1)
	return c.Store.GroupMembers(ctx, scope, group)
}

// GroupSizes counts and delegates.
func (c *Counting) GroupSizes(ctx context.Context, scope string) (map[string]int, error) {
	c.Gets.Add(1)
	return c.Store.GroupSizes(ctx, scope)
}
