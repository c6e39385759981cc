package reader

import (
	"fmt"

	tea "charm.land/bubbletea/v2"
	"talks/model"
	"talks/ui/intent"
)

// The gutter left of the page shows paragraph numbers (Block.Para, as
// `talks quote` reads them) or, in a timed talk, when each block is said
// (model.Clock: "00:09", "1:02:03"). # cycles: off, numbers, times (a
// timed talk only), off.

// minClockCells is the width of the shortest time shown, "00:00".
const minClockCells = 5

// showsTimes reports whether the gutter shows times: it is on, set to
// times, and the talk is timed (an untimed talk shows its numbers).
func (m Model) showsTimes() bool {
	return m.gutter && m.times && m.talk != nil && m.talk.Timed()
}

// labelCells is the width of the gutter's labels, the space after them
// left out: four digits of paragraph number, or the longest time of the
// talk ("00:00" under an hour, "1:02:03" under ten).
func (m Model) labelCells() int {
	if m.showsTimes() {
		return max(minClockCells, len(model.Clock(m.talk.Duration())))
	}
	return gutterDigits
}

// gutterLabel is what the gutter shows on the first line of block b,
// right-aligned in labelCells: its paragraph number, or its time when the
// gutter shows times; "" for a block with none.
func (m Model) gutterLabel(b int) string {
	blk := &m.talk.Blocks[b]
	switch {
	case m.showsTimes() && blk.Timed:
		return fmt.Sprintf("%*s", m.labelCells(), model.Clock(blk.Start))
	case m.showsTimes(), blk.Para <= 0:
		return ""
	}
	return fmt.Sprintf("%*d", gutterDigits, blk.Para)
}

// cycleGutter is #: off to numbers, numbers to times in a timed talk (off
// in another), times to off; the page is laid out again at the width left,
// and the status line says what the gutter shows now and what # does next.
func (m *Model) cycleGutter() tea.Cmd {
	timed := m.talk != nil && m.talk.Timed()
	var flash string
	switch {
	case !m.gutter:
		m.gutter, m.times = true, false
		flash = "paragraph numbers on (#: off)"
		if timed {
			flash = "paragraph numbers on (#: times)"
		}
	case timed && !m.times:
		m.times = true
		flash = "times on (#: off)"
	default:
		flash = "paragraph numbers off"
		if m.times && timed {
			flash = "times off"
		}
		m.gutter, m.times = false, false
	}
	return tea.Batch(m.SetSize(m.paneW, m.paneH), intent.FlashCmd(flash))
}

// refitGutter lays the page out again when the talk shown changes the
// gutter's width (times of a talk past the hour, or an untimed talk after
// a timed one).
func (m *Model) refitGutter(before int) {
	if m.GutterWidth() != before {
		m.resize(min(m.paneW, MaxWidth)-m.GutterWidth(), max(0, m.paneH-1))
	}
}
