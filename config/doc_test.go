package config

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
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
