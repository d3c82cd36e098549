package bot

import (
	"errors"
	"fmt"
	"time"

	"github.com/certpath/certpath/advisor"
)

// Drawer draws the pictures replies name (advisor.File.Picture) from
// their plan: the PNG, and the same in words for alt text. Package
// timeline's Renderer is the one certpath uses; adapters take it as an
// option, so they stay free of the drawing library and tests can make it
// fail.
type Drawer interface {
	Draw(pic advisor.Picture, p *advisor.Plan, now time.Time) (png []byte, alt string, err error)
}

// PictureFailedText tells the learner that a picture they asked for could
// not be drawn; the reply's text already holds everything it shows.
const PictureFailedText = "I couldn't draw the timeline picture just now; your plan is in my reply as text."

// errNoDrawer: an adapter was built without a Drawer.
var errNoDrawer = errors.New("no drawer configured")

// DrawPictures returns files with the pictures among them drawn. Drawing
// takes milliseconds and megabytes where a turn takes microseconds, so
// adapters call it off the request path, just before they upload. A
// picture that cannot be drawn (no drawer, no plan, the drawer failed) is
// left out and the error says why: the reply's text and its other files
// never depend on it. files is not modified.
func DrawPictures(d Drawer, files []advisor.File, p *advisor.Plan, now time.Time) ([]advisor.File, error) {
	out := make([]advisor.File, 0, len(files))
	var errs []error
	for _, f := range files {
		if f.Picture == "" || len(f.Data) > 0 {
			out = append(out, f)
			continue
		}
		var err error
		switch {
		case d == nil:
			err = errNoDrawer
		case p == nil:
			err = errors.New("the reply has no plan")
		default:
			f.Data, f.Alt, err = d.Draw(f.Picture, p, now)
		}
		if err == nil && len(f.Data) == 0 {
			err = errors.New("the drawer returned no data")
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("bot: draw %s: %w", f.Name, err))
			continue
		}
		out = append(out, f)
	}
	return out, errors.Join(errs...)
}
