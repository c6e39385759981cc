package bookmarks

import (
	"charm.land/bubbles/v2/key"
	"talks/ui/kit"
)

// KeyMap is the bookmarks' keys: moving in the list, going to a bookmark
// and deleting one, and the note prompt's save and cancel.
type KeyMap struct {
	kit.NavKeyMap
	// Select goes to the bookmark under the cursor.
	Select key.Binding
	// Delete deletes the bookmark under the cursor.
	Delete key.Binding
	// NoteSave saves the new bookmark with the note typed.
	NoteSave key.Binding
	// NoteCancel makes no bookmark.
	NoteCancel key.Binding
}

// DefaultKeyMap is enter to go, d to delete; enter saves a note, esc
// cancels it.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		NavKeyMap:  kit.DefaultNavKeyMap(),
		Select:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "go/open")),
		Delete:     key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "delete bookmark")),
		NoteSave:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "save bookmark")),
		NoteCancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel bookmark")),
	}
}

// ShortHelp is the list's keys for the hint bar.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Select, k.Delete, k.Down, k.Up}
}

// PromptHelp is the note prompt's keys for the hint bar.
func (k KeyMap) PromptHelp() []key.Binding { return []key.Binding{k.NoteSave, k.NoteCancel} }

// FullHelp is every key of the bookmarks, the list's then the prompt's.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Select, k.Delete}, k.PromptHelp()}
}
