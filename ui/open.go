package ui

import (
	"errors"
	"os/exec"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/atotto/clipboard"
	"github.com/pkg/browser"
)

// openedMsg reports that a link was handed to the system opener.
type openedMsg struct {
	what string // what was opened, such as "图 3" or "video"
	err  error
}

// copiedMsg reports that a link was copied.
type copiedMsg struct{ what string }

// openTarget opens an http(s) URL in the browser and anything else as a
// local file in the system viewer, through pkg/browser (no shell involved).
func openTarget(target string) error {
	if strings.HasPrefix(target, "http://") || strings.HasPrefix(target, "https://") {
		return browser.OpenURL(target)
	}
	return browser.OpenFile(target)
}

// errNoOpener says the system has no program to open links with.
var errNoOpener = errors.New("no browser or viewer found (xdg-open)")

// openCmd opens target in the background and reports how it went.
func openCmd(open func(string) error, what, target string) tea.Cmd {
	return func() tea.Msg {
		err := open(target)
		if errors.Is(err, exec.ErrNotFound) {
			err = errNoOpener
		}
		return openedMsg{what: what, err: err}
	}
}

// copyCmd puts s on the clipboard twice over: through the terminal (OSC 52)
// and through the system clipboard, ignoring failures of the latter.
func copyCmd(copyText func(string) error, what, s string) tea.Cmd {
	return tea.Batch(tea.SetClipboard(s), func() tea.Msg {
		_ = copyText(s)
		return copiedMsg{what: what}
	})
}

// systemClipboard writes s to the system clipboard.
func systemClipboard(s string) error { return clipboard.WriteAll(s) }
