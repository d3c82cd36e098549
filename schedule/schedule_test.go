package schedule_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/catalog"
	"github.com/certpath/certpath/schedule"
	"github.com/certpath/certpath/session"
	"github.com/certpath/certpath/session/memory"
)

// clock is a fake clock tests move by hand.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time  { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Set(t time.Time) { c.mu.Lock(); defer c.mu.Unlock(); c.t = t }

// outbox records what was sent, to whom.
type outbox struct {
	mu   sync.Mutex
	sent []string
	fail error
}

func (o *outbox) Send(_ context.Context, key advisor.Key, r advisor.Reply) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.fail != nil {
		return o.fail
	}
	if r.Question == nil || len(r.Question.Choices) != 3 {
		return fmt.Errorf("not a check-in: %+v", r)
	}
	o.sent = append(o.sent, key.User)
	return nil
}

func (o *outbox) count() int { o.mu.Lock(); defer o.mu.Unlock(); return len(o.sent) }

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

func newAdvisor(t testing.TB) *advisor.Advisor {
	t.Helper()
	cat, err := catalog.Default()
	if err != nil {
		t.Fatal(err)
	}
	return advisor.New(cat)
}

// paris is where the learners live; their check-in is Monday 18:00 there.
var paris = mustZone("Europe/Paris")

func mustZone(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

// Wednesday 2026-11-25 noon in Paris: the learners sign up.
var signup = time.Date(2026, 11, 25, 12, 0, 0, 0, paris)

// Monday 2026-11-30 18:00 in Paris: the first check-in.
var firstDue = time.Date(2026, 11, 30, 18, 0, 0, 0, paris)

// signUp runs the learner's turns through the tracked store, as the
// runner would.
func signUp(t testing.TB, st session.Store, adv *advisor.Advisor, user string, at time.Time, lines ...string) advisor.Key {
	t.Helper()
	key := advisor.Key{Platform: "slack", Workspace: "T1", Channel: "D-" + user, User: user}
	for _, line := range lines {
		_, err := session.Update(context.Background(), st, key, func(s advisor.Session) advisor.Session {
			next, _ := adv.Step(s, advisor.Input{Text: line, Now: at})
			return next
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return key
}

func signUpWeekly(t testing.TB, st session.Store, adv *advisor.Advisor, user string) advisor.Key {
	return signUp(t, st, adv, user, signup,
		"some python, took an ML course, data scientist, 6 hours a week, free",
		"remind weekly monday 18:00 Europe/Paris")
}

func newScheduler(st schedule.Store, adv *advisor.Advisor, c *clock, o *outbox) *schedule.Scheduler {
	return &schedule.Scheduler{Store: st, Advisor: adv, Send: o.Send, Now: c.Now, Log: quiet}
}

func tick(t *testing.T, s *schedule.Scheduler) schedule.Result {
	t.Helper()
	res, err := s.Tick(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// The week of one reminder: nothing before its time, one send at it,
// nothing more after a restart, the next one a week later.
func TestTickWeekAndRestart(t *testing.T) {
	c := &clock{t: signup}
	base := memory.NewWithClock(c.Now)
	st := schedule.Track(base, quiet)
	adv := newAdvisor(t)
	signUpWeekly(t, st, adv, "ada")
	o := &outbox{}
	s := newScheduler(base, adv, c, o)

	steps := []struct {
		name    string
		at      time.Time
		restart bool
		sent    int // total so far
	}{
		{"at signup", signup, false, 0},
		{"a minute early", firstDue.Add(-time.Minute), false, 0},
		{"on time", firstDue, false, 1},
		{"next minute", firstDue.Add(time.Minute), false, 1},
		{"after a restart the same evening", firstDue.Add(2 * time.Hour), true, 1},
		{"Sunday night, still the same week", time.Date(2026, 12, 6, 23, 59, 0, 0, paris), true, 1},
		{"next Monday morning", time.Date(2026, 12, 7, 9, 0, 0, 0, paris), false, 1},
		{"next Monday 18:00", time.Date(2026, 12, 7, 18, 0, 0, 0, paris), false, 2},
	}
	for _, step := range steps {
		c.Set(step.at)
		if step.restart {
			s = newScheduler(base, adv, c, o)
		}
		tick(t, s)
		if got := o.count(); got != step.sent {
			t.Fatalf("%s: %d check-ins sent, want %d", step.name, got, step.sent)
		}
	}
}

// A check-in missed while every replica was down is sent once on start if
// its week is not over, and skipped if it is.
func TestMissedWindow(t *testing.T) {
	tests := []struct {
		name    string
		startAt time.Time
		want    int
	}{
		{"back on Tuesday", time.Date(2026, 12, 1, 9, 0, 0, 0, paris), 1},
		{"back on Sunday", time.Date(2026, 12, 6, 20, 0, 0, 0, paris), 1},
		{"back next Monday before 18:00", time.Date(2026, 12, 7, 8, 0, 0, 0, paris), 0},
		{"back before it was due", time.Date(2026, 11, 30, 17, 0, 0, 0, paris), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &clock{t: signup}
			base := memory.NewWithClock(c.Now)
			adv := newAdvisor(t)
			signUpWeekly(t, schedule.Track(base, quiet), adv, "ada")
			c.Set(tt.startAt)
			o := &outbox{}
			s := newScheduler(base, adv, c, o)
			tick(t, s)
			tick(t, s)
			if o.count() != tt.want {
				t.Errorf("sent %d, want %d", o.count(), tt.want)
			}
		})
	}
}

// Several replicas ticking at once send each learner's check-in once.
func TestDuplicateReplicas(t *testing.T) {
	c := &clock{t: signup}
	base := memory.NewWithClock(c.Now)
	adv := newAdvisor(t)
	st := schedule.Track(base, quiet)
	const learners = 12
	for i := range learners {
		signUpWeekly(t, st, adv, fmt.Sprintf("u%02d", i))
	}
	c.Set(firstDue.Add(30 * time.Second))
	o := &outbox{}
	runReplicas(t, 4, func() *schedule.Scheduler { return newScheduler(base, adv, c, o) })
	assertOncePerLearner(t, o, learners)
}

func runReplicas(t *testing.T, n int, newS func() *schedule.Scheduler) {
	t.Helper()
	var wg sync.WaitGroup
	for range n {
		s := newS()
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 3 {
				if _, err := s.Tick(context.Background()); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
}

func assertOncePerLearner(t *testing.T, o *outbox, learners int) {
	t.Helper()
	o.mu.Lock()
	defer o.mu.Unlock()
	per := map[string]int{}
	for _, u := range o.sent {
		per[u]++
	}
	if len(o.sent) != learners || len(per) != learners {
		t.Errorf("sent %d check-ins to %d learners, want one each to %d: %v", len(o.sent), len(per), learners, per)
	}
}

// What the learner changes after signing up is what the scheduler does.
func TestReminderChanges(t *testing.T) {
	tests := []struct {
		name  string
		after []string
		want  int
	}{
		{"remind off", []string{"remind off"}, 0},
		{"moved to Tuesday", []string{"remind weekly tuesday 18:00 Europe/Paris"}, 0},
		{"moved earlier the same Monday", []string{"remind weekly monday 08:00 Europe/Paris"}, 1},
		{"restart clears it", []string{"restart"}, 0},
		{"forget", []string{"forget"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &clock{t: signup}
			base := memory.NewWithClock(c.Now)
			st := schedule.Track(base, quiet)
			adv := newAdvisor(t)
			key := signUpWeekly(t, st, adv, "ada")
			signUp(t, st, adv, "ada", signup.Add(time.Hour), tt.after...)
			if tt.after[0] == "forget" {
				// The runner deletes a forgotten session.
				if err := st.Delete(context.Background(), key); err != nil {
					t.Fatal(err)
				}
			}
			c.Set(firstDue.Add(time.Minute))
			o := &outbox{}
			tick(t, newScheduler(base, adv, c, o))
			if o.count() != tt.want {
				t.Errorf("sent %d, want %d", o.count(), tt.want)
			}
		})
	}
}

// A reminder set after this week's time waits for next week.
func TestSetAfterItsTime(t *testing.T) {
	c := &clock{t: signup}
	base := memory.NewWithClock(c.Now)
	adv := newAdvisor(t)
	// Wednesday signup for a Monday check-in: Monday already passed.
	signUp(t, schedule.Track(base, quiet), adv, "ada", signup,
		"some python, took an ML course, data scientist, 6 hours a week, free", "remind weekly monday 09:00 Europe/Paris")
	o := &outbox{}
	s := newScheduler(base, adv, c, o)
	tick(t, s)
	if o.count() != 0 {
		t.Fatalf("sent a check-in due before the reminder was set")
	}
}

// The index stays whole when many learners set reminders at once.
func TestIndexConcurrentSync(t *testing.T) {
	c := &clock{t: signup}
	base := memory.NewWithClock(c.Now)
	adv := newAdvisor(t)
	const learners = 16
	var wg sync.WaitGroup
	for i := range learners {
		wg.Add(1)
		go func() {
			defer wg.Done()
			signUpWeekly(t, schedule.Track(base, quiet), adv, fmt.Sprintf("u%02d", i))
		}()
	}
	wg.Wait()
	c.Set(firstDue)
	o := &outbox{}
	res := tick(t, newScheduler(base, adv, c, o))
	if res.Due != learners || res.Sent != learners {
		t.Errorf("result %+v, want %d due and sent", res, learners)
	}
	assertOncePerLearner(t, o, learners)
}

// A send that fails is logged and not retried: the claim is spent, so a
// flaky platform never gets the same check-in twice.
func TestSendFailureIsAtMostOnce(t *testing.T) {
	c := &clock{t: signup}
	base := memory.NewWithClock(c.Now)
	adv := newAdvisor(t)
	signUpWeekly(t, schedule.Track(base, quiet), adv, "ada")
	c.Set(firstDue)
	o := &outbox{fail: errors.New("slack: channel_not_found")}
	s := newScheduler(base, adv, c, o)
	if res := tick(t, s); res.Failed != 1 || res.Sent != 0 {
		t.Fatalf("result %+v, want one failure", res)
	}
	o.fail = nil
	tick(t, s)
	tick(t, newScheduler(base, adv, c, o))
	if o.count() != 0 {
		t.Errorf("a failed check-in was sent again")
	}
}

func TestRunSendsMissedOnStart(t *testing.T) {
	c := &clock{t: signup}
	base := memory.NewWithClock(c.Now)
	adv := newAdvisor(t)
	signUpWeekly(t, schedule.Track(base, quiet), adv, "ada")
	c.Set(firstDue.Add(24 * time.Hour))
	sent := make(chan struct{}, 1)
	s := &schedule.Scheduler{Store: base, Advisor: adv, Now: c.Now, Log: quiet, Every: time.Hour,
		Send: func(context.Context, advisor.Key, advisor.Reply) error { sent <- struct{}{}; return nil }}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- s.Run(ctx) }()
	select {
	case <-sent:
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not send the missed check-in on start")
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// BenchmarkTickIdle is a tick over 1000 reminders none of which is due:
// the cost every replica pays every minute.
func BenchmarkTickIdle(b *testing.B) {
	c := &clock{t: signup}
	base := memory.NewWithClock(c.Now)
	adv := newAdvisor(b)
	for i := range 1000 {
		key := advisor.Key{Platform: "slack", Workspace: "T1", User: fmt.Sprintf("u%04d", i)}
		r := &advisor.Reminder{Weekday: time.Monday, Time: "18:00", TZ: "Europe/Paris", Since: signup}
		if err := schedule.Sync(context.Background(), base, key, r); err != nil {
			b.Fatal(err)
		}
	}
	s := newScheduler(base, adv, c, &outbox{})
	for b.Loop() {
		if _, err := s.Tick(context.Background()); err != nil {
			b.Fatal(err)
		}
	}
}

// A replica that cannot deliver to a platform leaves its check-ins for one
// that can, instead of claiming them and losing them.
func TestCheckInsLeftForAReplicaThatCanSend(t *testing.T) {
	st := schedule.Track(memory.New(), quiet)
	adv := newAdvisor(t)
	signUpWeekly(t, st, adv, "U1")
	c := &clock{t: firstDue.Add(time.Minute)}
	blindOut, ableOut := &outbox{}, &outbox{}
	blind := newScheduler(st, adv, c, blindOut)
	blind.CanSend = func(advisor.Key) bool { return false }
	if res := tick(t, blind); res.Due != 0 || blindOut.count() != 0 {
		t.Fatalf("a replica that cannot deliver took the check-in: %+v", res)
	}
	if res := tick(t, newScheduler(st, adv, c, ableOut)); res.Sent != 1 || ableOut.count() != 1 {
		t.Fatalf("the replica that can deliver did not send it: %+v", res)
	}
}

// countingStore counts session loads, to see what a tick reads.
type countingStore struct {
	session.Store
	mu    sync.Mutex
	loads int
}

func (c *countingStore) Load(ctx context.Context, key advisor.Key) (advisor.Session, error) {
	c.mu.Lock()
	c.loads++
	c.mu.Unlock()
	return c.Store.Load(ctx, key)
}

// A tick reads only the learners whose check-in is due, however many have
// reminders: the index is kept by due time, not scanned.
func TestTickReadsOnlyWhatIsDue(t *testing.T) {
	c := &clock{t: signup}
	base := memory.NewWithClock(c.Now)
	adv := newAdvisor(t)
	st := schedule.Track(base, quiet)
	signUpWeekly(t, st, adv, "monday")
	signUp(t, st, adv, "tuesday", signup,
		"some python, took an ML course, data scientist, 6 hours a week, free", "remind weekly tuesday 18:00 Europe/Paris")
	for i := range 500 {
		key := advisor.Key{Platform: "slack", Workspace: "T1", User: fmt.Sprintf("later%03d", i)}
		// Wednesday 09:00, set Wednesday noon: first due after Monday.
		r := &advisor.Reminder{Weekday: time.Wednesday, Time: "09:00", TZ: "Europe/Paris", Since: signup}
		if err := schedule.Sync(context.Background(), base, key, r); err != nil {
			t.Fatal(err)
		}
	}
	counting := &countingStore{Store: base}
	o := &outbox{}
	s := newScheduler(counting, adv, c, o)
	c.Set(firstDue.Add(time.Minute))
	if res := tick(t, s); res.Sent != 1 || counting.loads != 1 {
		t.Fatalf("Monday tick: %+v after %d session loads; want the one Monday learner, loaded once", res, counting.loads)
	}
	// Handled: moved to next week, so the next tick reads nobody.
	c.Set(firstDue.Add(2 * time.Minute))
	if res := tick(t, s); res.Due != 0 || counting.loads != 1 {
		t.Fatalf("next tick: %+v, %d loads in all; want nothing read again", res, counting.loads)
	}
}

// An index written by an earlier version (one record with every reminder)
// is imported by the first tick, and its check-ins are sent.
func TestLegacyIndexImported(t *testing.T) {
	c := &clock{t: signup}
	base := memory.NewWithClock(c.Now)
	adv := newAdvisor(t)
	// The session as an old replica saved it: no due index entry.
	key := signUpWeekly(t, base, adv, "ada")
	s, err := base.Load(context.Background(), key)
	if err != nil || s.Reminder == nil {
		t.Fatalf("signup: %+v, %v", s.Reminder, err)
	}
	legacy := fmt.Sprintf(`{"version":3,"entries":{%q:{"key":{"platform":"slack","workspace":"T1","channel":"D-ada","user":"ada"},"reminder":{"weekday":1,"time":"18:00","tz":"Europe/Paris","since":%q}}}}`,
		key.String(), s.Reminder.Since.Format(time.RFC3339Nano))
	if err := base.PutRecord(context.Background(), "reminders", "index", []byte(legacy)); err != nil {
		t.Fatal(err)
	}
	c.Set(firstDue.Add(time.Hour))
	o := &outbox{}
	if res := tick(t, newScheduler(base, adv, c, o)); res.Sent != 1 {
		t.Fatalf("tick after an upgrade: %+v, want the legacy reminder's check-in sent", res)
	}
	if _, err := base.GetRecord(context.Background(), "reminders", "index"); !errors.Is(err, session.ErrNotFound) {
		t.Errorf("legacy index still there after the import: %v", err)
	}
}

// Across a daylight saving change the check-in stays at the learner's
// local time: moving an entry a week on is done in wall-clock time.
func TestCheckInKeepsLocalTimeAcrossDST(t *testing.T) {
	// Paris springs forward on Sunday 2027-03-28.
	before := time.Date(2027, 3, 22, 18, 0, 0, 0, paris)
	after := time.Date(2027, 3, 29, 18, 0, 0, 0, paris)
	c := &clock{t: before.Add(-48 * time.Hour)}
	base := memory.NewWithClock(c.Now)
	adv := newAdvisor(t)
	signUp(t, schedule.Track(base, quiet), adv, "ada", c.Now(),
		"some python, took an ML course, data scientist, 6 hours a week, free",
		"remind weekly monday 18:00 Europe/Paris")
	o := &outbox{}
	s := newScheduler(base, adv, c, o)
	steps := []struct {
		at   time.Time
		sent int
	}{
		{before, 1},
		{after.Add(-time.Hour), 1},
		{after.Add(-time.Minute), 1},
		{after, 2}, // a 168 h step would wait until 19:00 local
	}
	for _, st := range steps {
		c.Set(st.at)
		tick(t, s)
		if got := o.count(); got != st.sent {
			t.Fatalf("at %v: %d sent, want %d", st.at, got, st.sent)
		}
	}
}
