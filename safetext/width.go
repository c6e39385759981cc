package safetext

import (
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Width is the number of terminal cells s takes, as the terminal libraries
// the app draws with (x/ansi, Lip Gloss, Bubble Tea) count them: by
// grapheme cluster, a wide (East Asian) character or an emoji two cells,
// escape sequences none. Every width in the app is measured with it, so
// that a line one package makes full is never cut by another. (uniseg,
// which Glamour and the line breaker's segmentation use, disagrees with it
// on 237 printable runes: ☰ is two cells here, one there.)
func Width(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			if i == 0 {
				return ansi.StringWidth(s)
			}
			// The last ASCII character may begin a cluster with what
			// follows it ("e" and a combining accent).
			return i - 1 + ansi.StringWidth(s[i-1:])
		}
	}
	return len(s)
}

// FirstCluster is the first grapheme cluster of s (text without escape
// sequences) and its width in cells, as Width counts it.
func FirstCluster(s string) (string, int) {
	if s == "" {
		return "", 0
	}
	if c := s[0]; c >= 0x20 && c < 0x7f && (len(s) == 1 || s[1] < utf8.RuneSelf) {
		return s[:1], 1 // printable ASCII before ASCII is a cluster of its own
	}
	return ansi.FirstGraphemeCluster(s, ansi.GraphemeWidth)
}
