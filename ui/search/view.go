package search

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"talks/index"
	"talks/ui/kit"
)

// View is the search screen, as large as SetSize said: its title, the
// query line, the hits (two lines each) and a status line.
func (m Model) View() string {
	w, h := m.width, m.height
	if h <= 0 {
		return ""
	}
	st := m.styles
	lines := []string{st.Title.Render(kit.Ellipsis("Search all talks", w)), kit.InputView(m.input, w, st.Input)}
	rows := max(1, (h-3)/2)
	status := ""
	switch {
	case m.ix == nil:
		lines = append(lines, "  indexing…")
		status = "indexing…"
	case m.wanted == "":
		status = "type to search the text of every talk"
	case len(m.hits) == 0 && !m.pending:
		lines = append(lines, "  No match.")
		status = "no match"
	default:
		m.scroll()
		for i := m.offset; i < len(m.hits) && i < m.offset+rows; i++ {
			lines = append(lines, m.hitLines(i, w, i == m.cursor)...)
		}
		status = fmt.Sprintf("%d/%s", min(m.cursor+1, len(m.hits)), kit.Plural(len(m.hits), "hit"))
		if len(m.hits) >= limit {
			status = fmt.Sprintf("%d/%d+ hits (the first %d)", m.cursor+1, limit, limit)
		}
	}
	if m.pending && m.ix != nil {
		status = "searching…"
	}
	out := kit.FitBlock(lines, w, h-1)
	return strings.Join(append(out, kit.StatusLine(status, w, st.Status)), "\n")
}

// hitLines are hit i: the talk's title and paragraph, then the snippet
// with the hit highlighted.
func (m Model) hitLines(i, w int, selected bool) []string {
	st, h := m.styles, m.hits[i]
	where := "heading"
	if h.Para > 0 {
		where = fmt.Sprintf("¶ %d", h.Para)
	}
	head := where + " · " + kit.TitleOf(h.Talk)
	marker, base := "  ", lipgloss.NewStyle()
	if selected {
		marker, base = "› ", st.Selected
	}
	first := kit.MarkRunes(marker+head, nil, w, selected, base, st.Match)
	snippet, start, end := fitSnippet(h, max(1, w-4))
	pos := make([]int, 0, end-start)
	for r := start; r < end; r++ {
		pos = append(pos, r+4)
	}
	return []string{first, kit.MarkRunes("    "+snippet, pos, w, false, st.Snippet, st.Match)}
}

// fitSnippet is the hit's snippet cut on the left, when it is wider than
// w cells, so that the hit shows, with the hit's new rune range.
func fitSnippet(h index.Hit, w int) (string, int, int) {
	rs := []rune(h.Snippet)
	start, end := kit.Clamp(h.Start, 0, len(rs)), kit.Clamp(h.End, 0, len(rs))
	cut := 0
	for cut < start && ansi.StringWidth(string(rs[cut:end]))+1 > w*2/3 && ansi.StringWidth(string(rs[cut:])) > w {
		cut++
	}
	if cut == 0 {
		return h.Snippet, start, end
	}
	return "…" + string(rs[cut:]), start - cut + 1, end - cut + 1
}
