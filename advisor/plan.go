package advisor

import (
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/certpath/certpath/catalog"
)

// DateLayout is how plans write dates.
const DateLayout = "2006-01-02"

// ErrIncompleteProfile is returned by Plan when a required slot is empty.
var ErrIncompleteProfile = errors.New("profile is incomplete")

// Plan sequences courses for a complete profile, dated from today (or the
// profile's start date) and costed from the catalog's prices.
func (a *Advisor) Plan(p Profile, today time.Time) (*Plan, error) {
	if missing := p.Missing(); len(missing) > 0 {
		return nil, fmt.Errorf("advisor: plan: %w: missing %v", ErrIncompleteProfile, missing)
	}
	if err := p.Validate(); err != nil {
		return nil, fmt.Errorf("advisor: plan: %w", err)
	}
	cat := a.cat
	ids, skipped, done := sequence(p)
	plan := &Plan{Profile: p, PriceAsOf: cat.Pricing.AsOf, PriceSource: cat.Pricing.Source}
	start := dateOnly(today)
	if p.Start != "" {
		start, _ = time.Parse(DateLayout, p.Start) // validated above
	}
	plan.Start = start.Format(DateLayout)

	cursor := start
	courseWeeks := 0
	for _, id := range ids {
		step := Step{Course: id}
		if id == cat.Project.ID {
			step.Title, step.Provider, step.Hours, step.Why = cat.Project.Title, cat.Project.Provider, cat.Project.Hours, cat.Project.Why
		} else {
			course, _ := cat.Course(id)
			step.Title, step.Provider, step.Hours = course.Title, course.Provider, course.Hours()
			step.Why = why(cat, p, id)
		}
		step.Weeks = weeksFor(step.Hours, p.HoursPerWeek)
		end := cursor.AddDate(0, 0, step.Weeks*7-1)
		step.Start, step.End = cursor.Format(DateLayout), end.Format(DateLayout)
		cursor = end.AddDate(0, 0, 1)
		plan.Steps = append(plan.Steps, step)
		plan.TotalHours += step.Hours
		plan.TotalWeeks += step.Weeks
		if id != cat.Project.ID {
			courseWeeks += step.Weeks
		}
	}
	plan.End = cursor.AddDate(0, 0, -1).Format(DateLayout)
	costPlan(cat, plan, courseWeeks)
	plan.Notes = notes(cat, p, plan, skipped, done)
	return plan, nil
}

// sequence picks the courses for a profile in the guide's order, the
// ones skipped because the learner already knows them, and the ones left
// out because the learner has completed them (Profile.Completed).
func sequence(p Profile) (ids, skipped, done []string) {
	const (
		regression  = "ml-regression"
		class       = "ml-classification"
		structuring = "structuring-ml-projects"
		applied     = "applied-ml-python"
		production  = "production-ml-systems"
		forAll      = "ml-for-all"
		project     = "portfolio-project"
	)
	builtModels := p.ML == MLBuiltModels || p.ML == MLProduction
	add := func(id string, include, known bool) {
		switch {
		case include && p.HasCompleted(id):
			done = append(done, id)
		case include && known:
			skipped = append(skipped, id)
		case include:
			ids = append(ids, id)
		}
	}
	if p.Goal == GoalLiteracy {
		// Literacy needs neither the Applied nor the Production course.
		add(forAll, true, p.ML != MLNone)
		if p.ML != MLNone {
			// Someone who already knows the concepts learns most from how
			// real projects are diagnosed and prioritised.
			add(structuring, true, false)
		}
		return ids, skipped, done
	}
	if p.Programming == ProgrammingNone {
		add(forAll, true, false)
	}
	switch p.Goal {
	case GoalFillGap:
		// A single-course certificate fills one gap: the next step after
		// what the learner already knows.
		switch p.ML {
		case MLNone, MLCoursework:
			add(regression, true, false)
			add(class, true, false)
		case MLBuiltModels:
			add(structuring, true, false)
			add(applied, true, false)
		case MLProduction:
			add(production, true, false)
		}
		return ids, skipped, done
	case GoalResearch:
		add(regression, true, builtModels)
		add(class, true, builtModels)
		add(structuring, true, false)
		return ids, skipped, done
	}
	deploy := p.Goal == GoalMLEngineer || p.Goal == GoalMLOps
	add(regression, true, builtModels)
	add(class, true, builtModels)
	add(structuring, true, p.ML == MLProduction)
	add(applied, p.Goal != GoalMLOps || !builtModels, builtModels && p.Programming == ProgrammingProfessional)
	add(production, deploy, false)
	ids = append(ids, project)
	return ids, skipped, done
}

// why explains a course's place, from the guide's order and this profile.
func why(cat *catalog.Catalog, p Profile, id string) string {
	reason := cat.OrderWhy(id)
	switch {
	case id == cat.NonProgrammer.Course && p.Goal != GoalLiteracy:
		reason += " Start here before the code-heavy courses."
	case id == "structuring-ml-projects" && p.Goal == GoalLiteracy:
		course, _ := cat.Course(id)
		reason = course.Teaches + " Useful when you work alongside engineers who build models."
	case id == "production-ml-systems" && p.Goal == GoalMLOps:
		reason += " It is the course for MLOps: pipelines, data validation, feature stores and monitoring."
	}
	return reason
}

func weeksFor(hours float64, perWeek int) int {
	return int(math.Ceil(hours / float64(perWeek)))
}

// costPlan fills the cost fields. A subscription is paid per month while
// courses run; the portfolio project needs none.
func costPlan(cat *catalog.Catalog, plan *Plan, courseWeeks int) {
	pr := cat.Pricing
	months := int(math.Ceil(float64(courseWeeks*7) / 30))
	lo, hi := float64(months)*pr.SubscriptionMonthlyMin, float64(months)*pr.SubscriptionMonthlyMax
	if months == 0 && plan.Profile.Budget != BudgetFree {
		// Only the portfolio project left (dev72: "Cost: $0–$0: 0 months
		// of subscription"): nothing to pay for.
		plan.CostUSD, plan.CostMinUSD, plan.CostMaxUSD = 0, 0, 0
		plan.CostNote = "$0: no course left to pay for; the portfolio project needs no subscription."
		return
	}
	switch plan.Profile.Budget {
	case BudgetFree:
		plan.CostUSD, plan.CostMinUSD, plan.CostMaxUSD = pr.AuditCost, pr.AuditCost, pr.AuditCost
		plan.CostNote = fmt.Sprintf("$%s: audit every course free (no certificate).", money(pr.AuditCost))
	case BudgetPaid:
		// Budget for the top of the range; the low end is shown beside it.
		plan.CostUSD, plan.CostMinUSD, plan.CostMaxUSD = hi, lo, hi
		plan.CostNote = fmt.Sprintf("$%s–$%s: %d month%s of subscription at $%s–$%s a month.",
			money(lo), money(hi), months, plural(months), money(pr.SubscriptionMonthlyMin), money(pr.SubscriptionMonthlyMax))
	case BudgetAid:
		plan.CostUSD, plan.CostMinUSD, plan.CostMaxUSD = 0, 0, hi
		plan.CostNote = fmt.Sprintf("$0 with financial aid (most applicants are approved); $%s–$%s without it (%d month%s at $%s–$%s a month).",
			money(lo), money(hi), months, plural(months), money(pr.SubscriptionMonthlyMin), money(pr.SubscriptionMonthlyMax))
	}
}

// usdAmount finds an amount in dollars: "$100", "100 bucks", "usd 40",
// "100 dollars", "$2k".
var usdAmount = regexp.MustCompile(`(?:\$\s?|\busd\s?)(\d[\d,]*(?:\.\d+)?)(k\b)?|\b(\d[\d,]*(?:\.\d+)?)(k)?\s?(?:dollars?|bucks|usd)\b`)

// perMonth and perYear follow an amount paid each month or year.
var (
	perMonth = regexp.MustCompile(`^\s*(?:(?:a|per|each|every|/|in\s+(?:a|the)?)\s*(?:month|mo|mth)\b|monthly\b)`)
	perYear  = regexp.MustCompile(`^\s*(?:(?:a|per|each|every|/)\s*(?:year|yr)\b|yearly\b|annually\b)`)
)

// usdCap reads the amount a learner can spend from their words, and
// what it is per ("month", "year" or "" for the total). An amount asked
// about ("it's like 50 bucks a month right?") is the price they heard,
// not what they can spend.
func usdCap(text string) (amount float64, per string, ok bool) {
	low := strings.ToLower(text)
	m := usdAmount.FindStringSubmatchIndex(low)
	if m == nil {
		return 0, "", false
	}
	g := 1 // "$100" or "usd 40"; else "100 bucks"
	if m[2] < 0 {
		g = 3
	}
	num, thousands := low[m[2*g]:m[2*g+1]], m[2*g+2] >= 0
	v, err := strconv.ParseFloat(strings.ReplaceAll(num, ",", ""), 64)
	if err != nil {
		return 0, "", false
	}
	if thousands {
		v *= 1000
	}
	rest := low[m[1]:]
	if end := strings.IndexAny(rest, ".!\n"); end >= 0 {
		rest = rest[:end]
	}
	if strings.Contains(rest, "?") || strings.Contains(rest, " right") {
		return 0, "", false
	}
	switch {
	case perMonth.MatchString(low[m[1]:]):
		return v, "month", true
	case perYear.MatchString(low[m[1]:]):
		return v, "year", true
	}
	return v, "", true
}

// budgetCapNote compares a paid plan's cost with the amount the learner
// said they can spend ("no more than 100 bucks total" was read as "can
// pay" and the plan's $147–$237 never compared with it; noticed in the
// eighteenth session), or returns "" when it fits or none was said.
func budgetCapNote(cat *catalog.Catalog, plan *Plan, said string) string {
	capUSD, per, ok := usdCap(said)
	if !ok || plan.Profile.Budget != BudgetPaid || plan.CostMaxUSD == 0 {
		return ""
	}
	pr := cat.Pricing
	lo, hi := pr.SubscriptionMonthlyMin, pr.SubscriptionMonthlyMax
	stay := "To stay within it, audit for free and subscribe only in the months you want a certificate, or apply for financial aid (most applicants are approved)."
	if per == "month" {
		switch {
		case capUSD < lo:
			return fmt.Sprintf("Your $%s a month is less than the subscription's $%s–$%s a month. %s", money(capUSD), money(lo), money(hi), stay)
		case capUSD < hi:
			return fmt.Sprintf("Your $%s a month covers the subscription at $%s a month, not at the top of the guide's range ($%s).", money(capUSD), money(lo), money(hi))
		}
		return ""
	}
	months := int(math.Round(plan.CostMinUSD / lo))
	yours := "$" + money(capUSD)
	if per == "year" {
		// A yearly allowance, once for each year the plan runs.
		yours += " a year"
		capUSD *= math.Ceil(float64(months) / 12)
	}
	switch {
	case capUSD < lo:
		return fmt.Sprintf("Your %s is less than one month of the subscription ($%s–$%s a month); the plan needs %d. %s", yours, money(lo), money(hi), months, stay)
	case capUSD < plan.CostMinUSD:
		return fmt.Sprintf("Your %s covers about %d of the plan's %d months at $%s a month. %s", yours, int(capUSD/lo), months, money(lo), stay)
	case capUSD < plan.CostMaxUSD:
		return fmt.Sprintf("Your %s covers the plan at $%s a month ($%s), not at the top of the guide's range ($%s).", yours, money(lo), money(plan.CostMinUSD), money(plan.CostMaxUSD))
	}
	return ""
}

func notes(cat *catalog.Catalog, p Profile, plan *Plan, skipped, done []string) []string {
	var out []string
	hours := fmt.Sprint(p.HoursPerWeek)
	titles := func(ids []string) []string {
		out := make([]string, len(ids))
		for i, id := range ids {
			c, _ := cat.Course(id)
			out[i] = c.Title
		}
		return out
	}
	if len(done) > 0 {
		out = append(out, cat.Note("skip_done", "{courses}", strings.Join(titles(done), ", ")))
	}
	if len(skipped) > 0 {
		titles := titles(skipped)
		if p.Goal == GoalLiteracy && len(skipped) == 1 && skipped[0] == cat.NonProgrammer.Course {
			out = append(out, cat.Note("literacy_known"))
		} else {
			out = append(out, cat.Note("skip_known", "{courses}", strings.Join(titles, ", ")))
		}
	}
	if p.Programming == ProgrammingNone && p.Goal != GoalLiteracy {
		out = append(out, cat.Note("learn_programming"))
	}
	if p.Goal == GoalResearch {
		out = append(out, cat.Note("research"))
	}
	if hiring(p.Goal) {
		out = append(out, cat.Note("portfolio"))
	}
	switch {
	case p.HoursPerWeek >= 20:
		out = append(out, cat.Note("second_job", "{hours}", hours, "{s}", plural(p.HoursPerWeek)))
	case p.HoursPerWeek >= 10:
		out = append(out, cat.Note("ambitious", "{hours}", hours, "{s}", plural(p.HoursPerWeek)))
	case p.HoursPerWeek <= 2:
		out = append(out, cat.Note("slow", "{hours}", hours, "{s}", plural(p.HoursPerWeek)))
	}
	switch p.Budget {
	case BudgetFree:
		out = append(out, cat.Note("audit_only"))
	case BudgetAid:
		out = append(out, cat.Note("aid"))
		if how := cat.Pricing.FinancialAidHow; how != "" {
			out = append(out, how)
		}
	}
	out = append(out, cat.Note("hours_estimate"))
	if hiring(p.Goal) {
		out = append(out, cat.Note("project_estimate"))
	}
	return out
}

func hiring(goal string) bool {
	return goal == GoalDataScientist || goal == GoalMLEngineer || goal == GoalMLOps
}

// Validate checks every filled slot holds an allowed value.
func (p Profile) Validate() error {
	var errs []error
	check := func(s Slot, v string) {
		if v != "" && !allowed(s, v) {
			errs = append(errs, fmt.Errorf("%s %q is not one of %s", s, v, strings.Join(AllowedValues[s], ", ")))
		}
	}
	check(SlotProgramming, p.Programming)
	check(SlotML, p.ML)
	check(SlotGoal, p.Goal)
	check(SlotBudget, p.Budget)
	if p.HoursPerWeek != 0 && (p.HoursPerWeek < MinHours || p.HoursPerWeek > MaxHours) {
		errs = append(errs, fmt.Errorf("hours %d is not between %d and %d", p.HoursPerWeek, MinHours, MaxHours))
	}
	if p.Start != "" {
		if _, err := time.Parse(DateLayout, p.Start); err != nil {
			errs = append(errs, fmt.Errorf("start %q is not a date (YYYY-MM-DD)", p.Start))
		}
	}
	return errors.Join(errs...)
}

func allowed(s Slot, v string) bool {
	for _, a := range AllowedValues[s] {
		if a == v {
			return true
		}
	}
	return false
}

func dateOnly(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func money(v float64) string {
	if v == math.Trunc(v) {
		return fmt.Sprintf("%.0f", v)
	}
	return fmt.Sprintf("%.2f", v)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
