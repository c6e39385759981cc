package ui

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"talks/ui/kit"
)

// checkTerminalOutput says whether s holds only what the app may write to
// a terminal: printable text (valid UTF-8 with no control character but
// the line feed, no DEL, no C1 control, no bidi control or mark, no line
// or paragraph separator), SGR sequences (ESC [ digits, ';' and ':' m) and
// OSC 8 hyperlinks whose target is empty or an http(s):// or file:// URL.
// It is nil, or an error naming the first byte that breaks the promise.
// (A shared checker in safetext will take its place.)
func checkTerminalOutput(s string) error {
	for i := 0; i < len(s); {
		if s[i] == 0x1b {
			n := escapeLen(s[i:])
			if n == 0 {
				return fmt.Errorf("byte %d: foreign escape sequence %q", i, s[i:min(len(s), i+30)])
			}
			i += n
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return fmt.Errorf("byte %d: not UTF-8: %q", i, s[max(0, i-10):min(len(s), i+10)])
		case (r < 0x20 && r != '\n') || r == 0x7f || kit.Invisible(r):
			return fmt.Errorf("byte %d: control or invisible character %U: %q", i, r, s[max(0, i-20):min(len(s), i+20)])
		}
		i += size
	}
	return nil
}

// escapeLen is the length of the SGR sequence or allowed OSC 8 hyperlink
// at the start of s, or 0 when it is neither.
func escapeLen(s string) int {
	if rest, ok := strings.CutPrefix(s, "\x1b["); ok {
		n := len(rest) - len(strings.TrimLeft(rest, "0123456789;:"))
		if n < len(rest) && rest[n] == 'm' {
			return 2 + n + 1
		}
		return 0
	}
	if !strings.HasPrefix(s, "\x1b]8;") {
		return 0
	}
	end := strings.IndexAny(s[1:], "\x07\x1b") + 1 // the terminator, BEL or ESC \
	switch {
	case end <= 0:
		return 0
	case s[end] == '\x07':
		end++
	case strings.HasPrefix(s[end:], "\x1b\\"):
		end += 2
	default:
		return 0
	}
	if !kit.LinkSequence(s[:end]) {
		return 0
	}
	return end
}

// TestCheckTerminalOutput: the checker lets through text, line feeds, SGR
// and links to http(s) or file URLs, and nothing else.
func TestCheckTerminalOutput(t *testing.T) {
	ok := []string{
		"纯文本 plain\n第二行",
		"\x1b[1;38;5;99mbold\x1b[m \x1b[38:2::1:2:3m",
		"\x1b]8;;https://example.org/a.png\x07link\x1b]8;;\x07",
		"\x1b]8;id=1;file:///data/a.png\x1b\\link\x1b]8;;\x1b\\",
	}
	bad := []string{
		"\x1b[2J", "\x1b]0;title\x07", "\x1b]52;c;ZXZpbA==\x07", "\x1b]8;;javascript:alert(1)\x07x",
		"\x1b]8;;https://a b\x07x", "\x1b[31", "tab\there", "cr\r", "bell\a", "del\x7f", "c1\u009b31m",
		"\u202e", "\u2066", "\u200e", "\u061c", "\u2028", "\xff",
	}
	for _, s := range ok {
		if err := checkTerminalOutput(s); err != nil {
			t.Errorf("%q refused: %v", s, err)
		}
	}
	for _, s := range bad {
		if checkTerminalOutput(s) == nil {
			t.Errorf("%q let through", s)
		}
	}
}
