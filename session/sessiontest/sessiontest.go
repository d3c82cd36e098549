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
}

func testPing(t *testing.T, st session.Store) {
	if err := st.Ping(ctx(t)); err != nil {
		t.Fatalf("Ping: %v", err)
	}
}
