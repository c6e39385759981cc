package reader

import (
	"charm.land/lipgloss/v2"
	"talks/render"
	"talks/ui/kit"
)

// Styles are what the reader draws with, the page aside (render draws it
// in Page's style).
type Styles struct {
	// Page is the style the page is rendered in.
	Page render.Style
	// Hit is a match of the search in the talk; CurrentHit the one n and
	// N are on.
	Hit, CurrentHit lipgloss.Style
	// Selection is the sentences selected for a quote.
	Selection lipgloss.Style
	// Gutter is the paragraph numbers.
	Gutter lipgloss.Style
	// Status is the status line.
	Status lipgloss.Style
	// Input is the query line.
	Input kit.InputStyles
}

// DefaultStyles are the styles for a dark or a light background.
func DefaultStyles(isDark bool) Styles {
	page := render.Light
	if isDark {
		page = render.Dark
	}
	return StylesFrom(kit.DefaultStyles(isDark), page)
}

// StylesFrom takes the reader's styles from the app's palette, with the
// page rendered in page.
func StylesFrom(p kit.Styles, page render.Style) Styles {
	return Styles{Page: page, Hit: p.Hit, CurrentHit: p.CurrentHit, Selection: p.Selection, Gutter: p.Gutter,
		Status: p.Status, Input: p.InputStyles()}
}
