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

// maxChecked is the most characters of a query the prefilter looks for.
const maxChecked = 4

// Matcher finds a query in texts, both folded: Traditional or Simplified,
// any width, any case, with or without accents, punctuation and spaces.
// It is safe for concurrent use.
type Matcher struct {
	key     string
	keyb    []byte
	needles [][]string  // for each of the query's characters with few forms, those forms in UTF-8
	anchor  runeset.Set // when there are none: every form of the query's rarest character
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
		if len(pre) <= maxNeedles && len(m.needles) < maxChecked {
			var forms []string
			for _, r := range pre {
				forms = append(forms, string(r))
			}
			m.needles = append(m.needles, forms)
		}
		if c := anchorCost(f, len(pre)); c < bestCost {
			best, bestCost = pre, c
		}
	}
	if m.needles == nil {
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
// not. Without folding text, it looks for each of the query's characters
// that have few forms (Han characters: 发 發 髮) in one of those forms,
// or, when there is none, for the rarest character in any of its forms.
func (m *Matcher) MayMatch(text string) bool {
	if m.needles != nil {
		for _, forms := range m.needles {
			found := false
			for _, n := range forms {
				if strings.Contains(text, n) {
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
	var offs []int // folded start and last byte of each match
	for i := 0; ; {
		j := bytes.Index(folded[i:], m.keyb)
		if j < 0 {
			break
		}
		offs = append(offs, i+j, i+j+len(m.key)-1)
		i += j + len(m.key)
	}
	if offs == nil {
		return dst
	}
	src := locate(text, offs)
	at, runeAt := 0, 0 // a byte offset in text and its rune offset
	for k := 0; k < len(src); k += 2 {
		start, end := src[k].start, src[k+1].end
		if start < at {
			at, runeAt = 0, 0 // inside the previous match's character
		}
		runeAt += utf8.RuneCountInString(text[at:start])
		at = start
		dst = append(dst, Span{Start: start, End: end, RuneStart: runeAt, RuneEnd: runeAt + utf8.RuneCountInString(text[start:end])})
	}
	return dst
}

// char is the bytes of the original one folded byte came from, with the
// combining marks after it (as Text.Source gives them).
type char struct{ start, end int }

// locate is, for each offset into Key(text) in offs (in increasing order),
// the character of text it came from: Map's answer without its tables, in
// one pass that stops at the last offset.
func locate(text string, offs []int) []char {
	t := foldTables()
	out := make([]char, 0, len(offs))
	var buf [64]byte
	folded := 0 // bytes of Key(text[:i])
	open := -1  // index in out of entries whose character may still take marks
	for i := 0; i < len(text) && len(out) < len(offs); {
		r, n := rune(text[i]), 1
		var f []byte
		if r < utf8.RuneSelf {
			if c := t.ascii[r]; c != 0 {
				f = append(buf[:0], c)
			}
		} else {
			r, n = utf8.DecodeRuneInString(text[i:])
			if r != utf8.RuneError || n > 1 {
				f = t.appendRune(buf[:0], r)
			}
		}
		switch {
		case len(f) > 0:
			open = -1
			for len(out) < len(offs) && offs[len(out)] < folded+len(f) {
				if open < 0 {
					open = len(out)
				}
				out = append(out, char{i, i + n})
			}
			folded += len(f)
		case open >= 0 && out[open].end == i && r >= utf8.RuneSelf && isMark(r):
			for k := open; k < len(out); k++ {
				out[k].end = i + n
			}
		default:
			open = -1
		}
		i += n
	}
	// marks right after the last character located
	for i := out[len(out)-1].end; open >= 0 && i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r < utf8.RuneSelf || !isMark(r) || len(t.appendRune(buf[:0], r)) > 0 {
			break
		}
		for k := open; k < len(out); k++ {
			out[k].end = i + n
		}
		i += n
	}
	return out
}
