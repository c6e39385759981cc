package main

import (
	"fmt"

	"github.com/spf13/cobra"
	"talks/index"
)

func newSearchCmd(e *env) *cobra.Command {
	var asJSON bool
	var limit int
	cmd := &cobra.Command{
		Use:   "search [--json] QUERY [PATH ...]",
		Short: "Print every full-text hit of QUERY: talk, paragraph, snippet",
		Long: `Print every occurrence of QUERY in the transcripts' text, in talk order:
the talk id, the paragraph number (as the reading pane's gutter numbers it;
0 for headings and code) and a snippet around the hit. Latin letters match
case-insensitively.`,
		Args: argsAtLeast(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := needQuery("QUERY", args[0]); err != nil {
				return err
			}
			if err := checkLimit(limit); err != nil {
				return err
			}
			c, err := load(cmd.Context(), e, args[1:])
			if err != nil {
				return err
			}
			// Hits are printed as they are found: a query with millions
			// of them needs no more memory than one with a few.
			rw := newRecordWriter(e.stdout, asJSON, searchJSON, func(h index.Hit) string {
				return fmt.Sprintf("%s\t%d\t%s", h.ID, h.Para, tsvField(h.Snippet))
			})
			n := 0
			err = index.Build(c.Talks).Each(cmd.Context(), args[0], func(h index.Hit) bool {
				n++
				return rw.write(h) && (limit <= 0 || n < limit)
			})
			if ferr := rw.flush(); ferr != nil {
				return ferr
			}
			if err != nil {
				return err // interrupted: the exit status says so
			}
			if n == 0 {
				fmt.Fprintf(e.stderr, "talks: %q not found\n", args[0])
				return errFailed
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "one JSON object per line: id, block, para, offset, length, snippet, start, end (and time, in a timed talk)")
	cmd.Flags().IntVarP(&limit, "limit", "n", 0, "print at most N hits (0: all)")
	return cmd
}
