// Package safetext keeps transcript text from driving the terminal. It is
// the one place that says what is unsafe: escape sequences (7-bit and 8-bit
// C1), control characters, bidi controls (embeddings, overrides, isolates
// and the marks LRM, RLM and ALM), the line and paragraph separators and
// stray byte-order marks, and the HTML character references that stand for
// any of them (Glamour decodes those after the text was cleaned). The
// loader, the renderer, the quote maker and the window title share Clean;
// the renderer passes what it emits through Terminal, and
// CheckTerminalOutput tests what reaches a terminal against that promise.
package safetext

import (
	"strings"
	"unicode/utf8"

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

// IsBidi is true for the invisible bidi controls, which can make text read
// differently from what it is: embeddings and overrides (U+202A–U+202E),
// isolates (U+2066–U+2069) and the marks LRM, RLM and ALM (U+200E, U+200F,
// U+061C).
func IsBidi(r rune) bool {
	return (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) ||
		r == 0x200e || r == 0x200f || r == 0x061c
}

// Unsafe is true for what Clean removes wherever it is: controls but a
// line break or a tab, bidi controls, the line and paragraph separators
// (U+2028, U+2029: a terminal may move the cursor on them, a reader sees
// nothing) and the byte-order mark (U+FEFF) out of place.
func Unsafe(r rune) bool {
	return (IsControl(r) && r != '\n' && r != '\t') || IsBidi(r) ||
		r == 0x2028 || r == 0x2029 || r == 0xfeff
}

// Clean makes s safe to print: escape sequences and Unsafe characters
// removed, line breaks kept, a tab made a space, bytes that are not UTF-8
// made the replacement character, and a character reference to a control
// or Unsafe character ("&#x1b;", "&#x202e;", "&lrm;") made the replacement
// character U+FFFD (see NeutralizeReferences). Clean(Clean(s)) is
// Clean(s). Text without anything to clean costs one pass over its bytes
// and is returned as it is.
func Clean(s string) string { return clean(s, false) }

// CleanSource is Clean for text about to be parsed as Markdown: tabs are
// kept, since they indent. Line ends are the caller's: a CR is removed, so
// turn lone CRs into line breaks first.
func CleanSource(s string) string { return clean(s, true) }

func clean(s string, keepTabs bool) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	switch suspicion(s, keepTabs) {
	case nothing:
		return s
	case references:
		return NeutralizeReferences(s)
	}
	s = StripEscapes(s)
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\t' && keepTabs:
			return r
		case r == '\t':
			return ' '
		case Unsafe(r):
			return -1
		}
		return r
	}, s)
	// Last: removing a character above could have made a reference
	// ("&#x1\x00b;"), and what this inserts makes none.
	return NeutralizeReferences(s)
}

// What suspicion finds in a text.
const (
	nothing    = iota // nothing to clean
	references        // an '&' that may start a character reference, nothing else
	unsafeText        // a tab to replace or an Unsafe character
)

// suspicion looks at s (valid UTF-8) byte by byte for what Clean must
// deal with: the fast path, as most text has nothing to clean.
func suspicion(s string, keepTabs bool) int {
	found := nothing
	for i := 0; i < len(s); i++ {
		b := s[i]
		if !suspect[b] {
			continue
		}
		switch {
		case b == '&':
			found = references
		case b == '\t' && keepTabs:
		case b < 0x80:
			return unsafeText // a control or DEL
		default:
			r, _ := utf8.DecodeRuneInString(s[i:])
			if Unsafe(r) {
				return unsafeText
			}
		}
	}
	return found
}

// suspect marks the bytes suspicion must look at: controls but a line
// break, DEL, '&', and the lead bytes of the Unsafe characters above ASCII
// (C1 U+0080–U+009F, ALM U+061C, U+200E–U+206F, U+FEFF).
var suspect = func() (t [256]bool) {
	for b := range 0x20 {
		t[b] = b != '\n'
	}
	t[0x7f], t['&'] = true, true
	t[0xc2], t[0xd8], t[0xe2], t[0xef] = true, true, true, true
	return t
}()
