package index

import "strings"

// finder finds a phrase in text by its rarest byte: strings.IndexByte (SIMD)
// jumps to the next place that byte occurs, and only there is the whole
// phrase compared. In Chinese text the first byte of a phrase is a UTF-8
// lead byte shared by thousands of characters, which makes strings.Index
// stop every few bytes; a continuation byte is usually far rarer.
type finder struct {
	q    string
	k    int  // offset in q of the byte searched for
	rare byte // q[k]
}

// newFinder prepares a search for q (not empty), given how often bytes occur
// in the text (nil: pick the last byte).
func newFinder(q string, freq *[256]uint32) finder {
	k := len(q) - 1
	if freq != nil {
		for i := range len(q) {
			if freq[q[i]] < freq[q[k]] {
				k = i
			}
		}
	}
	return finder{q: q, k: k, rare: q[k]}
}

// index is the offset of the first occurrence of f.q in s at or after from,
// or -1.
func (f finder) index(s string, from int) int {
	n := len(f.q)
	for from+n <= len(s) {
		i := strings.IndexByte(s[from+f.k:len(s)-n+f.k+1], f.rare)
		if i < 0 {
			return -1
		}
		start := from + i
		if s[start:start+n] == f.q {
			return start
		}
		from = start + 1
	}
	return -1
}
