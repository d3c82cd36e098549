// Package groups keeps the study group rosters: per Slack workspace or
// Discord server, which opted-in learner is on which course. It wraps a
// session.Store so that saving a session updates the roster (a learner's
// group follows their current course; leave, restart and forget remove
// them) and loading one fills Session.Community, so the advisor's pure
// Step can answer "group" and admins' counts without I/O of its own.
//
// Rosters never cross workspaces: the store keeps them per scope (platform
// and workspace) as a group per course, updated one learner at a time (on
// Redis a set per course), and only learners who said "join" are in them.
package groups

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/url"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/session"
)

// legacyKind is the record kind under which earlier versions kept each
// workspace's whole roster as one record; it is imported on first use
// (see importLegacy).
const legacyKind = "study-groups"

func rosterID(k advisor.Key) string {
	return url.PathEscape(k.Platform) + "/" + url.PathEscape(k.Workspace)
}

// set puts user on course in k's workspace roster, or takes them off it
// when course is "".
func set(ctx context.Context, st session.Store, k advisor.Key, course string) error {
	if err := importLegacy(ctx, st, rosterID(k)); err != nil {
		return err
	}
	if err := st.SetGroup(ctx, rosterID(k), k.User, course); err != nil {
		return fmt.Errorf("groups: set %s in %s: %w", k.User, rosterID(k), err)
	}
	return nil
}

// importLegacy moves a roster an earlier version kept as one record into
// the store's groups, then deletes the record.
func importLegacy(ctx context.Context, st session.Store, scope string) error {
	raw, err := st.GetRecord(ctx, legacyKind, scope)
	switch {
	case errors.Is(err, session.ErrNotFound):
		return nil
	case err != nil:
		return fmt.Errorf("groups: load legacy roster %s: %w", scope, err)
	}
	var r struct {
		Members map[string]string `json:"members"`
	}
	if err := json.Unmarshal(raw, &r); err != nil {
		return fmt.Errorf("groups: decode legacy roster %s: %w", scope, err)
	}
	for user, course := range r.Members {
		if err := st.SetGroup(ctx, scope, user, course); err != nil {
			return fmt.Errorf("groups: import %s in %s: %w", user, scope, err)
		}
	}
	if err := st.DeleteRecord(ctx, legacyKind, scope); err != nil {
		return fmt.Errorf("groups: delete legacy roster %s: %w", scope, err)
	}
	return nil
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
// roster into Session.Community for the turns that show study groups: the
// learner's own course group and the count per course.
func Enrich(st session.Store, log *slog.Logger) func(context.Context, advisor.Input, *advisor.Session) {
	if log == nil {
		log = slog.Default()
	}
	return func(ctx context.Context, in advisor.Input, s *advisor.Session) {
		if s.Key.Workspace == "" || !advisor.NeedsCommunity(in) {
			return
		}
		c, err := community(ctx, st, s.Key, s.CurrentCourse())
		if err != nil {
			// Community stays nil: the advisor says it couldn't read them.
			log.Error("study group roster not loaded", "platform", s.Key.Platform, "workspace", s.Key.Workspace, "err", err)
			return
		}
		s.Community = c
	}
}

// community is what the learner k may see: the others on course, and
// counts.
func community(ctx context.Context, st session.Store, k advisor.Key, course string) (*advisor.Community, error) {
	scope := rosterID(k)
	if err := importLegacy(ctx, st, scope); err != nil {
		return nil, err
	}
	counts, err := st.GroupSizes(ctx, scope)
	if err != nil {
		return nil, fmt.Errorf("groups: counts in %s: %w", scope, err)
	}
	c := &advisor.Community{Counts: counts}
	if course == "" {
		return c, nil
	}
	members, err := st.GroupMembers(ctx, scope, course)
	if err != nil {
		return nil, fmt.Errorf("groups: members of %s in %s: %w", course, scope, err)
	}
	for _, u := range members {
		if u != k.User {
			c.Peers = append(c.Peers, u)
		}
	}
	return c, nil
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
