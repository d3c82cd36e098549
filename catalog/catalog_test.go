package catalog

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDefaultIsValidAndComplete(t *testing.T) {
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	wantTitles := []string{
		"Structuring Machine Learning Projects",
		"Applied Machine Learning in Python",
		"Production Machine Learning Systems",
		"Machine Learning: Regression",
		"Machine Learning: Classification",
		"Machine Learning for All",
	}
	if len(c.Courses) != len(wantTitles) {
		t.Fatalf("got %d courses, want %d", len(c.Courses), len(wantTitles))
	}
	guide, err := os.ReadFile(filepath.Join("..", "..", "shared", "seed", "ml-certificate-programs-guide.txt"))
	for _, title := range wantTitles {
		found := false
		for _, course := range c.Courses {
			found = found || course.Title == title
		}
		if !found {
			t.Errorf("no course titled %q", title)
		}
		if err == nil && !strings.Contains(string(guide), title) {
			t.Errorf("title %q is not in the guide", title)
		}
	}
	if len(c.ProgramTypes) != 4 || len(c.Traits) != 4 {
		t.Errorf("program types %d, traits %d; the guide has 4 of each", len(c.ProgramTypes), len(c.Traits))
	}
	if c.Pricing.SubscriptionMonthlyMin != 49 || c.Pricing.SubscriptionMonthlyMax != 79 || c.Pricing.AsOf == "" {
		t.Errorf("pricing = %+v, want $49–$79 with an as-of date", c.Pricing)
	}
	if s, _ := c.Course("structuring-ml-projects"); s.Rating != 9.8 {
		t.Errorf("structuring rating = %v, want 9.8", s.Rating)
	}
	boot := c.ProgramTypes[3]
	if boot.CostMinUSD != 1000 || boot.CostMaxUSD != 5000 {
		t.Errorf("bootcamp cost = %v–%v, want 1000–5000", boot.CostMinUSD, boot.CostMaxUSD)
	}
	for _, id := range []string{"worth-it", "recognition", "duration", "free", "degree", "expiry"} {
		if _, ok := c.FAQ(id); !ok {
			t.Errorf("the guide's FAQ %q is missing", id)
		}
	}
}

func TestValidateReportsEveryProblem(t *testing.T) {
	bad := `
source: ""
as_of: "last year"
pricing: {currency: USD, subscription_monthly_min: 79, subscription_monthly_max: 49, as_of: "2026", source: s, financial_aid: yes}
durations: {course_hours_min: 20, course_hours_max: 40}
courses:
  - {id: a, title: A, provider: P, rating: 11, level: beginner, hours_min: 0, hours_max: 10, prerequisites: [b]}
  - {id: b, title: B, provider: P, rating: 5, level: beginner, hours_min: 1, hours_max: 2, prerequisites: [a]}
  - {id: b, title: "", provider: P, rating: 5, level: expert, hours_min: 1, hours_max: 2, prerequisites: [zzz]}
project: {id: p, title: P, hours: 1}
recommended_order: [{course: nope, why: x}]
non_programmer: {course: a, why: ""}
faqs:
  - {id: q, question: "Q?", answer: ""}
`
	_, err := Parse([]byte(bad), "bad.yaml")
	var verr *ValidationError
	if !errors.As(err, &verr) {
		t.Fatalf("err = %v, want a ValidationError", err)
	}
	msg := err.Error()
	for _, want := range []string{
		"source: is empty",
		`as_of: "last year" is not a date`,
		"subscription_monthly_min 79 and max 49",
		"courses[0] (a): rating 11 is outside 0–10",
		"courses[0] (a): hours_min 0",
		`courses[2] (b): duplicate id "b"`,
		"courses[2] (b): title is empty",
		`level "expert"`,
		`prerequisite "zzz" is not a course`,
		"prerequisites form a cycle",
		`recommended_order[0]: course "nope" is not a course`,
		"non_programmer: why is empty",
		"faqs[0] (q): has no answer",
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("error does not mention %q:\n%s", want, msg)
		}
	}
	if n := len(verr.Problems()); n < 13 {
		t.Errorf("got %d problems, want every one (>= 13)", n)
	}
}

func TestParseRejectsUnknownFieldsAndBadYAML(t *testing.T) {
	for _, in := range []string{"courses: [", "nonsense_field: 1\n", "\x00"} {
		if _, err := Parse([]byte(in), "x"); err == nil {
			t.Errorf("Parse(%q) succeeded", in)
		}
	}
}

func TestLoadFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.yaml")
	if err := os.WriteFile(path, embedded, 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := Load(path)
	if err != nil || len(c.Courses) != 6 {
		t.Fatalf("Load = %v, %v", c, err)
	}
	if _, err := Load(filepath.Join(t.TempDir(), "missing.yaml")); err == nil {
		t.Error("missing file loaded")
	}
}

func FuzzParse(f *testing.F) {
	f.Add(embedded)
	f.Add([]byte("courses: [{id: a, prerequisites: [a]}]"))
	f.Add([]byte("faqs: [{id: x}]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Parse(data, "fuzz")
		if err == nil {
			// A catalog that validates must be usable.
			for _, course := range c.Courses {
				if _, ok := c.Course(course.ID); !ok {
					t.Fatalf("valid catalog cannot find course %q", course.ID)
				}
			}
		}
	})
}
