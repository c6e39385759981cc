package main

import (
	"bufio"
	"fmt"
	"io"
	"os"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"
	"talks/render"
)

// minWidth is the narrowest page: one Chinese character.
const minWidth = 2

func newShowCmd(e *env) *cobra.Command {
	var width int
	var color string
	cmd := &cobra.Command{
		Use:   "show [--width N] [--color auto|always|never] TALK [PATH ...]",
		Short: "Print a talk exactly as the reading pane shows it",
		Long: `Print a talk exactly as the reading pane shows it at that width.
TALK is an ID from 'talks list' or a query (its best finder match).
Output is styled when writing to a terminal and plain text when piped;
--color always|never forces either.`,
		Args: argsAtLeast(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			style, err := showStyle(color, e.stdout)
			if err != nil {
				return err
			}
			if width < minWidth {
				return usageError{fmt.Errorf("--width must be at least %d (a Chinese character is two cells), not %d", minWidth, width)}
			}
			if err := needQuery("TALK", args[0]); err != nil {
				return err
			}
			c, err := load(cmd.Context(), e, args[1:])
			if err != nil {
				return err
			}
			t, err := resolve(e, c, args[0])
			if err != nil {
				return err
			}
			r := render.New(render.Options{Style: style, Hyperlinks: style != render.Plain})
			out := bufio.NewWriter(e.stdout)
			if err := r.Page(t, width).Render(cmd.Context(), out); err != nil {
				return err
			}
			return out.Flush()
		},
	}
	cmd.Flags().IntVarP(&width, "width", "w", 80, "width in terminal cells")
	cmd.Flags().StringVar(&color, "color", "auto", "auto, always or never")
	return cmd
}

// showStyle picks the rendering style: ANSI on a terminal (light or dark as
// the terminal is) unless NO_COLOR is set, plain text otherwise.
func showStyle(color string, out io.Writer) (render.Style, error) {
	f, isFile := out.(*os.File)
	tty := isFile && term.IsTerminal(f.Fd())
	switch color {
	case "never":
		return render.Plain, nil
	case "always":
	case "auto":
		if !tty || os.Getenv("NO_COLOR") != "" {
			return render.Plain, nil
		}
	default:
		return "", usageError{fmt.Errorf("--color must be auto, always or never, not %q", color)}
	}
	if tty && !lipgloss.HasDarkBackground(os.Stdin, f) {
		return render.Light, nil
	}
	return render.Dark, nil
}
