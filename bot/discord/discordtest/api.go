// Package discordtest fakes the parts of Discord certpath talks to: a
// REST API that records every call (pointed at by discord.api_url) and a
// gateway websocket that speaks enough of the protocol (hello, identify,
// ready, heartbeats, dispatch) to drive a bot. Tests of the Discord adapter
// and of the wiring in cmd/ use them; nothing here talks to the network
// beyond 127.0.0.1.
package discordtest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Call is one request the fake API received.
type Call struct {
	Method string
	Path   string
	Body   []byte
	// Authorized reports whether an Authorization header was sent; the
	// token itself is not kept.
	Authorized bool
	// ContentType is the call's Content-Type header.
	ContentType string
}

// JSON decodes the call's JSON payload into v: the body, or the
// payload_json part of a multipart upload.
func (c Call) JSON(v any) error {
	payload, _, err := c.Payload()
	if err != nil {
		return err
	}
	return json.Unmarshal(payload, v)
}

// Upload is one file attached to a message.
type Upload struct {
	Name        string
	ContentType string
	Data        []byte
}

// Payload splits a message call into its JSON and its files. A plain
// JSON call has no files; a multipart one (discordgo uploads attachments
// that way) has payload_json and a part per file.
func (c Call) Payload() ([]byte, []Upload, error) {
	media, params, err := mime.ParseMediaType(c.ContentType)
	if err != nil || !strings.HasPrefix(media, "multipart/") {
		return c.Body, nil, nil
	}
	r := multipart.NewReader(bytes.NewReader(c.Body), params["boundary"])
	var payload []byte
	var files []Upload
	for {
		part, err := r.NextPart()
		if err == io.EOF {
			return payload, files, nil
		}
		if err != nil {
			return nil, nil, fmt.Errorf("discordtest: multipart: %w", err)
		}
		data, err := io.ReadAll(part)
		if err != nil {
			return nil, nil, fmt.Errorf("discordtest: multipart part: %w", err)
		}
		if part.FormName() == "payload_json" {
			payload = data
			continue
		}
		files = append(files, Upload{Name: part.FileName(), ContentType: part.Header.Get("Content-Type"), Data: data})
	}
}

// Fault makes matching calls fail the way Discord fails them.
type Fault struct {
	Method string
	// Path is a prefix of the paths that fail.
	Path string
	// Status is the HTTP status; 429 answers with a rate limit body.
	Status int
	// Code is the JSON error code of other statuses (e.g. 50007).
	Code int
	// RetryAfter is the wait a 429 asks for.
	RetryAfter time.Duration
	// Times is how many matching calls fail; after that they succeed.
	Times int
	// Delay holds the call this long (or until the client gives up)
	// before it is answered: a hanging API. With Status 0 the call is
	// then served normally, only late.
	Delay time.Duration
}

// API is a fake Discord REST API.
type API struct {
	*httptest.Server

	mu         sync.Mutex
	calls      []Call
	changed    chan struct{}
	commands   map[string][]*discordgo.ApplicationCommand // by guild id, "" = global
	closedDMs  map[string]bool                            // DM channel ids refusing messages
	faults     []*Fault
	gatewayURL string
	nextID     int
}

// NewAPI starts a fake REST API; Close it when done.
func NewAPI() *API {
	a := &API{
		changed:   make(chan struct{}),
		commands:  map[string][]*discordgo.ApplicationCommand{},
		closedDMs: map[string]bool{},
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/{version}/gateway", a.gateway)
	mux.HandleFunc("POST /api/{version}/interactions/{id}/{token}/callback", a.noContent)
	mux.HandleFunc("PATCH /api/{version}/webhooks/{app}/{token}/messages/{msg}", a.message)
	mux.HandleFunc("POST /api/{version}/webhooks/{app}/{token}", a.message)
	mux.HandleFunc("POST /api/{version}/users/@me/channels", a.openDM)
	mux.HandleFunc("POST /api/{version}/channels/{channel}/messages", a.channelMessage)
	mux.HandleFunc("GET /api/{version}/applications/{app}/commands", a.listCommands)
	mux.HandleFunc("GET /api/{version}/applications/{app}/guilds/{guild}/commands", a.listCommands)
	mux.HandleFunc("PUT /api/{version}/applications/{app}/commands", a.putCommands)
	mux.HandleFunc("PUT /api/{version}/applications/{app}/guilds/{guild}/commands", a.putCommands)
	a.Server = httptest.NewServer(a.record(mux))
	return a
}

// SetGateway sets the websocket URL GET /api/{version}/gateway hands out.
func (a *API) SetGateway(url string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.gatewayURL = url
}

// CloseDMs makes messages to user's DM channel fail with error 50007, as
// Discord does for a user who does not accept DMs.
func (a *API) CloseDMs(userID string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.closedDMs[DMChannel(userID)] = true
}

// Inject makes the next f.Times calls matching f fail as f says.
func (a *API) Inject(f Fault) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.faults = append(a.faults, &f)
}

// fault consumes one failure injected for the call, if any.
func (a *API) fault(method, path string) *Fault {
	a.mu.Lock()
	defer a.mu.Unlock()
	for _, f := range a.faults {
		if f.Times > 0 && f.Method == method && strings.HasPrefix(path, f.Path) {
			f.Times--
			return f
		}
	}
	return nil
}

// DMChannel is the id of the fake DM channel with a user.
func DMChannel(userID string) string { return "dm-" + userID }

// SetCommands sets the commands registered globally (guild "") or in a
// guild, as if registered earlier.
func (a *API) SetCommands(guildID string, cmds []*discordgo.ApplicationCommand) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.commands[guildID] = cmds
}

// Calls returns every call so far, in order.
func (a *API) Calls() []Call {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]Call(nil), a.calls...)
}

// Find returns the calls with method whose path starts with prefix.
func (a *API) Find(method, prefix string) []Call {
	var out []Call
	for _, c := range a.Calls() {
		if c.Method == method && strings.HasPrefix(c.Path, prefix) {
			out = append(out, c)
		}
	}
	return out
}

// Await waits until a call with method and path prefix has arrived and
// returns the first such call.
func (a *API) Await(ctx context.Context, method, prefix string) (Call, error) {
	for {
		a.mu.Lock()
		changed := a.changed
		for _, c := range a.calls {
			if c.Method == method && strings.HasPrefix(c.Path, prefix) {
				a.mu.Unlock()
				return c, nil
			}
		}
		a.mu.Unlock()
		select {
		case <-changed:
		case <-ctx.Done():
			return Call{}, fmt.Errorf("discordtest: await %s %s: %w", method, prefix, ctx.Err())
		}
	}
}

// record keeps every request before it is served.
func (a *API) record(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		a.mu.Lock()
		a.calls = append(a.calls, Call{Method: r.Method, Path: r.URL.Path, Body: body, Authorized: r.Header.Get("Authorization") != "", ContentType: r.Header.Get("Content-Type")})
		close(a.changed)
		a.changed = make(chan struct{})
		a.mu.Unlock()
		f := a.fault(r.Method, r.URL.Path)
		if f != nil && f.Delay > 0 {
			t := time.NewTimer(f.Delay)
			select {
			case <-t.C:
			case <-r.Context().Done():
				t.Stop()
				return
			}
		}
		if f != nil && f.Status != 0 {
			if f.Status == http.StatusTooManyRequests {
				writeJSON(w, f.Status, map[string]any{"message": "You are being rate limited.", "retry_after": f.RetryAfter.Seconds(), "global": false})
				return
			}
			writeJSON(w, f.Status, map[string]any{"code": f.Code, "message": http.StatusText(f.Status)})
			return
		}
		r.Body = io.NopCloser(strings.NewReader(string(body)))
		next.ServeHTTP(w, r)
	})
}

func (a *API) id() string {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.nextID++
	return strconv.Itoa(1000 + a.nextID)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func (a *API) gateway(w http.ResponseWriter, r *http.Request) {
	a.mu.Lock()
	url := a.gatewayURL
	a.mu.Unlock()
	writeJSON(w, http.StatusOK, map[string]string{"url": url})
}

func (a *API) noContent(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent)
}

// message answers webhook executes and edits with the message it made.
func (a *API) message(w http.ResponseWriter, r *http.Request) {
	var m discordgo.Message
	_ = json.NewDecoder(r.Body).Decode(&m)
	m.ID = a.id()
	writeJSON(w, http.StatusOK, &m)
}

func (a *API) openDM(w http.ResponseWriter, r *http.Request) {
	var req struct {
		RecipientID string `json:"recipient_id"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.RecipientID == "" {
		writeJSON(w, http.StatusBadRequest, map[string]any{"code": 50035, "message": "Invalid Form Body"})
		return
	}
	writeJSON(w, http.StatusOK, &discordgo.Channel{ID: DMChannel(req.RecipientID), Type: discordgo.ChannelTypeDM})
}

func (a *API) channelMessage(w http.ResponseWriter, r *http.Request) {
	ch := r.PathValue("channel")
	a.mu.Lock()
	closed := a.closedDMs[ch]
	a.mu.Unlock()
	if closed {
		writeJSON(w, http.StatusForbidden, map[string]any{"code": discordgo.ErrCodeCannotSendMessagesToThisUser, "message": "Cannot send messages to this user"})
		return
	}
	var m discordgo.Message
	_ = json.NewDecoder(r.Body).Decode(&m)
	m.ID, m.ChannelID = a.id(), ch
	writeJSON(w, http.StatusOK, &m)
}

func (a *API) listCommands(w http.ResponseWriter, r *http.Request) {
	a.mu.Lock()
	cmds := a.commands[r.PathValue("guild")]
	a.mu.Unlock()
	if cmds == nil {
		cmds = []*discordgo.ApplicationCommand{}
	}
	writeJSON(w, http.StatusOK, cmds)
}

// putCommands replaces the commands and returns them with ids, like
// Discord's bulk overwrite.
func (a *API) putCommands(w http.ResponseWriter, r *http.Request) {
	var cmds []*discordgo.ApplicationCommand
	if err := json.NewDecoder(r.Body).Decode(&cmds); err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]any{"code": 50035, "message": "Invalid Form Body"})
		return
	}
	for _, c := range cmds {
		c.ID, c.ApplicationID, c.Version = a.id(), r.PathValue("app"), "1"
	}
	a.SetCommands(r.PathValue("guild"), cmds)
	writeJSON(w, http.StatusOK, cmds)
}
