package safetext

import (
	"strings"
	"testing"
	"unicode"

	"github.com/charmbracelet/x/ansi"
)

// TestWidth checks Width and FirstCluster against x/ansi, which the
// terminal libraries measure with, on every printable rune alone, after
// ASCII and before a combining mark, and on mixed text.
func TestWidth(t *testing.T) {
	for r := rune(0x20); r <= 0x10ffff; r++ {
		if !unicode.IsPrint(r) {
			continue
		}
		for _, s := range []string{string(r), "ab" + string(r), string(r) + "\u0301x"} {
			if got, want := Width(s), ansi.StringWidth(s); got != want {
				t.Fatalf("Width(%q) = %d, x/ansi says %d", s, got, want)
			}
		}
		c, w := FirstCluster(string(r) + "a")
		if want, ww := ansi.FirstGraphemeCluster(string(r)+"a", ansi.GraphemeWidth); c != want || w != ww {
			t.Fatalf("FirstCluster(%q) = %q, %d; x/ansi says %q, %d", string(r)+"a", c, w, want, ww)
		}
	}
	for _, s := range []string{"", "plain", "中文 mixed ☰ 👍🏽 e\u0301", "\x1b[31m红\x1b[m", strings.Repeat("a", 100) + "é"} {
		if got, want := Width(s), ansi.StringWidth(s); got != want {
			t.Errorf("Width(%q) = %d, x/ansi says %d", s, got, want)
		}
	}
	if c, w := FirstCluster("e\u0301x"); c != "e\u0301" || w != 1 {
		t.Errorf("FirstCluster of e and an accent = %q, %d", c, w)
	}
}
