package ui

import (
	"talks/ui/kit"

	"charm.land/bubbles/v2/key"
)

// KeyMap holds every key binding of the app. The hint bar and the full help
// are generated from these same bindings, so help never drifts from what the
// keys do.
type KeyMap struct {
	// Moving, shared by the list, the reader and the pickers.
	kit.NavKeyMap

	// List.
	Warnings key.Binding

	// Reader.
	Outline  key.Binding
	Images   key.Binding
	Video    key.Binding
	PrevTalk key.Binding
	NextTalk key.Binding

	// Finding: the finder, the speaker view and full-text search.
	Finder     key.Binding
	FindInList key.Binding
	Search     key.Binding

	// Pickers (outline, images).

	// Bookmarks: adding one (with a note) in the reader, and the list of
	// them (their own keys are the bookmarks package's).
	Bookmark  key.Binding
	Bookmarks key.Binding

	// Quoting: selecting sentences in the reader and copying them, the
	// paragraph gutter and the mouse.

	// Everywhere.
	Help      key.Binding
	Back      key.Binding
	Quit      key.Binding
	ForceQuit key.Binding
}

// DefaultKeyMap returns the app's keys: less/vim style moves, q/esc back,
// ctrl+c quit and ? help.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		NavKeyMap: kit.DefaultNavKeyMap(),

		Warnings: key.NewBinding(key.WithKeys("w"), key.WithHelp("w", "warnings")),

		Outline:  key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "outline")),
		Images:   key.NewBinding(key.WithKeys("i"), key.WithHelp("i", "images")),
		Video:    key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "play video")),
		PrevTalk: key.NewBinding(key.WithKeys("["), key.WithHelp("[", "previous talk of forum")),
		NextTalk: key.NewBinding(key.WithKeys("]"), key.WithHelp("]", "next talk of forum")),

		Finder:     key.NewBinding(key.WithKeys("ctrl+k"), key.WithHelp("ctrl+k", "find talks")),
		FindInList: key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "find talks (list)")),
		Search:     key.NewBinding(key.WithKeys("ctrl+f"), key.WithHelp("ctrl+f", "search all text")),

		Bookmark:  key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "bookmark this paragraph")),
		Bookmarks: key.NewBinding(key.WithKeys("'"), key.WithHelp("'", "bookmarks")),

		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Back:      key.NewBinding(key.WithKeys("q", "esc"), key.WithHelp("q/esc", "back")),
		Quit:      key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
	}
}
