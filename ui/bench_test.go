package ui

import (
	"testing"

	"talks/model"
	"talks/ui/uitest"
)

// largestTalk loads the shared corpus's volume with the largest talk.
func largestTalk(b *testing.B) (*model.Corpus, *model.Talk) {
	return uitest.LargestTalk(b, uitest.LargestVolume(".."))
}

// BenchmarkOpenLargestTalk measures Enter on the largest talk to its first
// screen drawn: the page command run and the view made, with a fresh
// renderer each time (nothing cached).
func BenchmarkOpenLargestTalk(b *testing.B) {
	c, big := largestTalk(b)
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		d := newDriver(b, c, 100, 30)
		d.m.list.Select(big)
		b.StartTimer()
		d.press("enter")
		_ = d.m.View()
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/1000, "ms/first-screen")
}

// BenchmarkScrollLargestTalk measures one key press (a page down, wrapping
// round at the end) and the view that follows, in the largest talk.
func BenchmarkScrollLargestTalk(b *testing.B) {
	c, big := largestTalk(b)
	d := newDriver(b, c, 100, 30)
	d.m.list.Select(big)
	d.press("enter")
	space, top := keyPress("space"), keyPress("g")
	b.ReportAllocs()
	for b.Loop() {
		next, _ := d.m.Update(space)
		d.m = next.(Model)
		if d.m.reader.Percent() == 100 {
			next, _ = d.m.Update(top)
			d.m = next.(Model)
		}
		_ = d.m.View()
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N), "µs/key")
}
