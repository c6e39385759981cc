package loader

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// inputBytes is the size of the transcripts under path.
func inputBytes(tb testing.TB, path string) int64 {
	tb.Helper()
	var n int64
	err := filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && (p == path || isTranscript(p)) {
			fi, err := os.Stat(p)
			if err != nil {
				return err
			}
			n += fi.Size()
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return n
}

func BenchmarkLoad(b *testing.B) {
	needCorpus(b)
	for _, bb := range []struct{ name, path string }{
		{"volume", volumeFile},
		{"corpus", corpusDir},
	} {
		b.Run(bb.name, func(b *testing.B) {
			size := inputBytes(b, bb.path)
			b.SetBytes(size)
			talks := 0
			for b.Loop() {
				c := Load(context.Background(), []string{bb.path}, Options{})
				talks = len(c.Talks)
			}
			b.ReportMetric(float64(talks), "talks")
		})
	}
}

func BenchmarkParseLongLine(b *testing.B) {
	data := make([]byte, 5<<20)
	for i := range data {
		data[i] = "abcdefghij klmnopqrst"[i%21]
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		Parse("long.md", data)
	}
}
