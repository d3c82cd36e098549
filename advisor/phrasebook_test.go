package advisor

import (
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// The phrasebook: single messages in learners' own wording, each with the
// facts it states and only those (testdata/phrasebook_dev.yaml, a tunable
// split styled on real posts). It checks understanding one message at a
// time, including the traps that must set nothing ("I'm free most
// evenings" is no budget).

type phraseItem struct {
	Text   string   `yaml:"text"`
	Asking string   `yaml:"asking"`
	Expect expected `yaml:"expect"`
	Source string   `yaml:"source"`
	Note   string   `yaml:"note"`
}

// loadPhrasebook reads testdata/phrasebook_dev.yaml.
func loadPhrasebook(t testing.TB) []phraseItem {
	t.Helper()
	data, err := os.ReadFile("testdata/phrasebook_dev.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var book struct {
		Items []phraseItem `yaml:"items"`
	}
	if err := yaml.Unmarshal(data, &book); err != nil {
		t.Fatal(err)
	}
	return book.Items
}

func TestPhrasebook(t *testing.T) {
	items := loadPhrasebook(t)
	a := newTestAdvisor(t)
	show := os.Getenv("PHRASE_VERBOSE") != ""
	right := 0
	perNote := map[string][2]int{}
	for _, it := range items {
		// One turn from a fresh session, asked what the item says was
		// asked; the profile afterwards must hold exactly the facts.
		s := Session{Asking: Slot(it.Asking)}
		if it.Asking != "" {
			s.Asked = map[Slot]int{Slot(it.Asking): 1}
		}
		next, _ := a.Step(s, Input{Text: it.Text, Now: convNow})
		p := next.Profile
		if next.Pending != nil && next.Pending.Kind == PendingConfirm {
			// A guess asked about counts as understood when it is right.
			p.set(next.Pending.Slot, next.Pending.Value)
		}
		e := it.Expect
		// What certpath infers beyond the words (a job title's
		// programming) is not held against it where the item expects
		// nothing.
		f := a.nlu.understand(it.Text, Slot(it.Asking), convNow)
		for _, x := range f.Facts {
			if (x.Implied || x.Conf < guessConf) && it.Expect.value(x.Slot) == "" {
				p.set(x.Slot, "")
			}
		}
		got := []string{p.Programming, p.ML, p.Goal, strconv.Itoa(p.HoursPerWeek), p.Budget, p.Start}
		want := []string{e.Programming, e.ML, e.Goal, strconv.Itoa(e.Hours), e.Budget, e.Start}
		done := slices.Clone(p.Completed)
		slices.Sort(done)
		wantDone := slices.Clone(e.Done)
		slices.Sort(wantDone)
		ok := slices.Equal(got, want) && slices.Equal(done, wantDone)
		c := perNote[it.Note]
		c[1]++
		if ok {
			right++
			c[0]++
		} else if show {
			t.Logf("[%s] %q\n   got  %v %v\n   want %v %v", it.Note, it.Text, got, done, want, wantDone)
		}
		perNote[it.Note] = c
	}
	var notes []string
	for n, c := range perNote {
		notes = append(notes, n+" "+strconv.Itoa(c[0])+"/"+strconv.Itoa(c[1]))
	}
	slices.Sort(notes)
	acc := float64(right) / float64(len(items))
	t.Logf("phrasebook dev %d messages: %.3f read exactly right (%s)", len(items), acc, strings.Join(notes, ", "))
	if acc < 0.80 {
		t.Errorf("phrasebook: %.3f right, want at least 0.80", acc)
	}
}
