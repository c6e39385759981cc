package index

import (
	"context"
	"errors"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// doneAfter is a context that is done from its n-th Err call on, and
// counts the calls made after that: how long the finder went on.
type doneAfter struct {
	n, calls, late atomic.Int64
	once           sync.Once
	done           chan struct{}
}

func newDoneAfter(n int64) *doneAfter {
	c := &doneAfter{done: make(chan struct{})}
	c.n.Store(n)
	return c
}

func (c *doneAfter) Deadline() (time.Time, bool) { return time.Time{}, false }
func (c *doneAfter) Value(any) any               { return nil }

func (c *doneAfter) Done() <-chan struct{} {
	if c.calls.Load() >= c.n.Load() {
		c.once.Do(func() { close(c.done) })
	}
	return c.done
}

func (c *doneAfter) Err() error {
	if c.calls.Add(1) < c.n.Load() {
		return nil
	}
	c.once.Do(func() { close(c.done) })
	if c.calls.Load() > c.n.Load() {
		c.late.Add(1)
	}
	return context.Canceled
}

// cachedTerms are the queries a matcher remembers.
func cachedTerms(m *matcher) [][]string {
	m.cache.mu.Lock()
	defer m.cache.mu.Unlock()
	var out [][]string
	for _, it := range m.cache.items {
		out = append(out, it.terms)
	}
	return out
}

// TestFindContextStops: a query given up midway returns the context's
// error, at the next look at the context (one per goroutine and term at
// most, where finishing would look hundreds of times more), and leaves
// nothing in the cache; asking it again, and typing on, give what a fresh
// index gives.
func TestFindContextStops(t *testing.T) {
	talks := genTalks(20_000)
	ix := Build(talks)
	full, fullTotal, err := ix.FindContext(context.Background(), "hw", 0)
	if err != nil || fullTotal != len(full) || fullTotal < 1000 {
		t.Fatalf("FindContext(hw) = %d matches, total %d, %v: want many and no error", len(full), fullTotal, err)
	}
	ix.finder.cache.reset()
	for _, after := range []int64{1, 3, 20} {
		ctx := newDoneAfter(after)
		ms, total, err := ix.FindContext(ctx, "hw", 0)
		if !errors.Is(err, context.Canceled) || ms != nil || total != 0 {
			t.Fatalf("done after %d looks: %d matches, total %d, err %v; want nil, 0, context.Canceled", after, len(ms), total, err)
		}
		if late := ctx.late.Load(); late > 8 {
			t.Errorf("done after %d looks: the finder looked %d more times before stopping", after, late)
		}
		if c := cachedTerms(&ix.finder); len(c) != 0 {
			t.Fatalf("done after %d looks: the cache holds %v", after, c)
		}
	}
	fresh := Build(talks)
	for _, q := range []string{"hw", "hwh", "hw y"} {
		got, gotTotal, err := ix.FindContext(context.Background(), q, 50)
		want, wantTotal, _ := fresh.FindContext(context.Background(), q, 50)
		if err != nil || gotTotal != wantTotal || !slices.Equal(ids(got), ids(want)) {
			t.Errorf("after a given-up query, %q: %d in all, %v, err %v; fresh index: %d, %v", q, gotTotal, ids(got)[:min(5, len(got))], err, wantTotal, ids(want)[:min(5, len(want))])
		}
	}
}

// TestFindContextDone: a context already done gives its error at once and
// an index that still answers later.
func TestFindContextDone(t *testing.T) {
	ix := Build(fixtureTalks())
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if ms, n, err := ix.FindContext(ctx, "hwh", 5); ms != nil || n != 0 || !errors.Is(err, context.Canceled) {
		t.Errorf("FindContext(done, hwh) = %v, %d, %v", ids(ms), n, err)
	}
	if ps, n, err := ix.FindSpeakersContext(ctx, "hwh", 5); ps != nil || n != 0 || !errors.Is(err, context.Canceled) {
		t.Errorf("FindSpeakersContext(done, hwh) = %v, %d, %v", ps, n, err)
	}
	if c := append(cachedTerms(&ix.finder), cachedTerms(&ix.names)...); len(c) != 0 {
		t.Errorf("given-up queries left %v in the cache", c)
	}
	ms, n, err := ix.FindContext(context.Background(), "hwh", 1)
	if err != nil || len(ms) != 1 || n != len(ix.Find("hwh", 0)) || ms[0].ID != "BVfix0001-p4" && ms[0].ID != "BVfix0001-p7" {
		t.Errorf("FindContext(hwh) after = %v, %d, %v; want one of 黄闻皓's two talks", ids(ms), n, err)
	}
	ps, n, err := ix.FindSpeakersContext(context.Background(), "hwh", 1)
	if err != nil || len(ps) != 1 || n != 1 || ps[0].Person.Name != "黄闻皓" {
		t.Errorf("FindSpeakersContext(hwh) after = %v, %d, %v", ps, n, err)
	}
}

// TestFindContextSpeakersStop: the speaker finder stops too.
func TestFindContextSpeakersStop(t *testing.T) {
	ix := Build(genTalks(20_000))
	want, _, _ := ix.FindSpeakersContext(context.Background(), "h", 0)
	ix.names.cache.reset()
	ctx := newDoneAfter(2)
	if ps, n, err := ix.FindSpeakersContext(ctx, "h", 0); ps != nil || n != 0 || !errors.Is(err, context.Canceled) {
		t.Fatalf("FindSpeakersContext given up: %d people, %d, %v", len(ps), n, err)
	}
	if ctx.late.Load() > 8 {
		t.Errorf("the speaker finder looked %d more times before stopping", ctx.late.Load())
	}
	got, n, err := ix.FindSpeakersContext(context.Background(), "h", 0)
	if err != nil || n != len(want) || len(got) != len(want) {
		t.Errorf("after: %d people (%d in all), %v; want %d", len(got), n, err, len(want))
	}
}
