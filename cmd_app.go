package main

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/adrg/xdg"
	"talks/demo"
	"talks/loader"
	"talks/model"
	"talks/state"
	"talks/ui"
)

// reportHint tells the user what to do after a crash.
const reportHint = "talks: this is a bug in talks, not in your files: please report it in the project's issue tracker with the message above and the command you ran"

// runApp opens the reading app on the inputs (the demo corpus when none).
// Loading runs inside the app, so its first screen shows at once. A panic
// anywhere in the app restores the terminal (Bubble Tea does), prints the
// error and says where to report it.
func runApp(ctx context.Context, e *env, inputs []string) error {
	source := strings.Join(inputs, " ")
	if len(inputs) == 0 {
		source = "demo corpus"
	}
	opts := ui.Options{
		Load: func(ctx context.Context) *model.Corpus { return loadApp(ctx, e, inputs) },
		// Files and URLs stream in: the list shows with the first talks,
		// with a progress line until loading ends. The demo comes at once.
		LoadStream: func(ctx context.Context, onTalks func([]*model.Talk), progress func(files, talks int)) *model.Corpus {
			if len(inputs) == 0 {
				return loadApp(ctx, e, inputs)
			}
			return loader.Load(ctx, inputs, loader.Options{Stdin: e.stdin, OnTalks: onTalks, Progress: progress})
		},
		Source:  source,
		Demo:    len(inputs) == 0,
		Context: ctx, // so an interrupt or kill stops the load too
	}
	// The state (its folder, its lock) is touched only once the app is
	// known to have a terminal to run in.
	haveTerminal := e.haveTerminal
	if haveTerminal == nil {
		haveTerminal = terminalForApp
	}
	if err := haveTerminal(); err != nil {
		return noTerminal(err)
	}
	st, warn, err := state.Open(state.DefaultDir())
	if err != nil {
		warn = "reading places and bookmarks are not kept: " + err.Error()
	}
	opts.State, opts.StateWarning = st, warn
	newApp := e.newApp
	if newApp == nil {
		newApp = func(o ui.Options) tea.Model { return ui.New(o) }
	}
	popts := append([]tea.ProgramOption{tea.WithContext(ctx)}, e.teaOptions...)
	_, err = tea.NewProgram(newApp(opts), popts...).Run()
	switch {
	case errors.Is(err, tea.ErrProgramPanic):
		fmt.Fprintln(e.stderr, reportHint)
		return errFailed
	case isNoTerminal(err):
		return noTerminal(err)
	}
	return err
}

// loadApp is loadQuiet for the app: the demo corpus's images are made
// openable.
func loadApp(ctx context.Context, e *env, inputs []string) *model.Corpus {
	c := loadQuiet(ctx, e, inputs)
	if c.Demo {
		demo.ExtractImages(c, filepath.Join(cacheHome(), "demo"))
	}
	return c
}

// cacheHome is talks' folder in the user's cache ($XDG_CACHE_HOME/talks,
// by default ~/.cache/talks), read from the environment as it is now.
func cacheHome() string {
	xdg.Reload()
	return filepath.Join(xdg.CacheHome, "talks")
}
