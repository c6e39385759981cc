package index

import (
	"context"
	"runtime"
	"sync"
)

// Full-text search streams its hits: the text is cut into one part per
// CPU, each part is searched by a goroutine of its own that hands its hits
// on in batches, and the caller takes the parts' batches in order. A part
// may run ahead of the caller by at most batchesAhead batches, so a search
// holds a bounded number of hits however many the text has (a 30 MB line
// of one letter has 30 million), while the usual search, with fewer hits
// than that per part, still runs on every CPU at once.
const (
	hitBatch     = 4096 // hits handed on at a time
	batchesAhead = 16   // batches a part may have waiting
)

// Each calls yield for every non-overlapping occurrence of query (Latin
// letters in any case) in the text of every talk, in talk, block and
// offset order, until yield returns false. It returns ctx's error when ctx
// is done before the search ends (yield may have had some hits), and nil
// otherwise; an empty query has no hits.
func (ix *Index) Each(ctx context.Context, query string, yield func(Hit) bool) error {
	q := fold(query)
	if q == "" || len(ix.text) == 0 {
		return ctx.Err()
	}
	f := newFinder(q, &ix.freq)
	parts := runtime.GOMAXPROCS(0)
	if len(ix.text) < 256 {
		parts = 1
	}
	work, stop := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer func() { stop(); wg.Wait() }()
	out := make([]chan []Hit, parts)
	for p := range parts {
		lo, hi := len(ix.text)*p/parts, len(ix.text)*(p+1)/parts
		ch := make(chan []Hit, batchesAhead)
		out[p] = ch
		wg.Go(func() {
			defer close(ch)
			ix.searchPart(work, ix.text[lo:hi], f, ch)
		})
	}
	for _, ch := range out {
		for batch := range ch {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			for _, h := range batch {
				if !yield(h) {
					return nil
				}
			}
		}
	}
	return ctx.Err()
}

// searchPart searches blocks in order, sending their hits to out in
// batches, until it is done or ctx is (checked every megabyte of text and
// at every batch).
func (ix *Index) searchPart(ctx context.Context, blocks []textBlock, f finder, out chan<- []Hit) {
	batch := make([]Hit, 0, hitBatch)
	send := func() bool {
		select {
		case out <- batch:
			batch = make([]Hit, 0, hitBatch)
			return true
		case <-ctx.Done():
			return false
		}
	}
	add := func(h Hit) bool {
		batch = append(batch, h)
		return len(batch) < hitBatch || send()
	}
	scanned := 0
	for _, tb := range blocks {
		scanned += len(tb.text)
		if scanned >= 1<<20 {
			if ctx.Err() != nil {
				return
			}
			scanned = 0
		}
		if f.index(tb.text, 0) < 0 {
			continue
		}
		if !eachHit(ix.talks[tb.talk], int(tb.block), tb.valid, f, add) {
			return
		}
	}
	if len(batch) > 0 {
		send()
	}
}
