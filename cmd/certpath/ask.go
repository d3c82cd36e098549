package main

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

func newAskCmd(e *env) *cobra.Command {
	var asJSON bool
	c := &cobra.Command{
		Use:   "ask [--json] QUESTION...",
		Short: "Answer one question about ML certificates (cost, duration, recognition, ...)",
		Example: `  certpath ask are certificates free?
  certpath ask --json if I study 5 hours a week how long will one course take`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			adv, err := e.advisor()
			if err != nil {
				return err
			}
			ans := adv.Ask(strings.Join(args, " "))
			if ans.Suggestions == nil {
				ans.Suggestions = []string{}
			}
			if asJSON {
				enc := json.NewEncoder(e.stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(ans)
			}
			fmt.Fprintln(e.stdout, ans.Text)
			if !ans.Answered && len(ans.Suggestions) > 0 {
				fmt.Fprintln(e.stdout, "You could ask:")
				for _, s := range ans.Suggestions {
					fmt.Fprintln(e.stdout, "  -", s)
				}
			}
			return nil
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print the answer as JSON")
	c.Flags().SetInterspersed(false)
	return c
}
