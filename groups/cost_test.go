package groups_test

import (
	"context"
	"testing"
	"time"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/bot"
	"github.com/certpath/certpath/catalog"
	"github.com/certpath/certpath/groups"
	"github.com/certpath/certpath/schedule"
	"github.com/certpath/certpath/session/memory"
	"github.com/certpath/certpath/session/sessiontest"
)

// TestUnchangedTurnsWriteNoRecords: with both wrappers in place, a turn
// that changes neither the reminder nor the study group reads and writes
// no records, indexes or groups at all; only "group" reads the roster.
func TestUnchangedTurnsWriteNoRecords(t *testing.T) {
	cat, err := catalog.Default()
	if err != nil {
		t.Fatal(err)
	}
	base := &sessiontest.Counting{Store: memory.New()}
	st := groups.Track(schedule.Track(base, quiet), quiet)
	conv := &bot.Conversations{Advisor: advisor.New(cat), Store: st, Now: func() time.Time { return now }, Enrich: groups.Enrich(st, quiet)}
	key := advisor.Key{Platform: "slack", Workspace: "T1", User: "U1"}
	ctx := context.Background()
	turn := func(text string) {
		t.Helper()
		if _, err := conv.Turn(ctx, key, advisor.Input{Text: text}); err != nil {
			t.Fatal(err)
		}
	}
	turn("some python, no ML, data scientist, 5 hours a week, free")
	base.Gets.Store(0)
	base.Puts.Store(0)
	turn("ask do certificates expire")
	if g, p := base.Gets.Load(), base.Puts.Load(); g != 0 || p != 0 {
		t.Errorf("plain turn: %d record reads, %d writes; want none", g, p)
	}
	turn("join")
	if base.Puts.Load() == 0 {
		t.Error("joining wrote no roster")
	}
	base.Puts.Store(0)
	turn("remind weekly monday 09:00")
	if base.Puts.Load() == 0 {
		t.Error("setting a reminder wrote no index")
	}
	base.Puts.Store(0)
	base.Gets.Store(0)
	turn("plan")
	if g, p := base.Gets.Load(), base.Puts.Load(); g != 0 || p != 0 {
		t.Errorf("unchanged turn after join and remind: %d reads, %d writes; want none", g, p)
	}
	turn("group")
	// The check for a roster an earlier version left, the counts, the
	// learner's own course group: three small reads, none growing with
	// the workspace's other groups.
	if g, p := base.Gets.Load(), base.Puts.Load(); g != 3 || p != 0 {
		t.Errorf("group: %d reads, %d writes; want 3 and 0", g, p)
	}
}
