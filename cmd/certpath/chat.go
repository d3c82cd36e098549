package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/bot/console"
	"github.com/certpath/certpath/timeline"
)

func newChatCmd(e *env) *cobra.Command {
	var user string
	var prompt bool
	var exportDir string
	c := &cobra.Command{
		Use:   "chat",
		Short: "Talk to certpath in this terminal (same conversation as in Slack and Discord)",
		Long: `Talk to certpath in this terminal. The conversation is saved in the
configured store (a local file by default), so running chat again with the
same --user resumes where you left off. Type help for commands, quit to leave.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			conv, st, err := e.conversations(ctx)
			if err != nil {
				return err
			}
			defer st.Close()
			if user == "" {
				user = e.defaultUser()
			}
			key := advisor.Key{Platform: "console", User: user}
			drawer, err := timeline.New()
			if err != nil {
				return fmt.Errorf("chat: %w", err)
			}
			opts := console.Options{ExportDir: exportDir, Drawer: drawer, Now: e.now}
			if prompt && isTerminal(e.stdin) {
				opts.Prompt = "you> "
			}
			if err := console.Run(ctx, conv, key, e.stdin, e.stdout, opts); err != nil {
				return fmt.Errorf("chat: %w", err)
			}
			return nil
		},
	}
	c.Flags().StringVar(&user, "user", "", "who is chatting; the same --user resumes the same conversation (default: $USER)")
	c.Flags().StringVar(&exportDir, "export-dir", ".", "where the export and timeline commands save certpath-plan.md, certpath-plan.ics and certpath-plan.png")
	c.Flags().BoolVar(&prompt, "prompt", true, "print a prompt before each line when reading from a terminal")
	return c
}

// isTerminal reports whether r is a character device, so piped input
// gets no prompts in its output.
func isTerminal(r any) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
