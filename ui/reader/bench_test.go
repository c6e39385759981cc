package reader

import (
	"path/filepath"
	"testing"

	tea "charm.land/bubbletea/v2"
	"talks/ui/uitest"
)

// BenchmarkResizeLargestTalk measures a resize of the reading pane in the
// largest talk, as when a window is dragged (a new width each time, the
// page cache emptied), up to the new pane drawn.
func BenchmarkResizeLargestTalk(b *testing.B) {
	_, big := uitest.LargestTalk(b, uitest.LargestVolume(filepath.Join("..", "..")))
	m := New()
	run := func(cmd tea.Cmd) {
		for _, msg := range uitest.Messages(cmd) {
			m, _ = m.Update(msg)
		}
	}
	run(m.SetSize(100, 29))
	run(m.Show(big, -1))
	m.scroll(2 * 28)
	i := 0
	for b.Loop() {
		clear(m.pages.pages)
		run(m.SetSize(60+i%40, 29))
		_ = m.View()
		i++
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/1000, "ms/resize")
}
