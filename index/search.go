package index

import (
	"context"
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

// textBlock is a searchable block: its talk, its index and its text (the
// block's own string, not a copy).
type textBlock struct {
	talk  int32
	block int32
	text  string
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

// collectText lists the searchable blocks of every talk, in talk order, and
// samples how often each byte occurs in them.
func collectText(talks []*model.Talk, freq *[256]uint32) []textBlock {
	var out []textBlock
	for ti, t := range talks {
		for bi := range t.Blocks {
			b := &t.Blocks[bi]
			if searchable(b.Kind) && b.Text != "" {
				for i := 0; i < len(b.Text); i += 61 {
					freq[b.Text[i]]++
				}
				out = append(out, textBlock{talk: int32(ti), block: int32(bi), text: b.Text, valid: utf8.ValidString(b.Text)})
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
	var hits []Hit
	err := ix.Each(ctx, query, func(h Hit) bool {
		hits = append(hits, h)
		return limit <= 0 || len(hits) < limit
	})
	if err != nil {
		return nil
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
	collect := func(h Hit) bool { hits = append(hits, h); return true }
	for bi := range t.Blocks {
		b := &t.Blocks[bi]
		if !searchable(b.Kind) || b.Text == "" {
			continue
		}
		if f.index(b.Text, 0) >= 0 {
			eachHit(t, bi, utf8.ValidString(b.Text), f, collect)
		}
	}
	return hits
}
