package loader

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// joinLines joins a paragraph's source lines (s, line feeds between them)
// into one line: nothing between two CJK characters (Chinese has no spaces
// between words), nothing next to CJK punctuation, one space otherwise.
// One line is s trimmed; more are joined in one copy of their size.
func joinLines(s string) string {
	s = strings.TrimRight(s, "\n")
	if strings.IndexByte(s, '\n') < 0 {
		return strings.TrimSpace(s)
	}
	size := 0
	eachLine(s, func(l string) { size += len(strings.TrimSpace(l)) + 1 })
	var b strings.Builder
	b.Grow(size)
	eachLine(s, func(l string) {
		l = strings.TrimSpace(l)
		if l == "" {
			return
		}
		if b.Len() > 0 {
			prev, _ := utf8.DecodeLastRuneInString(b.String())
			next, _ := utf8.DecodeRuneInString(l)
			if !(cjk(prev) && cjk(next)) && !cjkPunct(prev) && !cjkPunct(next) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(l)
	})
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
