package quote

import "talks/model"

// Sentence is one sentence of a block: its block index, paragraph number, and rune range in Block.Text.
type Sentence struct{ Block, Para, Start, End int }

// Sentences lists every sentence of a talk's numbered blocks (Para > 0), in order.
func Sentences(t *model.Talk) []Sentence {
	var out []Sentence
	for i := range t.Blocks {
		out = appendBlock(out, t, i)
	}
	return out
}

// BlockSentences lists the sentences of block i, or none when it is not a
// numbered block (or out of range).
func BlockSentences(t *model.Talk, i int) []Sentence {
	return appendBlock(nil, t, i)
}

func appendBlock(out []Sentence, t *model.Talk, i int) []Sentence {
	if i < 0 || i >= len(t.Blocks) || t.Blocks[i].Para <= 0 {
		return out
	}
	b := &t.Blocks[i]
	r := []rune(b.Text)
	for _, seg := range segments(b.Kind, r) {
		for _, s := range splitRunes(r[seg.start:seg.end]) {
			out = append(out, Sentence{Block: i, Para: b.Para, Start: seg.start + s[0], End: seg.start + s[1]})
		}
	}
	return out
}

// At is the index in sents (as from Sentences) of the sentence of block
// that holds rune pos, or of the first sentence after it; -1 if there is none.
func At(sents []Sentence, block, pos int) int {
	for i, s := range sents {
		if s.Block > block || (s.Block == block && s.End > pos) {
			return i
		}
	}
	return -1
}
