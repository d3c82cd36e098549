package sessiontest

import (
	"context"
	"sync/atomic"

	"github.com/certpath/certpath/session"
)

// Counting wraps a store and counts record round trips, so tests of store
// wrappers can show which turns cost extra I/O.
type Counting struct {
	session.Store
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
