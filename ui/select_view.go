package ui

import (
	"slices"
	"talks/ui/kit"

	"charm.land/lipgloss/v2"
)

// markSelection highlights the selected sentences shown in body, the
// page's lines from r.top, in Selection style: on each line, the cells
// from the first selected character to the last.
func (r readerModel) markSelection(body []string, st kit.Styles) []string {
	if !r.sel.active() || r.page == nil || r.stale() || len(body) == 0 {
		return body
	}
	top, bottom := r.top, r.top+len(body)
	spans := map[int][2]int{} // body line → cells [from, to)
	from, to := r.sel.bounds()
	for i := from; i <= to; {
		b := r.sel.sents[i].Block
		j := i
		for j <= to && r.sel.sents[j].Block == b {
			j++
		}
		start, end := r.sel.sents[i].Start, r.sel.sents[j-1].End
		i = j
		if r.page.LineOf(b) >= bottom {
			break
		}
		if r.page.LineOf(b+1) <= top && b+1 < len(r.talk.Blocks) {
			continue
		}
		places := r.page.Locate(b)
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
		out[l] = lipgloss.StyleRanges(out[l], lipgloss.NewRange(sp[0], sp[1], st.Selection))
	}
	return out
}
