package advisor

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"go.yaml.in/yaml/v3"
)

// Training of the question classifier. It lives in a test so that the
// model is reproducible from the repository alone and its inputs are the
// same files the evaluation reads:
//
//	go test ./advisor -run TestIntentModel -update
//
// retrains and rewrites data/intent_model.bin. Without -update the test
// checks that the embedded model was trained on today's data.

var updateModel = flag.Bool("update", false, "retrain the question classifier and rewrite data/intent_model.bin")

// featureVersion changes whenever feature extraction changes in a way the
// training data hash cannot see (intent.go, text.go's tables).
const featureVersion = "features-9"

// Training hyperparameters, chosen on the tune split (see
// faq_real_test.go for the numbers they give).
var (
	trainEpochs   = 30
	trainRate     = 0.3
	trainL2       = 1e-4
	clincWeight   = 0.01 // each CLINC query counts this much
	nearOOSWeight = 1.0  // near-topic out-of-scope questions
	minClincCount = 2    // features seen only in CLINC must occur this often
	realWeight    = 1.0  // each real question of the tune split
)

// trainExample is one labelled question.
type trainExample struct {
	text   string
	labels []string // soft target: weight split evenly
	weight float64
	clinc  bool
}

// realItem is one question of testdata/faq_real_*.yaml.
type realItem struct {
	Q      string    `yaml:"q"`
	Topic  topicList `yaml:"topic"`
	Source string    `yaml:"source"`
	Kind   string    `yaml:"kind"`
}

// topicList reads a topic written as one string or a list.
type topicList []string

func (t *topicList) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.SequenceNode {
		var l []string
		if err := n.Decode(&l); err != nil {
			return err
		}
		*t = l
		return nil
	}
	var s string
	if err := n.Decode(&s); err != nil {
		return err
	}
	*t = []string{s}
	return nil
}

// The real questions, split before tuning: the first collection and a
// second one (faq_real2_*, collected later the same day from sources the
// first did not use).
var (
	realTune    = []string{"testdata/faq_real_tune.yaml", "testdata/faq_real2_tune.yaml", "testdata/faq_real3_tune.yaml", "testdata/faq_real4_tune.yaml", "testdata/faq_real5_tune.yaml", "testdata/faq_real6_tune.yaml", "testdata/faq_real7_tune.yaml", "testdata/faq_real8_tune.yaml", "testdata/faq_real9_tune.yaml", "testdata/faq_real10_tune.yaml", "testdata/faq_real11_tune.yaml", "testdata/faq_real12_tune.yaml", "testdata/faq_real13_tune.yaml", "testdata/faq_real14_tune.yaml", "testdata/faq_real15_tune.yaml", "testdata/faq_real16_tune.yaml", "testdata/faq_real17_tune.yaml", "testdata/faq_real18_tune.yaml", "testdata/faq_real19_tune.yaml", "testdata/faq_real20_tune.yaml", "testdata/faq_real21_tune.yaml", "testdata/faq_real22_tune.yaml", "testdata/faq_real23_tune.yaml"}
	realHeldout = []string{"testdata/faq_real_heldout.yaml", "testdata/faq_real2_heldout.yaml", "testdata/faq_real3_heldout.yaml", "testdata/faq_real4_heldout.yaml", "testdata/faq_real5_heldout.yaml", "testdata/faq_real6_heldout.yaml", "testdata/faq_real7_heldout.yaml", "testdata/faq_real8_heldout.yaml", "testdata/faq_real9_heldout.yaml", "testdata/faq_real10_heldout.yaml", "testdata/faq_real11_heldout.yaml", "testdata/faq_real12_heldout.yaml", "testdata/faq_real13_heldout.yaml", "testdata/faq_real14_heldout.yaml", "testdata/faq_real15_heldout.yaml", "testdata/faq_real16_heldout.yaml", "testdata/faq_real17_heldout.yaml", "testdata/faq_real18_heldout.yaml", "testdata/faq_real19_heldout.yaml", "testdata/faq_real20_heldout.yaml", "testdata/faq_real21_heldout.yaml", "testdata/faq_real22_heldout.yaml", "testdata/faq_real23_heldout.yaml"}
)

func loadRealItems(t testing.TB, paths ...string) []realItem {
	t.Helper()
	var items []realItem
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var f struct {
			Items []realItem `yaml:"items"`
		}
		if err := yaml.Unmarshal(data, &f); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		items = append(items, f.Items...)
	}
	return items
}

// clincSet mirrors testdata/clinc150.json.
type clincSet struct {
	InScope []struct {
		Text  string `json:"text"`
		Split string `json:"split"`
	} `json:"in_scope"`
	OOS []struct {
		Text  string `json:"text"`
		Split string `json:"split"`
	} `json:"oos"`
}

// clincSplits returns CLINC's training queries (every tenth held back for
// calibration) and its validation queries (only ever measured).
func clincSplits(t testing.TB) (train, calib, val []string) {
	t.Helper()
	data, err := os.ReadFile("testdata/clinc150.json")
	if err != nil {
		t.Fatal(err)
	}
	var c clincSet
	if err := json.Unmarshal(data, &c); err != nil {
		t.Fatal(err)
	}
	i := 0
	add := func(text, split string) {
		switch split {
		case "train", "oos_train":
			if i%10 == 0 {
				calib = append(calib, text)
			} else {
				train = append(train, text)
			}
			i++
		case "val", "oos_val":
			val = append(val, text)
		}
	}
	for _, q := range c.InScope {
		add(q.Text, q.Split)
	}
	for _, q := range c.OOS {
		add(q.Text, q.Split)
	}
	return train, calib, val
}

// trainingIntent maps an evaluation topic to the classifier's class.
func trainingIntent(topic string) string {
	switch {
	case topic == "":
		return intentNearOOS
	case strings.HasPrefix(topic, coursePrefix):
		return topicCourseInfo
	case topic == TopicComputedDuration:
		return "duration"
	case topic == TopicComputedCost:
		return "free"
	}
	return topic
}

// trainingExamples gathers every labelled question the model learns from;
// none comes from a held-out split.
func trainingExamples(t testing.TB) ([]trainExample, []string) {
	t.Helper()
	var f intentsFile
	if err := yaml.Unmarshal(intentsYAML, &f); err != nil {
		t.Fatal(err)
	}
	var classes []string
	var out []trainExample
	classes = append(classes, intentOOS)
	for _, name := range sortedKeys(f.Intents) {
		in := f.Intents[name]
		w := 1.0
		if name == intentOOS {
			name, w = intentNearOOS, nearOOSWeight
		}
		classes = append(classes, name)
		for _, e := range in.Examples {
			out = append(out, trainExample{text: e, labels: []string{name}, weight: w})
		}
	}
	sort.Strings(classes)
	extra, err := os.ReadFile("data/intents_extra.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var ex struct {
		Intents map[string]struct {
			Source   string   `yaml:"source"`
			Examples []string `yaml:"examples"`
		} `yaml:"intents"`
	}
	if err := yaml.Unmarshal(extra, &ex); err != nil {
		t.Fatalf("data/intents_extra.yaml: %v", err)
	}
	for _, name := range sortedKeys(ex.Intents) {
		label, w := name, 1.0
		if name == intentOOS {
			label, w = intentNearOOS, nearOOSWeight
		}
		for _, e := range ex.Intents[name].Examples {
			out = append(out, trainExample{text: e, labels: []string{label}, weight: w})
		}
	}
	team := loadEval(t)
	for _, it := range append(append([]evalItem{}, team.Items...), team.Heldout...) {
		out = append(out, trainExample{text: it.Q, labels: []string{trainingIntent(it.Topic)}, weight: 1})
	}
	for _, it := range loadRealItems(t, realTune...) {
		var labels []string
		for _, l := range it.Topic {
			labels = appendUnique(labels, trainingIntent(l))
		}
		out = append(out, trainExample{text: it.Q, labels: labels, weight: realWeight})
	}
	train, _, _ := clincSplits(t)
	for _, q := range train {
		out = append(out, trainExample{text: q, labels: []string{intentOOS}, weight: clincWeight, clinc: true})
	}
	for _, e := range out {
		for _, l := range e.labels {
			if !contains(classes, l) {
				t.Fatalf("training label %q (of %q) is not an intent in data/intents.yaml", l, e.text)
			}
		}
	}
	return out, classes
}

// trainingHash identifies the inputs of a model.
func trainingHash(exs []trainExample, classes []string) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s|%d|%g|%g|%g|%g|%d|%s\n", featureVersion, trainEpochs, trainRate, trainL2, clincWeight, nearOOSWeight, minClincCount, strings.Join(classes, ","))
	h.Write(lexiconYAML)
	h.Write(intentsYAML)
	for _, e := range exs {
		fmt.Fprintf(h, "%q|%s|%g\n", e.text, strings.Join(e.labels, ","), e.weight)
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// trainIntentModel fits a multinomial logistic regression with AdaGrad,
// deterministically (fixed shuffle seed).
// featureMemo holds each training text's features: they depend only on
// the text and the lexicon, not on the model, so cross-validation's six
// trainings (five folds and the full model) read each text once. Under
// -race that was most of the advisor package's time (2026-12-01: the
// package passed go test's default ten minutes).
var featureMemo = struct {
	sync.Mutex
	adv    *Advisor
	length float64
	m      map[string][]feature
}{}

func memoFeatures(a *Advisor, text string) []feature {
	featureMemo.Lock()
	defer featureMemo.Unlock()
	if featureMemo.adv == nil || featureMemo.adv.nlu != a.nlu || featureMemo.adv.faq != a.faq || featureMemo.length != featLength {
		featureMemo.adv, featureMemo.length, featureMemo.m = a, featLength, map[string][]feature{}
	}
	f, ok := featureMemo.m[text]
	if !ok {
		f = a.intentFeatures(a.splitQuestion(text))
		featureMemo.m[text] = f
	}
	return f
}

func trainIntentModel(a *Advisor, exs []trainExample, classes []string) *intentModel {
	nc := len(classes)
	classIdx := map[string]int{}
	for i, c := range classes {
		classIdx[c] = i
	}
	type vec struct {
		feats  []int32
		vals   []float32
		target []float64
		weight float64
	}
	// Feature index: every feature of an in-scope or near-topic example,
	// and CLINC features seen at least minClincCount times.
	counts := map[string]int{}
	inDomain := map[string]bool{}
	featsOf := make([][]feature, len(exs))
	for i, e := range exs {
		featsOf[i] = memoFeatures(a, e.text)
		for _, f := range featsOf[i] {
			counts[f.name]++
			if !e.clinc {
				inDomain[f.name] = true
			}
		}
	}
	var names []string
	for f, n := range counts {
		if inDomain[f] || n >= minClincCount {
			names = append(names, f)
		}
	}
	sort.Strings(names)
	m := &intentModel{classes: classes, index: map[string]int32{}, bias: make([]float32, nc)}
	for i, f := range names {
		m.index[f] = int32(i)
	}
	vecs := make([]vec, len(exs))
	for i, e := range exs {
		v := vec{target: make([]float64, nc), weight: e.weight}
		for _, l := range e.labels {
			v.target[classIdx[l]] += 1 / float64(len(e.labels))
		}
		for _, f := range featsOf[i] {
			if id, ok := m.index[f.name]; ok {
				v.feats = append(v.feats, id)
				v.vals = append(v.vals, f.val)
			}
		}
		vecs[i] = v
	}
	w := make([]float64, len(names)*nc)
	g := make([]float64, len(names)*nc)
	bias := make([]float64, nc)
	gb := make([]float64, nc)
	order := make([]int, len(vecs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(1, 2))
	p := make([]float64, nc)
	for epoch := 0; epoch < trainEpochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			v := vecs[k]
			copy(p, bias)
			for j, f := range v.feats {
				row := w[int(f)*nc:]
				for c := 0; c < nc; c++ {
					p[c] += row[c] * float64(v.vals[j])
				}
			}
			softmax(p)
			for c := 0; c < nc; c++ {
				grad := v.weight * (p[c] - v.target[c])
				gb[c] += grad * grad
				bias[c] -= trainRate * grad / (math.Sqrt(gb[c]) + 1e-8)
				for j, f := range v.feats {
					i := int(f)*nc + c
					gr := grad*float64(v.vals[j]) + trainL2*w[i]
					g[i] += gr * gr
					w[i] -= trainRate * gr / (math.Sqrt(g[i]) + 1e-8)
				}
			}
		}
	}
	m.weights = make([]float32, len(w))
	for i, x := range w {
		m.weights[i] = float32(x)
	}
	for c := range bias {
		m.bias[c] = float32(bias[c])
	}
	return m
}

// TestIntentModel checks the embedded classifier was trained on the
// current data, or retrains it with -update.
func TestIntentModel(t *testing.T) {
	a := newTestAdvisor(t)
	exs, classes := trainingExamples(t)
	hash := trainingHash(exs, classes)
	if *updateModel {
		m := trainIntentModel(a, exs, classes)
		m.hash = hash
		data, err := m.encode()
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("data/intent_model.bin", data, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("trained on %d examples, %d features, %d classes: %d bytes", len(exs), len(m.index), len(classes), len(data))
		return
	}
	if a.intents.hash != hash {
		t.Fatalf("data/intent_model.bin was trained on other data (%s, now %s): run go test ./advisor -run TestIntentModel -update", a.intents.hash, hash)
	}
	if strings.Join(a.intents.classes, ",") != strings.Join(classes, ",") {
		t.Fatalf("model classes %v, intents %v", a.intents.classes, classes)
	}
}

// TestIntentCrossValidation estimates how the classifier does on real
// questions it has not seen, without touching held-out data: 5-fold
// cross-validation over the tune split of the real questions (the other
// training data is always in). It prints the folds' combined result and
// misses (with -v), which is what tuning looks at; GRID=1 searches the
// decision thresholds, CURVE=1 prints right/wrong along the answer
// threshold; DAMP, LEAD, NEAR, ANSWER, CLARIFY, OOS and FAMILY set one value of
// the decision (2026-11-29: NEAR from 0.2 to 0.6 changed nothing, since
// near-topic declines only when it also outranks every topic).
func TestIntentCrossValidation(t *testing.T) {
	if d := os.Getenv("DAMP"); d != "" {
		v, err := strconv.ParseFloat(d, 64)
		if err != nil {
			t.Fatal(err)
		}
		old := domainDamp
		domainDamp = v
		defer func() { domainDamp = old }()
	}
	if l := os.Getenv("LEAD"); l != "" {
		v, err := strconv.ParseFloat(l, 64)
		if err != nil {
			t.Fatal(err)
		}
		old := decide
		decide.lead = v
		defer func() { decide = old }()
	}
	for env, field := range map[string]*float64{"HP_NORM": &featLength, "HP_L2": &trainL2, "HP_RATE": &trainRate, "HP_CLINC": &clincWeight, "HP_REAL": &realWeight, "HP_NEAROOS": &nearOOSWeight, "NEAR": &decide.near, "ANSWER": &decide.answer, "CLARIFY": &decide.clarify, "OOS": &decide.oos, "FAMILY": &decide.family} {
		if l := os.Getenv(env); l != "" {
			v, err := strconv.ParseFloat(l, 64)
			if err != nil {
				t.Fatal(err)
			}
			old := *field
			*field = v
			defer func() { *field = old }()
		}
	}
	if e := os.Getenv("HP_EPOCHS"); e != "" {
		n, err := strconv.Atoi(e)
		if err != nil {
			t.Fatal(err)
		}
		old := trainEpochs
		trainEpochs = n
		defer func() { trainEpochs = old }()
	}
	a := newTestAdvisor(t)
	all, classes := trainingExamples(t)
	real := loadRealItems(t, realTune...)
	if n := os.Getenv("CV_FIRST"); n != "" {
		// Cross-validate on the first n collections only; the later
		// ones are always trained on (does more data help?).
		k, err := strconv.Atoi(n)
		if err != nil {
			t.Fatal(err)
		}
		real = loadRealItems(t, realTune[:k]...)
	}
	if seed := os.Getenv("CV_SEED"); seed != "" {
		// Another assignment of questions to folds, to see how much a
		// difference between two settings is the folds' luck.
		n, err := strconv.Atoi(seed)
		if err != nil {
			t.Fatal(err)
		}
		rand.New(rand.NewPCG(uint64(n), 7)).Shuffle(len(real), func(i, j int) { real[i], real[j] = real[j], real[i] })
	}
	isReal := map[string]bool{}
	for _, it := range real {
		isReal[it.Q] = true
	}
	var base []trainExample
	for _, e := range all {
		if !isReal[e.text] {
			base = append(base, e)
		}
	}
	const folds = 5
	type scored struct {
		top    []ranked
		near   float64
		oos    float64
		labels []string
		q      string
		words  int
		whole  int
		alt    questionText
	}
	var items []scored
	for k := 0; k < folds; k++ {
		train := append([]trainExample{}, base...)
		var test []realItem
		for i, it := range real {
			if i%folds == k {
				test = append(test, it)
				continue
			}
			var labels []string
			for _, l := range it.Topic {
				labels = appendUnique(labels, trainingIntent(l))
			}
			train = append(train, trainExample{text: it.Q, labels: labels, weight: realWeight})
		}
		b := *a
		b.intents = trainIntentModel(a, train, classes)
		for _, it := range test {
			sq := b.splitQuestion(it.Q)
			top, near, oos := b.classify(sq)
			var labels []string
			for _, l := range it.Topic {
				labels = appendUnique(labels, trainingIntent(l))
			}
			items = append(items, scored{top: top, near: near, oos: oos, labels: labels, q: it.Q, words: sq.focusWords(), whole: sq.wholeWords(), alt: sq})
		}
	}
	_, calib, _ := clincSplits(t)
	full := *a
	full.intents = trainIntentModel(a, all, classes)
	var calibScored []scored
	for _, q := range calib {
		sq := full.splitQuestion(q)
		top, near, oos := full.classify(sq)
		calibScored = append(calibScored, scored{top: top, near: near, oos: oos, words: sq.focusWords(), whole: sq.wholeWords(), alt: sq})
	}
	eval := func(d decision, log bool) (right, clar, wrong, decl, oosAns int, clincRate float64) {
		for _, it := range items {
			ch := d.forQuestion(it.alt).choose(it.top, it.near, it.oos, it.words, it.whole)
			ans, offer := ch.answer, ch.offer
			isOOS := it.labels[0] == intentNearOOS
			switch {
			case isOOS && ans != "":
				wrong++
				oosAns++
				if log {
					t.Logf("OOS-ANSWERED %s (near %.2f oos %.2f): %.200s", ans, it.near, it.oos, it.q)
				}
			case isOOS:
				right++
			case ans != "" && contains(it.labels, ans):
				right++
			case ans != "":
				wrong++
				if log {
					t.Logf("WRONG %s want %v (oos %.2f): %.150s", ans, it.labels, it.oos, it.q)
				}
			case offer != nil:
				clar++
				if log {
					t.Logf("CLARIFY %s/%s want %v: %.150s", offer[0].topic, offer[1].topic, it.labels, it.q)
				}
			default:
				decl++
				if log {
					t.Logf("DECLINED top %s %.2f want %v (near %.2f, oos %.2f): %.150s", it.top[0].topic, it.top[0].p/(1-it.oos), it.labels, it.near, it.oos, it.q)
				}
			}
		}
		n := 0
		for _, c := range calibScored {
			if d.forQuestion(c.alt).choose(c.top, c.near, c.oos, c.words, c.whole).answer != "" {
				n++
			}
		}
		return right, clar, wrong, decl, oosAns, float64(n) / float64(len(calibScored))
	}
	if os.Getenv("DIAG") != "" {
		for _, it := range items {
			in := 1 - it.oos
			t.Logf("ITEM\t%s\t%.4f\t%s\t%.4f\t%.4f\t%.4f\t%d\t%s\tFOCUS: %s\tQ: %.300s", it.top[0].topic, it.top[0].p/in, it.top[1].topic, it.top[1].p/in, it.near/in, it.oos, it.words, strings.Join(it.labels, ","), a.splitQuestion(it.q).focus, it.q)
		}
	}
	right, clar, wrong, decl, oosAns, cr := eval(decide, true)
	t.Logf("cross-validated tune %d: right %.3f, clarified %d, declined %d, confident-wrong %d (oos answered %d); CLINC calibration answered %.2f%%",
		len(items), float64(right)/float64(len(items)), clar, decl, wrong, oosAns, 100*cr)
	// Guards at today's levels (2026-11-29: 0.443 right, 5 wrong of 264,
	// 0% of CLINC answered): the decision and the features must not get
	// worse on questions the model did not train on.
	// 2026-11-30, long messages scaled to one length and the sixth
	// collection in: 0.407 right, 7 wrong of 538 (1.3%).
	// 2026-11-30, fifth session, nine collections and the decision
	// re-chosen: 0.420 right, 6 wrong of 759 (0.8%).
	if acc := float64(right) / float64(len(items)); acc < 0.40 {
		t.Errorf("cross-validated: %.3f right, want at least 0.40", acc)
	}
	if float64(wrong) > 0.015*float64(len(items)) {
		t.Errorf("cross-validated: %d confident-wrong, want at most 1.5%%", wrong)
	}
	if cr > 0.01 {
		t.Errorf("cross-validated: %.2f%% of CLINC's calibration slice answered, want at most 1%%", 100*cr)
	}
	if os.Getenv("GRID") == "" {
		return
	}
	type cfg struct {
		d                          decision
		right, clar, wrong, oosAns int
		cr                         float64
	}
	var best []cfg
	for _, o := range []float64{0.3, 0.5, 0.7, 0.9} {
		for _, nr := range []float64{0.2, 0.3, 0.4, 0.5, 0.6, 1.1} {
			for _, an := range []float64{0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995} {
				for _, mg := range []float64{0, 0.2, 0.5, 0.8} {
					for _, cl := range []float64{0.4, 0.5, 0.6, 0.7} {
						d := decision{o, nr, an, mg, cl, decide.lead, decide.leadLong, decide.family}
						r, c, w, _, oa, cr := eval(d, false)
						if cr > 0.01 {
							continue
						}
						best = append(best, cfg{d, r, c, w, oa, cr})
					}
				}
			}
		}
	}
	sort.Slice(best, func(i, j int) bool {
		si := best[i].right - 10*best[i].wrong
		sj := best[j].right - 10*best[j].wrong
		return si > sj
	})
	if os.Getenv("CURVE") != "" {
		for _, b := range best {
			if b.d.oos == 0.5 && b.d.near == 0.3 && b.d.margin == 0 && b.d.clarify == 0.5 {
				t.Logf("curve answer %.2f: right %d clarified %d wrong %d (oos answered %d)", b.d.answer, b.right, b.clar, b.wrong, b.oosAns)
			}
		}
	}
	for _, cap := range []int{3, 5, 8, 13} {
		br := cfg{}
		for _, b := range best {
			if b.wrong <= cap && b.right > br.right {
				br = b
			}
		}
		t.Logf("frontier wrong<=%d: right %d clarified %d wrong %d %+v", cap, br.right, br.clar, br.wrong, br.d)
	}
	for _, b := range best[:min(15, len(best))] {
		t.Logf("grid %+v: right %d clarified %d wrong %d (oos answered %d) CLINC %.2f%%", b.d, b.right, b.clar, b.wrong, b.oosAns, 100*b.cr)
	}
}
