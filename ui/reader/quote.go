package reader

import (
	"fmt"

	"talks/model"
	"talks/quote"
	"talks/render"
	"talks/ui/kit"
)

// startSelection selects the first sentence in view; it reports false when
// the talk has nothing to quote.
func (m *Model) startSelection() bool {
	sents := quote.Sentences(m.talk)
	if len(sents) == 0 {
		return false
	}
	m.sel = newSelection(sents, m.firstSentenceInView(sents))
	return true
}

// firstSentenceInView is the first sentence that starts on or below the
// top line (the first of the block at the top when the page is not ready).
func (m Model) firstSentenceInView(sents []quote.Sentence) int {
	b := m.TopBlock()
	i := quote.At(sents, max(b, 0), 0)
	if i < 0 {
		return len(sents) - 1
	}
	if m.page == nil || m.stale() {
		return i
	}
	places := m.page.Locate(sents[i].Block)
	for k := i; k < len(sents) && sents[k].Block == sents[i].Block; k++ {
		if l, _ := sentenceLines(places, sents[k]); l >= m.top {
			return k
		}
	}
	if j := quote.At(sents, sents[i].Block+1, 0); j >= 0 {
		return j
	}
	return i
}

// sentenceLines are the page lines where sentence s starts and ends;
// -1, -1 when none of it is shown.
func sentenceLines(places []render.Place, s quote.Sentence) (first, last int) {
	first, last = -1, -1
	for k := s.Start; k < s.End && k < len(places); k++ {
		if l := places[k].Line; l >= 0 {
			if first < 0 {
				first = l
			}
			last = l
		}
	}
	return first, last
}

// followSelection scrolls so that the head of the selection is in view:
// its last line when the head is the lower end, its first line otherwise.
func (m *Model) followSelection() {
	if !m.sel.active() || m.page == nil || m.stale() || m.height <= 0 {
		return
	}
	s := m.sel.sents[m.sel.head]
	first, last := sentenceLines(m.page.Locate(s.Block), s)
	if first < 0 {
		m.Jump(s.Block)
		return
	}
	line := first
	if m.sel.head > m.sel.anchor && last-first < m.height {
		line = last
	}
	switch {
	case line < m.top:
		m.scroll(line - m.top)
	case line >= m.top+m.height:
		m.scroll(line - m.top - m.height + 1)
	}
}

// quoteText is the selection as copied: the Markdown quote with its
// citation, or the plain text alone.
func quoteText(t *model.Talk, s selection, cite bool) string {
	text := quote.Text(t, s.chosen())
	if cite {
		return quote.MarkdownOf(t, text, quote.Blocks(s.chosen()))
	}
	return text
}

// selectionStatus is the status line's text while selecting.
func (m Model) selectionStatus() string {
	s := m.sel
	n := len(s.chosen())
	from, to := s.paras()
	where := fmt.Sprintf("¶%d", from)
	if to != from {
		where = fmt.Sprintf("¶%d–%d", from, to)
	}
	return fmt.Sprintf("%s · %s · y/Y copy · esc cancel", kit.Plural(n, "sentence"), where)
}

// Selected is the sentences selected, in order; nil when none are.
func (m Model) Selected() []quote.Sentence { return m.sel.chosen() }
