// Package redis is the session.Store for many certpath replicas: sessions,
// claims and records live in Redis (single node, Sentinel or Cluster), so
// any replica can serve any turn and exactly one handles each event.
package redis

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/session"
	"github.com/certpath/certpath/session/redis/redisurl"
)

// Defaults for Options' zero values.
const (
	DefaultPrefix      = "certpath:"
	DefaultTTL         = 30 * 24 * time.Hour
	DefaultDialTimeout = 2 * time.Second
)

// ioTimeout bounds one read or write on a Redis connection. A session is a
// few kilobytes, so a healthy Redis answers in well under a millisecond;
// anything near a second means Redis is gone. It is a backstop: a turn's
// own, shorter budget (bot.Conversations.StoreBudget) comes as the
// context's deadline, which the client honours.
const ioTimeout = time.Second

// openTimeout bounds the PING in Open so a dead Redis fails the start well
// within the 10 s an operator waits.
const openTimeout = 5 * time.Second

// healthTTL keeps the key Ping writes from outliving the process by long.
const healthTTL = time.Minute

// Options configure Open.
type Options struct {
	// Prefix starts every key, so several apps can share one Redis.
	// Default DefaultPrefix.
	Prefix string
	// TTL is how long a session lives after its last save. Default
	// DefaultTTL (30 days).
	TTL time.Duration
	// DialTimeout bounds connecting to one Redis node. Default
	// DefaultDialTimeout.
	DialTimeout time.Duration
	// Codec encodes sessions; nil means session.JSONCodec. certpath
	// passes the advisor, which keeps sessions compact and still reads
	// the whole-JSON sessions stored before.
	Codec session.Codec
}

// saveScript is the compare-and-swap: the version check, the write and the
// TTL happen atomically in Redis. A session is one hash (v = version,
// d = JSON) under one key, so the script also works on Cluster.
const saveScript = `
local cur = redis.call('HGET', KEYS[1], 'v')
if not cur then cur = '0' end
if cur ~= ARGV[1] then return -1 end
local nv = tonumber(ARGV[1]) + 1
redis.call('HSET', KEYS[1], 'v', nv, 'd', ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return nv
`

// Store is a session.Store on Redis.
type Store struct {
	client goredis.UniversalClient
	addr   string // for errors: host:port, the socket, or the comma-joined list
	prefix string
	ttl    time.Duration
	save   *goredis.Script
	codec  session.Codec
	// health is the key Ping writes and reads back: one per store, so
	// replicas never check each other's writes.
	health string
}

var _ session.Store = (*Store)(nil)

// Open connects to the Redis at rawURL and checks that it answers. See
// package redisurl for the URL forms. An unreachable Redis fails within a
// few seconds with an error naming Redis and the address; a Sentinel
// master name the Sentinels do not know fails with ErrUnknownMaster.
func Open(ctx context.Context, rawURL string, opts Options) (*Store, error) {
	if opts.Prefix == "" {
		opts.Prefix = DefaultPrefix
	}
	if opts.TTL == 0 {
		opts.TTL = DefaultTTL
	}
	if opts.TTL < time.Millisecond {
		return nil, fmt.Errorf("redis: session TTL %v: want at least 1ms", opts.TTL)
	}
	if opts.DialTimeout <= 0 {
		opts.DialTimeout = DefaultDialTimeout
	}
	if opts.Codec == nil {
		opts.Codec = session.JSONCodec{}
	}
	u, err := redisurl.Parse(rawURL)
	if err != nil {
		return nil, err
	}
	base := goredis.UniversalOptions{
		DialTimeout:           opts.DialTimeout,
		ReadTimeout:           ioTimeout,
		WriteTimeout:          ioTimeout,
		PoolTimeout:           ioTimeout,
		ContextTimeoutEnabled: true,
		// One attempt: a retry doubles the wait for "try again" when Redis
		// is really down, and the pool already drops connections Redis
		// closed while they were idle. -1, because 0 means go-redis' 3.
		MaxRetries:    -1,
		DialerRetries: 1,
	}
	var id [8]byte
	_, _ = rand.Read(id[:])
	st := &Store{
		client: newClient(u, base),
		addr:   u.Where(),
		prefix: opts.Prefix,
		ttl:    opts.TTL,
		save:   goredis.NewScript(saveScript),
		codec:  opts.Codec,
		health: opts.Prefix + "health:" + hex.EncodeToString(id[:]),
	}
	pctx, cancel := context.WithTimeout(ctx, openTimeout)
	defer cancel()
	if err := st.client.Ping(pctx).Err(); err != nil {
		_ = st.client.Close()
		if u.Topology == redisurl.Sentinel && pctx.Err() == nil {
			return nil, diagnoseSentinel(pctx, u, base, err)
		}
		return nil, &unreachableError{addr: st.addr, err: err}
	}
	return st, nil
}

func (st *Store) sessionKey(k advisor.Key) string { return st.prefix + "session:" + k.String() }
func (st *Store) claimKey(id string) string       { return st.prefix + "claim:" + id }

// recordKey escapes kind and id so a '/' in either cannot make two records
// share a key.
func (st *Store) recordKey(kind, id string) string {
	return st.prefix + "record:" + url.PathEscape(kind) + "/" + url.PathEscape(id)
}

// fail wraps err from Redis for op on what. Everything but the caller's own
// cancellation means Redis could not serve us: session.ErrUnavailable.
//
// On a Cluster it also asks the client to reload the slot map: go-redis
// reloads it on MOVED, but a master that died is refused at dial, again
// and again, until its periodic reload a minute later, long after a
// replica took over.
func (st *Store) fail(op, what string, err error) error {
	if errors.Is(err, context.Canceled) {
		return fmt.Errorf("redis: %s %s: %w", op, what, err)
	}
	if c, ok := st.client.(*goredis.ClusterClient); ok && !errors.Is(err, goredis.Nil) {
		c.ReloadState(context.Background())
	}
	return fmt.Errorf("redis: %s %s: %w: %w", op, what, session.ErrUnavailable, err)
}

// Load implements session.Store.
func (st *Store) Load(ctx context.Context, key advisor.Key) (advisor.Session, error) {
	if err := ctx.Err(); err != nil {
		return advisor.Session{}, fmt.Errorf("redis: load %s: %w", key, err)
	}
	vals, err := st.client.HMGet(ctx, st.sessionKey(key), "v", "d").Result()
	if err != nil {
		return advisor.Session{}, st.fail("load", key.String(), err)
	}
	version, vok := vals[0].(string)
	data, dok := vals[1].(string)
	if !vok || !dok {
		return advisor.Session{}, fmt.Errorf("redis: load %s: %w", key, session.ErrNotFound)
	}
	s, err := st.codec.DecodeSession([]byte(data))
	if err != nil {
		return advisor.Session{}, fmt.Errorf("redis: load %s: decode: %w", key, err)
	}
	s.Key = key
	// The hash field is what Save compares against, so it is the truth.
	if s.Version, err = strconv.ParseInt(version, 10, 64); err != nil {
		return advisor.Session{}, fmt.Errorf("redis: load %s: version %q: %w", key, version, err)
	}
	return s, nil
}

// Save implements session.Store with one Lua script: compare the version,
// write the session, restart its TTL.
func (st *Store) Save(ctx context.Context, s *advisor.Session) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("redis: save %s: %w", s.Key, err)
	}
	data, err := st.codec.EncodeSession(*s)
	if err != nil {
		return fmt.Errorf("redis: save %s: %w", s.Key, err)
	}
	nv, err := st.save.Run(ctx, st.client, []string{st.sessionKey(s.Key)},
		strconv.FormatInt(s.Version, 10), data, st.ttl.Milliseconds()).Int64()
	if err != nil {
		return st.fail("save", s.Key.String(), err)
	}
	if nv < 0 {
		return fmt.Errorf("redis: save %s: version %d is stale: %w", s.Key, s.Version, session.ErrConflict)
	}
	s.Version = nv
	return nil
}

// Delete implements session.Store.
func (st *Store) Delete(ctx context.Context, key advisor.Key) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("redis: delete %s: %w", key, err)
	}
	if err := st.client.Del(ctx, st.sessionKey(key)).Err(); err != nil {
		return st.fail("delete", key.String(), err)
	}
	return nil
}

// Claim implements session.Store with SET NX PX, atomic across replicas.
func (st *Store) Claim(ctx context.Context, id string, ttl time.Duration) (bool, error) {
	if err := ctx.Err(); err != nil {
		return false, fmt.Errorf("redis: claim %s: %w", id, err)
	}
	// SET with no expiry would hold the id forever.
	if ttl < time.Millisecond {
		return false, fmt.Errorf("redis: claim %s: ttl %v: want at least 1ms", id, ttl)
	}
	won, err := st.client.SetNX(ctx, st.claimKey(id), "1", ttl).Result()
	if err != nil {
		return false, st.fail("claim", id, err)
	}
	return won, nil
}

// PutRecord implements session.Store. Records do not expire: they hold
// things like installations that live until removed.
func (st *Store) PutRecord(ctx context.Context, kind, id string, value []byte) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("redis: put record %s/%s: %w", kind, id, err)
	}
	if err := st.client.Set(ctx, st.recordKey(kind, id), value, 0).Err(); err != nil {
		return st.fail("put record", kind+"/"+id, err)
	}
	return nil
}

// GetRecord implements session.Store.
func (st *Store) GetRecord(ctx context.Context, kind, id string) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("redis: get record %s/%s: %w", kind, id, err)
	}
	v, err := st.client.Get(ctx, st.recordKey(kind, id)).Bytes()
	switch {
	case errors.Is(err, goredis.Nil):
		return nil, fmt.Errorf("redis: get record %s/%s: %w", kind, id, session.ErrNotFound)
	case err != nil:
		return nil, st.fail("get record", kind+"/"+id, err)
	}
	return v, nil
}

// DeleteRecord implements session.Store.
func (st *Store) DeleteRecord(ctx context.Context, kind, id string) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("redis: delete record %s/%s: %w", kind, id, err)
	}
	if err := st.client.Del(ctx, st.recordKey(kind, id)).Err(); err != nil {
		return st.fail("delete record", kind+"/"+id, err)
	}
	return nil
}

// Ping implements session.Store with what a turn needs: it writes a key
// and reads it back. A PING would reach any node, and pass while a Cluster
// answers CLUSTERDOWN to every key or a Sentinel master refuses writes.
func (st *Store) Ping(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("redis: ping: %w", err)
	}
	want := strconv.FormatInt(time.Now().UnixNano(), 10)
	var get *goredis.StringCmd
	_, err := st.client.Pipelined(ctx, func(p goredis.Pipeliner) error {
		p.Set(ctx, st.health, want, healthTTL)
		get = p.Get(ctx, st.health)
		return nil
	})
	if err != nil {
		return st.fail("ping", st.addr, err)
	}
	if got := get.Val(); got != want {
		return fmt.Errorf("redis: ping %s: read back %q after writing %q: %w", st.addr, got, want, session.ErrUnavailable)
	}
	return nil
}

// Close closes the client's connections.
func (st *Store) Close() error {
	if err := st.client.Close(); err != nil {
		return fmt.Errorf("redis: close %s: %w", st.addr, err)
	}
	return nil
}
