package bolt_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	bbolt "go.etcd.io/bbolt"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/catalog"
	"github.com/certpath/certpath/session"
	"github.com/certpath/certpath/session/bolt"
	"github.com/certpath/certpath/session/sessiontest"
)

func open(t testing.TB, path string, opts bolt.Options) *bolt.Store {
	t.Helper()
	st, err := bolt.Open(path, opts)
	if err != nil {
		t.Fatalf("Open(%s): %v", path, err)
	}
	t.Cleanup(func() { _ = st.Close() })
	return st
}

func TestConformance(t *testing.T) {
	cat, err := catalog.Default()
	if err != nil {
		t.Fatal(err)
	}
	for name, codec := range map[string]session.Codec{"json": nil, "advisor": advisor.New(cat)} {
		t.Run(name, func(t *testing.T) {
			sessiontest.Run(t, func(t *testing.T) session.Store {
				return open(t, filepath.Join(t.TempDir(), "certpath.db"), bolt.Options{Codec: codec})
			})
		})
	}
}

func TestStored(t *testing.T) {
	sessiontest.RunStored(t, func(t *testing.T, codec session.Codec) session.Store {
		return open(t, filepath.Join(t.TempDir(), "certpath.db"), bolt.Options{Codec: codec})
	}, &sessiontest.Old{
		PutWhole: func(t *testing.T, st session.Store, s advisor.Session) {
			if err := st.(*bolt.Store).PutEnvelope(s, time.Now()); err != nil {
				t.Fatal(err)
			}
		},
		Size: func(t *testing.T, st session.Store, key advisor.Key) int { return st.(*bolt.Store).StoredSize(key) },
	})
}

func TestOpenCreatesPrivateFiles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data", "certpath")
	path := filepath.Join(dir, "certpath.db")
	open(t, path, bolt.Options{})
	for _, tc := range []struct {
		path string
		want os.FileMode
	}{
		{dir, 0o700 | os.ModeDir},
		{path, 0o600},
	} {
		fi, err := os.Stat(tc.path)
		if err != nil {
			t.Fatal(err)
		}
		// The umask may only take bits away; none beyond want may be set.
		if got := fi.Mode(); got&^tc.want != 0 || !got.IsDir() != !tc.want.IsDir() {
			t.Errorf("mode of %s = %v, want at most %v", tc.path, got, tc.want)
		}
	}
}

func TestRestartKeepsSessions(t *testing.T) {
	path := filepath.Join(t.TempDir(), "certpath.db")
	ctx := context.Background()
	key := advisor.Key{Platform: "console", User: "ana"}

	st, err := bolt.Open(path, bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := advisor.Session{Key: key, Profile: advisor.Profile{Goal: advisor.GoalMLOps}, Turns: 3}
	if err := st.Save(ctx, &s); err != nil {
		t.Fatal(err)
	}
	if err := st.PutRecord(ctx, "install", "T1", []byte("v")); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}

	st = open(t, path, bolt.Options{})
	got, err := st.Load(ctx, key)
	if err != nil {
		t.Fatalf("Load after reopen: %v", err)
	}
	if got.Version != 1 || got.Turns != 3 || got.Profile.Goal != advisor.GoalMLOps {
		t.Fatalf("session after reopen = %+v, want version 1, 3 turns, goal mlops", got)
	}
	if v, err := st.GetRecord(ctx, "install", "T1"); err != nil || string(v) != "v" {
		t.Fatalf("record after reopen = %q, %v", v, err)
	}
	// The conversation carries on from the stored version.
	if err := st.Save(ctx, &got); err != nil || got.Version != 2 {
		t.Fatalf("Save after reopen: version %d, %v; want 2, nil", got.Version, err)
	}
}

func TestOpenLockedFileFailsFast(t *testing.T) {
	path := filepath.Join(t.TempDir(), "certpath.db")
	open(t, path, bolt.Options{})

	start := time.Now()
	// flock locks belong to the open file, so a second Open in this
	// process is refused just like one from another process.
	st, err := bolt.Open(path, bolt.Options{})
	took := time.Since(start)
	if err == nil {
		_ = st.Close()
		t.Fatal("second Open of a locked file succeeded")
	}
	want := "bolt: open " + path + ": the file is locked by another certpath process (timeout)"
	if err.Error() != want {
		t.Errorf("error = %q\nwant    %q", err, want)
	}
	if took > 3*time.Second {
		t.Errorf("second Open took %v, want about a second", took)
	}
}

func TestOpenUnwritablePath(t *testing.T) {
	// A regular file where a directory should be: unwritable even for root,
	// which the tests may well run as.
	blocker := filepath.Join(t.TempDir(), "not-a-dir")
	if err := os.WriteFile(blocker, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		path string
		want string
	}{
		{"parent is a file", filepath.Join(blocker, "certpath.db"), "cannot create its directory"},
		{"grandparent is a file", filepath.Join(blocker, "data", "certpath.db"), "cannot create its directory"},
		{"path is a directory", filepath.Dir(blocker), "is a directory"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st, err := bolt.Open(tc.path, bolt.Options{})
			if err == nil {
				_ = st.Close()
				t.Fatalf("Open(%s) succeeded", tc.path)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, "bolt: open "+tc.path+": ") || !strings.Contains(msg, tc.want) {
				t.Errorf("error = %q, want it to name %s and say %q", msg, tc.path, tc.want)
			}
		})
	}
}

func TestSessionTTL(t *testing.T) {
	now := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	st := open(t, filepath.Join(t.TempDir(), "certpath.db"), bolt.Options{
		TTL: time.Hour,
		Now: func() time.Time { return now },
	})
	ctx := context.Background()
	key := advisor.Key{Platform: "console", User: "ana"}
	s := advisor.Session{Key: key, Turns: 1}
	if err := st.Save(ctx, &s); err != nil {
		t.Fatal(err)
	}

	steps := []struct {
		advance time.Duration
		live    bool
	}{
		{59 * time.Minute, true},
		{time.Minute, false}, // exactly TTL after the save
	}
	for _, step := range steps {
		now = now.Add(step.advance)
		_, err := st.Load(ctx, key)
		if step.live && err != nil {
			t.Fatalf("Load %v after save: %v, want the session", step.advance, err)
		}
		if !step.live && !errors.Is(err, session.ErrNotFound) {
			t.Fatalf("Load after the TTL: err = %v, want ErrNotFound", err)
		}
	}

	// An expired session is gone for compare-and-swap too: the stale
	// version conflicts, a new conversation starts at version 0.
	if err := st.Save(ctx, &s); !errors.Is(err, session.ErrConflict) {
		t.Fatalf("Save over an expired session at its old version: %v, want ErrConflict", err)
	}
	fresh := advisor.Session{Key: key, Turns: 7}
	if err := st.Save(ctx, &fresh); err != nil || fresh.Version != 1 {
		t.Fatalf("Save of a new session over an expired one: version %d, %v", fresh.Version, err)
	}

	// Each save restarts the TTL.
	now = now.Add(59 * time.Minute)
	if err := st.Save(ctx, &fresh); err != nil {
		t.Fatal(err)
	}
	now = now.Add(59 * time.Minute)
	if got, err := st.Load(ctx, key); err != nil || got.Turns != 7 {
		t.Fatalf("Load 59m after the last of two saves: %+v, %v", got, err)
	}
}

// TestSweepRemovesExpiredData checks expired sessions and claims leave the
// file, not merely read as absent: they are personal data past their TTL.
func TestSweepRemovesExpiredData(t *testing.T) {
	path := filepath.Join(t.TempDir(), "certpath.db")
	now := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	st, err := bolt.Open(path, bolt.Options{TTL: time.Hour, Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	old := advisor.Session{Key: advisor.Key{Platform: "console", User: "old"}}
	if err := st.Save(ctx, &old); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Claim(ctx, "evt-old", time.Minute); err != nil {
		t.Fatal(err)
	}
	now = now.Add(2 * time.Hour)
	recent := advisor.Session{Key: advisor.Key{Platform: "console", User: "recent"}}
	if err := st.Save(ctx, &recent); err != nil { // sweeps
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}

	db, err := bbolt.Open(path, 0o600, &bbolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var sessions, claims []string
	err = db.View(func(tx *bbolt.Tx) error {
		_ = tx.Bucket([]byte("sessions")).ForEach(func(k, _ []byte) error {
			sessions = append(sessions, string(k))
			return nil
		})
		return tx.Bucket([]byte("claims")).ForEach(func(k, _ []byte) error {
			claims = append(claims, string(k))
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{recent.Key.String()}; !slices.Equal(sessions, want) {
		t.Errorf("sessions in the file after the sweep = %q, want %q", sessions, want)
	}
	if len(claims) != 0 {
		t.Errorf("claims in the file after the sweep = %q, want none", claims)
	}
}

func TestClosedStoreIsUnavailable(t *testing.T) {
	st, err := bolt.Open(filepath.Join(t.TempDir(), "certpath.db"), bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	key := advisor.Key{Platform: "console", User: "ana"}
	ops := map[string]error{
		"Ping": st.Ping(ctx),
		"Load": func() error { _, err := st.Load(ctx, key); return err }(),
		"Save": st.Save(ctx, &advisor.Session{Key: key}),
	}
	for name, err := range ops {
		if !errors.Is(err, session.ErrUnavailable) {
			t.Errorf("%s on a closed store: err = %v, want ErrUnavailable", name, err)
		}
	}
}

func BenchmarkStore(b *testing.B) {
	sessiontest.Benchmark(b, open(b, filepath.Join(b.TempDir(), "certpath.db"), bolt.Options{TTL: time.Hour}))
}
