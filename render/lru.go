package render

import (
	"container/list"
	"sync"

	"talks/model"
)

// The renderer's one cache: every Renderer keeps what it has made (the
// blocks it analysed, the lines it wrapped and placed at each width, the
// pages it laid out) in one least-recently-used list with one budget in
// bytes, shared by all Renderers of the process, so that nothing else needs
// to cache pages (the ui asks Renderer.Page again: it gets the same Page
// while it is kept).

// cacheBytes is the shared cache's budget: an estimate of the bytes its
// entries hold.
const cacheBytes = 128 << 20

// shared is the cache of the Renderers New makes.
var shared = newLRU(cacheBytes)

// entryKind says what an entry of the cache holds.
type entryKind uint8

const (
	kindAnalysis entryKind = iota // a block's styled lines (*analysis), any width
	kindLines                     // a block's lines at a width (*wrappedBlock)
	kindPage                      // a talk laid out at a width (*Page)
)

// cacheKey names an entry: what kind of thing, made by which renderer, of
// which talk, block (-1: the header) and width (0 for an analysis).
type cacheKey struct {
	r     *Renderer
	t     *model.Talk
	kind  entryKind
	block int
	width int
}

// lru is a cache of values with a cost, dropping the least recently used
// when their costs pass its budget. It never drops the entry it has just
// stored, however big: a huge block stays while it is being read. It is
// safe for use by several goroutines.
type lru struct {
	mu     sync.Mutex
	budget int
	used   int
	order  *list.List // of *lruEntry, most recently used first
	items  map[cacheKey]*list.Element
}

type lruEntry struct {
	key  cacheKey
	val  any
	cost int
}

func newLRU(budget int) *lru {
	return &lru{budget: budget, order: list.New(), items: map[cacheKey]*list.Element{}}
}

// get is the value for k, if kept, marked as just used.
func (c *lru) get(k cacheKey) (any, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.items[k]
	if !ok {
		return nil, false
	}
	c.order.MoveToFront(e)
	return e.Value.(*lruEntry).val, true
}

// add keeps v for k at cost bytes, unless a value for k is kept already,
// and returns the value kept: a value made twice at once is kept once.
func (c *lru) add(k cacheKey, v any, cost int) any {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.items[k]; ok {
		c.order.MoveToFront(e)
		return e.Value.(*lruEntry).val
	}
	c.items[k] = c.order.PushFront(&lruEntry{key: k, val: v, cost: cost})
	c.used += cost
	for c.used > c.budget && c.order.Len() > 1 {
		last := c.order.Back()
		le := last.Value.(*lruEntry)
		c.order.Remove(last)
		delete(c.items, le.key)
		c.used -= le.cost
	}
	return v
}

// grow adds cost to k's entry, if kept (its value has grown).
func (c *lru) grow(k cacheKey, cost int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.items[k]; ok {
		e.Value.(*lruEntry).cost += cost
		c.used += cost
	}
}

// size is the number of entries kept and their cost.
func (c *lru) size() (n, cost int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.order.Len(), c.used
}
