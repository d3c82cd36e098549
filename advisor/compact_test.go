package advisor

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/certpath/certpath/catalog"
)

// turnAt is one input of a conversation, on day Day after today.
type turnAt struct {
	Day  int
	Text string
}

// storedConversations cover what a stored session holds: plans made and
// re-made on later days, progress re-flowed from the day it was logged,
// a changed pace after progress (the baseline stays), a start date in the
// future, courses completed before the plan, reminders, the interview's
// counters and pending questions, restarts, everything done.
var storedConversations = map[string][]turnAt{
	"progress over months": {
		{0, "backend dev, never touched ML, want to do MLOps, 6 hours a week, can pay"},
		{3, "plan"},
		{10, "progress 12 hours"},
		{20, "done 1"},
		{25, "actually 10 hours a week"},
		{40, "done 2"},
		{41, "undo 2"},
		{42, "ask how long will it take me"},
		{43, "remind weekly monday 18:00 Europe/Berlin"},
		{50, "on track"},
		{57, "behind"},
		{60, "export"},
		{70, "actually I want to be a data scientist"},
		{71, "done"},
		{90, "restart"},
		{90, "never programmed"},
	},
	"future start": {
		{0, "some python, no ML, data scientist, 5 hours a week, free, start 2027-03-01"},
		{2, "done 1"},
		{5, "progress 5"},
		{9, "actually 8 hours"},
	},
	"everything done": {
		{0, "I code for a living, built models, ML engineer, 20 hours a week, financial aid"},
		{1, "done"}, {2, "done"}, {3, "done"}, {4, "done"}, {5, "done"}, {6, "done"}, {7, "done"},
		{30, "plan"},
	},
	"completed before": {
		{0, "I finished the regression course already; I write code at work, took a course in ML, ml engineer, 10h, aid"},
		{4, "done 1"},
	},
	"interview counters": {
		{0, "hi"},
		{0, "I'm a product manager"},
		{0, "asdf qwerty"},
		{0, "yes"},
		{1, "dunno"},
		{1, "whatever"},
		{1, "8"},
		{1, "what does a certificate cost?"},
		{2, "mlops"},
		{2, "no idea"},
		{2, "free"},
		{3, "yes"},
		{3, "8 hours a week"},
	},
}

// replay runs a conversation, calling check after every turn.
func replay(a *Advisor, turns []turnAt, check func(i int, s Session)) {
	var s Session
	for i, tu := range turns {
		s, _ = a.Step(s, Input{Text: tu.Text, Now: today.AddDate(0, 0, tu.Day).Add(time.Duration(i) * time.Minute)})
		check(i, s)
	}
}

// normalized drops what stores set themselves or never keep, and keeps
// empty maps and lists as none, as stores do.
func normalized(s Session) Session {
	turns := s.Turns
	s = storedPart(s)
	s.Turns = turns
	return s
}

func roundTrip(t *testing.T, a *Advisor, s Session) ([]byte, Session) {
	t.Helper()
	data, err := a.EncodeSession(s)
	if err != nil {
		t.Fatalf("EncodeSession: %v", err)
	}
	got, err := a.DecodeSession(data)
	if err != nil {
		t.Fatalf("DecodeSession(%s): %v", data, err)
	}
	if !got.UpdatedAt.Equal(s.UpdatedAt) {
		t.Errorf("UpdatedAt %v, want %v", got.UpdatedAt, s.UpdatedAt)
	}
	return data, got
}

// TestStoredSessionRebuildsThePlan: after every turn of whole
// conversations, the compact form decodes to exactly the session Step
// made, plan and baseline included, though neither is stored: they are
// rebuilt, never kept whole.
func TestStoredSessionRebuildsThePlan(t *testing.T) {
	a := newTestAdvisor(t)
	for name, turns := range storedConversations {
		t.Run(name, func(t *testing.T) {
			plans, reflowed := 0, 0
			replay(a, turns, func(i int, s Session) {
				data, got := roundTrip(t, a, s)
				if !reflect.DeepEqual(normalized(got), normalized(s)) {
					t.Fatalf("turn %d %q: decoded session differs\n got %+v\nwant %+v\nstored %s", i, turns[i].Text, got, s, data)
				}
				if bytes.Contains(data, []byte(`"plan":`)) || bytes.Contains(data, []byte(`"w":true`)) {
					t.Errorf("turn %d %q: plan or baseline stored whole: %s", i, turns[i].Text, data)
				}
				if s.Plan != nil {
					plans++
					if s.Plan.Status != nil {
						reflowed++
					}
				}
			})
			if plans == 0 {
				t.Errorf("no turn had a plan")
			}
			if name != "interview counters" && reflowed == 0 {
				t.Errorf("no turn re-flowed the plan")
			}
		})
	}
}

// TestStoredPlanKeepsItsDay: a plan re-flowed on the day progress was
// logged comes back with that day's dates when read weeks later; reading
// never re-dates it.
func TestStoredPlanKeepsItsDay(t *testing.T) {
	a := newTestAdvisor(t)
	s, _ := a.Step(Session{}, Input{Text: "backend dev, never touched ML, want to do MLOps, 6 hours a week, can pay", Now: today})
	s, _ = a.Step(s, Input{Text: "progress 12 hours", Now: day(10)})
	if s.Plan.Steps[0].Start != day(10).Format(DateLayout) {
		t.Fatalf("setup: re-flowed plan starts %s, want %s", s.Plan.Steps[0].Start, day(10).Format(DateLayout))
	}
	data, got := roundTrip(t, a, s)
	if !reflect.DeepEqual(got.Plan, s.Plan) || !reflect.DeepEqual(got.Progress, s.Progress) {
		t.Fatalf("plan or progress changed in the store:\n got %+v\nwant %+v", got.Plan, s.Plan)
	}
	if len(data) > 400 {
		t.Errorf("a planned session with progress takes %d bytes stored: %s", len(data), data)
	}
}

// TestStoredSessionMigratesOnRead: a session stored whole as JSON (with
// its plan) by an earlier version decodes as it was, and is written
// compactly with the same meaning.
func TestStoredSessionMigratesOnRead(t *testing.T) {
	a := newTestAdvisor(t)
	replay(a, storedConversations["progress over months"], func(i int, s Session) {
		s.Key, s.Version = Key{Platform: "slack", Workspace: "T1", User: "U1"}, int64(i+1)
		old, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		got, err := a.DecodeSession(old)
		if err != nil {
			t.Fatalf("turn %d: DecodeSession of the old form: %v", i, err)
		}
		if !reflect.DeepEqual(normalized(got), normalized(s)) || got.Key != s.Key || !got.UpdatedAt.Equal(s.UpdatedAt) {
			t.Fatalf("turn %d: old form decoded differently\n got %+v\nwant %+v", i, got, s)
		}
		data, again := roundTrip(t, a, got)
		if !reflect.DeepEqual(normalized(again), normalized(s)) {
			t.Fatalf("turn %d: migrated session differs\n got %+v\nwant %+v", i, again, s)
		}
		if len(data) >= len(old) {
			t.Errorf("turn %d: migrated %d bytes, old form %d", i, len(data), len(old))
		}
	})
}

// TestStoredPlanThatCannotBeRebuiltIsKeptWhole: a plan the advisor would
// not make again (one from an older catalog) is stored whole, so it still
// reads back exactly.
func TestStoredPlanThatCannotBeRebuiltIsKeptWhole(t *testing.T) {
	a := newTestAdvisor(t)
	s := planned(t, a)
	s, _ = a.Step(s, Input{Text: "done 1", Now: day(3)})
	old := s.Clone()
	old.Plan.Steps[2].Title = "A course the catalog renamed since"
	old.Progress.Baseline.Steps[1].End = "2020-01-01"
	data, got := roundTrip(t, a, old)
	if !bytes.Contains(data, []byte(`"plan":`)) || !bytes.Contains(data, []byte(`"w":true`)) {
		t.Errorf("plan and baseline not kept whole: %s", data)
	}
	if !reflect.DeepEqual(normalized(got), normalized(old)) {
		t.Errorf("decoded differently\n got %+v\nwant %+v", got, old)
	}
}

// TestStoredSessionKeepsEveryField fills every exported field of a
// session, at any depth, and requires the stored form to keep it: a
// field added to Session later that the compact form forgets fails here.
func TestStoredSessionKeepsEveryField(t *testing.T) {
	a := newTestAdvisor(t)
	var s Session
	n := 0
	fill(reflect.ValueOf(&s).Elem(), &n)
	_, got := roundTrip(t, a, s)
	if want := normalized(s); !reflect.DeepEqual(normalized(got), want) {
		t.Errorf("fields lost in the store:\n got %+v\nwant %+v", normalized(got), want)
	}
}

// TestCloneSharesNothing fills every field and checks the clone is equal
// and shares no map, slice or pointer with the original.
func TestCloneSharesNothing(t *testing.T) {
	var s Session
	n := 0
	fill(reflect.ValueOf(&s).Elem(), &n)
	c := s.Clone()
	if !reflect.DeepEqual(c, s) {
		t.Fatalf("clone differs:\n got %+v\nwant %+v", c, s)
	}
	if path := shared(reflect.ValueOf(s), reflect.ValueOf(c), "Session"); path != "" {
		t.Errorf("clone shares %s with the original", path)
	}
}

func TestSameStored(t *testing.T) {
	a := newTestAdvisor(t)
	s := planned(t, a)
	tests := []struct {
		name   string
		change func(*Session)
		same   bool
	}{
		{"a turn later", func(s *Session) { s.Turns++; s.UpdatedAt = s.UpdatedAt.Add(time.Hour); s.Version++ }, true},
		{"the store's view", func(s *Session) { s.Community = &Community{Peers: []string{"U2"}}; s.Loaded = &Loaded{GroupRead: true} }, true},
		{"the same plan made again", func(s *Session) { p := s.Plan.clone(); s.Plan = &p }, true},
		{"hours", func(s *Session) { s.Profile.HoursPerWeek++ }, false},
		{"a question asked", func(s *Session) { s.Asked = map[Slot]int{SlotHours: 1} }, false},
		{"a try", func(s *Session) { s.Tries++ }, false},
		{"a nudge", func(s *Session) { s.Nudges++ }, false},
		{"a pending question", func(s *Session) { s.Pending = &Pending{Kind: PendingConfirm, Slot: SlotML, Value: MLNone} }, false},
		{"a hint", func(s *Session) { s.Hints = map[Slot]string{SlotProgramming: ProgrammingNone} }, false},
		{"a guess said no to", func(s *Session) { s.Denied = map[Slot]string{SlotProgramming: ProgrammingSome} }, false},
		{"the plan re-dated", func(s *Session) { p := s.Plan.clone(); p.Start = "2030-01-01"; s.Plan = &p }, false},
		{"progress", func(s *Session) {
			s.Progress = s.Progress.deepClone()
			s.Progress.Hours = map[string]float64{"ml-for-all": 3}
		}, false},
		{"a reminder", func(s *Session) { s.Reminder = &Reminder{Weekday: time.Monday, Time: "18:00", TZ: "UTC"} }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			next := s.Clone()
			tt.change(&next)
			if got := SameStored(s, next); got != tt.same {
				t.Errorf("SameStored = %v, want %v", got, tt.same)
			}
		})
	}
}

// TestQuestionsAndHelpChangeNothingStored: the turns a busy workspace
// sends most (a question, help, showing the plan the same day) leave the
// session SameStored, so they are not saved; a question that asks back
// ("Did you mean") is remembered, so it is.
func TestQuestionsAndHelpChangeNothingStored(t *testing.T) {
	a := newTestAdvisor(t)
	s := planned(t, a)
	for _, text := range []string{"ask how much does a coursera certificate cost", "help", "plan", "how long does the regression course take?"} {
		next, _ := a.Step(s, Input{Text: text, Now: today.Add(time.Hour)})
		if !SameStored(s, next) {
			t.Errorf("%q changed the stored session", text)
		}
	}
	fresh, _ := a.Step(Session{}, Input{Text: "ask how much does a coursera certificate cost", Now: today})
	if !SameStored(Session{}, fresh) {
		t.Errorf("a first question changed the stored (empty) session: %+v", fresh)
	}
}

// fill sets every exported field reachable from v to a distinct non-zero
// value: two elements per slice, two entries per map.
func fill(v reflect.Value, n *int) {
	*n++
	switch v.Kind() {
	case reflect.String:
		v.SetString(fmt.Sprint("s", *n))
	case reflect.Int, reflect.Int64:
		v.SetInt(int64(*n))
	case reflect.Float64:
		v.SetFloat(float64(*n) + 0.5)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(v.Elem(), n)
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		for i := range 2 {
			fill(v.Index(i), n)
		}
	case reflect.Map:
		v.Set(reflect.MakeMap(v.Type()))
		for range 2 {
			k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
			fill(k, n)
			fill(e, n)
			v.SetMapIndex(k, e)
		}
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[time.Time]() {
			v.Set(reflect.ValueOf(time.Unix(int64(*n)*1000, int64(*n)).UTC()))
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), n)
			}
		}
	default:
		panic("fill: " + v.Kind().String())
	}
}

// shared returns the path of a map, slice or pointer x and y share, or "".
func shared(x, y reflect.Value, path string) string {
	switch x.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice:
		if x.IsNil() || y.IsNil() {
			return ""
		}
		if x.Kind() != reflect.Slice || x.Len() > 0 {
			if x.UnsafePointer() == y.UnsafePointer() {
				return path
			}
		}
	}
	switch x.Kind() {
	case reflect.Pointer:
		return shared(x.Elem(), y.Elem(), "*"+path)
	case reflect.Slice:
		for i := range x.Len() {
			if p := shared(x.Index(i), y.Index(i), fmt.Sprintf("%s[%d]", path, i)); p != "" {
				return p
			}
		}
	case reflect.Map:
		for _, k := range x.MapKeys() {
			if p := shared(x.MapIndex(k), y.MapIndex(k), fmt.Sprintf("%s[%v]", path, k)); p != "" {
				return p
			}
		}
	case reflect.Struct:
		for i := range x.NumField() {
			if x.Type().Field(i).IsExported() {
				if p := shared(x.Field(i), y.Field(i), path+"."+x.Type().Field(i).Name); p != "" {
					return p
				}
			}
		}
	}
	return ""
}

// BenchmarkStoredSession is what a store pays per planned session: the
// compact encoding (which checks that the plan rebuilds) and the decoding
// (which rebuilds it).
func BenchmarkStoredSession(b *testing.B) {
	a := newTestAdvisor(b)
	s, _ := a.Step(Session{}, Input{Text: "backend dev, never touched ML, want to do MLOps, 6 hours a week, can pay", Now: today})
	s, _ = a.Step(s, Input{Text: "progress 12 hours", Now: day(10)})
	data, err := a.EncodeSession(s)
	if err != nil {
		b.Fatal(err)
	}
	old, _ := json.Marshal(s)
	b.Logf("stored: %d bytes compact, %d bytes as whole JSON", len(data), len(old))
	b.Run("Encode", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := a.EncodeSession(s); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Decode", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := a.DecodeSession(data); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("WholeJSON", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var got Session
			if err := json.Unmarshal(old, &got); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// TestStoredSessionAfterACatalogChange: a session stored compactly and
// read by an advisor with a new catalog gets its plan from the new
// catalog (as the next re-plan would), while the baseline keeps the end
// that "ahead" and "behind" compare with.
func TestStoredSessionAfterACatalogChange(t *testing.T) {
	a := newTestAdvisor(t)
	s, _ := a.Step(Session{}, Input{Text: "backend dev, never touched ML, want to do MLOps, 6 hours a week, can pay", Now: today})
	s, _ = a.Step(s, Input{Text: "progress 12 hours", Now: day(10)})
	data, err := a.EncodeSession(s)
	if err != nil {
		t.Fatal(err)
	}
	cat, err := catalog.Default()
	if err != nil {
		t.Fatal(err)
	}
	for i := range cat.Courses {
		if cat.Courses[i].ID == s.Plan.Steps[1].Course {
			cat.Courses[i].HoursMin += 12
			cat.Courses[i].HoursMax += 12
		}
	}
	got, err := New(cat).DecodeSession(data)
	if err != nil {
		t.Fatal(err)
	}
	if got.Plan.Steps[1].Hours != s.Plan.Steps[1].Hours+12 || got.Plan.End == s.Plan.End {
		t.Errorf("plan not made from the new catalog: step 2 %v h, end %s", got.Plan.Steps[1].Hours, got.Plan.End)
	}
	if got.Progress.Baseline.End != s.Progress.Baseline.End || got.Plan.Status.OriginalEnd != s.Plan.Status.OriginalEnd {
		t.Errorf("original end moved: %s, want %s", got.Progress.Baseline.End, s.Progress.Baseline.End)
	}
}
