package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/timeline"
)

func newPlanCmd(e *env) *cobra.Command {
	var (
		asJSON  bool
		format  string
		pngPath string
		p       advisor.Profile
	)
	c := &cobra.Command{
		Use:   "plan --programming P --ml M --goal G --hours N --budget B [--start YYYY-MM-DD] [--format text|json|md|ics] [--png FILE]",
		Short: "Print a sequenced certificate plan for a profile",
		Example: `  certpath plan --programming professional --ml none --goal mlops --hours 6 --budget aid
  certpath plan --json --programming none --ml none --goal literacy --hours 3 --budget free --start 2027-01-04
  certpath plan --format ics --programming some --ml coursework --goal data_scientist --hours 8 --budget paid > plan.ics
  certpath plan --png plan.png --programming none --ml none --goal data_scientist --hours 5 --budget paid`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			format, err := planFormat(cmd, format, asJSON)
			if err != nil {
				return err
			}
			if err := checkPlanFlags(cmd, p); err != nil {
				return err
			}
			// "-" puts the picture on stdout, which then carries nothing
			// else.
			if pngPath == "-" && (asJSON || cmd.Flags().Changed("format")) {
				return usageError("plan: --png - writes the picture to stdout, so it cannot go with --format or --json")
			}
			adv, err := e.advisor()
			if err != nil {
				return err
			}
			plan, err := adv.Plan(p, e.now())
			if err != nil {
				return usageError("%v", err)
			}
			if pngPath != "" {
				if err := writeTimeline(e, plan, pngPath); err != nil {
					return err
				}
				if pngPath == "-" {
					return nil
				}
			}
			switch format {
			case "json":
				enc := json.NewEncoder(e.stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(plan)
			case "md":
				_, err := e.stdout.Write(advisor.PlanMarkdown(plan, nil))
				return err
			case "ics":
				// The CLI has no learner: UIDs are stable per profile and
				// start, so re-importing the same plan updates its events.
				data, err := advisor.PlanICS(plan, advisor.ExportOptions{Owner: "cli:" + fmt.Sprint(p), Now: e.now()})
				if err != nil {
					return fmt.Errorf("plan: %w", err)
				}
				_, err = e.stdout.Write(data)
				return err
			}
			fmt.Fprintln(e.stdout, advisor.FormatPlan(plan))
			return nil
		},
	}
	f := c.Flags()
	f.BoolVar(&asJSON, "json", false, "print the plan as JSON (same as --format json)")
	f.StringVar(&format, "format", "text", "output format: "+strings.Join(planFormats, "|"))
	f.StringVar(&p.Programming, "programming", "", "programming background: "+strings.Join(advisor.AllowedValues[advisor.SlotProgramming], "|"))
	f.StringVar(&p.ML, "ml", "", "ML experience: "+strings.Join(advisor.AllowedValues[advisor.SlotML], "|"))
	f.StringVar(&p.Goal, "goal", "", "goal: "+strings.Join(advisor.AllowedValues[advisor.SlotGoal], "|"))
	f.IntVar(&p.HoursPerWeek, "hours", 0, fmt.Sprintf("hours per week (%d-%d)", advisor.MinHours, advisor.MaxHours))
	f.StringVar(&p.Budget, "budget", "", "budget: "+strings.Join(advisor.AllowedValues[advisor.SlotBudget], "|"))
	f.StringVar(&p.Start, "start", "", "start date YYYY-MM-DD (default today)")
	f.StringVar(&pngPath, "png", "", "also write the plan as a timeline picture (PNG) to this file; - for stdout alone")
	return c
}

// writeTimeline draws plan as of now into path, or onto stdout for "-".
func writeTimeline(e *env, plan *advisor.Plan, path string) error {
	r, err := timeline.New()
	if err != nil {
		return fmt.Errorf("plan: %w", err)
	}
	data, err := r.PNG(plan, e.now())
	if err != nil {
		return fmt.Errorf("plan: %w", err)
	}
	if path == "-" {
		_, err = e.stdout.Write(data)
		return err
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return fmt.Errorf("plan: --png: %w", err)
	}
	return nil
}

// checkPlanFlags names the first bad or missing flag and its allowed values.
func checkPlanFlags(cmd *cobra.Command, p advisor.Profile) error {
	enums := []struct {
		flag  string
		slot  advisor.Slot
		value string
	}{
		{"programming", advisor.SlotProgramming, p.Programming},
		{"ml", advisor.SlotML, p.ML},
		{"goal", advisor.SlotGoal, p.Goal},
	}
	for _, en := range enums {
		if err := checkEnum(en.flag, en.slot, en.value); err != nil {
			return err
		}
	}
	if p.HoursPerWeek < advisor.MinHours || p.HoursPerWeek > advisor.MaxHours {
		if !cmd.Flags().Changed("hours") {
			return usageError("plan: --hours is required (%d-%d hours per week)", advisor.MinHours, advisor.MaxHours)
		}
		return usageError("plan: --hours %d is out of range: use %d-%d hours per week", p.HoursPerWeek, advisor.MinHours, advisor.MaxHours)
	}
	if err := checkEnum("budget", advisor.SlotBudget, p.Budget); err != nil {
		return err
	}
	if err := p.Validate(); err != nil {
		return usageError("plan: --start %q is not a date: use YYYY-MM-DD", p.Start)
	}
	return nil
}

func checkEnum(flag string, slot advisor.Slot, value string) error {
	allowed := advisor.AllowedValues[slot]
	if value == "" {
		return usageError("plan: --%s is required: one of %s", flag, strings.Join(allowed, ", "))
	}
	for _, a := range allowed {
		if a == value {
			return nil
		}
	}
	return usageError("plan: --%s %q is not one of %s", flag, value, strings.Join(allowed, ", "))
}

// planFormats are the values --format accepts.
var planFormats = []string{"text", "json", "md", "ics"}

// planFormat resolves --format and its --json alias; asking for two
// different formats is a usage error rather than a silent choice.
func planFormat(cmd *cobra.Command, format string, asJSON bool) (string, error) {
	ok := false
	for _, f := range planFormats {
		ok = ok || f == format
	}
	if !ok {
		return "", usageError("plan: --format %q is not one of %s", format, strings.Join(planFormats, ", "))
	}
	if asJSON {
		if cmd.Flags().Changed("format") && format != "json" {
			return "", usageError("plan: --json conflicts with --format %s: use one of them", format)
		}
		return "json", nil
	}
	return format, nil
}
