package sessiontest

import (
	"reflect"
	"testing"
	"time"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/catalog"
	"github.com/certpath/certpath/session"
)

// Old lets the suite reach under a durable store: PutWhole stores a
// session as the store wrote it before sessions were compact (the whole
// session as JSON, plan included, at version), and Size is how many
// bytes the store keeps for key. The memory store has no old sessions
// (nothing outlives its process) and passes nil.
type Old struct {
	PutWhole func(t *testing.T, st session.Store, s advisor.Session)
	Size     func(t *testing.T, st session.Store, key advisor.Key) int
}

// RunStored is the suite of what a store keeps through the advisor's
// codec: sessions of whole conversations (plans re-flowed by progress
// days after they were made, a changed pace, a future start, everything
// done) come back exactly, plan included, though the plan is rebuilt on
// read; and sessions stored whole by earlier versions are read as they
// were and written compactly by their next save. open must return an
// empty store that encodes sessions with codec.
func RunStored(t *testing.T, open func(t *testing.T, codec session.Codec) session.Store, old *Old) {
	t.Helper()
	cat, err := catalog.Default()
	if err != nil {
		t.Fatal(err)
	}
	adv := advisor.New(cat)
	t.Run("PlansComeBackExactly", func(t *testing.T) { testPlansComeBack(t, adv, open(t, adv)) })
	t.Run("OldSessionsMigrateOnRead", func(t *testing.T) { testOldSessionsMigrate(t, adv, open(t, adv), old) })
}

// storedScript is a learner's conversation over three months.
var storedScript = []struct {
	day  int
	text string
}{
	{0, "hi"},
	{0, "backend dev, never touched ML, want to do MLOps, 6 hours a week, can pay"},
	{3, "plan"},
	{10, "progress 12 hours"},
	{20, "done 1"},
	{25, "actually 10 hours a week"},
	{40, "done 2"},
	{43, "remind weekly monday 18:00 Europe/Berlin"},
	{50, "on track"},
	{70, "actually I want to be a data scientist"},
	{90, "done"},
}

var storedStart = time.Date(2026, 11, 25, 9, 30, 0, 0, time.UTC)

// conversation replays storedScript for key, calling each after every
// turn with the session Step made.
func conversation(adv *advisor.Advisor, key advisor.Key, each func(i int, s advisor.Session)) {
	s := advisor.Session{Key: key}
	for i, tu := range storedScript {
		s, _ = adv.Step(s, advisor.Input{Text: tu.text, Now: storedStart.AddDate(0, 0, tu.day)})
		each(i, s)
	}
}

// assertSameSession fails unless got and want hold the same session, plan
// included.
func assertSameSession(t *testing.T, what string, got, want advisor.Session) {
	t.Helper()
	if !got.UpdatedAt.Equal(want.UpdatedAt) {
		t.Errorf("%s: UpdatedAt = %v, want %v", what, got.UpdatedAt, want.UpdatedAt)
	}
	got.UpdatedAt, want.UpdatedAt = time.Time{}, time.Time{}
	if !advisor.SameStored(got, want) || got.Turns != want.Turns || got.Key != want.Key {
		t.Errorf("%s: loaded session differs:\n got %+v\nwant %+v", what, got, want)
		if !reflect.DeepEqual(got.Plan, want.Plan) {
			t.Errorf("%s: plan:\n got %+v\nwant %+v", what, got.Plan, want.Plan)
		}
	}
}

func testPlansComeBack(t *testing.T, adv *advisor.Advisor, st session.Store) {
	key := key("planner")
	var version int64
	conversation(adv, key, func(i int, s advisor.Session) {
		s.Version = version
		mustSave(t, st, &s)
		version = s.Version
		assertSameSession(t, storedScript[i].text, mustLoad(t, st, key), s)
	})
}

func testOldSessionsMigrate(t *testing.T, adv *advisor.Advisor, st session.Store, old *Old) {
	key := key("veteran")
	conversation(adv, key, func(i int, s advisor.Session) {
		if i == 0 {
			return // nothing planned yet
		}
		// A fresh key per turn: each session is stored whole, once.
		s.Key = advisor.Key{Platform: key.Platform, Workspace: key.Workspace, User: key.User + "-" + storedScript[i].text}
		s.Version = 1
		if old != nil {
			old.PutWhole(t, st, s)
		} else {
			// A store without old sessions: a session holding its plan
			// is what every session was.
			s.Version = 0
			mustSave(t, st, &s)
		}
		what := storedScript[i].text
		got := mustLoad(t, st, s.Key)
		assertSameSession(t, what+" (stored whole)", got, s)
		if got.Version != s.Version {
			t.Fatalf("%s: version %d, want %d", what, got.Version, s.Version)
		}
		whole := 0
		if old != nil {
			whole = old.Size(t, st, s.Key)
		}
		// The next save writes it compactly; it reads back the same.
		mustSave(t, st, &got)
		again := mustLoad(t, st, s.Key)
		got.UpdatedAt = s.UpdatedAt
		assertSameSession(t, what+" (saved again)", again, got)
		if old != nil {
			if size := old.Size(t, st, s.Key); size*2 > whole {
				t.Errorf("%s: %d bytes after the save, %d stored whole: not compact", what, size, whole)
			}
		}
	})
}
