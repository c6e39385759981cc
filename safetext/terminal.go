package safetext

import (
	"fmt"
	"iter"
	"strings"
	"unicode/utf8"
)

// What may reach a terminal from the app, and nothing else: printable text
// (valid UTF-8 without control or Unsafe characters), line breaks, SGR
// sequences (ESC [ digits, ';' and ':' m) and OSC 8 hyperlinks whose
// target is empty (the end of a link) or a URL in LinkTarget's form (an
// http(s) URL or an absolute file URL, printable ASCII), with parameters
// of letters, digits and "=:._-", ended by BEL or ESC \.

// Terminal is s with everything CheckTerminalOutput would refuse removed:
// other escape sequences go whole (an unterminated one to the end of its
// line), a hyperlink is rewritten to LinkTarget's form of its target or
// dropped, control and Unsafe characters go (a tab becomes a space), and
// bytes that are not UTF-8 become U+FFFD. It returns s itself when s
// passes, which is the common case and costs one pass.
func Terminal(s string) string {
	if CheckTerminalOutput(s) == nil {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	scan(s, func(tok, fixed string, _ string) bool {
		b.WriteString(fixed)
		return true
	})
	return b.String()
}

// CheckTerminalOutput says whether s keeps the promise Terminal makes: nil,
// or an error naming the first byte that breaks it and why. Tests of
// anything the app writes to a terminal use it.
func CheckTerminalOutput(s string) error {
	var err error
	off := 0
	scan(s, func(tok, _ string, why string) bool {
		if why != "" {
			err = fmt.Errorf("byte %d: %s: %q", off, why, tok)
			return false
		}
		off += len(tok)
		return true
	})
	return err
}

// Pieces are the pieces of s that Terminal keeps, in order, each with
// whether it is an escape sequence (SGR or OSC 8, in its safe form) or
// text (printable, line breaks kept): for code that must know where the
// escapes are, such as a renderer that wraps styled lines.
func Pieces(s string) iter.Seq2[string, bool] {
	return func(yield func(string, bool) bool) {
		scan(s, func(tok, fixed, _ string) bool {
			return fixed == "" || yield(fixed, tok[0] == 0x1b)
		})
	}
}

// scan cuts s into tokens (a run of printable text, one character, or one
// escape sequence) and calls yield with each, what Terminal writes for it
// and, when that differs, why; it stops when yield returns false.
func scan(s string, yield func(tok, fixed, why string) bool) {
	for i := 0; i < len(s); {
		n, fixed, why := token(s[i:])
		if !yield(s[i:i+n], fixed, why) {
			return
		}
		i += n
	}
}

// token measures the token at the start of s (see scan).
func token(s string) (n int, fixed, why string) {
	c := s[0]
	switch {
	case c == 0x1b:
		return escapeToken(s)
	case c == '\n':
		return 1, s[:1], ""
	case c == '\t':
		return 1, " ", "tab"
	case c < 0x20 || c == 0x7f:
		return 1, "", "control character"
	case c < utf8.RuneSelf:
		n = 1
		for n < len(s) && s[n] >= 0x20 && s[n] < 0x7f {
			n++
		}
		return n, s[:n], ""
	}
	r, n := utf8.DecodeRuneInString(s)
	switch {
	case r == utf8.RuneError && n == 1:
		return 1, "\uFFFD", "invalid UTF-8"
	case IsControl(r):
		return n, "", "C1 control character"
	case IsBidi(r):
		return n, "", "bidi control"
	case Unsafe(r):
		return n, "", "invisible separator or byte-order mark"
	}
	return n, s[:n], ""
}

// escapeToken measures the escape sequence at the start of s, which starts
// with ESC.
func escapeToken(s string) (n int, fixed, why string) {
	if len(s) < 2 {
		return len(s), "", "lone ESC"
	}
	switch s[1] {
	case '[':
		i := 2
		for i < len(s) && s[i] >= 0x30 && s[i] <= 0x3f {
			i++
		}
		params := s[2:i]
		for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
			i++
		}
		if i >= len(s) || s[i] < 0x40 || s[i] > 0x7e {
			return stringEnd(s, i), "", "unterminated CSI sequence"
		}
		n = i + 1
		if s[i] == 'm' && n == len(params)+3 && strings.Trim(params, "0123456789;:") == "" {
			return n, s[:n], ""
		}
		return n, "", "CSI sequence other than SGR"
	case ']', 'P', 'X', '^', '_':
		end, body := stringEnd(s, 2), ""
		term := ""
		switch {
		case strings.HasSuffix(s[:end], "\x07"):
			body, term = s[2:end-1], "\x07"
		case strings.HasSuffix(s[:end], "\x1b\\"):
			body, term = s[2:end-2], "\x1b\\"
		default:
			return end, "", "unterminated escape string"
		}
		if s[1] != ']' || !strings.HasPrefix(body, "8;") {
			return end, "", "escape string other than an OSC 8 hyperlink"
		}
		params, uri, ok := strings.Cut(body[2:], ";")
		if !ok || strings.Trim(params, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789=:._-") != "" {
			return end, "", "malformed OSC 8 hyperlink"
		}
		if uri == "" {
			return end, s[:end], ""
		}
		u, ok := LinkTarget(uri)
		switch {
		case !ok:
			return end, "", "hyperlink to a target that is not an http(s) or absolute file URL"
		case u != uri:
			return end, "\x1b]8;" + params + ";" + u + term, "hyperlink target not in its safe form"
		}
		return end, s[:end], ""
	}
	if s[1] < 0x20 || s[1] > 0x7e { // ESC before a control or a letter of text: the ESC alone
		return 1, "", "lone ESC"
	}
	return 2, "", "escape sequence other than SGR or OSC 8"
}

// stringEnd is the end of the escape string or sequence that starts s,
// looking from byte i: past its BEL or ST, or at the end of its line.
func stringEnd(s string, i int) int {
	for ; i < len(s); i++ {
		switch s[i] {
		case 0x07:
			return i + 1
		case '\n':
			return i
		case 0x1b:
			if i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
		}
	}
	return len(s)
}
