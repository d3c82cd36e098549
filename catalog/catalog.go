// Package catalog holds the facts certpath advises from: courses, program
// types, prices with their as-of date, the recommended order and the FAQ.
// The data is embedded YAML taken from the ML certificate programs guide; a
// custom file can replace it. Loading validates everything and reports every
// problem at once, so an operator fixes a catalog in one pass.
package catalog

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"os"
	"regexp"
	"strings"

	"go.yaml.in/yaml/v3"
)

//go:embed catalog.yaml
var embedded []byte

// Catalog is the whole validated data set.
type Catalog struct {
	Source           string        `yaml:"source" json:"source"`
	AsOf             string        `yaml:"as_of" json:"as_of"`
	Pricing          Pricing       `yaml:"pricing" json:"pricing"`
	Durations        Durations     `yaml:"durations" json:"durations"`
	Courses          []Course      `yaml:"courses" json:"courses"`
	Project          Project       `yaml:"project" json:"project"`
	ProgramTypes     []ProgramType `yaml:"program_types" json:"program_types"`
	Traits           []Trait       `yaml:"traits" json:"traits"`
	RecommendedOrder []OrderStep   `yaml:"recommended_order" json:"recommended_order"`
	NonProgrammer    OrderStep     `yaml:"non_programmer" json:"non_programmer"`
	Recognition      Recognition   `yaml:"recognition" json:"recognition"`
	FAQs             []FAQ         `yaml:"faqs" json:"faqs"`
	// PlanNotes are the planner's sentences, by name (see RequiredPlanNotes).
	PlanNotes map[string]string `yaml:"plan_notes" json:"plan_notes"`
	byID      map[string]int    `yaml:"-"`
}

// Pricing is what a certificate costs, as of a date, from a source.
type Pricing struct {
	Currency               string  `yaml:"currency" json:"currency"`
	SubscriptionMonthlyMin float64 `yaml:"subscription_monthly_min" json:"subscription_monthly_min"`
	SubscriptionMonthlyMax float64 `yaml:"subscription_monthly_max" json:"subscription_monthly_max"`
	AuditCost              float64 `yaml:"audit_cost" json:"audit_cost"`
	AsOf                   string  `yaml:"as_of" json:"as_of"`
	Source                 string  `yaml:"source" json:"source"`
	Note                   string  `yaml:"note" json:"note"`
	FinancialAid           string  `yaml:"financial_aid" json:"financial_aid"`
	FinancialAidHow        string  `yaml:"financial_aid_how" json:"financial_aid_how"`
}

// Durations are the guide's time figures.
type Durations struct {
	CourseHoursMin             float64 `yaml:"course_hours_min" json:"course_hours_min"`
	CourseHoursMax             float64 `yaml:"course_hours_max" json:"course_hours_max"`
	SpecializationMonthsMin    float64 `yaml:"specialization_months_min" json:"specialization_months_min"`
	SpecializationMonthsMax    float64 `yaml:"specialization_months_max" json:"specialization_months_max"`
	SpecializationHoursPerWeek float64 `yaml:"specialization_hours_per_week" json:"specialization_hours_per_week"`
	SpecializationHoursMin     float64 `yaml:"specialization_hours_min" json:"specialization_hours_min"`
	SpecializationHoursMax     float64 `yaml:"specialization_hours_max" json:"specialization_hours_max"`
	Source                     string  `yaml:"source" json:"source"`
}

// Course is one certificate course.
type Course struct {
	ID               string   `yaml:"id" json:"id"`
	Title            string   `yaml:"title" json:"title"`
	Provider         string   `yaml:"provider" json:"provider"`
	Platform         string   `yaml:"platform" json:"platform"`
	Rating           float64  `yaml:"rating" json:"rating"`
	Level            string   `yaml:"level" json:"level"`
	Kind             string   `yaml:"kind" json:"kind"`
	NeedsProgramming bool     `yaml:"needs_programming" json:"needs_programming"`
	Topics           []string `yaml:"topics" json:"topics"`
	Audience         string   `yaml:"audience" json:"audience"`
	Teaches          string   `yaml:"teaches" json:"teaches"`
	HoursMin         float64  `yaml:"hours_min" json:"hours_min"`
	HoursMax         float64  `yaml:"hours_max" json:"hours_max"`
	Prerequisites    []string `yaml:"prerequisites" json:"prerequisites"`
	Recognition      string   `yaml:"recognition" json:"recognition"`
}

// Hours is the planning estimate for a course: the middle of the guide's
// range, since the guide gives a range and no single figure.
func (c Course) Hours() float64 { return (c.HoursMin + c.HoursMax) / 2 }

// Project is the portfolio step that ends a plan aimed at being hired.
type Project struct {
	ID          string  `yaml:"id" json:"id"`
	Title       string  `yaml:"title" json:"title"`
	Provider    string  `yaml:"provider" json:"provider"`
	Hours       float64 `yaml:"hours" json:"hours"`
	HoursSource string  `yaml:"hours_source" json:"hours_source"`
	Why         string  `yaml:"why" json:"why"`
}

// ProgramType is one of the guide's four kinds of program.
type ProgramType struct {
	ID          string  `yaml:"id" json:"id"`
	Name        string  `yaml:"name" json:"name"`
	Description string  `yaml:"description" json:"description"`
	Cost        string  `yaml:"cost" json:"cost"`
	CostMinUSD  float64 `yaml:"cost_min_usd" json:"cost_min_usd"`
	CostMaxUSD  float64 `yaml:"cost_max_usd" json:"cost_max_usd"`
	CostUnit    string  `yaml:"cost_unit" json:"cost_unit"`
	GoodAt      string  `yaml:"good_at" json:"good_at"`
	WeakAt      string  `yaml:"weak_at" json:"weak_at"`
}

// Trait is one of the four traits of a program worth pursuing.
type Trait struct {
	ID     string `yaml:"id" json:"id"`
	Name   string `yaml:"name" json:"name"`
	Detail string `yaml:"detail" json:"detail"`
}

// OrderStep is one place in the recommended order, with its reason.
type OrderStep struct {
	Course string `yaml:"course" json:"course"`
	Why    string `yaml:"why" json:"why"`
}

// Recognition is what the guide says employers recognize.
type Recognition struct {
	Recognized []string `yaml:"recognized" json:"recognized"`
	Notes      []string `yaml:"notes" json:"notes"`
}

// FAQ is a question the guide answers, with words people use to ask it.
type FAQ struct {
	ID       string   `yaml:"id" json:"id"`
	Question string   `yaml:"question" json:"question"`
	Keywords []string `yaml:"keywords" json:"keywords"`
	Answer   string   `yaml:"answer" json:"answer"`
}

// RequiredPlanNotes are the plan_notes the planner uses.
var RequiredPlanNotes = []string{
	"research", "portfolio", "ambitious", "second_job", "slow", "audit_only", "aid",
	"learn_programming", "literacy_known", "skip_known", "hours_estimate", "project_estimate",
}

// Note returns a plan note with {name} placeholders replaced.
func (c *Catalog) Note(name string, replacements ...string) string {
	return strings.NewReplacer(replacements...).Replace(c.PlanNotes[name])
}

// Default returns the embedded catalog. It is validated by the tests, so an
// error here means a broken build.
func Default() (*Catalog, error) { return Parse(embedded, "catalog.yaml (embedded)") }

// Load reads a catalog file; an empty path means the embedded one.
func Load(path string) (*Catalog, error) {
	if path == "" {
		return Default()
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("catalog: %w", err)
	}
	return Parse(data, path)
}

// Parse decodes and validates a catalog; name is used in error messages.
func Parse(data []byte, name string) (*Catalog, error) {
	var c Catalog
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil {
		return nil, fmt.Errorf("catalog: %s: %w", name, err)
	}
	if err := c.Validate(); err != nil {
		return nil, &ValidationError{Name: name, Err: err}
	}
	return &c, nil
}

// ValidationError lists every problem found in one catalog.
type ValidationError struct {
	Name string
	Err  error
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("catalog: %s is invalid:\n%s", e.Name, e.Err)
}

func (e *ValidationError) Unwrap() error { return e.Err }

// Problems returns each problem as one line.
func (e *ValidationError) Problems() []string { return strings.Split(e.Err.Error(), "\n") }

var (
	idPattern   = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	asOfPattern = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)
)

// Validate checks the catalog and indexes it. It returns every problem
// joined, each naming where it is.
func (c *Catalog) Validate() error {
	var errs []error
	bad := func(where, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s: %s", where, fmt.Sprintf(format, args...)))
	}
	if c.Source == "" {
		bad("source", "is empty")
	}
	if !asOfPattern.MatchString(c.AsOf) {
		bad("as_of", "%q is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", c.AsOf)
	}
	p := c.Pricing
	if !asOfPattern.MatchString(p.AsOf) {
		bad("pricing.as_of", "%q is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", p.AsOf)
	}
	if p.Source == "" {
		bad("pricing.source", "is empty")
	}
	if p.SubscriptionMonthlyMin <= 0 || p.SubscriptionMonthlyMax < p.SubscriptionMonthlyMin {
		bad("pricing", "subscription_monthly_min %v and max %v must be positive with min <= max", p.SubscriptionMonthlyMin, p.SubscriptionMonthlyMax)
	}
	if p.AuditCost < 0 {
		bad("pricing.audit_cost", "is negative")
	}
	if p.FinancialAid == "" {
		bad("pricing.financial_aid", "is empty")
	}
	d := c.Durations
	if d.CourseHoursMin <= 0 || d.CourseHoursMax < d.CourseHoursMin {
		bad("durations", "course_hours_min %v and max %v must be positive with min <= max", d.CourseHoursMin, d.CourseHoursMax)
	}
	if len(c.Courses) == 0 {
		bad("courses", "no courses")
	}
	c.byID = make(map[string]int, len(c.Courses))
	for i, course := range c.Courses {
		where := fmt.Sprintf("courses[%d]", i)
		if course.ID != "" {
			where = fmt.Sprintf("courses[%d] (%s)", i, course.ID)
		}
		switch {
		case !idPattern.MatchString(course.ID):
			bad(where, "id %q must be lower-case words joined by '-'", course.ID)
		default:
			if _, dup := c.byID[course.ID]; dup {
				bad(where, "duplicate id %q", course.ID)
			} else {
				c.byID[course.ID] = i
			}
		}
		if course.Title == "" {
			bad(where, "title is empty")
		}
		if course.Provider == "" {
			bad(where, "provider is empty")
		}
		if course.Rating < 0 || course.Rating > 10 {
			bad(where, "rating %v is outside 0–10", course.Rating)
		}
		if course.HoursMin <= 0 || course.HoursMax < course.HoursMin {
			bad(where, "hours_min %v and hours_max %v must be > 0 with min <= max", course.HoursMin, course.HoursMax)
		}
		switch course.Level {
		case "beginner", "intermediate", "advanced":
		default:
			bad(where, "level %q must be beginner, intermediate or advanced", course.Level)
		}
	}
	for i, course := range c.Courses {
		for _, pre := range course.Prerequisites {
			if _, ok := c.byID[pre]; !ok {
				bad(fmt.Sprintf("courses[%d] (%s)", i, course.ID), "prerequisite %q is not a course", pre)
			}
		}
	}
	if cycle := c.prerequisiteCycle(); cycle != nil {
		bad("courses", "prerequisites form a cycle: %s", strings.Join(cycle, " -> "))
	}
	if c.Project.ID == "" || c.Project.Title == "" || c.Project.Hours <= 0 {
		bad("project", "needs an id, a title and hours > 0")
	} else if _, clash := c.byID[c.Project.ID]; clash {
		bad("project", "id %q clashes with a course", c.Project.ID)
	}
	seenType := map[string]bool{}
	for i, t := range c.ProgramTypes {
		where := fmt.Sprintf("program_types[%d]", i)
		if t.ID == "" || seenType[t.ID] {
			bad(where, "id %q is empty or duplicate", t.ID)
		}
		seenType[t.ID] = true
		if t.CostMinUSD < 0 || t.CostMaxUSD < t.CostMinUSD {
			bad(where, "cost_min_usd %v and cost_max_usd %v must be >= 0 with min <= max", t.CostMinUSD, t.CostMaxUSD)
		}
		if t.Name == "" || t.GoodAt == "" || t.WeakAt == "" {
			bad(where, "needs a name, good_at and weak_at")
		}
	}
	for i, s := range append(append([]OrderStep{}, c.RecommendedOrder...), c.NonProgrammer) {
		where := fmt.Sprintf("recommended_order[%d]", i)
		if i == len(c.RecommendedOrder) {
			where = "non_programmer"
		}
		if _, ok := c.byID[s.Course]; !ok {
			bad(where, "course %q is not a course", s.Course)
		}
		if s.Why == "" {
			bad(where, "why is empty")
		}
	}
	seenFAQ := map[string]bool{}
	for i, f := range c.FAQs {
		where := fmt.Sprintf("faqs[%d]", i)
		if f.ID != "" {
			where = fmt.Sprintf("faqs[%d] (%s)", i, f.ID)
		}
		if !idPattern.MatchString(f.ID) || seenFAQ[f.ID] {
			bad(where, "id %q is not a unique lower-case id", f.ID)
		}
		seenFAQ[f.ID] = true
		if strings.TrimSpace(f.Question) == "" {
			bad(where, "question is empty")
		}
		if strings.TrimSpace(f.Answer) == "" {
			bad(where, "has no answer")
		}
	}
	if len(c.FAQs) == 0 {
		bad("faqs", "no FAQs")
	}
	for _, name := range RequiredPlanNotes {
		if strings.TrimSpace(c.PlanNotes[name]) == "" {
			bad("plan_notes."+name, "is missing")
		}
	}
	return errors.Join(errs...)
}

// prerequisiteCycle returns one cycle of course ids, or nil.
func (c *Catalog) prerequisiteCycle() []string {
	const (
		unvisited = iota
		visiting
		done
	)
	state := map[string]int{}
	var stack []string
	var visit func(id string) []string
	visit = func(id string) []string {
		switch state[id] {
		case visiting:
			for i, s := range stack {
				if s == id {
					return append(append([]string{}, stack[i:]...), id)
				}
			}
		case done:
			return nil
		}
		i, ok := c.byID[id]
		if !ok {
			return nil
		}
		state[id] = visiting
		stack = append(stack, id)
		for _, pre := range c.Courses[i].Prerequisites {
			if cyc := visit(pre); cyc != nil {
				return cyc
			}
		}
		stack = stack[:len(stack)-1]
		state[id] = done
		return nil
	}
	for _, course := range c.Courses {
		if cyc := visit(course.ID); cyc != nil {
			return cyc
		}
	}
	return nil
}

// Course returns the course with this id.
func (c *Catalog) Course(id string) (Course, bool) {
	i, ok := c.byID[id]
	if !ok {
		return Course{}, false
	}
	return c.Courses[i], true
}

// OrderWhy is the guide's reason for a course's place in the order.
func (c *Catalog) OrderWhy(id string) string {
	for _, s := range c.RecommendedOrder {
		if s.Course == id {
			return s.Why
		}
	}
	if c.NonProgrammer.Course == id {
		return c.NonProgrammer.Why
	}
	return ""
}

// FAQ returns the FAQ with this id.
func (c *Catalog) FAQ(id string) (FAQ, bool) {
	for _, f := range c.FAQs {
		if f.ID == id {
			return f, true
		}
	}
	return FAQ{}, false
}
