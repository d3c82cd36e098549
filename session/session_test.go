package session_test

import (
	"context"
	"errors"
	"testing"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/session"
	"github.com/certpath/certpath/session/memory"
)

// faulty wraps a store to inject what real stores do under load: another
// turn landing between our Load and Save, or the backend failing.
type faulty struct {
	session.Store
	beforeSave func(s *advisor.Session) // runs before each Save
	afterSave  func(err error)          // sees each Save's result
	loadErr    error
	saveErr    error
	loads      int
	saves      int
}

func (f *faulty) Load(ctx context.Context, k advisor.Key) (advisor.Session, error) {
	f.loads++
	if f.loadErr != nil {
		return advisor.Session{}, f.loadErr
	}
	return f.Store.Load(ctx, k)
}

func (f *faulty) Save(ctx context.Context, s *advisor.Session) error {
	f.saves++
	if f.beforeSave != nil {
		f.beforeSave(s)
	}
	err := f.saveErr
	if err == nil {
		err = f.Store.Save(ctx, s)
	}
	if f.afterSave != nil {
		f.afterSave(err)
	}
	return err
}

var key = advisor.Key{Platform: "console", User: "ana"}

func incr(s advisor.Session) advisor.Session {
	s.Turns++
	return s
}

func TestUpdateNewSession(t *testing.T) {
	st := memory.New()
	got, err := session.Update(t.Context(), st, key, incr)
	if err != nil {
		t.Fatal(err)
	}
	if got.Key != key || got.Version != 1 || got.Turns != 1 {
		t.Fatalf("Update of a new session = key %v, version %d, turns %d; want %v, 1, 1", got.Key, got.Version, got.Turns, key)
	}
	stored, err := st.Load(t.Context(), key)
	if err != nil || stored.Turns != 1 || stored.Version != 1 {
		t.Fatalf("stored = %+v, %v", stored, err)
	}
}

// TestUpdateKeepsKeyAndVersion: fn may not move a session to another key or
// forge its version; Update owns both.
func TestUpdateKeepsKeyAndVersion(t *testing.T) {
	st := memory.New()
	if _, err := session.Update(t.Context(), st, key, incr); err != nil {
		t.Fatal(err)
	}
	got, err := session.Update(t.Context(), st, key, func(s advisor.Session) advisor.Session {
		s.Key = advisor.Key{Platform: "console", User: "mallory"}
		s.Version = 42
		s.Turns++
		return s
	})
	if err != nil {
		t.Fatal(err)
	}
	if got.Key != key || got.Version != 2 || got.Turns != 2 {
		t.Fatalf("Update = key %v, version %d, turns %d; want %v, 2, 2", got.Key, got.Version, got.Turns, key)
	}
	if _, err := st.Load(t.Context(), advisor.Key{Platform: "console", User: "mallory"}); !errors.Is(err, session.ErrNotFound) {
		t.Fatalf("fn's key was used: %v", err)
	}
}

// TestUpdateRetriesOnConflict: when another turn lands between Load and
// Save, fn runs again on the fresh session, so both turns count.
func TestUpdateRetriesOnConflict(t *testing.T) {
	tests := []struct {
		name      string
		conflicts int // how many times another turn sneaks in
	}{
		{"no conflict", 0},
		{"one conflict", 1},
		{"five conflicts", 5},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			mem := memory.New()
			sneaked := 0
			st := &faulty{Store: mem}
			st.beforeSave = func(*advisor.Session) {
				if sneaked < tc.conflicts {
					sneaked++
					if _, err := session.Update(t.Context(), mem, key, incr); err != nil {
						t.Fatal(err)
					}
				}
			}
			var seen []int // Turns fn was given, attempt by attempt
			got, err := session.Update(t.Context(), st, key, func(s advisor.Session) advisor.Session {
				seen = append(seen, s.Turns)
				return incr(s)
			})
			if err != nil {
				t.Fatal(err)
			}
			want := tc.conflicts + 1
			if got.Turns != want || got.Version != int64(want) {
				t.Fatalf("after %d conflicts: Turns %d, Version %d; want %d, %d", tc.conflicts, got.Turns, got.Version, want, want)
			}
			if len(seen) != tc.conflicts+1 {
				t.Fatalf("fn ran %d times, want %d", len(seen), tc.conflicts+1)
			}
			// Each re-run starts from what the other turn saved, never
			// from fn's own earlier result.
			for i, turns := range seen {
				if turns != i {
					t.Fatalf("attempt %d was given Turns %d, want %d (the stored value)", i, turns, i)
				}
			}
		})
	}
}

func TestUpdateGivesUpAfterMaxRetries(t *testing.T) {
	mem := memory.New()
	st := &faulty{Store: mem}
	st.beforeSave = func(*advisor.Session) {
		if _, err := session.Update(t.Context(), mem, key, incr); err != nil {
			t.Fatal(err)
		}
	}
	runs := 0
	_, err := session.Update(t.Context(), st, key, func(s advisor.Session) advisor.Session {
		runs++
		return incr(s)
	})
	if !errors.Is(err, session.ErrConflict) {
		t.Fatalf("err = %v, want ErrConflict", err)
	}
	if runs != session.MaxRetries {
		t.Fatalf("fn ran %d times, want MaxRetries = %d", runs, session.MaxRetries)
	}
}

func TestUpdatePropagatesStoreErrors(t *testing.T) {
	tests := []struct {
		name      string
		loadErr   error
		saveErr   error
		wantRuns  int
		wantSaves int
	}{
		{"load fails", session.ErrUnavailable, nil, 0, 0},
		{"save fails", nil, session.ErrUnavailable, 1, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := &faulty{Store: memory.New(), loadErr: tc.loadErr, saveErr: tc.saveErr}
			runs := 0
			got, err := session.Update(t.Context(), st, key, func(s advisor.Session) advisor.Session {
				runs++
				return incr(s)
			})
			if !errors.Is(err, session.ErrUnavailable) {
				t.Fatalf("err = %v, want it to wrap ErrUnavailable", err)
			}
			if got.Turns != 0 || got.Version != 0 {
				t.Errorf("Update returned a session on error: %+v", got)
			}
			// Failures other than conflicts are not retried: retrying a
			// dead backend only delays the "try again" the user gets.
			if runs != tc.wantRuns || st.saves != tc.wantSaves {
				t.Errorf("fn ran %d times and Save %d; want %d and %d", runs, st.saves, tc.wantRuns, tc.wantSaves)
			}
		})
	}
}

func TestUpdateStopsWhenContextEnds(t *testing.T) {
	mem := memory.New()
	ctx, cancel := context.WithCancel(t.Context())
	st := &faulty{Store: mem}
	// Every save conflicts, and the caller gives up right after the first
	// conflict: Update must not start another attempt.
	st.beforeSave = func(*advisor.Session) {
		if _, err := session.Update(t.Context(), mem, key, incr); err != nil {
			t.Fatal(err)
		}
	}
	st.afterSave = func(err error) {
		if !errors.Is(err, session.ErrConflict) {
			t.Errorf("Save: err = %v, want the injected ErrConflict", err)
		}
		cancel()
	}
	_, err := session.Update(ctx, st, key, incr)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if st.loads != 1 || st.saves != 1 {
		t.Fatalf("Update made %d loads and %d saves, want 1 and 1: it must stop once its context ends", st.loads, st.saves)
	}
}

// TestChangeWithoutSaving: when fn says its result needs no saving,
// Change returns it and writes nothing.
func TestChangeWithoutSaving(t *testing.T) {
	st := &faulty{Store: memory.New()}
	if _, err := session.Update(t.Context(), st, key, incr); err != nil {
		t.Fatal(err)
	}
	got, err := session.Change(t.Context(), st, key, func(s advisor.Session) (advisor.Session, bool) {
		s.Turns += 10
		return s, false
	})
	if err != nil || got.Turns != 11 || got.Key != key || got.Version != 1 {
		t.Fatalf("Change = %+v, %v; want 11 turns at version 1", got, err)
	}
	if st.saves != 1 {
		t.Errorf("%d saves, want only Update's", st.saves)
	}
	if stored, _ := st.Load(t.Context(), key); stored.Turns != 1 {
		t.Errorf("stored turns %d, want 1", stored.Turns)
	}
}
