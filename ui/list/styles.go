package list

import (
	"charm.land/lipgloss/v2"
	"talks/ui/kit"
)

// Styles are what the list draws with.
type Styles struct {
	// Group is a volume or event heading; Forum a forum heading.
	Group, Forum lipgloss.Style
	// Part is a talk's P<n> label; Speakers the names after its title.
	Part, Speakers lipgloss.Style
	// Selected is the row under the cursor while the list has the focus,
	// SelectedBlur while another pane has it.
	Selected, SelectedBlur lipgloss.Style
}

// DefaultStyles are the styles for a dark or a light background.
func DefaultStyles(isDark bool) Styles { return StylesFrom(kit.DefaultStyles(isDark)) }

// StylesFrom takes the list's styles from the app's palette.
func StylesFrom(p kit.Styles) Styles {
	return Styles{Group: p.Group, Forum: p.Forum, Part: p.Part, Speakers: p.Speakers, Selected: p.Selected, SelectedBlur: p.SelectedBlur}
}
