package advisor

import (
	"reflect"
	"strings"
	"testing"
)

func TestGroupCommands(t *testing.T) {
	a := newTestAdvisor(t)
	inWorkspace := planned(t, a)
	inWorkspace.Key = Key{Platform: "slack", Workspace: "T1", User: "U1"}
	joined := inWorkspace
	joined.StudyGroup = &StudyGroup{JoinedAt: today}
	joined.Community = &Community{Peers: []string{"U2", "U3"}, Counts: map[string]int{"ml-for-all": 3, "portfolio-project": 1}}
	noPlan := Session{Key: inWorkspace.Key}

	tests := []struct {
		name    string
		s       Session
		text    string
		admin   bool
		joined  bool // StudyGroup set after the turn
		textHas string
		members []string
		counts  map[string]int
	}{
		{"console has no workspace", Session{Key: Key{Platform: "console", User: "x"}}, "join", false, false, "there is none here", nil, nil},
		{"join", inWorkspace, "join", false, true, "joined the study group for Machine Learning for All", nil, nil},
		{"join without a plan", noPlan, "join study group", false, false, "once you have a plan", nil, nil},
		{"group when not joined", inWorkspace, "group", false, false, `Say "join"`, nil, nil},
		{"group lists peers as mentions", joined, "who's in my group", false, true, "@U2, @U3", []string{"U2", "U3"}, nil},
		{"group alone", withCommunity(joined, &Community{}), "group", false, true, "Nobody else", nil, nil},
		{"group, roster unreadable", withCommunity(joined, nil), "group", false, true, "ask again", nil, nil},
		{"leave", joined, "leave", false, false, "left the study group", nil, nil},
		{"leave when not joined", inWorkspace, "leave group", false, false, "not in a study group", nil, nil},
		{"stats need admin", joined, "group stats", false, true, "Only workspace admins", nil, nil},
		{"admin stats by title, no names", joined, "group stats", true, true, "Machine Learning for All: 3", nil, map[string]int{"Machine Learning for All": 3, "Portfolio project": 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, r := a.Step(tt.s, Input{Text: tt.text, Now: today, Admin: tt.admin})
			if (s.StudyGroup != nil) != tt.joined {
				t.Errorf("joined = %v, want %v", s.StudyGroup != nil, tt.joined)
			}
			if !strings.Contains(r.Text, tt.textHas) {
				t.Errorf("reply %q lacks %q", r.Text, tt.textHas)
			}
			var members []string
			var counts map[string]int
			if r.Group != nil {
				members, counts = r.Group.Members, r.Group.Counts
			}
			if !reflect.DeepEqual(members, tt.members) || !reflect.DeepEqual(counts, tt.counts) {
				t.Errorf("group = %v %v, want %v %v", members, counts, tt.members, tt.counts)
			}
			if strings.Contains(r.Text, "U2") && tt.counts != nil {
				t.Errorf("admin counts name someone: %q", r.Text)
			}
		})
	}
}

func withCommunity(s Session, c *Community) Session { s.Community = c; return s }

// Forget and restart drop the opt-in with everything else.
func TestGroupOptInClearedByForgetAndRestart(t *testing.T) {
	a := newTestAdvisor(t)
	s := planned(t, a)
	s.Key = Key{Platform: "discord", Workspace: "G1", User: "42"}
	s, _ = a.Step(s, Input{Text: "join", Now: today})
	for _, cmd := range []string{"forget", "restart"} {
		if s2, _ := a.Step(s, Input{Text: cmd, Now: today}); s2.StudyGroup != nil {
			t.Errorf("%s kept the study group opt-in", cmd)
		}
	}
}

// Group stats speak the platform's language: a Discord server is not a
// workspace.
func TestGroupWordsFollowThePlatform(t *testing.T) {
	a := newTestAdvisor(t)
	for _, tt := range []struct{ platform, place, admins string }{
		{"slack", "workspace", "Only workspace admins"},
		{"discord", "server", "Only members who can manage this server"},
	} {
		t.Run(tt.platform, func(t *testing.T) {
			s := planned(t, a)
			s.Key = Key{Platform: tt.platform, Workspace: "W1", User: "U1"}
			s.Community = &Community{Counts: map[string]int{"ml-for-all": 2}}
			if _, r := a.Step(s, Input{Text: "group stats", Now: today, Admin: true}); !strings.HasPrefix(r.Text, "Study groups in this "+tt.place+" ") {
				t.Errorf("stats = %q, want it to say this %s", r.Text, tt.place)
			}
			s.Community = &Community{Counts: map[string]int{}}
			if _, r := a.Step(s, Input{Text: "group stats", Now: today, Admin: true}); r.Text != "Nobody in this "+tt.place+" has joined a study group yet." {
				t.Errorf("empty stats = %q", r.Text)
			}
			s.Community = nil
			if _, r := a.Step(s, Input{Text: "group stats", Now: today, Admin: true}); !strings.Contains(r.Text, "this "+tt.place+"'s study groups") {
				t.Errorf("unreadable stats = %q", r.Text)
			}
			if _, r := a.Step(s, Input{Text: "group stats", Now: today}); !strings.HasPrefix(r.Text, tt.admins+" can see") {
				t.Errorf("refusal = %q, want %q", r.Text, tt.admins)
			}
		})
	}
}
