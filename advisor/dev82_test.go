package advisor

import (
	"strings"
	"testing"
)

// dev82's learners, half of them writing in a second language or mixing
// two: a developer denied after the role word ("developer değilim",
// "developer는 아니에요", "kein Software-Developer") is some programming;
// "I have not coded much since 2022" after four years as a Java developer
// keeps the living in code; "knocked up a regression in excel once ...
// never used it for real" is a model of one's own; Italian "capire come
// prevedere" is a prediction to make; Turkish "tahmin etmek istiyorum"
// too; Swahili and Taglish dates and pauses.
func TestDev82SecondLanguage(t *testing.T) {
	a := newTestAdvisor(t)
	start, _ := run(a, Session{}, "hi")
	wantSlot(t, a, start, SlotProgramming, map[string]string{
		"Python biraz, haftada bir test verileri için kullanıyorum, developer değilim. ML yok":                    ProgrammingSome,
		"Python은 매주 실험 데이터 분석에 쓰는데 developer는 아니에요.":                                                              ProgrammingSome,
		"SPS programmier ich jede Woche, aber ich bin kein Software-Developer":                                    ProgrammingSome,
		"I was a Java developer in Nairobi for 4 years before I joined the NGO, I have not coded much since 2022": ProgrammingProfessional,
		"i'm a developer, not a data scientist":                                                                   ProgrammingProfessional,
		"i haven't coded before, total beginner":                                                                  ProgrammingNone,
	})
	ml, _ := run(a, Session{}, "hi", "some python")
	if next, _ := run(a, ml, "knocked up a regression in excel once to guess pothole numbers after a cold snap, never used it for real"); next.Profile.ML != MLBuiltModels {
		t.Errorf("regression in excel: %q", next.Profile.ML)
	}
	goal, _ := run(a, Session{}, "hi", "no coding", "no ml")
	for _, msg := range []string{
		"Voglio capire come prevedere quali camion arriveranno in ritardo, resto in azienda",
		"Her hafta kaç kasa domates çıkacağını tahmin etmek istiyorum, seradan ayrılmıyorum",
	} {
		if next, _ := run(a, goal, msg); next.Profile.Goal != GoalFillGap {
			t.Errorf("%q: goal %q", msg, next.Profile.Goal)
		}
	}
	s := withPlan(t, a, "no coding, ml none, just understand AI, 3 hrs, free")
	for msg, want := range map[string]string{
		"Nitapumzika kidogo, nitaanza tena tarehe 4 Januari":                    "2027-01-04",
		"pa-pause po muna ako, Pasko eh, busy sa bibingka. balik po ako Jan 18": "2027-01-18",
	} {
		if next, r := a.Step(s, Input{Text: msg, Now: convNow}); next.Profile.Start != want {
			t.Errorf("%q: start %q, %q", msg, next.Profile.Start, r.Text)
		}
	}
	if next, _ := run(a, Session{}, "hi", "Free tafadhali, pesa ni ngumu"); next.Profile.Budget != BudgetFree {
		t.Errorf("Free tafadhali: %q", next.Profile.Budget)
	}
}

// "how much will the whole thing cost me at 8 hrs a week?" with only the
// budget open is their path's cost (dev82 got one course's); "if 10 hrs a
// week, how much faster?" in Hinglish weighs a case, it changes nothing
// (dev80 had the hours set).
func TestDev82WholeCostAndFaster(t *testing.T) {
	a := newTestAdvisor(t)
	asking, _ := run(a, Session{}, "hi", "some python", "no ml", "data scientist")
	if _, r := run(a, asking, "how much will the whole thing cost me at 8 hrs a week?"); !strings.Contains(r.Text, "From what you've told me, your path with certificates would cost") {
		t.Errorf("whole cost at 8: %q", r.Text)
	}
	s := withPlan(t, a, "some python, no ml, data scientist, 6 hrs, free")
	next, r := run(a, s, "agar main week mein 10 hrs karun toh kitna jaldi ho jayega?")
	if next.Profile.HoursPerWeek != 6 || !strings.HasPrefix(r.Text, "At 10 h a week your plan would take") {
		t.Errorf("kitna jaldi: %d h, %q", next.Profile.HoursPerWeek, r.Text)
	}
}
