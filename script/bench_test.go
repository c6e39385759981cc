package script

import (
	"os"
	"os/exec"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/longbridgeapp/opencc"
	"talks/model"
	"talks/synth"
)

// Run: go test -run '^$' -bench . -benchtime 5x ./script

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

// BenchmarkLoad is what the first use costs: loading a conversion's
// dictionaries, and building the character table from the loaded t2s.
func BenchmarkLoad(b *testing.B) {
	for _, conv := range []string{"t2s", "s2t"} {
		b.Run(conv, func(b *testing.B) {
			for b.Loop() {
				if _, err := opencc.New(conv); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(b.Elapsed().Seconds()*1000/float64(b.N), "ms/load")
			b.ReportMetric(keptMB(func() any { cc, _ := opencc.New(conv); return cc }), "MB-kept")
		})
	}
	b.Run("table", func(b *testing.B) {
		cc, err := t2s()
		if err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			buildTable(cc)
		}
		b.ReportMetric(b.Elapsed().Seconds()*1000/float64(b.N), "ms/build")
		b.ReportMetric(keptMB(func() any { return buildTable(cc) }), "MB-kept")
	})
}

// synthText is about size bytes of synthetic talks in script s.
func synthText(size int, s Script) string {
	var sb strings.Builder
	for n := 0; sb.Len() < size; n++ {
		t := synth.Talk(n, 1)
		if Detect(t) == s {
			sb.WriteString(t)
		}
	}
	return sb.String()
}

// BenchmarkConvert is whole-text conversion of 1 MB of synthetic talks.
func BenchmarkConvert(b *testing.B) {
	for _, c := range []struct {
		name string
		from Script
		conv func(string) (string, error)
	}{{"t2s", Traditional, ToSimplified}, {"s2t", Simplified, ToTraditional}} {
		text := synthText(1<<20, c.from)
		c.conv("预热") // load outside the timing
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				if _, err := c.conv(text); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkCount is Detect's counting over 1 MB of Traditional text.
func BenchmarkCount(b *testing.B) {
	text := synthText(1<<20, Traditional)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Count(text)
	}
}

// loads counts dictionary loads made by this test process (see
// TestNothingLoadsAtStart).
var loads atomic.Int32

// TestNothingLoadsAtStart runs a fresh copy of this test binary that only
// checks that importing the package loaded no dictionary.
func TestNothingLoadsAtStart(t *testing.T) {
	if os.Getenv("SCRIPT_CHILD") == "1" {
		if n := loads.Load(); n != 0 {
			t.Fatalf("%d dictionaries loaded before any use", n)
		}
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run", "^TestNothingLoadsAtStart$")
	cmd.Env = append(os.Environ(), "SCRIPT_CHILD=1")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	ToSimplified("們")
	if loads.Load() == 0 {
		t.Error("the counter never moves: this test cannot fail")
	}
}

func init() { loaded = func() { loads.Add(1) } }

// BenchmarkTalk converts a whole synthetic Traditional talk of about 100 KB
// (the size of the largest real ones) to Simplified, blocks on all CPUs.
func BenchmarkTalk(b *testing.B) {
	var blocks []model.Block
	size := 0
	for _, line := range strings.Split(synthText(100<<10, Traditional), "\n") {
		if line != "" {
			blocks = append(blocks, model.Block{Kind: model.KindParagraph, Text: line})
			size += len(line)
		}
	}
	t := &model.Talk{Title: "邊緣裝置", Blocks: blocks}
	Talk(t, Simplified)
	b.SetBytes(int64(size))
	for b.Loop() {
		if _, err := Talk(t, Simplified); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(b.Elapsed().Seconds()*1000/float64(b.N), "ms/talk")
}
