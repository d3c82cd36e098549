package groups_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/catalog"
	"github.com/certpath/certpath/groups"
	"github.com/certpath/certpath/session"
	"github.com/certpath/certpath/session/bolt"
	"github.com/certpath/certpath/session/memory"
	"github.com/certpath/certpath/session/redis"
	"github.com/certpath/certpath/session/redis/redistest"
)

var (
	now   = time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)
	quiet = slog.New(slog.NewTextHandler(io.Discard, nil))
)

// world is one store shared by every learner, as replicas share one.
type world struct {
	t      *testing.T
	adv    *advisor.Advisor
	st     session.Store
	enrich func(context.Context, advisor.Input, *advisor.Session)
}

func newWorld(t *testing.T) *world { return newWorldOn(t, memory.New()) }

func newWorldOn(t *testing.T, base session.Store) *world {
	cat, err := catalog.Default()
	if err != nil {
		t.Fatal(err)
	}
	st := groups.Track(base, quiet)
	return &world{t: t, adv: advisor.New(cat), st: st, enrich: groups.Enrich(st, quiet)}
}

// say runs turns as the runner does and returns the last reply.
func (w *world) say(key advisor.Key, admin bool, lines ...string) advisor.Reply {
	w.t.Helper()
	var r advisor.Reply
	for _, line := range lines {
		in := advisor.Input{Text: line, Now: now, Admin: admin}
		_, err := session.Update(context.Background(), w.st, key, func(s advisor.Session) advisor.Session {
			w.enrich(context.Background(), in, &s)
			next, reply := w.adv.Step(s, in)
			r = reply
			return next
		})
		if err != nil {
			w.t.Fatal(err)
		}
		if r.Forget {
			if err := w.st.Delete(context.Background(), key); err != nil {
				w.t.Fatal(err)
			}
		}
	}
	return r
}

func key(platform, workspace, user string) advisor.Key {
	return advisor.Key{Platform: platform, Workspace: workspace, Channel: "D" + user, User: user}
}

// The scientists start with Regression; the literacy learner is on ML for All.
const (
	scientist = "some python, took an ML course, data scientist, 6 hours a week, free"
	literacy  = "product manager, no coding, never done any ML, understand ML to work with engineers, 3 hours a week, free"
)

func TestGroups(t *testing.T) {
	w := newWorld(t)
	ada, bob, cy := key("slack", "T1", "ada"), key("slack", "T1", "bob"), key("slack", "T1", "cy")
	dee := key("slack", "T2", "dee")   // same course, other workspace
	eve := key("discord", "T1", "eve") // same workspace id, other platform
	lit := key("slack", "T1", "lit")   // other course
	w.say(ada, false, scientist, "join")
	w.say(bob, false, scientist, "join")
	w.say(cy, false, scientist) // never joins
	w.say(dee, false, scientist, "join")
	w.say(eve, false, scientist, "join")
	w.say(lit, false, literacy, "join")

	tests := []struct {
		name    string
		who     advisor.Key
		admin   bool
		lines   []string
		members []string
		counts  map[string]int
	}{
		{"ada sees bob only", ada, false, []string{"group"}, []string{"bob"}, nil},
		{"dee is alone in T2", dee, false, []string{"group"}, nil, nil},
		{"eve is alone on discord", eve, false, []string{"group"}, nil, nil},
		{"lit is alone on ML for All", lit, false, []string{"group"}, nil, nil},
		{"cy did not join", cy, false, []string{"group"}, nil, nil},
		{"admin counts, no names", cy, true, []string{"group stats"}, nil, map[string]int{"Machine Learning: Regression": 2, "Machine Learning for All": 1}},
		{"not an admin", cy, false, []string{"group stats"}, nil, nil},
		{"cy joins and sees both", cy, false, []string{"join", "group"}, []string{"ada", "bob"}, nil},
		{"bob leaves", ada, false, []string{}, nil, nil},
	}
	for _, tt := range tests {
		if tt.name == "bob leaves" {
			w.say(bob, false, "leave")
			tt.lines = []string{"group"}
			tt.members = []string{"cy"}
		}
		r := w.say(tt.who, tt.admin, tt.lines...)
		var members []string
		var counts map[string]int
		if r.Group != nil {
			members, counts = r.Group.Members, r.Group.Counts
		}
		if len(counts) == 0 {
			counts = nil
		}
		if !reflect.DeepEqual(members, tt.members) || !reflect.DeepEqual(counts, tt.counts) {
			t.Errorf("%s: members %v counts %v (%q); want %v %v", tt.name, members, counts, r.Text, tt.members, tt.counts)
		}
	}

	// The group follows the current course: ada finishes Regression.
	w.say(ada, false, "done 1")
	if r := w.say(cy, false, "group"); !reflect.DeepEqual(r.Group.Members, []string(nil)) {
		t.Errorf("after ada moved on, cy sees %v", r.Group.Members)
	}
	// Forget removes the learner from every roster view.
	w.say(cy, false, "forget")
	w.say(bob, false, "join")
	if r := w.say(bob, false, "group"); len(r.Group.Members) != 0 {
		t.Errorf("after cy forgot, bob sees %v", r.Group.Members)
	}
	if r := w.say(bob, true, "group stats"); r.Group.Counts["Machine Learning: Regression"] != 1 {
		t.Errorf("counts after forget: %v", r.Group.Counts)
	}
}

// Many learners joining at once all end up in the roster, on every store.
func TestConcurrentJoins(t *testing.T) {
	url, _ := redistest.Start(t)
	rs, err := redis.Open(context.Background(), url, redis.Options{Prefix: redistest.Prefix(t)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { rs.Close() })
	b, err := bolt.Open(filepath.Join(t.TempDir(), "certpath.db"), bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	for name, st := range map[string]session.Store{"memory": memory.New(), "bolt": b, "redis": rs} {
		t.Run(name, func(t *testing.T) { concurrentJoins(t, newWorldOn(t, st)) })
	}
}

func concurrentJoins(t *testing.T, w *world) {
	const n = 12
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w.say(key("slack", "T1", fmt.Sprintf("u%02d", i)), false, scientist, "join")
		}()
	}
	wg.Wait()
	admin := key("slack", "T1", "admin")
	// The roster is read for the turn that asks, so even an admin's very
	// first message gets the counts.
	for i := range 2 {
		r := w.say(admin, true, "group stats")
		if r.Group == nil || r.Group.Counts["Machine Learning: Regression"] != n {
			t.Errorf("message %d: %+v; want %d in the roster", i+1, r, n)
		}
	}
}

// A roster an earlier version kept as one record is imported on first use.
func TestLegacyRosterImported(t *testing.T) {
	base := memory.New()
	w := newWorldOn(t, base)
	legacy := `{"version":4,"members":{"old1":"ml-regression","old2":"ml-regression","old3":"ml-for-all"}}`
	if err := base.PutRecord(context.Background(), "study-groups", "slack/T1", []byte(legacy)); err != nil {
		t.Fatal(err)
	}
	ada := key("slack", "T1", "ada")
	w.say(ada, false, scientist, "join")
	r := w.say(ada, false, "group")
	if r.Group == nil || !reflect.DeepEqual(r.Group.Members, []string{"old1", "old2"}) {
		t.Fatalf("group after an upgrade: %+v; want the legacy members on Regression", r.Group)
	}
	if r := w.say(ada, true, "group stats"); r.Group.Counts["Machine Learning: Regression"] != 3 || r.Group.Counts["Machine Learning for All"] != 1 {
		t.Errorf("counts after an upgrade: %v", r.Group.Counts)
	}
	if _, err := base.GetRecord(context.Background(), "study-groups", "slack/T1"); err == nil {
		t.Error("legacy roster record still there after the import")
	}
}
