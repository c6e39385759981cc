package search

import "charm.land/bubbles/v2/key"

// KeyMap is the search screen's keys; every other key goes to the query line.
type KeyMap struct {
	// Select opens the hit under the cursor.
	Select key.Binding
	// Close leaves the search screen.
	Close key.Binding
	// ResultDown and ResultUp move the cursor, wrapping round.
	ResultDown, ResultUp key.Binding
}

// DefaultKeyMap is enter, esc, and down/ctrl+n and up/ctrl+p.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Select:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "go/open")),
		Close:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "close/clear")),
		ResultDown: key.NewBinding(key.WithKeys("down", "ctrl+n"), key.WithHelp("↓/ctrl+n", "next result")),
		ResultUp:   key.NewBinding(key.WithKeys("up", "ctrl+p"), key.WithHelp("↑/ctrl+p", "previous result")),
	}
}

// ShortHelp is the search screen's keys for the hint bar, most needed
// first.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Select, k.Close, k.ResultDown, k.ResultUp}
}

// FullHelp is every key of the search screen.
func (k KeyMap) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }
