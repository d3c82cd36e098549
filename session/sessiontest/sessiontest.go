// Package sessiontest is the conformance suite every session.Store passes:
// memory, bbolt and Redis run the same tests, so the bot behaves the same
// whichever store an operator picks.
package sessiontest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/session"
)

// Run runs the whole suite. open must return an empty store for the test
// it is given and arrange for it to be closed (t.Cleanup); it is called
// once per subtest.
func Run(t *testing.T, open func(t *testing.T) session.Store) {
	t.Helper()
	tests := []struct {
		name string
		fn   func(*testing.T, session.Store)
	}{
		{"LoadMissing", testLoadMissing},
		{"SaveNewAndLoad", testSaveNewAndLoad},
		{"SaveConflict", testSaveConflict},
		{"Delete", testDelete},
		{"KeysDoNotCollide", testKeysDoNotCollide},
		{"Claim", testClaim},
		{"Records", testRecords},
		{"ConcurrentUpdates", testConcurrentUpdates},
		{"DueIndex", testDueIndex},
		{"DueIndexConcurrent", testDueIndexConcurrent},
		{"Groups", testGroups},
		{"GroupsConcurrent", testGroupsConcurrent},
		{"CanceledContext", testCanceledContext},
		{"Ping", testPing},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.fn(t, open(t))
		})
	}
}

func ctx(t *testing.T) context.Context {
	return t.Context()
}

func key(user string) advisor.Key {
	return advisor.Key{Platform: "slack", Workspace: "T1", Channel: "D1", User: user}
}

// sample is a session with every persisted field set, so a store that
// drops one is caught.
func sample(k advisor.Key, turns int) advisor.Session {
	return advisor.Session{
		Key: k,
		Profile: advisor.Profile{
			Programming:  advisor.ProgrammingSome,
			ML:           advisor.MLCoursework,
			Goal:         advisor.GoalMLOps,
			HoursPerWeek: 6,
			Budget:       advisor.BudgetAid,
			Start:        "2025-03-03",
		},
		Asking: advisor.SlotBudget,
		Plan: &advisor.Plan{
			Steps: []advisor.Step{{
				Course: "ml-regression", Title: "Machine Learning: Regression",
				Provider: "University of Washington", Hours: 30, Weeks: 5,
				Start: "2025-03-03", End: "2025-04-07", Why: "first model",
			}},
			TotalHours: 30, TotalWeeks: 5, Start: "2025-03-03", End: "2025-04-07",
			CostUSD: 0, CostMinUSD: 0, CostMaxUSD: 245, CostNote: "aid",
			PriceAsOf: "2025-01-01", PriceSource: "guide", Notes: []string{"ambitious"},
		},
		Turns: turns,
		// Nanoseconds and a non-UTC zone: stores must keep the instant.
		UpdatedAt: time.Date(2025, 3, 1, 10, 30, 15, 123456789, time.FixedZone("CET", 3600)),
	}
}

// assertSame fails unless got and want hold the same session. Times are
// compared as instants: encoding may change their location.
func assertSame(t *testing.T, got, want advisor.Session) {
	t.Helper()
	if !got.UpdatedAt.Equal(want.UpdatedAt) {
		t.Errorf("UpdatedAt = %v, want %v", got.UpdatedAt, want.UpdatedAt)
	}
	got.UpdatedAt, want.UpdatedAt = time.Time{}, time.Time{}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("loaded session differs:\n got %+v\nwant %+v", got, want)
		if !reflect.DeepEqual(got.Plan, want.Plan) {
			t.Errorf("plan:\n got %+v\nwant %+v", got.Plan, want.Plan)
		}
	}
}

func mustSave(t *testing.T, st session.Store, s *advisor.Session) {
	t.Helper()
	if err := st.Save(ctx(t), s); err != nil {
		t.Fatalf("Save(%s, version %d): %v", s.Key, s.Version, err)
	}
}

func mustLoad(t *testing.T, st session.Store, k advisor.Key) advisor.Session {
	t.Helper()
	s, err := st.Load(ctx(t), k)
	if err != nil {
		t.Fatalf("Load(%s): %v", k, err)
	}
	return s
}

func testLoadMissing(t *testing.T, st session.Store) {
	_, err := st.Load(ctx(t), key("nobody"))
	if !errors.Is(err, session.ErrNotFound) {
		t.Fatalf("Load of a missing key: err = %v, want ErrNotFound", err)
	}
}

func testSaveNewAndLoad(t *testing.T, st session.Store) {
	s := sample(key("u1"), 3)
	mustSave(t, st, &s)
	if s.Version != 1 {
		t.Fatalf("Version after first Save = %d, want 1", s.Version)
	}
	assertSame(t, mustLoad(t, st, s.Key), s)

	// A second save bumps the version again and replaces the whole session.
	s.Profile.HoursPerWeek = 8
	s.Plan = nil
	s.Asking = ""
	mustSave(t, st, &s)
	if s.Version != 2 {
		t.Fatalf("Version after second Save = %d, want 2", s.Version)
	}
	assertSame(t, mustLoad(t, st, s.Key), s)
}

func testSaveConflict(t *testing.T, st session.Store) {
	s := sample(key("u1"), 1)
	mustSave(t, st, &s) // version 1
	stored := s
	stored.Turns = 2
	mustSave(t, st, &stored) // version 2

	tests := []struct {
		name    string
		version int64
	}{
		{"stale version", 1},
		{"new session over an existing one", 0},
		{"version from the future", 7},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			late := sample(s.Key, 99)
			late.Version = tc.version
			err := st.Save(ctx(t), &late)
			if !errors.Is(err, session.ErrConflict) {
				t.Fatalf("Save with version %d: err = %v, want ErrConflict", tc.version, err)
			}
			if late.Version != tc.version {
				t.Errorf("failed Save changed Version to %d, want %d kept", late.Version, tc.version)
			}
			assertSame(t, mustLoad(t, st, s.Key), stored)
		})
	}

	t.Run("missing session with a version", func(t *testing.T) {
		gone := sample(key("never-saved"), 1)
		gone.Version = 3
		if err := st.Save(ctx(t), &gone); !errors.Is(err, session.ErrConflict) {
			t.Fatalf("Save of a missing session at version 3: err = %v, want ErrConflict", err)
		}
		if _, err := st.Load(ctx(t), gone.Key); !errors.Is(err, session.ErrNotFound) {
			t.Fatalf("Load after a failed Save: err = %v, want ErrNotFound", err)
		}
	})
}

func testDelete(t *testing.T, st session.Store) {
	s := sample(key("u1"), 1)
	mustSave(t, st, &s)
	other := sample(key("u2"), 2)
	mustSave(t, st, &other)

	if err := st.Delete(ctx(t), s.Key); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	if _, err := st.Load(ctx(t), s.Key); !errors.Is(err, session.ErrNotFound) {
		t.Fatalf("Load after Delete: err = %v, want ErrNotFound", err)
	}
	if err := st.Delete(ctx(t), s.Key); err != nil {
		t.Fatalf("Delete of a missing session: %v", err)
	}
	assertSame(t, mustLoad(t, st, other.Key), other)

	// After a delete the conversation starts over at version 0.
	again := sample(s.Key, 5)
	mustSave(t, st, &again)
	if again.Version != 1 {
		t.Fatalf("Version of a session saved after Delete = %d, want 1", again.Version)
	}
}

func testKeysDoNotCollide(t *testing.T, st session.Store) {
	base := advisor.Key{Platform: "slack", Workspace: "T1", Channel: "C1", User: "U1"}
	keys := []advisor.Key{
		base,
		{Platform: "discord", Workspace: "T1", Channel: "C1", User: "U1"},
		{Platform: "slack", Workspace: "T2", Channel: "C1", User: "U1"},
		{Platform: "slack", Workspace: "T1", Channel: "C2", User: "U1"},
		{Platform: "slack", Workspace: "T1", Channel: "C1", User: "U2"},
		{Platform: "slack", Workspace: "", Channel: "C1", User: "U1"},
		// Separators inside ids must not shift fields around.
		{Platform: "slack", Workspace: "T1:C1", Channel: "", User: "U1"},
		{Platform: "slack", Workspace: "T1", Channel: "", User: "C1:U1"},
		{Platform: "slack", Workspace: "T1/C1", Channel: "", User: "U1"},
		{Platform: "slack", Workspace: "T1", Channel: "C1/U1", User: ""},
		{Platform: "slack", Workspace: "T1", Channel: "C1%3AU1", User: ""},
		{Platform: "slack:T1", Workspace: "C1", Channel: "U1", User: ""},
	}
	for i, k := range keys {
		s := sample(k, i+1)
		mustSave(t, st, &s)
	}
	for i, k := range keys {
		got := mustLoad(t, st, k)
		if got.Turns != i+1 || got.Key != k || got.Version != 1 {
			t.Errorf("Load(%+v) = turns %d, key %+v, version %d; want turns %d, the same key, version 1",
				k, got.Turns, got.Key, got.Version, i+1)
		}
	}
	// Deleting one leaves its neighbours alone.
	if err := st.Delete(ctx(t), base); err != nil {
		t.Fatal(err)
	}
	for _, k := range keys[1:] {
		if _, err := st.Load(ctx(t), k); err != nil {
			t.Errorf("Load(%+v) after deleting %+v: %v", k, base, err)
		}
	}
}

func testClaim(t *testing.T, st session.Store) {
	// Short enough to keep the suite fast, long enough that a store with
	// millisecond expiry (Redis PX) cannot expire it between two calls.
	const ttl = 300 * time.Millisecond
	claim := func(id string) bool {
		t.Helper()
		ok, err := st.Claim(ctx(t), id, ttl)
		if err != nil {
			t.Fatalf("Claim(%q): %v", id, err)
		}
		return ok
	}
	start := time.Now()
	if !claim("evt-1") {
		t.Fatal("first Claim = false, want true")
	}
	if claim("evt-1") {
		t.Fatal("second Claim = true, want false")
	}
	if !claim("evt-2") {
		t.Fatal("Claim of another id = false, want true")
	}
	for !claim("evt-1") {
		if time.Since(start) > ttl+3*time.Second {
			t.Fatalf("Claim still false %v after a claim with ttl %v", time.Since(start), ttl)
		}
		time.Sleep(25 * time.Millisecond)
	}
	if took := time.Since(start); took < ttl {
		t.Fatalf("claim expired after %v, before its ttl %v", took, ttl)
	}
	if claim("evt-1") {
		t.Fatal("Claim right after the re-claim = true, want false")
	}

	t.Run("ttl must be positive", func(t *testing.T) {
		// A claim that never expires, or expires at once, is a bug in
		// the caller; no store may silently pick one of the two.
		for _, bad := range []time.Duration{0, -time.Second} {
			if ok, err := st.Claim(ctx(t), "evt-bad-ttl", bad); err == nil {
				t.Errorf("Claim with ttl %v = %v, nil; want an error", bad, ok)
			}
		}
	})

	t.Run("concurrent claims have one winner", func(t *testing.T) {
		const n = 20
		var wg sync.WaitGroup
		wins := make(chan bool, n)
		for range n {
			wg.Go(func() {
				ok, err := st.Claim(ctx(t), "evt-race", time.Minute)
				if err != nil {
					t.Error(err)
				}
				wins <- ok
			})
		}
		wg.Wait()
		close(wins)
		won := 0
		for ok := range wins {
			if ok {
				won++
			}
		}
		if won != 1 {
			t.Fatalf("%d of %d concurrent Claims won, want exactly 1", won, n)
		}
	})
}

func testRecords(t *testing.T, st session.Store) {
	if _, err := st.GetRecord(ctx(t), "install", "T1"); !errors.Is(err, session.ErrNotFound) {
		t.Fatalf("GetRecord of a missing record: err = %v, want ErrNotFound", err)
	}
	records := []struct{ kind, id, value string }{
		{"install", "T1", "token-free install of T1"},
		{"install", "T2", "T2"},
		{"guild", "T1", "a guild with the same id"},
		// '/' and ':' in kind or id must not make two records one.
		{"a/b", "c", "first"},
		{"a", "b/c", "second"},
		{"a:b", "c", "third"},
		{"a", "b:c", "fourth"},
		{"bin", "zero", "\x00\xff\n"},
		{"empty", "value", ""},
	}
	for _, r := range records {
		value := []byte(r.value)
		if err := st.PutRecord(ctx(t), r.kind, r.id, value); err != nil {
			t.Fatalf("PutRecord(%q, %q): %v", r.kind, r.id, err)
		}
		// The store must keep its own copy.
		for i := range value {
			value[i] = 'X'
		}
	}
	for _, r := range records {
		got, err := st.GetRecord(ctx(t), r.kind, r.id)
		if err != nil {
			t.Fatalf("GetRecord(%q, %q): %v", r.kind, r.id, err)
		}
		if !bytes.Equal(got, []byte(r.value)) {
			t.Errorf("GetRecord(%q, %q) = %q, want %q", r.kind, r.id, got, r.value)
		}
	}

	if err := st.PutRecord(ctx(t), "install", "T1", []byte("v2")); err != nil {
		t.Fatal(err)
	}
	if got, err := st.GetRecord(ctx(t), "install", "T1"); err != nil || string(got) != "v2" {
		t.Fatalf("GetRecord after overwrite = %q, %v; want \"v2\"", got, err)
	}
	if err := st.DeleteRecord(ctx(t), "install", "T1"); err != nil {
		t.Fatalf("DeleteRecord: %v", err)
	}
	if _, err := st.GetRecord(ctx(t), "install", "T1"); !errors.Is(err, session.ErrNotFound) {
		t.Fatalf("GetRecord after DeleteRecord: err = %v, want ErrNotFound", err)
	}
	if err := st.DeleteRecord(ctx(t), "install", "T1"); err != nil {
		t.Fatalf("DeleteRecord of a missing record: %v", err)
	}
	if got, err := st.GetRecord(ctx(t), "install", "T2"); err != nil || string(got) != "T2" {
		t.Fatalf("neighbour record after DeleteRecord = %q, %v; want \"T2\"", got, err)
	}
	// Records and sessions live apart: deleting a session keeps records.
	if err := st.Delete(ctx(t), advisor.Key{Platform: "install", User: "T2"}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.GetRecord(ctx(t), "install", "T2"); err != nil {
		t.Fatalf("record after deleting an unrelated session: %v", err)
	}
}

// testConcurrentUpdates is the promise the bot makes: many turns of one
// user at once, none lost.
func testConcurrentUpdates(t *testing.T, st session.Store) {
	const n = 100
	k := key("busy")
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			_, err := session.Update(ctx(t), st, k, func(s advisor.Session) advisor.Session {
				s.Turns++
				// Keeps a trace of who wrote last, so a store that
				// returns a stale copy is caught by Version below.
				s.Profile.Start = fmt.Sprintf("writer-%d", i)
				return s
			})
			if err != nil {
				t.Errorf("Update #%d: %v", i, err)
			}
		})
	}
	wg.Wait()
	got := mustLoad(t, st, k)
	if got.Turns != n {
		t.Fatalf("Turns after %d concurrent updates = %d, want %d (lost answers)", n, got.Turns, n)
	}
	if got.Version != n {
		t.Fatalf("Version after %d concurrent updates = %d, want %d", n, got.Version, n)
	}
}

func testCanceledContext(t *testing.T, st session.Store) {
	canceled, cancel := context.WithCancel(ctx(t))
	cancel()
	k := key("canceled")
	s := sample(k, 1)

	ops := []struct {
		name string
		call func(context.Context) error
	}{
		{"Load", func(c context.Context) error { _, err := st.Load(c, k); return err }},
		{"Save", func(c context.Context) error { cp := s; return st.Save(c, &cp) }},
		{"Delete", func(c context.Context) error { return st.Delete(c, k) }},
		{"Claim", func(c context.Context) error { _, err := st.Claim(c, "evt-canceled", time.Minute); return err }},
		{"PutRecord", func(c context.Context) error { return st.PutRecord(c, "k", "canceled", []byte("v")) }},
		{"GetRecord", func(c context.Context) error { _, err := st.GetRecord(c, "k", "canceled"); return err }},
		{"DeleteRecord", func(c context.Context) error { return st.DeleteRecord(c, "k", "canceled") }},
		{"Ping", func(c context.Context) error { return st.Ping(c) }},
		{"Schedule", func(c context.Context) error { return st.Schedule(c, "canceled", "m", time.Now()) }},
		{"Unschedule", func(c context.Context) error { return st.Unschedule(c, "canceled", "m") }},
		{"Due", func(c context.Context) error { _, err := st.Due(c, "canceled", time.Now()); return err }},
		{"SetGroup", func(c context.Context) error { return st.SetGroup(c, "canceled", "m", "g") }},
		{"GroupMembers", func(c context.Context) error { _, err := st.GroupMembers(c, "canceled", "g"); return err }},
		{"GroupSizes", func(c context.Context) error { _, err := st.GroupSizes(c, "canceled"); return err }},
	}
	for _, op := range ops {
		t.Run(op.name, func(t *testing.T) {
			if err := op.call(canceled); !errors.Is(err, context.Canceled) {
				t.Fatalf("%s with a canceled context: err = %v, want context.Canceled", op.name, err)
			}
		})
	}
	// Nothing the canceled calls attempted may have happened.
	if _, err := st.Load(ctx(t), k); !errors.Is(err, session.ErrNotFound) {
		t.Errorf("Load after a canceled Save: err = %v, want ErrNotFound", err)
	}
	if _, err := st.GetRecord(ctx(t), "k", "canceled"); !errors.Is(err, session.ErrNotFound) {
		t.Errorf("GetRecord after a canceled PutRecord: err = %v, want ErrNotFound", err)
	}
	if ok, err := st.Claim(ctx(t), "evt-canceled", time.Minute); err != nil || !ok {
		t.Errorf("Claim after a canceled Claim = %v, %v; want true", ok, err)
	}
	if due, err := st.Due(ctx(t), "canceled", time.Now().Add(time.Hour)); err != nil || len(due) != 0 {
		t.Errorf("Due after a canceled Schedule = %q, %v; want none", due, err)
	}
	if sizes, err := st.GroupSizes(ctx(t), "canceled"); err != nil || len(sizes) != 0 {
		t.Errorf("GroupSizes after a canceled SetGroup = %v, %v; want none", sizes, err)
	}
}

func testPing(t *testing.T, st session.Store) {
	if err := st.Ping(ctx(t)); err != nil {
		t.Fatalf("Ping: %v", err)
	}
}

func mustDue(t *testing.T, st session.Store, index string, by time.Time) []string {
	t.Helper()
	got, err := st.Due(ctx(t), index, by)
	if err != nil {
		t.Fatalf("Due(%q, %v): %v", index, by, err)
	}
	return got
}

func mustSchedule(t *testing.T, st session.Store, index, member string, at time.Time) {
	t.Helper()
	if err := st.Schedule(ctx(t), index, member, at); err != nil {
		t.Fatalf("Schedule(%q, %q): %v", index, member, err)
	}
}

// assertEqual fails t unless got equals want; an empty slice or map
// equals nil, since stores may return either.
func assertEqual[T any](t *testing.T, what string, got, want T) {
	t.Helper()
	if reflect.ValueOf(got).Len() == 0 && reflect.ValueOf(want).Len() == 0 {
		return
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s = %v, want %v", what, got, want)
	}
}

// testDueIndex: members come back by due time, earliest first; moving and
// removing one touches only that one; indexes keep apart.
func testDueIndex(t *testing.T, st session.Store) {
	t0 := time.Date(2026, 11, 30, 17, 0, 0, 0, time.UTC)
	const idx = "check-ins"
	// Names with the separators stores use inside keys.
	a, b, c := "slack:T1::U1", "discord:G/1::U{2}", "a b%3A"
	assertEqual(t, "Due of an empty index", mustDue(t, st, idx, t0.Add(time.Hour)), nil)
	mustSchedule(t, st, idx, a, t0.Add(2*time.Minute))
	mustSchedule(t, st, idx, b, t0.Add(time.Minute))
	mustSchedule(t, st, idx, c, t0.Add(3*time.Minute))
	mustSchedule(t, st, "other/index", a, t0)

	assertEqual(t, "Due before anything", mustDue(t, st, idx, t0), nil)
	assertEqual(t, "Due at a's time", mustDue(t, st, idx, t0.Add(2*time.Minute)), []string{b, a})
	assertEqual(t, "Due a millisecond before a", mustDue(t, st, idx, t0.Add(2*time.Minute-time.Millisecond)), []string{b})

	mustSchedule(t, st, idx, b, t0.Add(5*time.Minute)) // moved, not added twice
	assertEqual(t, "Due after moving b", mustDue(t, st, idx, t0.Add(2*time.Minute)), []string{a})
	assertEqual(t, "Due of all", mustDue(t, st, idx, t0.Add(time.Hour)), []string{a, c, b})

	if err := st.Unschedule(ctx(t), idx, a); err != nil {
		t.Fatalf("Unschedule: %v", err)
	}
	if err := st.Unschedule(ctx(t), idx, "never-scheduled"); err != nil {
		t.Fatalf("Unschedule of a missing member: %v", err)
	}
	if err := st.Unschedule(ctx(t), "no-such-index", a); err != nil {
		t.Fatalf("Unschedule in a missing index: %v", err)
	}
	assertEqual(t, "Due after Unschedule", mustDue(t, st, idx, t0.Add(time.Hour)), []string{c, b})
	assertEqual(t, "the other index", mustDue(t, st, "other/index", t0.Add(time.Hour)), []string{a})

	// Same time: ties come back by member.
	mustSchedule(t, st, "ties", "m2", t0)
	mustSchedule(t, st, "ties", "m1", t0)
	assertEqual(t, "Due of ties", mustDue(t, st, "ties", t0), []string{"m1", "m2"})
	// Times before 1970 still sort first.
	mustSchedule(t, st, "ties", "old", time.Date(1969, 7, 20, 20, 17, 0, 0, time.UTC))
	assertEqual(t, "Due with an old time", mustDue(t, st, "ties", t0), []string{"old", "m1", "m2"})

	if err := st.Schedule(ctx(t), idx, "", t0); !errors.Is(err, session.ErrEmptyName) {
		t.Errorf("Schedule of an empty member: err = %v, want ErrEmptyName", err)
	}
}

// testDueIndexConcurrent: many writers, each its own member, all land.
func testDueIndexConcurrent(t *testing.T, st session.Store) {
	const n = 50
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			if err := st.Schedule(ctx(t), "busy", fmt.Sprintf("m%02d", i), t0.Add(time.Duration(n-i)*time.Second)); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	got := mustDue(t, st, "busy", t0.Add(time.Hour))
	if len(got) != n || got[0] != fmt.Sprintf("m%02d", n-1) || got[n-1] != "m00" {
		t.Fatalf("Due after %d concurrent Schedules = %d members (%q...), want all, latest-scheduled first", n, len(got), got)
	}
}

func mustMembers(t *testing.T, st session.Store, scope, group string) []string {
	t.Helper()
	got, err := st.GroupMembers(ctx(t), scope, group)
	if err != nil {
		t.Fatalf("GroupMembers(%q, %q): %v", scope, group, err)
	}
	return got
}

func mustSizes(t *testing.T, st session.Store, scope string) map[string]int {
	t.Helper()
	got, err := st.GroupSizes(ctx(t), scope)
	if err != nil {
		t.Fatalf("GroupSizes(%q): %v", scope, err)
	}
	return got
}

func mustSetGroup(t *testing.T, st session.Store, scope, member, group string) {
	t.Helper()
	if err := st.SetGroup(ctx(t), scope, member, group); err != nil {
		t.Fatalf("SetGroup(%q, %q, %q): %v", scope, member, group, err)
	}
}

// testGroups: a member is in one group of a scope at a time; moving,
// leaving and rejoining keep members and sizes right; scopes keep apart.
func testGroups(t *testing.T, st session.Store) {
	const ws = "slack/T1"
	a, b := "ml-regression", "course {b}/x"
	assertEqual(t, "sizes of an empty scope", mustSizes(t, st, ws), nil)
	assertEqual(t, "members of an empty group", mustMembers(t, st, ws, a), nil)

	mustSetGroup(t, st, ws, "U2", a)
	mustSetGroup(t, st, ws, "U1", a)
	mustSetGroup(t, st, ws, "U:3", b)
	mustSetGroup(t, st, ws, "U1", a) // again: nothing changes
	mustSetGroup(t, st, "discord/G1", "U1", b)
	assertEqual(t, "members of a", mustMembers(t, st, ws, a), []string{"U1", "U2"})
	assertEqual(t, "members of b", mustMembers(t, st, ws, b), []string{"U:3"})
	assertEqual(t, "sizes", mustSizes(t, st, ws), map[string]int{a: 2, b: 1})

	mustSetGroup(t, st, ws, "U2", b) // moves out of a
	assertEqual(t, "members of a after a move", mustMembers(t, st, ws, a), []string{"U1"})
	assertEqual(t, "members of b after a move", mustMembers(t, st, ws, b), []string{"U2", "U:3"})

	mustSetGroup(t, st, ws, "U1", "") // leaves; a is empty now
	mustSetGroup(t, st, ws, "nobody", "")
	assertEqual(t, "members of a after leaving", mustMembers(t, st, ws, a), nil)
	assertEqual(t, "sizes after leaving", mustSizes(t, st, ws), map[string]int{b: 2})

	mustSetGroup(t, st, ws, "U1", a) // rejoins
	assertEqual(t, "sizes after rejoining", mustSizes(t, st, ws), map[string]int{a: 1, b: 2})
	assertEqual(t, "the other scope", mustSizes(t, st, "discord/G1"), map[string]int{b: 1})
	assertEqual(t, "the other scope's b", mustMembers(t, st, "discord/G1", b), []string{"U1"})

	if err := st.SetGroup(ctx(t), ws, "", a); !errors.Is(err, session.ErrEmptyName) {
		t.Errorf("SetGroup of an empty member: err = %v, want ErrEmptyName", err)
	}
}

// testGroupsConcurrent: members joining at once all land, and one member
// moved by many writers at once ends in exactly one group.
func testGroupsConcurrent(t *testing.T, st session.Store) {
	const ws, n = "slack/busy", 30
	groups := []string{"a", "b", "c"}
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			if err := st.SetGroup(ctx(t), ws, fmt.Sprintf("U%02d", i), groups[i%len(groups)]); err != nil {
				t.Error(err)
			}
		})
		wg.Go(func() {
			if err := st.SetGroup(ctx(t), ws, "mover", groups[i%len(groups)]); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	sizes := mustSizes(t, st, ws)
	total := 0
	for _, n := range sizes {
		total += n
	}
	if total != n+1 {
		t.Fatalf("sizes after concurrent SetGroups = %v (%d members), want %d: every joiner and the mover once", sizes, total, n+1)
	}
	in := 0
	for _, g := range groups {
		for _, m := range mustMembers(t, st, ws, g) {
			if m == "mover" {
				in++
			}
		}
	}
	if in != 1 {
		t.Fatalf("the mover is in %d groups, want 1", in)
	}
}
