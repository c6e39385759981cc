package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// fitLine cuts s to w cells (never splitting a wide character) and pads it
// with spaces to exactly w cells. Tabs become spaces first: the terminal
// would widen them behind the layout's back.
func fitLine(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if strings.IndexByte(s, '\t') >= 0 {
		s = strings.ReplaceAll(s, "\t", "    ")
	}
	if ansi.StringWidth(s) > w {
		s = ansi.Truncate(s, w, "")
	}
	if pad := w - ansi.StringWidth(s); pad > 0 {
		s += strings.Repeat(" ", pad)
	}
	return s
}

// fitBlock makes exactly h lines of exactly w cells from lines.
func fitBlock(lines []string, w, h int) []string {
	if h <= 0 {
		return nil
	}
	out := make([]string, h)
	for i := range out {
		var s string
		if i < len(lines) {
			s = lines[i]
		}
		out[i] = fitLine(s, w)
	}
	return out
}

// ellipsis cuts plain text s to w cells, ending it with "…" when cut.
func ellipsis(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if ansi.StringWidth(s) <= w {
		return s
	}
	return ansi.Truncate(s, w, "…")
}

// splitLines splits a rendered block into lines, an empty string into none.
func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

// joinColumns puts two blocks of the same height side by side with a divider.
func joinColumns(left, right []string, divider string) []string {
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

// clamp bounds v to [lo, hi]; hi below lo means lo.
func clamp(v, lo, hi int) int {
	if v > hi {
		v = hi
	}
	if v < lo {
		v = lo
	}
	return v
}
