package ui

import (
	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// markRunes is plain text cut to w cells ("…" where cut, never inside a
// character) and, when fill is set, padded to w, styled base, with the runes
// at positions (rune indexes into text, increasing) styled mark over base.
// Positions cut off are dropped.
func markRunes(text string, positions []int, w int, fill bool, base, mark lipgloss.Style) string {
	if w <= 0 {
		return ""
	}
	shown := ellipsis(text, w)
	kept := len([]rune(shown))
	if shown != text {
		kept-- // the "…"
	}
	runes := []rune(shown)[:kept]
	if fill {
		shown = fitLine(shown, w)
	}
	var ranges []lipgloss.Range
	mark = mark.Inherit(base)
	col, p := 0, 0
	for i, r := range runes {
		cw := ansi.StringWidth(string(r))
		for p < len(positions) && positions[p] < i {
			p++
		}
		if p < len(positions) && positions[p] == i {
			if n := len(ranges); n > 0 && ranges[n-1].End == col {
				ranges[n-1].End += cw
			} else {
				ranges = append(ranges, lipgloss.NewRange(col, col+cw, mark))
			}
		}
		col += cw
	}
	return lipgloss.StyleRanges(base.Render(shown), ranges...)
}

// inputView is a query line w cells wide in the app's styles.
func inputView(in textinput.Model, w int, st Styles) string {
	s := in.Styles()
	s.Focused.Prompt = st.Title
	s.Blurred.Prompt = st.Faint
	s.Focused.Placeholder = st.Faint
	s.Blurred.Placeholder = st.Faint
	in.SetStyles(s)
	in.SetWidth(max(1, w-ansi.StringWidth(in.Prompt)-1))
	return fitLine(in.View(), w)
}
