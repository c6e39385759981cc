package quote

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// c1Escapes rewrites the 8-bit C1 controls that open or close a terminal
// sequence as their 7-bit ESC forms, so that ansi.Strip removes the whole
// sequence ("\u009b31m") and not only its first character.
var c1Escapes = strings.NewReplacer(
	"\u0090", "\x1bP", // DCS
	"\u0098", "\x1bX", // SOS
	"\u009b", "\x1b[", // CSI
	"\u009c", "\x1b\\", // ST
	"\u009d", "\x1b]", // OSC
	"\u009e", "\x1b^", // PM
	"\u009f", "\x1b_", // APC
)

// clean removes escape sequences (7-bit and C1, each within its line, so
// that an unterminated one cannot swallow the lines after it), control
// characters and bidi overrides and isolates, keeping line breaks; a tab
// becomes a space. A quote is then safe to print and paste.
func clean(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = c1Escapes.Replace(s)
	if strings.IndexByte(s, 0x1b) >= 0 {
		lines := strings.Split(s, "\n")
		for i, l := range lines {
			lines[i] = ansi.Strip(l)
		}
		s = strings.Join(lines, "\n")
	}
	return strings.Map(func(c rune) rune {
		switch {
		case c == '\n':
			return c
		case c == '\t':
			return ' '
		case c < 0x20, c >= 0x7f && c <= 0x9f, isBidiControl(c):
			return -1
		}
		return c
	}, s)
}

// isBidiControl reports whether c is an invisible bidirectional override or
// isolate, which can make printed text read differently from what it is.
func isBidiControl(c rune) bool {
	return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
}
