package main

import (
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/certpath/certpath/config"
)

// TestDeployDockerfileBaseImages: every base image is named in full (podman
// and buildah have no implicit docker.io) and pinned by digest.
func TestDeployDockerfileBaseImages(t *testing.T) {
	raw, err := os.ReadFile("../../Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	pinned := regexp.MustCompile(`^[a-z0-9.-]+\.[a-z]+/[a-z0-9._/-]+:[a-z0-9._-]+@sha256:[0-9a-f]{64}$`)
	froms := 0
	for _, line := range strings.Split(string(raw), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 || !strings.EqualFold(f[0], "FROM") {
			continue
		}
		froms++
		image := f[1]
		for _, a := range f[1:] {
			if !strings.HasPrefix(a, "--") {
				image = a
				break
			}
		}
		if !pinned.MatchString(image) {
			t.Errorf("FROM %s: want registry/name:tag@sha256:digest", image)
		}
	}
	if froms != 2 {
		t.Errorf("%d FROM lines, want the build and runtime stages", froms)
	}
	if !strings.Contains(string(raw), "COPY --from=build /out/certpath /certpath") || !strings.Contains(string(raw), `ENTRYPOINT ["/certpath"]`) {
		t.Error("the image no longer has /certpath, which the compose health check runs")
	}
}

// TestDeployComposeHealthCheck: every certpath service in
// docker-compose.yml is health-checked with `certpath health`, has a stop
// grace period longer than its shutdown timeout, and its environment is a
// valid configuration (the health command loads it to find http.addr).
func TestDeployComposeHealthCheck(t *testing.T) {
	raw, err := os.ReadFile("../../docker-compose.yml")
	if err != nil {
		t.Fatal(err)
	}
	var compose struct {
		Services map[string]struct {
			Image       string            `yaml:"image"`
			Environment map[string]string `yaml:"environment"`
			Healthcheck struct {
				Test []string `yaml:"test"`
			} `yaml:"healthcheck"`
			StopGracePeriod string `yaml:"stop_grace_period"`
		} `yaml:"services"`
	}
	if err := yaml.Unmarshal(raw, &compose); err != nil {
		t.Fatal(err)
	}
	replicas := 0
	for name, svc := range compose.Services {
		if !strings.HasPrefix(name, "certpath") {
			if strings.Count(svc.Image, "/") < 2 {
				t.Errorf("service %s: image %q is not fully qualified", name, svc.Image)
			}
			continue
		}
		replicas++
		if got := strings.Join(svc.Healthcheck.Test, " "); got != "CMD /certpath health" {
			t.Errorf("service %s: healthcheck %q, want CMD /certpath health", name, got)
		}
		env := map[string]string{}
		for k, v := range svc.Environment {
			if !strings.HasPrefix(v, "${") { // secrets come from the shell
				env[k] = v
			}
		}
		cfg, err := config.Load("", func(k string) string { return env[k] })
		if err != nil {
			t.Errorf("service %s: its environment is not a valid config: %v", name, err)
			continue
		}
		grace, err := time.ParseDuration(svc.StopGracePeriod)
		if err != nil || grace <= cfg.HTTP.ShutdownTimeout {
			t.Errorf("service %s: stop_grace_period %q, want longer than http.shutdown_timeout %v (drain %v included)", name, svc.StopGracePeriod, cfg.HTTP.ShutdownTimeout, cfg.HTTP.DrainPeriod)
		}
		if got := readyzURL(cfg.HTTP.Addr); got != "http://127.0.0.1:8080/readyz" {
			t.Errorf("service %s: certpath health would probe %s", name, got)
		}
	}
	if replicas != 2 {
		t.Errorf("%d certpath services, want 2", replicas)
	}
}
