package discord

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/certpath/certpath/catalog"
)

// CommandName is the one slash command certpath registers.
const CommandName = "certpath"

// Option names of the /certpath subcommands.
const (
	questionOption = "question" // ask
	courseOption   = "course"   // ask
	hoursOption    = "hours"    // progress
	stepOption     = "step"     // done
	whenOption     = "when"     // remind
	statsOption    = "stats"    // group
)

// maxAutocomplete is how many suggestions Discord shows.
const maxAutocomplete = 25

// subcommand is one /certpath subcommand and the advisor command it sends.
type subcommand struct {
	name, description, text string
	options                 []*discordgo.ApplicationCommandOption
	// args builds the advisor's text from the options; nil sends text as
	// it is. ok is false when a required value is missing.
	args func(sub *discordgo.ApplicationCommandInteractionDataOption, courses []courseName) (text string, ok bool)
}

// subcommands is the single definition of /certpath: Commands registers
// it and commandText dispatches on it, so the two cannot drift apart.
func subcommands() []subcommand {
	return []subcommand{
		{name: "start", description: "Start (or resume) the interview that builds your certificate path", text: "start"},
		{name: "ask", description: "Ask a question about ML certificates", text: "ask", options: []*discordgo.ApplicationCommandOption{
			{Type: discordgo.ApplicationCommandOptionString, Name: questionOption, Description: "Your question, e.g. how much does a Coursera certificate cost?", Required: true, MaxLength: 500},
			{Type: discordgo.ApplicationCommandOptionString, Name: courseOption, Description: "The course your question is about", Autocomplete: true},
		}, args: askText},
		{name: "plan", description: "Show your plan", text: "plan"},
		// In a server the bot cannot read typed messages, so every
		// command of the advisor a learner may need is a subcommand.
		{name: "progress", description: "Log hours on your current step, or see where you stand", text: "progress", options: []*discordgo.ApplicationCommandOption{
			{Type: discordgo.ApplicationCommandOptionNumber, Name: hoursOption, Description: "Hours spent on your current step so far (leave out to see where you stand)", MinValue: new(float64), MaxValue: 1000},
		}, args: progressText},
		{name: "done", description: "Mark a step of your plan finished; the rest re-plans from today", text: "done", options: []*discordgo.ApplicationCommandOption{
			{Type: discordgo.ApplicationCommandOptionString, Name: stepOption, Description: "Step number or course name, e.g. 1", Required: true, MaxLength: 100},
		}, args: argText(stepOption)},
		{name: "export", description: "Your plan as Markdown, as a calendar (.ics) file and as a timeline picture", text: "export"},
		{name: "timeline", description: "Your plan as a timeline picture", text: "timeline"},
		{name: "remind", description: "A weekly check-in by DM on your plan", text: "remind", options: []*discordgo.ApplicationCommandOption{
			{Type: discordgo.ApplicationCommandOptionString, Name: whenOption, Description: "Day, time and time zone, e.g. monday 18:00 Europe/Paris; or off", Required: true, MaxLength: 100},
		}, args: argText(whenOption)},
		{name: "join", description: "Join the study group of your current course in this server", text: "join"},
		{name: "leave", description: "Leave your study group in this server", text: "leave"},
		{name: "group", description: "Who else is in your study group here", text: "group", options: []*discordgo.ApplicationCommandOption{
			{Type: discordgo.ApplicationCommandOptionBoolean, Name: statsOption, Description: "Counts per course for the whole server instead (Manage Server only)"},
		}, args: groupText},
		{name: "restart", description: "Start the interview over", text: "restart"},
		{name: "forget", description: "Delete everything certpath stored about you", text: "forget"},
		{name: "help", description: "What certpath can do", text: "help"},
	}
}

// Commands returns the definition of /certpath for registration.
func Commands() []*discordgo.ApplicationCommand {
	var opts []*discordgo.ApplicationCommandOption
	for _, s := range subcommands() {
		opts = append(opts, &discordgo.ApplicationCommandOption{
			Type:        discordgo.ApplicationCommandOptionSubCommand,
			Name:        s.name,
			Description: s.description,
			Options:     s.options,
		})
	}
	// Where /certpath can be used: in servers and in the bot's DMs, with
	// the app installed to a server. contexts replaces the deprecated
	// dm_permission.
	contexts := []discordgo.InteractionContextType{discordgo.InteractionContextGuild, discordgo.InteractionContextBotDM}
	installs := []discordgo.ApplicationIntegrationType{discordgo.ApplicationIntegrationGuildInstall}
	return []*discordgo.ApplicationCommand{{
		Type:             discordgo.ChatApplicationCommand,
		Name:             CommandName,
		Description:      "Plan your path through ML certificates",
		Contexts:         &contexts,
		IntegrationTypes: &installs,
		Options:          opts,
	}}
}

// commandJSON and optionJSON are what RegisterCommands sends: discordgo's
// own types send explicit nulls for every unset list ("options": null,
// "choices": null, "channel_types": null), which Discord reads as values;
// these leave out whatever is unset.
type commandJSON struct {
	Type             discordgo.ApplicationCommandType       `json:"type,omitempty"`
	Name             string                                 `json:"name"`
	Description      string                                 `json:"description,omitempty"`
	Contexts         []discordgo.InteractionContextType     `json:"contexts,omitempty"`
	IntegrationTypes []discordgo.ApplicationIntegrationType `json:"integration_types,omitempty"`
	Options          []optionJSON                           `json:"options,omitempty"`
}

type optionJSON struct {
	Type         discordgo.ApplicationCommandOptionType `json:"type"`
	Name         string                                 `json:"name"`
	Description  string                                 `json:"description"`
	Required     bool                                   `json:"required,omitempty"`
	Autocomplete bool                                   `json:"autocomplete,omitempty"`
	Choices      []choiceJSON                           `json:"choices,omitempty"`
	ChannelTypes []discordgo.ChannelType                `json:"channel_types,omitempty"`
	MinValue     *float64                               `json:"min_value,omitempty"`
	MaxValue     *float64                               `json:"max_value,omitempty"`
	MinLength    *int                                   `json:"min_length,omitempty"`
	MaxLength    int                                    `json:"max_length,omitempty"`
	Options      []optionJSON                           `json:"options,omitempty"`
}

type choiceJSON struct {
	Name  string `json:"name"`
	Value any    `json:"value"`
}

// wireCommands converts discordgo's commands to what is sent.
func wireCommands(cmds []*discordgo.ApplicationCommand) []commandJSON {
	out := make([]commandJSON, 0, len(cmds))
	for _, c := range cmds {
		w := commandJSON{Type: c.Type, Name: c.Name, Description: c.Description, Options: wireOptions(c.Options)}
		if c.Contexts != nil {
			w.Contexts = *c.Contexts
		}
		if c.IntegrationTypes != nil {
			w.IntegrationTypes = *c.IntegrationTypes
		}
		out = append(out, w)
	}
	return out
}

func wireOptions(opts []*discordgo.ApplicationCommandOption) []optionJSON {
	var out []optionJSON
	for _, o := range opts {
		if o == nil {
			continue
		}
		w := optionJSON{
			Type: o.Type, Name: o.Name, Description: o.Description, Required: o.Required,
			Autocomplete: o.Autocomplete, ChannelTypes: o.ChannelTypes, MinValue: o.MinValue,
			MinLength: o.MinLength, MaxLength: o.MaxLength, Options: wireOptions(o.Options),
		}
		if o.MaxValue != 0 {
			max := o.MaxValue
			w.MaxValue = &max
		}
		for _, c := range o.Choices {
			if c != nil {
				w.Choices = append(w.Choices, choiceJSON{Name: c.Name, Value: c.Value})
			}
		}
		out = append(out, w)
	}
	return out
}

// commandText maps an invocation of /certpath to the advisor's text
// command ("start", "ask <question>", ...).
func commandText(data discordgo.ApplicationCommandInteractionData, courses []courseName) (string, bool) {
	if data.Name != CommandName || len(data.Options) == 0 || data.Options[0] == nil {
		return "", false
	}
	sub := data.Options[0]
	for _, s := range subcommands() {
		if s.name != sub.Name {
			continue
		}
		if s.args == nil {
			return s.text, true
		}
		return s.args(sub, courses)
	}
	return "", false
}

// askText is "ask <question>", naming the autocompleted course if any.
func askText(sub *discordgo.ApplicationCommandInteractionDataOption, courses []courseName) (string, bool) {
	q := strings.TrimSpace(stringOption(sub, questionOption))
	if q == "" {
		return "", false
	}
	if c := strings.TrimSpace(stringOption(sub, courseOption)); c != "" {
		q += " (" + courseTitle(courses, c) + ")"
	}
	return "ask " + q, true
}

// progressText is "progress" alone (where do I stand) or with the hours.
func progressText(sub *discordgo.ApplicationCommandInteractionDataOption, _ []courseName) (string, bool) {
	for _, o := range sub.Options {
		if o == nil || o.Name != hoursOption {
			continue
		}
		if h, ok := o.Value.(float64); ok {
			return "progress " + strconv.FormatFloat(h, 'f', -1, 64) + " hours", true
		}
	}
	return "progress", true
}

// argText sends the subcommand's name followed by one required string
// option as typed ("done 2", "remind monday 18:00 Europe/Paris").
func argText(option string) func(*discordgo.ApplicationCommandInteractionDataOption, []courseName) (string, bool) {
	return func(sub *discordgo.ApplicationCommandInteractionDataOption, _ []courseName) (string, bool) {
		v := strings.TrimSpace(stringOption(sub, option))
		if v == "" {
			return "", false
		}
		return sub.Name + " " + v, true
	}
}

// groupText is "group", or "group stats" for the per-course counts.
func groupText(sub *discordgo.ApplicationCommandInteractionDataOption, _ []courseName) (string, bool) {
	for _, o := range sub.Options {
		if o != nil && o.Name == statsOption {
			if stats, _ := o.Value.(bool); stats {
				return "group stats", true
			}
		}
	}
	return "group", true
}

// stringOption reads a string option without discordgo's StringValue,
// which panics on a value of another type.
func stringOption(o *discordgo.ApplicationCommandInteractionDataOption, name string) string {
	for _, opt := range o.Options {
		if opt != nil && opt.Name == name {
			s, _ := opt.Value.(string)
			return s
		}
	}
	return ""
}

// courseName is a catalog course as autocomplete offers it.
type courseName struct{ id, title string }

func courseNames(cat *catalog.Catalog) []courseName {
	out := make([]courseName, 0, len(cat.Courses))
	for _, c := range cat.Courses {
		title := c.Title
		if c.Provider != "" {
			title += " (" + c.Provider + ")"
		}
		out = append(out, courseName{id: c.ID, title: truncate(title, 100)})
	}
	return out
}

// courseTitle is the title of the course id, or what the user typed when
// it names no course.
func courseTitle(courses []courseName, id string) string {
	for _, c := range courses {
		if c.id == id {
			return c.title
		}
	}
	return id
}

// autocomplete suggests catalog courses whose title or id contains what
// the user typed so far.
func (h *Handler) autocomplete(data discordgo.ApplicationCommandInteractionData) *discordgo.InteractionResponse {
	typed := ""
	if len(data.Options) > 0 && data.Options[0] != nil {
		for _, o := range data.Options[0].Options {
			if o != nil && o.Focused {
				typed, _ = o.Value.(string)
			}
		}
	}
	typed = strings.ToLower(strings.TrimSpace(typed))
	choices := []*discordgo.ApplicationCommandOptionChoice{}
	for _, c := range h.courses {
		if len(choices) == maxAutocomplete {
			break
		}
		if strings.Contains(strings.ToLower(c.title), typed) || strings.Contains(c.id, typed) {
			choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: c.title, Value: c.id})
		}
	}
	return &discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: choices},
	}
}

// RegisterCommands overwrites the application's commands with Commands(),
// globally or in one guild (guild commands update at once, which is handy
// while iterating), and prints to out what changed against what was
// registered before.
func RegisterCommands(ctx context.Context, opts Options, guildID string, out io.Writer) error {
	if opts.AppID == "" || opts.BotToken == "" {
		return fmt.Errorf("discord: register commands: app id and bot token are required")
	}
	s, err := newSession(opts)
	if err != nil {
		return err
	}
	where := "globally"
	if guildID != "" {
		where = "in guild " + guildID
	}
	var before []*discordgo.ApplicationCommand
	err = retryREST(ctx, func(ctx context.Context) (err error) {
		before, err = s.ApplicationCommands(opts.AppID, guildID, discordgo.WithContext(ctx))
		return err
	})
	if err != nil {
		return fmt.Errorf("discord: list commands %s: %w", where, err)
	}
	want := Commands()
	endpoint := discordgo.EndpointApplicationGlobalCommands(opts.AppID)
	if guildID != "" {
		endpoint = discordgo.EndpointApplicationGuildCommands(opts.AppID, guildID)
	}
	body := wireCommands(want)
	err = retryREST(ctx, func(ctx context.Context) error {
		_, err := s.RequestWithBucketID(http.MethodPut, endpoint, body, endpoint, discordgo.WithContext(ctx))
		return err
	})
	if err != nil {
		return fmt.Errorf("discord: overwrite commands %s: %w", where, err)
	}
	changes := diffCommands(before, want)
	if len(changes) == 0 {
		_, err = fmt.Fprintf(out, "commands %s: unchanged\n", where)
		return err
	}
	if _, err := fmt.Fprintf(out, "commands %s: %d changes\n", where, len(changes)); err != nil {
		return err
	}
	for _, c := range changes {
		if _, err := fmt.Fprintln(out, "  "+c); err != nil {
			return err
		}
	}
	return nil
}

// diffCommands lists what differs between two command sets, one line per
// command, subcommand or option: "+ path: what", "- path: what" or
// "~ path: old -> new". It compares only what certpath defines, so fields
// Discord fills in (ids, versions, defaults) are not changes.
func diffCommands(before, after []*discordgo.ApplicationCommand) []string {
	old, cur := flattenCommands(before), flattenCommands(after)
	var paths []string
	for p := range old {
		paths = append(paths, p)
	}
	for p := range cur {
		if _, ok := old[p]; !ok {
			paths = append(paths, p)
		}
	}
	sort.Strings(paths)
	var out []string
	for _, p := range paths {
		o, inOld := old[p]
		n, inNew := cur[p]
		switch {
		case !inOld:
			out = append(out, "+ "+p+": "+n)
		case !inNew:
			out = append(out, "- "+p+": "+o)
		case o != n:
			out = append(out, "~ "+p+": "+o+" -> "+n)
		}
	}
	return out
}

func contextName(c discordgo.InteractionContextType) string {
	switch c {
	case discordgo.InteractionContextGuild:
		return "servers"
	case discordgo.InteractionContextBotDM:
		return "DMs"
	case discordgo.InteractionContextPrivateChannel:
		return "private channels"
	}
	return fmt.Sprint(int(c))
}

// flattenCommands maps "/certpath ask question" style paths to a
// one-line description of each command and option.
func flattenCommands(cmds []*discordgo.ApplicationCommand) map[string]string {
	out := map[string]string{}
	for _, c := range cmds {
		if c == nil {
			continue
		}
		path := "/" + c.Name
		out[path] = fmt.Sprintf("%q", c.Description)
		if c.Contexts != nil {
			var where []string
			for _, ctx := range *c.Contexts {
				where = append(where, contextName(ctx))
			}
			out[path] += " in " + strings.Join(where, ", ")
		}
		flattenOptions(out, path, c.Options)
	}
	return out
}

func flattenOptions(out map[string]string, path string, opts []*discordgo.ApplicationCommandOption) {
	for _, o := range opts {
		if o == nil {
			continue
		}
		p := path + " " + o.Name
		var attrs []string
		attrs = append(attrs, strings.ToLower(o.Type.String()))
		if o.Required {
			attrs = append(attrs, "required")
		}
		if o.Autocomplete {
			attrs = append(attrs, "autocomplete")
		}
		if o.MaxLength > 0 {
			attrs = append(attrs, fmt.Sprintf("max %d", o.MaxLength))
		}
		var choices []string
		for _, c := range o.Choices {
			if c != nil {
				choices = append(choices, fmt.Sprint(c.Value))
			}
		}
		if len(choices) > 0 {
			slices.Sort(choices)
			attrs = append(attrs, "choices "+strings.Join(choices, "|"))
		}
		out[p] = fmt.Sprintf("%s %q", strings.Join(attrs, ", "), o.Description)
		flattenOptions(out, p, o.Options)
	}
}
