package ui

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"talks/loader"
	"talks/model"

	tea "charm.land/bubbletea/v2"
)

// largestVolume is the corpus volume whose 大模型产业技术 P7 roundtable is
// the largest talk the app is asked to open at once.
var largestVolume = filepath.Join("..", "..", "shared", "corpus", "000_b2de72e1c3636c0f.txt")

// largestTalk loads the volume and returns it with its largest talk.
func largestTalk(b *testing.B) (*model.Corpus, *model.Talk) {
	b.Helper()
	if _, err := os.Stat(largestVolume); err != nil {
		b.Skip("largest talk: ../shared/corpus not found")
	}
	c := loader.Load(context.Background(), []string{largestVolume}, loader.Options{})
	var big *model.Talk
	size := func(t *model.Talk) int {
		n := 0
		for _, bl := range t.Blocks {
			n += len(bl.Text)
		}
		return n
	}
	for _, t := range c.Talks {
		if big == nil || size(t) > size(big) {
			big = t
		}
	}
	if big == nil {
		b.Skip("largest talk: no talks loaded")
	}
	return c, big
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
		d.m.list.selectTalk(big, d.m.layout().listRows)
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
	d.m.list.selectTalk(big, d.m.layout().listRows)
	d.press("enter")
	space, top := keyPress("space"), keyPress("g")
	b.ReportAllocs()
	for b.Loop() {
		next, _ := d.m.Update(space)
		d.m = next.(Model)
		if d.m.reader.percent() == 100 {
			next, _ = d.m.Update(top)
			d.m = next.(Model)
		}
		_ = d.m.View()
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N), "µs/key")
}

// BenchmarkResizeLargestTalk measures a resize of the reading pane in the
// largest talk, as when a window is dragged (a new width each time, the
// app's page cache emptied), up to the new screen drawn.
func BenchmarkResizeLargestTalk(b *testing.B) {
	c, big := largestTalk(b)
	d := newDriver(b, c, 100, 30)
	d.m.list.selectTalk(big, d.m.layout().listRows)
	d.press("enter", "space", "space")
	i := 0
	for b.Loop() {
		clear(d.m.pages.pages)
		d.send(tea.WindowSizeMsg{Width: 60 + i%40, Height: 30})
		_ = d.m.View()
		i++
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/1000, "ms/resize")
}
