package advisor

import (
	"testing"
	"unicode/utf8"
)

func TestExtract(t *testing.T) {
	x := newExtractor()
	tests := []struct {
		text   string
		asking Slot
		want   Profile
	}{
		{"backend dev, never touched ML, want to do MLOps, ~6h a week, can't pay much", "", Profile{ProgrammingProfessional, MLNone, GoalMLOps, 6, BudgetAid, ""}},
		{"I want to become an ML engineer", "", Profile{Goal: GoalMLEngineer}},
		{"data scientist, some python, took an ML course, 5 hours a week, I can pay", "", Profile{ProgrammingSome, MLCoursework, GoalDataScientist, 5, BudgetPaid, ""}},
		{"I'm a product manager, no coding", "", Profile{Programming: ProgrammingNone}},
		{"never programmed", "", Profile{Programming: ProgrammingNone}},
		{"a bit of python", "", Profile{Programming: ProgrammingSome}},
		{"full stack dev", "", Profile{Programming: ProgrammingProfessional}},
		{"5 years of java", "", Profile{Programming: ProgrammingProfessional}},
		{"built a few models on kaggle", "", Profile{ML: MLBuiltModels}},
		{"deployed models to production", "", Profile{ML: MLProduction}},
		{"I've trained some models", "", Profile{ML: MLBuiltModels}},
		{"actually 8 hours", "", Profile{HoursPerWeek: 8}},
		{"an hour a day", "", Profile{HoursPerWeek: 7}},
		{"2 hours per day", "", Profile{HoursPerWeek: 14}},
		{"5-10 hours a week", "", Profile{HoursPerWeek: 8}},
		{"five hours", "", Profile{HoursPerWeek: 5}},
		{"15h/week", "", Profile{HoursPerWeek: 15}},
		{"8", SlotHours, Profile{HoursPerWeek: 8}},
		{"about 12 a week", SlotHours, Profile{HoursPerWeek: 12}},
		{"no", SlotProgramming, Profile{Programming: ProgrammingNone}},
		{"no", SlotML, Profile{ML: MLNone}},
		{"a little", SlotML, Profile{ML: MLCoursework}},
		{"2", SlotGoal, Profile{Goal: GoalDataScientist}},
		{"3", SlotBudget, Profile{Budget: BudgetAid}},
		{"mlops", SlotProgramming, Profile{Goal: GoalMLOps}},
		{"free only", "", Profile{Budget: BudgetFree}},
		{"my employer pays", "", Profile{Budget: BudgetPaid}},
		{"I'd need financial aid", "", Profile{Budget: BudgetAid}},
		{"I have 6 hours of free time a week", "", Profile{HoursPerWeek: 6}},
		{"start 2027-01-04", "", Profile{Start: "2027-01-04"}},
		{"I want to start next week", "", Profile{Start: "2026-11-30"}},
		{"I'm a beginner", "", Profile{}},
		{"understand ML so I can work with engineers", "", Profile{Goal: GoalLiteracy}},
		{"PhD research", "", Profile{Goal: GoalResearch}},
		{"fill a specific gap", "", Profile{Goal: GoalFillGap}},
	}
	for _, tt := range tests {
		got := x.extract(normalizeText(tt.text), tt.asking, today)
		if got.profile != tt.want {
			t.Errorf("extract(%q, asking %q)\n got %+v\nwant %+v", tt.text, tt.asking, got.profile, tt.want)
		}
	}
}

func TestExtractRejectsOutOfRangeHours(t *testing.T) {
	x := newExtractor()
	for _, in := range []string{"100 hours a week", "0 hours"} {
		f := x.extract(normalizeText(in), "", today)
		if f.hoursErr == "" || f.profile.HoursPerWeek != 0 {
			t.Errorf("extract(%q) = %+v, want an hours error", in, f)
		}
	}
	if f := x.extract(normalizeText("start 2027-02-30"), "", today); f.startErr == "" {
		t.Errorf("an impossible start date was accepted: %+v", f)
	}
}

// FuzzExtract: any text, in any context, yields only allowed values.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"backend dev, never touched ML, want to do MLOps, ~6h a week, can't pay much",
		"99999999999999999999 hours", "1.5.5 hrs a day", "start 2027-01-04", "—–’", "\xff\xfe", "2", "",
	} {
		f.Add(s, "hours")
		f.Add(s, "goal")
	}
	x := newExtractor()
	f.Fuzz(func(t *testing.T, text, asking string) {
		got := x.extract(normalizeText(text), Slot(asking), today)
		if err := got.profile.Validate(); err != nil {
			t.Fatalf("extract(%q) produced an invalid profile: %v", text, err)
		}
		if got.profile != (Profile{}) && !got.any {
			t.Fatalf("filled slots without reporting it: %+v", got)
		}
		if !utf8.ValidString(got.hoursErr) && utf8.ValidString(text) {
			t.Fatalf("hours error %q is not text", got.hoursErr)
		}
	})
}

func TestExtractHandFound(t *testing.T) {
	// Phrasings met while trying the console as a new user would.
	x := newExtractor()
	for text, want := range map[string]Profile{
		"I'm a nurse, never coded, curious about AI for my job": {Programming: ProgrammingNone, Goal: GoalLiteracy},
		"I know nothing about ML":                               {ML: MLNone},
		"no clue about machine learning":                        {ML: MLNone},
	} {
		if got := x.extract(normalizeText(text), "", today).profile; got != want {
			t.Errorf("extract(%q) = %+v, want %+v", text, got, want)
		}
	}
}
