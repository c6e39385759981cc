package sound

import (
	"context"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"talks/synth"
)

// Run: go test -run '^$' -bench . -benchtime 10x ./sound

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

// cpuTime is the processor time this process has used, all threads.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

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

// BenchmarkTable is the first use's cost: reading go-pinyin's dictionary
// into the syllable table.
func BenchmarkTable(b *testing.B) {
	for b.Loop() {
		buildTable()
	}
	b.ReportMetric(b.Elapsed().Seconds()*1000/float64(b.N), "ms/build")
	b.ReportMetric(keptMB(func() any { return buildTable() }), "MB-kept")
}

// BenchmarkCompile compiles a query, the syllables' character sets made
// afresh each time (as for a query's first syllables).
func BenchmarkCompile(b *testing.B) {
	t := sounds()
	for _, q := range []string{"零一万物", "lingyiwanwu", "xian"} {
		b.Run("q="+q, func(b *testing.B) {
			for b.Loop() {
				t.mu.Lock()
				clear(t.chars)
				t.mu.Unlock()
				if _, err := Compile(q); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(b.Elapsed().Seconds()*1000/float64(b.N), "ms/compile")
		})
	}
}

// BenchmarkCorpus samples 100 MB of synthetic transcripts (NewCorpus).
func BenchmarkCorpus(b *testing.B) {
	texts := corpus100()
	for b.Loop() {
		NewCorpus(texts)
	}
	b.ReportMetric(b.Elapsed().Seconds()*1000/float64(b.N), "ms/build")
}

var soundQueries = []string{"零一万物", "lingyiwanwu", "ling yi wan wu", "模型训练", "shuju", "xian", "量子纠缠"}

// BenchmarkSearch is a search by sound over 100 MB of synthetic transcripts
// on all CPUs, every hit collected: ms/query is wall time, cpu-ms/query the
// processor time of all threads (what the query costs when other jobs
// hold the cores).
func BenchmarkSearch(b *testing.B) {
	c := NewCorpus(corpus100())
	for _, qs := range soundQueries {
		q, err := Compile(qs)
		if err != nil {
			b.Fatal(err)
		}
		b.Run("q="+qs, func(b *testing.B) {
			var hits []Hit
			cpu := cpuTime()
			for b.Loop() {
				hits = c.Search(context.Background(), q, 0)
			}
			n := float64(b.N)
			b.ReportMetric(b.Elapsed().Seconds()*1000/n, "ms/query")
			b.ReportMetric(float64(cpuTime()-cpu)/1e6/n, "cpu-ms/query")
			b.ReportMetric(float64(len(hits)), "hits")
			b.ReportMetric(float64(q.Len()), "patterns")
		})
	}
}

// BenchmarkSearchLimit is a query with many hits when only the first 1,000
// are wanted, as a results list does.
func BenchmarkSearchLimit(b *testing.B) {
	c := NewCorpus(corpus100())
	for _, qs := range []string{"shuju", "xian"} {
		q, err := Compile(qs)
		if err != nil {
			b.Fatal(err)
		}
		b.Run("q="+qs, func(b *testing.B) {
			for b.Loop() {
				c.Search(context.Background(), q, 1000)
			}
			b.ReportMetric(b.Elapsed().Seconds()*1000/float64(b.N), "ms/query")
		})
	}
}
