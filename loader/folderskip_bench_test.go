package loader

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// BenchmarkFolderJSON is what a folder's JSON that holds no transcript
// costs now that folders read .json (package.json and friends, 2 KiB
// each): read, parsed and counted, against files of an extension that is
// only counted (.dat), beside 50 Markdown talks.
func BenchmarkFolderJSON(b *testing.B) {
	const others = 500
	manifest := `{"name": "x", "version": "1.0.0", "dependencies": {` +
		strings.Repeat(`"some-package": "^1.2.3", `, 80) + `"last": "1"}}`
	for _, ext := range []string{".json", ".dat"} {
		b.Run(strings.TrimPrefix(ext, "."), func(b *testing.B) {
			dir := b.TempDir()
			for i := range 50 {
				writeTree(b, dir, fmt.Sprintf("talk-%02d.md", i), []byte("# 题\n正文。\n"))
			}
			for i := range others {
				writeTree(b, dir, fmt.Sprintf("pkg-%03d/package%s", i, ext), []byte(manifest))
			}
			for b.Loop() {
				c := Load(context.Background(), []string{dir}, Options{})
				if len(c.Talks) != 50 || len(c.Warnings) != 1 {
					b.Fatalf("%d talks, warnings %v", len(c.Talks), c.Warnings)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*others), "µs/other-file")
		})
	}
}
