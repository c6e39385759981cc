package index

import (
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
)

// nameBonus lifts a line whose person is named by the whole query above any
// score fuzzy matching can reach on a line of ordinary length.
const nameBonus = 1 << 16

// entry is one line the finder matches: a talk or a person.
type entry struct {
	text   string   // shown to the user
	low    string   // text lowered by fold: same byte offsets
	py     string   // pinyin line of low, or "" when text has no Han
	runeOf []int32  // rune of text that each byte of py comes from
	keys   []string // the ways the names of the people in it may be typed
}

func newEntry(p *pinyinTable, text string, names []string) entry {
	e := entry{text: text, low: fold(text)}
	e.py, e.runeOf = p.line(e.low)
	for _, n := range names {
		for _, k := range p.keys(n) {
			if !contains(e.keys, k) {
				e.keys = append(e.keys, k)
			}
		}
	}
	return e
}

// matcher ranks entries for a query and remembers the entries that matched
// the last query, to start from them when the next query extends it.
type matcher struct {
	entries []entry

	mu        sync.Mutex
	lastTerms []string
	lastIDs   []int32
}

// result is one matching entry: its index, score and highlighted runes.
type result struct {
	id    int
	score int
	pos   []int
}

// candidate is an entry that matched every term so far.
type candidate struct {
	id    int32
	score int
	bytes []int   // byte offsets into text, from matches on the line
	runes []int32 // runes of text, from matches on the pinyin line
}

// find ranks the entries that match every term of query, best first, and
// returns the first limit of them (all when limit <= 0) with highlights. An
// empty query returns the entries in order.
func (m *matcher) find(query string, limit int) []result {
	terms := strings.Fields(fold(query))
	if len(terms) == 0 {
		n := len(m.entries)
		if limit > 0 && limit < n {
			n = limit
		}
		out := make([]result, n)
		for i := range out {
			out[i].id = i
		}
		return out
	}
	ids := m.start(terms)
	cands := m.matchAll(ids, terms)
	key := strings.Join(terms, "")
	kept := make([]int32, len(cands))
	for i := range cands {
		kept[i] = cands[i].id
		if contains(m.entries[cands[i].id].keys, key) {
			cands[i].score += nameBonus
		}
	}
	m.remember(terms, kept)
	slices.SortStableFunc(cands, func(a, b candidate) int { return b.score - a.score })
	if limit > 0 && limit < len(cands) {
		cands = cands[:limit]
	}
	out := make([]result, len(cands))
	for i, c := range cands {
		out[i] = result{id: int(c.id), score: c.score, pos: positions(m.entries[c.id].text, c)}
	}
	return out
}

// start is the entries worth matching: those that matched the last query
// when every one of its terms is a prefix of the same term of this one, or
// all of them (nil).
func (m *matcher) start(terms []string) []int32 {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.lastTerms == nil || len(terms) < len(m.lastTerms) {
		return nil
	}
	for i, t := range m.lastTerms {
		if !strings.HasPrefix(terms[i], t) {
			return nil
		}
	}
	return m.lastIDs
}

func (m *matcher) remember(terms []string, ids []int32) {
	m.mu.Lock()
	m.lastTerms, m.lastIDs = terms, ids
	m.mu.Unlock()
}

// matchAll matches the terms over ids (all entries when nil), split across
// CPUs, and returns the candidates in entry order.
func (m *matcher) matchAll(ids []int32, terms []string) []candidate {
	n := len(m.entries)
	if ids != nil {
		n = len(ids)
	}
	parts := runtime.GOMAXPROCS(0)
	if n < 2048 {
		parts = 1
	}
	results := make([][]candidate, parts)
	var wg sync.WaitGroup
	for p := range parts {
		lo, hi := n*p/parts, n*(p+1)/parts
		wg.Go(func() {
			cands := make([]candidate, 0, hi-lo)
			for i := lo; i < hi; i++ {
				id := int32(i)
				if ids != nil {
					id = ids[i]
				}
				cands = append(cands, candidate{id: id})
			}
			for _, t := range terms {
				cands = m.matchTerm(cands, t)
			}
			results[p] = cands
		})
	}
	wg.Wait()
	return slices.Concat(results...)
}

// matchTerm keeps the candidates that match term on their line (fuzzily)
// or on their pinyin line (spelled), adding the better score and its
// highlights.
func (m *matcher) matchTerm(cands []candidate, term string) []candidate {
	var onLine []int // indexes into cands
	for i := range cands {
		if isSubsequence(m.entries[cands[i].id].low, term) {
			onLine = append(onLine, i)
		}
	}
	const none = -1 << 62
	best := make([]int, len(cands))
	for i := range best {
		best[i] = none
	}
	byLine := make(map[int][]int, len(onLine))
	for _, fm := range fuzzy.FindFromIterNoSort(term, m.lines(cands, onLine)) {
		i := onLine[fm.Index]
		best[i] = fm.Score + len(fm.Str) - len(fm.MatchedIndexes)
		byLine[i] = fm.MatchedIndexes
	}
	byPinyin := map[int][]int32{}
	if isLetters(term) {
		var slots []slot
		for i := range cands {
			e := &m.entries[cands[i].id]
			if e.py == "" || !isSubsequence(e.py, term) {
				continue
			}
			slots = slotsOf(e, slots)
			if s, runes, ok := spell(e, term, slots); ok && s > best[i] {
				best[i] = s
				byPinyin[i] = runes
			}
		}
	}
	kept := cands[:0]
	for i, c := range cands {
		if best[i] == none {
			continue
		}
		c.score += best[i]
		if runes, ok := byPinyin[i]; ok {
			c.runes = append(c.runes, runes...)
		} else {
			c.bytes = append(c.bytes, byLine[i]...)
		}
		kept = append(kept, c)
	}
	return kept
}

// lines yields the lowered lines of the candidates at idx.
func (m *matcher) lines(cands []candidate, idx []int) func(func(string) bool) {
	return func(yield func(string) bool) {
		for _, i := range idx {
			if !yield(m.entries[cands[i].id].low) {
				return
			}
		}
	}
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

// positions turns a candidate's highlights into sorted, distinct rune
// indexes into text.
func positions(text string, c candidate) []int {
	out := make([]int, 0, len(c.bytes)+len(c.runes))
	for _, r := range c.runes {
		out = append(out, int(r))
	}
	if len(c.bytes) > 0 {
		byteSet := make(map[int]bool, len(c.bytes))
		for _, b := range c.bytes {
			byteSet[b] = true
		}
		ri := 0
		for b := range text {
			if byteSet[b] {
				out = append(out, ri)
			}
			ri++
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
