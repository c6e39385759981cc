package list

import (
	"charm.land/bubbles/v2/key"
	"talks/ui/kit"
)

// KeyMap is the list's keys: moving, and enter to read.
type KeyMap struct {
	kit.NavKeyMap
	// Open reads the talk under the cursor.
	Open key.Binding
}

// DefaultKeyMap is less/vim moves and enter.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		NavKeyMap: kit.DefaultNavKeyMap(),
		Open:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "read")),
	}
}

// ShortHelp is the list's keys for the hint bar.
func (k KeyMap) ShortHelp() []key.Binding { return []key.Binding{k.Open, k.Down, k.Up} }

// FullHelp is every key of the list.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Open}, k.NavKeyMap.Bindings()}
}
