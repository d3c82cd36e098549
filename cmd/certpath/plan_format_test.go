package main

import (
	"bytes"
	"encoding/json"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	ics "github.com/arran4/golang-ical"

	"github.com/certpath/certpath/timeline"
)

var planProfileArgs = []string{"--programming", "none", "--ml", "none", "--goal", "data_scientist", "--hours", "8", "--budget", "free", "--start", "2027-01-04"}

func TestPlanFormats(t *testing.T) {
	tests := []struct {
		name  string
		flags []string
		check func(t *testing.T, out string)
	}{
		{"default text", nil, func(t *testing.T, out string) {
			if !strings.HasPrefix(out, "Your path (") || !strings.Contains(out, "1. Machine Learning for All") {
				t.Errorf("text output:\n%s", out)
			}
		}},
		{"json alias", []string{"--json"}, checkPlanJSON},
		{"format json", []string{"--format", "json"}, checkPlanJSON},
		{"json and format json", []string{"--json", "--format", "json"}, checkPlanJSON},
		{"markdown", []string{"--format", "md"}, func(t *testing.T, out string) {
			if !strings.HasPrefix(out, "# Your certpath plan") || !strings.Contains(out, "| 1 | Machine Learning for All | University of London | 30 | 4 | 2027-01-04 | 2027-01-31 | planned |") {
				t.Errorf("markdown output:\n%s", out)
			}
		}},
		{"ics", []string{"--format", "ics"}, func(t *testing.T, out string) {
			cal, err := ics.ParseCalendar(strings.NewReader(out))
			if err != nil {
				t.Fatalf("not iCalendar: %v\n%s", err, out)
			}
			events := cal.Events()
			if len(events) != 6 {
				t.Fatalf("%d events, want one per step (6)", len(events))
			}
			start, err := events[0].GetAllDayStartAt()
			if err != nil || start.Format("2006-01-02") != "2027-01-04" {
				t.Errorf("first event starts %v (%v), want 2027-01-04", start, err)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := runCLI(t, nil, "", append(append([]string{"plan"}, tt.flags...), planProfileArgs...)...)
			if code != 0 || errOut != "" {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			tt.check(t, out)
		})
	}
}

func checkPlanJSON(t *testing.T, out string) {
	t.Helper()
	var got map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	// A fresh plan keeps the original contract: no progress fields.
	if _, ok := got["status"]; ok || got["start"] != "2027-01-04" || bytes.Contains([]byte(out), []byte("hours_done")) {
		t.Errorf("JSON contract changed:\n%s", out)
	}
}

func TestPlanBadFormat(t *testing.T) {
	tests := []struct {
		flags []string
		want  string
	}{
		{[]string{"--format", "pdf"}, `--format "pdf" is not one of text, json, md, ics`},
		{[]string{"--format", ""}, `--format "" is not one of`},
		{[]string{"--json", "--format", "ics"}, "--json conflicts with --format ics"},
	}
	for _, tt := range tests {
		out, errOut, code := runCLI(t, nil, "", append(append([]string{"plan"}, tt.flags...), planProfileArgs...)...)
		if code != 2 || out != "" || !strings.Contains(errOut, tt.want) || strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
			t.Errorf("plan %v: exit %d, stdout %q, stderr %q; want exit 2, no stdout, one line naming %q", tt.flags, code, out, errOut, tt.want)
		}
	}
}

func TestPlanPNG(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plan.png")
	out, errOut, code := runCLI(t, nil, "", append([]string{"plan", "--png", path}, planProfileArgs...)...)
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if !strings.HasPrefix(out, "Your path (") {
		t.Errorf("stdout lost the text plan:\n%s", out)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	checkTimelinePNG(t, data)

	// "-": the picture alone on stdout, for pipes.
	out, errOut, code = runCLI(t, nil, "", append([]string{"plan", "--png", "-"}, planProfileArgs...)...)
	if code != 0 || errOut != "" {
		t.Fatalf("--png -: exit %d, stderr %q", code, errOut)
	}
	checkTimelinePNG(t, []byte(out))
}

func checkTimelinePNG(t *testing.T, data []byte) {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("not a PNG: %v", err)
	}
	if img.Bounds().Dx() != timeline.Width {
		t.Errorf("picture is %v, want %d px wide", img.Bounds(), timeline.Width)
	}
}

func TestPlanPNGErrors(t *testing.T) {
	tests := []struct {
		flags []string
		code  int
		want  string
	}{
		{[]string{"--png", "-", "--json"}, 2, "--png - writes the picture to stdout"},
		{[]string{"--png", "-", "--format", "md"}, 2, "cannot go with --format"},
		{[]string{"--png", filepath.Join(t.TempDir(), "missing", "plan.png")}, 1, "plan: --png:"},
	}
	for _, tt := range tests {
		_, errOut, code := runCLI(t, nil, "", append(append([]string{"plan"}, tt.flags...), planProfileArgs...)...)
		if code != tt.code || !strings.Contains(errOut, tt.want) {
			t.Errorf("%v: exit %d %q, want %d with %q", tt.flags, code, errOut, tt.code, tt.want)
		}
	}
}
