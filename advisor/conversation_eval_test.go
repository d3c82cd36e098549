package advisor

import (
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"
)

// The conversation evaluation: whole conversations written the way
// learners type (testdata/conversations_*.yaml, styled on real posts and
// split before tuning). A simulated learner sends the messages, then
// answers whatever certpath still asks with their own words, as a person
// would; a conversation is right when it ends with the expected profile and
// plan and no question was asked more than three times.

type convSet struct {
	Conversations []convCase `yaml:"conversations"`
}

// expected is what a conversation or a phrasebook message should leave
// in the profile.
type expected struct {
	Programming string   `yaml:"programming"`
	ML          string   `yaml:"ml"`
	Goal        string   `yaml:"goal"`
	Hours       int      `yaml:"hours"`
	Budget      string   `yaml:"budget"`
	Start       string   `yaml:"start"`
	Done        []string `yaml:"done"`
}

// value is the expected value of slot s, as Profile.value says it.
func (e expected) value(s Slot) string {
	p := Profile{Programming: e.Programming, ML: e.ML, Goal: e.Goal, HoursPerWeek: e.Hours, Budget: e.Budget, Start: e.Start}
	return p.value(s)
}

type convCase struct {
	ID          string            `yaml:"id"`
	StyleSource []string          `yaml:"style_source"`
	Tests       []string          `yaml:"tests"`
	Messages    []string          `yaml:"messages"`
	Answers     map[string]string `yaml:"answers"`
	Expect      expected          `yaml:"expect"`
	Plan        struct {
		Steps []string `yaml:"steps"`
	} `yaml:"plan"`
}

// startedOver reports whether a turn restarted the interview: certpath's
// own count of a question went down, or it said so ("Starting over.": a
// "reset" before any answer leaves the counts as they were, dev114). The
// three-asks rule is about one interview; after "start over" the
// questions are asked again, rightly.
func startedOver(prev, next Session, r Reply) bool {
	if strings.HasPrefix(r.Text, "Starting over.") {
		return true
	}
	for slot, n := range prev.Asked {
		if next.Asked[slot] < n {
			return true
		}
	}
	// ("... company pays" then "start over": asked the same first
	// question again, with the facts gone.)
	return len(prev.Profile.Missing()) < len(Slots) && len(next.Profile.Missing()) == len(Slots)
}

// tunableSets are the conversation sets that may be inspected and tuned
// on (testdata/conversations_<name>.yaml); held-out and fresh sets are
// only ever scored.
var tunableSets = []string{"tune", "dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30", "dev31", "dev32", "dev33", "dev34", "dev35", "dev36", "dev37", "dev38", "dev39", "dev40", "dev41", "dev42", "dev43", "dev44", "dev45", "dev46", "dev47", "dev48", "dev49", "dev50", "dev51", "dev52", "dev53", "dev54", "dev55", "dev56", "dev57", "dev58", "dev59", "dev60", "dev61", "dev63", "dev62", "dev64", "dev66", "dev65", "dev67", "dev68", "dev69", "dev70", "dev71", "dev72", "dev73", "dev74", "dev75", "dev76", "dev77", "dev78", "dev79", "dev80", "dev81", "dev82", "dev83", "dev84", "dev85", "dev86", "dev87", "dev88", "dev89", "dev90", "dev91", "dev92", "dev93", "dev94", "dev95", "dev96", "dev97", "dev98", "dev99", "dev100", "dev101", "dev102", "dev103", "dev104", "dev105", "dev106", "dev107", "dev109", "dev108", "dev110", "dev112", "dev111", "dev113", "dev114", "dev115", "dev116"}

// convNow is the harness's today (a Monday), as the set's header says.
var convNow = time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)

func loadConversations(t testing.TB, path string) []convCase {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var set convSet
	if err := yaml.Unmarshal(data, &set); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if len(set.Conversations) == 0 {
		t.Fatalf("%s: no conversations", path)
	}
	return set.Conversations
}

// convResult is how one conversation went.
type convResult struct {
	ok         bool
	maxAsked   int
	turns      int
	problems   []string
	transcript []string
}

// runConversation plays one conversation against the advisor.
func runConversation(a *Advisor, c convCase) convResult {
	var res convResult
	s := Session{Key: Key{Platform: "eval", User: c.ID}}
	asked := map[string]int{}
	// ASKDIAG=1 prints, for a conversation that asks a question more than
	// three times, only how each question came (reply kind, certpath's own
	// count): enough to find the path that asked, even in a report-only
	// set, without showing what the learner wrote.
	var diag []string
	say := func(in Input) Reply {
		in.Now = convNow
		next, r := a.Step(s, in)
		if startedOver(s, next, r) {
			// "actually start over": a new interview, counted afresh.
			for k, n := range asked {
				res.maxAsked = max(res.maxAsked, n)
				if n > 3 {
					res.problems = append(res.problems, fmt.Sprintf("asked %s %d times", k, n))
				}
			}
			asked = map[string]int{}
		}
		s = next
		res.turns++
		label := in.Text
		if in.Choice != "" {
			label = "[" + in.Choice + "]"
		}
		res.transcript = append(res.transcript, "you> "+label, r.Text)
		if r.Question != nil && r.Question.Slot != "" {
			key := string(r.Question.Slot)
			if s.Pending != nil && s.Pending.Kind == PendingConfirm {
				key += "?"
			}
			asked[key]++
			if os.Getenv("ASKDIAG") != "" {
				diag = append(diag, fmt.Sprintf("%s kind=%v botAsked=%d pending=%v", key, r.Kind, s.Asked[r.Question.Slot], s.Pending != nil))
			}
		}
		return r
	}
	var r Reply
	for _, m := range c.Messages {
		r = say(Input{Text: m})
	}
	for step := 0; step < 12; step++ {
		q := r.Question
		if q == nil && s.Asking != "" && s.Plan == nil && r.Kind == KindInfo {
			// A nudge ("No rush. How much programming have you
			// done?" after an aside, the question in one line): the
			// question asked before is still open, and the learner
			// answers it.
			q = &Question{Slot: s.Asking}
		}
		if r.Clarifying() && !s.Profile.Complete() && len(q.Choices) > 0 {
			// "Did you mean…?" in the middle of the interview: the
			// learner clicks the first topic, as most do, and the
			// interview resumes after the answer (2026-11-29; before,
			// the simulated learner stopped there and no plan was made).
			r = say(Input{Choice: q.Choices[0].ID})
			continue
		}
		if q == nil || q.Slot == "" || r.Kind == KindPlan {
			break
		}
		if s.Pending != nil && s.Pending.Kind == PendingConfirm {
			if s.Pending.Value == c.Expect.value(s.Pending.Slot) {
				r = say(Input{Text: "yes"})
			} else {
				r = say(Input{Text: "no"})
			}
			continue
		}
		ans := c.Answers[string(q.Slot)]
		if ans == "" {
			res.problems = append(res.problems, fmt.Sprintf("asked %s, which the learner has no answer for", q.Slot))
			break
		}
		r = say(Input{Text: ans})
	}
	for k, n := range asked {
		res.maxAsked = max(res.maxAsked, n)
		if n > 3 && os.Getenv("ASKDIAG") != "" {
			fmt.Println("ASKDIAG", strings.Join(diag, " | "))
		}
		if n > 3 {
			res.problems = append(res.problems, fmt.Sprintf("asked %s %d times", k, n))
		}
	}
	p := s.Profile
	e := c.Expect
	check := func(name, got, want string) {
		if got != want {
			res.problems = append(res.problems, fmt.Sprintf("%s = %q, want %q", name, got, want))
		}
	}
	check("programming", p.Programming, e.Programming)
	check("ml", p.ML, e.ML)
	check("goal", p.Goal, e.Goal)
	check("hours", strconv.Itoa(p.HoursPerWeek), strconv.Itoa(e.Hours))
	check("budget", p.Budget, e.Budget)
	check("start", p.Start, e.Start)
	// A step reported finished after the plan is logged as progress
	// (the step stays in the plan, marked done); for the learner it is as
	// finished as a course done before the plan (dev69's convention,
	// after dev53's and dev58's for courses finished earlier), so both
	// count as done and a step marked done is no longer in the plan.
	// (Changing this on 2026-11-30 moved no other tunable conversation.)
	gotDone := slices.Clone(p.Completed)
	if s.Progress != nil {
		for _, f := range s.Progress.Done {
			if !slices.Contains(gotDone, f.Course) {
				gotDone = append(gotDone, f.Course)
			}
		}
	}
	slices.Sort(gotDone)
	wantDone := slices.Clone(e.Done)
	slices.Sort(wantDone)
	check("done", strings.Join(gotDone, ","), strings.Join(wantDone, ","))
	if s.Plan == nil {
		res.problems = append(res.problems, "no plan at the end")
	} else {
		var ids []string
		for _, st := range s.Plan.Steps {
			if !st.Done {
				ids = append(ids, st.Course)
			}
		}
		check("plan", strings.Join(ids, ","), strings.Join(c.Plan.Steps, ","))
	}
	res.ok = len(res.problems) == 0
	return res
}

// TestConversationEval reports whole-conversation accuracy per split. The
// tune and dev splits may be inspected; held-out is only reported. The
// bounds guard against regressions at today's levels (2026-11-29): issue
// 12 asks for 90% on held-out, reached this day (26 of 28, 0.929); its
// guard is 0.89 so one conversation's swing does not fail CI, and the
// report-only fresh sets, lower (0.65-0.87), say how far that is from
// every learner (see README).
func TestConversationEval(t *testing.T) {
	a := newTestAdvisor(t)
	verbose := os.Getenv("CONV_VERBOSE") != ""
	type split struct {
		name, path string
		min        float64
		show       bool
	}
	splits := []split{
		{"tune", "testdata/conversations_tune.yaml", 0.98, true},
		{"dev", "testdata/conversations_dev.yaml", 0.96, true},
		{"dev2", "testdata/conversations_dev2.yaml", 0.97, true},
		{"dev3", "testdata/conversations_dev3.yaml", 0.96, true},
		// Written by a helper (2026-11-29, ids p001..): learners writing
		// English as a second language or mostly their own; 30/70 when
		// written.
		{"dev4", "testdata/conversations_dev4.yaml", 0.97, true},
		// Written by a helper (2026-11-29, ids q001..): fluent English
		// typed fast in Slack or Discord; 30/70 when written.
		{"dev5", "testdata/conversations_dev5.yaml", 0.91, true},
		// Written by a helper (2026-11-29, ids s001..): people, forms and
		// languages unlike the other sets'; 39/70 when written.
		{"dev6", "testdata/conversations_dev6.yaml", 0.95, true},
		// Written by a helper (2026-11-29, ids v001..): Slack and Discord
		// typing, schedules, corrections; 49/70 when written.
		{"dev7", "testdata/conversations_dev7.yaml", 0.92, true},
		// Written by a helper (2026-11-29, ids u001..): students,
		// academics, career changers and returners in their first week
		// with the bot; 39/70 when written.
		{"dev8", "testdata/conversations_dev8.yaml", 0.95, true},
		// Written by a helper (2026-11-29, ids w001..): the shapes of a
		// study channel (a question first, "same", lists, facts that
		// trickle in, changes after the plan); 49/70 when written.
		{"dev9", "testdata/conversations_dev9.yaml", 0.94, true},
		// Written by a helper (2026-11-29, ids y001..): ordinary learners
		// in everyday wording, the median member of a community; 61/70
		// when written.
		{"dev10", "testdata/conversations_dev10.yaml", 0.98, true},
		// Written by a helper (2026-11-29, ids z001..): a whole intro in
		// one or two long posts, with distractors (ages, salaries, other
		// people, hypotheticals); 43/70 when written.
		{"dev11", "testdata/conversations_dev11.yaml", 0.90, true},
		// Written by helpers (2026-11-29): representative mixes, not
		// chosen hard or easy. dev12 (ids aa001..): Africa, South and
		// Southeast Asia, the Middle East, Latin America, 54/70 when
		// written; dev13 (ab001..): North America, Europe, East Asia,
		// Oceania, 52/70.
		{"dev12", "testdata/conversations_dev12.yaml", 0.97, true},
		{"dev13", "testdata/conversations_dev13.yaml", 0.94, true},
		// Written by a helper (2026-11-29, ids ac001..): a third of it in
		// learners' own languages (20 languages); 41/60 when written.
		{"dev14", "testdata/conversations_dev14.yaml", 0.91, true},
		// Written by a helper (2026-11-29, ids ad001..): the five facts
		// in everyday terms; 48/60 when written.
		{"dev15", "testdata/conversations_dev15.yaml", 0.98, true},
		// Written by helpers (2026-11-29): dev16 (ids ae001..), a
		// representative mix of new occupations, 44/60 when written;
		// dev17 (af001..), how people open and steer a chat (greetings,
		// bios in one post, one-word replies, schedules), 39/60.
		{"dev16", "testdata/conversations_dev16.yaml", 0.98, true},
		{"dev17", "testdata/conversations_dev17.yaml", 0.95, true},
		// Written by a helper (2026-11-29, ids ag001..): a representative
		// mix of occupations not used before; 48/60 when written.
		{"dev18", "testdata/conversations_dev18.yaml", 0.98, true},
		// Written by a helper (2026-11-29, ids ah001..): half second-
		// language English (27 first languages), half in the learner's
		// own language (23 languages); 32/60 when written.
		{"dev19", "testdata/conversations_dev19.yaml", 0.93, true},
		// Written by a helper (2026-11-29, ids ai001..): fluent English
		// from 12 countries, half long intros, half short replies;
		// 46/60 when written.
		{"dev20", "testdata/conversations_dev20.yaml", 0.95, true},
		// Written by a helper (2026-11-29, second session, ids aj001..):
		// a representative mix typed the way people type in Slack, a
		// third long intros, a third short replies, a third opening with
		// a greeting or a question; 48/60 when written.
		{"dev21", "testdata/conversations_dev21.yaml", 0.98, true},
		// Written by a helper (2026-11-29, second session, ids ak001..):
		// how people answer the bot's questions in DMs, two thirds
		// question by question, a third a long intro first; 52/60 when
		// written.
		{"dev22", "testdata/conversations_dev22.yaml", 0.98, true},
		// Written by a helper (2026-11-29, second session, ids al001..):
		// half one message with several facts, half question by
		// question, the five facts said in many everyday ways; 51/60
		// when written.
		{"dev23", "testdata/conversations_dev23.yaml", 0.96, true},
		// Written by a helper (2026-11-29, second session, ids am001..):
		// international study groups, half second-language English, a
		// third in the learner's own language, the rest code-switching;
		// 40/60 when written.
		{"dev24", "testdata/conversations_dev24.yaml", 0.95, true},
		// Written by a helper (2026-11-30, ids an001..): a third open
		// with a greeting or a question, a third spread facts over short
		// messages, a third one long intro; 53/60 when written.
		{"dev25", "testdata/conversations_dev25.yaml", 0.96, true},
		// Written by a helper (2026-11-30, ids ao001..): people whose jobs
		// and lives are not in tech; 48/60 when written.
		{"dev26", "testdata/conversations_dev26.yaml", 0.91, true},
		// Written by a helper (2026-11-30, ids ap001..): two thirds in the
		// learner's own language (15 languages), a third code-switching;
		// 19/60 when written.
		{"dev27", "testdata/conversations_dev27.yaml", 0.90, true},
		// Written by a helper (2026-11-30, ids aq001..): a representative
		// mix of 60 new people in three shapes; 48/60 when written.
		{"dev28", "testdata/conversations_dev28.yaml", 0.95, true},
		// Written by a helper (2026-11-30, ids ar001..): a representative
		// mix of 60 new people in three shapes, a quarter in second-language
		// English and a sixth in their own language (10 languages); 40/60
		// when written.
		{"dev29", "testdata/conversations_dev29.yaml", 0.96, true},
		// Written by a helper (2026-11-30, ids as001..): a representative
		// mix of 60 new people in three shapes in study-group channels,
		// half in second-language English, a quarter code-switching (15
		// mixes), a quarter native; 47/60 when written.
		{"dev30", "testdata/conversations_dev30.yaml", 0.95, true},
		// Written by a helper (2026-11-30, ids at001..): a representative
		// mix of 60 new people in three shapes in Slack / Discord learning
		// communities, a fifth in second-language English, a tenth in
		// their own language (6 languages), the rest fluent English with
		// local flavour; 43/60 when written.
		{"dev31", "testdata/conversations_dev31.yaml", 0.93, true},
		// Written by a helper (2026-11-30, ids au001..): a representative
		// mix of 60 new people in three shapes in Slack / Discord learning
		// communities, a fifth in second-language English (12 first
		// languages), a tenth in their own language (6 languages), the rest
		// fluent English; rosters, seasons, on-call weeks, employer budgets,
		// caps and aid; 49/60 when written.
		{"dev32", "testdata/conversations_dev32.yaml", 0.96, true},
		// Written by a helper (2026-11-30, ids av001..): a representative
		// mix of 60 new people in three shapes in Slack / Discord learning
		// communities, a fifth in second-language English (12 first
		// languages), a tenth in their own language (6 languages), the rest
		// fluent English; rosters, split and second shifts, commutes, lunch
		// breaks, seasons, employer budgets with caps, aid; 41/60 when
		// written.
		{"dev33", "testdata/conversations_dev33.yaml", 0.98, true},
		// Written by a helper (2026-11-30, ids aw001..): a representative
		// mix of 60 new people in three shapes in Slack / Discord learning
		// communities, a fifth in second-language English (12 first
		// languages), a tenth in their own language (6 languages), the rest
		// fluent English; how people describe their background (code and
		// data at work or school, half-finished courses, tools that are not
		// code) and their goal (staying or switching, research, curiosity,
		// one gap) in everyday words; 48/60 when written.
		{"dev34", "testdata/conversations_dev34.yaml", 0.95, true},
		// Written by a helper (2026-11-30, ids ax001..): a representative
		// mix of 60 new people in three shapes in Slack / Discord learning
		// communities, a fifth in second-language English (12 first
		// languages), a tenth in their own language (6 languages), the rest
		// fluent English; everyday backgrounds, loose goals settled, hours
		// from real weeks, budgets from employers, parents, caps and aid;
		// questions to the bot mid-interview, two answers in one line,
		// answers to the wrong question; 54/60 when written.
		{"dev35", "testdata/conversations_dev35.yaml", 0.98, true},
		// Written by a helper (2026-11-30, ids ay001..): a representative
		// mix of 60 new people in three shapes in Slack / Discord learning
		// communities, a fifth in second-language English (12 first
		// languages), a tenth in their own language (6 languages), the rest
		// fluent English; rosters by their cycle (three 12s, 4 on 4 off,
		// 48/96, alternating weeks, two weeks away), seasons, corrections,
		// a reset, questions mid-interview, two answers in one line,
		// answers to the wrong question; 50/60 when written.
		{"dev36", "testdata/conversations_dev36.yaml", 0.93, true},
		// Written by a helper (2026-11-30, ids az001..): 60 new people in
		// three shapes, typed the way people chat in Slack / Discord (one
		// answer split over short lines, self-corrections mid-stream,
		// abbreviations, one-word and emoji replies, "same as above",
		// questions back to the bot, messy hours), a fifth in second-language
		// English (12 first languages), a tenth in their own language (6
		// languages), the rest fluent English; 47/60 when written.
		{"dev37", "testdata/conversations_dev37.yaml", 0.93, true},
		{"dev38", "testdata/conversations_dev38.yaml", 0.95, true},
		{"dev39", "testdata/conversations_dev39.yaml", 0.95, true},
		{"dev40", "testdata/conversations_dev40.yaml", 0.95, true},
		// Written by a helper (2026-11-30, ninth session, on a79ed27; ids bn001..): a representative
		// mix (40 fluent, 12 second-language, 8 own-language or code-switching); 57/60 when written.
		{"dev51", "testdata/conversations_dev51.yaml", 0.93, true},
		// Written by a helper (2026-11-30, on c5842c2; ids bo001..): long, messy first messages and real questions mid-interview
		// (40 fluent, 12 second-language, 8 own-language or code-switching); 53/60 when written.
		{"dev52", "testdata/conversations_dev52.yaml", 0.86, true},
		// Written by a helper (2026-11-30, on c5842c2; ids bp001..): after the plan, changes of hours, budget, goal and start, courses
		// finished before it, questions about the plan, thanks and asides (40 fluent, 12 second-language, 8 own-language or
		// code-switching); 42/60 when written.
		{"dev53", "testdata/conversations_dev53.yaml", 0.68, true},
		// Written by a helper (2026-11-30, on 556e932; ids bq001..): phone typing in Slack / Discord (typos, no punctuation, emoji
		// and one-word replies, voice-to-text run-ons, indirect answers, questions about the question, two answers at once, changes of
		// mind inside a message; 40 fluent, 12 second-language, 8 own-language or code-switching); 45/60 when written.
		{"dev54", "testdata/conversations_dev54.yaml", 0.73, true},
		// Written by a helper (2026-11-30, on 7958303; ids br001..): the representative member of a Slack / Discord study
		// community, with hedged, vague and range answers ("3-5 hrs", "not sure, maybe 4?", "kinda?", "id say beginner", "whatever
		// is cheapest", "between 5 and 8, call it 6") and plain ones (40 fluent, 12 second-language, 8 own-language or
		// code-switching); 51/60 when written.
		{"dev55", "testdata/conversations_dev55.yaml", 0.83, true},
		// Written by a helper (2026-11-30, on 7958303; ids bs001..): a representative mix, neither hard nor easy, typed the way people
		// type in Slack / Discord (long intros, one-word replies, two answers at once), a third with one real question mid-interview
		// or after the plan (cost, how long, worth it, which first, auditing, financial aid; 40 fluent, 12 second-language, 8
		// own-language or code-switching); 55/60 when written.
		{"dev56", "testdata/conversations_dev56.yaml", 0.90, true},
		// Written by a helper (2026-11-30, on 8494233; ids bt001..): unsure learners typed the way people type in Slack / Discord,
		// who do not know what to answer at first and settle later ("you tell me lol", "what's the difference between ds and ml
		// eng?", "can i answer that later?", "depends, how much does it cost?", "is 2 hrs enough? if not then 4", "idk maybe free?
		// or is aid better?"), and about half plain and confident (40 fluent, 12 second-language, 8 own-language or
		// code-switching); 56/60 when written.
		{"dev57", "testdata/conversations_dev57.yaml", 0.91, true},
		// Written by a helper (2026-11-30, on 1537366; ids bu001..): what people type in Slack / Discord after they get their plan,
		// in the same sitting, as a representative mix (thanks, "ok", emoji and "lol"; questions about order, skipping, how long,
		// when done, cost, certificates, difficulty, two at once; changes of hours, start, budget, goal and programming; catalog
		// courses finished before the plan, reported after it; 40 fluent, 12 second-language, 8 own-language or code-switching);
		// 47/60 when written.
		{"dev58", "testdata/conversations_dev58.yaml", 0.76, true},
		// Written by a helper (2026-11-30, on 1537366; ids bv001..): a representative mix, neither hard nor easy, of the median
		// members of a learning community typed the way people type in Slack / Discord, whose jobs and lives show in their answers
		// (shift work and kids in the hours, employers, licences and universities in the budget, VBA / Power Query / PLC / SQL / R
		// in the programming answer, a prediction for their own workplace or their vendors' AI in the goal; 40 fluent, 12
		// second-language, 8 own-language or code-switching); 52/60 when written.
		{"dev59", "testdata/conversations_dev59.yaml", 0.85, true},
		// Written by a helper (2026-11-30, on 0593e8d; ids bw001..): facts that trickle in over several Slack / Discord posts sent
		// without waiting, so a post often answers another question than the one asked; corrections in a later post ("actually make
		// that 4 hrs, forgot my night class", "hmm on second thought ml engineer not data scientist", "wait i said no ML but i watched
		// a youtube series"), details that change a fact ("oh and my employer reimburses courses"), lines about someone else (a
		// colleague, a boss, a child) and questions back; about a third plain (40 fluent, 12 second-language, 8 own-language or
		// code-switching); 50/60 when written.
		{"dev60", "testdata/conversations_dev60.yaml", 0.81, true},
		// Written by a helper (2026-11-30, on 0593e8d; ids bx001..): a representative mix, neither hard nor easy, of people who join
		// an ML study Discord or Slack in late 2026, aged 17 to 70 (students, parents, shift workers, retirees, career changers,
		// people already in tech), typed the way people type there (long intros, one-word replies, two answers at once, the odd
		// question mid-interview or after the plan; 40 fluent, 12 second-language, 8 own-language or code-switching); 51/60 when
		// written.
		{"dev61", "testdata/conversations_dev61.yaml", 0.83, true},
		// Written by a helper (2026-11-30, on 3766a52; ids bz001..): a representative mix, neither hard nor easy, of people who join
		// an ML study Slack or Discord in late 2026 from the regions and trades the earlier sets used least (small islands, the
		// Pacific, the Arctic, southern and eastern Africa, rural US and Canada; logistics, trades, farming and fishing, public
		// services, hospitality, the arts, healthcare support, small business, the military, students outside CS), typed the way
		// people type there (long intros, one-word replies, two answers at once, the odd question to the bot; 40 fluent, 12
		// second-language, 8 own-language or code-switching); 55/60 when written.
		{"dev63", "testdata/conversations_dev63.yaml", 0.90, true},
		// Written by a helper (2026-11-30, on 3766a52; ids by001..): learners who ask real questions while being interviewed, typed
		// the way people type in Slack / Discord (a question before the first answer, a question instead of an answer, an answer and a
		// question in one message, questions after the plan, questions about the bot's question; a third plain; 40 fluent, 12
		// second-language, 8 own-language or code-switching); 53/60 when written.
		{"dev62", "testdata/conversations_dev62.yaml", 0.86, true},
		// Written by a helper (2026-11-30, on e78fe5d; ids ca001..): a representative mix, neither hard nor easy, of people in an ML
		// study community on Slack or Discord in late 2026 (occupations not in dev50-dev63), typed the way people type there (long
		// intros, one-word replies, two answers at once or out of order, the odd question to the bot, a few messages after the plan;
		// 40 fluent, 12 second-language, 8 own-language or code-switching); 58/60 when written.
		{"dev64", "testdata/conversations_dev64.yaml", 0.95, true},
		// Written by a helper (2026-11-30, on 7108f7a; ids cc001..): a representative mix, neither hard nor easy, of people who join
		// an ML study Slack or Discord in late 2026, aged 16 to 72 (occupations not in dev50-dev64), typed the way people type there
		// (long intros, one-word replies, typos, two answers at once or out of order, the odd question to the bot, a few messages after
		// the plan; 40 fluent, 12 second-language, 8 own-language or code-switching); 54/60 when written.
		{"dev66", "testdata/conversations_dev66.yaml", 0.85, true},
		// Written by a helper (2026-11-30, on 7108f7a; ids cb001..): people who go off script on Slack or Discord in late 2026
		// (occupations not in dev50-dev64): asking what the bot is first, answering with a question or a confession ("what counts
		// as programming?", "ml? no clue what that even is tbh"), vague or ranged amounts, how long ago they coded, questions before
		// the plan, changes of mind, one-word and emoji replies, messages after the plan; a third plain; 40 fluent, 12
		// second-language, 8 own-language or code-switching; 53/60 when written.
		{"dev65", "testdata/conversations_dev65.yaml", 0.83, true},
		// Written by a helper (2026-11-30, on 56fc0b2; ids cd001..): learners who ask things on Slack or Discord in late 2026
		// (occupations not in dev50-dev66): questions before answering, instead of answering, inside an answer and after the plan,
		// about the courses (cost per month and at my pace, audit, financial aid, how long, how hard, which first, what next,
		// recognition, certificate vs degree, expiry), about the roles ("what does an ML engineer actually do?", "which fits me?"),
		// about the bot's question ("does excel count?", "what do you mean by budget?") and off topic (the weather, a laptop); a third
		// plain; 40 fluent, 12 second-language, 8 own-language or code-switching; 60/60 when written.
		{"dev67", "testdata/conversations_dev67.yaml", 0.95, true},
		// Written by a helper (2026-11-30, on 56fc0b2; ids ce001..): a representative mix, neither hard nor easy, of people who join
		// an ML study Slack or Discord in late 2026, aged 16 to 75 (occupations not in dev50-dev66), a third typing on phones
		// (voice-to-text without punctuation, autocorrect slips like "pythons" and "machine leaning", one long line, a reply split
		// over two quick messages), the rest typed the usual ways there (long intros, one-word replies, two answers at once or out of
		// order, the odd question to the bot, a few messages after the plan; 40 fluent, 12 second-language, 8 own-language or
		// code-switching); 52/60 when written.
		{"dev68", "testdata/conversations_dev68.yaml", 0.81, true},
		// Written by a helper (2026-11-30, on 7a576c5; ids cf001..): people who change things after the plan and keep talking,
		// typed the way people type on Slack or Discord in late 2026 (occupations not in dev50-dev68): fewer or more hours, what-ifs,
		// a start date, the employer paying after all or no longer paying, a course finished ("done with the first one na,
		// regression", "skip the UW ones, i did both of those coursera courses back in uni"), a changed goal, thanks and questions
		// about the plan (40 fluent, 12 second-language, 8 own-language or code-switching); 43/60 when written.
		{"dev69", "testdata/conversations_dev69.yaml", 0.66, true},
		// Written by a helper (2026-12-01, on 6f28080; ids cg001..): a representative mix of learners in an ML study Slack or
		// Discord in late 2026, weighted to questions asked in their own words during and after the interview (cost, how long,
		// worth it, recognition, audit and financial aid, certificate vs degree, expiry, which course first and why, what next,
		// python, maths), in a first post with the facts, instead of an answer, inside an answer and after the plan (occupations
		// not in dev45-dev69; 40 fluent, 12 second-language, 8 own-language or code-switching); 48/60 when written.
		{"dev70", "testdata/conversations_dev70.yaml", 0.78, true},
		// Written by a helper (2026-12-01, on 4d14190; ids ch001..): a representative mix of learners in an ML study Slack or
		// Discord in late 2026, weighted to how people describe their background and goals in everyday words (what they use at
		// work: spreadsheets, SQL, scripts, Power Automate, PLC logic; half-finished courses years ago; a vendor's model they
		// retrain or only see the alerts of; a goal told as a problem at their job, staying, or "eventually move into ...") and to
		// schedules and money said loosely (shifts and rosters, seasons, "whatever's cheapest", reimbursement, a scholarship that
		// may come, a payer not asked yet), occupations not in dev45-dev70 (40 fluent, 12 second-language, 8 own-language or
		// code-switching); 53/60 when written.
		{"dev71", "testdata/conversations_dev71.yaml", 0.86, true},
		// Written by a helper (2026-12-01, on fb3cbf2; ids ci001..): a representative mix of people in an ML study Slack or Discord in
		// late 2026, weighted to how people ask things while being interviewed and right after the plan (cost at their pace, how long,
		// free audit, financial aid, worth it, certificate vs degree, which course first, "can I skip X, I already know Y", "what if I
		// only have 3 hours") and to one fact changed after the plan, said loosely (hours, budget, goal or start), occupations not in
		// dev45-dev71 (40 fluent, 12 second-language, 8 own-language or code-switching); 47/60 when written.
		{"dev72", "testdata/conversations_dev72.yaml", 0.73, true},
		// Written by a helper (2026-12-01, on c01658c; ids cj001..): a representative mix of people in an ML study Slack or Discord in
		// late 2026, weighted to the weeks after the plan (two thirds): a course finished ("update 🔥 finished the regression one last
		// night!!", "done with regression ✅ and half of classification"), being behind, a pause for an exam, a season or a new baby
		// ("my primary exam is in february so i need to pause, back on 1 march"), a new pace or start, aid that came through or did
		// not, what's next and questions about the course they are on, thanks; a third ordinary interviews with one twist (a
		// correction, a question back, an answer to another question), occupations not in dev45-dev72 (40 fluent, 12 second-language,
		// 8 own-language or code-switching); 41/60 when written.
		{"dev73", "testdata/conversations_dev73.yaml", 0.63, true},
		// Written by a helper (2026-12-01, on 9218521; ids ck001..): the median member of an ML study Slack or Discord in late
		// 2026, a representative mix, not chosen hard or easy: money said as amounts and currencies ("can spend maybe ₹2000 a
		// month", "£50 total, that's my limit", "My employer covers training up to $300 a year"), time said as schedules ("lunch
		// breaks 30 min mon-fri, plus sunday morning 2 hours", "2 evenings a week after the kids are in bed"), goals said vaguely
		// then settled, questions mid-interview (cost, audit, aid, worth it, certificate vs degree, maths), and a quarter going on
		// after the plan with one change, one progress report or one question; a third long intros, a third short replies, a
		// third opening with a greeting or a question (occupations not in dev45-dev73; 40 fluent, 12 second-language, 8
		// own-language or code-switching); 53/60 when written.
		{"dev74", "testdata/conversations_dev74.yaml", 0.83, true},
		// Written by a helper (2026-12-01, on 96ea591; ids cl001..): life after the plan, typed the way people type in an ML study
		// Slack or Discord in late 2026. Half go on after the plan with 1-3 messages: a step finished in chat words ("finished the
		// first one!! 🎉", "got my regression certificate today", "tapos na po regression"), part of a course that is not the course
		// ("done with week 1 of regression 😅"), pauses with and without a return date ("going bush for christmas, back jan 11",
		// "pausing till february"), "what's next" in many wordings, changes said casually, questions about their own plan ("how long
		// is the second course for me?", "when would i finish if i do 8 hrs instead?") and chit-chat that is no progress report
		// ("finished my shift lol", "done for today"); the other half a representative mix of interviews (occupations not in
		// dev45-dev74; 48 fluent, 12 second-language or code-switching); 46/60 when written.
		{"dev75", "testdata/conversations_dev75.yaml", 0.71, true},
		// Written by a helper (2026-12-01, on 96ea591; ids cm001..): learners who ask their own questions, in the words of real
		// forum posts: in 40 of 60 the learner asks one or two (worth it, cost a month, audit, how long, maths, what next,
		// recognition, aid per course or for a country, expiry, CPD hours, certificate vs degree, which first, LinkedIn, a Udemy
		// course already paid for, Python first, too old, refund, a free trial, government jobs, two at once, promotion) as the
		// opener, inside the first post, instead of an answer or after the plan, often wrapped in a bit of story; the other 20 a
		// representative mix (occupations and places not in dev45-dev74; 48 fluent, 8 second-language, 4 code-switching); 55/60
		// when written.
		{"dev76", "testdata/conversations_dev76.yaml", 0.86, true},
		// Written by a helper (2026-12-01, on e570adc; ids cn001..): the median member of an ML study Slack or Discord, a
		// representative mix, with the emphasis on people changing and correcting themselves: a fact corrected in the same
		// message or the next ("8 hrs a week over winter, wait no, more like 6", "wait, scratch the aid, the hospital has tuition
		// reimbursement"), facts remembered late ("oh and i actually finished the UW machine learning: regression course"), vague
		// answers settled later ("depends on the week" then "ok say 3"), what-ifs after the plan with a short yes or no ("what if
		// i did 8 ...?" / "ok do that"; "how much if i paid instead?" / "ok do that, i'll pay"), dates said casually ("the monday after
		// new year", "exams end on the 18th, i'll start after that", "first week of February") and a quarter going on after the
		// plan with progress or a question (occupations and places not in dev45-dev76; 48 fluent, 12 second-language or
		// code-switching); 54/60 when written.
		{"dev77", "testdata/conversations_dev77.yaml", 0.85, true},
		// Written by a helper (2026-12-01, on 33b3c59; ids co001..): the first two messages, the way strangers open a chat with a
		// bot in a community Slack or Discord: greetings of every kind (regional, with a place, time or weather, in the learner's
		// language), questions about the bot itself ("is this free to use?", "are you a real person?", "what can this bot actually
		// do?", "who made this bot?", "does this thing keep what i type?"), the job described before any question is answered,
		// and one word or an emoji first; then a representative interview, a quarter going on after the plan (occupations and
		// places not in dev45-dev77; 48 fluent, 12 second-language or code-switching); 59/60 when written.
		{"dev78", "testdata/conversations_dev78.yaml", 0.93, true},
		// Written by a helper (2026-12-01, on d1735f0; ids cp001..): the weeks after the plan, typed the way people type in a study
		// Slack or Discord: two thirds reach a plan and then send 1-3 messages of six kinds in turn, a question about one step of
		// their plan ("is the regression one all videos or is there actual coding in it?", "how long's the classification one gonna
		// take me?"), falling behind or ahead ("only got through week 1 of ML for all", "ahead of schedule lol, finished ML for all
		// already"), life events that move the schedule (a baby, night shift, an exam, a move, Ramadan, harvest, a hospital stay;
		// pauses with and without a return date), hours or budget changed loosely ("now I can do 2 hours more each week", "i'll just
		// audit for now"), a step finished, and questions about the bot or what next ("will you remind me ...?"); the other 20 a
		// representative mix of interviews (occupations and places not in dev45-dev78; 48 fluent, 12 second-language or
		// code-switching); 49/60 when written.
		{"dev79", "testdata/conversations_dev79.yaml", 0.79, true},
		// Written by a helper (2026-12-01, on d1735f0; ids cq001..): the median member of an ML study Slack or Discord in late
		// 2026, a representative mix, neither hard nor easy, as a stranger would write it: ages 17 to 70, lowercase, "hrs", "tbh",
		// emoji, typos, voice-to-text run-ons and replies split over two lines, in the three shapes by id mod 3; backgrounds as
		// people describe them ("i can read python but not really write it", "did a bit of matlab in uni", SQL at work, a bootcamp
		// years ago), goals in everyday words (a job title, a task at work, curiosity, a promotion, a research lab), hours and money
		// said loosely ("evenings mostly, maybe 4-5", "whatever's cheapest", "my employer has a training budget"); a quarter ask a
		// question of their own (cost, worth it, audit, aid, expiry, certificate vs degree) and a quarter go on after the plan
		// (occupations and places not in dev45-dev78; 48 fluent, 12 second-language or code-switching); 55/60 when written.
		{"dev80", "testdata/conversations_dev80.yaml", 0.89, true},
		// Written by a helper (2026-12-01, on a1cf3e1; ids cr001..): a representative mix of an ML study Slack or Discord in late
		// 2026, neither hard nor easy, with the emphasis on goals and jobs said in everyday words: a task at the learner's own job or
		// business ("figure out how many bags to order each season", "spot them before they call" to cancel, "know which machines are
		// gonna break before they do"), a career move ("get into data analytics, like as an actual job", "move to the AI team here,
		// they're building the models", "switch to ML engineering properly"), curiosity, a research lab, a promotion, a side shop,
		// parents asking for a child; jobs described as what people do all day, in the three shapes by id mod 3; a quarter ask a
		// question of their own and a quarter go on after the plan (a step finished, a what-if, a pause with a return date, fewer
		// hours, a payer after all, a new goal, a start date) (occupations and places not in dev45-dev80 or fresh30-fresh38; 48
		// fluent, 12 second-language or code-switching); 51/60 when written.
		{"dev81", "testdata/conversations_dev81.yaml", 0.83, true},
		// Written by a helper (2026-12-01, on 16e5d7a; ids cs001..): a representative mix of an ML study Slack or Discord in late
		// 2026, neither hard nor easy, half of it in second-language English or code-switching (Hinglish, Taglish, Manglish,
		// Singlish, Spanglish, Spanish, Portuguese, French, German, Italian, Romanian, Polish, Turkish, Indonesian, Swahili,
		// Arabizi, Korean, Vietnamese mixed with English), with the learners' own words for "again", "from", "pause", "my boss
		// pays", "only Excel", "I want to understand", "staying at my company", and hours, dates and money in their language; in
		// the three shapes by id mod 3; a quarter ask a question of their own (cost, worth it, how long, audit, aid, expiry,
		// certificate vs degree, age, laptop) and a quarter go on after the plan (a step finished, a week of a step, pauses with a
		// return date, what-ifs, more hours from January, a payer after all, a question about the plan) (occupations and places
		// not in dev45-dev81 or fresh30-fresh39; 30 fluent, 30 second-language or code-switching); 48/60 when written.
		{"dev82", "testdata/conversations_dev82.yaml", 0.78, true},
		// Written by a helper (2026-12-01, on 53a21ad; ids ct001..): a representative mix of an ML study Slack or Discord in late
		// 2026, neither hard nor easy, with the emphasis on the learners' own questions: half of the set (the even ids, 40
		// questions) asks in forum wording whether the certificate is worth it, how long the specialization takes, whether one
		// can still audit, how long financial aid takes, whether certificates expire, certificate or masters, which course
		// first, what after Andrew Ng's course, how much maths, how much Coursera Plus costs, before the interview, inside a
		// first post, beside or instead of an answer, or after the plan ("how long will the 2nd one take me?", "can i skip
		// regression ...?", "what if i only do 3 hrs a week?", "is it worth paying for the cert tho?"); the other half a normal
		// mix, 8 going on after the plan (a step finished, a pause with a return date, fewer or more hours, a payer after all);
		// in the three shapes by id mod 3 (occupations and places in no earlier file; 45 fluent, 15 second-language or
		// code-switching); 55/60 when written.
		{"dev83", "testdata/conversations_dev83.yaml", 0.85, true},
		// Written by a helper (2026-12-01, on 02cc769; ids cu001..): a representative mix of an ML study Slack or Discord in late
		// 2026, neither hard nor easy, with the emphasis on what learners say and ask after they got their plan: half of the set
		// (the even ids, 51 messages) goes on after the plan in study-thread wording, 20 changing the profile (a step finished,
		// "finished the first one", pauses with a return date incl. "taking a break until january", more or fewer hours, what-ifs
		// taken or not, a payer after all, aid got after "free for now", a new goal) and 10 only asking about the plan or
		// reporting a week of a course ("can i swap the order", "do i really need the second course", "how long will the rest take
		// me", "what does the third one cover", "is there something after this", "stuck on the gradient descent assignment");
		// the other half a normal mix, 8 asking a question of their own during the interview; in the three shapes by id mod 3
		// (occupations and places in no earlier file; 45 fluent, 15 second-language or code-switching); 52/60 when written.
		{"dev84", "testdata/conversations_dev84.yaml", 0.80, true},
		// Written by a helper (2026-12-01, on abf41a9; ids cv001..): a representative mix of an ML study Slack or Discord in late
		// 2026, neither hard nor easy, with the emphasis on how people answer the interview's questions indirectly: backgrounds
		// told as stories ("did a coding bootcamp in 2020 ... haven't touched it since", "i automated the whole invoice check with
		// VBA", "i tweak the power bi dashboards our analyst built", "took CS50 ... bailed at week 4"), ML as things touched ("played
		// with the chatgpt api once", "the fast.ai lesson 1 notebook", "the analyst built a model ... no idea how it works"), goals
		// as wishes or complaints ("tired of being the excel guy", "want to get onto the AI team at head office", "my boss wants
		// someone who actually gets this AI stuff"), hours as schedules ("an hour, most nights", "sundays mostly", "2 lunch breaks a
		// week"), budget as circumstances ("rent's due lol", "work has a learning stipend", "$50 a month max"), and replies that
		// answer two things at once or correct an earlier one; 15 asking their own question, 15 going on after the plan; in the
		// three shapes by id mod 3 (occupations and places in no earlier file; 40 fluent, 20 second-language or code-switching);
		// 47/60 when written.
		{"dev85", "testdata/conversations_dev85.yaml", 0.71, true},
		// Written by a helper (2026-12-01, on fb612eb; ids cw001..): a representative mix of an ML study Slack or Discord in late
		// 2026, neither hard nor easy, with the emphasis on learners who ask their own questions during the interview and after
		// the plan, in their own words: the cost ("wait how much is coursera per month?"), calculus, whether the cert is worth it
		// with no degree, two at once, the easiest course, what-ifs ("what if i only do 3 hrs a week, is that ok?"), questions in
		// the same message as an answer ("6 hrs a week. is that enough to finish by summer?"), and follow-ups after the plan (skip
		// a course, as a question or with a course already done, fewer hours, pauses with a return date, what after, the cost to
		// the end, a payer after all, a new goal); 28 asking at least one question, the rest ordinary interviews with indirect
		// answers, corrections and one-word replies; in the three shapes by id mod 3 (places in no earlier file; 40 fluent, 20
		// second-language or code-switching); 48/60 when written.
		{"dev86", "testdata/conversations_dev86.yaml", 0.73, true},
		// Written by a helper (2026-12-01, on 2bf5166; ids cx001..): a representative mix of an ML study Slack or Discord in late
		// 2026, neither hard nor easy, with the emphasis on what people say after the plan and on schedules: 31 conversations go
		// on after the plan over the following days and weeks (what-ifs taken or not, "ok make it 3", "fine, 2 then"; pauses
		// with a return date, "off for deer season, back dec 14", "Vuelvo el 2 de febrero"; a step finished, "regression done!!
		// what's next", "Terminé el primero"; a step half done; a payer after all, aid refused, a scholarship got and lost, a
		// budget frozen; a new goal; "when do i finish now?", "how much will it cost in total?"), and hours given as day ranges
		// and routines in several languages ("mon to sat, an hour after supper", "Lunes a viernes media hora", "평일 점심에
		// 30분씩"); in the three shapes by id mod 3 (40 fluent, 20 second-language or code-switching); 45/60 when written.
		{"dev87", "testdata/conversations_dev87.yaml", 0.68, true},
		// Written by a helper (2026-12-01, on 31d385f; ids cy001..): a representative mix of an ML study Slack or Discord in late
		// 2026, neither hard nor easy, with the emphasis on how people hedge and answer late or sideways: uncertain answers ("idk
		// maybe 5 hrs a week?", "kinda?", "hmm not really? i watched a youtube series on machine learning"), answers that negate
		// ("not really no", "zero ML, zero", "no budget at all lol"), answers to an earlier question after the bot moved on ("oh and
		// zero ML too, forgot to say"), two facts in one reply ("python yes, a bit, for the scale tickets. ml no"), reasons and
		// stories attached, changes of mind mid-message ("4 hrs a week, actually make it 3"), and 17 conversations going on after
		// the plan (what-ifs taken or not, a step finished, a pause or a start with a date, questions about the plan's end or cost);
		// in the three shapes by id mod 3 (occupations and places in no earlier file; 40 fluent, 20 second-language or
		// code-switching); 49/60 when written.
		{"dev88", "testdata/conversations_dev88.yaml", 0.75, true},
		// Written by a helper (2026-12-01, on f88a258; ids cz001..): a representative mix of an ML study Slack or Discord in late
		// 2026, neither hard nor easy, with the emphasis on people who already know something: working programmers in their trade's
		// words ("go and python every day, 8 yrs ... it's the job", "programmer is literally my title lol"), analysts and scientists
		// who script daily but are "not a dev", people who built models ("never went past my laptop") or run them in production
		// ("i own the ranking model in production, retrain it weekly"), courses of the six finished before ("the michigan applied ML
		// in python course ... with the cert", "the deeplearning.ai deep learning specialization, all 5 courses"), switches between
		// data scientist, ML engineer, MLOps and research, and 17 going on after the plan (a finished course skipped, skips asked
		// for, a step finished, what-ifs on hours, a payer after all, a new goal); in the three shapes by id mod 3 (occupations and
		// places in no earlier file; 40 fluent, 20 second-language, code-switching or own language); 42/60 when written.
		{"dev89", "testdata/conversations_dev89.yaml", 0.63, true},
		// Written by a helper (2026-12-01, on 494cc66; ids da001..): an ML study Slack or Discord in late 2026 where people ask
		// things while being interviewed: in 50 of the 60 conversations the learner asks a question of their own before the plan,
		// instead of an answer or inside one ("wait can i just audit these for free?", "i can pay but what does it cost per
		// month?", "4 hrs a week. is that even enough to get hired tho?", "do these certificates expire tho?", "how much math do i
		// actually need?", "which one of these is the hardest?", "does financial aid take long to come through?", "is a certificate
		// worth anything next to a real degree?"), and the interview goes on; also several slots in one message, facts told late
		// ("oh and i did the kaggle intro to ML course last winter, forgot"), changed answers ("6 hrs a week, no wait 4") and 4
		// going on after the plan; beginners and people who know things, every goal; in the three shapes by id mod 3 (occupations
		// and places in no earlier file; 40 fluent, 20 second-language, code-switching or own language); 55/60 when written.
		{"dev90", "testdata/conversations_dev90.yaml", 0.85, true},
		// Written by a helper (2026-12-01, on 57eda50; ids db001..): people in an ML study Slack or Discord in late 2026 who
		// answer sideways: programming and ML told as stories ("i copy-paste pandas from stackoverflow until it works", "my
		// manager keeps forwarding me ML articles and i nod along"), hours as schedules ("tuesdays and thursdays after the kids
		// are down, like 9 to 10:30", "4 on 4 off, 12s, so on my off days maybe 2 hrs each", "40 min each way on the bus, mon to
		// fri"), budgets as situations ("my uni gives us coursera", "between jobs", "a training card, capped at $500 a year"),
		// goals as complaints or wishes ("tired of being the person who just makes the dashboards", "want to stop guessing which
		// gearbox goes next"), answers to a different question than the one asked, and 15 going on after the plan (a step
		// finished in the learner's words, what-ifs, a new pace after a life change, a payer after all, questions about the
		// plan); every background and goal; in the three shapes by id mod 3 (occupations and places in no earlier file; 40
		// fluent, 20 second-language, code-switching or own language); 37/60 when written.
		{"dev91", "testdata/conversations_dev91.yaml", 0.55, true},
		// Written by a helper (2026-12-02, on fbd4e1f; ids dc001..): people in an ML study Slack or Discord who type in bursts:
		// one answer split over several short messages ("i do a bit of python" / "for the lab reports" / "like every week. not a
		// dev tho", "java dev" / "5 yrs" / "IT dept at the mine in luanshya", "like an hour" / "tues n thurs"), fragments that
		// qualify or take back the line before ("no coding" / "well" / "i can do vlookups lol" / "so no", "coding: some python" /
		// "well" / "not really tho. did a course in 2019 n forgot all of it", "company pays" / "well" / "they said half" / "i'll pay
		// the other half"), typo fixes and next-line corrections ("*5 hrs. fat thumbs lol", "3 hrs a week" / "wait" / "*4, forgot
		// saturdays", "do ore el sabo" / "no, tre"), reactions between answers ("ok", "hmm", "lol", "ty 👍", "bear with me 😅"),
		// chat abbreviations and typos, answers to an earlier question after the bot moved on ("free" / "oh" / "hours" / "like 3 a
		// week"), and 17 going on after the plan (a step finished, what-ifs, a new pace, a payer after all, questions about the
		// plan); every background and goal; in the three shapes by id mod 3 (occupations and places in no earlier file; 40
		// fluent, 20 in the learner's own language, a dialect or code-switching); 37/60 when written.
		{"dev92", "testdata/conversations_dev92.yaml", 0.55, true},
		// Written by a helper (2026-12-02, on 728d514; ids dd001..): a second batch of people in an ML study Discord who type in
		// bursts, other people than dev92's: one answer spread over several short messages ("python" / "arcpy mostly" / "every
		// week, i'm not a dev tho", "coding" / "none really" / "i can read the PLC logic on the panels but i don't write it"),
		// context lines before or between answers ("teton side lol", "sorry typing on my phone between customers", "it's 3am so
		// bear with me", "brb kid" / "ok back"), fragments that fix or extend the line before ("2 hrs tues" / "2 hrs thurs", "i can
		// do fri n sat, 2 hrs each" / "and sunday 1", "5 hours a week" / "oh wait" / "4, weekends are for my kids", "oh and i did
		// that free elements of AI course last winter, forgot", and after the plan "*8 hrs, i forgot the weekend mornings"),
		// reactions ("ty", "ok cool", "👍", "cheers", "ta"), and 14 going on after the plan (steps finished, what-ifs, a new
		// pace, a payer after all, questions about the plan); every background and goal; in the three shapes by id mod 3
		// (occupations and places in no earlier file; 40 fluent, 20 in the learner's own language or a dialect); 27/60 when
		// written.
		{"dev93", "testdata/conversations_dev93.yaml", 0.38, true},
		// Written by a helper (2026-12-02, on 267504e; ids de001..): learners in a study Slack in December 2026 who come back
		// after the plan, 40 of 60 with a short interview and most of the talk after it: steps finished ("wrapped up ML for all
		// last night!! 🎉", "regression done ✅ mostly review but the ridge stuff was new", "Mo'nn fini ML for All! Ki apre?"),
		// progress that finishes nothing ("halfway through regression, week 3 😅", "did about 10 hrs on structuring so far"),
		// life changes ("baby came early 😅 ... make it 2 a week for now", "new job at the substation in january, shift work.
		// make it 3 a week", "exams for my DNP till mid january 😩 i'll start jan 18"), what-ifs ("what if i only do 2 hrs over
		// xmas?" / "nah keep 4"), a payer found or lost ("boss said the feedlot will pay!!", "the paper won't pay after all, so
		// free"), questions about the plan ("what's next after this one?", "can i do two at once?") and corrections ("actually i
		// do write a bit of python for the crossing logs every week, forgot"); every background and goal; in the three shapes by
		// id mod 3 (places and occupations in no earlier file; 40 fluent, 20 in the learner's own language or code-switching);
		// 38/60 when written.
		{"dev94", "testdata/conversations_dev94.yaml", 0.56, true},
		// Written by a helper (2026-12-02, on f6a9bcd; ids df001..): learners in a study Slack in December 2026 who ask questions
		// during the interview, 40 of 60 with one or two among their facts: before any fact ("before i start, is any of this free?",
		// "quick one first: can i do all of this on my phone? i don't have a laptop"), inside a fact line ("3 hrs a week. is that
		// even enough for this?", "Financial aid. Is it available in India?", "Ma custu certificadu iscadit? Gratis, pro
		// piaghere."), alone with the fact in a later line ("how much is it a month if i pay? roughly" / "ok fine i'll pay", "wait can
		// i just watch the videos free or do i gotta pay" / "ok free then", "is 3 hrs a week even enough for that lol" / "eh it's what
		// i've got, 3", "How much maths is in this? I stopped maths at Form 5", "Igiciro ni angahe ku kwezi?") and after the plan
		// ("do these certs expire?", "how long will all of that take me at 3 a week?", "anything in here on LLMs?"), some about things
		// the guide does not say (downloading the videos, a Canada PR application, government jobs); every background and goal; in
		// the three shapes by id mod 3 (places and occupations in no earlier file; 40 fluent, 20 in the learner's own language or
		// code-switching); 44/60 when written.
		{"dev95", "testdata/conversations_dev95.yaml", 0.66, true},
		// Written by a helper (2026-12-02, on f3312ff; ids dg001..): unsure learners in a December 2026 study Slack or Discord who
		// say they do not know yet and settle it a line or two later, 40 of 60 with a hedge among their facts: programming asked
		// back ("programming, does excel count? i do all the orders in it" / "ok so none", "programming: i did a udemy thing once,
		// does that count?" / "it was python, got about halfway. i still mess with it for our tonnage sheets"), goals not known
		// yet ("goal... not sure tbh" / "ok data scientist", "ML engineer or mlops, idk, what would you pick?" / "eh ML engineer",
		// "between data science and mlops honestly" / "ok mlops", "goal... whatever you think really"), hours as ranges or moods
		// ("somewhere between 3 and 6 depending on the season" / "eh put me down for 4", "depends on the week" / "call it 5"),
		// money not decided ("my boss might pay, not sure yet" / "update: boss says they'll cover it", "maybe free? or i could pay
		// if it's worth it" / "ah free for now"), and 20 whose answers hedge and settle in one line ("2 maybe 3, say 2", "hmm,
		// idk... 1? just understanding it", "the shire might pay, not sure yet... nah just put financial aid"); every background
		// and goal; in the three shapes by id mod 3 (places and occupations in no earlier file; 40 fluent, 20 in the learner's
		// own language or code-switching); 38/60 when written.
		{"dev96", "testdata/conversations_dev96.yaml", 0.56, true},
		// Written by a helper (2026-12-02, on fbb99ef; ids dh001..): people who change their minds in a December 2026 study Slack or
		// Discord, 40 of 60 correcting a fact in a later line or later in the same post, most after the plan: hours ("8 hrs a week,
		// no wait, 6", "Sorry, I meant 6 hours not 8", "actually make that 3", "hmm that runs well into next year at 4. can i do 6 a
		// week instead?"), money after the cost or on second thought ("ok that's more than i thought ... i'll apply for the
		// financial aid instead", "on second thought, free is fine", "sorry, correction: the department pays"), goals after the
		// plan ("honestly can I just learn to understand it instead?", "actually scratch ml engineer, mlops suits me more"),
		// programming and ML remembered ("actually wait, that's not true, i do write little python scripts", "oh and i did take
		// andrew ng's course a couple winters back", "oh and i did finish the UW regression one on coursera in 2024"), and 20 whose
		// answers correct themselves in one line ("5. wait no, 4, sundays is church", "14. sorry i meant 4, not 14 lol", "Research...
		// no sorry, data scientist"); every background and goal; in the three shapes by id mod 3 (places and occupations in no
		// earlier file; 40 fluent, 20 in the learner's own language or code-switching); 33/60 when written.
		{"dev97", "testdata/conversations_dev97.yaml", 0.48, true},
		// Written by a helper (2026-12-02, on e237b25; ids di001..): terse learners in a December 2026 study Slack or Discord, 40 of
		// 60 typing in chat shorthand ("code: a lil py, use it most wks for the moisture logs. not a dev", "c# dev 10 yrs b4", "ml
		// n/a", "code? nah", "goal: ds, data scientist", "goal ml eng", "~3h/wk", "2-3h a wk. say 3", "$0", "0 budget", "fin aid",
		// "work pays", "boss pays", "self-funded", "k ty", "tyy"), bursts of one fact a line or one terse first post, and 20 in
		// ordinary fuller sentences; every background and goal; in the three shapes by id mod 3 (places and occupations in no
		// earlier file; 40 fluent, 20 in the learner's own language or code-switching); 46/60 when written.
		{"dev98", "testdata/conversations_dev98.yaml", 0.70, true},
		// Written by a helper (2026-12-02, on a6f6f50; ids dj001..): people who reply to the bot's numbered options in their own
		// way in a December 2026 study Slack or Discord, 40 of 60 answering some questions by number or by the option's idea ("#1
		// for now", "2, mostly sql", "the second one", "last one", "the fill a gap one", "5 i think? predict rice yield per
		// barangay", "between 1 and 2 honestly, so 1", "3. wait no 4, mlops", "none of those really... i just want to predict when the
		// river's too low", "8" to the hours question; the words said last win), after a first post or bursts that leave facts out,
		// and 20 in ordinary answers; every background and goal; in the three shapes by id mod 3 (places and occupations in no
		// earlier file; 40 fluent, 20 in the learner's own language or code-switching); 46/60 when written.
		{"dev99", "testdata/conversations_dev99.yaml", 0.70, true},
		// Written by a helper (2026-12-02, on 40cac7e; ids dk001..): learners typing on their phones in a December 2026 study Slack
		// or Discord, 40 of 60 with the slips phones leave ("programing", "pyhton", "mahcine learning", "finacial aid", "hrs a weak",
		// "a little python's", "one course era course", "goal mlpos", "ill just audio the courses" / "*audit", "i want to be a" /
		// "data scientist. long term like", "40 hrs a week" / "*4 hrs not 40 haha", no punctuation, double spaces, a word repeated),
		// every fact still plain to a careful reader, and 20 typed cleanly; every background and goal; in the three shapes by id
		// mod 3 (places and occupations in no earlier file; 40 fluent, 20 in the learner's own language or code-switching); 58/60
		// when written.
		{"dev100", "testdata/conversations_dev100.yaml", 0.90, true},
		// Written by a helper (2026-12-02, on e283a94; ids dl001..): people who ask for someone else in a December 2026 study Slack
		// or Discord, 40 of 60 giving another person's facts ("asking for my son. he's 17, does a bit of python at school", "posting
		// for one of my analysts", "she writes SQL all day", "i'm a developer myself (backend, 10 yrs) but this is for her, she's never
		// coded", "i'll pay for it", "the company will cover her"; labels are the learner's, the writer paying is paid), and 20 asking
		// for themselves; every background and goal; in the three shapes by id mod 3 (places in no earlier file; 40 fluent, 20 in the
		// learner's own language or code-switching); 52/60 when written.
		{"dev101", "testdata/conversations_dev101.yaml", 0.80, true},
		// Written by a helper (2026-12-02, on 3cd1fd5; ids dm001..): people who correct or qualify what they said in a December 2026
		// study Slack or Discord, 40 of 60 changing or narrowing a fact in a message or a later one ("3 hrs a week, no wait, more like
		// 5", "*6 hrs not 8", "free... actually scratch that, the coop board said they'd pay", "data scientist... well, really i just
		// want to understand it for my job", "none. no wait, i write R for the catch data every week") or with old experience ("did a
		// python course in 2019, haven't touched it since", "used to code in the 90s, cobol at a bank in elko, forgot it all"; the
		// fact said last wins, forgotten programming is none, rusty but still used is some), and 20 answering plainly; every
		// background and goal; in the three shapes by id mod 3 (places in no earlier file; 40 fluent, 20 in the learner's own
		// language or code-switching); 49/60 when written.
		{"dev102", "testdata/conversations_dev102.yaml", 0.75, true},
		// dev103: written by a helper 2026-12-02 on 3cd1fd5, ids dn001..dn060: people who ask questions while they
		// answer ("does SQL count as programming?", "can i watch for free first?", "how much would it be if i paid instead?",
		// "what if i could do 6 hrs? ... make it 6"); 50/60 when written.
		{"dev103", "testdata/conversations_dev103.yaml", 0.76, true},
		// dev104: written by a helper 2026-12-02 on 9e40124, ids do001..do060: people who describe their background by
		// their job or daily tasks ("QA tester ... i write selenium scripts in python", "i'm the excel guy at a rug wholesaler",
		// "support engineer ... mostly bash and reading logs", "i maintain our inflow forecasting model in prod"); 55/60 when written.
		{"dev104", "testdata/conversations_dev104.yaml", 0.85, true},
		// dev105: written by a helper 2026-12-02 on 9e40124, ids dp001..dp060: people who keep talking after the plan, 40 of 60
		// with a last line after the plan that changes a fact or asks something ("actually can only do 2 hrs, we just had a baby",
		// "hmm make it free actually, money's tight this month", "can we switch the goal to mlops?", "wait i forgot, i did andrew
		// ng's ML course already", "my boss at the lodge just said they will pay"; expect is the final profile), 20 only answering;
		// 48/60 when written.
		{"dev105", "testdata/conversations_dev105.yaml", 0.73, true},
		// dev106: written by a helper 2026-12-02 on addbd12, ids dq001..dq060: people whose messages hold numbers that are not
		// their study hours, 40 of 60 with ages, years, shifts, counts, prices, dates or versions next to the facts ("i'm 29, 4 on
		// 4 off at the rail yard ... 12 hour shifts", "night nurse ... 3x12s", "2 kids under 5", "i earn 600 a week", "did 2
		// coursera courses", "python 3, a bit, most weeks", "starting jan 6 if i can"), 20 with no such numbers; 58/60 when written.
		{"dev106", "testdata/conversations_dev106.yaml", 0.90, true},
		// dev107: written by a helper 2026-12-02 on addbd12, ids dr001..dr060: people who are unsure or vague at first, 40 of 60
		// answer one slot vaguely or ask what the bot means, then settle ("goal... honestly not sure yet", "hours depends on the
		// week", "ML? kinda? i watched some videos", "what do you mean by goal? like a job?", "idk... maybe 4"); 47/60 when written.
		{"dev107", "testdata/conversations_dev107.yaml", 0.71, true},
		// dev108: written by a helper 2026-12-02 on f20b362, ids ds001..ds060: people who write long, rambling first posts full
		// of story, 40 of 60 with 80 to 200 words of life story, other people's jobs and skills and past attempts around the
		// learner's own facts ("my husband is a software guy ... codes all day", "my little brother is a data scientist", "my
		// buddy ... does MLOps", "tried a youtube series in 2023 and it lost me", "is 52 too old for this?"), 20 answering
		// plainly; 56/60 when written.
		{"dev108", "testdata/conversations_dev108.yaml", 0.86, true},
		// dev109: written by a helper 2026-12-02 on f20b362, ids dt001..dt060: people who format their messages, 40 of 60 use
		// bullets, labels, markdown, emoji or copied templates ("prog: none", "ML - none", "hrs/wk: 5", "**goal:** ML engineer",
		// "coding? ❌", "1. i sell tickets for the ferry 2. no coding ...", "Background: ... Experience: ... Budget:"); 56/60 when written.
		{"dev109", "testdata/conversations_dev109.yaml", 0.86, true},
		// dev110: written by a helper 2026-12-02 on 72c56f6, ids du001..du060: people who describe their goal by a story, a job
		// title or a wish, 40 of 60 ("i just want to stop nodding along when the data team talks", "my manager wants someone on
		// our team who can build the churn model", "thinking ML engineer? or whatever ...", "want to do research one day, maybe a
		// phd", "honestly just curious how chatgpt works", "not trying to become a developer"); 52/60 when written.
		{"dev110", "testdata/conversations_dev110.yaml", 0.80, true},
		// dev111: written by a helper 2026-12-02 on 72c56f6, ids dv001..dv060: people with adjacent or ambiguous experience, 40
		// of 60 ("R and Stata every day ... never anything anyone would call machine learning", "not real coding, just SQL", "I use
		// chatgpt daily ... basically an AI engineer", "built a chatbot with langchain and the openai api", "copied a few kaggle
		// notebooks", "MATLAB every day", "PLC ladder logic", "did a bit of ML at uni years ago"); 47/60 when written.
		{"dev111", "testdata/conversations_dev111.yaml", 0.71, true},
		// dev112: written by a helper 2026-12-02 on 72c56f6, ids dw001..dw060: people at either end of working life, 40 of 60
		// teenagers and students, retirees and parents back to work after years at home, giving hours, budgets and goals in their
		// own words ("i have exams till june", "1hr a day after school, weekdays", "my mom said she'd pay", "I'm 67 ... is it too
		// late?", "on a pension so free please", "my grandkids got me curious about AI"), 20 answering plainly; 51/60 when written.
		{"dev112", "testdata/conversations_dev112.yaml", 0.78, true},
		// dev113: written by a helper 2026-12-02 on 2584130, ids dx001..dx060: people who answer the bot's confirmations and
		// options in their own way, 40 of 60 with hedged first answers ("kinda some python i guess", "maybe 4ish", "probably
		// free?", "a bit of ML? watched stuff") and their own confirmation replies ("yep", "ya but more like 6 hrs", "not
		// exactly, i did one course", "no i meant per day", "hmm no, none really", "thats right but i might pay later"); 51/60
		// when written.
		{"dev113", "testdata/conversations_dev113.yaml", 0.78, true},
		// dev114: written by a helper 2026-12-02 on 2584130, ids dy001..dy060: people who steer the conversation, 40 of 60 ask
		// for help or what the bot can do, restart, go back and fix one answer, skip a question or ask to see their answers
		// ("what can you do?", "what do you need from me?", "start over", "reset", "wait go back, i meant some python", "change my
		// budget to aid", "scratch the last one", "undo that", "skip", "next q", "ask me later", "what have i told you so far?",
		// "show my answers"), 20 answering plainly; 52/60 when written.
		{"dev114", "testdata/conversations_dev114.yaml", 0.80, true},
		// dev115: written by a helper 2026-12-02 on e099b5f, ids dz001..dz060: people who say when they can start, 40 of 60
		// ("i'll start from jan 5", "next monday", "after new year, jan 4", "i start a new job in feb so march it is, march 1",
		// "mid january when the kids are back at school, the 18th", "in two weeks", "straight away") or name a busy period that is
		// no start, 20 answering plainly; 44/60 when written.
		{"dev115", "testdata/conversations_dev115.yaml", 0.66, true},
		// dev116: written by a helper 2026-12-02 on e099b5f, ids ea001..ea030 (30, not 60: time ran short): people whose budget
		// is complicated (reimbursed after passing, half paid, a fixed total, aid applied for, a voucher, a parent paying, a uni's
		// coursera); 28/30 when written.
		{"dev116", "testdata/conversations_dev116.yaml", 0.80, true},
		{"held-out", "testdata/conversations_heldout.yaml", 0.89, false},
		// Written by a helper from real posts' styles after dev2 was
		// tuned on (2026-11-29): report-only, never inspected.
		{"fresh", "testdata/conversations_fresh.yaml", 0.85, false},
		// A second fresh set (2026-11-29, after dev3 was tuned on; ids
		// k001..): report-only, never inspected.
		{"fresh2", "testdata/conversations_fresh2.yaml", 0.64, false},
		// A third (2026-11-29, after dev4 and dev5 were written; ids
		// r001..; 28/60 when written): report-only, never inspected.
		{"fresh3", "testdata/conversations_fresh3.yaml", 0.63, false},
		// A fourth (2026-11-29, after dev7 and dev8 were written and
		// partly tuned on; ids x001..; 45/60 when written): report-only,
		// never inspected.
		{"fresh4", "testdata/conversations_fresh4.yaml", 0.80, false},
		// A fifth (2026-11-29, after dev16 and dev17 were written and
		// tuned on; ids fv001..; 50/60 when written on 97941c3): a
		// representative mix, report-only, never inspected.
		{"fresh5", "testdata/conversations_fresh5.yaml", 0.85, false},
		// A sixth (2026-11-29 late, after dev16–dev20 were tuned on; ids
		// fw001..; 50/60 when written on 22493db): report-only, never
		// inspected.
		{"fresh6", "testdata/conversations_fresh6.yaml", 0.80, false},
		// A seventh (2026-11-30, second session, written by a helper at
		// b0d1389 after dev21–dev24 were tuned on; ids fx001..):
		// report-only, never inspected; 42/60 when written.
		{"fresh7", "testdata/conversations_fresh7.yaml", 0.68, false},
		// An eighth (2026-11-30, written by a helper late in the second
		// session, after dev21–dev27 were tuned on; ids fy001..):
		// report-only, never inspected; 54/60 when written.
		{"fresh8", "testdata/conversations_fresh8.yaml", 0.86, false},
		// A ninth (2026-11-30, third session, written by a helper at
		// 139a9e8; ids fz001..): report-only, never inspected; 48/60 when
		// written.
		{"fresh9", "testdata/conversations_fresh9.yaml", 0.77, false},
		// A tenth (2026-11-30, third session, written by a helper at
		// 06dc29c after dev29 and dev30 were tuned on; ids ga001..):
		// report-only, never inspected; 49/60 when written.
		{"fresh10", "testdata/conversations_fresh10.yaml", 0.78, false},
		// An eleventh (2026-11-30, fourth session, written by a helper at
		// 0171d01; ids gb001..): report-only, never inspected; 50/60 when
		// written.
		{"fresh11", "testdata/conversations_fresh11.yaml", 0.80, false},
		// A twelfth (2026-11-30, fourth session, written by a helper at
		// c3492ed after dev32–dev35 were tuned on; ids gc001..):
		// report-only, never inspected; 55/60 when written.
		{"fresh12", "testdata/conversations_fresh12.yaml", 0.88, false},
		// A thirteenth (2026-11-30, fifth session, written by a helper at bd41d8d; ids gd001..): report-only, never inspected; 43/60 when written.
		{"fresh13", "testdata/conversations_fresh13.yaml", 0.63, false},
		// A fourteenth (2026-11-30, sixth session, written by a helper at 28feeed; ids ge001..): report-only, never inspected; 47/60 when written.
		{"fresh14", "testdata/conversations_fresh14.yaml", 0.73, false},
		// A fifteenth (2026-11-30, sixth session, written by a helper at 673c914 late in the session, after dev38–dev40 were tuned on; ids gf001..): report-only, never inspected; 54/60 when written.
		{"fresh15", "testdata/conversations_fresh15.yaml", 0.85, false},
		// A sixteenth (2026-11-30, seventh session, written by a helper at 8b7c6a1 at the session's start; ids gg001..): report-only, never inspected; 54/60 when written.
		{"fresh16", "testdata/conversations_fresh16.yaml", 0.85, false},
		// A seventeenth (2026-11-30, seventh session, written by a helper at 0d7233d after dev41 was tuned on; ids gh001..): report-only, never inspected; 52/60 when written.
		{"fresh17", "testdata/conversations_fresh17.yaml", 0.85, false},
		// An eighteenth (2026-11-30, seventh session, written by a helper at e35b666 late in the session, after dev42 and dev43 were tuned on; ids gi001..): report-only, never inspected; 52/60 when written.
		{"fresh18", "testdata/conversations_fresh18.yaml", 0.80, false},
		// A nineteenth (2026-11-30, eighth session, written by a helper at d10aff8; ids gj001..): report-only, never inspected; 52/60 when written.
		{"fresh19", "testdata/conversations_fresh19.yaml", 0.81, false},
		// A twentieth (2026-11-30, eighth session, written by a helper at e0a0a06; ids gk001..): report-only, never inspected; 49/60 when written.
		{"fresh20", "testdata/conversations_fresh20.yaml", 0.76, false},
		// A twenty-first (2026-11-30, eighth session, written by a helper at c5389ac; ids gl001..): report-only, never inspected; 51/60 when written.
		{"fresh21", "testdata/conversations_fresh21.yaml", 0.80, false},
		// A twenty-second (2026-11-30, eighth session, written by a helper at d6d25f9 late in the session; ids gm001..): report-only, never inspected; 51/60 when written.
		{"fresh22", "testdata/conversations_fresh22.yaml", 0.80, false},
		// A twenty-third (2026-11-30, eighth session, written by a helper at 5ee41d2 late in the session; ids gn001..): report-only, never inspected; 57/60 when written.
		{"fresh23", "testdata/conversations_fresh23.yaml", 0.90, false},
		// A twenty-fourth (2026-11-30, ninth session, written by a helper at b53967a; ids go001..): report-only, never inspected; 52/60 when written.
		{"fresh24", "testdata/conversations_fresh24.yaml", 0.81, false},
		// A twenty-fifth (2026-11-30, ninth session, written by a helper at 69bb905 late in the session; ids gp001..): report-only, never inspected; 55/60 when written.
		{"fresh25", "testdata/conversations_fresh25.yaml", 0.86, false},
		// A twenty-sixth (2026-11-30, ninth session, written by a helper at a79ed27; ids gq001..): report-only, never inspected; 55/60 when written.
		{"fresh26", "testdata/conversations_fresh26.yaml", 0.86, false},
		// A twenty-seventh (2026-11-30, eleventh session, written by a helper at 8494233; ids gr001..): report-only, never inspected; 56/60 when written.
		{"fresh27", "testdata/conversations_fresh27.yaml", 0.88, false},
		// A twenty-eighth (2026-11-30, eleventh session, written by a helper at 0593e8d; ids gs001..): report-only, never inspected; 52/60 when written.
		{"fresh28", "testdata/conversations_fresh28.yaml", 0.81, false},
		// A twenty-ninth (2026-11-30, eleventh session, written by a helper at e78fe5d; ids gt001..): report-only, never inspected; 51/60 when written.
		{"fresh29", "testdata/conversations_fresh29.yaml", 0.80, false},
		// A thirtieth (2026-11-30, twelfth session, written by a helper at 7108f7a; ids gu001..): report-only, never inspected; 58/60 when written.
		{"fresh30", "testdata/conversations_fresh30.yaml", 0.91, false},
		// A thirty-first (2026-11-30, twelfth session, written by a helper at 7a576c5; ids gv001..): report-only, never inspected; 56/60 when written.
		{"fresh31", "testdata/conversations_fresh31.yaml", 0.88, false},
		// A thirty-second (2026-12-01, thirteenth session, written by a helper at 6f28080; ids gw001..): report-only, never inspected; 56/60 when written.
		{"fresh32", "testdata/conversations_fresh32.yaml", 0.88, false},
		// A thirty-third (2026-12-01, thirteenth session, written by a helper at 4d14190; ids gx001..): report-only, never inspected; 56/60 when written.
		{"fresh33", "testdata/conversations_fresh33.yaml", 0.88, false},
		// A thirty-fourth (2026-12-01, written by a helper at c01658c after dev72 was tuned on; ids gy001..): report-only, never inspected; 56/60 when written.
		{"fresh34", "testdata/conversations_fresh34.yaml", 0.88, false},
		// A thirty-fifth (2026-12-01, written by a helper at 9218521 after dev73 was tuned on; ids gz001..): report-only, never inspected; 54/60 when written.
		{"fresh35", "testdata/conversations_fresh35.yaml", 0.85, false},
		// A thirty-sixth (2026-12-01, written by a helper at e570adc after dev76 was tuned on; ids ha001..): report-only, never inspected; 58/60 when written.
		{"fresh36", "testdata/conversations_fresh36.yaml", 0.91, false},
		// A thirty-seventh (2026-12-01, written by a helper at 33b3c59 after dev77 was tuned on; ids hb001..): report-only, never inspected; 56/60 when written.
		{"fresh37", "testdata/conversations_fresh37.yaml", 0.88, false},
		// A thirty-eighth (2026-12-01, written by a helper at d1735f0 after dev78 was tuned on; ids hc001..): report-only, never inspected; 56/60 when written.
		{"fresh38", "testdata/conversations_fresh38.yaml", 0.91, false},
		// A thirty-ninth (2026-12-01, written by a helper at a1cf3e1 after dev80 was tuned on; ids hd001..): report-only, never inspected; 52/60 when written.
		{"fresh39", "testdata/conversations_fresh39.yaml", 0.84, false},
		// A fortieth (2026-12-01, written by a helper at 16e5d7a after dev81 was tuned on; ids he001..): report-only, never inspected; 52/60 when written.
		{"fresh40", "testdata/conversations_fresh40.yaml", 0.84, false},
		// A forty-first (2026-12-01, written by a helper at b32336b after dev82 was tuned on; ids hf001..): report-only, never inspected; 56/60 when written.
		{"fresh41", "testdata/conversations_fresh41.yaml", 0.91, false},
		// A forty-second (2026-12-01, written by a helper at 53a21ad after dev82 was tuned on; ids hg001..): report-only, never inspected; 55/60 when written.
		{"fresh42", "testdata/conversations_fresh42.yaml", 0.86, false},
		// A forty-third (2026-12-01, written by a helper at 02cc769 after dev83 was tuned on; ids hh001..): report-only, never inspected; 53/60 when written.
		{"fresh43", "testdata/conversations_fresh43.yaml", 0.83, false},
		// A forty-fourth (2026-12-01, written by a helper at abf41a9 after dev84 was tuned on; ids hi001..): report-only, never inspected; 58/60 when written.
		{"fresh44", "testdata/conversations_fresh44.yaml", 0.91, false},
		// A forty-fifth (2026-12-01, written by a helper at fb612eb after dev85 was tuned on; ids hj001..): report-only, never inspected; 53/60 when written.
		{"fresh45", "testdata/conversations_fresh45.yaml", 0.83, false},
		// A forty-sixth (2026-12-01, written by a helper at 2bf5166 after dev86 was tuned on; ids hk001..): report-only, never inspected; 59/60 when written.
		{"fresh46", "testdata/conversations_fresh46.yaml", 0.93, false},
		// A forty-seventh (2026-12-01, written by a helper at 0e56a4d after dev87 was tuned on; ids hl001..): report-only, never inspected; 56/60 when written.
		{"fresh47", "testdata/conversations_fresh47.yaml", 0.88, false},
		// A forty-eighth (2026-12-01, written by a helper at 31d385f after dev87 was tuned on; ids hm001..): report-only, never inspected; 50/60 when written.
		{"fresh48", "testdata/conversations_fresh48.yaml", 0.78, false},
		// A forty-ninth (2026-12-01, written by a helper at f88a258 after dev88 was tuned on; ids hn001..): report-only, never inspected; 51/60 when written.
		{"fresh49", "testdata/conversations_fresh49.yaml", 0.80, false},
		// A fiftieth (2026-12-01, written by a helper at 494cc66 after dev89 was tuned on; ids ho001..): report-only, never inspected; 46/60 when written.
		{"fresh50", "testdata/conversations_fresh50.yaml", 0.71, false},
		// A fifty-first (2026-12-01, written by a helper at 57eda50 after dev90 was tuned on; ids hp001..): report-only, never inspected; 48/60 when written.
		{"fresh51", "testdata/conversations_fresh51.yaml", 0.75, false},
		// A fifty-second (2026-12-02, written by a helper at fbd4e1f after dev91 was tuned on; ids hq001..): report-only, never inspected; 33/60 when written.
		{"fresh52", "testdata/conversations_fresh52.yaml", 0.50, false},
		// A fifty-third (2026-12-02, written by a helper at 728d514 after dev92 was tuned on; ids hr001..): report-only, never inspected; 37/60 when written.
		{"fresh53", "testdata/conversations_fresh53.yaml", 0.56, false},
		// A fifty-fourth (2026-12-02, written by a helper at 267504e after dev93 was tuned on; ids hs001..): report-only, never inspected; 36/60 when written.
		{"fresh54", "testdata/conversations_fresh54.yaml", 0.55, false},
		// A fifty-fifth (2026-12-02, written by a helper at f6a9bcd after dev94 was tuned on; ids ht001..): report-only, never inspected; 44/60 when written.
		{"fresh55", "testdata/conversations_fresh55.yaml", 0.68, false},
		// A fifty-sixth (2026-12-02, written by a helper at f3312ff after dev95 was tuned on; ids hu001..): report-only, never inspected; 48/60 when written.
		{"fresh56", "testdata/conversations_fresh56.yaml", 0.75, false},
		// A fifty-seventh (2026-12-02, written by a helper at fbb99ef after dev96 was tuned on; ids hv001..): report-only, never inspected; 38/60 when written.
		{"fresh57", "testdata/conversations_fresh57.yaml", 0.58, false},
		// A fifty-eighth (2026-12-02, written by a helper at e237b25 after dev97 was tuned on; ids hw001..): report-only, never inspected; 51/60 when written.
		{"fresh58", "testdata/conversations_fresh58.yaml", 0.80, false},
		// A fifty-ninth (2026-12-02, written by a helper at a6f6f50 after dev98 was tuned on; ids hx001..): report-only, never inspected; 50/60 when written.
		{"fresh59", "testdata/conversations_fresh59.yaml", 0.78, false},
		// A sixtieth (2026-12-02, written by a helper at 40cac7e after dev99 was tuned on; ids hy001..): report-only, never inspected; 47/60 when written.
		{"fresh60", "testdata/conversations_fresh60.yaml", 0.73, false},
		// A sixty-first (2026-12-02, written by a helper at e283a94 after dev100 was tuned on; ids hz001..): report-only, never inspected; 44/60 when written.
		{"fresh61", "testdata/conversations_fresh61.yaml", 0.68, false},
		// A sixty-second (2026-12-02, written by a helper at 3cd1fd5; ids ia001..): report-only, never inspected; 47/60 when written.
		{"fresh62", "testdata/conversations_fresh62.yaml", 0.73, false},
		// A sixty-third (2026-12-02, written by a helper at 3cd1fd5; ids ib001..): report-only, never inspected; 52/60 when written.
		{"fresh63", "testdata/conversations_fresh63.yaml", 0.81, false},
		// A sixty-fourth (2026-12-02, written by a helper at 9e40124; ids ic001..): report-only, never inspected; 49/60 when written.
		{"fresh64", "testdata/conversations_fresh64.yaml", 0.76, false},
		// A sixty-fifth (2026-12-02, written by a helper at 9e40124; ids id001..): report-only, never inspected; 54/60 when written.
		{"fresh65", "testdata/conversations_fresh65.yaml", 0.85, false},
		// A sixty-sixth (2026-12-02, written by a helper at addbd12; ids ie001..): report-only, never inspected; 56/60 when written.
		{"fresh66", "testdata/conversations_fresh66.yaml", 0.88, false},
		// A sixty-seventh (2026-12-02, written by a helper at addbd12; ids if001..): report-only, never inspected; 54/60 when written.
		{"fresh67", "testdata/conversations_fresh67.yaml", 0.85, false},
		// A sixty-eighth (2026-12-02, written by a helper at f20b362; ids ig001..): report-only, never inspected; 50/60 when written.
		{"fresh68", "testdata/conversations_fresh68.yaml", 0.78, false},
		// A sixty-ninth (2026-12-02, written by a helper at f20b362; ids ih001..): report-only, never inspected; 57/60 when written.
		{"fresh69", "testdata/conversations_fresh69.yaml", 0.90, false},
		// A seventieth (2026-12-02, written by a helper at 7bb2999; ids ii001..): report-only, never inspected; 56/60 when written.
		{"fresh70", "testdata/conversations_fresh70.yaml", 0.88, false},
		// A seventy-first (2026-12-02, written by a helper at 7bb2999; ids ij001..): report-only, never inspected; 52/60 when written.
		{"fresh71", "testdata/conversations_fresh71.yaml", 0.81, false},
		// A seventy-second (2026-12-02, written by a helper at 72c56f6; ids ik001..): report-only, never inspected; 52/60 when written.
		{"fresh72", "testdata/conversations_fresh72.yaml", 0.81, false},
		// A seventy-third (2026-12-02, written by a helper at 72c56f6; ids il001..): report-only, never inspected; 51/60 when written.
		{"fresh73", "testdata/conversations_fresh73.yaml", 0.80, false},
		// A seventy-fourth (2026-12-02, written by a helper at 2584130; ids im001..): report-only, never inspected; 58/60 when written.
		{"fresh74", "testdata/conversations_fresh74.yaml", 0.91, false},
		// A seventy-fifth (2026-12-02, written by a helper at 2584130; ids in001..): report-only, never inspected; 45/60 when written.
		{"fresh75", "testdata/conversations_fresh75.yaml", 0.70, false},
		// A seventy-sixth (2026-12-02, written by a helper at e099b5f; ids io001..): report-only, never inspected; 50/60 when written.
		{"fresh76", "testdata/conversations_fresh76.yaml", 0.78, false},
		// A seventy-seventh (2026-12-02, written by a helper at e099b5f; ids ip001..): report-only, never inspected; 56/60 when written.
		{"fresh77", "testdata/conversations_fresh77.yaml", 0.88, false},
	}
	// CONV_ONLY=path scores one set of your own (a new set being written)
	// instead, shown in full, with no bound.
	if only := os.Getenv("CONV_ONLY"); only != "" {
		splits = []split{{"only", only, 0, true}}
	}
	for _, split := range splits {
		convs := loadConversations(t, split.path)
		right, maxAsked := 0, 0
		for _, c := range convs {
			res := runConversation(a, c)
			maxAsked = max(maxAsked, res.maxAsked)
			if res.ok {
				right++
				continue
			}
			if split.show {
				t.Logf("%s %v: %s", c.ID, c.Tests, strings.Join(res.problems, "; "))
				if verbose {
					t.Logf("  %s", strings.Join(res.transcript, "\n  "))
				}
			}
		}
		acc := float64(right) / float64(len(convs))
		t.Logf("conversations %-8s %3d whole conversations right of %3d (%.3f); most times one question was asked: %d",
			split.name, right, len(convs), acc, maxAsked)
		if acc < split.min {
			t.Errorf("%s: %.3f of conversations right, want at least %.2f", split.name, acc, split.min)
		}
		if maxAsked > 3 {
			t.Errorf("%s: a question was asked %d times, want at most 3", split.name, maxAsked)
		}
	}
}

// TestNoQuestionAskedMoreThanThreeTimes plays the tune conversations with a
// learner who, once their messages are sent, only answers unhelpfully
// (gibberish, a counter-question, "idk"): certpath must still never ask one
// question more than three times, and must end with a plan.
func TestNoQuestionAskedMoreThanThreeTimes(t *testing.T) {
	a := newTestAdvisor(t)
	for _, reply := range []string{"hmm", "what do you mean?", "idk", "zxcv qwer", "why do you ask?", "2 or maybe 3 idk"} {
		var convs []convCase
		for _, set := range tunableSets {
			convs = append(convs, loadConversations(t, "testdata/conversations_"+set+".yaml")...)
		}
		for _, c := range convs {
			s := Session{Key: Key{Platform: "eval", User: c.ID}}
			asked := map[Slot]int{}
			var r Reply
			step := func(text string) {
				var next Session
				next, r = a.Step(s, Input{Text: text, Now: convNow})
				if startedOver(s, next, r) {
					asked = map[Slot]int{}
				}
				s = next
				if r.Question != nil && r.Question.Slot != "" && r.Kind != KindPlan {
					asked[r.Question.Slot]++
				}
			}
			for _, m := range c.Messages {
				step(m)
			}
			for i := 0; i < 25 && s.Plan == nil; i++ {
				step(reply)
			}
			for slot, n := range asked {
				if n > 3 {
					t.Errorf("%s answering %q: asked %s %d times; last reply:\n%s", c.ID, reply, slot, n, r.Text)
				}
			}
			if s.Plan == nil {
				t.Errorf("%s answering %q: no plan after 25 turns; last reply:\n%s", c.ID, reply, r.Text)
			}
		}
	}
}
