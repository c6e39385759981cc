package main

import (
	"context"
	"strings"

	tea "charm.land/bubbletea/v2"
	"talks/model"
	"talks/ui"
)

// runApp opens the reading app on the inputs (the demo corpus when none).
// Loading runs inside the app, so its first screen shows at once.
func runApp(ctx context.Context, e *env, inputs []string) error {
	source := strings.Join(inputs, " ")
	if len(inputs) == 0 {
		source = "demo corpus"
	}
	opts := ui.Options{
		Load:   func(ctx context.Context) *model.Corpus { return loadQuiet(ctx, e, inputs) },
		Source: source,
		Demo:   len(inputs) == 0,
	}
	_, err := tea.NewProgram(ui.New(opts), tea.WithContext(ctx)).Run()
	return err
}
