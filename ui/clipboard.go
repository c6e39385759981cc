package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/atotto/clipboard"
	"talks/safetext"
	"talks/ui/intent"
	"talks/ui/kit"
)

// copiedMsg reports a copy: what the status line says, and the system
// clipboard's failure, if it failed (the terminal's OSC 52 went out anyway).
type copiedMsg struct {
	done string // such as "copied the link of 图 3"
	err  error
}

// copyCmd puts the text of msg, cleaned (see cleanCopy), on the clipboard
// twice over: through the terminal (OSC 52), always, and through the
// system clipboard, when there is one. Every copy of the app goes through
// it.
func copyCmd(copyText func(string) error, msg intent.Copy) tea.Cmd {
	s := cleanCopy(msg.Kind, msg.Text)
	return tea.Batch(tea.SetClipboard(s), func() tea.Msg {
		return copiedMsg{done: msg.Done, err: copyText(s)}
	})
}

// cleanCopy is s as it may reach a clipboard, from which it will be
// pasted into a shell or an editor: escape sequences go whole, and so does
// every control character (C0, DEL, C1), bidi control and mark, and line
// or paragraph separator; a quote keeps its line breaks (\n), a link is
// one line and keeps none.
func cleanCopy(kind intent.CopyKind, s string) string {
	s = safetext.StripEscapes(strings.ToValidUTF8(s, ""))
	keepBreaks := kind == intent.Quote
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' && keepBreaks:
			return r
		case r < 0x20 || r == 0x7f || kit.Invisible(r):
			return -1
		}
		return r
	}, s)
}

// status is the status line's word on a copy: a failed system clipboard
// leaves only the terminal's, which not every terminal lets through.
func (msg copiedMsg) status() string {
	if msg.err != nil {
		return msg.done + " · terminal clipboard only"
	}
	return msg.done
}

// systemClipboard writes s to the system clipboard.
func systemClipboard(s string) error { return clipboard.WriteAll(s) }
