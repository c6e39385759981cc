package reader

import (
	tea "charm.land/bubbletea/v2"
	"talks/quote"
	"talks/render"
)

// quoting is the reader's quoting state: the selection, the mouse press
// that may start one, and what the gutter shows.
type quoting struct {
	sel selection
	// press is the sentence under the mouse button, which a drag selects
	// from; dragging says the button is down.
	press    selection
	dragging bool
	gutter   bool
	// times says the gutter shows when blocks are said, not their
	// numbers (in a timed talk; see gutter.go).
	times bool
}

// clearSelection drops the selection and any mouse press.
func (q *quoting) clearSelection() {
	q.sel, q.press, q.dragging = selection{}, selection{}, false
}

// cell is the page line and cell under the mouse (at the pane's cell x, y)
// when it is over the body; ok is false elsewhere. Rows below the body
// give its last line, with below set.
func (m Model) cell(mouse tea.Mouse) (line, col int, below, ok bool) {
	if m.page == nil || m.stale() || m.height <= 0 || mouse.X < 0 || mouse.Y < 0 {
		return 0, 0, false, false
	}
	y := mouse.Y
	if y >= m.height {
		y, below = m.height-1, true
	}
	return m.top + y, mouse.X - m.GutterWidth(), below, true
}

// cellSentence is the index in sents of the sentence shown at page line
// and cell col: the one holding the character there, else the nearest one
// before it on that line, else the next sentence after that point.
func cellSentence(p *render.Page, sents []quote.Sentence, line, col int) int {
	b := p.BlockAt(line)
	if b < 0 {
		return 0
	}
	pos := -1
	places := p.Locate(b)
	for k, pl := range places {
		if pl.Line != line {
			if pl.Line > line {
				break
			}
			continue
		}
		if pos < 0 || pl.Col <= col {
			pos = k
		}
	}
	if pos < 0 {
		pos = len(places) // a line of no text: the next sentence
	}
	if i := quote.At(sents, b, pos); i >= 0 {
		return i
	}
	return len(sents) - 1
}

// mouse handles the left button, at the pane's cells: a press marks a
// sentence, a drag selects whole sentences from it to the one under the
// mouse (scrolling when it goes below the text), and a release ends the
// drag, keeping the selection.
func (m *Model) mouse(msg tea.MouseMsg) {
	mouse := msg.Mouse()
	switch msg.(type) {
	case tea.MouseReleaseMsg:
		m.dragging, m.press = false, selection{}
		return
	case tea.MouseMotionMsg:
		if !m.dragging || mouse.Button != tea.MouseLeft {
			return
		}
	}
	if mouse.Button != tea.MouseLeft {
		return
	}
	line, col, below, ok := m.cell(mouse)
	if !ok {
		return
	}
	sents := m.press.sents
	if !m.dragging {
		sents = quote.Sentences(m.talk)
		if len(sents) == 0 {
			return
		}
	}
	i := cellSentence(m.page, sents, line, col)
	if !m.dragging { // a press
		m.clearSelection()
		m.press, m.dragging = newSelection(sents, i), true
		return
	}
	if !m.sel.active() {
		m.sel = m.press
	}
	m.sel.head = i
	if below {
		m.scroll(1)
	}
}
