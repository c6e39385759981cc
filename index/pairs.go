package index

import "sync"

// Before a term is spelled on an entry, a 64-bit set of the pairs of
// letters that begin the readings of two characters side by side rejects
// most entries with one AND. A term spelled over two characters or more
// begins with term[:l], a prefix of a reading of the first, and goes on
// with term[l], the first letter of a reading of the next, so the entry
// holds the pair (term[0], term[l]) for some such l; a term spelled by one
// character is itself a prefix of a reading. The prefixes are those of the
// readings the index met.

// pairBit is the bit of the pair of letters a, b.
func pairBit(a, b byte) uint64 { return 1 << ((uint(a)*31 + uint(b)) % 64) }

// pairsOf adds to pairs the pairs of the first letters of two readings,
// one of prev and one of cur.
func pairsOf(pairs uint64, prev, cur []string) uint64 {
	for _, a := range prev {
		for _, b := range cur {
			if a != "" && b != "" {
				pairs |= pairBit(a[0], b[0])
			}
		}
	}
	return pairs
}

// prefixSet is the prefixes of the readings an index met.
type prefixSet map[string]struct{}

// addReadings adds the prefixes of readings.
func (s prefixSet) addReadings(readings []string) {
	for _, r := range readings {
		for l := 1; l <= len(r); l++ {
			s[r[:l]] = struct{}{}
		}
	}
}

// merge adds every prefix of o, holding mu.
func (s prefixSet) merge(mu *sync.Mutex, o prefixSet) {
	mu.Lock()
	defer mu.Unlock()
	for p := range o {
		s[p] = struct{}{}
	}
}

// spellable says how term may be spelled on an entry: by one character
// (single), or over several, on an entry whose pairs share a bit with
// pairs.
func (s prefixSet) spellable(term string) (single bool, pairs uint64) {
	_, single = s[term]
	for l := 1; l < len(term); l++ {
		if _, ok := s[term[:l]]; !ok {
			break // no longer prefix is one either
		}
		pairs |= pairBit(term[0], term[l])
	}
	return single, pairs
}
