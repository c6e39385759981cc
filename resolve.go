package main

import (
	"fmt"
	"strings"

	"talks/index"
	"talks/model"
)

// resolve finds the talk a TALK argument names: an ID from `talks list`, or
// else the finder's best match for it as a query.
// A talk found by a query is named on stderr, so that a quote is never
// cited from a talk the user did not mean without a word.
func resolve(e *env, c *model.Corpus, arg string) (*model.Talk, error) {
	if t := c.ByID(arg); t != nil {
		return t, nil
	}
	if m := index.Build(c.Talks).Find(arg, 1); len(m) > 0 {
		fmt.Fprintf(e.stderr, "talks: %q is not an ID; the best match is %s (%s)\n", arg, m[0].ID, tsvField(m[0].Talk.Title))
		return m[0].Talk, nil
	}
	fmt.Fprintf(e.stderr, "talks: no talk matches %q (see 'talks list')\n", arg)
	return nil, errFailed
}

// needQuery is a usage error for an empty or blank QUERY or TALK.
func needQuery(what, arg string) error {
	if strings.TrimSpace(arg) == "" {
		return usageError{fmt.Errorf("%s is empty", what)}
	}
	return nil
}

// tsvField is s fit for one field of a tab-separated line: tabs and line
// breaks become spaces.
func tsvField(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}

// checkLimit is a usage error for a negative --limit.
func checkLimit(n int) error {
	if n < 0 {
		return usageError{fmt.Errorf("--limit must be 0 (all) or more, not %d", n)}
	}
	return nil
}
