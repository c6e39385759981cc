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
	Open     key.Binding
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
	Close      key.Binding
	FindInTalk key.Binding
	NextMatch  key.Binding
	PrevMatch  key.Binding

	// Pickers (outline, images).
	Select key.Binding
	Copy   key.Binding

	// Bookmarks: adding one (with a note) in the reader, and the list of
	// them (their own keys are the bookmarks package's).
	Bookmark  key.Binding
	Bookmarks key.Binding

	// Quoting: selecting sentences in the reader and copying them, the
	// paragraph gutter and the mouse.
	Quote       key.Binding
	SelDown     key.Binding
	SelUp       key.Binding
	SelParaDown key.Binding
	SelParaUp   key.Binding
	Yank        key.Binding
	YankPlain   key.Binding
	SelCancel   key.Binding
	Gutter      key.Binding
	Mouse       key.Binding

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

		Open:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "read")),
		Warnings: key.NewBinding(key.WithKeys("w"), key.WithHelp("w", "warnings")),

		Outline:  key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "outline")),
		Images:   key.NewBinding(key.WithKeys("i"), key.WithHelp("i", "images")),
		Video:    key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "play video")),
		PrevTalk: key.NewBinding(key.WithKeys("["), key.WithHelp("[", "previous talk of forum")),
		NextTalk: key.NewBinding(key.WithKeys("]"), key.WithHelp("]", "next talk of forum")),

		Finder:     key.NewBinding(key.WithKeys("ctrl+k"), key.WithHelp("ctrl+k", "find talks")),
		FindInList: key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "find talks (list)")),
		Search:     key.NewBinding(key.WithKeys("ctrl+f"), key.WithHelp("ctrl+f", "search all text")),
		Close:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "close/clear")),
		FindInTalk: key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search in talk")),
		NextMatch:  key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next match")),
		PrevMatch:  key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "previous match")),

		Select: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "go/open")),
		Copy:   key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "copy link")),

		Bookmark:  key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "bookmark this paragraph")),
		Bookmarks: key.NewBinding(key.WithKeys("'"), key.WithHelp("'", "bookmarks")),

		Quote:       key.NewBinding(key.WithKeys("v"), key.WithHelp("v", "select sentences to quote")),
		SelDown:     key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("↓/j", "next sentence")),
		SelUp:       key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("↑/k", "previous sentence")),
		SelParaDown: key.NewBinding(key.WithKeys("J", "}"), key.WithHelp("J/}", "next paragraph")),
		SelParaUp:   key.NewBinding(key.WithKeys("K", "{"), key.WithHelp("K/{", "previous paragraph")),
		Yank:        key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "copy quote+citation")),
		YankPlain:   key.NewBinding(key.WithKeys("Y"), key.WithHelp("Y", "copy text")),
		SelCancel:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel selection")),
		Gutter:      key.NewBinding(key.WithKeys("#"), key.WithHelp("#", "paragraph numbers")),
		Mouse:       key.NewBinding(key.WithKeys("M"), key.WithHelp("M", "mouse on/off (terminal selection)")),

		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Back:      key.NewBinding(key.WithKeys("q", "esc"), key.WithHelp("q/esc", "back")),
		Quit:      key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
	}
}
