package sound

import (
	"slices"
	"unicode/utf8"
)

// Match is where a query matched in a text: a byte range and the same
// range in runes, from the first matched character to the end of the last.
type Match struct {
	Start, End         int
	RuneStart, RuneEnd int
}

// FindAll appends to dst the non-overlapping matches of q in text, left to
// right: runs of consecutive Han characters, one per position of one of
// q's patterns, each having a reading that position allows. Anything else
// between the characters (punctuation, a space, a Latin letter) breaks a
// match. Where patterns of different lengths match at the same place, the
// longest wins.
func (q *Query) FindAll(text string, dst []Match) []Match {
	first := len(dst)
	for i := range q.patterns {
		dst = q.patterns[i].findAll(text, dst)
	}
	found := dst[first:]
	if len(q.patterns) > 1 {
		slices.SortFunc(found, func(a, b Match) int {
			if a.Start != b.Start {
				return a.Start - b.Start
			}
			return b.End - a.End
		})
		kept := found[:0]
		for _, m := range found {
			if len(kept) == 0 || m.Start >= kept[len(kept)-1].End {
				kept = append(kept, m)
			}
		}
		found = kept
		dst = dst[:first+len(kept)]
	}
	at, runeAt := 0, 0
	for i := range found {
		m := &found[i]
		runeAt += utf8.RuneCountInString(text[at:m.Start])
		at = m.Start
		m.RuneStart = runeAt
		m.RuneEnd = runeAt + utf8.RuneCountInString(text[m.Start:m.End])
	}
	return dst
}

// findAll appends the non-overlapping matches of p in text (byte ranges):
// it scans for the characters of the anchor position and checks the
// neighbours of each.
func (p *pattern) findAll(text string, dst []Match) []Match {
	end := 0 // the end of the last match
	anchor := p.sets[p.anchor]
	for i := 0; ; {
		at, _, n := anchor.Index(text, i)
		if at < 0 {
			return dst
		}
		i = at + n
		start, ok := p.back(text, at)
		if !ok || start < end {
			continue
		}
		stop, ok := p.forward(text, at+n)
		if !ok {
			continue
		}
		dst = append(dst, Match{Start: start, End: stop})
		end = stop
	}
}

// back checks the positions before the anchor, walking back from byte at,
// and returns where the match starts.
func (p *pattern) back(text string, at int) (int, bool) {
	for pos := p.anchor - 1; pos >= 0; pos-- {
		r, n := utf8.DecodeLastRuneInString(text[:at])
		if n == 0 || !p.sets[pos].Has(r) || r == utf8.RuneError {
			return 0, false
		}
		at -= n
	}
	return at, true
}

// forward checks the positions after the anchor, from byte at, and returns
// where the match ends.
func (p *pattern) forward(text string, at int) (int, bool) {
	for pos := p.anchor + 1; pos < len(p.sets); pos++ {
		r, n := utf8.DecodeRuneInString(text[at:])
		if n == 0 || !p.sets[pos].Has(r) || r == utf8.RuneError {
			return 0, false
		}
		at += n
	}
	return at, true
}
