package slack

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/slack-go/slack"

	"github.com/certpath/certpath/advisor"
)

// Slash commands, events and clicks carry no admin flag, so whether the
// learner is a workspace admin takes a users.info call. It is made only
// for the one command that needs it ("group stats") and remembered
// briefly, so an admin asking twice costs one call and a demoted admin
// loses access within adminTTL.
const (
	adminTTL = 5 * time.Minute
	// maxAdminEntries bounds the cache; it only ever holds people who
	// asked for group stats recently, so this is generous.
	maxAdminEntries = 4096
	// adminLookupTimeout bounds users.info, retries included.
	adminLookupTimeout = 1500 * time.Millisecond
)

// asksForGroupStats reports whether in is the admin-only "group stats"
// command, typed or clicked; the advisor owns the spellings.
func asksForGroupStats(in advisor.Input) bool { return advisor.NeedsAdmin(in) }

type adminEntry struct {
	admin bool
	at    time.Time
}

// adminCache remembers who is a workspace admin for adminTTL.
type adminCache struct {
	mu      sync.Mutex
	entries map[string]adminEntry
}

func (c *adminCache) get(key string, now time.Time) (admin, ok bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[key]
	if !ok || now.Sub(e.at) >= adminTTL || now.Before(e.at) {
		return false, false
	}
	return e.admin, true
}

func (c *adminCache) put(key string, admin bool, now time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.entries == nil {
		c.entries = map[string]adminEntry{}
	}
	if len(c.entries) >= maxAdminEntries {
		for k, e := range c.entries {
			if now.Sub(e.at) >= adminTTL {
				delete(c.entries, k)
			}
		}
		if len(c.entries) >= maxAdminEntries {
			// All fresh: start over rather than grow without bound.
			clear(c.entries)
		}
	}
	c.entries[key] = adminEntry{admin: admin, at: now}
}

// isAdmin reports whether key.User administers key.Workspace (admin or
// owner of the workspace, or of its Enterprise Grid organisation). When
// Slack cannot say (no users:read scope, API down) the answer is no: the
// advisor then refuses politely, which is the safe side.
func (h *Handler) isAdmin(ctx context.Context, key advisor.Key) bool {
	ck := key.Workspace + "/" + key.User
	now := h.now()
	if admin, ok := h.admins.get(ck, now); ok {
		return admin
	}
	admin, err := h.lookupAdmin(ctx, key)
	if err != nil {
		// Not cached: the next ask tries again (e.g. after a reinstall
		// that granted users:read).
		h.log.Error("slack: look up admin status", "workspace", key.Workspace, "user", key.User, "err", err)
		return false
	}
	h.admins.put(ck, admin, now)
	return admin
}

func (h *Handler) lookupAdmin(ctx context.Context, key advisor.Key) (bool, error) {
	api, err := h.client(ctx, key.Workspace)
	if err != nil {
		return false, classify(err)
	}
	// The slash command that asked waits for this answer, and Slack for
	// the slash command: retries must end well inside its 3 seconds.
	ctx, cancel := context.WithTimeout(ctx, adminLookupTimeout)
	defer cancel()
	var u *slack.User
	err = retry(ctx, func(ctx context.Context) error {
		var err error
		u, err = api.GetUserInfoContext(ctx, key.User, slack.GetUserInfoOptionIncludeLocale(false))
		return err
	})
	if err != nil {
		return false, fmt.Errorf("slack: users.info for %s: %w", key.User, classify(err))
	}
	return u.IsAdmin || u.IsOwner || u.IsPrimaryOwner ||
		u.Enterprise.IsAdmin || u.Enterprise.IsOwner || u.Enterprise.IsPrimaryOwner, nil
}
