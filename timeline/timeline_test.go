package timeline_test

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/catalog"
	"github.com/certpath/certpath/timeline"
)

var update = flag.Bool("update", false, "rewrite the golden pictures in testdata/")

// start is the day every test plan starts: a Monday.
var start = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

// layouts are the three pictures that matter: one course, a six-step
// path, and a path under way with steps done and one begun. Each is the
// plan a real conversation makes, so the pictures show real titles.
type layout struct {
	name string
	plan *advisor.Plan
	now  time.Time
}

func layouts(t testing.TB) []layout {
	t.Helper()
	cat, err := catalog.Default()
	if err != nil {
		t.Fatal(err)
	}
	adv := advisor.New(cat)
	one := advisor.Profile{Programming: advisor.ProgrammingProfessional, ML: advisor.MLProduction, Goal: advisor.GoalFillGap, HoursPerWeek: 8, Budget: advisor.BudgetFree}
	six := advisor.Profile{Programming: advisor.ProgrammingNone, ML: advisor.MLNone, Goal: advisor.GoalDataScientist, HoursPerWeek: 5, Budget: advisor.BudgetPaid}
	plan := func(p advisor.Profile) *advisor.Plan {
		pl, err := adv.Plan(p, start)
		if err != nil {
			t.Fatal(err)
		}
		return pl
	}
	if n := len(plan(one).Steps); n != 1 {
		t.Fatalf("one-course profile plans %d steps", n)
	}
	if n := len(plan(six).Steps); n != 6 {
		t.Fatalf("six-step profile plans %d steps", n)
	}

	// Under way: two courses finished early, hours logged on the third.
	s := advisor.Session{Key: advisor.Key{Platform: "test", User: "u"}}
	turn := func(text string, now time.Time) {
		s, _ = adv.Step(s, advisor.Input{Text: text, Now: now})
	}
	turn("no programming, no ML, data scientist, 5 hours a week, can pay", start)
	turn("done 1", start.AddDate(0, 0, 35))
	turn("done 2", start.AddDate(0, 0, 70))
	now := start.AddDate(0, 0, 84)
	turn("progress 12 hours", now)
	if s.Plan == nil || s.Plan.Status == nil || s.Plan.Status.StepsDone != 2 || s.Plan.Steps[2].HoursDone == 0 {
		t.Fatalf("plan under way = %+v", s.Plan)
	}
	return []layout{
		{"one_course", plan(one), start},
		{"six_steps", plan(six), start.AddDate(0, 0, -7)},
		{"done_steps", s.Plan, now},
	}
}

// TestGolden compares each layout with its golden picture. Fonts are
// rasterised in pure Go, so pictures match to the pixel on one platform;
// the tolerance absorbs the last bit of anti-aliasing that floating point
// may round differently elsewhere, never a moved bar or a changed word.
func TestGolden(t *testing.T) {
	r, err := timeline.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range layouts(t) {
		t.Run(l.name, func(t *testing.T) {
			got, err := r.PNG(l.plan, l.now)
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", l.name+".png")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if msg := compare(t, got, want); msg != "" {
				out := filepath.Join(t.ArtifactDir(), l.name+".png")
				_ = os.WriteFile(out, got, 0o644)
				t.Errorf("%s differs from %s: %s; run go test -artifacts to keep the new picture", l.name, path, msg)
			}
		})
	}
}

// compare reports how two PNGs differ beyond the tolerance, or "".
func compare(t *testing.T, got, want []byte) string {
	t.Helper()
	g, err := png.Decode(bytes.NewReader(got))
	if err != nil {
		t.Fatalf("decode new picture: %v", err)
	}
	w, err := png.Decode(bytes.NewReader(want))
	if err != nil {
		t.Fatalf("decode golden picture: %v", err)
	}
	if g.Bounds() != w.Bounds() {
		return "size " + g.Bounds().String() + ", golden " + w.Bounds().String()
	}
	// A pixel differs when a channel is off by more than a rounding of
	// anti-aliasing; at most 0.1% of the pixels may.
	const channel, share = 24, 0.001
	b := g.Bounds()
	off := 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if differs(g, w, x, y, channel) {
				off++
			}
		}
	}
	if limit := int(share * float64(b.Dx()*b.Dy())); off > limit {
		return fmt.Sprintf("%d pixels differ, more than %d", off, limit)
	}
	return ""
}

func differs(a, b image.Image, x, y int, tol uint32) bool {
	r1, g1, b1, _ := a.At(x, y).RGBA()
	r2, g2, b2, _ := b.At(x, y).RGBA()
	d := func(p, q uint32) uint32 {
		p, q = p>>8, q>>8
		if p > q {
			return p - q
		}
		return q - p
	}
	return d(r1, r2) > tol || d(g1, g2) > tol || d(b1, b2) > tol
}

func TestPictureIsPhoneSizedAndOpaque(t *testing.T) {
	r, err := timeline.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range layouts(t) {
		data, err := r.PNG(l.plan, l.now)
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		b := img.Bounds()
		if b.Dx() != timeline.Width || b.Dy() < 200 || b.Dy() > 1200 {
			t.Errorf("%s: %v, want %d px wide and a sensible height", l.name, b, timeline.Width)
		}
		// Its own background everywhere: nothing for a dark or light
		// client to show through.
		for _, p := range []image.Point{b.Min, {b.Max.X - 1, b.Max.Y - 1}, {b.Max.X / 2, b.Max.Y - 2}} {
			if _, _, _, a := img.At(p.X, p.Y).RGBA(); a != 0xffff {
				t.Errorf("%s: pixel %v is not opaque", l.name, p)
			}
		}
	}
}

func TestAlt(t *testing.T) {
	ls := layouts(t)
	tests := []struct {
		l      layout
		want   []string
		absent []string
	}{
		{ls[0], []string{
			"Timeline of your certpath plan: 1 step at 8 hours a week, 2 Mar to 29 Mar 2026.",
			"1. Production Machine Learning Systems: 30 hours, 2 Mar to 29 Mar 2026.",
			"Today, 2 Mar 2026, falls in step 1.",
			"Total: 30 hours over 4 weeks.",
			"Cost: $0: audit every course free",
		}, []string{"done"}},
		{ls[1], []string{
			"6 steps at 5 hours a week, 2 Mar to 25 Oct 2026.",
			"6. Portfolio project: 20 hours, 28 Sep to 25 Oct 2026.",
			"Total: 170 hours over 34 weeks.",
		}, []string{"Today", "done"}},
		{ls[2], []string{
			"2 of 6 steps done.",
			"1. Machine Learning for All: 30 hours, 2 Mar to 6 Apr 2026, done.",
			"12 of 30 hours done.",
			"Today, 25 May 2026, falls in step 3.",
		}, nil},
	}
	for _, tt := range tests {
		alt := timeline.Alt(tt.l.plan, tt.l.now)
		for _, w := range tt.want {
			if !strings.Contains(alt, w) {
				t.Errorf("%s: alt text lacks %q:\n%s", tt.l.name, w, alt)
			}
		}
		for _, a := range tt.absent {
			if strings.Contains(alt, a) {
				t.Errorf("%s: alt text has %q:\n%s", tt.l.name, a, alt)
			}
		}
		for _, s := range tt.l.plan.Steps {
			if !strings.Contains(alt, s.Title) {
				t.Errorf("%s: alt text lacks step %q", tt.l.name, s.Title)
			}
		}
	}
}

func TestAltStaysWithinLimit(t *testing.T) {
	p := layouts(t)[1].plan
	long := *p
	long.Steps = nil
	for i := 0; i < 12; i++ {
		for _, s := range p.Steps {
			s.Title += " with a much longer title than any real course has"
			long.Steps = append(long.Steps, s)
		}
	}
	alt := timeline.Alt(&long, start)
	if n := utf8.RuneCountInString(alt); n > timeline.MaxAlt || n < timeline.MaxAlt/2 {
		t.Errorf("alt text is %d characters, want at most %d and not much less:\n%s", n, timeline.MaxAlt, alt)
	}
	if !strings.HasSuffix(alt, "…") {
		t.Errorf("a cut alt text does not say so: %q", alt[len(alt)-20:])
	}
}

func TestDrawErrors(t *testing.T) {
	r, err := timeline.New()
	if err != nil {
		t.Fatal(err)
	}
	plan := layouts(t)[0].plan
	bad := *plan
	bad.Steps = append([]advisor.Step(nil), plan.Steps...)
	bad.Steps[0].Start = "someday"
	tests := []struct {
		name string
		pic  advisor.Picture
		plan *advisor.Plan
	}{
		{"no plan", advisor.PictureTimeline, nil},
		{"no steps", advisor.PictureTimeline, &advisor.Plan{}},
		{"bad date", advisor.PictureTimeline, &bad},
		{"unknown picture", "pie chart", plan},
	}
	for _, tt := range tests {
		if data, alt, err := r.Draw(tt.pic, tt.plan, start); err == nil {
			t.Errorf("%s: Draw = %d bytes, %q, want an error", tt.name, len(data), alt)
		}
	}
	data, alt, err := r.Draw(advisor.PictureTimeline, plan, start)
	if err != nil || !bytes.HasPrefix(data, []byte("\x89PNG")) || alt != timeline.Alt(plan, start) {
		t.Errorf("Draw = %d bytes, %q, %v; want the PNG and its alt text", len(data), alt, err)
	}
}

// BenchmarkPNG draws the six-step plan; the budget is 50 ms and
// 10 MB of allocations per picture (docs/PERFORMANCE.md has the numbers).
func BenchmarkPNG(b *testing.B) {
	r, err := timeline.New()
	if err != nil {
		b.Fatal(err)
	}
	for _, l := range layouts(b)[1:] {
		b.Run(l.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := r.PNG(l.plan, l.now); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestRenderBudget holds one picture to the budget: under 10 MB
// of allocations (deterministic, always checked) and under 50 ms. The
// time is the fastest of a few runs, which other work on the machine
// cannot inflate the way it inflates an average; it is not checked under
// the race detector.
func TestRenderBudget(t *testing.T) {
	const maxBytes, maxTime = 10 << 20, 50 * time.Millisecond
	r, err := timeline.New()
	if err != nil {
		t.Fatal(err)
	}
	l := layouts(t)[2]
	allocs := testing.Benchmark(func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := r.PNG(l.plan, l.now); err != nil {
				b.Fatal(err)
			}
		}
	})
	fastest := time.Hour
	for range 10 {
		start := time.Now()
		if _, err := r.PNG(l.plan, l.now); err != nil {
			t.Fatal(err)
		}
		fastest = min(fastest, time.Since(start))
	}
	t.Logf("%s: %d B/op, %d allocs/op, fastest %v, mean %v", l.name, allocs.AllocedBytesPerOp(), allocs.AllocsPerOp(), fastest, time.Duration(allocs.NsPerOp()))
	if b := allocs.AllocedBytesPerOp(); b > maxBytes {
		t.Errorf("a picture allocates %d bytes, over %d", b, maxBytes)
	}
	if !raceEnabled && fastest > maxTime {
		t.Errorf("a picture takes %v at best, over %v", fastest, maxTime)
	}
}
