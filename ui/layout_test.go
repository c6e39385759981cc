package ui

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
	}
	for _, tt := range tests {
		got := fitLine(tt.in, tt.w)
		if ansi.Strip(got) != tt.want || ansi.StringWidth(got) != max(tt.w, 0) {
			t.Errorf("fitLine(%q, %d) = %q, want %q", tt.in, tt.w, ansi.Strip(got), tt.want)
		}
	}
}
