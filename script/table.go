package script

import (
	"iter"
	"sync"
	"unicode/utf8"

	"github.com/longbridgeapp/opencc"
)

// The block of the table kept as a flat array: CJK Extension A and the
// Unified Ideographs. Characters outside it (compatibility and
// supplementary-plane ones) are kept in a map.
const (
	tableLo = 0x3400
	tableHi = 0x9FFF
)

// converters load OpenCC's dictionaries once, on first use.
var (
	t2s = sync.OnceValues(func() (*opencc.OpenCC, error) { return load("t2s") })
	s2t = sync.OnceValues(func() (*opencc.OpenCC, error) { return load("s2t") })
)

// loaded counts dictionary loads, for a test that importing loads nothing.
var loaded func()

func load(conversion string) (*opencc.OpenCC, error) {
	if loaded != nil {
		loaded()
	}
	return opencc.New(conversion)
}

// charTable maps Traditional characters to Simplified ones.
type charTable struct {
	flat  []rune // flat[r-tableLo], 0 where r maps to itself
	other map[rune]rune
}

var simplifyTable = sync.OnceValue(func() *charTable {
	cc, err := t2s()
	if err != nil {
		panic("script: OpenCC's t2s dictionaries do not load: " + err.Error())
	}
	return buildTable(cc)
})

// buildTable collects the one-character entries of cc's dictionaries, in the
// order Convert consults them (the first dictionary with an entry wins, its
// first candidate), and follows chains so that Simplify(Simplify(r)) ==
// Simplify(r).
func buildTable(cc *opencc.OpenCC) *charTable {
	t := &charTable{flat: make([]rune, tableHi-tableLo+1), other: map[rune]rune{}}
	seen := map[rune]rune{}
	for _, g := range cc.DictChains {
		for _, d := range g.Dicts {
			if d == nil || d.Trie == nil {
				continue
			}
			for _, id := range d.Trie.PrefixPredict(nil, 0) {
				key, err := d.Trie.Key(id)
				if err != nil {
					continue
				}
				r, n := utf8.DecodeRune(key)
				if n != len(key) || r == utf8.RuneError {
					continue // a phrase
				}
				v, err := d.Trie.Value(id)
				if err != nil || v < 0 || v >= len(d.Values) || len(d.Values[v]) == 0 {
					continue
				}
				to, m := utf8.DecodeRuneInString(d.Values[v][0])
				if m != len(d.Values[v][0]) || to == utf8.RuneError {
					continue
				}
				if _, ok := seen[r]; !ok {
					seen[r] = to
				}
			}
		}
		break // t2s has one group; a second would apply to the first's output
	}
	for r, to := range seen {
		for i := 0; i < 8; i++ { // follow 乾 → 干 → … to its end
			next, ok := seen[to]
			if !ok || next == to {
				break
			}
			to = next
		}
		if to == r {
			continue
		}
		if r >= tableLo && r <= tableHi {
			t.flat[r-tableLo] = to
		} else {
			t.other[r] = to
		}
	}
	return t
}

// Simplify is r in Simplified writing, by OpenCC's character table with no
// context (髮 and 發 → 发), or r itself when it has no other form. The
// first call loads the t2s dictionaries.
func Simplify(r rune) rune { return simplifyTable().simplify(r) }

func (t *charTable) simplify(r rune) rune {
	if r >= tableLo && r <= tableHi {
		if to := t.flat[r-tableLo]; to != 0 {
			return to
		}
		return r
	}
	if r < 0x2E80 {
		return r
	}
	if to, ok := t.other[r]; ok {
		return to
	}
	return r
}

// Pairs yields every character Simplify changes and what it becomes.
func Pairs() iter.Seq2[rune, rune] {
	return func(yield func(rune, rune) bool) {
		t := simplifyTable()
		for i, to := range t.flat {
			if to != 0 && !yield(rune(tableLo+i), to) {
				return
			}
		}
		for r, to := range t.other {
			if !yield(r, to) {
				return
			}
		}
	}
}
