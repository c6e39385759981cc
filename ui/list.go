package ui

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"talks/model"
	"talks/ui/kit"

	"github.com/charmbracelet/x/ansi"
)

// rowKind says what a row of the talk list shows.
type rowKind int

const (
	rowGroup rowKind = iota // a volume or event heading
	rowForum                // a forum heading
	rowTalk                 // a talk
)

// listRow is one row of the talk list.
type listRow struct {
	kind rowKind
	text string      // heading text for group and forum rows
	talk *model.Talk // the talk of a talk row
}

// listModel is the talk list: talks grouped by volume or event, then forum,
// ordered by part, with a cursor on a talk and a scroll offset.
type listModel struct {
	rows   []listRow
	talks  []int // indexes into rows of the talk rows, in order
	cursor int   // index into talks
	offset int   // first row shown
	partW  int   // cells of the widest "P<n>" label
}

// newList groups talks (in load order) into list rows: groups and forums in
// order of first appearance, talks of a forum by part (unknown parts last).
func newList(talks []*model.Talk) listModel {
	type forum struct {
		name  string
		talks []*model.Talk
	}
	type group struct {
		name   string
		forums []*forum
	}
	var groups []*group
	byGroup := map[string]*group{}
	byForum := map[[2]string]*forum{}
	for _, t := range talks {
		gn := kit.GroupOf(t)
		g := byGroup[gn]
		if g == nil {
			g = &group{name: gn}
			byGroup[gn] = g
			groups = append(groups, g)
		}
		fk := [2]string{gn, t.Forum}
		f := byForum[fk]
		if f == nil {
			f = &forum{name: t.Forum}
			byForum[fk] = f
			g.forums = append(g.forums, f)
		}
		f.talks = append(f.talks, t)
	}
	l := listModel{}
	partKey := func(t *model.Talk) int {
		if t.Part <= 0 {
			return kit.Far
		}
		return t.Part
	}
	for _, g := range groups {
		l.rows = append(l.rows, listRow{kind: rowGroup, text: g.name})
		for _, f := range g.forums {
			if f.name != "" {
				l.rows = append(l.rows, listRow{kind: rowForum, text: f.name})
			}
			slices.SortStableFunc(f.talks, func(a, b *model.Talk) int { return cmp.Compare(partKey(a), partKey(b)) })
			for _, t := range f.talks {
				l.talks = append(l.talks, len(l.rows))
				l.rows = append(l.rows, listRow{kind: rowTalk, talk: t})
				l.partW = max(l.partW, ansi.StringWidth(t.PartLabel()))
			}
		}
	}
	return l
}

// selected is the talk under the cursor, or nil for an empty list.
func (l listModel) selected() *model.Talk {
	if len(l.talks) == 0 {
		return nil
	}
	return l.rows[l.talks[l.cursor]].talk
}

// indexOf is the position of t among the list's talks, or -1.
func (l listModel) indexOf(t *model.Talk) int {
	for i, r := range l.talks {
		if l.rows[r].talk == t {
			return i
		}
	}
	return -1
}

// selectTalk puts the cursor on t, if listed, and shows it in h rows.
func (l *listModel) selectTalk(t *model.Talk, h int) {
	if i := l.indexOf(t); i >= 0 {
		l.cursor = i
		l.show(h)
	}
}

// neighbor is the talk dir steps (+1 next, -1 previous) from t in the same
// group and forum, or nil.
func (l listModel) neighbor(t *model.Talk, dir int) *model.Talk {
	i := l.indexOf(t)
	if i < 0 {
		return nil
	}
	j := i + dir
	if j < 0 || j >= len(l.talks) {
		return nil
	}
	n := l.rows[l.talks[j]].talk
	if kit.GroupOf(n) != kit.GroupOf(t) || n.Forum != t.Forum {
		return nil
	}
	return n
}

// move moves the cursor by delta talks and keeps it visible in h rows.
func (l *listModel) move(delta, h int) {
	if len(l.talks) == 0 {
		return
	}
	l.cursor = kit.Clamp(l.cursor+delta, 0, len(l.talks)-1)
	l.show(h)
}

// show scrolls so that the cursor's row, and the headings just above it
// when there is room, are among the h rows shown.
func (l *listModel) show(h int) {
	h = max(1, h)
	l.offset = kit.Clamp(l.offset, 0, max(0, len(l.rows)-h))
	if len(l.talks) == 0 {
		l.offset = 0
		return
	}
	row := l.talks[l.cursor]
	if row >= l.offset+h {
		l.offset = row - h + 1
	}
	if row < l.offset {
		l.offset = row
	}
	for l.offset > 0 && l.rows[l.offset-1].kind != rowTalk && row-(l.offset-1) < h {
		l.offset--
	}
}

// rowAt is the index into talks of the talk shown on screen row y (0 = the
// first row shown), or -1.
func (l listModel) rowAt(y int) int {
	r := l.offset + y
	if y < 0 || r >= len(l.rows) {
		return -1
	}
	return slices.Index(l.talks, r)
}

// view renders h rows of w cells; the cursor's row is highlighted in full
// when the list has the focus.
func (l listModel) view(w, h int, focused bool, st kit.Styles) []string {
	if h <= 0 {
		return nil
	}
	lines := make([]string, 0, h)
	for r := l.offset; r < len(l.rows) && len(lines) < h; r++ {
		row := l.rows[r]
		switch row.kind {
		case rowGroup:
			lines = append(lines, st.Group.Render(kit.Ellipsis(row.text, w)))
		case rowForum:
			lines = append(lines, " "+st.Forum.Render(kit.Ellipsis(row.text, w-1)))
		default:
			selected := len(l.talks) > 0 && l.talks[l.cursor] == r
			lines = append(lines, l.talkRow(row.talk, w, selected, focused, st))
		}
	}
	return kit.FitBlock(lines, w, h)
}

// talkRow is "  P<n> title  speakers" cut to w cells, marked "›" when
// selected (so the cursor shows without colour too).
func (l listModel) talkRow(t *model.Talk, w int, selected, focused bool, st kit.Styles) string {
	part := ""
	if l.partW > 0 {
		part = fmt.Sprintf("%-*s ", l.partW, t.PartLabel())
	}
	title := kit.TitleOf(t)
	names := t.SpeakerNames()
	if selected {
		s := "› " + part + title
		if names != "" {
			s += "  " + names
		}
		if !focused {
			return st.SelectedBlur.Render(kit.Ellipsis(s, w))
		}
		return st.Selected.Render(kit.FitLine(kit.Ellipsis(s, w), w))
	}
	var b strings.Builder
	b.WriteString("  ")
	b.WriteString(st.Part.Render(part))
	b.WriteString(title)
	if names != "" {
		b.WriteString("  ")
		b.WriteString(st.Speakers.Render(names))
	}
	s := b.String()
	if ansi.StringWidth(s) > w {
		s = ansi.Truncate(s, w, "…")
	}
	return s
}
