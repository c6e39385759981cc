package ui

import tea "charm.land/bubbletea/v2"

// clipboardCmd puts s on the clipboard through the terminal (OSC 52) and,
// when the system has one, through the system clipboard too; a failure of
// the latter is quiet, since OSC 52 still went out.
func clipboardCmd(copyText func(string) error, s string) tea.Cmd {
	return tea.Batch(tea.SetClipboard(s), func() tea.Msg {
		_ = copyText(s)
		return nil
	})
}
