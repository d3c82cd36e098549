package discord

import (
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
)

// Discord's message limits, in characters. A message over any of them is
// rejected whole, so replies are split to fit instead.
const (
	maxContent     = 2000
	maxEmbeds      = 10
	maxEmbedTotal  = 6000 // all embeds of one message together
	maxTitle       = 256
	maxDescription = 4096
	maxFields      = 25
	maxFieldName   = 256
	maxFieldValue  = 1024
	maxFooter      = 2048
)

// contSuffix marks a title or field name continued from the previous one.
const contSuffix = " (cont.)"

// split lays content and embeds out over as many messages as Discord's
// limits need: content first (cut at line or word boundaries), embeds cut
// into valid pieces and packed ten or 6000 characters to a message.
// Components go on the last message, so buttons follow the whole reply.
func split(content string, embeds []*discordgo.MessageEmbed, components []discordgo.MessageComponent, ephemeral bool) []message {
	var msgs []message
	for _, c := range chunkText(content, maxContent) {
		msgs = append(msgs, message{Content: c, Ephemeral: ephemeral})
	}
	var pieces []*discordgo.MessageEmbed
	for _, e := range embeds {
		pieces = append(pieces, fitEmbed(e)...)
	}
	if len(msgs) == 0 {
		msgs = append(msgs, message{Ephemeral: ephemeral})
	}
	total := 0
	for _, e := range pieces {
		last := &msgs[len(msgs)-1]
		size := embedSize(e)
		if len(last.Embeds) == maxEmbeds || (len(last.Embeds) > 0 && total+size > maxEmbedTotal) {
			msgs = append(msgs, message{Ephemeral: ephemeral})
			last, total = &msgs[len(msgs)-1], 0
		}
		last.Embeds = append(last.Embeds, e)
		total += size
	}
	msgs[len(msgs)-1].Components = components
	return msgs
}

// fitEmbed cuts one embed into embeds that each respect the description,
// field and size limits. Later pieces repeat the title marked as continued;
// the footer stays on the last piece.
func fitEmbed(src *discordgo.MessageEmbed) []*discordgo.MessageEmbed {
	title := truncate(src.Title, maxTitle)
	contTitle := ""
	if title != "" {
		contTitle = truncate(src.Title, maxTitle-utf8.RuneCountInString(contSuffix)) + contSuffix
	}
	newPiece := func(first bool) *discordgo.MessageEmbed {
		e := *src
		e.Title, e.Description, e.Fields, e.Footer = contTitle, "", nil, nil
		if first {
			e.Title = title
		}
		return &e
	}
	var out []*discordgo.MessageEmbed
	for n, d := range chunkText(src.Description, maxDescription) {
		e := newPiece(n == 0)
		e.Description = d
		out = append(out, e)
	}
	if len(out) == 0 {
		out = append(out, newPiece(true))
	}
	cur := out[len(out)-1]
	for _, f := range src.Fields {
		for _, part := range fitField(f) {
			if len(cur.Fields) == maxFields || embedSize(cur)+fieldSize(part) > maxEmbedTotal {
				cur = newPiece(false)
				out = append(out, cur)
			}
			cur.Fields = append(cur.Fields, part)
		}
	}
	if src.Footer != nil {
		footer := *src.Footer
		footer.Text = truncate(footer.Text, maxFooter)
		if embedSize(cur)+utf8.RuneCountInString(footer.Text) > maxEmbedTotal {
			cur = newPiece(false)
			out = append(out, cur)
		}
		cur.Footer = &footer
	}
	return out
}

// fitField cuts a field whose value is too long into several, the later
// ones named as continued. Discord rejects empty names and values.
func fitField(f *discordgo.MessageEmbedField) []*discordgo.MessageEmbedField {
	name := truncate(f.Name, maxFieldName)
	if strings.TrimSpace(name) == "" {
		name = "\u200b" // zero-width space: Discord's accepted "blank"
	}
	contName := truncate(name, maxFieldName-utf8.RuneCountInString(contSuffix)) + contSuffix
	values := chunkText(f.Value, maxFieldValue)
	if len(values) == 0 {
		values = []string{"\u200b"}
	}
	out := make([]*discordgo.MessageEmbedField, len(values))
	for n, v := range values {
		out[n] = &discordgo.MessageEmbedField{Name: name, Value: v, Inline: f.Inline && len(values) == 1}
		if n > 0 {
			out[n].Name = contName
		}
	}
	return out
}

// embedSize counts what Discord counts toward the 6000-character total.
func embedSize(e *discordgo.MessageEmbed) int {
	n := utf8.RuneCountInString(e.Title) + utf8.RuneCountInString(e.Description)
	for _, f := range e.Fields {
		n += fieldSize(f)
	}
	if e.Footer != nil {
		n += utf8.RuneCountInString(e.Footer.Text)
	}
	if e.Author != nil {
		n += utf8.RuneCountInString(e.Author.Name)
	}
	return n
}

func fieldSize(f *discordgo.MessageEmbedField) int {
	return utf8.RuneCountInString(f.Name) + utf8.RuneCountInString(f.Value)
}

// chunkText cuts s into pieces of at most limit characters, preferring to
// cut after a newline, then after a space, and never inside a character.
// Whitespace at a cut is dropped; nothing else is.
func chunkText(s string, limit int) []string {
	var out []string
	for {
		s = strings.TrimLeft(s, "\n ")
		if s == "" {
			return out
		}
		if utf8.RuneCountInString(s) <= limit {
			return append(out, s)
		}
		end := byteOffset(s, limit)
		cut := end // a cut right before a space or newline loses nothing
		if next := s[end]; next != ' ' && next != '\n' {
			cut = strings.LastIndexByte(s[:end], '\n')
			if cut <= 0 {
				cut = strings.LastIndexByte(s[:end], ' ')
			}
			if cut <= 0 {
				cut = end
			}
		}
		out = append(out, strings.TrimRight(s[:cut], "\n "))
		s = s[cut:]
	}
}

// byteOffset is the byte index just after the first n runes of s.
func byteOffset(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}

// truncate shortens s to at most n characters, ending in "…" when cut.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}
