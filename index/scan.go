package index

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// finder finds a phrase in text, Latin letters in any case, with no lowered
// copy of the text: it jumps with strings.IndexByte (SIMD) to the next place
// where the phrase's rarest case-stable byte occurs (either case of it, for
// an ASCII letter), and compares the whole phrase, folded, only there. In
// Chinese text the first byte of a phrase is a UTF-8 lead byte shared by
// thousands of characters; a continuation byte is usually far rarer.
type finder struct {
	q      string // the phrase, lowered by fold
	k      int    // offset in q of the byte jumped to, or -1: try every offset
	lo, up byte   // that byte in lower and upper case (equal when caseless)
}

// newFinder prepares a search for q (lowered by fold, not empty) given how
// often each byte occurs in the text (nil: all equally).
func newFinder(q string, freq *[256]uint32) finder {
	f := finder{q: q, k: -1}
	cost := func(b byte) uint64 {
		if freq == nil {
			return 1
		}
		return uint64(freq[b])
	}
	best := uint64(0)
	for i := 0; i < len(q); {
		r, n := utf8.DecodeRuneInString(q[i:])
		switch {
		case 'a' <= r && r <= 'z':
			lo, up := byte(r), byte(r)-'a'+'A'
			if c := cost(lo) + cost(up); f.k < 0 || c < best {
				f.k, f.lo, f.up, best = i, lo, up, c
			}
		case r < utf8.RuneSelf || unicode.SimpleFold(r) == r:
			for j := i; j < i+n; j++ {
				if c := cost(q[j]); f.k < 0 || c < best {
					f.k, f.lo, f.up, best = j, q[j], q[j], c
				}
			}
		}
		i += n
	}
	return f
}

// index is the offset of the first occurrence of f.q in s at or after from,
// or -1.
func (f finder) index(s string, from int) int {
	st := newScan()
	return f.next(s, from, &st)
}

// never is a scan's place of a byte that does not occur again.
const never = int(^uint(0) >> 1)

// scan keeps, between the calls of one left-to-right scan of one text,
// where the next f.lo and f.up are, or never: a byte found nowhere after
// some place is not looked for again. Without it, a letter that occurs in
// one case only is looked for in the other case at every hit, over the
// whole rest of the text: a text of a million "a"s took minutes.
type scan struct{ nextLo, nextUp int }

// newScan is a scan that knows nothing yet.
func newScan() scan { return scan{nextLo: -1, nextUp: -1} }

// next is index for the calls of one scan, with from never decreasing.
func (f finder) next(s string, from int, st *scan) int {
	n := len(f.q)
	if f.k < 0 {
		for ; from+n <= len(s); from++ {
			if f.matchAt(s, from) {
				return from
			}
		}
		return -1
	}
	end := len(s) - n + f.k + 1 // the byte jumped to is before end
	for from+n <= len(s) {
		if st.nextLo < from+f.k {
			st.nextLo = indexFrom(s[:end], f.lo, from+f.k)
		}
		p := st.nextLo
		if f.up != f.lo {
			if st.nextUp < from+f.k {
				st.nextUp = indexFrom(s[:end], f.up, from+f.k)
			}
			p = min(p, st.nextUp)
		}
		if p == never {
			return -1
		}
		start := p - f.k
		if f.matchAt(s, start) {
			return start
		}
		from = start + 1
	}
	return -1
}

// indexFrom is the offset of the first c in s at or after from, or never.
func indexFrom(s string, c byte, from int) int {
	if from >= len(s) {
		return never
	}
	i := strings.IndexByte(s[from:], c)
	if i < 0 {
		return never
	}
	return from + i
}

// matchAt reports whether s, folded, holds f.q at byte start.
func (f finder) matchAt(s string, start int) bool {
	n := len(f.q)
	if start+n > len(s) {
		return false
	}
	w := s[start : start+n]
	if w == f.q {
		return true
	}
	for j := 0; j < n; {
		c := w[j]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != f.q[j] {
				return false
			}
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[j:])
		l := lowerSameLen(r, size)
		if l == r {
			if w[j:j+size] != f.q[j:j+size] {
				return false
			}
		} else {
			var buf [utf8.UTFMax]byte
			if string(buf[:utf8.EncodeRune(buf[:], l)]) != f.q[j:j+size] {
				return false
			}
		}
		j += size
	}
	return true
}
