package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// far is a move larger than any list or page: clamping turns it into "to the
// top" or "to the bottom".
const far = 1 << 30

// wheelStep is how many lines or rows one turn of the mouse wheel moves.
const wheelStep = 3

// navDelta is how far a movement key moves a cursor or a page shown h rows
// high; ok is false when msg is not a movement key.
func navDelta(msg tea.KeyPressMsg, k KeyMap, h int) (delta int, ok bool) {
	h = max(1, h)
	switch {
	case key.Matches(msg, k.Down):
		return 1, true
	case key.Matches(msg, k.Up):
		return -1, true
	case key.Matches(msg, k.PageDown):
		return h, true
	case key.Matches(msg, k.PageUp):
		return -h, true
	case key.Matches(msg, k.HalfDown):
		return max(1, h/2), true
	case key.Matches(msg, k.HalfUp):
		return -max(1, h/2), true
	case key.Matches(msg, k.Top):
		return -far, true
	case key.Matches(msg, k.Bottom):
		return far, true
	}
	return 0, false
}

// wheelDelta is how far a mouse wheel event moves; ok is false for other
// buttons.
func wheelDelta(m tea.Mouse) (delta int, ok bool) {
	switch m.Button {
	case tea.MouseWheelDown:
		return wheelStep, true
	case tea.MouseWheelUp:
		return -wheelStep, true
	}
	return 0, false
}
