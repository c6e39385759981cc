// Command talks is a terminal reader for talk transcripts: it loads
// Markdown transcripts into talk models and opens a reading app, or prints
// talks, finder rankings, search hits and quotes for scripts.
package main

import (
	"context"
	"io"
	"os"
	"os/signal"
	"syscall"

	tea "charm.land/bubbletea/v2"
	"talks/ui"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	status := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(status)
}

// env is what a command reads from and writes to, so tests can run the
// command line without a process of its own.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// newApp makes the app's root model (ui.New when nil); tests swap it.
	newApp func(ui.Options) tea.Model
	// teaOptions are extra Bubble Tea options (tests give input and output).
	teaOptions []tea.ProgramOption
	// haveTerminal says whether the app can run (terminalForApp when nil;
	// tests that give the app its input through teaOptions need none).
	haveTerminal func() error
}
