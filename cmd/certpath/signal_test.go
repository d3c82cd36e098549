package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestSIGTERMDrainsThenExitsZero runs the real binary: `certpath health`
// passes while it serves; on SIGTERM it keeps serving for the drain period
// with /readyz at 503 (and `certpath health` failing), then exits with
// status 0, well within the shutdown timeout.
func TestSIGTERMDrainsThenExitsZero(t *testing.T) {
	const drain = time.Second
	bin := filepath.Join(t.TempDir(), "certpath")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	addr := freeAddr(t)
	env := append(os.Environ(), "CERTPATH_STORE=bolt", "CERTPATH_DATA_DIR="+t.TempDir(),
		"CERTPATH_HTTP_ADDR="+addr, "CERTPATH_LOG_FORMAT=json", "CERTPATH_SLACK_SIGNING_SECRET=s",
		"CERTPATH_HTTP_DRAIN_PERIOD="+drain.String())
	cmd := exec.Command(bin, "serve")
	cmd.Env = env
	var logs bytes.Buffer
	cmd.Stderr = &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	health := func() (int, string) {
		h := exec.Command(bin, "health")
		h.Env = env
		out, _ := h.CombinedOutput()
		return h.ProcessState.ExitCode(), strings.TrimSpace(string(out))
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		code, out := health()
		if code == 0 && out == "ready" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("certpath health never passed: exit %d %q\n%s", code, out, logs.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	start := time.Now()
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()

	// During the drain the process still answers, and says it is not ready.
	code, out := health()
	if code != 1 || !strings.Contains(out, "answered 503: not ready: shutting down") {
		t.Errorf("certpath health during the drain = exit %d %q; want 1, 503 shutting down", code, out)
	}
	if code, body := get(t, "http://"+addr+"/healthz"); code != 200 || body != "ok\n" {
		t.Errorf("/healthz during the drain = %d %q; want 200: still serving", code, body)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("exit after SIGTERM: %v\n%s", err, logs.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatalf("still running 10 s after SIGTERM\n%s", logs.String())
	}
	took := time.Since(start)
	if took < drain {
		t.Errorf("exited %v after SIGTERM, before the %v drain ended", took, drain)
	}
	if took > drain+5*time.Second {
		t.Errorf("shutdown took %v", took)
	}
	if code, _ := health(); code != 1 {
		t.Errorf("certpath health after exit = %d, want 1", code)
	}
	for _, line := range []string{"http server draining", "certpath stopped"} {
		if !strings.Contains(logs.String(), line) {
			t.Errorf("no %q line in the log:\n%s", line, logs.String())
		}
	}
}
