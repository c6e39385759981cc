package quote

import (
	"strings"
	"unicode"
)

// Split splits text into sentences (rune ranges, covering all non-space text).
// Each range is [start, end) in runes; ranges are in order and never overlap,
// and none starts or ends with white space. See the package comment for the
// rules.
func Split(text string) [][2]int {
	return splitRunes([]rune(text))
}

// splitRunes is Split on text already decoded into runes.
func splitRunes(r []rune) [][2]int {
	inURL := urlMask(r)
	var out [][2]int
	start := -1
	for i := 0; i < len(r); {
		c := r[i]
		if start < 0 {
			if unicode.IsSpace(c) {
				i++
				continue
			}
			start = i
		}
		if c == '\n' {
			out = append(out, [2]int{start, trimEnd(r, start, i)})
			start = -1
			i++
			continue
		}
		if !isTerm(c) || inURL.ascii(r, i) || !hasContent(r, start, i) {
			i++
			continue
		}
		j := i
		for j < len(r) && isTerm(r[j]) && !inURL.ascii(r, j) {
			j++
		}
		k := j
		for k < len(r) && isCloser(r[k]) {
			k++
		}
		if endsAt(r, i, j, k) {
			out = append(out, [2]int{start, k})
			start = -1
			i = k
			continue
		}
		i = j
	}
	if start >= 0 {
		if end := trimEnd(r, start, len(r)); end > start {
			out = append(out, [2]int{start, end})
		}
	}
	return out
}

// endsAt says whether the run of terminators r[i:j], followed by closing
// marks up to k, ends a sentence.
func endsAt(r []rune, i, j, k int) bool {
	var asciiBang, dots int
	for _, c := range r[i:j] {
		switch c {
		case '.':
			dots++
		case '!', '?':
			asciiBang++
		default:
			return true // 。！？… end wherever they stand
		}
	}
	if k == len(r) || onlySpace(r[k:]) {
		return true
	}
	next := r[k]
	if asciiBang > 0 && isCJK(next) {
		return true
	}
	if !unicode.IsSpace(next) {
		return false
	}
	if dots != 1 || asciiBang > 0 {
		return true // "...", "?!" and "?" before a space
	}
	return !abbreviation(wordBefore(r, i), nextWord(r, k))
}

// isTerm reports whether c can end a sentence.
func isTerm(c rune) bool {
	switch c {
	case '。', '｡', '！', '？', '…', '‥', '.', '!', '?':
		return true
	}
	return false
}

// isCloser reports whether c closes a quote or bracket.
func isCloser(c rune) bool {
	switch c {
	case '"', '\'', ')', ']', '}', '”', '’', '」', '』', '）', '】', '》', '〉', '〕', '〗', '］', '｝':
		return true
	}
	return false
}

// isCJK reports whether c is a Chinese, Japanese or Korean character or
// punctuation mark.
func isCJK(c rune) bool {
	return unicode.In(c, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) ||
		(c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)
}

// isCJKPunct reports whether c is a CJK or full-width punctuation mark.
func isCJKPunct(c rune) bool {
	return (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef && !unicode.IsLetter(c) && !unicode.IsDigit(c))
}

// hasContent reports whether r[start:i] holds anything but terminators,
// closers and space: a leading "……" does not end a sentence.
func hasContent(r []rune, start, i int) bool {
	for _, c := range r[start:i] {
		if !isTerm(c) && !isCloser(c) && !unicode.IsSpace(c) {
			return true
		}
	}
	return false
}

// trimEnd is end moved back over trailing white space, not before start.
func trimEnd(r []rune, start, end int) int {
	for end > start && unicode.IsSpace(r[end-1]) {
		end--
	}
	return end
}

// onlySpace reports whether r is all white space.
func onlySpace(r []rune) bool {
	for _, c := range r {
		if !unicode.IsSpace(c) {
			return false
		}
	}
	return true
}

// mask marks runes of a text; a nil mask marks none.
type mask []bool

// ascii reports whether r[i] is marked and ASCII: an ASCII terminator in a
// URL does not end a sentence, a CJK one does.
func (m mask) ascii(r []rune, i int) bool {
	return m != nil && m[i] && r[i] < 0x80
}

// urlMask marks the runes that are part of a URL: from "http://",
// "https://" or "www." up to white space or CJK punctuation (a URL may hold
// Chinese words), without trailing punctuation; nil when there is no URL.
func urlMask(r []rune) mask {
	var m mask
	for i := 0; i < len(r); i++ {
		if !urlStart(r, i) {
			continue
		}
		j := i
		for j < len(r) && !unicode.IsSpace(r[j]) && !isCJKPunct(r[j]) &&
			(r[j] < 0x80 || (!isTerm(r[j]) && !isCloser(r[j]))) {
			j++
		}
		for j > i && strings.ContainsRune(`.,;:!?'")]}`, r[j-1]) {
			j--
		}
		if m == nil {
			m = make(mask, len(r))
		}
		for p := i; p < j; p++ {
			m[p] = true
		}
		i = j
	}
	return m
}

// urlStart reports whether a URL starts at r[i] (not inside a word).
func urlStart(r []rune, i int) bool {
	if c := r[i] | 0x20; c != 'h' && c != 'w' {
		return false
	}
	if i > 0 && r[i-1] < 0x7f && (unicode.IsLetter(r[i-1]) || unicode.IsDigit(r[i-1])) {
		return false
	}
	return hasPrefixFold(r[i:], "https://") || hasPrefixFold(r[i:], "http://") || hasPrefixFold(r[i:], "www.")
}

// hasPrefixFold reports whether r starts with the ASCII string p, ignoring
// case.
func hasPrefixFold(r []rune, p string) bool {
	if len(r) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		if unicode.ToLower(r[i]) != rune(p[i]) {
			return false
		}
	}
	return true
}
