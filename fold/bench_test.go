package fold

import (
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"talks/synth"
)

// Run: go test -run '^$' -bench . -benchtime 10x ./fold

// synthBlocks are the non-empty lines of synthetic talks adding up to about
// size bytes: paragraphs, headings, list items, as the index lists blocks.
func synthBlocks(size int) []string {
	var out []string
	for n, total := 0, 0; total < size; n++ {
		for _, line := range strings.Split(synth.Talk(n, 1), "\n") {
			if line != "" {
				out = append(out, line)
				total += len(line)
			}
		}
	}
	return out
}

var corpus100 = sync.OnceValue(func() []string { return synthBlocks(100 << 20) })

// keptMB is the growth of the live heap while the value build returns is kept.
func keptMB(build func() any) float64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	v := build()
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(v)
	return float64(int64(after.HeapAlloc)-int64(before.HeapAlloc)) / (1 << 20)
}

// BenchmarkTables is the first use's cost: the fold of every character
// (with the t2s dictionary already loaded), then the inverse table the
// prefilter uses.
func BenchmarkTables(b *testing.B) {
	foldTables()
	b.Run("fold", func(b *testing.B) {
		for b.Loop() {
			buildTables()
		}
		b.ReportMetric(b.Elapsed().Seconds()*1000/float64(b.N), "ms/build")
		b.ReportMetric(keptMB(func() any { return buildTables() }), "MB-kept")
	})
	b.Run("inverse", func(b *testing.B) {
		for b.Loop() {
			buildInverse()
		}
		b.ReportMetric(b.Elapsed().Seconds()*1000/float64(b.N), "ms/build")
		b.ReportMetric(keptMB(func() any { return buildInverse() }), "MB-kept")
	})
}

// BenchmarkKey folds 1 MB of synthetic talks; Map also keeps the offsets.
func BenchmarkKey(b *testing.B) {
	text := strings.Join(synthBlocks(1<<20), "\n")
	buf := AppendKey(nil, text) // the tables, built outside the timing
	b.Run("Key", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			buf = AppendKey(buf[:0], text)
		}
	})
	b.Run("Map", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			Map(text)
		}
	})
}

var searchQueries = []string{"模型训练", "記憶體", "边缘设备", "kv cache", "fine tuning", "量子纠缠不存在"}

// BenchmarkSearch is a forgiving query over 100 MB of synthetic talks split
// into blocks across both cores, every match collected: ms/query is wall
// time, cpu-ms/query the processor time of all threads, exact-ms an exact
// search (strings.Count) of the folded query over the same blocks.
func BenchmarkSearch(b *testing.B) {
	blocks := corpus100()
	for _, q := range searchQueries {
		m := NewMatcher(q)
		b.Run("q="+q, func(b *testing.B) {
			hits := 0
			cpu := cpuTime()
			for b.Loop() {
				hits, _ = search(blocks, func(s string) (int, bool) { return len(m.FindAll(s, nil)), true })
			}
			_, passed := search(blocks, func(s string) (int, bool) { return 0, m.MayMatch(s) })
			b.ReportMetric(b.Elapsed().Seconds()*1000/float64(b.N), "ms/query")
			b.ReportMetric(float64(cpuTime()-cpu)/1e6/float64(b.N), "cpu-ms/query")
			b.ReportMetric(float64(hits), "hits")
			b.ReportMetric(100*float64(passed)/float64(len(blocks)), "%-prefiltered-in")
			b.ReportMetric(exactMS(blocks, m.Key()), "exact-ms")
		})
	}
}

// exactMS is the best of three exact searches for key over blocks
// (strings.Count, no folding), in milliseconds: the floor a forgiving
// search is measured against.
func exactMS(blocks []string, key string) float64 {
	best := time.Duration(1 << 62)
	for range 3 {
		start := time.Now()
		search(blocks, func(s string) (int, bool) { return strings.Count(s, key), true })
		best = min(best, time.Since(start))
	}
	return float64(best) / 1e6
}

// cpuTime is the processor time this process has used, all threads.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// search runs find over blocks on all CPUs and adds up what it returns.
func search(blocks []string, find func(string) (int, bool)) (hits, passed int) {
	parts := runtime.GOMAXPROCS(0)
	h, p := make([]int, parts), make([]int, parts)
	var wg sync.WaitGroup
	for i := range parts {
		lo, hi := len(blocks)*i/parts, len(blocks)*(i+1)/parts
		wg.Go(func() {
			for _, s := range blocks[lo:hi] {
				n, ok := find(s)
				h[i] += n
				if ok {
					p[i]++
				}
			}
		})
	}
	wg.Wait()
	for i := range parts {
		hits, passed = hits+h[i], passed+p[i]
	}
	return hits, passed
}
