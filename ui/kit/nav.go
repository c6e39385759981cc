package kit

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// Far is a move larger than any list or page: clamping turns it into "to
// the top" or "to the bottom".
const Far = 1 << 30

// WheelStep is how many lines or rows one turn of the mouse wheel moves.
const WheelStep = 3

// NavKeyMap is the movement keys the list, the reader, the pickers and the
// help share: less/vim style.
type NavKeyMap struct {
	// Up and Down move one line or row.
	Up, Down key.Binding
	// PageDown and PageUp move a page.
	PageDown, PageUp key.Binding
	// HalfDown and HalfUp move half a page.
	HalfDown, HalfUp key.Binding
	// Top and Bottom go to either end.
	Top, Bottom key.Binding
}

// DefaultNavKeyMap is j/k and the arrows, space/f/pgdown and b/pgup,
// ctrl+d/ctrl+u, g/home and G/end.
func DefaultNavKeyMap() NavKeyMap {
	return NavKeyMap{
		Up:       key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("↑/k", "up")),
		Down:     key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("↓/j", "down")),
		PageDown: key.NewBinding(key.WithKeys("space", "f", "pgdown"), key.WithHelp("space/f", "page down")),
		PageUp:   key.NewBinding(key.WithKeys("b", "pgup"), key.WithHelp("b/pgup", "page up")),
		HalfDown: key.NewBinding(key.WithKeys("ctrl+d"), key.WithHelp("ctrl+d", "half page down")),
		HalfUp:   key.NewBinding(key.WithKeys("ctrl+u"), key.WithHelp("ctrl+u", "half page up")),
		Top:      key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g/home", "top")),
		Bottom:   key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G/end", "bottom")),
	}
}

// Bindings are the movement keys in the order the full help lists them.
func (k NavKeyMap) Bindings() []key.Binding {
	return []key.Binding{k.Down, k.Up, k.PageDown, k.PageUp, k.HalfDown, k.HalfUp, k.Top, k.Bottom}
}

// Delta is how far a movement key moves a cursor or a page shown h rows
// high; ok is false when msg is not a movement key.
func (k NavKeyMap) Delta(msg tea.KeyPressMsg, h int) (delta int, ok bool) {
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
		return -Far, true
	case key.Matches(msg, k.Bottom):
		return Far, true
	}
	return 0, false
}

// MoveDelta is how far msg moves: a movement key (see Delta) or a turn of
// the mouse wheel; ok is false for anything else.
func (k NavKeyMap) MoveDelta(msg tea.Msg, h int) (delta int, ok bool) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return k.Delta(msg, h)
	case tea.MouseWheelMsg:
		return WheelDelta(msg.Mouse())
	}
	return 0, false
}

// WheelDelta is how far a mouse wheel event moves; ok is false for other
// buttons.
func WheelDelta(m tea.Mouse) (delta int, ok bool) {
	switch m.Button {
	case tea.MouseWheelDown:
		return WheelStep, true
	case tea.MouseWheelUp:
		return -WheelStep, true
	}
	return 0, false
}
