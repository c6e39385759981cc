package index

import (
	"slices"

	"github.com/sahilm/fuzzy"
)

// highlight matches each term on e again, as matchTerm does, and returns the
// sorted, distinct rune indexes into e.text of the characters matched.
func highlight(e *entry, terms []string) []int {
	var out, bytes []int
	var sp speller
	for _, t := range terms {
		score, idx, ascii := none, []int(nil), isASCII(t)
		if hay := e.haystack(ascii); isSubsequence(hay, t) {
			if ms := fuzzy.Find(t, []string{hay}); len(ms) > 0 {
				score, idx = lineScore(ms[0]), ms[0].MatchedIndexes
			}
		}
		if isLetters(t) && e.py != "" {
			if s, first, n := sp.spell(e, t); n > 0 && s > score {
				for k := range n {
					out = append(out, first+k)
				}
				continue
			}
		}
		if ascii {
			out = append(out, idx...) // on e.ascii, bytes are runes
		} else {
			bytes = append(bytes, idx...)
		}
	}
	if len(bytes) > 0 {
		slices.Sort(bytes)
		ri, k := 0, 0
		for b := range e.text {
			for k < len(bytes) && bytes[k] < b {
				k++
			}
			if k < len(bytes) && bytes[k] == b {
				out = append(out, ri)
			}
			ri++
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
