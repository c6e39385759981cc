package ui

import (
	"charm.land/bubbles/v2/key"
	"talks/ui/kit"
)

// KeyMap is the root's keys: those that open and leave screens. Each
// component has its own (list, reader, finder …); the hint bar and the
// full help are made from all of them (see keyring), so help never drifts
// from what the keys do.
type KeyMap struct {
	// NavKeyMap moves in the help and the warnings.
	kit.NavKeyMap

	// Warnings shows the problems met loading (on the list).
	Warnings key.Binding

	// Outline leaves the reader for the talk's sections.
	Outline key.Binding
	// Images leaves the reader for the talk's images.
	Images key.Binding
	// Video opens the talk's video at its part.
	Video key.Binding
	// PrevTalk opens the talk before in the forum.
	PrevTalk key.Binding
	// NextTalk opens the talk after in the forum.
	NextTalk key.Binding

	// Finder opens the fuzzy finder from anywhere.
	Finder key.Binding
	// FindInList opens the fuzzy finder from the list.
	FindInList key.Binding
	// Search opens full-text search.
	Search key.Binding

	// Bookmark bookmarks the paragraph read, with a note.
	Bookmark key.Binding
	// Bookmarks lists every bookmark.
	Bookmarks key.Binding

	// Help shows every key.
	Help key.Binding
	// Back leaves a screen.
	Back key.Binding
	// Quit quits from the list.
	Quit key.Binding
	// ForceQuit quits from anywhere.
	ForceQuit key.Binding
}

// DefaultKeyMap returns the root's keys: q/esc back, ctrl+c quit, ? help.
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
