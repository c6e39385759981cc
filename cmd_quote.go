package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"
	"talks/quote"
)

func newQuoteCmd(e *env) *cobra.Command {
	var plain bool
	cmd := &cobra.Command{
		Use:   "quote [--plain] TALK PARAS [PATH ...]",
		Short: "Print paragraphs of a talk as a Markdown quote with its citation",
		Long: `Print paragraphs PARAS ("12" or "12-14", numbered as in the reading
pane's gutter) of TALK as a Markdown block quote followed by its citation:
speakers, 《title》, event · forum · P<n>, and the video link at the part.
In a timed transcript the speakers are those of the paragraphs, and the
time the first is said (00:09) comes before the link, which opens at it.
--plain prints the text alone.`,
		Args: argsAtLeast(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := needQuery("TALK", args[0]); err != nil {
				return err
			}
			c, err := load(cmd.Context(), e, args[2:])
			if err != nil {
				return err
			}
			t, err := resolve(e, c, args[0])
			if err != nil {
				return err
			}
			from, to, err := quote.ParseParas(args[1], t)
			if err != nil {
				// Well-formed paragraphs this talk lacks are a failure, not
				// bad usage.
				if !errors.As(err, new(*quote.RangeError)) {
					return usageError{err}
				}
				fmt.Fprintf(e.stderr, "talks: %v\n", err)
				return errFailed
			}
			text := quote.Paras(t, from, to)
			if !plain {
				text = quote.MarkdownOf(t, text, quote.ParaBlocks(t, from, to))
			}
			_, err = fmt.Fprintln(e.stdout, text)
			return err
		},
	}
	cmd.Flags().BoolVar(&plain, "plain", false, "the text alone, without quote marks or citation")
	return cmd
}
