package slack

import (
	"net/http"
	"net/url"
	"testing"
)

// The fuzz targets send verified (correctly signed) but arbitrary bodies:
// signature checks keep strangers out, so what must never panic or 5xx is
// parsing whatever a signed request carries.

func fuzzEndpoint(f *testing.F, path, contentType string, seeds ...string) {
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	e := newEnv(f)
	f.Fuzz(func(t *testing.T, body []byte) {
		w := e.serve(t, signedRequest("POST", path, contentType, string(body), testSecret, e.clock.Now()))
		switch w.Code {
		case http.StatusOK, http.StatusBadRequest, http.StatusRequestEntityTooLarge:
		default:
			t.Fatalf("%s answered %d to a signed body %q", path, w.Code, body)
		}
	})
}

func FuzzSlashCommand(f *testing.F) {
	fuzzEndpoint(f, "/slack/commands", "application/x-www-form-urlencoded",
		commandBody(testTeam, testUser, "how much does a coursera certificate cost"),
		commandBody(testTeam, testUser, ""),
		"team_id=T1&user_id=U1&text=%ZZ",
		"team_id=&user_id=",
	)
}

func FuzzEventPayload(f *testing.F) {
	fuzzEndpoint(f, "/slack/events", "application/json",
		dmEvent("EvF1", testTeam, testUser, wholeProfile, nil),
		`{"type":"url_verification","challenge":"c"}`,
		`{"type":"event_callback","event":null}`,
		`{"type":"event_callback","event_id":"E","event":{"type":"app_home_opened"}}`,
		`{"type":"app_rate_limited","minute_rate_limited":1}`,
		`[]`,
	)
}

func FuzzInteraction(f *testing.F) {
	click := func(actionID, value string) string {
		return url.Values{"payload": {`{"type":"block_actions","team":{"id":"T1"},"user":{"id":"U1"},"response_url":"","actions":[{"action_id":"` + actionID + `","value":"` + value + `"}]}`}}.Encode()
	}
	fuzzEndpoint(f, "/slack/interactions", "application/x-www-form-urlencoded",
		click(actionChoicePrefix+"0", "programming=none"),
		click(actionRestart, restartChoice),
		click(actionShare, actionShare),
		click(actionChoiceSelect, ""),
		"payload=%7B%22type%22%3A%22view_submission%22%7D",
		"payload=",
	)
}
