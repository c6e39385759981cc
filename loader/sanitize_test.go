package loader

import (
	"strings"
	"testing"

	"talks/safetext"
)

func TestSanitize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "中文 text\twith tab\n", "中文 text\twith tab\n"},
		{"CRLF", "a\r\nb\r\n", "a\nb\n"},
		{"lone CR", "a\rb\r", "a\nb\n"},
		{"clear screen CSI", "before\x1b[2Jafter", "beforeafter"},
		{"colour CSI", "\x1b[1;31mred\x1b[0m", "red"},
		{"OSC 52 with BEL", "x\x1b]52;c;ZXZpbA==\x07y", "xy"},
		{"OSC 52 with ST", "x\x1b]52;c;ZXZpbA==\x1b\\y", "xy"},
		{"OSC 8 link", "\x1b]8;;https://example.com\x1b\\link\x1b]8;;\x1b\\", "link"},
		{"DCS", "a\x1bP1$r0m\x1b\\b", "ab"},
		{"C1 CSI", "a\u009b2Jb", "ab"},
		{"C1 OSC", "a\u009d0;title\u009cb", "ab"},
		{"other C1", "a\u0085b", "ab"},
		{"C0 and DEL", "a\x00\x07\x08\x7fb", "ab"},
		{"bidi override and isolate", "abc\u202edcba\u202c \u2066x\u2069", "abcdcba x"},
		{"stray BOM", "a\ufeff# b", "a# b"},
		{"unterminated OSC stays in its line", "a\x1b]0;title\nnext line", "a\nnext line"},
		{"lone ESC at end", "text\x1b", "text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sanitize(tt.in); got != tt.want {
				t.Errorf("sanitize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// sanitizeRef is sanitize as it was written first, a composition of whole
// passes: what the one-pass sanitize must give.
func sanitizeRef(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.Map(keepRune, safetext.StripEscapes(s))
}

// sanitizeSeeds are texts with escape sequences of every kind, cut,
// nested, in C1 form, among CJK text and line ends of every kind.
var sanitizeSeeds = []string{
	"中文\x1b[31m红\x1b[0m\r\n下一行\rCR\n",
	"\x1b]52;c;ZXZpbA==\x07\x1b[2J\x1b]8;;http://x\x1b\\链接\x1bP1$r\x1b\\\u009b2J\u202e",
	"a\u009d0;标题\u009cb\u0090q\u009c\u0098s\u009c\u009ep\u009c\u009fa\u009c",
	"\x1b]0;未终止的标题，很长很长\n下一行\x1b",
	"\x1b[\x1b]\x1bP\x1b\\\x1b\x1b[1;2;3;4;5;6;7;8;9;10;11;12;13;14;15;16;17m",
	"\x1b[31中文m\x1b]8;;链接\x07\x1bX中文\x1b\\\t\x00\x7f\ufeff",
	"\x1bP" + strings.Repeat("数据", 3000) + "\x1b\\后",
}

func TestSanitizeAsComposed(t *testing.T) {
	for _, s := range sanitizeSeeds {
		if got, want := sanitize(s), sanitizeRef(s); got != want {
			t.Errorf("sanitize(%q)\n= %q\nwant %q", s, got, want)
		}
	}
}

func FuzzSanitize(f *testing.F) {
	for _, s := range sanitizeSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = strings.ToValidUTF8(s, "\uFFFD") // sanitize reads decoded text
		if got, want := sanitize(s), sanitizeRef(s); got != want {
			t.Errorf("sanitize(%q)\n= %q\nwant %q", s, got, want)
		}
	})
}
