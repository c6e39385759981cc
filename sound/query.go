package sound

import (
	"errors"
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
	"talks/runeset"
)

// maxPatterns caps the ways a query is read (the segmentations of its
// pinyin, multiplied over its runs of letters).
const maxPatterns = 16

// ErrEmpty is returned for a query with neither a Han character nor a
// letter.
var ErrEmpty = errors.New("sound: the query has no Chinese character or pinyin")

// Query is a compiled search by sound: one or more patterns (ways to read
// the query), each a sequence of positions, each the set of characters
// whose readings include one the query allows there. It is safe for
// concurrent use.
type Query struct {
	patterns []pattern
}

// pattern is one way to read a query.
type pattern struct {
	ids    []element      // the syllables allowed at each position
	sets   []*runeset.Set // the characters allowed at each position
	anchor int            // the position scanned for
}

// element is one position of a query: the syllable ids allowed there (a
// Han character's readings, or one syllable of pinyin).
type element []uint16

// part is a piece of a query and the ways to read it: a Han character (one
// way, one position), or a run of letters (one way per segmentation).
type part [][]element

// Compile reads a query: Han characters (零一万物: every reading of each,
// heteronyms included), pinyin without tones or with tone marks or digits
// (lingyiwanwu, ling yi wan wu, líng'yī, ling2yi1), or both mixed. Letters
// run together are split into syllables every way they can be (xian is
// xian and xi an); a space, an apostrophe or any other character ends a
// syllable. It fails with ErrEmpty, or naming the letters that are not
// pinyin or the character that has no reading.
func Compile(query string) (*Query, error) {
	t := sounds()
	var parts []part
	var run []byte
	flush := func() error {
		if len(run) == 0 {
			return nil
		}
		ways := segment(string(run))
		if len(ways) == 0 {
			return fmt.Errorf("sound: %q is not pinyin", run)
		}
		var p part
		for _, w := range ways {
			var seq []element
			for _, s := range w {
				seq = append(seq, element{t.ids[s]})
			}
			p = append(p, seq)
		}
		parts = append(parts, p)
		run = run[:0]
		return nil
	}
	for _, r := range norm.NFD.String(query) {
		r = unicode.ToLower(r)
		switch {
		case r == '\u0308' && len(run) > 0 && run[len(run)-1] == 'u': // ü
			run[len(run)-1] = 'v'
		case unicode.Is(unicode.Mn, r): // a tone mark
		case r >= 'a' && r <= 'z':
			run = append(run, byte(r))
		case unicode.Is(unicode.Han, r):
			if err := flush(); err != nil {
				return nil, err
			}
			ids := t.of(r)
			if len(ids) == 0 {
				return nil, fmt.Errorf("sound: %q has no reading", r)
			}
			parts = append(parts, part{{element(ids)}})
		default:
			if err := flush(); err != nil {
				return nil, err
			}
		}
	}
	if err := flush(); err != nil {
		return nil, err
	}
	if len(parts) == 0 {
		return nil, ErrEmpty
	}
	q := &Query{}
	for _, seq := range expand(parts) {
		q.patterns = append(q.patterns, newPattern(t, seq))
	}
	return q, nil
}

// expand is every way to read parts, one way of each in turn, at most
// maxPatterns of them.
func expand(parts []part) [][]element {
	out := [][]element{nil}
	for _, p := range parts {
		var next [][]element
		for _, pre := range out {
			for _, way := range p {
				if len(next) < maxPatterns {
					next = append(next, append(append([]element(nil), pre...), way...))
				}
			}
		}
		out = next
	}
	return out
}

// newPattern makes the character sets of seq and picks as anchor the
// position with the fewest characters.
func newPattern(t *table, seq []element) pattern {
	p := pattern{ids: seq}
	for i, e := range seq {
		set := &runeset.Set{}
		for _, id := range e {
			set.AddSet(t.charsOf(id))
		}
		p.sets = append(p.sets, set)
		if set.Len() < p.sets[p.anchor].Len() {
			p.anchor = i
		}
	}
	return p
}

// Len is the number of ways the query is read.
func (q *Query) Len() int { return len(q.patterns) }

// String is the query as syllables, its ways joined by " | ", positions
// with several readings in brackets: "ling yi wan wu", "[xing/hang/heng]".
func (q *Query) String() string {
	t := sounds()
	var ways []string
	for _, p := range q.patterns {
		var pos []string
		for _, e := range p.ids {
			var names []string
			for _, id := range e {
				names = append(names, t.names[id])
			}
			if len(names) == 1 {
				pos = append(pos, names[0])
			} else {
				pos = append(pos, "["+strings.Join(names, "/")+"]")
			}
		}
		ways = append(ways, strings.Join(pos, " "))
	}
	return strings.Join(ways, " | ")
}

// segment is every way to split letters into syllables, at most
// maxPatterns of them. Syllables without a vowel (n, ng, m, hm: the
// readings of 嗯 and 呣) are only taken as a whole run: inside a run they
// would split ordinary pinyin into false readings.
func segment(letters string) [][]string {
	if isSyllable(letters) {
		if out := split(letters); len(out) > 0 {
			return out
		}
		return [][]string{{letters}}
	}
	return split(letters)
}

// split is the ways to split s into syllables with vowels.
func split(s string) [][]string {
	if s == "" {
		return [][]string{nil}
	}
	var out [][]string
	for n := min(len(s), 6); n >= 1; n-- {
		head := s[:n]
		if !isSyllable(head) || !strings.ContainsAny(head, "aeiouv") {
			continue
		}
		for _, rest := range split(s[n:]) {
			if len(out) == maxPatterns {
				return out
			}
			out = append(out, append([]string{head}, rest...))
		}
	}
	return out
}
