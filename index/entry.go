package index

import (
	"strings"
	"unicode/utf8"
)

// entry is one line the finder matches: a talk or a person.
type entry struct {
	text   string   // shown to the user
	low    string   // text lowered by fold: same byte offsets
	ascii  string   // low with every non-ASCII rune as one byte 0x01: byte i is rune i
	py     string   // pinyin line of low, or "" when text has no Han
	slots  []uint16 // where each rune's slot starts in py, then len(py)
	keys   []string // for a person: the ways the name may be typed
	mask   uint64   // maskOf(low)
	pyMask uint64   // maskOf(py)
}

// newEntry makes the entry of a line of text.
func newEntry(p *pinyinTable, text string) entry {
	e := entry{text: text, low: fold(text)}
	e.ascii = asciiOf(e.low)
	e.py, e.slots = p.line(e.low)
	e.mask, e.pyMask = maskOf(e.low), maskOf(e.py)
	return e
}

// haystack is the line an ASCII term (ascii) or any other term is matched
// on. An ASCII term matches no other rune, so it can be matched on e.ascii,
// shorter and all ASCII, with the same scores: sahilm/fuzzy only looks at
// whether a character matches, is a separator or follows one, and 0x01 is
// neither.
func (e *entry) haystack(ascii bool) string {
	if ascii {
		return e.ascii
	}
	return e.low
}

// asciiOf is s with each non-ASCII rune replaced by the byte 0x01, or s
// itself when it is all ASCII.
func asciiOf(s string) string {
	if isASCII(s) {
		return s
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if r >= utf8.RuneSelf {
			r = 1
		}
		b = append(b, byte(r))
	}
	return string(b)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isSubsequence reports whether the runes of term appear in s in order.
func isSubsequence(s, term string) bool {
	for i := 0; i < len(term); {
		c := term[i]
		if c < utf8.RuneSelf {
			j := strings.IndexByte(s, c)
			if j < 0 {
				return false
			}
			s = s[j+1:]
			i++
			continue
		}
		_, n := utf8.DecodeRuneInString(term[i:])
		j := strings.Index(s, term[i:i+n])
		if j < 0 {
			return false
		}
		s = s[j+n:]
		i += n
	}
	return true
}
