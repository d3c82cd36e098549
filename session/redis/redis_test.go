package redis_test

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"testing"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/session"
	"github.com/certpath/certpath/session/redis"
	"github.com/certpath/certpath/session/redis/redistest"
	"github.com/certpath/certpath/session/sessiontest"
)

// open opens a store with a prefix unique to t on url and removes the
// test's keys afterwards, so tests may share one Redis.
func open(t testing.TB, url string, opts redis.Options) *redis.Store {
	t.Helper()
	if opts.Prefix == "" {
		opts.Prefix = redistest.Prefix(t)
	}
	st, err := redis.Open(context.Background(), url, opts)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() {
		cleanup(t, url, opts.Prefix)
		_ = st.Close()
	})
	return st
}

// cleanup deletes every key under prefix, for a shared CERTPATH_TEST_REDIS_URL.
func cleanup(t testing.TB, url, prefix string) {
	c := rawClient(t, url)
	ctx := context.Background()
	iter := c.Scan(ctx, 0, prefix+"*", 100).Iterator()
	for iter.Next(ctx) {
		c.Del(ctx, iter.Val())
	}
	// A server a fault test stopped has nothing left to clean.
	_ = iter.Err()
}

// rawClient talks to the test's Redis directly, to check what the store
// wrote (TTLs, key names) rather than what it says it wrote.
func rawClient(t testing.TB, url string) *goredis.Client {
	t.Helper()
	o, err := goredis.ParseURL(url)
	if err != nil {
		t.Fatal(err)
	}
	c := goredis.NewClient(o)
	t.Cleanup(func() { _ = c.Close() })
	return c
}

func TestConformance(t *testing.T) {
	url, _ := redistest.Start(t)
	sessiontest.Run(t, func(t *testing.T) session.Store {
		return open(t, url, redis.Options{})
	})
}

func TestSessionTTL(t *testing.T) {
	url, _ := redistest.Start(t)
	ctx := context.Background()
	raw := rawClient(t, url)
	key := advisor.Key{Platform: "slack", Workspace: "T1", User: "U1"}

	tests := []struct {
		name string
		ttl  time.Duration
		want time.Duration
	}{
		{"default", 0, redis.DefaultTTL},
		{"configured", 90 * time.Minute, 90 * time.Minute},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			prefix := redistest.Prefix(t)
			st := open(t, url, redis.Options{Prefix: prefix, TTL: tc.ttl})
			s := advisor.Session{Key: key}
			for range 2 { // every save restarts the TTL
				if err := st.Save(ctx, &s); err != nil {
					t.Fatal(err)
				}
				pttl, err := raw.PTTL(ctx, prefix+"session:"+key.String()).Result()
				if err != nil {
					t.Fatal(err)
				}
				if pttl > tc.want || pttl < tc.want-time.Minute {
					t.Fatalf("PTTL after save = %v, want about %v", pttl, tc.want)
				}
				if err := raw.Persist(ctx, prefix+"session:"+key.String()).Err(); err != nil {
					t.Fatal(err)
				}
			}
		})
	}

	t.Run("expired session is gone", func(t *testing.T) {
		st := open(t, url, redis.Options{TTL: 50 * time.Millisecond})
		s := advisor.Session{Key: key}
		if err := st.Save(ctx, &s); err != nil {
			t.Fatal(err)
		}
		deadline := time.Now().Add(3 * time.Second)
		for {
			_, err := st.Load(ctx, key)
			if errors.Is(err, session.ErrNotFound) {
				break
			}
			if err != nil || time.Now().After(deadline) {
				t.Fatalf("Load long after the TTL: err = %v, want ErrNotFound", err)
			}
			time.Sleep(20 * time.Millisecond)
		}
	})
}

func TestKeysUsePrefix(t *testing.T) {
	url, _ := redistest.Start(t)
	ctx := context.Background()
	prefix := redistest.Prefix(t)
	st := open(t, url, redis.Options{Prefix: prefix})
	s := advisor.Session{Key: advisor.Key{Platform: "slack", User: "U1"}}
	if err := st.Save(ctx, &s); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Claim(ctx, "evt", time.Minute); err != nil {
		t.Fatal(err)
	}
	if err := st.PutRecord(ctx, "install", "T1", []byte("v")); err != nil {
		t.Fatal(err)
	}
	keys, err := rawClient(t, url).Keys(ctx, prefix+"*").Result()
	if err != nil {
		t.Fatal(err)
	}
	if len(keys) != 3 {
		t.Fatalf("keys under %q = %q, want 3 (session, claim, record)", prefix, keys)
	}
}

func TestOpenUnreachable(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close() // nothing listens there now

	start := time.Now()
	st, err := redis.Open(context.Background(), "redis://"+addr+"/0", redis.Options{})
	took := time.Since(start)
	if err == nil {
		_ = st.Close()
		t.Fatalf("Open of a closed port succeeded")
	}
	want := "redis: cannot reach " + addr + ": connection refused"
	if err.Error() != want {
		t.Errorf("error = %q\nwant    %q", err, want)
	}
	if !errors.Is(err, session.ErrUnavailable) {
		t.Errorf("error does not wrap ErrUnavailable: %v", err)
	}
	if took > 10*time.Second {
		t.Errorf("Open took %v, want under 10s", took)
	}
}

func TestOpenBadURL(t *testing.T) {
	tests := []struct {
		url  string
		want string
	}{
		{"127.0.0.1:6379", "no scheme"},
		{"http://127.0.0.1:6379", `scheme "http"`},
		{"redis://127.0.0.1:6379/zero", `database "zero"`},
		{"redis://127.0.0.1:6379/0?timeout=1", `parameter "timeout"`},
		{"redis+sentinel://127.0.0.1:26379", "names no master"},
		{"redis://127.0.0.1:99999", "bad port"},
		{"redis://a:1,,b:2", "empty host"},
		{"redis://a:1,b:2/3", "only database 0"},
		{"redis://user:s3cret@127.0.0.1:6379/%zz", "bad URL"},
	}
	for _, tc := range tests {
		t.Run(tc.url, func(t *testing.T) {
			st, err := redis.Open(context.Background(), tc.url, redis.Options{})
			if err == nil {
				_ = st.Close()
				t.Fatalf("Open(%q) succeeded", tc.url)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error = %q, want it to mention %q", err, tc.want)
			}
			if strings.Contains(err.Error(), "s3cret") {
				t.Errorf("error leaks the password: %q", err)
			}
		})
	}
}

func TestParseURL(t *testing.T) {
	type want struct {
		addrs            []string
		db               int
		master           string
		user, password   string
		sentinelPassword string
		tls              bool
	}
	tests := []struct {
		url  string
		want want
	}{
		{"redis://127.0.0.1:6379/0", want{addrs: []string{"127.0.0.1:6379"}}},
		{"redis://redis", want{addrs: []string{"redis:6379"}}},
		{"redis://:pw@redis:6380/2", want{addrs: []string{"redis:6380"}, db: 2, password: "pw"}},
		{"rediss://u:p%40ss@cache.example.com", want{addrs: []string{"cache.example.com:6379"}, user: "u", password: "p@ss", tls: true}},
		{"redis://[::1]:7000", want{addrs: []string{"[::1]:7000"}}},
		{"redis://n1:7000,n2:7001,n3", want{addrs: []string{"n1:7000", "n2:7001", "n3:6379"}}},
		{"redis+sentinel://:pw@s1,s2:5000/mymaster/1", want{
			addrs: []string{"s1:26379", "s2:5000"}, master: "mymaster", db: 1, password: "pw", sentinelPassword: "pw"}},
		{"redis://s1:26379,s2:26379/3?master_name=mymaster", want{
			addrs: []string{"s1:26379", "s2:26379"}, master: "mymaster", db: 3}},
		{"redis://r:6379?db=4", want{addrs: []string{"r:6379"}, db: 4}},
	}
	for _, tc := range tests {
		t.Run(tc.url, func(t *testing.T) {
			o, err := redis.ParseURL(tc.url)
			if err != nil {
				t.Fatal(err)
			}
			got := want{
				addrs: o.Addrs, db: o.DB, master: o.MasterName, user: o.Username,
				password: o.Password, sentinelPassword: o.SentinelPassword, tls: o.TLSConfig != nil,
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("ParseURL(%q) =\n %+v\nwant %+v", tc.url, got, tc.want)
			}
		})
	}
}

// TestRedisDiesMidConversation is the fault the service must survive:
// Redis goes away between turns, every call fails fast with
// ErrUnavailable (no hang, no panic), and turns work again once it is back.
func TestRedisDiesMidConversation(t *testing.T) {
	srv := redistest.NewServer(t)
	st := open(t, srv.URL(), redis.Options{})
	ctx := context.Background()
	key := advisor.Key{Platform: "slack", Workspace: "T1", User: "U1"}
	turn := func(ctx context.Context) (advisor.Session, error) {
		return session.Update(ctx, st, key, func(s advisor.Session) advisor.Session {
			s.Turns++
			return s
		})
	}
	if _, err := turn(ctx); err != nil {
		t.Fatalf("turn before the fault: %v", err)
	}

	srv.Stop()

	ops := []struct {
		name string
		call func(context.Context) error
	}{
		{"Load", func(c context.Context) error { _, err := st.Load(c, key); return err }},
		{"Save", func(c context.Context) error { return st.Save(c, &advisor.Session{Key: key, Version: 1}) }},
		{"Update", func(c context.Context) error { _, err := turn(c); return err }},
		{"Claim", func(c context.Context) error { _, err := st.Claim(c, "evt", time.Minute); return err }},
		{"GetRecord", func(c context.Context) error { _, err := st.GetRecord(c, "install", "T1"); return err }},
		{"Ping", func(c context.Context) error { return st.Ping(c) }},
	}
	for _, op := range ops {
		t.Run(op.name+" while down", func(t *testing.T) {
			start := time.Now()
			err := op.call(ctx)
			if took := time.Since(start); took > 2*time.Second {
				t.Errorf("%s took %v with Redis down, want under 2s", op.name, took)
			}
			if !errors.Is(err, session.ErrUnavailable) {
				t.Errorf("%s with Redis down: err = %v, want ErrUnavailable", op.name, err)
			}
		})
	}

	srv.Restart()

	// The pool may hold connections to the dead server; the store must
	// recover by itself within a moment, with no reopen.
	deadline := time.Now().Add(5 * time.Second)
	for st.Ping(ctx) != nil {
		if time.Now().After(deadline) {
			t.Fatalf("Ping still failing 5s after Redis came back: %v", st.Ping(ctx))
		}
		time.Sleep(50 * time.Millisecond)
	}
	// The restarted Redis is empty (nothing persisted): the conversation
	// starts again, and every turn lands.
	for i := 1; i <= 3; i++ {
		s, err := turn(ctx)
		if err != nil {
			t.Fatalf("turn %d after Redis came back: %v", i, err)
		}
		if s.Turns != i {
			t.Fatalf("turn %d after Redis came back: Turns = %d", i, s.Turns)
		}
	}
}

func BenchmarkStore(b *testing.B) {
	url, _ := redistest.Start(b)
	sessiontest.Benchmark(b, open(b, url, redis.Options{}))
}
