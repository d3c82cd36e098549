// Package console is the terminal adapter: the same conversation as Slack
// and Discord over an io.Reader and io.Writer, so it runs offline and makes
// whole conversations testable without a network.
package console

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/bot"
)

// Turner runs one conversation turn (bot.Conversations in production).
type Turner interface {
	Turn(ctx context.Context, key advisor.Key, in advisor.Input) (advisor.Reply, error)
}

// Options controls a console session.
type Options struct {
	// Prompt is printed before each line read; empty for none (tests).
	Prompt string
	// Echo writes each input line after the prompt, for transcripts
	// where input is not a terminal.
	Echo bool
	// ExportDir is where files a reply carries (the exported plan) are
	// saved; empty means they are not saved.
	ExportDir string
	// Drawer draws the pictures among those files (timeline.Renderer);
	// without one they are not saved.
	Drawer bot.Drawer
	// Now dates the pictures ("today" on a timeline); nil means
	// time.Now.
	Now func() time.Time
}

// Run greets the user (resuming a stored conversation), then answers each
// line until EOF, "quit" or "exit", or ctx is done. A store error is shown
// as the friendly reply and the conversation goes on.
func Run(ctx context.Context, t Turner, key advisor.Key, in io.Reader, out io.Writer, opts Options) error {
	w := bufio.NewWriter(out)
	defer w.Flush()
	say := func(r advisor.Reply) {
		fmt.Fprintln(w, Render(r))
		for _, path := range saveFiles(r, opts, w) {
			fmt.Fprintln(w, "Saved", path)
		}
		fmt.Fprintln(w)
	}
	r, _ := t.Turn(ctx, key, advisor.Input{Text: "start"})
	say(r)
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 0, 4096), 64*1024)
	for {
		if opts.Prompt != "" {
			fmt.Fprint(w, opts.Prompt)
		}
		if err := w.Flush(); err != nil {
			return fmt.Errorf("console: write: %w", err)
		}
		if !sc.Scan() {
			break
		}
		if err := ctx.Err(); err != nil {
			return nil
		}
		line := strings.TrimSpace(sc.Text())
		if opts.Echo {
			fmt.Fprintln(w, line)
		}
		switch strings.ToLower(line) {
		case "quit", "exit", "bye", ":q":
			fmt.Fprintln(w, "Bye! Your answers are saved; run certpath chat again to pick up where you left off.")
			return nil
		case "":
			continue
		}
		r, _ := t.Turn(ctx, key, advisor.Input{Text: line})
		say(r)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("console: read: %w", err)
	}
	return nil
}

// saveFiles writes a reply's files, pictures drawn, into
// opts.ExportDir and returns their paths; a failure is reported in the
// conversation, which goes on.
func saveFiles(r advisor.Reply, opts Options, w io.Writer) []string {
	dir := opts.ExportDir
	if dir == "" || len(r.Files) == 0 {
		return nil
	}
	now := time.Now
	if opts.Now != nil {
		now = opts.Now
	}
	files, err := bot.DrawPictures(opts.Drawer, r.Files, r.Plan, now())
	if err != nil {
		fmt.Fprintln(w, bot.PictureFailedText)
	}
	var saved []string
	for _, f := range files {
		path := filepath.Join(dir, filepath.Base(f.Name))
		if err := os.WriteFile(path, f.Data, 0o644); err != nil {
			fmt.Fprintf(w, "Could not save %s: %v\n", path, err)
			continue
		}
		saved = append(saved, path)
	}
	return saved
}

// Render turns a reply into terminal text. Reply.Text is already complete
// plain text; suggestions are added as hints when the text has none.
func Render(r advisor.Reply) string {
	text := r.Text
	if len(r.Suggestions) > 0 && r.Kind == advisor.KindPlan {
		text += "\n\nTry: " + strings.Join(quote(r.Suggestions), " · ")
	}
	return text
}

func quote(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = `"` + s + `"`
	}
	return out
}
