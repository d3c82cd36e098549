package slack

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"

	"github.com/slack-go/slack"
)

// manifest is slack.Manifest with features spelled out: slack-go drops
// false booleans (omitempty), and the Messages tab needs
// messages_tab_read_only_enabled: false said explicitly for learners to be
// able to write to the app in a DM.
type manifest struct {
	Metadata    slack.ManifestMetadata `json:"_metadata"`
	Display     slack.Display          `json:"display_information"`
	Settings    slack.Settings         `json:"settings"`
	Features    features               `json:"features"`
	OAuthConfig slack.OAuthConfig      `json:"oauth_config"`
}

type features struct {
	AppHome       appHome                      `json:"app_home"`
	BotUser       slack.BotUser                `json:"bot_user"`
	SlashCommands []slack.ManifestSlashCommand `json:"slash_commands"`
}

type appHome struct {
	HomeTabEnabled             bool `json:"home_tab_enabled"`
	MessagesTabEnabled         bool `json:"messages_tab_enabled"`
	MessagesTabReadOnlyEnabled bool `json:"messages_tab_read_only_enabled"`
}

// Manifest is a ready-to-paste Slack app manifest (JSON) for certpath
// served at publicURL: the /certpath command, the bot scopes, the events
// it subscribes to, interactivity, the Messages tab for DMs and the OAuth
// redirect. publicURL is a base: a query or fragment in it would end up in
// the middle of every request URL, so it is refused.
func Manifest(publicURL string) ([]byte, error) {
	u, err := url.Parse(publicURL)
	if err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http") {
		return nil, fmt.Errorf("slack: manifest: %q is not an absolute http(s) URL", publicURL)
	}
	if u.User != nil {
		return nil, fmt.Errorf("slack: manifest: the URL has user info; give the base URL only, e.g. https://%s", u.Host)
	}
	if u.RawQuery != "" || u.ForceQuery || u.Fragment != "" || strings.Contains(publicURL, "#") {
		return nil, fmt.Errorf("slack: manifest: %q has a query or fragment; give the base URL only, e.g. https://%s", publicURL, u.Host)
	}
	base := strings.TrimSuffix(publicURL, "/")
	m := manifest{
		Metadata: slack.ManifestMetadata{MajorVersion: 1, MinorVersion: 1},
		Display: slack.Display{
			Name:            "certpath",
			Description:     "Plans your path through machine-learning certificates.",
			LongDescription: "certpath asks a few questions about your programming and ML background, your goal, your weekly hours and your budget, then plans a sequence of ML certificates with dates, hours and cost. Ask it about prices, financial aid or which certificate employers recognise. Use /certpath in any channel, message it directly, or mention it in a thread.",
			BackgroundColor: "#1d3557",
		},
		Features: features{
			AppHome: appHome{HomeTabEnabled: true, MessagesTabEnabled: true, MessagesTabReadOnlyEnabled: false},
			BotUser: slack.BotUser{DisplayName: "certpath", AlwaysOnline: true},
			SlashCommands: []slack.ManifestSlashCommand{{
				Command:     "/certpath",
				Description: "Plan your ML certificates or ask about them",
				UsageHint:   "[help | plan | export | remind | group | restart | forget | ask <question>]",
				Url:         base + "/slack/commands",
			}},
		},
		OAuthConfig: slack.OAuthConfig{
			RedirectUrls: []string{base + "/slack/oauth/callback"},
			Scopes:       slack.OAuthScopes{Bot: strings.Split(botScopes, ",")},
		},
		Settings: slack.Settings{
			EventSubscriptions: &slack.EventSubscriptions{
				RequestUrl: base + "/slack/events",
				BotEvents:  []string{"app_mention", "message.im", "app_home_opened"},
			},
			Interactivity: &slack.Interactivity{IsEnabled: true, RequestUrl: base + "/slack/interactions"},
		},
	}
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	enc.SetEscapeHTML(false) // keep "<question>" readable in the usage hint
	enc.SetIndent("", "  ")
	if err := enc.Encode(m); err != nil {
		return nil, fmt.Errorf("slack: manifest: %w", err)
	}
	return out.Bytes(), nil
}
