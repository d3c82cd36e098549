// Package groups keeps the study group rosters: per Slack workspace or
// Discord server, which opted-in learner is on which course. It wraps a
// session.Store so that saving a session updates the roster (a learner's
// group follows their current course; leave, restart and forget remove
// them) and loading one fills Session.Community, so the advisor's pure
// Step can answer "group" and admins' counts without I/O of its own.
//
// Rosters never cross workspaces: each lives in its own record, keyed by
// platform and workspace, and only learners who said "join" are in it.
package groups

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"sort"
	"time"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/session"
)

const (
	recordKind = "study-groups"
	// Records have no compare-and-swap, so writers take turns by claiming
	// the roster's next version; the claim only has to outlive one write.
	claimTTL = time.Minute
	attempts = 50
)

// ErrBusy is returned when a roster stayed contended through every
// attempt to update it.
var ErrBusy = errors.New("groups: roster busy")

// roster is one workspace's opted-in learners: user id -> course id.
type roster struct {
	Version int64             `json:"version"`
	Members map[string]string `json:"members"`
}

func rosterID(k advisor.Key) string {
	return url.PathEscape(k.Platform) + "/" + url.PathEscape(k.Workspace)
}

func load(ctx context.Context, st session.Store, k advisor.Key) (roster, error) {
	r := roster{Members: map[string]string{}}
	raw, err := st.GetRecord(ctx, recordKind, rosterID(k))
	switch {
	case errors.Is(err, session.ErrNotFound):
		return r, nil
	case err != nil:
		return r, fmt.Errorf("groups: load roster %s: %w", rosterID(k), err)
	}
	if err := json.Unmarshal(raw, &r); err != nil {
		return r, fmt.Errorf("groups: decode roster %s: %w", rosterID(k), err)
	}
	if r.Members == nil {
		r.Members = map[string]string{}
	}
	return r, nil
}

// set puts user on course in k's workspace roster, or takes them off it
// when course is "".
func set(ctx context.Context, st session.Store, k advisor.Key, course string) error {
	id := rosterID(k)
	for attempt := 0; attempt < attempts; attempt++ {
		r, err := load(ctx, st, k)
		if err != nil {
			return err
		}
		if r.Members[k.User] == course {
			return nil
		}
		if course == "" {
			delete(r.Members, k.User)
		} else {
			r.Members[k.User] = course
		}
		next := r.Version + 1
		won, err := st.Claim(ctx, fmt.Sprintf("study-groups:%s:v%d", id, next), claimTTL)
		if err != nil {
			return fmt.Errorf("groups: claim roster %s v%d: %w", id, next, err)
		}
		if !won {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(time.Duration(attempt+1) * time.Millisecond):
			}
			continue
		}
		r.Version = next
		raw, err := json.Marshal(r)
		if err != nil {
			return fmt.Errorf("groups: encode roster %s: %w", id, err)
		}
		if err := st.PutRecord(ctx, recordKind, id, raw); err != nil {
			return fmt.Errorf("groups: save roster %s v%d: %w", id, next, err)
		}
		return nil
	}
	return ErrBusy
}

// Track wraps st so study group rosters follow saved sessions. A roster
// that cannot be written is logged, not returned: the turn itself must
// still work. Reading a roster is Enrich's job, for the turns that need it.
func Track(st session.Store, log *slog.Logger) session.Store {
	if log == nil {
		log = slog.Default()
	}
	return &tracked{Store: st, log: log}
}

type tracked struct {
	session.Store
	log *slog.Logger
}

// Load records the learner's membership as stored, without reading the
// roster, so Save writes the roster only when the membership changed.
func (t *tracked) Load(ctx context.Context, key advisor.Key) (advisor.Session, error) {
	s, err := t.Store.Load(ctx, key)
	if err != nil || key.Workspace == "" {
		return s, err
	}
	if s.Loaded == nil {
		s.Loaded = &advisor.Loaded{}
	}
	s.Loaded.GroupCourse, s.Loaded.GroupRead = listed(s), true
	return s, nil
}

// listed is the course s is on a roster for: its current course once it
// joined, else none.
func listed(s advisor.Session) string {
	if s.StudyGroup == nil {
		return ""
	}
	return s.CurrentCourse()
}

// Enrich returns the bot.Conversations hook that reads the workspace's
// roster into Session.Community for the turns that show study groups.
func Enrich(st session.Store, log *slog.Logger) func(context.Context, advisor.Input, *advisor.Session) {
	if log == nil {
		log = slog.Default()
	}
	return func(ctx context.Context, in advisor.Input, s *advisor.Session) {
		if s.Key.Workspace == "" || !advisor.NeedsCommunity(in) {
			return
		}
		r, err := load(ctx, st, s.Key)
		if err != nil {
			// Community stays nil: the advisor says it couldn't read them.
			log.Error("study group roster not loaded", "platform", s.Key.Platform, "workspace", s.Key.Workspace, "err", err)
			return
		}
		s.Community = community(r, s.Key.User, s.CurrentCourse())
	}
}

// community is what user may see: the others on course, and counts.
func community(r roster, user, course string) *advisor.Community {
	c := &advisor.Community{Counts: map[string]int{}}
	for u, on := range r.Members {
		c.Counts[on]++
		if u != user && on == course && course != "" {
			c.Peers = append(c.Peers, u)
		}
	}
	sort.Strings(c.Peers)
	return c
}

func (t *tracked) Save(ctx context.Context, s *advisor.Session) error {
	if err := t.Store.Save(ctx, s); err != nil {
		return err
	}
	if s.Key.Workspace == "" {
		return nil
	}
	course := listed(*s)
	if s.Loaded != nil && s.Loaded.GroupRead && s.Loaded.GroupCourse == course {
		// Membership unchanged since Load: most turns write nothing.
		return nil
	}
	if err := set(ctx, t.Store, s.Key, course); err != nil {
		t.log.Error("study group roster not updated", "platform", s.Key.Platform, "workspace", s.Key.Workspace, "err", err)
	}
	return nil
}

func (t *tracked) Delete(ctx context.Context, key advisor.Key) error {
	if err := t.Store.Delete(ctx, key); err != nil {
		return err
	}
	if key.Workspace == "" {
		return nil
	}
	if err := set(ctx, t.Store, key, ""); err != nil {
		t.log.Error("study group roster not updated", "platform", key.Platform, "workspace", key.Workspace, "err", err)
	}
	return nil
}
