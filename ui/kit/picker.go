package kit

import (
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// Picker is a titled list of one-line items with a cursor: the outline,
// the image list and the bookmark list are pickers.
type Picker struct {
	// Title is the pane's first line.
	Title string
	// Items are the lines to pick from.
	Items []string
	// Empty is shown when there are no items.
	Empty string
	// Cursor is the item picked; Offset the first item shown.
	Cursor, Offset int
}

// Update moves the cursor for movement keys and the wheel, in a pane h
// lines high.
func (p Picker) Update(msg tea.Msg, nav NavKeyMap, h int) Picker {
	rows := p.Rows(h)
	if d, ok := nav.MoveDelta(msg, rows); ok && len(p.Items) > 0 {
		p.Cursor = Clamp(p.Cursor+d, 0, len(p.Items)-1)
	}
	p.show(rows)
	return p
}

// show scrolls so that the cursor is among the h rows shown.
func (p *Picker) show(h int) {
	h = max(1, h)
	if p.Cursor >= p.Offset+h {
		p.Offset = p.Cursor - h + 1
	}
	if p.Cursor < p.Offset {
		p.Offset = p.Cursor
	}
	p.Offset = Clamp(p.Offset, 0, max(0, len(p.Items)-h))
}

// Rows is how many items a pane h lines high shows (title and status aside).
func (p Picker) Rows(h int) int { return max(0, h-2) }

// PickerStyles are a picker's styles: its title, the item under the
// cursor and the status line.
type PickerStyles struct {
	// Title is the picker's first line.
	Title lipgloss.Style
	// Selected is the item under the cursor.
	Selected lipgloss.Style
	// Status is the status line.
	Status lipgloss.Style
}

// PickerStyles are the picker's styles of the palette.
func (p Styles) PickerStyles() PickerStyles {
	return PickerStyles{Title: p.Title, Selected: p.Selected, Status: p.Status}
}

// View renders the pane, w cells by h lines: title, items, status.
func (p Picker) View(w, h int, status string, st PickerStyles) []string {
	if h <= 0 {
		return nil
	}
	p.show(p.Rows(h))
	lines := []string{st.Title.Render(Ellipsis(p.Title, w))}
	if len(p.Items) == 0 {
		lines = append(lines, "  "+p.Empty)
	}
	for i := p.Offset; i < len(p.Items) && len(lines) < h-1; i++ {
		s := "  " + p.Items[i]
		if i == p.Cursor {
			s = "› " + p.Items[i]
			lines = append(lines, st.Selected.Render(FitLine(Ellipsis(s, w), w)))
			continue
		}
		lines = append(lines, Ellipsis(s, w))
	}
	out := FitBlock(lines, w, h-1)
	return append(out, StatusLine(status, w, st.Status))
}

// StatusLine is a pane's status line: " " and s cut to w cells, in style.
func StatusLine(s string, w int, style lipgloss.Style) string {
	return style.Render(FitLine(" "+Ellipsis(s, w-1), w))
}

// TextView is scrollable text: the full help and the warnings.
type TextView struct {
	lines  []string
	offset int
}

// SetLines replaces the text, keeping the scroll offset.
func (v *TextView) SetLines(lines []string) { v.lines = lines }

// Lines is the text.
func (v TextView) Lines() []string { return v.lines }

// GotoTop scrolls back to the first line.
func (v *TextView) GotoTop() { v.offset = 0 }

// Update scrolls for movement keys and the wheel, in h rows.
func (v TextView) Update(msg tea.Msg, nav NavKeyMap, h int) TextView {
	d, _ := nav.MoveDelta(msg, h)
	v.offset = Clamp(v.offset+d, 0, max(0, len(v.lines)-max(1, h)))
	return v
}

// View renders h lines of w cells from the offset.
func (v TextView) View(w, h int) []string {
	off := Clamp(v.offset, 0, max(0, len(v.lines)-max(1, h)))
	return FitBlock(v.lines[min(off, len(v.lines)):], w, h)
}
