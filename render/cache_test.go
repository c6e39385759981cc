package render

import (
	"fmt"
	"strings"
	"testing"

	"talks/model"
)

// TestLRU checks the cache's order of eviction, that a value made twice is
// kept once, and that the entry just stored stays however big it is.
func TestLRU(t *testing.T) {
	c := newLRU(100)
	key := func(i int) cacheKey { return cacheKey{block: i} }
	for i := range 4 {
		c.add(key(i), i, 30)
	}
	if _, ok := c.get(key(0)); ok {
		t.Error("the least recently used entry was kept past the budget")
	}
	c.get(key(1)) // 1 is now the most recently used
	c.add(key(4), 4, 30)
	if _, ok := c.get(key(2)); ok {
		t.Error("entry 2, least recently used, was kept")
	}
	if _, ok := c.get(key(1)); !ok {
		t.Error("entry 1, just used, was dropped")
	}
	if v := c.add(key(1), "again", 30); v != 1 {
		t.Errorf("adding a kept key gave %v, want the kept value 1", v)
	}
	c.add(key(9), 9, 500)
	if n, cost := c.size(); n != 1 || cost != 500 {
		t.Errorf("after a huge entry: %d entries, cost %d; want only it", n, cost)
	}
	if _, ok := c.get(key(9)); !ok {
		t.Error("the huge entry just stored was dropped")
	}
}

// TestPageKept checks that Renderer.Page gives the same Page for a talk
// and width while it is kept, with what it laid out: the ui keeps no pages
// of its own.
func TestPageKept(t *testing.T) {
	r := New(Options{Style: Dark})
	tk := fixture()
	p := r.Page(tk, 50)
	if p.LaidOut() {
		t.Error("a new page says it is laid out")
	}
	n := p.Len()
	if q := r.Page(tk, 50); q != p || !q.LaidOut() || q.Len() != n {
		t.Errorf("asking again gave another page (%p, %p) or one not laid out", p, q)
	}
	if r.Page(tk, 51) == p || New(Options{Style: Dark}).Page(tk, 50) == p {
		t.Error("another width or renderer shares the page")
	}
}

// TestCacheBudget renders 40 talks in a cache of 256 KB: what it keeps
// stays within the budget, and what is rendered is what a renderer with
// the whole budget renders.
func TestCacheBudget(t *testing.T) {
	small := newRenderer(Options{Style: Dark, Hyperlinks: true}, newLRU(256<<10))
	big := New(Options{Style: Dark, Hyperlinks: true})
	var talks []*model.Talk
	for i := range 40 {
		tk := fixture()
		tk.ID = fmt.Sprint("t", i)
		tk.Blocks[0].Text = strings.Repeat(tk.Blocks[0].Text, 1+i%5)
		talks = append(talks, tk)
	}
	for round := range 2 {
		for _, tk := range talks {
			for _, w := range []int{40, 80} {
				got, want := small.Page(tk, w).String(), big.Page(tk, w).String()
				if got != want {
					t.Fatalf("round %d, %s at %d: a small cache renders differently", round, tk.ID, w)
				}
				small.Page(tk, w).Locate(0)
				if _, cost := small.cache.size(); cost > 256<<10+64<<10 {
					t.Fatalf("the cache holds %d KB, past its budget of 256 KB", cost>>10)
				}
			}
		}
	}
}
