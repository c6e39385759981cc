package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"
)

// Exit statuses.
const (
	exitOK     = 0 // done
	exitFailed = 1 // errFailed: one line on stderr per problem
	exitUsage  = 2 // bad usage
	// exitInterrupted is the shell's status for a command stopped by
	// SIGINT (128+2); SIGTERM ends the same way.
	exitInterrupted = 130
)

// usageError marks an error as bad usage (exit status 2).
type usageError struct{ err error }

// Error is the wrapped error's message.
func (e usageError) Error() string { return e.err.Error() }

// Unwrap is the wrapped error.
func (e usageError) Unwrap() error { return e.err }

// errFailed is returned by a command that has already said what went wrong.
var errFailed = errors.New("failed")

// run parses args, runs the command and returns the exit status.
// Standard error is escaped: a name or argument quoted in any message
// cannot drive the terminal.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runEnv(ctx, &env{stdin: stdin, stdout: stdout, stderr: safeWriter{stderr}}, args)
}

// runEnv is run with a prepared env. A panic outside the app (which
// recovers its own) is reported with a hint instead of a bare stack trace.
func runEnv(ctx context.Context, e *env, args []string) (status int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(e.stderr, "talks: internal error: %v\n%s\n", r, reportHint)
			status = exitFailed
		}
	}()
	stdin, stdout, stderr := e.stdin, e.stdout, e.stderr
	root := newRootCmd(e)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	err := root.ExecuteContext(ctx)
	switch {
	case ctx.Err() != nil:
		return exitInterrupted
	case err == nil:
		return exitOK
	case errors.Is(err, errFailed):
		return exitFailed
	case errors.As(err, new(usageError)):
		fmt.Fprintf(stderr, "talks: %s\nRun 'talks --help' for usage.\n", escapeText(err.Error(), false))
		return exitUsage
	default:
		fmt.Fprintf(stderr, "talks: %s\n", escapeText(err.Error(), false))
		return exitFailed
	}
}

func newRootCmd(e *env) *cobra.Command {
	root := &cobra.Command{
		Use:   "talks [PATH|URL ...]",
		Short: "Read talk transcripts in the terminal",
		Long: `talks reads talk transcripts (Markdown, as in the OpenDocCN dsai-notes
collection): a talk list grouped by event and forum, a fuzzy finder, full-text
search and a reading pane. With no PATH it opens its embedded demo corpus.

PATH is a file or a folder (read recursively), an http(s) URL, or - for
standard input.`,
		Args:          cobra.ArbitraryArgs,
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkAppArgs(cmd, e, args); err != nil {
				return err
			}
			return runApp(cmd.Context(), e, args)
		},
	}
	root.SuggestionsMinimumDistance = 2
	root.AddCommand(newListCmd(e), newShowCmd(e), newFindCmd(e), newSearchCmd(e), newQuoteCmd(e))
	for _, c := range root.Commands() {
		c.SilenceUsage = true
		c.SilenceErrors = true
	}
	return root
}

// argsAtLeast is cobra.MinimumNArgs reporting bad usage.
func argsAtLeast(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := cobra.MinimumNArgs(n)(cmd, args); err != nil {
			return usageError{err}
		}
		return nil
	}
}

// checkAppArgs catches, before the app takes the screen, what would only
// puzzle there: a mistyped command ("talks lsit") and "-" when standard
// input is the terminal the app reads its keys from.
func checkAppArgs(cmd *cobra.Command, e *env, args []string) error {
	if len(args) > 0 && !isURL(args[0]) && args[0] != "-" {
		if _, err := os.Stat(args[0]); err != nil {
			if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
				return usageError{fmt.Errorf("%s: no such file or folder; did you mean 'talks %s'?", shown(args[0]), s[0])}
			}
		}
	}
	if slices.Contains(args, "-") {
		if f, ok := e.stdin.(*os.File); ok && term.IsTerminal(f.Fd()) {
			return usageError{errors.New("- reads standard input, which is this terminal: pipe a transcript in (cat talk.md | talks -)")}
		}
	}
	return nil
}

// isURL is true for an http(s) URL argument.
func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}
