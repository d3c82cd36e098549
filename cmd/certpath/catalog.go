package main

import (
	"errors"
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/certpath/certpath/catalog"
)

func newCatalogCmd(e *env) *cobra.Command {
	c := &cobra.Command{Use: "catalog", Short: "Inspect and validate the course catalog"}
	c.AddCommand(&cobra.Command{
		Use:   "validate [FILE]",
		Short: "Check a catalog file (default: the configured or embedded one) and print every problem",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			path := ""
			if len(args) == 1 {
				path = args[0]
			} else if cfg, err := e.config(); err == nil {
				path = cfg.Catalog
			} else {
				return err
			}
			cat, err := catalog.Load(path)
			var verr *catalog.ValidationError
			if errors.As(err, &verr) {
				for _, p := range verr.Problems() {
					fmt.Fprintf(e.stdout, "%s: %s\n", verr.Name, p)
				}
				return &exitError{code: 1, err: fmt.Errorf("catalog %s: %d problem(s)", verr.Name, len(verr.Problems()))}
			}
			if err != nil {
				return err
			}
			name := path
			if name == "" {
				name = "embedded catalog"
			}
			fmt.Fprintf(e.stdout, "%s is valid: %d courses, %d program types, %d FAQs, prices as of %s.\n",
				name, len(cat.Courses), len(cat.ProgramTypes), len(cat.FAQs), cat.Pricing.AsOf)
			return nil
		},
	})
	c.AddCommand(&cobra.Command{
		Use:   "list",
		Short: "List the courses",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			adv, err := e.advisor()
			if err != nil {
				return err
			}
			cat := adv.Catalog()
			tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tTITLE\tPROVIDER\tRATING\tLEVEL\tHOURS")
			for _, course := range cat.Courses {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%.1f\t%s\t%.0f–%.0f\n", course.ID, course.Title, course.Provider, course.Rating, course.Level, course.HoursMin, course.HoursMax)
			}
			if err := tw.Flush(); err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "Certificates: $%.0f–$%.0f a month on Coursera (as of %s); every course can be audited free.\n",
				cat.Pricing.SubscriptionMonthlyMin, cat.Pricing.SubscriptionMonthlyMax, cat.Pricing.AsOf)
			return nil
		},
	})
	return c
}
