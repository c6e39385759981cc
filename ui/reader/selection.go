package reader

import (
	"talks/quote"
	"talks/ui/kit"
)

// selection is a run of whole sentences chosen in the reading pane, to be
// copied as a quote. It runs from the anchor (where it started) to the
// head (the end that j/k and the mouse move), in either order.
type selection struct {
	sents        []quote.Sentence // the talk's sentences; nil when nothing is selected
	anchor, head int              // indexes into sents
}

// active reports whether a selection is being made.
func (s selection) active() bool { return len(s.sents) > 0 }

// bounds are the first and last selected sentences (indexes into sents).
func (s selection) bounds() (from, to int) {
	return min(s.anchor, s.head), max(s.anchor, s.head)
}

// chosen are the selected sentences, in order.
func (s selection) chosen() []quote.Sentence {
	if !s.active() {
		return nil
	}
	from, to := s.bounds()
	return s.sents[from : to+1]
}

// paras are the first and last paragraph numbers of the selection.
func (s selection) paras() (from, to int) {
	a, b := s.bounds()
	return s.sents[a].Para, s.sents[b].Para
}

// newSelection selects sentence i of sents alone.
func newSelection(sents []quote.Sentence, i int) selection {
	i = kit.Clamp(i, 0, len(sents)-1)
	return selection{sents: sents, anchor: i, head: i}
}

// move moves the head by d sentences: with the head after the anchor, down
// extends the selection and up shrinks it.
func (s *selection) move(d int) {
	s.head = kit.Clamp(s.head+d, 0, len(s.sents)-1)
}

// moveBlock moves the head by a paragraph: down to the end of its
// paragraph, or of the next one when it is already there; up to the end
// of the previous paragraph. Past the anchor's paragraph the head takes
// the other end of paragraphs, so that whole paragraphs are selected.
func (s *selection) moveBlock(d int) {
	blk := func(i int) int { return s.sents[i].Block }
	first := func(i int) int { // first sentence of i's block
		for i > 0 && blk(i-1) == blk(i) {
			i--
		}
		return i
	}
	last := func(i int) int { // last sentence of i's block
		for i < len(s.sents)-1 && blk(i+1) == blk(i) {
			i++
		}
		return i
	}
	h, n := s.head, len(s.sents)
	switch {
	case d > 0 && h >= s.anchor:
		if h == last(h) && h+1 < n {
			h++
		}
		h = last(h)
	case d > 0: // the head is above the anchor: shrink from the top
		h = min(last(h)+1, s.anchor)
	case h > s.anchor:
		h = max(first(h)-1, s.anchor)
	default: // up from the anchor or above it: extend upwards
		if h == first(h) && h > 0 {
			h--
		}
		h = first(h)
	}
	s.head = h
}
