package index

// A term spelled in pinyin matches a run of consecutive Han characters when
// each character, in order, gives a non-empty prefix of one of its readings:
// "hwh", "huangwenhao" and "huangwh" all spell 黄闻皓. The characters are
// found on the entry's pinyin line, where a Han character is a slot of the
// form " reading reading…".

// slot is one rune's span [start, end) on a pinyin line; han says whether it
// holds readings.
type slot struct {
	start, end int32
	han        bool
}

// slotsOf splits the pinyin line of e into the slots of its runes, reusing buf.
func slotsOf(e *entry, buf []slot) []slot {
	buf = buf[:0]
	for j := 0; j < len(e.py); {
		k := j + 1
		for k < len(e.py) && e.runeOf[k] == e.runeOf[j] {
			k++
		}
		buf = append(buf, slot{start: int32(j), end: int32(k), han: e.py[j] == ' ' && k-j > 1})
		j = k
	}
	return buf
}

// spell finds the best run of Han characters of e that spells term (ASCII
// letters), scored like a contiguous fuzzy match where every character is a
// word start. It returns the score, the runes of the text matched, and
// whether there is one.
func spell(e *entry, term string, slots []slot) (score int, runes []int32, ok bool) {
	for i := range slots {
		if !slots[i].han {
			continue
		}
		n := spellFrom(e.py, slots[i:], term)
		if n == 0 {
			continue
		}
		s := startBonus(e.py, int(slots[i].start)) + 20*(n-1) + adjacency(n)
		if !ok || s > score {
			score, ok = s, true
			runes = runes[:0]
			for k := range n {
				runes = append(runes, e.runeOf[slots[i+k].start])
			}
		}
	}
	return score, runes, ok
}

// spellFrom is how many slots from the first spell all of term, or 0.
func spellFrom(py string, slots []slot, term string) int {
	if term == "" {
		return 0
	}
	if len(slots) == 0 || !slots[0].han {
		return 0
	}
	readings := py[slots[0].start:slots[0].end]
	for len(readings) > 0 {
		readings = readings[1:] // the space
		r := readings
		for i := 0; i < len(readings); i++ {
			if readings[i] == ' ' {
				r = readings[:i]
				break
			}
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
			if n := spellFrom(py, slots[1:], term[l:]); n > 0 {
				return n + 1
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
