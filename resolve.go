package main

import (
	"fmt"

	"talks/index"
	"talks/model"
)

// resolve finds the talk a TALK argument names: an ID from `talks list`, or
// else the finder's best match for it as a query.
func resolve(e *env, c *model.Corpus, arg string) (*model.Talk, error) {
	if t := c.ByID(arg); t != nil {
		return t, nil
	}
	if m := index.Build(c.Talks).Find(arg, 1); len(m) > 0 {
		return m[0].Talk, nil
	}
	fmt.Fprintf(e.stderr, "talks: no talk matches %q (see 'talks list')\n", arg)
	return nil, failed
}
