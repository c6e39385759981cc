package kit

import (
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// MarkRunes is plain text cut to w cells ("…" where cut, never inside a
// character) and, when fill is set, padded to w, styled base, with the runes
// at positions (rune indexes into text, increasing) styled mark over base.
// Positions cut off are dropped.
func MarkRunes(text string, positions []int, w int, fill bool, base, mark lipgloss.Style) string {
	if w <= 0 {
		return ""
	}
	shown := Ellipsis(text, w)
	kept := len([]rune(shown))
	if shown != text {
		kept-- // the "…"
	}
	runes := []rune(shown)[:kept]
	if fill {
		shown = FitLine(shown, w)
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
