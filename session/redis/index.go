package redis

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/certpath/certpath/session"
)

// Due times and groups live in Redis's own structures, updated one member
// at a time, so neither costs more as a platform grows:
//
//	PREFIX due:INDEX                       sorted set: member -> due time (ms)
//	PREFIX groups:{SCOPE}:members          hash: member -> group
//	PREFIX groups:{SCOPE}:names            set of the scope's group names
//	PREFIX groups:{SCOPE}:group:GROUP      set of the group's members
//
// A due index is one key. A scope's keys share the hash tag {SCOPE}, so on
// a Cluster they live in one slot and SetGroup's transaction over them is
// allowed. Names are escaped, so no '{' or '}' from a name can move a tag.

// setGroupAttempts bounds SetGroup's optimistic transaction when other
// writers keep changing the same member.
const setGroupAttempts = 32

func (st *Store) dueKey(index string) string { return st.prefix + "due:" + url.PathEscape(index) }

func (st *Store) groupKeys(scope string) (members, names, base string) {
	base = st.prefix + "groups:{" + url.PathEscape(scope) + "}:"
	return base + "members", base + "names", base + "group:"
}

// Schedule implements session.Store with ZADD.
func (st *Store) Schedule(ctx context.Context, index, member string, due time.Time) error {
	if err := session.CheckMember(ctx, "redis", "schedule", member, index); err != nil {
		return err
	}
	z := goredis.Z{Score: float64(due.UnixMilli()), Member: member}
	if err := st.client.ZAdd(ctx, st.dueKey(index), z).Err(); err != nil {
		return st.fail("schedule", member+" in "+index, err)
	}
	return nil
}

// Unschedule implements session.Store with ZREM.
func (st *Store) Unschedule(ctx context.Context, index, member string) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("redis: unschedule %s in %s: %w", member, index, err)
	}
	if err := st.client.ZRem(ctx, st.dueKey(index), member).Err(); err != nil {
		return st.fail("unschedule", member+" in "+index, err)
	}
	return nil
}

// Due implements session.Store with ZRANGEBYSCORE.
func (st *Store) Due(ctx context.Context, index string, by time.Time) ([]string, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("redis: due in %s: %w", index, err)
	}
	members, err := st.client.ZRangeByScore(ctx, st.dueKey(index), &goredis.ZRangeBy{
		Min: "-inf", Max: strconv.FormatInt(by.UnixMilli(), 10),
	}).Result()
	if err != nil {
		return nil, st.fail("due", index, err)
	}
	return members, nil
}

// SetGroup implements session.Store with WATCH on the member's entry and
// one MULTI that moves it between group sets: two writers moving the same
// member cannot leave it in two groups.
func (st *Store) SetGroup(ctx context.Context, scope, member, group string) error {
	if err := session.CheckMember(ctx, "redis", "set group of", member, scope); err != nil {
		return err
	}
	membersKey, namesKey, groupKey := st.groupKeys(scope)
	move := func(tx *goredis.Tx) error {
		old, err := tx.HGet(ctx, membersKey, member).Result()
		switch {
		case errors.Is(err, goredis.Nil):
			old = ""
		case err != nil:
			return err
		}
		if old == group {
			return nil
		}
		_, err = tx.TxPipelined(ctx, func(p goredis.Pipeliner) error {
			if old != "" {
				p.SRem(ctx, groupKey+url.PathEscape(old), member)
			}
			if group == "" {
				p.HDel(ctx, membersKey, member)
				return nil
			}
			p.SAdd(ctx, groupKey+url.PathEscape(group), member)
			p.SAdd(ctx, namesKey, group)
			p.HSet(ctx, membersKey, member, group)
			return nil
		})
		return err
	}
	for range setGroupAttempts {
		err := st.client.Watch(ctx, move, membersKey)
		if errors.Is(err, goredis.TxFailedErr) {
			continue // another writer changed the scope's members; redo
		}
		if err != nil {
			return st.fail("set group", member+" in "+scope, err)
		}
		return nil
	}
	return fmt.Errorf("redis: set group of %s in %s: contended %d times: %w", member, scope, setGroupAttempts, session.ErrConflict)
}

// GroupMembers implements session.Store with SMEMBERS.
func (st *Store) GroupMembers(ctx context.Context, scope, group string) ([]string, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("redis: members of %s in %s: %w", group, scope, err)
	}
	_, _, groupKey := st.groupKeys(scope)
	members, err := st.client.SMembers(ctx, groupKey+url.PathEscape(group)).Result()
	if err != nil {
		return nil, st.fail("group members", group+" in "+scope, err)
	}
	sort.Strings(members)
	return members, nil
}

// GroupSizes implements session.Store: the scope's group names, then one
// SCARD each in a pipeline (one slot, so one node on a Cluster).
func (st *Store) GroupSizes(ctx context.Context, scope string) (map[string]int, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("redis: group sizes in %s: %w", scope, err)
	}
	_, namesKey, groupKey := st.groupKeys(scope)
	names, err := st.client.SMembers(ctx, namesKey).Result()
	if err != nil {
		return nil, st.fail("group sizes", scope, err)
	}
	out := map[string]int{}
	if len(names) == 0 {
		return out, nil
	}
	cards := make([]*goredis.IntCmd, len(names))
	_, err = st.client.Pipelined(ctx, func(p goredis.Pipeliner) error {
		for i, name := range names {
			cards[i] = p.SCard(ctx, groupKey+url.PathEscape(name))
		}
		return nil
	})
	if err != nil {
		return nil, st.fail("group sizes", scope, err)
	}
	for i, name := range names {
		if n := cards[i].Val(); n > 0 {
			out[name] = int(n)
		}
	}
	return out, nil
}
