package discord

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/certpath/certpath/bot/discord/discordtest"
)

// TestRegisterCommands overwrites an older /certpath (one subcommand
// gone, one renamed, a description changed) and checks both what was sent
// and what was printed; a second run has nothing to change.
func TestRegisterCommands(t *testing.T) {
	old := Commands()
	old[0].Options = append([]*discordgo.ApplicationCommandOption{}, old[0].Options...)
	old[0].Options[0] = &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "begin", Description: "Begin"}
	old[0].Options[2] = &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "plan", Description: "Old description"}
	old = append(old, &discordgo.ApplicationCommand{Name: "legacy", Description: "An old command"})

	tests := []struct {
		name  string
		guild string
	}{
		{"global", ""},
		{"guild", "guild-9"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			api := discordtest.NewAPI()
			defer api.Close()
			api.SetCommands(tt.guild, old)
			opts := Options{AppID: testApp, BotToken: "test-bot-token", APIURL: api.URL}

			var out bytes.Buffer
			if err := RegisterCommands(context.Background(), opts, tt.guild, &out); err != nil {
				t.Fatal(err)
			}
			path := apiPath("/applications/" + testApp + "/commands")
			if tt.guild != "" {
				path = apiPath("/applications/" + testApp + "/guilds/" + tt.guild + "/commands")
			}
			puts := api.Find(http.MethodPut, path)
			if len(puts) != 1 || !puts[0].Authorized {
				t.Fatalf("%d authorized PUTs to %s, want 1: %+v", len(puts), path, api.Calls())
			}
			want, err := json.Marshal(wireCommands(Commands()))
			if err != nil {
				t.Fatal(err)
			}
			sent := bytes.TrimSpace(puts[0].Body)
			if !bytes.Equal(sent, want) {
				t.Errorf("overwrite sent\n%s\nwant Commands()\n%s", sent, want)
			}
			// contexts and integration_types instead of the deprecated
			// dm_permission, and nothing unset sent as null.
			for _, bad := range []string{"null", "dm_permission", `"required":false`, `"autocomplete":false`} {
				if bytes.Contains(sent, []byte(bad)) {
					t.Errorf("overwrite sends %s:\n%s", bad, sent)
				}
			}
			for _, good := range []string{`"contexts":[0,1]`, `"integration_types":[0]`} {
				if !bytes.Contains(sent, []byte(good)) {
					t.Errorf("overwrite does not send %s:\n%s", good, sent)
				}
			}
			// What Discord reads back is what Commands() defines.
			var back []*discordgo.ApplicationCommand
			if err := json.Unmarshal(sent, &back); err != nil {
				t.Fatal(err)
			}
			if d := diffCommands(Commands(), back); len(d) != 0 {
				t.Errorf("sent commands differ from Commands(): %v", d)
			}
			golden(t, "register_"+tt.name, out.Bytes())

			out.Reset()
			if err := RegisterCommands(context.Background(), opts, tt.guild, &out); err != nil {
				t.Fatal(err)
			}
			golden(t, "register_"+tt.name+"_again", out.Bytes())
		})
	}
}

func TestRegisterCommandsNeedsCredentials(t *testing.T) {
	if err := RegisterCommands(context.Background(), Options{AppID: testApp}, "", &bytes.Buffer{}); err == nil {
		t.Error("registered without a bot token")
	}
}

// golden compares got with testdata/name.golden, rewriting it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run with -update if intended):\n%s", path, got)
	}
}

// A command registered by an older version (dm_permission, no contexts)
// shows the move to contexts as a change.
func TestDiffShowsContexts(t *testing.T) {
	old := Commands()
	dm := true
	old[0] = &discordgo.ApplicationCommand{Type: old[0].Type, Name: old[0].Name, Description: old[0].Description, DMPermission: &dm, Options: old[0].Options}
	d := diffCommands(old, Commands())
	want := `~ /certpath: "Plan your path through ML certificates" -> "Plan your path through ML certificates" in servers, DMs`
	if len(d) != 1 || d[0] != want {
		t.Errorf("diff = %q, want [%q]", d, want)
	}
}
