// Package list is the talk list: talks grouped by volume or event, then
// forum, ordered by part, with a cursor on a talk. Enter asks the root to
// open the talk under the cursor; the root draws the title and status
// lines around the rows.
package list

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"talks/model"
	"talks/ui/intent"
	"talks/ui/kit"
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

// Model is the talk list.
type Model struct {
	// KeyMap is the list's keys.
	KeyMap KeyMap

	rows    []listRow
	talks   []int // indexes into rows of the talk rows, in order
	cursor  int   // index into talks
	offset  int   // first row shown
	partW   int   // cells of the widest "P<n>" label
	width   int
	height  int // rows shown
	focused bool
	styles  Styles
}

// New groups talks (in load order) into the list's rows: groups and
// forums in order of first appearance, talks of a forum by part (unknown
// parts last).
func New(talks []*model.Talk) Model {
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
	l := Model{KeyMap: DefaultKeyMap(), styles: DefaultStyles(true)}
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

// Selected is the talk under the cursor, or nil for an empty list.
func (l Model) Selected() *model.Talk {
	if len(l.talks) == 0 {
		return nil
	}
	return l.rows[l.talks[l.cursor]].talk
}

// indexOf is the position of t among the list's talks, or -1.
func (l Model) indexOf(t *model.Talk) int {
	for i, r := range l.talks {
		if l.rows[r].talk == t {
			return i
		}
	}
	return -1
}

// Select puts the cursor on t, if listed, and scrolls to it.
func (l *Model) Select(t *model.Talk) {
	if i := l.indexOf(t); i >= 0 {
		l.cursor = i
		l.show()
	}
}

// Neighbor is the talk dir steps (+1 next, -1 previous) from t in the same
// group and forum, or nil.
func (l Model) Neighbor(t *model.Talk, dir int) *model.Talk {
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

// move moves the cursor by delta talks and keeps it visible.
func (l *Model) move(delta int) {
	if len(l.talks) == 0 {
		return
	}
	l.cursor = kit.Clamp(l.cursor+delta, 0, len(l.talks)-1)
	l.show()
}

// show scrolls so that the cursor's row, and the headings just above it
// when there is room, are among the rows shown.
func (l *Model) show() {
	h := max(1, l.height)
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

// TalkAt is the talk shown on row y of the list (0: the first row shown),
// or nil for a heading or no row.
func (l Model) TalkAt(y int) *model.Talk {
	r := l.offset + y
	if y < 0 || y >= l.height || r >= len(l.rows) || slices.Index(l.talks, r) < 0 {
		return nil
	}
	return l.rows[r].talk
}

// View is the rows, as large as SetSize said; the cursor's row is
// highlighted in full while the list has the focus.
func (l Model) View() string {
	w, h := l.width, l.height
	if h <= 0 {
		return ""
	}
	st := l.styles
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
			lines = append(lines, l.talkRow(row.talk, w, selected, l.focused, st))
		}
	}
	return strings.Join(kit.FitBlock(lines, w, h), "\n")
}

// talkRow is "  P<n> title  speakers" cut to w cells, marked "›" when
// selected (so the cursor shows without colour too).
func (l Model) talkRow(t *model.Talk, w int, selected, focused bool, st Styles) string {
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

// Len is the number of talks listed.
func (l Model) Len() int { return len(l.talks) }

// Cursor is the position of the talk under the cursor among the talks.
func (l Model) Cursor() int { return l.cursor }

// Offset is the first row shown.
func (l Model) Offset() int { return l.offset }

// SetSize sets the list's size: w cells by h rows.
func (l *Model) SetSize(w, h int) {
	l.width, l.height = w, h
	l.show()
}

// SetStyles sets the styles.
func (l *Model) SetStyles(st Styles) { l.styles = st }

// Focus gives the list the focus: the cursor's row is highlighted in full.
func (l *Model) Focus() { l.focused = true }

// Blur takes the focus from the list.
func (l *Model) Blur() { l.focused = false }

// Refill lists talks instead, the cursor staying on its talk (or the
// first) and the rows shown where they were: a streamed load grows the
// list so.
func (l Model) Refill(talks []*model.Talk) Model {
	n := l.Reset(talks)
	n.offset = l.offset
	n.Select(l.Selected())
	n.show()
	return n
}

// Update handles the movement keys and the wheel, and enter, which asks
// to open the talk under the cursor.
func (l Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, l.KeyMap.Open) {
		if t := l.Selected(); t != nil {
			return l, intent.Cmd(intent.OpenTalk{Talk: t, Block: intent.Resume})
		}
		return l, nil
	}
	if d, ok := l.KeyMap.MoveDelta(msg, l.height); ok {
		l.move(d)
	}
	return l, nil
}

// Reset lists talks from the first, keeping the keys, styles, size and
// focus.
func (l Model) Reset(talks []*model.Talk) Model {
	n := New(talks)
	n.KeyMap, n.styles, n.width, n.height, n.focused = l.KeyMap, l.styles, l.width, l.height, l.focused
	n.show()
	return n
}
