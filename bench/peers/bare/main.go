// Command bare is the limit of certpath's load benchmark on this machine:
// a plain net/http server that does what every Slack slash command costs
// before any advice is given. It verifies Slack's signature exactly as
// certpath does (timestamp within 5 minutes, v0 HMAC-SHA256 over
// "v0:ts:body", compared in constant time), parses the same form, and
// writes a fixed ephemeral answer of certpath's size. No session, no
// advisor, no logging, no metrics.
//
//	SLACK_SIGNING_SECRET=... PORT=3002 go run ./bench/peers/bare
//
// REPLY_BYTES sets the answer's text size (default 2300, as the Bolt peer).
package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"
)

// maxSkew is how old (or how far in the future) a signed request may be,
// as in bot/slack.
const maxSkew = 5 * time.Minute

func main() {
	secret := os.Getenv("SLACK_SIGNING_SECRET")
	if secret == "" {
		log.Fatal("bare: SLACK_SIGNING_SECRET is required")
	}
	size := 2300
	if v := os.Getenv("REPLY_BYTES"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			log.Fatalf("bare: REPLY_BYTES %q is not a size", v)
		}
		size = n
	}
	port := os.Getenv("PORT")
	if port == "" {
		port = "3002"
	}
	ln, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", port))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("bare peer listening on", ln.Addr())
	srv := &http.Server{Handler: newHandler(secret, size, time.Now), ReadTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute}
	log.Fatal(srv.Serve(ln))
}

// newHandler answers POST /slack/commands.
func newHandler(secret string, size int, now func() time.Time) http.Handler {
	answer, err := json.Marshal(map[string]string{"response_type": "ephemeral", "text": strings.Repeat("x", size)})
	if err != nil {
		panic(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /slack/commands", func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 64<<10))
		if err != nil {
			http.Error(w, "bad body", http.StatusBadRequest)
			return
		}
		if err := verify(r.Header, body, secret, now()); err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		form, err := url.ParseQuery(string(body))
		if err != nil || form.Get("command") == "" || form.Get("user_id") == "" || form.Get("team_id") == "" {
			http.Error(w, "bad slash command", http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(answer)
	})
	return mux
}

// verify is bot/slack's check, repeated here so the peer needs nothing
// of certpath.
func verify(h http.Header, body []byte, secret string, now time.Time) error {
	rawTS, rawSig := h.Get("X-Slack-Request-Timestamp"), h.Get("X-Slack-Signature")
	ts, err := strconv.ParseInt(rawTS, 10, 64)
	if err != nil {
		return errors.New("bad timestamp")
	}
	if d := now.Sub(time.Unix(ts, 0)); d > maxSkew || d < -maxSkew {
		return errors.New("stale")
	}
	hexSig, ok := strings.CutPrefix(rawSig, "v0=")
	if !ok {
		return errors.New("bad signature")
	}
	got, err := hex.DecodeString(hexSig)
	if err != nil || len(got) != sha256.Size {
		return errors.New("bad signature")
	}
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte("v0:" + rawTS + ":"))
	mac.Write(body)
	if !hmac.Equal(got, mac.Sum(nil)) {
		return errors.New("bad signature")
	}
	return nil
}
