package kit

import (
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestFitLine checks cutting and padding by display width.
func TestFitLine(t *testing.T) {
	tests := []struct {
		in   string
		w    int
		want string
	}{
		{"abc", 5, "abc  "},
		{"abcdef", 3, "abc"},
		{"中文字", 5, "中文 "}, // the third character does not fit: never cut in half
		{"中文字", 6, "中文字"},
		{"a\tb", 8, "a    b  "},
		{"\x1b[1mbold\x1b[0m", 2, "bo"},
		{"x", 0, ""},
		{"lock timeout:\nstate busy", 30, "lock timeout: state busy      "},
		{"a\r\nb\rc\vd\fe", 9, "a b c d e"},
		{"bell\a back\b del\x7f nul\x00", 20, "bell back del nul   "},
		{"c1\u009b31m\u0085x", 8, "c131mx  "},
		{"slide #3.png\x1b]0;title\x07!", 13, "slide #3.png!"},
		{"clear\x1b[2J\x1b[Hhome", 9, "clearhome"},
		{"lone\x1b", 5, "lone "},
		{"中\n文", 5, "中 文"},
	}
	for _, tt := range tests {
		got := FitLine(tt.in, tt.w)
		if ansi.Strip(got) != tt.want || ansi.StringWidth(got) != max(tt.w, 0) {
			t.Errorf("FitLine(%q, %d) = %q, want %q", tt.in, tt.w, ansi.Strip(got), tt.want)
		}
	}
}

// TestFitLineKeepsStyles checks that styles and links survive the
// flattening while other sequences go.
func TestFitLineKeepsStyles(t *testing.T) {
	tests := []struct{ in, want string }{
		{"\x1b[1mbold\x1b[0m\nnext", "\x1b[1mbold\x1b[0m next"},
		{"\x1b]8;;https://example.org\x1b\\link\x1b]8;;\x1b\\\t.", "\x1b]8;;https://example.org\x1b\\link\x1b]8;;\x1b\\    ."},
		{"\x1b[2Jx\x1b[31my\a", "x\x1b[31my"},
	}
	for _, tt := range tests {
		if got := FitLine(tt.in, ansi.StringWidth(tt.want)); got != tt.want {
			t.Errorf("FitLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestFlattenRemovesInvisible checks that bidi controls and marks, line
// and paragraph separators, C1 controls and bytes that are not UTF-8 never
// leave FitLine, and that only OSC 8 links to http(s) or file URLs do.
func TestFlattenRemovesInvisible(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a\u202eb\u202cc", "abc"},
		{"a\u2066b\u2069c", "abc"},
		{"a\u200eb\u200fc\u061cd", "abcd"},
		{"a\u2028b\u2029c", "abc"},
		{"a\u0085b\u009bc", "abc"},
		{"a\xffb", "a\uFFFDb"},
		{"中文\u3000全角空格", "中文\u3000全角空格"},
		{"\x1b]8;;https://example.org/a\x07x\x1b]8;;\x07", "\x1b]8;;https://example.org/a\x07x\x1b]8;;\x07"},
		{"\x1b]8;;file:///data/a.png\x1b\\x\x1b]8;;\x1b\\", "\x1b]8;;file:///data/a.png\x1b\\x\x1b]8;;\x1b\\"},
		{"\x1b]8;;javascript:alert(1)\x07x\x1b]8;;\x07", "x\x1b]8;;\x07"},
		{"\x1b]8;;https://example.org/a b\x07x", "x"},
		{"\x1b[?1049mx\x1b[1;31my", "x\x1b[1;31my"},
	}
	for _, tt := range tests {
		if got := Flatten(tt.in); got != tt.want {
			t.Errorf("Flatten(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
