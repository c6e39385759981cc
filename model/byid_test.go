package model

import (
	"fmt"
	"sync"
	"testing"
)

func talksNamed(ids ...string) []*Talk {
	out := make([]*Talk, len(ids))
	for i, id := range ids {
		out[i] = &Talk{ID: id, Title: fmt.Sprint(i)}
	}
	return out
}

// want checks that c.ByID gives the first talk of c.Talks with each ID,
// and nil for an ID it does not have.
func want(t *testing.T, c *Corpus, ids ...string) {
	t.Helper()
	for _, id := range ids {
		var first *Talk
		for _, tk := range c.Talks {
			if tk.ID == id {
				first = tk
				break
			}
		}
		if got := c.ByID(id); got != first {
			t.Errorf("ByID(%q) = %v, want %v", id, got, first)
		}
	}
}

func TestByIDAfterAppends(t *testing.T) {
	c := &Corpus{}
	want(t, c, "a", "")
	c.Talks = append(c.Talks, talksNamed("a", "b")...)
	want(t, c, "a", "b", "c")
	// Appended by code that knows nothing of the map, within capacity and
	// beyond it, as the loader does.
	c.Talks = append(make([]*Talk, 0, 8), c.Talks...)
	want(t, c, "a", "b")
	c.Talks = append(c.Talks, talksNamed("c", "d")...) // same array
	want(t, c, "c", "d", "a", "e")
	for i := range 100 {
		c.Talks = append(c.Talks, talksNamed(fmt.Sprintf("x%d", i))...)
		if i%7 == 0 {
			want(t, c, fmt.Sprintf("x%d", i), fmt.Sprintf("x%d", i+1), "a")
		}
	}
	want(t, c, "x99", "x0", "d")
	if n := len(c.ids.pos); n != len(c.Talks) {
		t.Errorf("the map holds %d IDs, the corpus %d talks", n, len(c.Talks))
	}
}

func TestByIDDuplicatesKeepFirst(t *testing.T) {
	c := &Corpus{Talks: talksNamed("a", "b", "a")}
	if got := c.ByID("a"); got != c.Talks[0] {
		t.Errorf("ByID(a) = talk %s, want the first", got.Title)
	}
	c.Talks = append(c.Talks, talksNamed("b")...)
	if got := c.ByID("b"); got != c.Talks[1] {
		t.Errorf("ByID(b) = talk %s, want the first", got.Title)
	}
}

func TestByIDListReplacedOrCut(t *testing.T) {
	c := &Corpus{Talks: talksNamed("a", "b", "c")}
	want(t, c, "a", "c")
	c.Talks = append(make([]*Talk, 0, 8), talksNamed("d", "e")...) // another list
	want(t, c, "a", "c", "d", "e")
	c.Talks = c.Talks[:1] // cut
	want(t, c, "d", "e")
	c.Talks = append(c.Talks, talksNamed("e")...)
	want(t, c, "e")
	// Cut and grown again in the same array, with no lookup between.
	c.Talks = append(c.Talks[:1], talksNamed("f", "g")...)
	want(t, c, "f", "d", "e", "g")
	c.Talks[0] = &Talk{ID: "h"} // changed in place: found by its new ID once missed
	want(t, c, "d", "h", "f")
	// Another array holding some of the same talks, the last one too.
	c.Talks = []*Talk{{ID: "z"}, c.Talks[1], c.Talks[2]}
	want(t, c, "z", "f", "g", "h")
}

func TestByIDConcurrent(t *testing.T) {
	c := &Corpus{}
	var ids []string
	for i := range 2000 {
		ids = append(ids, fmt.Sprintf("t%d", i))
	}
	c.Talks = talksNamed(ids...)
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := g; i < len(ids); i += 3 {
				if got := c.ByID(ids[i]); got != c.Talks[i] {
					t.Errorf("ByID(%s) = %v", ids[i], got)
					return
				}
			}
		})
	}
	wg.Wait()
}

// BenchmarkByID is a bookmark lookup among 100,000 talks: once the map is
// built, and the build itself (the first lookup, or one after a load
// appended everything).
func BenchmarkByID(b *testing.B) {
	var ids []string
	for i := range 100_000 {
		ids = append(ids, fmt.Sprintf("BVgen%07d-p%d", i, i%8+1))
	}
	talks := talksNamed(ids...)
	b.Run("talks=100000/lookup", func(b *testing.B) {
		c := &Corpus{Talks: talks}
		c.ByID("")
		i := 0
		for b.Loop() {
			c.ByID(ids[(i*7919)%len(ids)])
			i++
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N), "ns/lookup")
	})
	b.Run("talks=100000/first", func(b *testing.B) {
		for b.Loop() {
			c := &Corpus{Talks: talks}
			c.ByID(ids[len(ids)/2])
		}
		b.ReportMetric(b.Elapsed().Seconds()*1000/float64(b.N), "ms/first")
	})
}
