package index

import (
	"unicode/utf8"

	"talks/model"
)

// eachHit calls yield with a Hit for every non-overlapping occurrence of
// f.q in the text of block bi of t, in order, until yield returns false;
// valid says whether that text is valid UTF-8. It reports whether yield
// took every hit.
func eachHit(t *model.Talk, bi int, valid bool, f finder, yield func(Hit) bool) bool {
	text := t.Blocks[bi].Text
	count := runeCounter(valid)
	q := f.q
	qRunes := utf8.RuneCountInString(q)
	at, runeAt := 0, 0 // a byte offset in text and its rune offset
	st := newScan()
	for from := 0; ; {
		start := f.next(text, from, &st)
		if start < 0 {
			return true
		}
		runeAt += count(text[at:start])
		at = start
		snippet, s := makeSnippet(text, start, start+len(q))
		h := Hit{
			Talk: t, ID: t.ID, Block: bi, Para: t.Blocks[bi].Para,
			Offset: runeAt, Length: qRunes,
			Snippet: snippet, Start: s, End: s + qRunes,
		}
		if !yield(h) {
			return false
		}
		from = start + len(q)
	}
}

// makeSnippet is text[start:end] with about snippetRunes runes each side,
// never cutting a rune, on one line, and the rune offset of the hit in it.
func makeSnippet(text string, start, end int) (string, int) {
	lo := start
	for n := 0; n < snippetRunes && lo > 0; n++ {
		lo--
		for lo > 0 && isContinuation(text[lo]) {
			lo--
		}
	}
	hi := end
	for n := 0; n < snippetRunes && hi < len(text); n++ {
		hi++
		for hi < len(text) && isContinuation(text[hi]) {
			hi++
		}
	}
	const ellipsis = "…"
	b := make([]byte, 0, hi-lo+2*len(ellipsis))
	hitAt := 0
	if lo > 0 {
		b = append(b, ellipsis...)
		hitAt = 1
	}
	from := len(b)
	b = append(b, text[lo:hi]...)
	for i := from; i < len(b); i++ {
		if b[i] < ' ' || b[i] == 0x7f {
			b[i] = ' '
		}
	}
	if hi < len(text) {
		b = append(b, ellipsis...)
	}
	return string(b), hitAt + utf8.RuneCountInString(text[lo:start])
}

// isContinuation reports whether c is a UTF-8 continuation byte (10xxxxxx).
func isContinuation(c byte) bool { return c&0xC0 == 0x80 }
