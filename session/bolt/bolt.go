// Package bolt is the embedded session.Store: one bbolt file on local disk,
// the default for a single certpath process. Many replicas need the Redis
// store instead, because a bbolt file can be opened by one process only.
package bolt

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	bbolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/session"
)

// lockTimeout is how long Open waits for another process to let go of the
// file. Short, so a second certpath on the same data_dir fails at once
// with a clear error instead of hanging at start.
const lockTimeout = time.Second

// batchDelay is how long a save made while others are in flight waits to
// share their commit.
const batchDelay = time.Millisecond

// sessionsFill is how full bbolt packs a page of sessions when it splits
// one, instead of its default half: compact sessions are small and mostly
// rewritten in place, and at 100,000 learners the file was 50 MB at 0.5
// and 34 MB at 0.9 (docs/PERFORMANCE.md).
const sessionsFill = 0.9

// sweepEvery bounds how often expired claims and sessions are removed, so
// Claim stays cheap on a busy bot.
const sweepEvery = time.Minute

var (
	bucketSessions = []byte("sessions")
	bucketClaims   = []byte("claims")
	bucketRecords  = []byte("records")
	// bucketDue holds a bucket per index with two inside: byTime (due
	// time, then member -> nothing) and byMember (member -> due time).
	bucketDue = []byte("due")
	// bucketGroups holds a bucket per scope with memberGroup (member ->
	// group) and groupsIn (a bucket per group: member -> nothing).
	bucketGroups = []byte("groups")
	byTime       = []byte("by_time")
	byMember     = []byte("by_member")
	memberGroup  = []byte("member_group")
	groupsIn     = []byte("groups")
	// healthKey is the record Ping writes.
	healthKey = []byte("health")
)

// Options configure Open. The zero value keeps sessions forever and uses
// the wall clock.
type Options struct {
	// TTL is how long a session lives after its last save; expired
	// sessions read as session.ErrNotFound. 0 keeps them forever.
	TTL time.Duration
	// Now is the clock for TTLs and claims; nil means time.Now.
	Now func() time.Time
	// Codec encodes sessions; nil means session.JSONCodec. certpath
	// passes the advisor, which keeps sessions compact.
	Codec session.Codec
}

// Store is a session.Store on one bbolt file.
type Store struct {
	db    *bbolt.DB
	path  string
	ttl   time.Duration
	now   func() time.Time
	codec session.Codec

	mu        sync.Mutex
	lastSweep time.Time
	// saving counts saves in flight, to batch only when there is company.
	saving atomic.Int64
}

var _ session.Store = (*Store)(nil)

// Open opens (creating if needed) the bbolt file at path, its directory
// with mode 0700 and the file with 0600: sessions are personal data.
func Open(path string, opts Options) (*Store, error) {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.TTL < 0 {
		return nil, fmt.Errorf("bolt: open %s: negative TTL %v", path, opts.TTL)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("bolt: open %s: cannot create its directory: %w", path, err)
	}
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{Timeout: lockTimeout})
	switch {
	case errors.Is(err, berrors.ErrTimeout):
		return nil, fmt.Errorf("bolt: open %s: the file is locked by another certpath process (%w)", path, err)
	case err != nil:
		return nil, fmt.Errorf("bolt: open %s: %w", path, err)
	}
	// A lone save waits at most this long for others to share its commit;
	// under load many turns then cost one fsync.
	db.MaxBatchDelay = batchDelay
	err = db.Update(func(tx *bbolt.Tx) error {
		for _, name := range [][]byte{bucketSessions, bucketClaims, bucketRecords, bucketDue, bucketGroups} {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("bolt: open %s: create buckets: %w", path, err)
	}
	if opts.Codec == nil {
		opts.Codec = session.JSONCodec{}
	}
	return &Store{db: db, path: path, ttl: opts.TTL, now: opts.Now, codec: opts.Codec}, nil
}

// A session is stored as a record: recordFormat, then when it was saved
// (Unix nanoseconds) and its version (both 8 bytes, big-endian), then the
// codec's bytes. The header lets a save compare versions and the sweep
// find expired sessions without decoding any session, and it keeps the
// saved time, so the TTL can change between runs and still apply to old
// data.
const (
	recordFormat = 0xC1
	headerLen    = 17
)

// envelope is how sessions were stored before records: the whole session
// as JSON beside when it was saved. Load still reads it (and the next
// save of that session writes a record).
type envelope struct {
	SavedAt time.Time       `json:"saved_at"`
	Session advisor.Session `json:"session"`
}

// stored is a session record's header and, still encoded, its session.
type stored struct {
	savedAt time.Time
	version int64
	data    []byte // the codec's bytes; nil for an envelope
	legacy  *advisor.Session
}

func encodeRecord(savedAt time.Time, version int64, data []byte) []byte {
	out := make([]byte, headerLen, headerLen+len(data))
	out[0] = recordFormat
	binary.BigEndian.PutUint64(out[1:9], uint64(savedAt.UnixNano()))
	binary.BigEndian.PutUint64(out[9:17], uint64(version))
	return append(out, data...)
}

// savedAtOf reads only when a record or an envelope was saved.
func savedAtOf(v []byte) (time.Time, bool) {
	if len(v) >= headerLen && v[0] == recordFormat {
		return time.Unix(0, int64(binary.BigEndian.Uint64(v[1:9]))), true
	}
	var env struct {
		SavedAt time.Time `json:"saved_at"`
	}
	return env.SavedAt, json.Unmarshal(v, &env) == nil
}

// decodeRecord reads a record or an envelope. The data of a record
// points into v, which bbolt owns only for its transaction.
func decodeRecord(v []byte) (stored, error) {
	if len(v) >= headerLen && v[0] == recordFormat {
		return stored{
			savedAt: time.Unix(0, int64(binary.BigEndian.Uint64(v[1:9]))),
			version: int64(binary.BigEndian.Uint64(v[9:17])),
			data:    v[headerLen:],
		}, nil
	}
	var env envelope
	if err := json.Unmarshal(v, &env); err != nil {
		return stored{}, fmt.Errorf("decode: %w", err)
	}
	return stored{savedAt: env.SavedAt, version: env.Session.Version, legacy: &env.Session}, nil
}

// unavailable marks a bbolt failure (closed database, full disk) so the
// bot tells the user to try again; ctx errors are left as they are.
func unavailable(err error) error {
	if err == nil || errors.Is(err, session.ErrNotFound) || errors.Is(err, session.ErrConflict) ||
		errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return fmt.Errorf("%w: %w", session.ErrUnavailable, err)
}

func (st *Store) expired(savedAt, now time.Time) bool {
	return st.ttl > 0 && !now.Before(savedAt.Add(st.ttl))
}

// loadTx reads the header of the live session under k, or reports it
// absent.
func (st *Store) loadTx(tx *bbolt.Tx, k []byte, now time.Time) (stored, bool, error) {
	v := tx.Bucket(bucketSessions).Get(k)
	if v == nil {
		return stored{}, false, nil
	}
	rec, err := decodeRecord(v)
	if err != nil {
		return stored{}, false, err
	}
	if st.expired(rec.savedAt, now) {
		return stored{}, false, nil
	}
	return rec, true, nil
}

// Load implements session.Store.
func (st *Store) Load(ctx context.Context, key advisor.Key) (advisor.Session, error) {
	if err := ctx.Err(); err != nil {
		return advisor.Session{}, fmt.Errorf("bolt: load %s: %w", key, err)
	}
	var (
		rec   stored
		found bool
	)
	err := st.db.View(func(tx *bbolt.Tx) error {
		var err error
		rec, found, err = st.loadTx(tx, []byte(key.String()), st.now())
		if found && rec.legacy == nil {
			// Decoded outside the transaction, so it must not point
			// into the mmap.
			rec.data = bytes.Clone(rec.data)
		}
		return err
	})
	if err != nil {
		return advisor.Session{}, fmt.Errorf("bolt: load %s: %w", key, unavailable(err))
	}
	if !found {
		return advisor.Session{}, fmt.Errorf("bolt: load %s: %w", key, session.ErrNotFound)
	}
	if rec.legacy != nil {
		return *rec.legacy, nil
	}
	s, err := st.codec.DecodeSession(rec.data)
	if err != nil {
		return advisor.Session{}, fmt.Errorf("bolt: load %s: %w", key, err)
	}
	s.Key, s.Version = key, rec.version
	return s, nil
}

// Save implements session.Store. The version check and the write happen
// in one bbolt write transaction, and bbolt has a single writer, so two
// saves of the same version cannot both succeed.
func (st *Store) Save(ctx context.Context, s *advisor.Session) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("bolt: save %s: %w", s.Key, err)
	}
	k := []byte(s.Key.String())
	now := st.now()
	data, err := st.codec.EncodeSession(*s)
	if err != nil {
		return fmt.Errorf("bolt: save %s: %w", s.Key, err)
	}
	data = encodeRecord(now, s.Version+1, data)
	// Concurrent turns share one commit (and one fsync) through Batch; a
	// lone turn commits at once rather than wait batchDelay for company.
	// The function may run more than once, so it only reads and writes tx.
	commit := st.db.Update
	if st.saving.Add(1) > 1 {
		commit = st.db.Batch
	}
	defer st.saving.Add(-1)
	err = commit(func(tx *bbolt.Tx) error {
		cur, found, err := st.loadTx(tx, k, now)
		if err != nil {
			return err
		}
		var version int64
		if found {
			version = cur.version
		}
		if version != s.Version {
			return fmt.Errorf("version %d, stored %d: %w", s.Version, version, session.ErrConflict)
		}
		b := tx.Bucket(bucketSessions)
		b.FillPercent = sessionsFill
		if err := b.Put(k, data); err != nil {
			return err
		}
		if st.sweepDue(now) {
			return st.sweepTx(tx, now)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("bolt: save %s: %w", s.Key, unavailable(err))
	}
	s.Version++
	return nil
}

// Delete implements session.Store.
func (st *Store) Delete(ctx context.Context, key advisor.Key) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("bolt: delete %s: %w", key, err)
	}
	err := st.db.Update(func(tx *bbolt.Tx) error {
		return tx.Bucket(bucketSessions).Delete([]byte(key.String()))
	})
	if err != nil {
		return fmt.Errorf("bolt: delete %s: %w", key, unavailable(err))
	}
	return nil
}

// Claim implements session.Store. Claims are stored with their expiry and
// swept lazily from Claim and Save, at most once per sweepEvery.
func (st *Store) Claim(ctx context.Context, id string, ttl time.Duration) (bool, error) {
	if err := ctx.Err(); err != nil {
		return false, fmt.Errorf("bolt: claim %s: %w", id, err)
	}
	if ttl <= 0 {
		return false, fmt.Errorf("bolt: claim %s: ttl %v: want a positive ttl", id, ttl)
	}
	if id == "" {
		// bbolt refuses empty keys; say so in our words.
		return false, errors.New("bolt: claim: empty id")
	}
	now := st.now()
	var won bool
	err := st.db.Update(func(tx *bbolt.Tx) error {
		claims := tx.Bucket(bucketClaims)
		if exp := claims.Get([]byte(id)); len(exp) == 8 && now.UnixNano() < int64(binary.BigEndian.Uint64(exp)) {
			return nil
		}
		var exp [8]byte
		binary.BigEndian.PutUint64(exp[:], uint64(now.Add(ttl).UnixNano()))
		if err := claims.Put([]byte(id), exp[:]); err != nil {
			return err
		}
		won = true
		if st.sweepDue(now) {
			return st.sweepTx(tx, now)
		}
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("bolt: claim %s: %w", id, unavailable(err))
	}
	return won, nil
}

func (st *Store) sweepDue(now time.Time) bool {
	st.mu.Lock()
	defer st.mu.Unlock()
	if now.Sub(st.lastSweep) < sweepEvery {
		return false
	}
	st.lastSweep = now
	return true
}

// sweepTx deletes expired claims and sessions, so the file does not keep
// personal data past its TTL.
func (st *Store) sweepTx(tx *bbolt.Tx, now time.Time) error {
	var stale [][]byte
	err := tx.Bucket(bucketClaims).ForEach(func(k, v []byte) error {
		if len(v) != 8 || now.UnixNano() >= int64(binary.BigEndian.Uint64(v)) {
			stale = append(stale, bytes.Clone(k))
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, k := range stale {
		if err := tx.Bucket(bucketClaims).Delete(k); err != nil {
			return err
		}
	}
	if st.ttl == 0 {
		return nil
	}
	stale = stale[:0]
	err = tx.Bucket(bucketSessions).ForEach(func(k, v []byte) error {
		if savedAt, ok := savedAtOf(v); ok && st.expired(savedAt, now) {
			stale = append(stale, bytes.Clone(k))
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, k := range stale {
		if err := tx.Bucket(bucketSessions).Delete(k); err != nil {
			return err
		}
	}
	return nil
}

// recordKey joins kind and id with '/', escaping both so that a '/' inside
// either cannot make two records share a key.
func recordKey(kind, id string) []byte {
	return []byte(url.PathEscape(kind) + "/" + url.PathEscape(id))
}

// PutRecord implements session.Store.
func (st *Store) PutRecord(ctx context.Context, kind, id string, value []byte) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("bolt: put record %s/%s: %w", kind, id, err)
	}
	err := st.db.Update(func(tx *bbolt.Tx) error {
		// bbolt keeps a reference to value until the commit; the caller's
		// slice is theirs to change afterwards.
		return tx.Bucket(bucketRecords).Put(recordKey(kind, id), bytes.Clone(value))
	})
	if err != nil {
		return fmt.Errorf("bolt: put record %s/%s: %w", kind, id, unavailable(err))
	}
	return nil
}

// GetRecord implements session.Store.
func (st *Store) GetRecord(ctx context.Context, kind, id string) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("bolt: get record %s/%s: %w", kind, id, err)
	}
	var value []byte
	err := st.db.View(func(tx *bbolt.Tx) error {
		v := tx.Bucket(bucketRecords).Get(recordKey(kind, id))
		if v == nil {
			return session.ErrNotFound
		}
		// v points into the mmap and is only valid inside the transaction.
		value = append([]byte{}, v...)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("bolt: get record %s/%s: %w", kind, id, unavailable(err))
	}
	return value, nil
}

// DeleteRecord implements session.Store.
func (st *Store) DeleteRecord(ctx context.Context, kind, id string) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("bolt: delete record %s/%s: %w", kind, id, err)
	}
	err := st.db.Update(func(tx *bbolt.Tx) error {
		return tx.Bucket(bucketRecords).Delete(recordKey(kind, id))
	})
	if err != nil {
		return fmt.Errorf("bolt: delete record %s/%s: %w", kind, id, unavailable(err))
	}
	return nil
}

// Ping implements session.Store: it writes a record in a transaction and
// reads it back, so a closed file or a full disk both fail it.
func (st *Store) Ping(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("bolt: ping: %w", err)
	}
	var stamp [8]byte
	binary.BigEndian.PutUint64(stamp[:], uint64(st.now().UnixNano()))
	err := st.db.Update(func(tx *bbolt.Tx) error {
		b := tx.Bucket(bucketRecords)
		if err := b.Put(healthKey, stamp[:]); err != nil {
			return err
		}
		if !bytes.Equal(b.Get(healthKey), stamp[:]) {
			return errors.New("health record not read back")
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("bolt: ping %s: %w", st.path, unavailable(err))
	}
	return nil
}

// createPair returns the buckets a and b inside parent's bucket name,
// creating any that is missing: an index or a scope is a bucket holding
// two views of the same entries.
func createPair(parent *bbolt.Bucket, name, a, b []byte) (*bbolt.Bucket, *bbolt.Bucket, error) {
	outer, err := parent.CreateBucketIfNotExists(name)
	if err != nil {
		return nil, nil, err
	}
	first, err := outer.CreateBucketIfNotExists(a)
	if err != nil {
		return nil, nil, err
	}
	second, err := outer.CreateBucketIfNotExists(b)
	if err != nil {
		return nil, nil, err
	}
	return first, second, nil
}

// dueKey orders byTime: the due time in milliseconds, big-endian with the
// sign bit flipped so earlier times sort first, then the member.
func dueKey(ms int64, member string) []byte {
	k := make([]byte, 8, 8+len(member))
	binary.BigEndian.PutUint64(k, uint64(ms)^(1<<63))
	return append(k, member...)
}

// Schedule implements session.Store.
func (st *Store) Schedule(ctx context.Context, index, member string, due time.Time) error {
	if err := session.CheckMember(ctx, "bolt", "schedule", member, index); err != nil {
		return err
	}
	ms := due.UnixMilli()
	err := st.db.Update(func(tx *bbolt.Tx) error {
		times, members, err := createPair(tx.Bucket(bucketDue), []byte(index), byTime, byMember)
		if err != nil {
			return err
		}
		if old := members.Get([]byte(member)); len(old) == 8 {
			if err := times.Delete(dueKey(int64(binary.BigEndian.Uint64(old)), member)); err != nil {
				return err
			}
		}
		var v [8]byte
		binary.BigEndian.PutUint64(v[:], uint64(ms))
		if err := members.Put([]byte(member), v[:]); err != nil {
			return err
		}
		return times.Put(dueKey(ms, member), nil)
	})
	if err != nil {
		return fmt.Errorf("bolt: schedule %s in %s: %w", member, index, unavailable(err))
	}
	return nil
}

// Unschedule implements session.Store.
func (st *Store) Unschedule(ctx context.Context, index, member string) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("bolt: unschedule %s in %s: %w", member, index, err)
	}
	if index == "" || member == "" {
		return nil
	}
	err := st.db.Update(func(tx *bbolt.Tx) error {
		idx := tx.Bucket(bucketDue).Bucket([]byte(index))
		if idx == nil {
			return nil
		}
		members := idx.Bucket(byMember)
		old := members.Get([]byte(member))
		if len(old) != 8 {
			return nil
		}
		if err := idx.Bucket(byTime).Delete(dueKey(int64(binary.BigEndian.Uint64(old)), member)); err != nil {
			return err
		}
		return members.Delete([]byte(member))
	})
	if err != nil {
		return fmt.Errorf("bolt: unschedule %s in %s: %w", member, index, unavailable(err))
	}
	return nil
}

// Due implements session.Store: a cursor over byTime up to by.
func (st *Store) Due(ctx context.Context, index string, by time.Time) ([]string, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("bolt: due in %s: %w", index, err)
	}
	out := []string{}
	if index == "" {
		return out, nil
	}
	limit := by.UnixMilli()
	err := st.db.View(func(tx *bbolt.Tx) error {
		idx := tx.Bucket(bucketDue).Bucket([]byte(index))
		if idx == nil {
			return nil
		}
		c := idx.Bucket(byTime).Cursor()
		for k, _ := c.First(); len(k) >= 8; k, _ = c.Next() {
			if int64(binary.BigEndian.Uint64(k[:8])^(1<<63)) > limit {
				break
			}
			out = append(out, string(k[8:]))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("bolt: due in %s: %w", index, unavailable(err))
	}
	return out, nil
}

// SetGroup implements session.Store in one transaction.
func (st *Store) SetGroup(ctx context.Context, scope, member, group string) error {
	if err := session.CheckMember(ctx, "bolt", "set group of", member, scope); err != nil {
		return err
	}
	err := st.db.Update(func(tx *bbolt.Tx) error {
		mg, groups, err := createPair(tx.Bucket(bucketGroups), []byte(scope), memberGroup, groupsIn)
		if err != nil {
			return err
		}
		old := string(mg.Get([]byte(member)))
		if old == group {
			return nil
		}
		if old != "" {
			if g := groups.Bucket([]byte(old)); g != nil {
				if err := g.Delete([]byte(member)); err != nil {
					return err
				}
				if k, _ := g.Cursor().First(); k == nil {
					if err := groups.DeleteBucket([]byte(old)); err != nil {
						return err
					}
				}
			}
		}
		if group == "" {
			return mg.Delete([]byte(member))
		}
		g, err := groups.CreateBucketIfNotExists([]byte(group))
		if err != nil {
			return err
		}
		if err := g.Put([]byte(member), nil); err != nil {
			return err
		}
		return mg.Put([]byte(member), []byte(group))
	})
	if err != nil {
		return fmt.Errorf("bolt: set group of %s in %s: %w", member, scope, unavailable(err))
	}
	return nil
}

// groupsOf returns scope's bucket of group buckets, or nil.
func groupsOf(tx *bbolt.Tx, scope string) *bbolt.Bucket {
	if scope == "" {
		return nil
	}
	sc := tx.Bucket(bucketGroups).Bucket([]byte(scope))
	if sc == nil {
		return nil
	}
	return sc.Bucket(groupsIn)
}

// GroupMembers implements session.Store.
func (st *Store) GroupMembers(ctx context.Context, scope, group string) ([]string, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("bolt: members of %s in %s: %w", group, scope, err)
	}
	out := []string{}
	err := st.db.View(func(tx *bbolt.Tx) error {
		groups := groupsOf(tx, scope)
		if groups == nil || group == "" {
			return nil
		}
		g := groups.Bucket([]byte(group))
		if g == nil {
			return nil
		}
		return g.ForEach(func(k, _ []byte) error {
			out = append(out, string(k))
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("bolt: members of %s in %s: %w", group, scope, unavailable(err))
	}
	return out, nil
}

// GroupSizes implements session.Store.
func (st *Store) GroupSizes(ctx context.Context, scope string) (map[string]int, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("bolt: group sizes in %s: %w", scope, err)
	}
	out := map[string]int{}
	err := st.db.View(func(tx *bbolt.Tx) error {
		groups := groupsOf(tx, scope)
		if groups == nil {
			return nil
		}
		return groups.ForEachBucket(func(name []byte) error {
			n := 0
			err := groups.Bucket(name).ForEach(func(_, _ []byte) error {
				n++
				return nil
			})
			if n > 0 {
				out[string(name)] = n
			}
			return err
		})
	})
	if err != nil {
		return nil, fmt.Errorf("bolt: group sizes in %s: %w", scope, unavailable(err))
	}
	return out, nil
}

// Close releases the file and its lock.
func (st *Store) Close() error {
	if err := st.db.Close(); err != nil {
		return fmt.Errorf("bolt: close %s: %w", st.path, err)
	}
	return nil
}
