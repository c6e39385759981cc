package reader

import (
	"charm.land/bubbles/v2/key"
	"talks/ui/kit"
)

// KeyMap is the reader's keys: moving, searching in the talk, selecting
// sentences to quote, the paragraph gutter and the mouse.
type KeyMap struct {
	kit.NavKeyMap

	// FindInTalk opens the query line of the search in the talk.
	FindInTalk key.Binding
	// Select searches what the query line holds.
	Select key.Binding
	// Close leaves the query line, or clears the search shown.
	Close key.Binding
	// NextMatch steps to the next match, wrapping round.
	NextMatch key.Binding
	// PrevMatch steps to the previous match, wrapping round.
	PrevMatch key.Binding

	// Quote starts (or ends) a selection of sentences.
	Quote key.Binding
	// SelDown moves the selection's moving end a sentence down.
	SelDown key.Binding
	// SelUp moves it a sentence up.
	SelUp key.Binding
	// SelParaDown moves it to the end of the paragraph, or the next.
	SelParaDown key.Binding
	// SelParaUp moves it to the end of the paragraph before.
	SelParaUp key.Binding
	// Yank copies the selection as a quote with its citation.
	Yank key.Binding
	// YankPlain copies the selection's text alone.
	YankPlain key.Binding
	// SelCancel drops the selection.
	SelCancel key.Binding
	// Gutter cycles the gutter: paragraph numbers, times (in a timed
	// talk), off.
	Gutter key.Binding
	// Mouse turns mouse capture off (so the terminal selects text) and on.
	Mouse key.Binding
}

// DefaultKeyMap is / and n/N to search, v, j/k, J/K and y/Y to quote, #
// for the gutter and M for the mouse, with less/vim moves.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		NavKeyMap:  kit.DefaultNavKeyMap(),
		FindInTalk: key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search in talk")),
		Select:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "go/open")),
		Close:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "close/clear")),
		NextMatch:  key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next match")),
		PrevMatch:  key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "previous match")),

		Quote:       key.NewBinding(key.WithKeys("v"), key.WithHelp("v", "select sentences to quote")),
		SelDown:     key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("↓/j", "next sentence")),
		SelUp:       key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("↑/k", "previous sentence")),
		SelParaDown: key.NewBinding(key.WithKeys("J", "}"), key.WithHelp("J/}", "next paragraph")),
		SelParaUp:   key.NewBinding(key.WithKeys("K", "{"), key.WithHelp("K/{", "previous paragraph")),
		Yank:        key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "copy quote+citation")),
		YankPlain:   key.NewBinding(key.WithKeys("Y"), key.WithHelp("Y", "copy text")),
		SelCancel:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel selection")),
		Gutter:      key.NewBinding(key.WithKeys("#"), key.WithHelp("#", "paragraph numbers/times")),
		Mouse:       key.NewBinding(key.WithKeys("M"), key.WithHelp("M", "mouse on/off (terminal selection)")),
	}
}

// ShortHelp is the reader's own keys for the hint bar.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.PageDown, k.FindInTalk, k.NextMatch, k.Quote}
}

// SelectionHelp is the keys while sentences are selected.
func (k KeyMap) SelectionHelp() []key.Binding {
	return []key.Binding{k.Yank, k.YankPlain, k.SelDown, k.SelUp, k.SelParaDown, k.SelParaUp, k.SelCancel}
}

// FindHelp is the keys of the search in the talk.
func (k KeyMap) FindHelp() []key.Binding {
	return []key.Binding{k.FindInTalk, k.NextMatch, k.PrevMatch}
}

// QuoteHelp is the keys of quoting, the gutter and the mouse.
func (k KeyMap) QuoteHelp() []key.Binding {
	return []key.Binding{k.Quote, k.SelDown, k.SelUp, k.SelParaDown, k.SelParaUp, k.Yank, k.YankPlain, k.SelCancel, k.Gutter, k.Mouse}
}

// FullHelp is every key of the reader: moving, searching, quoting.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{k.NavKeyMap.Bindings(), append(k.FindHelp(), k.Select, k.Close), k.QuoteHelp()}
}
