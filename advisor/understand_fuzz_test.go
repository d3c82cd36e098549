package advisor

import (
	"math"
	"testing"
	"unicode/utf8"
)

// FuzzUnderstand: any message, whatever was asked, gives a frame of
// allowed values with words quoted from the message, and never panics.
func FuzzUnderstand(f *testing.F) {
	for _, s := range []string{
		"backend dev, never touched ML, want to do MLOps, ~6h a week, can't pay much",
		"12 hrs. hmm no, more like 5", "saturdays and sundays, 3 hours each", "weeknights 7-8pm",
		"mon-thu 9-10pm", "start the monday after dec 18", "14.12.", "in", "start in", "from the",
		"ML = 0", "C++ and C# dev", "1h30 a day", "two 25-min pomodoros", "between 5 and", "3x/week 40 min",
		"\xff\xfe", "", "?", "...", "--- - -", "99999999999 hours a day", "start 2027-02-30",
		// The gloss, CJK segmentation and dates, clock times, decimal
		// commas, doubled amounts.
		"我想读博, 1月15日开始, 每天一个小时", "주말엔 하루 3시간, 1월 15일부터", "weekend 3-3 hours, 21:00-22:30, 1,5 Std.",
		"用过TensorFlow.js 跑别人的预训练模型 12:60 99:99 1,55,5", "quero usar ML no meu trabalho, entre 6 y 8 horas",
	} {
		for _, asking := range []string{"", "hours", "ml", "programming", "budget", "goal"} {
			f.Add(s, asking)
		}
	}
	n := testNLU(f)
	f.Fuzz(func(t *testing.T, msg, asking string) {
		fr := n.understand(msg, Slot(asking), convNow)
		for _, x := range fr.Facts {
			var p Profile
			p.set(x.Slot, x.Value)
			if err := p.Validate(); err != nil || !p.Has(x.Slot) {
				t.Fatalf("understand(%q) fact %s=%q is not allowed: %v", msg, x.Slot, x.Value, err)
			}
			if x.Conf <= 0 || x.Conf > 1 {
				t.Fatalf("understand(%q) fact %+v has confidence %v", msg, x, x.Conf)
			}
			if !utf8.ValidString(x.Words) {
				t.Fatalf("understand(%q) quotes invalid UTF-8 %q", msg, x.Words)
			}
		}
		for _, c := range fr.Completed {
			if _, ok := testCourseIDs[c]; !ok {
				t.Fatalf("understand(%q) completed unknown course %q", msg, c)
			}
		}
	})
}

var testCourseIDs = map[string]bool{
	"ml-regression": true, "ml-classification": true, "structuring-ml-projects": true,
	"applied-ml-python": true, "production-ml-systems": true, "ml-for-all": true,
}

// FuzzUsdCap: any budget message gives no amount or a finite, non-negative
// one, per month, per year or in total, and never panics.
func FuzzUsdCap(f *testing.F) {
	for _, s := range []string{"no more than 100 bucks total", "$2k/yr", "20-30 dollars in month", "usd", "$", "$,", "9999999999999999999999 bucks",
		"$1.5k a month?", "up to $50/mo right", "$0", "1e9 dollars"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, msg string) {
		amt, per, ok := usdCap(msg)
		if !ok && (amt != 0 || per != "") || amt < 0 || math.IsNaN(amt) || per != "" && per != "month" && per != "year" {
			t.Fatalf("usdCap(%q) = %v %q %v", msg, amt, per, ok)
		}
	})
}
