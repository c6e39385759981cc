package index

import (
	"slices"
	"strings"
	"sync"
)

// cacheSize is how many recent queries a matcher remembers.
const cacheSize = 8

// queryCache remembers the results of the last few queries: a query asked
// again (after a backspace) is answered at once, and a query that extends
// one of them (longer terms, more terms) only looks at the entries that
// matched it. It is safe for concurrent use.
type queryCache struct {
	mu    sync.Mutex
	items []cached // most recent last
}

// cached is the result of one query.
type cached struct {
	terms  []string
	ids    []int32     // the entries that matched, in entry order
	ranked []candidate // the same, best first; not to be changed
}

// lookup returns the ranked result of exactly terms, or else the fewest
// entries to start from (nil: all of them).
func (c *queryCache) lookup(terms []string) (ranked []candidate, ids []int32) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, it := range c.items {
		if slices.Equal(it.terms, terms) {
			return it.ranked, nil
		}
		if extends(terms, it.terms) && (ids == nil || len(it.ids) < len(ids)) {
			ids = it.ids
		}
	}
	return nil, ids
}

// add remembers a result, forgetting the oldest beyond cacheSize.
func (c *queryCache) add(it cached) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.items = slices.DeleteFunc(c.items, func(x cached) bool { return slices.Equal(x.terms, it.terms) })
	if len(c.items) >= cacheSize {
		c.items = slices.Delete(c.items, 0, 1)
	}
	c.items = append(c.items, it)
}

// reset forgets everything.
func (c *queryCache) reset() {
	c.mu.Lock()
	c.items = nil
	c.mu.Unlock()
}

// extends reports whether every entry matching terms also matches old: each
// old term is a prefix of the term in the same place (a fuzzy match of a
// term is one of each of its prefixes, and more terms only narrow).
func extends(terms, old []string) bool {
	if len(terms) < len(old) {
		return false
	}
	for i, t := range old {
		if !strings.HasPrefix(terms[i], t) {
			return false
		}
	}
	return true
}
