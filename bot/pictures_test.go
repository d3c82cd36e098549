package bot_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/bot"
	"github.com/certpath/certpath/catalog"
	"github.com/certpath/certpath/session/memory"
)

// stubDrawer draws a fixed picture, or fails.
type stubDrawer struct {
	err  error
	seen []time.Time
}

func (d *stubDrawer) Draw(pic advisor.Picture, p *advisor.Plan, now time.Time) ([]byte, string, error) {
	d.seen = append(d.seen, now)
	if d.err != nil {
		return nil, "", d.err
	}
	return []byte("PNG of " + string(pic)), "alt for " + p.Start, nil
}

func TestDrawPictures(t *testing.T) {
	now := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	plan := &advisor.Plan{Start: "2026-03-02"}
	md := advisor.File{Name: advisor.MarkdownFileName, Data: []byte("# plan")}
	pic := advisor.File{Name: advisor.TimelineFileName, MIMEType: advisor.TimelineMIMEType, Picture: advisor.PictureTimeline}
	files := []advisor.File{md, pic}

	d := &stubDrawer{}
	got, err := bot.DrawPictures(d, files, plan, now)
	if err != nil || len(got) != 2 || string(got[1].Data) != "PNG of timeline" || got[1].Alt != "alt for 2026-03-02" || got[0].Name != md.Name {
		t.Fatalf("DrawPictures = %+v, %v", got, err)
	}
	if len(d.seen) != 1 || !d.seen[0].Equal(now) {
		t.Errorf("drawn at %v, want once at %v", d.seen, now)
	}
	if len(files[1].Data) != 0 {
		t.Errorf("the reply's own files were modified")
	}

	for name, tt := range map[string]struct {
		d    bot.Drawer
		plan *advisor.Plan
		want string
	}{
		"failing drawer": {&stubDrawer{err: errors.New("boom")}, plan, "boom"},
		"no drawer":      {nil, plan, "no drawer"},
		"no plan":        {&stubDrawer{}, nil, "no plan"},
	} {
		got, err := bot.DrawPictures(tt.d, files, tt.plan, now)
		if err == nil || !strings.Contains(err.Error(), tt.want) || len(got) != 1 || got[0].Name != md.Name {
			t.Errorf("%s: DrawPictures = %d files, %v; want the markdown alone and an error saying %q", name, len(got), err, tt.want)
		}
	}
}

// The Timeline button (and typed "timeline") is a turn like any other,
// answered with the picture named for the adapter; like showing the plan
// again, it changes nothing stored, so it is not saved.
func TestTimelineTurn(t *testing.T) {
	cat, err := catalog.Default()
	if err != nil {
		t.Fatal(err)
	}
	st := memory.New()
	conv := &bot.Conversations{Advisor: advisor.New(cat), Store: st}
	key := advisor.Key{Platform: "test", User: "tl"}
	ctx := context.Background()
	r, err := conv.Turn(ctx, key, advisor.Input{Choice: advisor.TimelineChoice})
	if err != nil || len(r.Files) != 0 || r.Question == nil {
		t.Fatalf("before a plan: %+v, %v", r, err)
	}
	if _, err := conv.Turn(ctx, key, advisor.Input{Text: "some python, no ML, data scientist, 5 hours a week, free"}); err != nil {
		t.Fatal(err)
	}
	for _, in := range []advisor.Input{{Choice: advisor.TimelineChoice}, {Text: "timeline"}} {
		r, err = conv.Turn(ctx, key, in)
		if err != nil || r.Plan == nil || len(r.Files) != 1 || r.Files[0].Picture != advisor.PictureTimeline {
			t.Fatalf("%+v: %d files, plan %v, %v", in, len(r.Files), r.Plan != nil, err)
		}
	}
	s, err := st.Load(ctx, key)
	if err != nil || s.Turns != 2 || s.Plan == nil {
		t.Errorf("session after two turns that changed it and two timelines: %d turns, plan %v, %v", s.Turns, s.Plan != nil, err)
	}
}
