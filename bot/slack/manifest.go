package slack

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"

	"github.com/slack-go/slack"
)

// Manifest is a ready-to-paste Slack app manifest (JSON) for certpath
// served at publicURL: the /certpath command, the bot scopes, the events
// it subscribes to, interactivity and the OAuth redirect.
func Manifest(publicURL string) ([]byte, error) {
	u, err := url.Parse(publicURL)
	if err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http") {
		return nil, fmt.Errorf("slack: manifest: %q is not an absolute http(s) URL", publicURL)
	}
	base := strings.TrimSuffix(publicURL, "/")
	m := slack.Manifest{
		Metadata: slack.ManifestMetadata{MajorVersion: 1, MinorVersion: 1},
		Display: slack.Display{
			Name:            "certpath",
			Description:     "Plans your path through machine-learning certificates.",
			LongDescription: "certpath asks a few questions about your programming and ML background, your goal, your weekly hours and your budget, then plans a sequence of ML certificates with dates, hours and cost. Ask it about prices, financial aid or which certificate employers recognise. Use /certpath in any channel, message it directly, or mention it in a thread.",
			BackgroundColor: "#1d3557",
		},
		Features: slack.Features{
			AppHome: slack.AppHome{HomeTabEnabled: true, MessagesTabEnabled: true},
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
