// Package safetext keeps transcript text from driving the terminal: it
// removes escape sequences (7-bit and 8-bit C1), control characters and
// bidi overrides. The loader, the renderer and the quote maker share it,
// so they agree on what is unsafe.
package safetext

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

// StripEscapes removes terminal escape sequences (CSI, OSC, DCS, …, in
// their 7-bit and C1 forms), each within its line, so that an unterminated
// one cannot swallow the lines after it.
func StripEscapes(s string) string {
	s = c1Escapes.Replace(s)
	if strings.IndexByte(s, 0x1b) < 0 {
		return s
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if strings.IndexByte(l, 0x1b) >= 0 {
			lines[i] = ansi.Strip(l)
		}
	}
	return strings.Join(lines, "\n")
}

// IsControl is true for C0 and C1 control characters and DEL.
func IsControl(r rune) bool {
	return r < 0x20 || (r >= 0x7f && r < 0xa0)
}

// IsBidi is true for the invisible bidi embeddings, overrides and isolates,
// which can make text read differently from what it is.
func IsBidi(r rune) bool {
	return (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
}

// unsafe is true for what Clean removes: controls but a line break or a
// tab, and bidi characters.
func unsafe(r rune) bool {
	return (IsControl(r) && r != '\n' && r != '\t') || IsBidi(r)
}

// Clean makes s safe to print: escape sequences, control characters and
// bidi characters removed, line breaks kept, a tab made a space, bytes that
// are not UTF-8 made the replacement character.
func Clean(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if strings.IndexFunc(s, func(r rune) bool { return unsafe(r) || r == '\t' }) < 0 {
		return s
	}
	s = StripEscapes(s)
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t':
			return ' '
		case unsafe(r):
			return -1
		}
		return r
	}, s)
}
