package ui

import (
	"fmt"
	"talks/ui/kit"

	"charm.land/lipgloss/v2"
)

// finderView is the finder, w cells by h lines: its title, the query
// line, the results and a status line.
func (m Model) finderView(w, h int) []string {
	if h <= 0 {
		return nil
	}
	f, st := m.finder, m.styles
	title := "Find talks"
	switch {
	case f.mode == findSpeakers:
		title = "Find speakers"
	case f.mode == findPerson && f.person != nil:
		title = "Talks of " + f.person.Name
	}
	lines := []string{st.Title.Render(kit.Ellipsis(title, w)), kit.InputView(f.input, w, st.InputStyles())}
	rows := max(0, h-3)
	var status string
	switch {
	case m.ix == nil:
		lines = append(lines, "  indexing…")
		status = "indexing…"
	case f.count() == 0:
		lines = append(lines, "  No match.")
		status = "no match · " + f.toggleHint()
	default:
		f.show(rows)
		for i := f.offset; i < f.count() && i < f.offset+rows; i++ {
			lines = append(lines, f.row(i, w, i == f.cursor, st))
		}
		status = f.status()
	}
	out := kit.FitBlock(lines, w, h-1)
	return append(out, st.Status.Render(kit.FitLine(" "+kit.Ellipsis(status, w-1), w)))
}

// toggleHint says what tab switches to.
func (f finderModel) toggleHint() string {
	if f.mode == findTalks {
		return "tab: speakers"
	}
	return "tab: talks"
}

// status is "3/120 talks" and what the next keys do.
func (f finderModel) status() string {
	switch f.mode {
	case findSpeakers:
		return fmt.Sprintf("%d/%d speakers · enter: their talks · %s", f.cursor+1, f.total, f.toggleHint())
	case findPerson:
		return fmt.Sprintf("%d/%d talks · esc: speakers", f.cursor+1, f.count())
	}
	s := fmt.Sprintf("%d/%d talks", f.cursor+1, f.total)
	if f.total > len(f.talks) {
		s += fmt.Sprintf(" (best %d shown)", len(f.talks))
	}
	return s + " · " + f.toggleHint()
}

// row is result i, w cells wide, marked "›" when selected.
func (f finderModel) row(i, w int, selected bool, st kit.Styles) string {
	text, pos := "", []int(nil)
	switch f.mode {
	case findTalks:
		text, pos = f.talks[i].Text, f.talks[i].Positions
	case findSpeakers:
		p := f.people[i]
		text, pos = personLine(p.Person), p.Positions
	case findPerson:
		text = appearanceLine(f.person.Talks[i])
	}
	marker := "  "
	base := lipgloss.NewStyle()
	if selected {
		marker, base = "› ", st.Selected
	}
	shifted := make([]int, len(pos))
	for k, p := range pos {
		shifted[k] = p + 2 // after the marker
	}
	return kit.MarkRunes(marker+text, shifted, w, selected, base, st.Match)
}
