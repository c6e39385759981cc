package finder

import "charm.land/bubbles/v2/key"

// KeyMap is the finder's keys; every other key goes to the query line.
type KeyMap struct {
	// Select opens the talk under the cursor, or lists the talks of the
	// person under it.
	Select key.Binding
	// Close leaves a person's talks for the speakers, else the finder.
	Close key.Binding
	// Speakers switches between talks and speakers.
	Speakers key.Binding
	// ResultDown and ResultUp move the cursor, wrapping round.
	ResultDown, ResultUp key.Binding
}

// DefaultKeyMap is enter, esc, tab, and down/ctrl+n and up/ctrl+p.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Select:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "go/open")),
		Close:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "close/clear")),
		Speakers:   key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "talks/speakers")),
		ResultDown: key.NewBinding(key.WithKeys("down", "ctrl+n"), key.WithHelp("↓/ctrl+n", "next result")),
		ResultUp:   key.NewBinding(key.WithKeys("up", "ctrl+p"), key.WithHelp("↑/ctrl+p", "previous result")),
	}
}

// ShortHelp is the finder's keys for the hint bar, most needed first.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Select, k.Close, k.Speakers, k.ResultDown, k.ResultUp}
}

// FullHelp is every key of the finder.
func (k KeyMap) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }
