package timed_test

import (
	"testing"

	"talks/loader"
	"talks/timed"
)

// BenchmarkLoad10h loads ten hours of cues (12,000; the rolling captions
// have two cues a line, 24,000) in each format through loader.Parse:
// decoding, cues, paragraphs with the loader's join. ms/10h is the wall
// time of one load, cpu-ms/10h the processor time (both cores, GC
// included), which a busy machine inflates less.
func BenchmarkLoad10h(b *testing.B) {
	for _, tr := range timed.SynthTranscripts() {
		b.Run(tr.Name, func(b *testing.B) {
			data := []byte(tr.Text)
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			startCPU := cpuTime()
			for b.Loop() {
				talks, warns := loader.Parse(tr.File, data)
				if len(talks) != 1 || len(warns) > 0 || !talks[0].Timed() {
					b.Fatalf("%d talks, warnings %v", len(talks), warns)
				}
			}
			n := float64(b.N)
			b.ReportMetric(b.Elapsed().Seconds()*1000/n, "ms/10h")
			b.ReportMetric((cpuTime()-startCPU).Seconds()*1000/n, "cpu-ms/10h")
			b.ReportMetric(float64(timed.TenHours)/(b.Elapsed().Seconds()/n), "cues/s")
		})
	}
}
