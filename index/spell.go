package index

import "strings"

// A term spelled in pinyin matches a run of consecutive Han characters when
// each character, in order, gives a non-empty prefix of one of its readings:
// "hwh", "huangwenhao" and "huangwh" all spell 黄闻皓. The characters are
// found on the entry's pinyin line, where a Han character is a slot of the
// form " reading reading…"; e.slots gives where each rune's slot starts.

// isHan reports whether slot i of e holds readings.
func (e *entry) isHan(i int) bool {
	return i+1 < len(e.slots) && e.slots[i+1]-e.slots[i] > 1 && e.py[e.slots[i]] == ' '
}

// speller spells terms on entries. It remembers, for the entry and term at
// hand, how many slots from slot i spell the rest of the term from byte q,
// so each (slot, query position) is worked out once: spelling costs
// O(slots × len(term) × readings) where trying every way a heteronym may
// be read took exponential time (24 和 against "hhh…ho"). The answers are
// those of a depth-first search trying readings in order, the longest
// prefix first, so scores do not change. The zero value is ready; a
// speller is not shared between goroutines.
type speller struct {
	e    *entry
	term string
	gen  uint32
	rows int // memo rows: slot i has row i % rows
	// stamp tells whose answer memo holds: gen<<32 | slot; memo[row*len(term)+q]
	// is the answer for (slot, q).
	stamp []uint64
	memo  []int32
	walks int // how many times a slot's readings were tried: the cost
}

// spell finds the best run of Han characters of e that spells term (ASCII
// letters), scored like a contiguous fuzzy match where every character is a
// word start. It returns the score, the first rune and the number of runes.
func (sp *speller) spell(e *entry, term string) (score, first, n int) {
	sp.e, sp.term, sp.rows = e, term, 0
	sp.gen++
	if sp.gen == 0 { // wrapped: old stamps could pass for new ones
		clear(sp.stamp)
		sp.gen = 1
	}
	c0 := term[0]
	top := topSpelled(term)
	for j, lo := 0, 0; ; {
		k := strings.IndexByte(e.py[j:], c0)
		if k < 0 {
			break
		}
		p := j + k
		j = p + 1
		if p == 0 || e.py[p-1] != ' ' {
			continue // not the start of a reading
		}
		i := slotAt(e.slots, lo, p)
		if !e.isHan(i) {
			continue
		}
		j, lo = int(e.slots[i+1]), i+1 // the next slot: this one is tried now
		if c := sp.from(i, 0); c > 0 {
			s := startBonus(e.py, int(e.slots[i])) + 20*(c-1) + adjacency(c)
			if n == 0 || s > score {
				score, first, n = s, i, c
			}
			if score >= top {
				break
			}
		}
	}
	return score, first, n
}

// topSpelled is the most a spelling of term can score: one character per
// letter, after a space.
func topSpelled(term string) int {
	return 20 + 20*(len(term)-1) + adjacency(len(term))
}

// slotAt is the slot holding byte p, which is not before slot lo: the last
// slot starting at or before p.
func slotAt(slots []uint16, lo, p int) int {
	hi := len(slots) - 1 // slots[lo] <= p < slots[hi]
	for hi-lo > 1 {
		mid := int(uint(lo+hi) >> 1)
		if int(slots[mid]) <= p {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo
}

// from is how many slots from slot i spell all of term[q:], or 0. Each
// start (q = 0) is asked once; the rest is remembered. A search from slot s
// only reaches slots s to s+len(term)-1, and starts only move right, so
// len(term) rows of memo are enough for every answer to be worked out once.
func (sp *speller) from(i, q int) int {
	e := sp.e
	if !e.isHan(i) {
		return 0
	}
	if q == 0 {
		return sp.walk(i, q)
	}
	if sp.rows == 0 {
		sp.rows = min(len(sp.term), len(e.slots))
		if need := sp.rows * len(sp.term); len(sp.stamp) < need {
			sp.stamp, sp.memo = make([]uint64, need), make([]int32, need)
		}
	}
	at := i%sp.rows*len(sp.term) + q
	key := uint64(sp.gen)<<32 | uint64(i)
	if sp.stamp[at] == key {
		return int(sp.memo[at])
	}
	c := sp.walk(i, q)
	sp.stamp[at], sp.memo[at] = key, int32(c)
	return c
}

// walk tries the readings of slot i in order, for each the longest prefix
// of term[q:] first, and returns the first spelling found: its number of
// slots, or 0.
func (sp *speller) walk(i, q int) int {
	sp.walks++
	e, term := sp.e, sp.term[q:]
	readings := e.py[e.slots[i]:e.slots[i+1]]
	for len(readings) > 0 {
		readings = readings[1:] // the space
		r := readings
		if k := strings.IndexByte(readings, ' '); k >= 0 {
			r = readings[:k]
		}
		readings = readings[len(r):]
		k := 0
		for k < len(r) && k < len(term) && r[k] == term[k] {
			k++
		}
		for l := k; l > 0; l-- {
			if l == len(term) {
				return 1
			}
			if c := sp.from(i+1, q+l); c > 0 {
				return c + 1
			}
		}
	}
	return 0
}

// startBonus is sahilm/fuzzy's bonus for a match starting at byte i of s.
func startBonus(s string, i int) int {
	if i == 0 {
		return 10
	}
	switch s[i-1] {
	case ' ', '-', '_', '.', '/', '\\':
		return 20
	}
	return 0
}

// adjacency is sahilm/fuzzy's bonus for n adjacent matched characters.
func adjacency(n int) int {
	s, cur := 0, 0
	for k := 1; k < n; k++ {
		b := cur*2 + 5
		cur += b
		s += b
	}
	return s
}

// isLetters reports whether term is only ASCII letters, the only terms that
// may be pinyin.
func isLetters(term string) bool {
	for i := 0; i < len(term); i++ {
		if c := term[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return term != ""
}
