package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"
)

// noTerminalError says the app cannot run: there is no terminal to read
// keys from.
type noTerminalError struct{ err error }

// Error says what to use instead.
func (e noTerminalError) Error() string {
	return fmt.Sprintf("the app needs a terminal (%v); in scripts use talks list, show, find, search or quote", e.err)
}

// Unwrap is why there is no terminal.
func (e noTerminalError) Unwrap() error { return e.err }

// noTerminal is err as a noTerminalError.
func noTerminal(err error) error { return noTerminalError{err} }

// ttyDevices are the files Bubble Tea opens for a terminal when standard
// input is not one (ultraviolet's OpenTTY: /dev/tty, or the console's
// input and output on Windows).
var ttyDevices = map[string]bool{"/dev/tty": true, "CONIN$": true, "CONOUT$": true}

// isNoTerminal is true for the error Bubble Tea's Run gives when it finds
// no terminal: opening the terminal device failed (an *fs.PathError on
// it, wrapped by Bubble Tea), or it came from terminalForApp.
func isNoTerminal(err error) bool {
	var pe *fs.PathError
	return errors.As(err, new(noTerminalError)) || (errors.As(err, &pe) && ttyDevices[pe.Path])
}

// terminalForApp finds out, before anything is opened or locked, whether
// Bubble Tea will have a terminal to read keys from, as its Run does:
// standard input, or else the terminal device it opens.
func terminalForApp() error {
	if term.IsTerminal(os.Stdin.Fd()) {
		return nil
	}
	in, out, err := tea.OpenTTY()
	if err != nil {
		return err
	}
	in.Close()
	if out != in {
		out.Close()
	}
	return nil
}
