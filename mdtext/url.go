package mdtext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// URLs are the byte ranges of the URLs in running text s: each starts with
// "http://", "https://" or "www." in any case, not inside a word, and runs
// to white space, a control character, CJK punctuation ("，", "。") or any
// other mark or symbol that is not ASCII ("”", "…"); a URL may hold
// letters of any script (a Chinese wiki page's name). ASCII punctuation
// at its end (".,;:!?'\")]}") is not part of it, and a URL is more than
// its start.
func URLs(s string) [][2]int {
	var spans [][2]int
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; (c != 'h' && c != 'w') || !urlStart(s, i) {
			continue
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !inURL(r) {
				break
			}
			j += n
		}
		for j > i && strings.IndexByte(`.,;:!?'")]}`, s[j-1]) >= 0 {
			j--
		}
		if j-i > len(prefixAt(s, i)) {
			spans = append(spans, [2]int{i, j})
		}
		i = max(j, i+1) - 1
	}
	return spans
}

// prefixes are what a URL starts with, in lower case.
var prefixes = []string{"https://", "http://", "www."}

// prefixAt is the URL prefix at s[i:], or "".
func prefixAt(s string, i int) string {
	for _, p := range prefixes {
		if len(s)-i >= len(p) && strings.EqualFold(s[i:i+len(p)], p) {
			return p
		}
	}
	return ""
}

// urlStart says whether a URL starts at s[i]: a prefix not after an ASCII
// letter or digit.
func urlStart(s string, i int) bool {
	if i > 0 {
		if c := s[i-1]; c < utf8.RuneSelf && (unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c))) {
			return false
		}
	}
	return prefixAt(s, i) != ""
}

// inURL says whether r may be part of a URL in running text.
func inURL(r rune) bool {
	if r < utf8.RuneSelf {
		return r > ' ' && r != 0x7f
	}
	switch {
	case r == utf8.RuneError, r >= 0x3000 && r <= 0x303f:
		return false
	case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
		return true
	}
	return false
}
