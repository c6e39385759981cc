package quote

import (
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"
)

// clean removes escape sequences and control characters (keeping line
// breaks; a tab becomes a space), so that a quote is safe to print and paste.
func clean(s string) string {
	s = ansi.Strip(s)
	return strings.Map(func(c rune) rune {
		switch {
		case c == '\n':
			return c
		case c == '\t':
			return ' '
		case unicode.IsControl(c), isBidiControl(c):
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
