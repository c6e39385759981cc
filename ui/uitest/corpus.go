package uitest

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"talks/loader"
	"talks/model"
)

// LargestVolume is the corpus volume, in the shared corpus beside the
// repository, whose 大模型产业技术 P7 roundtable is the largest talk the app
// is asked to open at once; up is the path from the test's folder to the
// repository's.
func LargestVolume(up string) string {
	return filepath.Join(up, "..", "shared", "corpus", "000_b2de72e1c3636c0f.txt")
}

// LargestTalk loads the volume and returns it with its largest talk; it
// skips the benchmark when the corpus is not there.
func LargestTalk(b testing.TB, volume string) (*model.Corpus, *model.Talk) {
	b.Helper()
	if _, err := os.Stat(volume); err != nil {
		b.Skip("largest talk: ../shared/corpus not found")
	}
	c := loader.Load(context.Background(), []string{volume}, loader.Options{})
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
