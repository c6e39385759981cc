package index

import (
	"strings"
	"unicode/utf8"

	"talks/model"
)

// appendHits appends a Hit for every non-overlapping occurrence of f.q in
// low, the lowered text of block bi of t.
func appendHits(hits []Hit, t *model.Talk, bi int, low string, valid bool, f finder) []Hit {
	text := t.Blocks[bi].Text
	count := runeCounter(valid)
	q := f.q
	qRunes := utf8.RuneCountInString(q)
	at, runeAt := 0, 0 // a byte offset in text and its rune offset
	for from := 0; ; {
		start := f.index(low, from)
		if start < 0 {
			return hits
		}
		runeAt += count(text[at:start])
		at = start
		snippet, s := makeSnippet(text, start, start+len(q))
		hits = append(hits, Hit{
			Talk: t, ID: t.ID, Block: bi, Para: t.Blocks[bi].Para,
			Offset: runeAt, Length: qRunes,
			Snippet: snippet, Start: s, End: s + qRunes,
		})
		from = start + len(q)
	}
}

// makeSnippet is text[start:end] with about snippetRunes runes each side,
// never cutting a rune, on one line, and the rune offset of the hit in it.
func makeSnippet(text string, start, end int) (string, int) {
	lo := start
	for n := 0; n < snippetRunes && lo > 0; n++ {
		_, size := utf8.DecodeLastRuneInString(text[:lo])
		lo -= size
	}
	hi := end
	for n := 0; n < snippetRunes && hi < len(text); n++ {
		_, size := utf8.DecodeRuneInString(text[hi:])
		hi += size
	}
	var b strings.Builder
	b.Grow(hi - lo + 8)
	hitAt := 0
	if lo > 0 {
		b.WriteString("…")
		hitAt = 1
	}
	hitAt += utf8.RuneCountInString(text[lo:start])
	for i := lo; i < hi; i++ {
		c := text[i]
		if c < ' ' || c == 0x7f {
			c = ' '
		}
		b.WriteByte(c)
	}
	if hi < len(text) {
		b.WriteString("…")
	}
	return b.String(), hitAt
}
