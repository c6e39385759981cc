package mdtext

import "unicode"

// IsCJK is true for Chinese, Japanese and Korean characters (Han, kana,
// Hangul, Bopomofo) and for CJK and full-width punctuation and forms.
func IsCJK(r rune) bool {
	if r < 0x2e80 {
		return false
	}
	return isCJKPunct(r) || unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Bopomofo)
}

// isCJKPunct is true for CJK punctuation ("，", "。", "（") and the
// full-width forms.
func isCJKPunct(r rune) bool {
	return (r >= 0x3000 && r <= 0x303f) || (r >= 0xff00 && r <= 0xffef)
}

// JoinSpace says whether joining two lines of a paragraph, the first
// ending in prev and the next starting with next, puts a space between
// them: not between two CJK characters (Chinese has no spaces between
// words) nor next to CJK punctuation; between anything else, yes ("中文
// English", "English words").
func JoinSpace(prev, next rune) bool {
	return !(IsCJK(prev) && IsCJK(next)) && !isCJKPunct(prev) && !isCJKPunct(next)
}
