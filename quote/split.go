package quote

import (
	"unicode"
	"unicode/utf8"

	"talks/mdtext"
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
// punctuation mark (mdtext.IsCJK).
func isCJK(c rune) bool { return mdtext.IsCJK(c) }

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

// urlMask marks the runes that are part of a URL, as mdtext.URLs finds
// them; nil when there is no URL.
func urlMask(r []rune) mask {
	s := string(r)
	spans := mdtext.URLs(s)
	if len(spans) == 0 {
		return nil
	}
	m := make(mask, len(r))
	k := 0 // rune index of byte b
	b := 0
	for _, sp := range spans {
		for b < sp[0] {
			_, n := utf8.DecodeRuneInString(s[b:])
			b += n
			k++
		}
		for b < sp[1] {
			_, n := utf8.DecodeRuneInString(s[b:])
			m[k] = true
			b += n
			k++
		}
	}
	return m
}
