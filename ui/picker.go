package ui

import tea "charm.land/bubbletea/v2"

// picker is a titled list of one-line items with a cursor: the outline and
// the image list are pickers.
type picker struct {
	title  string
	items  []string
	empty  string // shown when there are no items
	cursor int
	offset int
}

// update moves the cursor for movement keys and the wheel, in h rows.
func (p picker) update(msg tea.Msg, k KeyMap, h int) picker {
	d, ok := 0, false
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		d, ok = navDelta(msg, k, h)
	case tea.MouseWheelMsg:
		d, ok = wheelDelta(msg.Mouse())
	}
	if ok && len(p.items) > 0 {
		p.cursor = clamp(p.cursor+d, 0, len(p.items)-1)
	}
	p.show(h)
	return p
}

// show scrolls so that the cursor is among the h rows shown.
func (p *picker) show(h int) {
	h = max(1, h)
	if p.cursor >= p.offset+h {
		p.offset = p.cursor - h + 1
	}
	if p.cursor < p.offset {
		p.offset = p.cursor
	}
	p.offset = clamp(p.offset, 0, max(0, len(p.items)-h))
}

// rows is how many items a pane h lines high shows (title and status aside).
func (p picker) rows(h int) int { return max(0, h-2) }

// view renders the pane, w cells by h lines: title, items, status.
func (p picker) view(w, h int, status string, st Styles) []string {
	if h <= 0 {
		return nil
	}
	p.show(p.rows(h))
	lines := []string{st.Title.Render(ellipsis(p.title, w))}
	if len(p.items) == 0 {
		lines = append(lines, "  "+p.empty)
	}
	for i := p.offset; i < len(p.items) && len(lines) < h-1; i++ {
		s := "  " + p.items[i]
		if i == p.cursor {
			s = "› " + p.items[i]
			lines = append(lines, st.Selected.Render(fitLine(ellipsis(s, w), w)))
			continue
		}
		lines = append(lines, ellipsis(s, w))
	}
	out := fitBlock(lines, w, h-1)
	return append(out, st.Status.Render(fitLine(" "+ellipsis(status, w-1), w)))
}

// textView is scrollable text: the full help and the warnings.
type textView struct {
	lines  []string
	offset int
}

// update scrolls for movement keys and the wheel, in h rows.
func (v textView) update(msg tea.Msg, k KeyMap, h int) textView {
	d := 0
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		d, _ = navDelta(msg, k, h)
	case tea.MouseWheelMsg:
		d, _ = wheelDelta(msg.Mouse())
	}
	v.offset = clamp(v.offset+d, 0, max(0, len(v.lines)-max(1, h)))
	return v
}

// view renders h lines of w cells from the offset.
func (v textView) view(w, h int) []string {
	off := clamp(v.offset, 0, max(0, len(v.lines)-max(1, h)))
	return fitBlock(v.lines[min(off, len(v.lines)):], w, h)
}
