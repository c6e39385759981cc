package ui

import (
	"errors"
	"strings"
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
		got := fitLine(tt.in, tt.w)
		if ansi.Strip(got) != tt.want || ansi.StringWidth(got) != max(tt.w, 0) {
			t.Errorf("fitLine(%q, %d) = %q, want %q", tt.in, tt.w, ansi.Strip(got), tt.want)
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
		if got := fitLine(tt.in, ansi.StringWidth(tt.want)); got != tt.want {
			t.Errorf("fitLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestFlashWithLineBreak shows an error of several lines in the status
// line: the screen must keep its size.
func TestFlashWithLineBreak(t *testing.T) {
	for _, w := range []int{40, 100, 140} {
		d := newDriver(t, testCorpus(), w, 20)
		d.send(openedMsg{what: "图 1", err: errors.New("state lock:\ntimed out\r\nafter 5s")})
		v := d.view()
		checkFits(t, v, w, 20)
		if !strings.Contains(v, "timed out") {
			t.Errorf("at width %d the flash is not shown:\n%s", w, v)
		}
	}
}
