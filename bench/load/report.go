package load

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
	"time"
)

// Summary is one label's results over several rounds: the median round by
// throughput and latency, and the errors of all rounds together.
type Summary struct {
	Label    string
	Platform Platform
	Rounds   int
	RPS      float64 // median over rounds
	P50, P99 time.Duration
	MinRPS   float64
	MaxRPS   float64
	Requests int64
	Errors   int64
}

// Summarize groups results by label and platform, in the order they first
// appear.
func Summarize(results []Result) []Summary {
	type group struct {
		label    string
		platform Platform
	}
	var order []group
	by := map[group][]Result{}
	for _, r := range results {
		g := group{r.Label, r.Platform}
		if _, ok := by[g]; !ok {
			order = append(order, g)
		}
		by[g] = append(by[g], r)
	}
	out := make([]Summary, 0, len(order))
	for _, g := range order {
		rs := by[g]
		s := Summary{Label: g.label, Platform: g.platform, Rounds: len(rs)}
		var rps []float64
		var p50, p99 []time.Duration
		for _, r := range rs {
			rps = append(rps, r.RPS)
			p50 = append(p50, r.P50)
			p99 = append(p99, r.P99)
			s.Requests += r.Requests
			s.Errors += r.Errors
		}
		slices.Sort(rps)
		s.RPS, s.MinRPS, s.MaxRPS = rps[(len(rps)-1)/2], rps[0], rps[len(rps)-1]
		s.P50, s.P99 = Percentile(p50, 0.5), Percentile(p99, 0.5)
		out = append(out, s)
	}
	return out
}

// WriteTable prints the summaries, and for each one of certpath's labels
// the ratios against baseline[platform], the peer of its platform:
// certpath's req/s over the peer's, and the peer's p99 over certpath's, so
// both ratios read "times better" when above 1.
func WriteTable(w io.Writer, sums []Summary, baseline map[Platform]string) error {
	peer := map[Platform]Summary{}
	for _, s := range sums {
		if baseline[s.Platform] == s.Label {
			peer[s.Platform] = s
		}
	}
	sums = slices.Clone(sums)
	// Each platform's rows together, its peer last, so the table reads as
	// "certpath vs. the peer" per platform.
	slices.SortStableFunc(sums, func(a, b Summary) int {
		if c := strings.Compare(string(a.Platform), string(b.Platform)); c != 0 {
			return -c // slack first
		}
		ap, bp := baseline[a.Platform] == a.Label, baseline[b.Platform] == b.Label
		switch {
		case ap == bp:
			return 0
		case ap:
			return 1
		}
		return -1
	})
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "target\tplatform\trounds\treq/s (median)\tmin..max\tp50\tp99\trequests\terrors\treq/s ÷ peer\tpeer p99 ÷ p99\t")
	for _, s := range sums {
		vsRPS, vsP99 := "", ""
		if p, ok := peer[s.Platform]; ok && p.Label != s.Label && p.RPS > 0 && s.P99 > 0 {
			vsRPS = fmt.Sprintf("%.2fx", s.RPS/p.RPS)
			vsP99 = fmt.Sprintf("%.2fx", float64(p.P99)/float64(s.P99))
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%.0f\t%.0f..%.0f\t%s\t%s\t%d\t%d\t%s\t%s\t\n",
			s.Label, s.Platform, s.Rounds, s.RPS, s.MinRPS, s.MaxRPS, ms(s.P50), ms(s.P99), s.Requests, s.Errors, vsRPS, vsP99)
	}
	return tw.Flush()
}

// WriteRounds prints, for every label of results other than ref, how it
// compares with ref round by round, each round against ref's result of
// the same round (same machine, same minute): req/s as a share of ref's
// and p99 over ref's, then their medians. Results without a Round, and
// rounds ref has no result in, are left out.
func WriteRounds(w io.Writer, results []Result, platform Platform, ref string) error {
	refs := map[string]Result{}
	for _, r := range results {
		if r.Label == ref && r.Platform == platform && r.Round != "" {
			refs[r.Round] = r
		}
	}
	type row struct {
		label      string
		rps, p99   []float64
		perRoundTx []string
	}
	var rows []*row
	byLabel := map[string]*row{}
	for _, r := range results {
		base, ok := refs[r.Round]
		if r.Label == ref || r.Platform != platform || !ok || base.RPS <= 0 || base.P99 <= 0 {
			continue
		}
		rw := byLabel[r.Label]
		if rw == nil {
			rw = &row{label: r.Label}
			byLabel[r.Label] = rw
			rows = append(rows, rw)
		}
		rps, p99 := r.RPS/base.RPS, float64(r.P99)/float64(base.P99)
		rw.rps, rw.p99 = append(rw.rps, rps), append(rw.p99, p99)
		rw.perRoundTx = append(rw.perRoundTx, fmt.Sprintf("%s %.2f/%.2f", r.Round, rps, p99))
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "against %s (%s)\treq/s ÷ %s (median)\tp99 ÷ %s (median)\tper round (req/s/p99)\n", ref, platform, ref, ref)
	for _, rw := range rows {
		fmt.Fprintf(tw, "%s\t%.2f\t%.2f\t%s\n", rw.label, median(rw.rps), median(rw.p99), strings.Join(rw.perRoundTx, ", "))
	}
	return tw.Flush()
}

func median(v []float64) float64 {
	v = slices.Clone(v)
	slices.Sort(v)
	return v[(len(v)-1)/2]
}
