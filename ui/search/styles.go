package search

import (
	"charm.land/lipgloss/v2"
	"talks/ui/kit"
)

// Styles are what the search screen draws with.
type Styles struct {
	// Title is the screen's first line.
	Title lipgloss.Style
	// Selected is the hit under the cursor.
	Selected lipgloss.Style
	// Snippet is a hit's text around it; Match the hit in it.
	Snippet, Match lipgloss.Style
	// Status is the status line.
	Status lipgloss.Style
	// Input is the query line.
	Input kit.InputStyles
}

// DefaultStyles are the styles for a dark or a light background.
func DefaultStyles(isDark bool) Styles { return StylesFrom(kit.DefaultStyles(isDark)) }

// StylesFrom takes the search screen's styles from the app's palette.
func StylesFrom(p kit.Styles) Styles {
	return Styles{Title: p.Title, Selected: p.Selected, Snippet: p.Faint, Match: p.Match, Status: p.Status, Input: p.InputStyles()}
}
