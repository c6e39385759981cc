package index

import (
	"cmp"
	"context"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/sahilm/fuzzy"
)

// nameBonus lifts a line whose person is named by the whole query above any
// score fuzzy matching can reach on a line of ordinary length.
const nameBonus = 1 << 16

// matcher ranks entries for a query, remembering recent results.
type matcher struct {
	entries []entry
	// people are the entries (with keys) of the people each entry names,
	// as indexes into peopleOf, or nil when the entries are people.
	people   [][]int32
	peopleOf *matcher
	cache    queryCache
	prefixes prefixSet // of the readings on the entries' pinyin lines
}

// result is one matching entry: its index, score and highlighted runes.
type result struct {
	id    int
	score int
	pos   []int
}

// candidate is an entry that matched every term so far, and its score.
type candidate struct {
	id    int32
	score int32
}

// literalBonus lifts a term found as typed (case aside), all its letters
// side by side, above scattered fuzzy matches and spelled pinyin, which
// score on the order of tens; it stays far below nameBonus.
const literalBonus = 1 << 10

// none marks a term that did not match.
const none = -1 << 30

// find ranks the entries that match every term of query, best first, and
// returns the first limit of them (all when limit <= 0) with highlights,
// and how many match in all. An empty query returns the entries in order.
// When ctx is done before the end it returns nil, 0 and ctx's error, and
// remembers nothing of the query.
func (m *matcher) find(ctx context.Context, query string, limit int) ([]result, int, error) {
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
		return out, len(m.entries), nil
	}
	cands, err := m.ranked(ctx, terms)
	if err != nil {
		return nil, 0, err
	}
	total := len(cands)
	if limit > 0 && limit < len(cands) {
		cands = cands[:limit]
	}
	out := make([]result, len(cands))
	for i, c := range cands {
		if i%64 == 0 && ctx.Err() != nil {
			return nil, 0, ctx.Err()
		}
		out[i] = result{id: int(c.id), score: int(c.score), pos: highlight(&m.entries[c.id], terms)}
	}
	return out, total, nil
}

// count is how many entries match query.
func (m *matcher) count(query string) int {
	terms := strings.Fields(fold(query))
	if len(terms) == 0 {
		return len(m.entries)
	}
	cands, _ := m.ranked(context.Background(), terms)
	return len(cands)
}

// ranked is the ranked result of terms: remembered, or worked out from the
// fewest entries a remembered query leaves.
func (m *matcher) ranked(ctx context.Context, terms []string) ([]candidate, error) {
	cands, ids := m.cache.lookup(terms)
	if cands != nil {
		return cands, nil
	}
	return m.rank(ctx, ids, terms)
}

// rank matches the terms over ids (all entries when nil), adds the name
// bonus, sorts best first and remembers the result. When ctx is done first
// it returns ctx's error and remembers nothing: a half result in the cache
// would answer the query, and every query extending it, wrongly.
func (m *matcher) rank(ctx context.Context, ids []int32, terms []string) ([]candidate, error) {
	cands := m.matchAll(ctx, ids, terms)
	if err := ctx.Err(); err != nil {
		return nil, err // the parts may have stopped early
	}
	named := m.named(strings.Join(terms, ""))
	kept := make([]int32, len(cands))
	for i := range cands {
		kept[i] = cands[i].id
		if named(cands[i].id) {
			cands[i].score += nameBonus
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	// Best first, ties in entry order: cands are in entry order, so this is
	// the stable sort by score, done faster.
	slices.SortFunc(cands, func(a, b candidate) int {
		if a.score != b.score {
			return cmp.Compare(b.score, a.score)
		}
		return cmp.Compare(a.id, b.id)
	})
	m.cache.add(cached{terms: terms, ids: kept, ranked: cands})
	return cands, nil
}

// named returns whether an entry names a person whose name may be typed
// as key.
func (m *matcher) named(key string) func(id int32) bool {
	if m.people == nil {
		return func(id int32) bool { return contains(m.entries[id].keys, key) }
	}
	var set map[int32]bool
	for i := range m.peopleOf.entries {
		if contains(m.peopleOf.entries[i].keys, key) {
			if set == nil {
				set = map[int32]bool{}
			}
			set[int32(i)] = true
		}
	}
	return func(id int32) bool {
		for _, p := range m.people[id] {
			if set[p] {
				return true
			}
		}
		return false
	}
}

// matchAll matches the terms over ids (all entries when nil), split across
// CPUs, and returns the candidates in entry order. When ctx is done it
// stops within checkEvery entries and returns a part of them: the caller
// checks ctx.
func (m *matcher) matchAll(ctx context.Context, ids []int32, terms []string) []candidate {
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
				cands = m.matchTerm(ctx, cands, t)
			}
			results[p] = cands
		})
	}
	wg.Wait()
	return slices.Concat(results...)
}

// checkEvery is how many entries a matcher looks at between two looks at
// its context: a few hundred microseconds of work at most.
const checkEvery = 512

// matchTerm keeps the candidates that match term on their line (fuzzily)
// or on their pinyin line (spelled), adding the better score. When ctx is
// done it returns nil.
func (m *matcher) matchTerm(ctx context.Context, cands []candidate, term string) []candidate {
	tm := maskOf(term)
	ascii := isASCII(term)
	var onLine []int // indexes into cands
	for i := range cands {
		if i%checkEvery == 0 && ctx.Err() != nil {
			return nil
		}
		e := &m.entries[cands[i].id]
		if covers(e.mask, tm) && isSubsequence(e.haystack(ascii), term) {
			onLine = append(onLine, i)
		}
	}
	best := make([]int, len(cands))
	for i := range best {
		best[i] = none
	}
	for _, fm := range fuzzy.FindFromIterNoSort(term, m.lines(ctx, cands, onLine, ascii)) {
		best[onLine[fm.Index]] = lineScore(fm)
		if strings.Contains(fm.Str, term) {
			// The letters as typed, side by side: "Yi" in "Yi-Large" beats
			// any scattered or pinyin match.
			best[onLine[fm.Index]] += literalBonus
		}
	}
	if ctx.Err() != nil {
		return nil // the lines stopped early
	}
	if isLetters(term) {
		var sp speller
		single, pairs := m.prefixes.spellable(term)
		top := topSpelled(term)
		for i := range cands {
			if i%checkEvery == 0 && ctx.Err() != nil {
				return nil
			}
			e := &m.entries[cands[i].id]
			if best[i] >= top || e.py == "" || !covers(e.pyMask, tm) || !single && e.pairs&pairs == 0 {
				continue // spelling cannot do better, or cannot be
			}
			if s, _, n := sp.spell(e, term); n > 0 && s > best[i] {
				best[i] = s
			}
		}
	}
	kept := cands[:0]
	for i, c := range cands {
		if best[i] != none {
			c.score += int32(best[i])
			kept = append(kept, c)
		}
	}
	return kept
}

// lineScore is sahilm/fuzzy's score with its penalty for length taken out.
func lineScore(fm fuzzy.Match) int {
	return fm.Score + len(fm.Str) - len(fm.MatchedIndexes)
}

// lines yields the haystacks of the candidates at idx, stopping early when
// ctx is done.
func (m *matcher) lines(ctx context.Context, cands []candidate, idx []int, ascii bool) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k, i := range idx {
			if k%checkEvery == checkEvery-1 && ctx.Err() != nil {
				return
			}
			if !yield(m.entries[cands[i].id].haystack(ascii)) {
				return
			}
		}
	}
}
