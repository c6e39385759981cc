package index

import (
	"context"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"talks/model"
)

// Hit is one occurrence of a search phrase in a talk's text.
type Hit struct {
	// Talk is the talk the hit is in.
	Talk *model.Talk `json:"-"`
	// ID is the talk's ID.
	ID string `json:"id"`
	// Block is the index in Talk.Blocks of the block the hit is in.
	Block int `json:"block"`
	// Para is that block's paragraph number (Block.Para), 0 for headings and
	// code.
	Para int `json:"para"`
	// Offset is the rune offset of the hit in the block's Text.
	Offset int `json:"offset"`
	// Length is the hit's length in runes.
	Length int `json:"length"`
	// Snippet is the text around the hit, on one line: about snippetRunes
	// runes each side, "…" where it was cut.
	Snippet string `json:"snippet"`
	// Start and End are the rune range of the hit in Snippet.
	Start int `json:"start"`
	End   int `json:"end"`
}

// snippetRunes is how many runes a snippet keeps on each side of a hit.
const snippetRunes = 30

// textBlock is a searchable block: its talk, its index and its text lowered
// by fold.
type textBlock struct {
	talk  int32
	block int32
	low   string
	valid bool // the text is valid UTF-8
}

// searchable reports whether full-text search looks into blocks of kind k.
func searchable(k model.Kind) bool {
	switch k {
	case model.KindParagraph, model.KindList, model.KindQuote, model.KindHeading, model.KindCode:
		return true
	}
	return false
}

// collectText lowers the searchable blocks of every talk, in talk order,
// and samples how often each byte occurs in them.
func collectText(talks []*model.Talk, freq *[256]uint32) []textBlock {
	var out []textBlock
	for ti, t := range talks {
		for bi := range t.Blocks {
			b := &t.Blocks[bi]
			if searchable(b.Kind) && b.Text != "" {
				low, valid := foldValid(b.Text)
				for i := 0; i < len(low); i += 61 {
					freq[low[i]]++
				}
				out = append(out, textBlock{talk: int32(ti), block: int32(bi), low: low, valid: valid})
			}
		}
	}
	return out
}

// Search finds every non-overlapping occurrence of query (Latin letters in
// any case) in the text of every talk, in talk order, block order and
// offset order, and returns the first limit of them (all when limit <= 0).
// It returns nil when query is empty or ctx is done before it finishes.
func (ix *Index) Search(ctx context.Context, query string, limit int) []Hit {
	q := fold(query)
	if q == "" || len(ix.text) == 0 {
		return nil
	}
	f := newFinder(q, &ix.freq)
	parts := runtime.GOMAXPROCS(0)
	if len(ix.text) < 256 {
		parts = 1
	}
	results := make([][]Hit, parts)
	var wg sync.WaitGroup
	for p := range parts {
		lo, hi := len(ix.text)*p/parts, len(ix.text)*(p+1)/parts
		wg.Go(func() { results[p] = ix.searchBlocks(ctx, ix.text[lo:hi], f, limit) })
	}
	wg.Wait()
	if ctx.Err() != nil {
		return nil
	}
	hits := slices.Concat(results...)
	if limit > 0 && len(hits) > limit {
		hits = hits[:limit]
	}
	return hits
}

// searchBlocks searches blocks in order, stopping at limit hits or when ctx
// is done.
func (ix *Index) searchBlocks(ctx context.Context, blocks []textBlock, f finder, limit int) []Hit {
	var hits []Hit
	scanned := 0
	for _, tb := range blocks {
		scanned += len(tb.low)
		if scanned >= 1<<20 {
			if ctx.Err() != nil {
				return nil
			}
			scanned = 0
		}
		if f.index(tb.low, 0) < 0 {
			continue
		}
		t := ix.talks[tb.talk]
		hits = appendHits(hits, t, int(tb.block), tb.low, tb.valid, f)
		if limit > 0 && len(hits) >= limit {
			break
		}
	}
	return hits
}

// SearchTalk finds every non-overlapping occurrence of query (Latin letters
// in any case) in the text of one talk, in block and offset order: the
// matches n and N step through.
func SearchTalk(t *model.Talk, query string) []Hit {
	q := fold(query)
	if q == "" {
		return nil
	}
	f := newFinder(q, nil)
	var hits []Hit
	for bi := range t.Blocks {
		b := &t.Blocks[bi]
		if !searchable(b.Kind) || b.Text == "" {
			continue
		}
		low, valid := foldValid(b.Text)
		if f.index(low, 0) >= 0 {
			hits = appendHits(hits, t, bi, low, valid, f)
		}
	}
	return hits
}

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
