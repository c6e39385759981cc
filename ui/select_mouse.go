package ui

import (
	"talks/quote"
	"talks/render"

	tea "charm.land/bubbletea/v2"
)

// quoting is the reader's quoting state: the selection, the mouse press
// that may start one, and whether the paragraph gutter is shown.
type quoting struct {
	sel selection
	// press is the sentence under the mouse button, which a drag selects
	// from; dragging says the button is down.
	press    selection
	dragging bool
	gutter   bool
}

// clearSelection drops the selection and any mouse press.
func (q *quoting) clearSelection() {
	q.sel, q.press, q.dragging = selection{}, selection{}, false
}

// readCell is the page line and cell under the mouse when it is over the
// reading body; ok is false elsewhere. Rows below the body give its last
// line, with below set.
func (m Model) readCell(mouse tea.Mouse) (line, col int, below, ok bool) {
	r := &m.reader
	if m.state != stateReader || r.page == nil || r.stale() || r.height <= 0 {
		return 0, 0, false, false
	}
	l := m.layout()
	x := mouse.X
	if l.wide {
		x -= l.listW + 1
	}
	if x < 0 || mouse.Y < 0 {
		return 0, 0, false, false
	}
	y := mouse.Y
	if y >= r.height {
		y, below = r.height-1, true
	}
	return r.top + y, x - r.gutterWidth(), below, true
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

// mouseSelect handles the left button in the reading body: a press marks
// a sentence, a drag selects whole sentences from it to the one under the
// mouse (scrolling when it goes below the text), and a release ends the
// drag, keeping the selection. It reports whether it used the message.
func (m Model) mouseSelect(msg tea.MouseMsg) (Model, bool) {
	mouse := msg.Mouse()
	r := &m.reader
	switch msg.(type) {
	case tea.MouseReleaseMsg:
		used := r.dragging
		r.dragging, r.press = false, selection{}
		return m, used
	case tea.MouseMotionMsg:
		if !r.dragging || mouse.Button != tea.MouseLeft {
			return m, false
		}
	}
	if mouse.Button != tea.MouseLeft {
		return m, false
	}
	line, col, below, ok := m.readCell(mouse)
	if !ok {
		return m, false
	}
	sents := r.press.sents
	if !r.dragging {
		sents = quote.Sentences(r.talk)
		if len(sents) == 0 {
			return m, true
		}
	}
	i := cellSentence(r.page, sents, line, col)
	if !r.dragging { // a press
		r.clearSelection()
		r.press, r.dragging = newSelection(sents, i), true
		return m, true
	}
	if !r.sel.active() {
		r.sel = r.press
	}
	r.sel.head = i
	if below {
		r.scroll(1)
	}
	return m, true
}
