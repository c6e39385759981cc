package finder

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"talks/index"
	"talks/ui/kit"
)

// View is the finder, as large as SetSize said: its title, the query line,
// the results and a status line.
func (m Model) View() string {
	w, h := m.width, m.height
	if h <= 0 {
		return ""
	}
	st := m.styles
	title := "Find talks"
	switch {
	case m.shown() == findSpeakers:
		title = "Find speakers"
	case m.shown() == findPerson && m.person != nil:
		title = "Talks of " + m.person.Name
	}
	lines := []string{st.Title.Render(kit.Ellipsis(title, w)), kit.InputView(m.input, w, st.Input)}
	rows := max(0, h-3)
	var status string
	switch {
	case m.ix == nil:
		lines = append(lines, "  indexing…")
		status = "indexing…"
	case m.res.ix == nil && m.shown() != findPerson:
		lines = append(lines, "  finding…")
		status = "finding…"
	case m.count() == 0:
		lines = append(lines, "  No match.")
		status = "no match · " + m.toggleHint()
	default:
		m.scroll()
		for i := m.offset; i < m.count() && i < m.offset+rows; i++ {
			lines = append(lines, m.row(i, w, i == m.cursor))
		}
		status = m.status()
	}
	out := kit.FitBlock(lines, w, h-1)
	return strings.Join(append(out, kit.StatusLine(status, w, st.Status)), "\n")
}

// toggleHint says what tab switches to.
func (m Model) toggleHint() string {
	if m.shown() == findTalks {
		return "tab: speakers"
	}
	return "tab: talks"
}

// status is "3/120 talks" and what the next keys do.
func (m Model) status() string {
	switch m.shown() {
	case findSpeakers:
		return fmt.Sprintf("%d/%d speakers · enter: their talks · %s", m.cursor+1, m.res.total, m.toggleHint())
	case findPerson:
		return fmt.Sprintf("%d/%d talks · esc: speakers", m.cursor+1, m.count())
	}
	s := fmt.Sprintf("%d/%d talks", m.cursor+1, m.res.total)
	if m.res.total > len(m.res.talks) {
		s += fmt.Sprintf(" (best %d shown)", len(m.res.talks))
	}
	return s + " · " + m.toggleHint()
}

// row is result i, w cells wide, marked "›" when selected.
func (m Model) row(i, w int, selected bool) string {
	text, pos := "", []int(nil)
	switch m.shown() {
	case findTalks:
		text, pos = m.res.talks[i].Text, m.res.talks[i].Positions
	case findSpeakers:
		p := m.res.people[i]
		text, pos = personLine(p.Person), p.Positions
	case findPerson:
		text = appearanceLine(m.person.Talks[i])
	}
	marker := "  "
	base := lipgloss.NewStyle()
	if selected {
		marker, base = "› ", m.styles.Selected
	}
	shifted := make([]int, len(pos))
	for k, p := range pos {
		shifted[k] = p + 2 // after the marker
	}
	return kit.MarkRunes(marker+text, shifted, w, selected, base, m.styles.Match)
}

// The speaker view is the finder's second mode (tab): every person once,
// filtered by the query, with how many talks they are in; Enter lists
// their talks (the finder's third mode) and Enter on one opens it.

// personLine is a person's name and how many talks they are in.
func personLine(p *index.Person) string {
	return fmt.Sprintf("%s  (%s)", p.Name, kit.Plural(len(p.Talks), "talk"))
}

// appearanceLine is one talk of a person: its P<n>, its title and the
// person's role in it.
func appearanceLine(a index.Appearance) string {
	s := kit.TitleOf(a.Talk)
	if p := a.Talk.PartLabel(); p != "" {
		s = p + " " + s
	}
	if r := a.Role.Label(); r != "" {
		s += "  · " + r
	}
	if g := kit.GroupOf(a.Talk); g != kit.OtherTalks {
		s += "  · " + g
	}
	return s
}
