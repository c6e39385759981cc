package kit

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Flatten makes s one line of safe text and styles: a tab becomes four
// spaces, a line break (\r\n too) one space; SGR styles and OSC 8 links to
// http(s) or file URLs are kept, and every other control character, escape
// sequence, bidi control or line separator goes. Every line of the screen
// passes through it (FitLine), so it is the app's last guard of what
// reaches the terminal.
func Flatten(s string) string {
	if !needsFlatten(s) {
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
			switch {
			case r == utf8.RuneError && size == 1:
				b.WriteString("\uFFFD")
			case !Invisible(r):
				b.WriteString(s[i : i+size])
			}
			i += size
		}
	}
	return b.String()
}

// Invisible reports whether r is a character no screen or clipboard of the
// app holds: a C1 control, a bidi embedding, override, isolate or mark
// (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C), or a line or
// paragraph separator (U+2028, U+2029). C0 controls and DEL are the
// callers' to handle, as each keeps a line break or not.
func Invisible(r rune) bool {
	switch {
	case r >= 0x80 && r <= 0x9f,
		r >= 0x202a && r <= 0x202e,
		r >= 0x2066 && r <= 0x2069,
		r == 0x200e, r == 0x200f, r == 0x061c,
		r == 0x2028, r == 0x2029:
		return true
	}
	return false
}

// needsFlatten reports whether s may hold something Flatten changes: a C0
// control, DEL, a byte that is not UTF-8, or the lead byte of a C1 control
// (0xC2), a bidi mark (0xD8, 0xE2) or a separator (0xE2).
func needsFlatten(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x20 || c == 0x7f:
			return true
		case c == 0xc2 || c == 0xd8 || c == 0xe2:
			r, _ := utf8.DecodeRuneInString(s[i:])
			if Invisible(r) {
				return true
			}
		}
	}
	return !utf8.ValidString(s)
}

// keepSequence reports whether an escape sequence may reach the screen:
// only SGR (ESC [ digits, ';' and ':' m) and OSC 8 hyperlinks whose target
// is empty (a link's end) or an http(s) or file URL may.
func keepSequence(seq string) bool {
	switch {
	case ansi.HasCsiPrefix(seq):
		body, ok := strings.CutPrefix(seq, "\x1b[")
		if !ok || !strings.HasSuffix(body, "m") {
			return false
		}
		return strings.Trim(body[:len(body)-1], "0123456789;:") == ""
	case ansi.HasOscPrefix(seq):
		return LinkSequence(seq)
	}
	return false
}

// LinkSequence reports whether seq is an OSC 8 hyperlink sequence the app
// may write: "ESC ] 8 ; params ; target" ended by BEL or ESC \, with an
// empty target or an http://, https:// or file:// one, printable and
// without spaces.
func LinkSequence(seq string) bool {
	body, ok := strings.CutPrefix(seq, "\x1b]8;")
	if !ok {
		return false
	}
	switch {
	case strings.HasSuffix(body, "\x07"):
		body = body[:len(body)-1]
	case strings.HasSuffix(body, "\x1b\\"):
		body = body[:len(body)-2]
	default:
		return false
	}
	params, target, ok := strings.Cut(body, ";")
	if !ok || strings.ContainsAny(params, "\x1b\x07") {
		return false
	}
	for _, r := range body {
		if r <= 0x20 || r == 0x7f || r == utf8.RuneError || Invisible(r) {
			return false
		}
	}
	if target == "" {
		return true
	}
	lower := strings.ToLower(target)
	return strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://") || strings.HasPrefix(lower, "file://")
}
