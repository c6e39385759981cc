package index

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"talks/model"
)

// Run: go test -run '^$' -bench . -benchtime 20x ./index/

var (
	talks10k  = sync.OnceValue(func() []*model.Talk { return genTalks(10_000) })
	talks100k = sync.OnceValue(func() []*model.Talk { return genTalks(100_000) })
	talks200k = sync.OnceValue(func() []*model.Talk { return genTalks(200_000) })
	corpus100 = sync.OnceValue(func() []*model.Talk { return genCorpus(100 << 20) })
)

func benchTalks(n int) []*model.Talk {
	switch n {
	case 10_000:
		return talks10k()
	case 100_000:
		return talks100k()
	}
	return talks200k()
}

// perOp reports the time of one operation of b in milliseconds as unit,
// counting ops operations per iteration.
func perOp(b *testing.B, ops int, unit string) {
	b.ReportMetric(b.Elapsed().Seconds()*1000/float64(b.N*ops), unit)
}

// cpuPerOp reports the processor time of one operation, all goroutines and
// the garbage collector included, in milliseconds as "cpu-"+unit, since
// start (the process's processor time when the loop began). On a machine
// shared with other jobs it moves less than the wall time.
func cpuPerOp(b *testing.B, start time.Duration, ops int, unit string) {
	if start > 0 {
		b.ReportMetric((cpuTime()-start).Seconds()*1000/float64(b.N*ops), "cpu-"+unit)
	}
}

var findQueries = []string{"h", "hwh", "huangwenhao", "dmx", "模型训练", "黄 yi", "scaling", "p4"}

// BenchmarkFind is one keystroke of the finder: a query matched from
// scratch (cold), and a query typed one rune at a time, each keystroke
// starting from the talks the previous one kept (typing).
func BenchmarkFind(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		ix := Build(benchTalks(n))
		for _, q := range findQueries {
			b.Run(fmt.Sprintf("talks=%d/cold/q=%s", n, q), func(b *testing.B) {
				matches := 0
				cpu := cpuTime()
				for b.Loop() {
					ix.finder.cache.reset()
					rs, _, _ := ix.finder.find(context.Background(), q, 50)
					matches = len(rs)
				}
				perOp(b, 1, "ms/keystroke")
				cpuPerOp(b, cpu, 1, "ms/keystroke")
				b.ReportMetric(float64(matches), "matches")
			})
		}
		b.Run(fmt.Sprintf("talks=%d/typing", n), func(b *testing.B) {
			keys := 0
			for _, q := range findQueries {
				keys += len([]rune(q))
			}
			cpu := cpuTime()
			for b.Loop() {
				for _, q := range findQueries {
					ix.finder.cache.reset()
					r := []rune(q)
					for k := 1; k <= len(r); k++ {
						ix.Find(string(r[:k]), 50)
					}
				}
			}
			perOp(b, keys, "ms/keystroke")
			cpuPerOp(b, cpu, keys, "ms/keystroke")
		})
	}
}

// BenchmarkBuild is the time and memory to index the talks (the finder's
// lines, pinyin, people); MB-kept is the heap the index holds afterwards,
// cpu-µs/talk the processor time per talk.
func BenchmarkBuild(b *testing.B) {
	for _, n := range []int{10_000, 100_000, 200_000} {
		talks := benchTalks(n)
		b.Run(fmt.Sprintf("talks=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			cpu := cpuTime()
			for b.Loop() {
				Build(talks)
			}
			perOp(b, 1, "ms/build")
			cpuPerOp(b, cpu, 1, "ms/build")
			if cpu > 0 { // flat when the build is linear
				b.ReportMetric((cpuTime()-cpu).Seconds()*1e6/float64(b.N*n), "cpu-µs/talk")
			}
			b.ReportMetric(keptMB(func() any { return Build(talks) }), "MB-kept")
		})
	}
	talks := corpus100()
	b.Run("text=100MB", func(b *testing.B) {
		for b.Loop() {
			Build(talks)
		}
		perOp(b, 1, "ms/build")
		b.ReportMetric(keptMB(func() any { return Build(talks) }), "MB-kept")
	})
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

var searchQueries = []string{"模型训练", "transformer", "我觉得比如说", "alignment matters", "量子纠缠不存在"}

// BenchmarkSearch is one full-text query over a generated 100 MB corpus,
// every hit collected, next to `grep -F -i -c` (C locale: the same case
// folding) over the same text written to files, one paragraph a line;
// x-grep is our time over grep's, and lines should equal grep-lines.
func BenchmarkSearch(b *testing.B) {
	talks := corpus100()
	ix := Build(talks)
	files := writeCorpus(b, talks)
	grep, grepErr := exec.LookPath("grep")
	for _, q := range searchQueries {
		b.Run("q="+q, func(b *testing.B) {
			var hits []Hit
			for b.Loop() {
				hits = ix.Search(context.Background(), q, 0)
			}
			perOp(b, 1, "ms/query")
			b.ReportMetric(float64(len(hits)), "hits")
			b.ReportMetric(float64(distinctLines(hits)), "lines")
			if grepErr != nil {
				return
			}
			ours := b.Elapsed().Seconds() / float64(b.N)
			g, lines := timeGrep(b, grep, q, files)
			b.ReportMetric(g*1000, "grep-ms")
			b.ReportMetric(float64(lines), "grep-lines")
			b.ReportMetric(ours/g, "x-grep")
		})
	}
}

// BenchmarkSearchLimit is a query with many hits when only the first 1,000
// are wanted, as a results list does.
func BenchmarkSearchLimit(b *testing.B) {
	ix := Build(corpus100())
	for _, q := range []string{"transformer", "我觉得比如说"} {
		b.Run("q="+q, func(b *testing.B) {
			for b.Loop() {
				ix.Search(context.Background(), q, 1000)
			}
			perOp(b, 1, "ms/query")
		})
	}
}

// writeCorpus writes the talks' paragraphs, one a line, to 16 files.
func writeCorpus(b *testing.B, talks []*model.Talk) []string {
	dir := b.TempDir()
	var files []string
	per := (len(talks) + 15) / 16
	for i := 0; i < len(talks); i += per {
		var sb strings.Builder
		for _, t := range talks[i:min(i+per, len(talks))] {
			for _, bl := range t.Blocks {
				sb.WriteString(bl.Text)
				sb.WriteByte('\n')
			}
		}
		f := filepath.Join(dir, fmt.Sprintf("part%02d.md", len(files)))
		if err := os.WriteFile(f, []byte(sb.String()), 0o644); err != nil {
			b.Fatal(err)
		}
		files = append(files, f)
	}
	return files
}

// timeGrep is the best of three runs of grep -F -i -c, in seconds, and the
// number of lines it counted.
func timeGrep(b *testing.B, grep, q string, files []string) (best float64, lines int) {
	for range 3 {
		cmd := exec.Command(grep, append([]string{"-F", "-i", "-c", "--", q}, files...)...)
		cmd.Env = append(os.Environ(), "LC_ALL=C") // -i folds ASCII, as Search does
		start := time.Now()
		out, err := cmd.Output()
		if exit, ok := err.(*exec.ExitError); err != nil && (!ok || exit.ExitCode() != 1) {
			b.Fatalf("grep: %v", err) // 1 means no line matched
		}
		lines = 0
		for _, f := range strings.Fields(string(out)) {
			n, _ := strconv.Atoi(f[strings.LastIndexByte(f, ':')+1:])
			lines += n
		}
		if s := time.Since(start).Seconds(); best == 0 || s < best {
			best = s
		}
	}
	return best, lines
}

// BenchmarkSpellHeteronyms is a title of 24 和 (he, hu, huo) against query
// shapes that match and that do not: spelling alone, and a whole Find on an
// index of that one talk (the cache forgotten each time).
func BenchmarkSpellHeteronyms(b *testing.B) {
	title := strings.Repeat("和", 24)
	e := newEntry(newPinyinTable(), title)
	ix := Build([]*model.Talk{{ID: "he", Title: title}})
	for _, q := range spellShapes {
		b.Run("spell/q="+q, func(b *testing.B) {
			var sp speller
			for b.Loop() {
				sp.spell(&e, q)
			}
			perOp(b, 1, "ms/query")
		})
		b.Run("find/q="+q, func(b *testing.B) {
			for b.Loop() {
				ix.finder.cache.reset()
				ix.Find(q, 50)
			}
			perOp(b, 1, "ms/query")
		})
	}
}
