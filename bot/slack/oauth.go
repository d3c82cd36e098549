package slack

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/slack-go/slack"

	"github.com/certpath/certpath/session"
)

const (
	// botScopes are the bot scopes certpath asks for, at install and in
	// the manifest.
	// files:write uploads exported plans; users:read tells admins apart
	// for "group stats".
	botScopes = "commands,chat:write,app_mentions:read,im:history,im:read,im:write,files:write,users:read"
	// installationKind is the store record kind of a workspace's install.
	installationKind = "slack_installation"
	// authorizeURL is where Slack asks the installer for consent.
	authorizeURL = "https://slack.com/oauth/v2/authorize"
	// stateTTL is how long an install link stays valid.
	stateTTL = 10 * time.Minute
	// stateCookie binds the OAuth state to the browser that started the
	// install, so a link cannot be used to install into someone else's
	// session (login CSRF).
	stateCookie = "certpath_slack_oauth_state"
	// statePurpose separates these MACs from request signatures made with
	// the same secret.
	statePurpose = "certpath/slack/oauth-state/v1:"
)

var errNoToken = errors.New("no bot token for this workspace: install the app or set the bot token")

// installation is what an OAuth install leaves in the store for a
// workspace. BotToken is a secret: it is stored, never logged.
type installation struct {
	EnterpriseID string    `json:"enterprise_id,omitempty"`
	TeamID       string    `json:"team_id,omitempty"`
	TeamName     string    `json:"team_name,omitempty"`
	AppID        string    `json:"app_id,omitempty"`
	BotUserID    string    `json:"bot_user_id,omitempty"`
	BotToken     string    `json:"bot_token"`
	Scope        string    `json:"scope,omitempty"`
	InstalledAt  time.Time `json:"installed_at"`
}

// token is the bot token to act in workspace: its OAuth installation's,
// an org-wide (Enterprise Grid) installation's, or the configured one.
func (h *Handler) token(ctx context.Context, workspace string) (string, error) {
	candidates := []string{workspace}
	if ent, _, ok := strings.Cut(workspace, ":"); ok {
		candidates = append(candidates, workspaceOf(ent, ""))
	}
	var lookupErr error
	for _, id := range candidates {
		raw, err := h.store.GetRecord(ctx, installationKind, id)
		if errors.Is(err, session.ErrNotFound) {
			continue
		}
		if err != nil {
			lookupErr = err
			break
		}
		var inst installation
		if err := json.Unmarshal(raw, &inst); err != nil || inst.BotToken == "" {
			h.log.Error("slack: unreadable installation record", "workspace", id)
			continue
		}
		return inst.BotToken, nil
	}
	if h.botToken != "" {
		if lookupErr != nil {
			h.log.Warn("slack: installation lookup failed; using the configured bot token", "workspace", workspace, "err", lookupErr)
		}
		return h.botToken, nil
	}
	if lookupErr != nil {
		return "", fmt.Errorf("slack: installation of %s: %w", workspace, lookupErr)
	}
	return "", fmt.Errorf("slack: workspace %s: %w", workspace, errNoToken)
}

func (h *Handler) redirectURL() string { return h.publicURL + "/slack/oauth/callback" }

// serveInstall sends the installer to Slack's consent page with a signed,
// expiring state that is also set as a cookie.
func (h *Handler) serveInstall(w http.ResponseWriter, r *http.Request) {
	if h.clientID == "" {
		http.Error(w, "The multi-workspace install is not configured on this server.", http.StatusNotFound)
		return
	}
	state, err := h.newState()
	if err != nil {
		h.log.Error("slack: install state", "err", err)
		http.Error(w, "Something went wrong, please try again.", http.StatusInternalServerError)
		return
	}
	http.SetCookie(w, &http.Cookie{
		Name: stateCookie, Value: state, Path: "/slack/oauth",
		MaxAge: int(stateTTL / time.Second), HttpOnly: true,
		Secure: strings.HasPrefix(h.publicURL, "https://"), SameSite: http.SameSiteLaxMode,
	})
	q := url.Values{
		"client_id":    {h.clientID},
		"scope":        {botScopes},
		"redirect_uri": {h.redirectURL()},
		"state":        {state},
	}
	http.Redirect(w, r, authorizeURL+"?"+q.Encode(), http.StatusFound)
}

// serveOAuthCallback checks the state, exchanges the code for a bot token
// and stores it for the workspace.
func (h *Handler) serveOAuthCallback(w http.ResponseWriter, r *http.Request) {
	if h.clientID == "" {
		http.Error(w, "The multi-workspace install is not configured on this server.", http.StatusNotFound)
		return
	}
	q := r.URL.Query()
	if e := q.Get("error"); e != "" {
		h.log.Info("slack: install cancelled", "error", e)
		page(w, http.StatusOK, "Installation cancelled", "certpath was not installed. You can close this tab.")
		return
	}
	state := q.Get("state")
	cookie, err := r.Cookie(stateCookie)
	if err != nil || !hmac.Equal([]byte(cookie.Value), []byte(state)) || h.checkState(state) != nil {
		h.log.Warn("slack: install refused: bad or expired state")
		page(w, http.StatusForbidden, "Installation link expired", "Please start again from the install page.")
		return
	}
	http.SetCookie(w, &http.Cookie{Name: stateCookie, Path: "/slack/oauth", MaxAge: -1})
	code := q.Get("code")
	if code == "" {
		page(w, http.StatusBadRequest, "Installation failed", "Slack did not send an authorization code.")
		return
	}
	resp, err := slack.GetOAuthV2ResponseContext(r.Context(), h.httpClient, h.clientID, h.clientSecret, code,
		h.redirectURL(), slack.OAuthOptionAPIURL(h.apiURL))
	if err != nil {
		h.log.Error("slack: oauth.v2.access failed", "err", err)
		page(w, http.StatusBadGateway, "Installation failed", "Slack did not confirm the installation. Please try again.")
		return
	}
	if resp.AccessToken == "" || (resp.Team.ID == "" && resp.Enterprise.ID == "") {
		h.log.Error("slack: oauth.v2.access answered without a bot token or team")
		page(w, http.StatusBadGateway, "Installation failed", "Slack did not confirm the installation. Please try again.")
		return
	}
	inst := installation{
		EnterpriseID: resp.Enterprise.ID, TeamID: resp.Team.ID, TeamName: resp.Team.Name,
		AppID: resp.AppID, BotUserID: resp.BotUserID, BotToken: resp.AccessToken, Scope: resp.Scope,
		InstalledAt: h.now().UTC(),
	}
	teamKey := workspaceOf(inst.EnterpriseID, inst.TeamID)
	if resp.IsEnterpriseInstall {
		// An org-wide install acts in every workspace of the enterprise.
		teamKey = workspaceOf(inst.EnterpriseID, "")
	}
	raw, err := json.Marshal(inst)
	if err == nil {
		err = h.store.PutRecord(r.Context(), installationKind, teamKey, raw)
	}
	if err != nil {
		h.log.Error("slack: store installation", "workspace", teamKey, "err", err)
		page(w, http.StatusServiceUnavailable, "Installation failed", "I couldn't save the installation. Please try again in a minute.")
		return
	}
	h.log.Info("slack: installed", "workspace", teamKey, "team_name", inst.TeamName, "scope", inst.Scope)
	name := inst.TeamName
	if name == "" {
		name = "your workspace"
	}
	page(w, http.StatusOK, "certpath is installed", "certpath is installed in "+name+". Open Slack and type /certpath, or send the app a message.")
}

// newState is "<expiry>.<nonce>.<mac>": it expires, and only this server
// (holder of the signing secret) can make one.
func (h *Handler) newState() (string, error) {
	var nonce [16]byte
	if _, err := rand.Read(nonce[:]); err != nil {
		return "", fmt.Errorf("slack: state nonce: %w", err)
	}
	payload := strconv.FormatInt(h.now().Add(stateTTL).Unix(), 10) + "." + hex.EncodeToString(nonce[:])
	return payload + "." + hex.EncodeToString(h.stateMAC(payload)), nil
}

func (h *Handler) checkState(state string) error {
	i := strings.LastIndexByte(state, '.')
	if i < 0 {
		return errors.New("slack: state: malformed")
	}
	payload, sig := state[:i], state[i+1:]
	got, err := hex.DecodeString(sig)
	if err != nil || !hmac.Equal(got, h.stateMAC(payload)) {
		return errors.New("slack: state: bad signature")
	}
	exp, _, _ := strings.Cut(payload, ".")
	unix, err := strconv.ParseInt(exp, 10, 64)
	if err != nil || h.now().After(time.Unix(unix, 0)) {
		return errors.New("slack: state: expired")
	}
	return nil
}

func (h *Handler) stateMAC(payload string) []byte {
	mac := hmac.New(sha256.New, []byte(h.secret))
	mac.Write([]byte(statePurpose + payload))
	return mac.Sum(nil)
}

// page writes a minimal HTML page for the installer's browser.
func page(w http.ResponseWriter, status int, title, text string) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	fmt.Fprintf(w, "<!doctype html><meta charset=utf-8><title>%s</title><h1>%s</h1><p>%s</p>\n",
		html.EscapeString(title), html.EscapeString(title), html.EscapeString(text))
}
