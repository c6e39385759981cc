package index

import (
	"context"
	"runtime"
	"strings"
	"testing"

	"talks/model"
)

// oneLetterTalks is a corpus whose one block is n copies of "a": n hits
// for the query "a", all in one block.
func oneLetterTalks(n int) []*model.Talk {
	return []*model.Talk{
		{ID: "before", Blocks: []model.Block{para(1, "a first a")}},
		{ID: "word", Blocks: []model.Block{para(1, strings.Repeat("a", n))}},
		{ID: "after", Blocks: []model.Block{para(1, "end: a")}},
	}
}

// TestSearchLimitInsideABlock: a limit stops the search inside a block;
// before, every hit of the block was built (a snippet each) and then cut,
// so a line of a million letters cost gigabytes for five hits.
func TestSearchLimitInsideABlock(t *testing.T) {
	ix := Build(oneLetterTalks(1_000_000))
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	hits := ix.Search(context.Background(), "a", 5)
	runtime.ReadMemStats(&after)
	if len(hits) != 5 || hits[0].ID != "before" || hits[2].ID != "word" {
		t.Fatalf("Search(a, 5) = %d hits starting %v, want 5 in talk order", len(hits), hits)
	}
	// Every part may run ahead by its batches, and no further: 1M hits
	// would take well over 100 MB.
	bound := uint64(runtime.GOMAXPROCS(0)*(batchesAhead+2)*hitBatch) * 400
	if got := after.TotalAlloc - before.TotalAlloc; got > bound {
		t.Errorf("Search(a, 5) allocated %d MB, want at most %d MB", got>>20, bound>>20)
	}
}

// TestEachOrderAndCount: streamed in batches, every hit comes once, in
// talk, block and offset order.
func TestEachOrderAndCount(t *testing.T) {
	const n = 3*hitBatch + 17
	ix := Build(oneLetterTalks(n))
	count, last := 0, -1
	ids := map[string]int{}
	err := ix.Each(context.Background(), "a", func(h Hit) bool {
		count++
		ids[h.ID]++
		if h.ID == "word" {
			if h.Offset != last+1 {
				t.Fatalf("hit at rune %d follows %d", h.Offset, last)
			}
			last = h.Offset
		}
		return true
	})
	if err != nil {
		t.Fatal(err)
	}
	if count != n+3 || ids["before"] != 2 || ids["word"] != n || ids["after"] != 1 {
		t.Errorf("%d hits %v, want %d: 2 before, %d in the word, 1 after", count, ids, n+3, n)
	}
}

// TestEachCancelledMidBlock: cancelling while the hits of one huge block
// stream in ends the search at once, with the context's error (a command
// then exits as interrupted, not "not found").
func TestEachCancelledMidBlock(t *testing.T) {
	ix := Build(oneLetterTalks(2_000_000))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	seen := 0
	err := ix.Each(ctx, "a", func(Hit) bool {
		seen++
		if seen == 10 {
			cancel()
		}
		return true
	})
	if err != context.Canceled {
		t.Errorf("Each after cancel = %v, want context.Canceled", err)
	}
	if limit := hitBatch; seen > limit {
		t.Errorf("%d hits after cancelling at the 10th, want at most the rest of one batch (%d)", seen, limit)
	}
}

// BenchmarkSearchOneLetterLine is "talks search a" over a line of a
// million "a"s: a million hits in one block, streamed. Each hit costs the
// same wherever it is in the line (it cost time in proportion to its
// place: minutes in all).
func BenchmarkSearchOneLetterLine(b *testing.B) {
	ix := Build(oneLetterTalks(1_000_000))
	b.ResetTimer()
	for b.Loop() {
		n := 0
		if err := ix.Each(context.Background(), "a", func(Hit) bool { n++; return true }); err != nil || n != 1_000_003 {
			b.Fatalf("%d hits, %v", n, err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/1e6, "ms/search")
}
