// Package drawtest holds a picture drawer for the adapters' tests that
// must see what happens while a picture is still being drawn.
package drawtest

import (
	"time"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/bot"
)

// Gated holds every drawing until Release is closed; Started is closed
// when the first drawing begins.
type Gated struct {
	Started, Release chan struct{}
	bot.Drawer
}

// NewGated gates d.
func NewGated(d bot.Drawer) Gated {
	return Gated{Started: make(chan struct{}), Release: make(chan struct{}), Drawer: d}
}

// Draw waits for Release, then draws.
func (g Gated) Draw(pic advisor.Picture, p *advisor.Plan, now time.Time) ([]byte, string, error) {
	close(g.Started)
	<-g.Release
	return g.Drawer.Draw(pic, p, now)
}
