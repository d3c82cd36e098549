package faults_test

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"
	"time"

	"github.com/certpath/certpath/bench/load"
	"github.com/certpath/certpath/bench/service"
	"github.com/certpath/certpath/session/memory"
)

// FuzzSignatureHeaders feeds arbitrary signature and timestamp headers,
// with a real body, to both platforms' endpoints of the whole service
// (middleware included). The adapters' own fuzz targets send correctly
// signed bodies; this one covers the verification input itself. Whatever
// the headers, the answer is a clean 401, never a 5xx, a panic or a turn:
// only the signature computed with the secret or the key may pass, and
// the corpus contains none.
func FuzzSignatureHeaders(f *testing.F) {
	now := time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)
	stamp := strconv.FormatInt(now.Unix(), 10)
	slackBody := load.SlackCommand("F1", "start")
	discordBody, _ := load.DiscordCommand("1", "F1", "start")
	// A real Slack signature from another secret, and near misses of the
	// formats both platforms use.
	f.Add(false, stamp, load.SlackSignature("another-secret", stamp, slackBody))
	f.Add(false, stamp, "v0=")
	f.Add(false, stamp, "v1="+string(bytes.Repeat([]byte("0"), 64)))
	f.Add(false, "-9223372036854775808", "v0=zz")
	f.Add(false, "1e9", "")
	f.Add(false, "", "v0=00")
	f.Add(true, stamp, string(bytes.Repeat([]byte("ab"), 64)))
	f.Add(true, stamp, "")
	f.Add(true, "99999999999999999999", "00")
	f.Add(true, stamp+"\x00", "not hex")

	pub, _ := discordKey(f)
	svc, err := service.New(service.Options{
		Store: memory.New(), SlackSecret: secret, DiscordPublicKey: pub, DiscordAppID: "1",
		Now: func() time.Time { return now },
	})
	if err != nil {
		f.Fatal(err)
	}
	h := svc.Server.Handler()
	f.Fuzz(func(t *testing.T, discord bool, ts, sig string) {
		path, body := "/slack/commands", slackBody
		if discord {
			path, body = "/discord/interactions", discordBody
		}
		req := httptest.NewRequest(http.MethodPost, path, bytes.NewReader(body))
		if discord {
			req.Header.Set("X-Signature-Timestamp", ts)
			req.Header.Set("X-Signature-Ed25519", sig)
		} else {
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			req.Header.Set("X-Slack-Request-Timestamp", ts)
			req.Header.Set("X-Slack-Signature", sig)
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code != http.StatusUnauthorized {
			t.Fatalf("%s with timestamp %q and signature %q = %d %q; want 401", path, ts, sig, w.Code, w.Body.String())
		}
	})
}
