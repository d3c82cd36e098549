package discord

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/certpath/certpath/advisor"
	"github.com/certpath/certpath/bot"
)

// drawn draws the pictures among m's files, as the message is about to
// be sent: after the interaction was answered, never within Discord's 3
// seconds. A picture that cannot be drawn is left out and the message
// says so instead; the reply before it stands.
func (h *Handler) drawn(m message) message {
	if len(m.Files) == 0 {
		return m
	}
	files, err := bot.DrawPictures(h.drawer, m.Files, m.plan, h.now())
	if err != nil {
		h.log.Error("discord: draw picture", "err", err)
		m.Content = strings.TrimSpace(m.Content + "\n" + bot.PictureFailedText)
	}
	m.Files = files
	return m
}

// attachment describes one file of a multipart message: Discord matches
// it to files[ID] and shows Description as the file's alt text.
type attachment struct {
	ID          int    `json:"id"`
	Filename    string `json:"filename"`
	Description string `json:"description,omitempty"`
}

// upload posts a message with files to endpoint the way discordgo does
// (payload_json and a part per file), plus the attachments array that
// carries each file's description: discordgo v0.29's message types have
// no field for it. payload is the message as discordgo would send it.
func (h *Handler) upload(ctx context.Context, endpoint string, payload any, files []advisor.File) error {
	contentType, body, err := multipartWithAttachments(payload, files)
	if err != nil {
		return fmt.Errorf("discord: upload %s: %w", endpoint, err)
	}
	return retryREST(ctx, func(ctx context.Context) error {
		_, err := h.rest.RequestRaw(http.MethodPost, endpoint, contentType, body, endpoint, 0, discordgo.WithContext(ctx))
		return err
	})
}

func multipartWithAttachments(payload any, files []advisor.File) (string, []byte, error) {
	raw, err := json.Marshal(payload)
	if err != nil {
		return "", nil, err
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(raw, &fields); err != nil {
		return "", nil, err
	}
	atts := make([]attachment, len(files))
	for n, f := range files {
		atts[n] = attachment{ID: n, Filename: f.Name, Description: f.Alt}
	}
	if fields["attachments"], err = json.Marshal(atts); err != nil {
		return "", nil, err
	}
	return discordgo.MultipartBodyWithJSON(fields, uploads(files))
}
