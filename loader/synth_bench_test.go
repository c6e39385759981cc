package loader

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"talks/index"
	"talks/model"
	"talks/synth"
)

// synthMB is the size in MB of the synthetic corpus the scale benchmarks
// load: $TALKS_SYNTH_MB, else 100, or 4 with -short (enough to keep the
// benchmarks from rotting in CI).
func synthMB() int {
	if n, err := strconv.Atoi(os.Getenv("TALKS_SYNTH_MB")); err == nil && n > 0 {
		return n
	}
	if testing.Short() {
		return 4
	}
	return 100
}

var (
	synthOnce sync.Once
	synthDir  string
	synthErr  error
)

// synthCorpus writes the synthetic corpus once per process into a temporary
// folder (removed by TestMain) and returns it.
func synthCorpus(tb testing.TB) string {
	tb.Helper()
	synthOnce.Do(func() {
		mb := synthMB()
		synthDir, synthErr = os.MkdirTemp("", "talks-synth-")
		if synthErr == nil {
			_, synthErr = synth.Write(synthDir, int64(mb)<<20, 1)
		}
	})
	if synthErr != nil {
		tb.Fatal(synthErr)
	}
	return synthDir
}

// transcriptFiles lists the files under dir that Load reads, sorted.
func transcriptFiles(tb testing.TB, dir string) []string {
	tb.Helper()
	var files []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() && isTranscript(p) && !quietSkip(d.Name()) {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
	sort.Strings(files)
	return files
}

// catTime is how long cat takes to copy files to the null device (which
// costs cat nothing: what is left is reading), 2000 files per cat to keep
// within the argument limit, and the processor time it used.
func catTime(tb testing.TB, files []string) (wall, cpu time.Duration) {
	tb.Helper()
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		tb.Fatal(err)
	}
	defer null.Close()
	start := time.Now()
	for i := 0; i < len(files); i += 2000 {
		cmd := exec.Command("cat", files[i:min(i+2000, len(files))]...)
		cmd.Stdout = null
		if err := cmd.Run(); err != nil {
			tb.Fatal(err)
		}
		cpu += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	}
	return time.Since(start), cpu
}

// heapPeak samples the bytes of live heap objects until stop is called, and
// then gives the largest seen.
func heapPeak() (stop func() uint64) {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var peak atomic.Uint64
	quit, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(10 * time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(sample)
			peak.Store(max(peak.Load(), sample[0].Value.Uint64()))
			select {
			case <-quit:
				return
			case <-t.C:
			}
		}
	}()
	return func() uint64 {
		close(quit)
		<-done
		return peak.Load()
	}
}

// BenchmarkLoadSynthetic loads a synthetic corpus (100 MB, or 4 MB with
// -short) and, in the same loop, times cat over the same files: x-cat is
// the load time over the cat time, cpu-x-cat the same for processor time
// (which other programs running at the same time do not change). heap-MB
// is the live heap after loading, peak-MB the most seen while loading,
// alloc-MB all that was allocated.
func BenchmarkLoadSynthetic(b *testing.B) {
	dir := synthCorpus(b)
	files := transcriptFiles(b, dir)
	size := inputBytes(b, dir)
	mb := float64(size) / (1 << 20)
	b.SetBytes(size)
	catTime(b, files) // warm the page cache
	var cat, load, catCPU, loadCPU time.Duration
	var before, after runtime.MemStats
	var c *model.Corpus
	var peak uint64
	for b.Loop() {
		c = nil
		runtime.GC()
		runtime.ReadMemStats(&before)
		wall, cpu := catTime(b, files)
		cat, catCPU = cat+wall, catCPU+cpu
		stop := heapPeak()
		start, startCPU := time.Now(), cpuTime()
		c = Load(context.Background(), []string{dir}, Options{})
		load, loadCPU = load+time.Since(start), loadCPU+cpuTime()-startCPU
		top := stop()
		runtime.ReadMemStats(&after)
		peak = max(peak, top-before.HeapAlloc, after.HeapAlloc-before.HeapAlloc)
	}
	runtime.GC()
	var held runtime.MemStats
	runtime.ReadMemStats(&held)
	n := float64(b.N)
	b.ReportMetric(mb, "MB")
	b.ReportMetric(float64(len(c.Talks)), "talks")
	b.ReportMetric(cat.Seconds()*1000/n, "cat-ms")
	b.ReportMetric(load.Seconds()*1000/n, "load-ms")
	b.ReportMetric(load.Seconds()/cat.Seconds(), "x-cat")
	b.ReportMetric(loadCPU.Seconds()*1000/n, "load-cpu-ms")
	if catCPU > 0 && loadCPU > 0 {
		b.ReportMetric(loadCPU.Seconds()/catCPU.Seconds(), "cpu-x-cat")
	}
	b.ReportMetric(float64(held.HeapAlloc-before.HeapAlloc)/(1<<20), "heap-MB")
	b.ReportMetric(float64(peak)/(1<<20), "peak-MB")
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/(1<<20), "alloc-MB")
	b.ReportMetric(float64(after.NumGC-before.NumGC), "GCs")
}

// BenchmarkIndexSynthetic is the time to build the finder's and search's
// index over the synthetic corpus (the app builds it in the background
// once loading ends).
func BenchmarkIndexSynthetic(b *testing.B) {
	c := Load(context.Background(), []string{synthCorpus(b)}, Options{})
	for b.Loop() {
		index.Build(c.Talks)
	}
	b.ReportMetric(float64(len(c.Talks)), "talks")
}
