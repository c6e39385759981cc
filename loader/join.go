package loader

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// joinLines joins a paragraph's source lines into one line: nothing between
// two CJK characters (Chinese has no spaces between words), nothing next to
// CJK punctuation, one space otherwise.
func joinLines(lines []string) string {
	if len(lines) == 1 {
		return strings.TrimSpace(lines[0])
	}
	var b strings.Builder
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if b.Len() > 0 {
			prev, _ := utf8.DecodeLastRuneInString(b.String())
			next, _ := utf8.DecodeRuneInString(l)
			if !(cjk(prev) && cjk(next)) && !cjkPunct(prev) && !cjkPunct(next) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(l)
	}
	return b.String()
}

// cjk is true for Chinese, Japanese and Korean characters and punctuation.
func cjk(r rune) bool {
	if r < 0x2e80 {
		return false
	}
	return cjkPunct(r) || unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Bopomofo)
}

// cjkPunct is true for CJK and full-width punctuation ("，", "。", "（").
func cjkPunct(r rune) bool {
	return (r >= 0x3000 && r <= 0x303f) || (r >= 0xff00 && r <= 0xffef)
}
