package fold

import (
	"slices"
	"strings"
	"unicode/utf8"

	"talks/runeset"
)

// Span is where a match is in the original text: a byte range and the same
// range in runes, whole characters.
type Span struct {
	Start, End         int
	RuneStart, RuneEnd int
}

// maxNeedles is the most preimages an anchor may have for the prefilter to
// look for each with strings.Contains; more are found with a rune set.
const maxNeedles = 4

// maxChecked is the most characters of a query the prefilter looks for.
const maxChecked = 4

// Matcher finds a query in texts, both folded: Traditional or Simplified,
// any width, any case, with or without accents, punctuation and spaces.
// It is safe for concurrent use.
type Matcher struct {
	key     string
	rare    string      // the rarest character of key, folded
	at      int         // where it first occurs in key
	needles [][]string  // for each of the query's characters with few forms, those forms in UTF-8
	forms   []string    // the forms of the query's rarest character, when few
	anchor  runeset.Set // else all of them
}

// NewMatcher prepares a search for query. It returns nil when the query
// folds to nothing (empty, or only punctuation and spaces).
func NewMatcher(query string) *Matcher {
	key := Key(query)
	if key == "" {
		return nil
	}
	m := &Matcher{key: key}
	t := foldTables()
	best, bestCost := []rune(nil), 1<<30
	for _, f := range distinct(key) {
		pre := t.preimages(f)
		if len(pre) <= maxNeedles && len(m.needles) < maxChecked {
			var forms []string
			for _, r := range pre {
				forms = append(forms, string(r))
			}
			m.needles = append(m.needles, forms)
		}
		if c := anchorCost(f, len(pre)); c < bestCost {
			best, bestCost = pre, c
			m.rare, m.at = string(f), strings.IndexRune(key, f)
		}
	}
	for _, r := range best {
		if len(best) <= maxNeedles {
			m.forms = append(m.forms, string(r))
		} else {
			m.anchor.Add(r)
		}
	}
	return m
}

// Key is the folded query.
func (m *Matcher) Key() string { return m.key }

// latinRarity orders ASCII letters and digits from rare to common in
// English and in Chinese transcripts' English words.
const latinRarity = "zqjxkv98765432bpyg10fwmucldhrsnioate"

// anchorCost is how costly it is to look for a rune with n preimages:
// the prefilter looks for the cheapest rune of the query.
func anchorCost(f rune, n int) int {
	if i := strings.IndexRune(latinRarity, f); i >= 0 {
		return 1000 + 10*i + n
	}
	if n <= maxNeedles {
		return n
	}
	return 100 + n
}

// distinct are the distinct runes of s in order.
func distinct(s string) []rune {
	var out []rune
	for _, r := range s {
		if !strings.ContainsRune(string(out), r) {
			out = append(out, r)
		}
	}
	return out
}

// MayMatch reports whether text might hold the query: false means it does
// not. Without folding text, it looks for each of the query's characters
// that have few forms (Han characters: 发 發 髮) in one of those forms,
// or, when there is none, for the rarest character in any of its forms.
func (m *Matcher) MayMatch(text string) bool {
	if m.needles != nil {
		for _, forms := range m.needles {
			found := false
			for _, n := range forms {
				if contains(text, n) {
					found = true
					break
				}
			}
			if !found {
				return false
			}
		}
		return true
	}
	at, _, _ := m.anchor.Index(text, 0)
	return at >= 0
}

// FindAll appends to dst every non-overlapping occurrence of the query in
// text, folded, left to right: what strings.Index finds in Key(text),
// mapped back to text. A match that begins or ends inside what one
// character folds to (the "k" of ㎏) covers that whole character.
//
// Text is never folded as a whole: each form of the query's rarest
// character in it is an anchor, and the characters around it are folded
// one by one (the fold of a character does not depend on its neighbours)
// and compared with the query on either side.
func (m *Matcher) FindAll(text string, dst []Span) []Span {
	if m.needles != nil && !m.MayMatch(text) {
		return dst // (without needles, looking for anchors is the prefilter)
	}
	var end pos // where the last match kept ends, in folded terms
	at, runeAt := 0, 0
	var found [2]local
	m.anchors(text, func(p, n int) {
		for _, mt := range m.verify(found[:0], text, p, n) {
			if mt.start.before(end) {
				continue
			}
			end = mt.end
			start, stop := mt.start.at, mt.stop
			if start < at {
				at, runeAt = 0, 0 // inside the previous match's character
			}
			runeAt += utf8.RuneCountInString(text[at:start])
			at = start
			dst = append(dst, Span{Start: start, End: stop, RuneStart: runeAt, RuneEnd: runeAt + utf8.RuneCountInString(text[start:stop])})
		}
	})
	return dst
}

// anchors calls yield with the byte offset and length of every form of
// the rarest character in text, in order.
func (m *Matcher) anchors(text string, yield func(p, n int)) {
	if m.forms == nil {
		for i := 0; ; {
			at, _, n := m.anchor.Index(text, i)
			if at < 0 {
				return
			}
			yield(at, n)
			i = at + n
		}
	}
	if len(m.forms) == 1 {
		f := m.forms[0]
		for i := 0; ; {
			j := index(text[i:], f)
			if j < 0 {
				return
			}
			yield(i+j, len(f))
			i += j + len(f)
		}
	}
	var ps []int // several forms: every place of each, sorted
	for _, f := range m.forms {
		for i := 0; ; {
			j := index(text[i:], f)
			if j < 0 {
				break
			}
			ps = append(ps, (i+j)<<3|len(f))
			i += j + len(f)
		}
	}
	slices.Sort(ps)
	for _, p := range ps {
		yield(p>>3, p&7)
	}
}

// contains reports whether text holds form (one character).
func contains(text, form string) bool { return index(text, form) >= 0 }

// index is the offset of the first form (one character) in text, or -1:
// for three bytes (CJK), found by jumping to its last byte, far rarer in
// Chinese text than its first, which thousands of characters share.
func index(text, form string) int {
	if len(form) != 3 {
		return strings.Index(text, form)
	}
	c := form[2]
	for i := 2; i < len(text); {
		j := strings.IndexByte(text[i:], c)
		if j < 0 {
			return -1
		}
		i += j
		if text[i-2] == form[0] && text[i-1] == form[1] {
			return i - 2
		}
		i++
	}
	return -1
}
