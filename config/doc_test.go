package config

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/certpath/certpath/session/redis/redisurl"
)

var update = flag.Bool("update", false, "rewrite the config table in docs/DEPLOY.md")

const (
	deployDoc  = "../docs/DEPLOY.md"
	tableBegin = "<!-- config-table:begin (generated: go test ./config -update) -->"
	tableEnd   = "<!-- config-table:end -->"
)

// markdownTable renders Keys as the operator-facing table. HOME is shown as
// "~" so the data_dir default reads the way people write it.
func markdownTable() string {
	var b strings.Builder
	b.WriteString("| Key | Environment variable | Default | Meaning |\n|---|---|---|---|\n")
	for _, k := range Keys(func(name string) string {
		if name == "HOME" {
			return "~"
		}
		return ""
	}) {
		def := "(none)"
		if k.Default != "" {
			def = "`" + k.Default + "`"
		}
		doc := k.Doc
		if k.Secret {
			doc += "; secret, printed as `" + SecretSet + "`"
		}
		fmt.Fprintf(&b, "| `%s` | `%s` | %s | %s |\n", k.Name, k.Env, def, doc)
	}
	return b.String()
}

// TestDeployDocTable keeps the documented keys, env vars and defaults equal
// to the ones Load uses.
func TestDeployDocTable(t *testing.T) {
	raw, err := os.ReadFile(deployDoc)
	if err != nil {
		t.Fatal(err)
	}
	doc := string(raw)
	i, j := strings.Index(doc, tableBegin), strings.Index(doc, tableEnd)
	if i < 0 || j < i {
		t.Fatalf("%s has no %q ... %q block", deployDoc, tableBegin, tableEnd)
	}
	want := tableBegin + "\n" + markdownTable() + tableEnd
	got := doc[i : j+len(tableEnd)]
	if got == want {
		return
	}
	if *update {
		if err := os.WriteFile(deployDoc, []byte(doc[:i]+want+doc[j+len(tableEnd):]), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("config table in %s is stale; run go test ./config -update\n got:\n%s\nwant:\n%s", deployDoc, got, want)
}

// TestDeployDocRedisForms: every redis.url form docs/DEPLOY.md shows passes
// the configuration check and names the topology its row says.
func TestDeployDocRedisForms(t *testing.T) {
	raw, err := os.ReadFile(deployDoc)
	if err != nil {
		t.Fatal(err)
	}
	doc := string(raw)
	const begin, end = "<!-- redis-forms:begin", "<!-- redis-forms:end -->"
	i, j := strings.Index(doc, begin), strings.Index(doc, end)
	if i < 0 || j < i {
		t.Fatalf("%s has no redis-forms block", deployDoc)
	}
	want := map[string]redisurl.Topology{
		"single node": redisurl.Node, "single node over TLS": redisurl.Node, "single node on a unix socket": redisurl.Node,
		"Sentinel": redisurl.Sentinel, "Cluster": redisurl.Cluster,
	}
	seen := 0
	for _, line := range strings.Split(doc[i:j], "\n") {
		cells := strings.Split(line, "|")
		if len(cells) != 4 || !strings.HasPrefix(strings.TrimSpace(cells[2]), "`") || strings.HasPrefix(strings.TrimSpace(cells[1]), "Redis") {
			continue
		}
		name := strings.TrimSpace(cells[1])
		if k := strings.Index(name, " ("); k > 0 {
			name = name[:k]
		}
		url := strings.Trim(strings.TrimSpace(cells[2]), "`")
		seen++
		t.Run(name, func(t *testing.T) {
			c, err := Load("", env(map[string]string{"CERTPATH_STORE": "redis", "CERTPATH_REDIS_URL": url}))
			if err != nil {
				t.Fatalf("%s: %v", url, err)
			}
			u, err := redisurl.Parse(c.Redis.URL)
			if err != nil || u.Topology != want[name] {
				t.Errorf("%s: topology %q, %v; want %q", url, u.Topology, err, want[name])
			}
			if u.TLS != strings.Contains(name, "TLS") || (u.Network == "unix") != strings.Contains(name, "unix") {
				t.Errorf("%s: TLS %v, network %s; the row says %q", url, u.TLS, u.Network, name)
			}
			if strings.Contains(url, "PASSWORD") && strings.Contains(c.String(), "PASSWORD") {
				t.Errorf("%s: the password is printed by certpath config", url)
			}
		})
	}
	if seen != len(want) {
		t.Errorf("%d forms in the doc, want %d", seen, len(want))
	}
}
