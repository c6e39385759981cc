package reader

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// PlaceBlock is the block being read: the block on the top line, or the
// next one when the top line is only the blank space a block owns after
// it (the page gives it to the block above). Positions and bookmarks keep
// it.
func (m Model) PlaceBlock() int {
	b := m.TopBlock()
	if m.page == nil || m.stale() || m.talk == nil || b+1 >= len(m.talk.Blocks) {
		return b
	}
	next := m.lineOf(b + 1)
	if next <= m.top {
		return b
	}
	for _, l := range m.page.Lines(m.top, next) {
		if strings.TrimSpace(ansi.Strip(l)) != "" {
			return b
		}
	}
	return b + 1
}

// Para is the paragraph being read: the first numbered block at or after
// the top line (the last paragraph when none follows).
func (m Model) Para() int {
	if m.talk == nil {
		return 0
	}
	bs := m.talk.Blocks
	for i := max(0, m.PlaceBlock()); i < len(bs); i++ {
		if bs[i].Para > 0 {
			return bs[i].Para
		}
	}
	return m.talk.Paragraphs()
}

// Percent is how much of the page is above the bottom of the pane.
func (m Model) Percent() int {
	if m.page == nil || m.page.Len() <= m.height {
		return 100
	}
	return min(100, (m.top+m.height)*100/m.page.Len())
}
