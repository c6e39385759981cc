package ui

import (
	"fmt"

	"talks/index"
	"talks/ui/kit"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// searchView is the search screen, w cells by h lines: its title, the
// query line, the hits (two lines each) and a status line.
func (m Model) searchView(w, h int) []string {
	if h <= 0 {
		return nil
	}
	s, st := m.search, m.styles
	lines := []string{st.Title.Render(kit.Ellipsis("Search all talks", w)), kit.InputView(s.input, w, st.InputStyles())}
	rows := max(1, (h-3)/2)
	status := ""
	switch {
	case m.ix == nil:
		lines = append(lines, "  indexing…")
		status = "indexing…"
	case s.wanted == "":
		status = "type to search the text of every talk"
	case len(s.hits) == 0 && !s.pending:
		lines = append(lines, "  No match.")
		status = "no match"
	default:
		s.show(rows)
		for i := s.offset; i < len(s.hits) && i < s.offset+rows; i++ {
			lines = append(lines, s.hitLines(i, w, i == s.cursor, st)...)
		}
		status = fmt.Sprintf("%d/%s", min(s.cursor+1, len(s.hits)), kit.Plural(len(s.hits), "hit"))
		if len(s.hits) >= searchLimit {
			status = fmt.Sprintf("%d/%d+ hits (the first %d)", s.cursor+1, searchLimit, searchLimit)
		}
	}
	if s.pending && m.ix != nil {
		status = "searching…"
	}
	out := kit.FitBlock(lines, w, h-1)
	return append(out, st.Status.Render(kit.FitLine(" "+kit.Ellipsis(status, w-1), w)))
}

// hitLines are hit i: the talk's title and paragraph, then the snippet
// with the hit highlighted.
func (s searchModel) hitLines(i, w int, selected bool, st kit.Styles) []string {
	h := s.hits[i]
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
	return []string{first, kit.MarkRunes("    "+snippet, pos, w, false, st.Faint, st.Match)}
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
