package reader

import (
	"slices"

	"charm.land/lipgloss/v2"
	"talks/index"
	"talks/render"
)

// cellSpan is part of a hit on screen: cells [from, to) of a page line.
type cellSpan struct{ line, from, to int }

// hitSpans are the cells hit h covers on the page, given where each rune of
// its block is (render's Page.Locate): one span per line, two or more when
// the wrap splits the hit. Runes the page does not show are passed over.
func hitSpans(places []render.Place, h index.Hit) []cellSpan {
	var out []cellSpan
	for k := h.Offset; k < h.Offset+h.Length && k < len(places); k++ {
		pl := places[k]
		if k < 0 || pl.Line < 0 {
			continue
		}
		if n := len(out); n > 0 && out[n-1].line == pl.Line {
			out[n-1].from = min(out[n-1].from, pl.Col)
			out[n-1].to = max(out[n-1].to, pl.Col+pl.Width)
			continue
		}
		out = append(out, cellSpan{line: pl.Line, from: pl.Col, to: pl.Col + pl.Width})
	}
	return out
}

// mark highlights the hits shown in body, the page's lines from top: every
// hit in Hit style, the current one in CurrentHit.
func (f talkFind) mark(p *render.Page, top int, body []string, st Styles) []string {
	if !f.active() || p == nil || len(body) == 0 {
		return body
	}
	bottom := top + len(body)
	first := p.BlockAt(top)
	ranges := map[int][]lipgloss.Range{}
	var places []render.Place
	block := -2
	for i, h := range f.hits {
		if h.Block < first {
			continue
		}
		if h.Block != block {
			if p.LineOf(h.Block) >= bottom {
				break
			}
			block, places = h.Block, p.Locate(h.Block)
		}
		style := st.Hit
		if i == f.cur {
			style = st.CurrentHit
		}
		for _, s := range hitSpans(places, h) {
			if s.line >= top && s.line < bottom {
				ranges[s.line-top] = append(ranges[s.line-top], lipgloss.NewRange(s.from, s.to, style))
			}
		}
	}
	out := slices.Clone(body)
	for l, rs := range ranges {
		slices.SortFunc(rs, func(a, b lipgloss.Range) int { return a.Start - b.Start })
		out[l] = lipgloss.StyleRanges(out[l], rs...)
	}
	return out
}

// hitLines are the first and last page lines of the current hit (its
// block's first line if the page does not show it).
func (f talkFind) hitLines(p *render.Page) (first, last int) {
	h := f.hits[f.cur]
	if s := hitSpans(p.Locate(h.Block), h); len(s) > 0 {
		return s[0].line, s[len(s)-1].line
	}
	return p.LineOf(h.Block), p.LineOf(h.Block)
}

// revealMatch scrolls the current hit into view, a third down the pane
// when it has to move; without a page it waits for one.
func (m *Model) revealMatch() {
	f := &m.find
	if !f.reveal || len(f.hits) == 0 {
		f.reveal = false
		return
	}
	if m.page == nil || m.stale() {
		m.anchor = f.hits[f.cur].Block
		return
	}
	f.reveal = false
	first, last := f.hitLines(m.page)
	if first < m.top || last >= m.top+max(1, m.height) {
		m.top = first - m.height/3
		m.clampTop()
		m.pin = noAnchor
	}
}
