package reader

import (
	"slices"

	"charm.land/lipgloss/v2"
)

// markSelection highlights the selected sentences shown in body, the
// page's lines from the top, in Selection style: on each line, the cells
// from the first selected character to the last.
func (m Model) markSelection(body []string) []string {
	if !m.sel.active() || m.page == nil || m.stale() || len(body) == 0 {
		return body
	}
	top, bottom := m.top, m.top+len(body)
	spans := map[int][2]int{} // body line → cells [from, to)
	from, to := m.sel.bounds()
	for i := from; i <= to; {
		b := m.sel.sents[i].Block
		j := i
		for j <= to && m.sel.sents[j].Block == b {
			j++
		}
		start, end := m.sel.sents[i].Start, m.sel.sents[j-1].End
		i = j
		if m.page.LineOf(b) >= bottom {
			break
		}
		if m.page.LineOf(b+1) <= top && b+1 < len(m.talk.Blocks) {
			continue
		}
		places := m.page.Locate(b)
		for k := start; k < end && k < len(places); k++ {
			pl := places[k]
			if pl.Line < top || pl.Line >= bottom {
				continue
			}
			l := pl.Line - top
			sp, ok := spans[l]
			if !ok {
				sp = [2]int{pl.Col, pl.Col + pl.Width}
			}
			spans[l] = [2]int{min(sp[0], pl.Col), max(sp[1], pl.Col+pl.Width)}
		}
	}
	out := slices.Clone(body)
	for l, sp := range spans {
		out[l] = lipgloss.StyleRanges(out[l], lipgloss.NewRange(sp[0], sp[1], m.styles.Selection))
	}
	return out
}
