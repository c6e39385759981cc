// Package intent is what the app's components ask of the app's root: open
// a talk at a block, open a search hit, copy text, open a link, show a
// message, save the reading state, close a screen. Each is a tea.Msg a
// component returns from Update in a command (see Cmd); the root acts on
// it, so that no component reaches into another.
package intent

import (
	tea "charm.land/bubbletea/v2"
	"talks/index"
	"talks/model"
)

// Resume is OpenTalk's Block for "where the reader left it": the place
// kept in this session, else the saved reading state, else the start.
const Resume = -2

// OpenTalk asks to show Talk in the reader with Block at the top (-1: the
// header, Resume: where it was left).
type OpenTalk struct {
	// Talk is the talk to show.
	Talk *model.Talk
	// Block is the block to put at the top: -1 the header, Resume where
	// the talk was left.
	Block int
}

// OpenHit asks to open a full-text search hit: its talk, with every match
// of Query highlighted and the hit as the current one, in view.
type OpenHit struct {
	// Hit is the hit to show, as the current match.
	Hit index.Hit
	// Query is the query whose matches are highlighted.
	Query string
}

// CopyKind says how text to copy is cleaned before it reaches the
// clipboard.
type CopyKind int

const (
	// Link is one line: it loses every control character and line break.
	Link CopyKind = iota
	// Quote keeps its line breaks and loses every other control character.
	Quote
)

// Copy asks to put Text on the clipboard (the terminal's and the
// system's); Done is the status line's message once copied.
type Copy struct {
	// Kind says how Text is cleaned.
	Kind CopyKind
	// Text is what to copy.
	Text string
	// Done is the status line's message once copied.
	Done string
}

// OpenURL asks to open Target (an http(s) URL or a local path) with the
// system's opener; What names it in the status line ("图 3", "the video").
type OpenURL struct {
	// What names the link in the status line.
	What string
	// Target is the URL or the local path.
	Target string
}

// Flash asks to show Text in the status line until the next key.
type Flash struct {
	// Text is the message.
	Text string
}

// Save asks to save the reading state (places and bookmarks).
type Save struct{}

// Close says the screen named From is done: the root goes back to the
// screen it came from. A Close from a screen no longer shown is dropped.
type Close struct {
	// From is the name of the screen that closes (finder.Name, …).
	From string
}

// Cmd is the command that delivers msg, one of this package's intents.
func Cmd(msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }

// FlashCmd is the command that shows text in the status line.
func FlashCmd(text string) tea.Cmd { return Cmd(Flash{Text: text}) }
