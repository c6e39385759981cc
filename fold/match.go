package fold

import (
	"bytes"
	"strings"
	"sync"
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

// Matcher finds a query in texts, both folded: Traditional or Simplified,
// any width, any case, with or without accents, punctuation and spaces.
// It is safe for concurrent use.
type Matcher struct {
	key     string
	keyb    []byte
	needles []string    // the anchor's preimages, UTF-8, when few
	anchor  runeset.Set // else all of them
	bufs    sync.Pool
}

// NewMatcher prepares a search for query. It returns nil when the query
// folds to nothing (empty, or only punctuation and spaces).
func NewMatcher(query string) *Matcher {
	key := Key(query)
	if key == "" {
		return nil
	}
	m := &Matcher{key: key, keyb: []byte(key)}
	t := foldTables()
	best, bestCost := []rune(nil), 1<<30
	for _, f := range distinct(key) {
		pre := t.preimages(f)
		if c := anchorCost(f, len(pre)); c < bestCost {
			best, bestCost = pre, c
		}
	}
	if len(best) <= maxNeedles {
		for _, r := range best {
			m.needles = append(m.needles, string(r))
		}
	} else {
		for _, r := range best {
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
// not. It looks for one character of the query in every form that folds
// to it, without folding text.
func (m *Matcher) MayMatch(text string) bool {
	if m.needles != nil {
		for _, n := range m.needles {
			if strings.Contains(text, n) {
				return true
			}
		}
		return false
	}
	at, _, _ := m.anchor.Index(text, 0)
	return at >= 0
}

// FindAll appends to dst every non-overlapping occurrence of the query in
// text, folded, left to right: what strings.Index finds in Key(text),
// mapped back to text. A match that begins or ends inside what one
// character folds to (the "k" of ㎏) covers that whole character.
func (m *Matcher) FindAll(text string, dst []Span) []Span {
	if !m.MayMatch(text) {
		return dst
	}
	bp, _ := m.bufs.Get().(*[]byte)
	if bp == nil {
		bp = new([]byte)
	}
	folded := AppendKey((*bp)[:0], text)
	*bp = folded
	defer m.bufs.Put(bp)
	first := bytes.Index(folded, m.keyb)
	if first < 0 {
		return dst
	}
	mt := Map(text)
	at, runeAt := 0, 0 // a byte offset in text and its rune offset
	for i := first; i >= 0; {
		start, end := mt.Source(i, i+len(m.key))
		if start < at {
			at, runeAt = 0, 0 // inside the previous match's character
		}
		runeAt += utf8.RuneCountInString(text[at:start])
		at = start
		dst = append(dst, Span{Start: start, End: end, RuneStart: runeAt, RuneEnd: runeAt + utf8.RuneCountInString(text[start:end])})
		next := strings.Index(mt.Folded[i+len(m.key):], m.key)
		if next < 0 {
			break
		}
		i += len(m.key) + next
	}
	return dst
}
