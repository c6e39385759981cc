package finder

import (
	"charm.land/lipgloss/v2"
	"talks/ui/kit"
)

// Styles are what the finder draws with.
type Styles struct {
	// Title is the finder's first line.
	Title lipgloss.Style
	// Selected is the result under the cursor.
	Selected lipgloss.Style
	// Match is a matched character of a result.
	Match lipgloss.Style
	// Status is the status line.
	Status lipgloss.Style
	// Input is the query line.
	Input kit.InputStyles
}

// DefaultStyles are the styles for a dark or a light background.
func DefaultStyles(isDark bool) Styles { return StylesFrom(kit.DefaultStyles(isDark)) }

// StylesFrom takes the finder's styles from the app's palette.
func StylesFrom(p kit.Styles) Styles {
	return Styles{Title: p.Title, Selected: p.Selected, Match: p.Match, Status: p.Status, Input: p.InputStyles()}
}
