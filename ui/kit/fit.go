// Package kit holds what the app's screens share: fitting text to cells
// (FitLine, FitBlock, Ellipsis), the movement keys (NavKeyMap), the query
// line, the picker and scrollable text, the colour palette (Styles) and how
// a talk is named in one line. The components under ui/ build on it so
// that none of this is written twice.
package kit

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// FitLine cuts s to w cells (never splitting a wide character) and pads it
// with spaces to exactly w cells. It is made one line of safe text first
// (see Flatten): a tab, line break or other control character would move
// the cursor behind the layout's back.
func FitLine(s string, w int) string {
	if w <= 0 {
		return ""
	}
	s = Flatten(s)
	if ansi.StringWidth(s) > w {
		s = ansi.Truncate(s, w, "")
	}
	if pad := w - ansi.StringWidth(s); pad > 0 {
		s += strings.Repeat(" ", pad)
	}
	return s
}

// FitBlock makes exactly h lines of exactly w cells from lines.
func FitBlock(lines []string, w, h int) []string {
	if h <= 0 {
		return nil
	}
	out := make([]string, h)
	for i := range out {
		var s string
		if i < len(lines) {
			s = lines[i]
		}
		out[i] = FitLine(s, w)
	}
	return out
}

// Ellipsis cuts plain text s to w cells, ending it with "…" when cut.
func Ellipsis(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if ansi.StringWidth(s) <= w {
		return s
	}
	return ansi.Truncate(s, w, "…")
}

// JoinColumns puts two blocks of the same height side by side with a
// divider.
func JoinColumns(left, right []string, divider string) []string {
	out := make([]string, max(len(left), len(right)))
	for i := range out {
		var l, r string
		if i < len(left) {
			l = left[i]
		}
		if i < len(right) {
			r = right[i]
		}
		out[i] = l + divider + r
	}
	return out
}

// Clamp bounds v to [lo, hi]; hi below lo means lo.
func Clamp(v, lo, hi int) int {
	if v > hi {
		v = hi
	}
	if v < lo {
		v = lo
	}
	return v
}

// Plural is "1 thing" or "n things".
func Plural(n int, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	return fmt.Sprintf("%d %ss", n, thing)
}

// Lines splits a view into its lines; an empty view has none.
func Lines(view string) []string {
	if view == "" {
		return nil
	}
	return strings.Split(view, "\n")
}
