package state

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkSave measures a save (lock, read, merge, atomic write with
// fsync) of a heavy reader's state: 2,000 talks read, 500 bookmarks.
func BenchmarkSave(b *testing.B) {
	dir := b.TempDir()
	s, _, err := Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	for i := range 2000 {
		s.SetPosition(fmt.Sprintf("BV%010d-p1", i), Pos{Block: i % 90, Para: i % 70})
	}
	for i := range 500 {
		s.AddBookmark(Bookmark{Talk: fmt.Sprintf("BV%010d-p1", i), Block: i % 90, Note: "一条笔记 a note"})
	}
	if err := s.Save(); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		s.SetPosition("BV0000000001-p1", Pos{Block: 3})
		if err := s.Save(); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	if fi, err := os.Stat(filepath.Join(dir, fileName)); err == nil {
		b.ReportMetric(float64(fi.Size())/1024, "KiB/file")
	}
}
