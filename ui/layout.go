package ui

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// fitLine cuts s to w cells (never splitting a wide character) and pads it
// with spaces to exactly w cells. It is made one line first (see
// flatten): a tab, line break or other control character would move the
// cursor behind the layout's back.
func fitLine(s string, w int) string {
	if w <= 0 {
		return ""
	}
	s = flatten(s)
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

// flatten makes s one line of text and styles: a tab becomes four spaces,
// a line break (\r\n too) one space; SGR styles and OSC 8 links are kept,
// and every other control character or escape sequence goes.
func flatten(s string) string {
	if !hasControl(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\x1b':
			seq, _, n, _ := ansi.DecodeSequence(s[i:], 0, nil)
			if keepSequence(seq) {
				b.WriteString(seq)
			}
			i += max(n, 1)
		case c == '\t':
			b.WriteString("    ")
			i++
		case c == '\r' && strings.HasPrefix(s[i:], "\r\n"):
			b.WriteByte(' ')
			i += 2
		case c == '\n' || c == '\r' || c == '\v' || c == '\f':
			b.WriteByte(' ')
			i++
		case c < 0x20 || c == 0x7f:
			i++
		case c < utf8.RuneSelf:
			b.WriteByte(c)
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r < 0x80 || r > 0x9f { // C1 controls go
				b.WriteString(s[i : i+size])
			}
			i += size
		}
	}
	return b.String()
}

// hasControl reports whether s has a control character (C0, DEL or C1).
func hasControl(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c == 0x7f || (c == 0xc2 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9f) {
			return true
		}
	}
	return false
}

// keepSequence reports whether an escape sequence may reach the screen:
// only SGR (styles) and OSC 8 (links) may.
func keepSequence(seq string) bool {
	switch {
	case ansi.HasCsiPrefix(seq):
		return len(seq) > 2 && seq[len(seq)-1] == 'm'
	case ansi.HasOscPrefix(seq):
		return strings.HasPrefix(seq[2:], "8;")
	}
	return false
}
