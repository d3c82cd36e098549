package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/session/bolt"
)

// runCLI runs certpath in-process with an isolated environment.
func runCLI(t *testing.T, env map[string]string, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	if env == nil {
		env = map[string]string{}
	}
	if _, ok := env["CERTPATH_DATA_DIR"]; !ok {
		env["CERTPATH_DATA_DIR"] = t.TempDir()
	}
	getenv := func(k string) string { return env[k] }
	var out, errOut bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	err := run(ctx, args, getenv, strings.NewReader(stdin), &out, &errOut)
	code = exitCode(err, &errOut)
	return out.String(), errOut.String(), code
}

func TestPlanJSONContract(t *testing.T) {
	out, errOut, code := runCLI(t, nil, "", "plan", "--json", "--programming", "professional", "--ml", "none",
		"--goal", "mlops", "--hours", "6", "--budget", "paid", "--start", "2027-01-04")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got struct {
		Profile map[string]any `json:"profile"`
		Steps   []struct {
			Course, Title, Provider, Start, End, Why string
			Hours                                    float64
			Weeks                                    int
		} `json:"steps"`
		TotalHours float64  `json:"total_hours"`
		TotalWeeks int      `json:"total_weeks"`
		CostUSD    *float64 `json:"cost_usd"`
		CostMin    *float64 `json:"cost_min_usd"`
		CostMax    *float64 `json:"cost_max_usd"`
		Notes      []string `json:"notes"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if got.Profile["goal"] != "mlops" || len(got.Steps) == 0 || got.CostUSD == nil || got.CostMin == nil || got.CostMax == nil || len(got.Notes) == 0 {
		t.Fatalf("missing fields: %+v", got)
	}
	if got.Steps[0].Title != "Machine Learning: Regression" || got.Steps[0].Start != "2027-01-04" || got.Steps[0].Why == "" {
		t.Errorf("first step = %+v", got.Steps[0])
	}
	if *got.CostMin != 49*float64(*got.CostMax/79) || *got.CostMax <= 0 {
		t.Errorf("cost range %v–%v is not months × $49–$79", *got.CostMin, *got.CostMax)
	}
}

func TestPlanBadFlags(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--programming", "guru", "--ml", "none", "--goal", "mlops", "--hours", "6", "--budget", "free"}, `--programming "guru" is not one of none, some, professional`},
		{[]string{"--programming", "some", "--ml", "none", "--goal", "astronaut", "--hours", "6", "--budget", "free"}, "--goal"},
		{[]string{"--programming", "some", "--ml", "none", "--goal", "mlops", "--hours", "99", "--budget", "free"}, "--hours 99 is out of range"},
		{[]string{"--programming", "some", "--ml", "none", "--goal", "mlops", "--hours", "6"}, "--budget is required"},
		{[]string{"--programming", "some", "--ml", "none", "--goal", "mlops", "--hours", "six", "--budget", "free"}, "hours"},
		{[]string{"--programming", "some", "--ml", "none", "--goal", "mlops", "--hours", "6", "--budget", "free", "--start", "soon"}, "--start"},
	}
	for _, tt := range tests {
		out, errOut, code := runCLI(t, nil, "", append([]string{"plan", "--json"}, tt.args...)...)
		if code != 2 || out != "" || !strings.Contains(errOut, tt.want) || strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
			t.Errorf("plan %v: exit %d, stdout %q, stderr %q; want exit 2, no stdout, one line naming %q", tt.args, code, out, errOut, tt.want)
		}
	}
}

func TestAskJSON(t *testing.T) {
	for _, q := range []string{"are certificates free?", "what is the capital of France"} {
		out, errOut, code := runCLI(t, nil, "", "ask", "--json", q)
		if code != 0 {
			t.Fatalf("ask %q: exit %d %s", q, code, errOut)
		}
		var ans map[string]any
		if err := json.Unmarshal([]byte(out), &ans); err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{"answered", "text", "topic", "confidence", "suggestions"} {
			if _, ok := ans[k]; !ok {
				t.Errorf("ask %q: no %q in %s", q, k, out)
			}
		}
	}
}

func TestChatResumesFromBoltFile(t *testing.T) {
	env := map[string]string{"CERTPATH_DATA_DIR": t.TempDir(), "CERTPATH_STORE": "bolt"}
	runCLI(t, env, "a bit of python\nnever touched ML\n", "chat", "--user", "ada")
	if _, err := os.Stat(filepath.Join(env["CERTPATH_DATA_DIR"], "certpath.db")); err != nil {
		t.Fatalf("no bbolt file: %v", err)
	}
	out, errOut, code := runCLI(t, env, "mlops\n", "chat", "--user", "ada")
	if code != 0 || !strings.Contains(out, "Welcome back") || !strings.Contains(out, "goal: MLOps") {
		t.Fatalf("second run did not resume (exit %d, %s):\n%s", code, errOut, out)
	}
	exp, _, code := runCLI(t, env, "", "export", "--platform", "console", "--user", "ada")
	if code != 0 || !strings.Contains(exp, `"goal": "mlops"`) {
		t.Errorf("export: exit %d\n%s", code, exp)
	}
	if _, _, code = runCLI(t, env, "", "forget", "--platform", "console", "--user", "ada"); code != 0 {
		t.Fatalf("forget exit %d", code)
	}
	if _, _, code = runCLI(t, env, "", "export", "--platform", "console", "--user", "ada"); code != 1 {
		t.Errorf("export after forget: exit %d, want 1", code)
	}
}

func TestCatalogValidate(t *testing.T) {
	out, _, code := runCLI(t, nil, "", "catalog", "validate")
	if code != 0 || !strings.Contains(out, "6 courses") {
		t.Errorf("embedded: exit %d %s", code, out)
	}
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	os.WriteFile(bad, []byte("source: x\nas_of: nope\ncourses: [{id: a, title: A, provider: P, rating: 12, level: beginner, hours_min: 1, hours_max: 2, prerequisites: [a]}]\n"), 0o600)
	out, errOut, code := runCLI(t, nil, "", "catalog", "validate", bad)
	if code != 1 || !strings.Contains(out, "rating 12 is outside 0–10") || !strings.Contains(out, "cycle") || !strings.Contains(errOut, "problem") {
		t.Errorf("bad catalog: exit %d\n%s\n%s", code, out, errOut)
	}
	out, _, _ = runCLI(t, nil, "", "catalog", "list")
	if !strings.Contains(out, "Structuring Machine Learning Projects") || !strings.Contains(out, "$49–$79") {
		t.Errorf("list:\n%s", out)
	}
}

func TestConfigRedactsSecrets(t *testing.T) {
	env := map[string]string{"CERTPATH_SLACK_BOT_TOKEN": "xoxb-very-secret", "CERTPATH_STORE": "memory"}
	out, errOut, code := runCLI(t, env, "", "config")
	if code != 0 || strings.Contains(out, "very-secret") || !strings.Contains(out, "memory") {
		t.Errorf("config: exit %d %s\n%s", code, errOut, out)
	}
	_, errOut, code = runCLI(t, map[string]string{"CERTPATH_STORE": "mongo"}, "", "config")
	if code != 2 || !strings.Contains(errOut, "store") {
		t.Errorf("bad store: exit %d %s", code, errOut)
	}
}

func TestUnknownCommandAndVersion(t *testing.T) {
	_, errOut, code := runCLI(t, nil, "", "frobnicate")
	if code == 0 || !strings.Contains(errOut, "unknown command") {
		t.Errorf("unknown command: exit %d %q", code, errOut)
	}
	out, _, code := runCLI(t, nil, "", "version")
	if code != 0 || !strings.HasPrefix(out, "certpath ") {
		t.Errorf("version: %q", out)
	}
}

func TestExitCode(t *testing.T) {
	var b bytes.Buffer
	if exitCode(nil, &b) != 0 || exitCode(errors.New("x"), &b) != 1 || exitCode(usageError("y"), &b) != 2 {
		t.Error("exit codes")
	}
}

// forget from the CLI also removes the learner from the study group roster
// and the check-in index, not only the session.
func TestForgetClearsRostersAndReminders(t *testing.T) {
	dir := t.TempDir()
	vars := map[string]string{"CERTPATH_DATA_DIR": dir, "CERTPATH_STORE": "bolt"}
	e := &env{getenv: func(k string) string { return vars[k] }, stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard}
	newRoot(e)
	conv, st, err := e.conversations(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	key := advisor.Key{Platform: "slack", Workspace: "T1", User: "U1"}
	for _, text := range []string{"some python, no ML, data scientist, 5 hours a week, free", "join", "remind weekly monday 09:00"} {
		if _, err := conv.Turn(context.Background(), key, advisor.Input{Text: text}); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	names := func() (out []string) {
		raw, err := bolt.Open(filepath.Join(dir, "certpath.db"), bolt.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer raw.Close()
		ctx := context.Background()
		if sizes, err := raw.GroupSizes(ctx, "slack/T1"); err == nil && len(sizes) > 0 {
			out = append(out, "study groups")
		}
		if due, err := raw.Due(ctx, "check-ins", time.Now().AddDate(0, 0, 8)); err == nil && slices.Contains(due, key.String()) {
			out = append(out, "check-in index")
		}
		return out
	}
	if got := names(); len(got) != 2 {
		t.Fatalf("before forget, U1 is in %v; want the roster and the reminder index", got)
	}
	if _, errOut, code := runCLI(t, vars, "", "forget", "--platform", "slack", "--workspace", "T1", "--user", "U1"); code != 0 {
		t.Fatalf("forget: exit %d %s", code, errOut)
	}
	if got := names(); len(got) != 0 {
		t.Errorf("after forget, U1 is still in %v", got)
	}
}
