package main

import (
	"fmt"

	"github.com/spf13/cobra"
	"talks/index"
)

func newFindCmd(e *env) *cobra.Command {
	var asJSON bool
	var limit int
	cmd := &cobra.Command{
		Use:   "find [--json] QUERY [PATH ...]",
		Short: "Print the finder's ranking for QUERY, best first",
		Long: `Print the finder's ranking for QUERY, best first: the talk id and the
line the finder matches (title · speakers · forum · event · P<n> · volume).
Space-separated terms must all match, in any order; Chinese also matches as
pinyin and as initials (hwh, huangwenhao).`,
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
			matches := index.Build(c.Talks).Find(args[0], limit)
			err = writeRecords(e.stdout, matches, asJSON, nil, func(m index.Match) string {
				return m.ID + "\t" + tsvField(m.Text)
			})
			if err != nil {
				return err
			}
			if len(matches) == 0 {
				fmt.Fprintf(e.stderr, "talks: no talk matches %q\n", args[0])
				return errFailed
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "one JSON object per line: id, text, positions (rune indexes into text), score")
	cmd.Flags().IntVarP(&limit, "limit", "n", 0, "print at most N talks (0: all that match)")
	return cmd
}
