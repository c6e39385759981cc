package main

import (
	"context"
	"fmt"
	"strings"

	"talks/demo"
	"talks/loader"
	"talks/model"
)

// load reads the inputs, or the demo corpus when there are none. It prints
// one line per problem on stderr and fails only when nothing could be loaded.
func load(ctx context.Context, e *env, inputs []string) (*model.Corpus, error) {
	c := loadQuiet(ctx, e, inputs)
	if ctx.Err() != nil {
		return nil, ctx.Err() // interrupted: print nothing half-loaded
	}
	if c.Demo {
		fmt.Fprintln(e.stderr, "talks: no PATH given: using the embedded demo corpus")
	}
	for _, w := range c.Warnings {
		fmt.Fprintf(e.stderr, "talks: %s\n", escapeText(w.Error(), false))
	}
	if len(c.Talks) == 0 {
		if len(c.Warnings) == 0 {
			names := make([]string, len(inputs))
			for i, in := range inputs {
				names[i] = shown(in)
			}
			fmt.Fprintf(e.stderr, "talks: %s: no talks found (no %s file with text)\n", strings.Join(names, ", "), loader.Extensions())
		}
		return nil, errFailed
	}
	return c, nil
}

// loadQuiet is load without printing: the app shows problems itself.
func loadQuiet(ctx context.Context, e *env, inputs []string) *model.Corpus {
	if len(inputs) == 0 {
		return demo.Load()
	}
	return loader.Load(ctx, inputs, loader.Options{Stdin: e.stdin})
}
