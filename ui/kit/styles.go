package kit

import (
	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
)

// Styles are the app's palette: every colour and emphasis of every
// screen, for a dark or light background or none. Each component takes
// the styles it draws with from here, so that light and dark stay
// consistent.
type Styles struct {
	// Title is the app's title line.
	Title lipgloss.Style
	// Demo is the line saying the demo corpus is shown.
	Demo lipgloss.Style
	// Group is a volume or event heading in the list.
	Group lipgloss.Style
	// Forum is a forum heading in the list.
	Forum lipgloss.Style
	// Part is a talk's P<n> label.
	Part lipgloss.Style
	// Speakers are the names after a title.
	Speakers lipgloss.Style
	// Selected is the row under the cursor.
	Selected lipgloss.Style
	// SelectedBlur is the row under the cursor when another pane has the
	// focus.
	SelectedBlur lipgloss.Style
	// Status is a pane's status line.
	Status lipgloss.Style
	// Warning is the warnings count and warning lines.
	Warning lipgloss.Style
	// Divider separates the two panes.
	Divider lipgloss.Style
	// Faint is for secondary text, such as image targets.
	Faint lipgloss.Style
	// Match is a matched character in the finder and search results.
	Match lipgloss.Style
	// Hit is a search match in the reading pane.
	Hit lipgloss.Style
	// CurrentHit is the match n and N are on.
	CurrentHit lipgloss.Style
	// Selection is the sentences selected for a quote.
	Selection lipgloss.Style
	// Gutter is the paragraph numbers left of the reading pane.
	Gutter lipgloss.Style
	// Help styles the hint bar and the full help.
	Help help.Styles
}

// DefaultStyles are the styles for a dark or a light background.
func DefaultStyles(isDark bool) Styles {
	ld := lipgloss.LightDark(isDark)
	accent := ld(lipgloss.Color("#5A56E0"), lipgloss.Color("#8B87FF"))
	subtle := ld(lipgloss.Color("#7A7A7A"), lipgloss.Color("#8C8C8C"))
	return Styles{
		Title:    lipgloss.NewStyle().Bold(true).Foreground(accent),
		Demo:     lipgloss.NewStyle().Italic(true).Foreground(ld(lipgloss.Color("#A0522D"), lipgloss.Color("#E0A868"))),
		Group:    lipgloss.NewStyle().Bold(true).Foreground(ld(lipgloss.Color("#1F1F1F"), lipgloss.Color("#F0F0F0"))),
		Forum:    lipgloss.NewStyle().Foreground(accent),
		Part:     lipgloss.NewStyle().Foreground(subtle),
		Speakers: lipgloss.NewStyle().Foreground(subtle),
		Selected: lipgloss.NewStyle().Bold(true).
			Foreground(ld(lipgloss.Color("#FFFFFF"), lipgloss.Color("#FFFFFF"))).
			Background(ld(lipgloss.Color("#5A56E0"), lipgloss.Color("#4B47B8"))),
		SelectedBlur: lipgloss.NewStyle().Bold(true).Foreground(accent),
		Status: lipgloss.NewStyle().
			Foreground(ld(lipgloss.Color("#3A3A3A"), lipgloss.Color("#D0D0D0"))).
			Background(ld(lipgloss.Color("#E4E4E4"), lipgloss.Color("#303030"))),
		Warning: lipgloss.NewStyle().Foreground(ld(lipgloss.Color("#B8520A"), lipgloss.Color("#F5A35C"))),
		Divider: lipgloss.NewStyle().Foreground(ld(lipgloss.Color("#D0D0D0"), lipgloss.Color("#444444"))),
		Faint:   lipgloss.NewStyle().Foreground(subtle),
		Match:   lipgloss.NewStyle().Bold(true).Underline(true).Foreground(ld(lipgloss.Color("#C0392B"), lipgloss.Color("#FFB86C"))),
		Hit: lipgloss.NewStyle().Foreground(lipgloss.Color("#000000")).
			Background(ld(lipgloss.Color("#FFE08A"), lipgloss.Color("#B8A040"))),
		CurrentHit: lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("#000000")).
			Background(ld(lipgloss.Color("#FF9F43"), lipgloss.Color("#FF9F43"))),
		Selection: lipgloss.NewStyle().Foreground(ld(lipgloss.Color("#000000"), lipgloss.Color("#FFFFFF"))).
			Background(ld(lipgloss.Color("#B4D5FE"), lipgloss.Color("#3B4A8F"))),
		Gutter: lipgloss.NewStyle().Foreground(subtle),
		Help:   help.DefaultStyles(isDark),
	}
}

// PlainStyles are the styles when NO_COLOR is set: no colour at all, only
// bold and reverse video where the eye needs a mark.
func PlainStyles() Styles {
	plain := lipgloss.NewStyle()
	return Styles{
		Title:        plain.Bold(true),
		Demo:         plain,
		Group:        plain.Bold(true),
		Forum:        plain,
		Part:         plain,
		Speakers:     plain,
		Selected:     plain.Reverse(true),
		SelectedBlur: plain.Bold(true),
		Status:       plain.Reverse(true),
		Warning:      plain,
		Divider:      plain,
		Faint:        plain,
		Match:        plain.Bold(true).Underline(true),
		Hit:          plain.Reverse(true),
		CurrentHit:   plain.Reverse(true).Bold(true).Underline(true),
		Selection:    plain.Reverse(true),
		Gutter:       plain,
		Help: help.Styles{
			Ellipsis: plain, ShortKey: plain.Bold(true), ShortDesc: plain, ShortSeparator: plain,
			FullKey: plain.Bold(true), FullDesc: plain, FullSeparator: plain,
		},
	}
}
