package ui

import (
	tea "charm.land/bubbletea/v2"
	"github.com/atotto/clipboard"
)

// copiedMsg reports a copy: what the status line says, and the system
// clipboard's failure, if it failed (the terminal's OSC 52 went out anyway).
type copiedMsg struct {
	done string // such as "copied the link of 图 3"
	err  error
}

// copyCmd puts s on the clipboard twice over: through the terminal (OSC
// 52), always, and through the system clipboard, when there is one. done
// is the status line's message once copied.
func copyCmd(copyText func(string) error, done, s string) tea.Cmd {
	return tea.Batch(tea.SetClipboard(s), func() tea.Msg {
		return copiedMsg{done: done, err: copyText(s)}
	})
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
