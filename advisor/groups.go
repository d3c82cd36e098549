package advisor

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// Study groups: in a Slack workspace or Discord server, learners may opt
// in ("join") to the group of the course they are on, see who else opted
// in on that course there ("group": user ids only, which adapters render
// as mentions) and opt out ("leave"). Admins see counts per course, never
// names. Step stays pure: the roster comes in on Session.Community, put
// there by the store layer (package groups), which also keeps the roster
// in step with saved sessions.

// StudyGroup is a learner's opt-in; the group is always that of their
// current course.
type StudyGroup struct {
	JoinedAt time.Time `json:"joined_at"`
}

// Community is this workspace's study groups as seen at the start of a
// turn.
type Community struct {
	// Peers are the user ids of the other opted-in learners on the same
	// current course in this workspace.
	Peers []string
	// Counts is the number of opted-in learners per course id here.
	Counts map[string]int
}

// GroupInfo is a study group reply's data.
type GroupInfo struct {
	Course string `json:"course,omitempty"`
	Title  string `json:"title,omitempty"`
	// Members are user ids on the platform of the asking learner.
	Members []string `json:"members,omitempty"`
	// Counts is opted-in learners per course title (admins only).
	Counts map[string]int `json:"counts,omitempty"`
}

// CurrentCourse is the course id of the first unfinished step of the
// session's plan, or "" without a plan or when everything is done.
func (s Session) CurrentCourse() string {
	if s.Plan == nil {
		return ""
	}
	if i, ok := currentStep(s); ok {
		return s.Plan.Steps[i].Course
	}
	return ""
}

// groupCommand runs join, leave, group and group stats.
func (a *Advisor) groupCommand(s Session, in Input, cmd string) (Session, Reply) {
	if s.Key.Workspace == "" {
		return s, Reply{Kind: KindInfo, Text: "Study groups live in a Slack workspace or a Discord server; there is none here."}
	}
	switch cmd {
	case "leave":
		if s.StudyGroup == nil {
			return s, Reply{Kind: KindInfo, Text: "You're not in a study group here."}
		}
		s.StudyGroup = nil
		return s, Reply{Kind: KindInfo, Text: "You've left the study group. Nobody here sees you in it any more."}
	case "group stats":
		if !in.Admin {
			return s, Reply{Kind: KindInfo, Text: "Only " + admins(s.Key) + " can see study group counts."}
		}
		return s, a.groupCounts(s)
	}
	course := s.CurrentCourse()
	if course == "" {
		if !hasPlan(s) {
			return a.next(s, in, "Study groups are per course: once you have a plan you can join the group of your current course.")
		}
		return s, Reply{Kind: KindInfo, Text: "Every step of your plan is done, so there is no current course to study with others."}
	}
	title := a.courseTitle(course)
	if cmd == "join" {
		if s.StudyGroup == nil {
			s.StudyGroup = &StudyGroup{JoinedAt: in.Now}
		}
		return s, Reply{Kind: KindInfo, Group: &GroupInfo{Course: course, Title: title},
			Text:        fmt.Sprintf(`You've joined the study group for %s here. Only others who joined see you in it; as you move to your next course, your group moves with you. Say "group" to see who's on it, "leave" to opt out.`, title),
			Suggestions: []string{"group", "leave"}}
	}
	if s.StudyGroup == nil {
		return s, Reply{Kind: KindInfo, Text: fmt.Sprintf(`You're not in a study group. Say "join" to join the one for %s here.`, title), Suggestions: []string{"join"}}
	}
	if s.Community == nil {
		return s, Reply{Kind: KindInfo, Text: "I couldn't read this " + place(s.Key) + "'s study groups just now. Please ask again in a moment."}
	}
	peers := s.Community.Peers
	info := &GroupInfo{Course: course, Title: title, Members: peers}
	if len(peers) == 0 {
		return s, Reply{Kind: KindInfo, Group: info, Text: fmt.Sprintf("Nobody else here has joined the study group for %s yet.", title)}
	}
	mentions := make([]string, len(peers))
	for i, p := range peers {
		mentions[i] = "@" + p
	}
	return s, Reply{Kind: KindInfo, Group: info,
		Text: fmt.Sprintf("Also in the study group for %s here: %s.", title, strings.Join(mentions, ", "))}
}

func (a *Advisor) groupCounts(s Session) Reply {
	if s.Community == nil {
		// A first message has no stored session to attach the roster to,
		// or the roster could not be read: unknown is not "nobody".
		return Reply{Kind: KindInfo, Text: "I couldn't read this " + place(s.Key) + "'s study groups just now. Please ask again in a moment."}
	}
	info := &GroupInfo{Counts: map[string]int{}}
	for course, n := range s.Community.Counts {
		if n > 0 {
			info.Counts[a.courseTitle(course)] += n
		}
	}
	if len(info.Counts) == 0 {
		return Reply{Kind: KindInfo, Group: info, Text: "Nobody in this " + place(s.Key) + " has joined a study group yet."}
	}
	titles := make([]string, 0, len(info.Counts))
	for t := range info.Counts {
		titles = append(titles, t)
	}
	sort.Strings(titles)
	var b strings.Builder
	b.WriteString("Study groups in this " + place(s.Key) + " (people who opted in):")
	for _, t := range titles {
		fmt.Fprintf(&b, "\n  %s: %d", t, info.Counts[t])
	}
	return Reply{Kind: KindInfo, Group: info, Text: b.String()}
}

// place is what the learner's platform calls the community the study
// groups belong to: a Discord server, a Slack workspace.
func place(k Key) string {
	if k.Platform == "discord" {
		return "server"
	}
	return "workspace"
}

// admins is who may see the counts there, in the platform's words.
func admins(k Key) string {
	if k.Platform == "discord" {
		return "members who can manage this server"
	}
	return "workspace admins"
}

func (a *Advisor) courseTitle(id string) string {
	if id == a.cat.Project.ID {
		return a.cat.Project.Title
	}
	if c, ok := a.cat.Course(id); ok {
		return c.Title
	}
	return id
}
