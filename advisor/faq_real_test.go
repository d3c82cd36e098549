package advisor

import (
	"os"
	"strings"
	"testing"
)

// The real-question evaluation (issue 13): questions copied from public
// forums, issue threads and Q&A pages with the search tool, in their
// original wording with the story around them, split before tuning. A
// question is right when it is answered with one of its acceptable topics
// (or, out of scope, not answered); "clarified" means a "Did you mean"
// whose options hold a right topic; confident-wrong is an answer with a
// wrong topic, the failure that matters most.

type realResult struct {
	n, right, clarified, wrong, declined int
	oos, oosAnswered, oosClarified       int
	misses                               []string
}

func (r realResult) accuracy() float64 { return float64(r.right) / float64(max(r.n, 1)) }

// acceptable reports whether an answer topic is one of the labels; a
// computed answer counts for its base topic.
func acceptable(topic string, labels []string) bool {
	for _, l := range labels {
		switch {
		case topic == l:
			return true
		case topic == TopicComputedDuration && l == "duration", topic == TopicComputedCost && (l == "free" || l == "financial-aid"):
			return true
		case l == topicCourseInfo && strings.HasPrefix(topic, coursePrefix):
			// "course-info" labels a question about one of the six
			// without saying which; the answer names the course.
			return true
		}
	}
	return false
}

func runReal(a *Advisor, items []realItem, keepMisses bool) realResult {
	return runRealWith(a.Ask, items, keepMisses)
}

func runRealWith(ask func(string) Answer, items []realItem, keepMisses bool) realResult {
	var r realResult
	for _, it := range items {
		ans := ask(it.Q)
		r.n++
		oos := len(it.Topic) == 1 && it.Topic[0] == ""
		if oos {
			r.oos++
			switch {
			case ans.Answered:
				r.oosAnswered++
				r.wrong++
			case len(ans.Clarify) > 0:
				r.oosClarified++
				r.right++
			default:
				r.right++
			}
			if ans.Answered && keepMisses {
				r.misses = append(r.misses, "OOS answered as "+ans.Topic+": "+it.Q)
			}
			continue
		}
		switch {
		case ans.Answered && acceptable(ans.Topic, it.Topic):
			r.right++
		case ans.Answered:
			r.wrong++
			if keepMisses {
				r.misses = append(r.misses, "WRONG "+ans.Topic+" want "+strings.Join(it.Topic, "|")+": "+it.Q)
			}
		case len(ans.Clarify) > 0 && func() bool {
			for _, c := range ans.Clarify {
				if acceptable(c, it.Topic) {
					return true
				}
			}
			return false
		}():
			r.clarified++
			if keepMisses {
				r.misses = append(r.misses, "CLARIFIED "+strings.Join(ans.Clarify, ",")+" want "+strings.Join(it.Topic, "|")+": "+it.Q)
			}
		default:
			r.declined++
			if keepMisses {
				r.misses = append(r.misses, "DECLINED ("+strings.Join(ans.Clarify, ",")+") want "+strings.Join(it.Topic, "|")+": "+it.Q)
			}
		}
	}
	return r
}

func TestFAQRealEval(t *testing.T) {
	a := newTestAdvisor(t)
	show := os.Getenv("FAQ_VERBOSE") != ""
	for _, split := range []struct {
		name    string
		paths   []string
		show    bool
		heldout bool
	}{
		{"tune", realTune, true, false},
		{"held-out", realHeldout, false, true},
	} {
		items := loadRealItems(t, split.paths...)
		r := runReal(a, items, split.show && show)
		for _, m := range r.misses {
			t.Log(m)
		}
		// The matcher this replaced (BM25 over the catalog, 2026-11),
		// for comparison.
		old := runRealWith(a.faq.Match, items, false)
		t.Logf("real questions %-8s old matcher: right %.3f, confident-wrong %d, out of scope answered %d", split.name, old.accuracy(), old.wrong, old.oosAnswered)
		t.Logf("real questions %-8s %3d (%2d out of scope): right %.3f, clarified %d, declined %d, confident-wrong %d (%.1f%%), out of scope answered %d, clarified %d",
			split.name, r.n, r.oos, r.accuracy(), r.clarified, r.declined, r.wrong, 100*float64(r.wrong)/float64(r.n), r.oosAnswered, r.oosClarified)
		if len(split.paths) > 1 {
			// Each collection on its own: a later one shows how the
			// classifier does on sources it was never tuned near.
			for _, p := range split.paths {
				c := runReal(a, loadRealItems(t, p), false)
				t.Logf("  %-32s %3d: right %.3f, clarified %d, declined %d, confident-wrong %d, out of scope answered %d of %d",
					p, c.n, c.accuracy(), c.clarified, c.declined, c.wrong, c.oosAnswered, c.oos)
			}
		}
		// Regression guards at today's levels (2026-11-29). Issue 13 asks
		// for 90% right, at most 1% confident-wrong and no out-of-scope
		// question answered on held-out; not reached yet (see README).
		// Out of scope: 4 of 52 before the fifth collection, 6 of 71
		// after the classifier learned from its tune part (which cross-
		// validation on the earlier 380 questions favoured: 182 right for
		// 10 wrong, against 175 for 10 without it). 2026-11-30: a sixth
		// collection joined (40 held-out) and the features were scaled to
		// one length (intent.go), which trades right answers for fewer
		// wrong ones and more "Did you mean": held-out 261, 0.395 right,
		// 8 wrong (3.1%), 5 of 80 out of scope answered.
		if split.heldout {
			if r.accuracy() < 0.38 {
				t.Errorf("held-out: %.3f right, want at least 0.38", r.accuracy())
			}
			if float64(r.wrong) > 0.04*float64(r.n) {
				t.Errorf("held-out: %d confident-wrong, want at most 4%%", r.wrong)
			}
			if float64(r.oosAnswered) > 0.09*float64(r.oos) {
				t.Errorf("held-out: %d of %d out-of-scope questions answered, want at most 9%%", r.oosAnswered, r.oos)
			}
		}
	}
	_, calib, val := clincSplits(t)
	for _, s := range []struct {
		name string
		qs   []string
	}{{"CLINC calibration", calib}, {"CLINC validation", val}} {
		answered, clarified := 0, 0
		for _, q := range s.qs {
			ans := a.Ask(q)
			switch {
			case ans.Answered:
				answered++
				if show && s.name == "CLINC calibration" {
					t.Logf("CLINC answered as %s: %s", ans.Topic, q)
				}
			case len(ans.Clarify) > 0:
				clarified++
			}
		}
		rate := float64(answered) / float64(len(s.qs))
		t.Logf("%-18s %4d queries: answered %.2f%%, clarified %.2f%%", s.name, len(s.qs), 100*rate, 100*float64(clarified)/float64(len(s.qs)))
		if s.name == "CLINC validation" && rate > 0.02 {
			t.Errorf("%s: %.2f%% answered, want at most 2%%", s.name, 100*rate)
		}
	}
}
