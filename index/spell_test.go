package index

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// heteronyms are characters with several readings (和: he hu huo; 行: xing
// hang heng …), where a term may be spelled in many ways.
var heteronyms = []rune("和行长差着了重还大乐朝便数都得地的会")

// TestSpellHeteronyms: a run of 和 against many h then "ho" tried every way
// of reading each 和 (3^23 walks); each (character, query position) is now
// worked out once.
func TestSpellHeteronyms(t *testing.T) {
	e := newEntry(newPinyinTable(), strings.Repeat("和", 24))
	for _, term := range spellShapes {
		var sp speller
		got, first, n := sp.spell(&e, term)
		slots := len(e.slots) - 1
		if bound := slots * len(term); sp.walks > bound {
			t.Fatalf("%q: %d walks, want at most %d (slots × query)", term, sp.walks, bound)
		}
		if len(term) <= 12 { // small enough for the old search
			if s, f, c := oldSpell(&e, term); s != got || f != first || c != n {
				t.Errorf("%q: spell = %d, %d, %d; old spell = %d, %d, %d", term, got, first, n, s, f, c)
			}
		}
	}
}

// spellShapes are queries against 24 和, matching and not; the short ones
// first, so that a search without memory fails on them before it would
// take days on the long ones.
var spellShapes = []string{
	"hhh",                          // short, a match anywhere
	strings.Repeat("h", 6) + "o",   // short, no match
	strings.Repeat("h", 23) + "o",  // no reading of 和 goes on with "o" after "h"
	strings.Repeat("h", 23) + "uo", // 24 characters, the last read huo
	strings.Repeat("h", 25),        // one letter more than characters
	strings.Repeat("hehuhuo", 8),   // 24 characters in full
	strings.Repeat("hu", 12) + "x", // no match at the end
}

// TestSpellSameAsOld compares spell with the search it replaced on random
// lines rich in heteronyms and queries made of their readings, and checks
// that the pairs of initials (pairs.go) never reject a term spelled.
func TestSpellSameAsOld(t *testing.T) {
	r := rand.New(rand.NewPCG(12, 12))
	py := newPinyinTable()
	var shared speller // reused across entries and terms, as matchTerm does
	cases, matched := 0, 0
	for range 3000 {
		e := newEntry(py, randomLine(r))
		if e.py == "" {
			continue
		}
		for range 8 {
			term := randomTerm(r, &e, py)
			if !isLetters(term) {
				continue
			}
			cases++
			s0, f0, n0 := oldSpell(&e, term)
			if n0 > 0 {
				matched++
				if single, pairs := py.prefixes.spellable(term); !single && e.pairs&pairs == 0 {
					t.Fatalf("line %q term %q: spelled, but the pairs of initials say it cannot be", e.text, term)
				}
			}
			var fresh speller
			for _, sp := range []*speller{&shared, &fresh} {
				if s, f, n := sp.spell(&e, term); s != s0 || f != f0 || n != n0 {
					t.Fatalf("line %q term %q: spell = %d, %d, %d; old spell = %d, %d, %d", e.text, term, s, f, n, s0, f0, n0)
				}
			}
		}
	}
	if cases < 10000 || matched < cases/4 {
		t.Fatalf("%d cases, %d matched: the generator should give many of both", cases, matched)
	}
	// The generation counter wrapping around must not revive old answers.
	shared.gen = math.MaxUint32 - 1
	for _, term := range []string{"hhh", "hhhe", "hhho", "hhhuo"} {
		e := newEntry(py, "和和和和·行长")
		for range 3 {
			s, f, n := shared.spell(&e, term)
			if s0, f0, n0 := oldSpell(&e, term); s != s0 || f != f0 || n != n0 {
				t.Fatalf("after wrapping, %q: spell = %d, %d, %d; old = %d, %d, %d", term, s, f, n, s0, f0, n0)
			}
		}
	}
}

// randomLine is up to 12 runes, mostly heteronyms, with some other Han,
// Latin letters and separators.
func randomLine(r *rand.Rand) string {
	other := []rune("黄闻皓模型训练ab -·：")
	var b strings.Builder
	for n := 1 + r.IntN(12); n > 0; n-- {
		if r.IntN(4) > 0 {
			b.WriteRune(heteronyms[r.IntN(len(heteronyms))])
		} else {
			b.WriteRune(other[r.IntN(len(other))])
		}
	}
	return b.String()
}

// randomTerm is up to 10 letters: prefixes of readings of consecutive runes
// of e (so that many match), sometimes changed or made of random letters.
func randomTerm(r *rand.Rand, e *entry, py *pinyinTable) string {
	runes := []rune(e.low)
	var b strings.Builder
	for i := r.IntN(len(runes)); i < len(runes) && b.Len() < 10; i++ {
		rs := py.readings(runes[i])
		if rs == nil {
			break
		}
		reading := rs[r.IntN(len(rs))]
		b.WriteString(reading[:1+r.IntN(len(reading))])
		if r.IntN(3) == 0 {
			break
		}
	}
	term := []byte(b.String())
	switch r.IntN(6) {
	case 0:
		term = append(term, byte('a'+r.IntN(26)))
	case 1:
		if len(term) > 0 {
			term[r.IntN(len(term))] = byte('a' + r.IntN(26))
		}
	case 2:
		term = []byte(strings.Repeat("h", 1+r.IntN(9)))
	}
	if len(term) > 10 {
		term = term[:10]
	}
	return string(term)
}

// oldSpell is spell before memoisation, kept to check the new one against:
// it finds the best run of Han characters of e that spells term (ASCII
// letters), scored like a contiguous fuzzy match where every character is a
// word start. It returns the score, the first rune and the number of runes.
func oldSpell(e *entry, term string) (score, first, n int) {
	c0 := term[0]
	// No run scores more than one of a character per letter after a space.
	top := 20 + 20*(len(term)-1) + adjacency(len(term))
	for j := 0; ; {
		k := strings.IndexByte(e.py[j:], c0)
		if k < 0 {
			break
		}
		p := j + k
		j = p + 1
		if p == 0 || e.py[p-1] != ' ' {
			continue // not the start of a reading
		}
		i := slotAt(e.slots, 0, p)
		if !e.isHan(i) {
			continue
		}
		j = int(e.slots[i+1]) // the next slot: this one is tried now
		if c := oldSpellFrom(e, i, term); c > 0 {
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

// oldSpellFrom is how many slots from slot i spell all of term, or 0.
func oldSpellFrom(e *entry, i int, term string) int {
	if !e.isHan(i) {
		return 0
	}
	readings := e.py[e.slots[i]:e.slots[i+1]]
	for len(readings) > 0 {
		readings = readings[1:] // the space
		r := readings
		if sp := strings.IndexByte(readings, ' '); sp >= 0 {
			r = readings[:sp]
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
			if c := oldSpellFrom(e, i+1, term[l:]); c > 0 {
				return c + 1
			}
		}
	}
	return 0
}
