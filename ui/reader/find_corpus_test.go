package reader

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"talks/index"
	"talks/loader"
	"talks/render"
)

// TestFindTalkCorpus searches every talk of the real corpus and checks
// that every hit is found on its rendered page, the cells highlighted
// showing the hit's own text (spaces the wrap swallowed aside).
func TestFindTalkCorpus(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "corpus")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("corpus: ../shared/corpus not found")
	}
	c := loader.Load(context.Background(), []string{dir}, loader.Options{})
	if len(c.Talks) == 0 {
		t.Skip("corpus: no talks loaded")
	}
	r := render.New(render.Options{Style: render.Dark})
	squash := func(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), "")) }
	checked := 0
	for _, talk := range c.Talks {
		p := r.Page(talk, 60)
		for _, q := range []string{"模型", "the", "数据", "我们"} {
			for _, h := range index.SearchTalk(talk, q) {
				spans := hitSpans(p.Locate(h.Block), h)
				var shown strings.Builder
				for _, s := range spans {
					line := p.Lines(s.line, s.line+1)[0]
					shown.WriteString(ansi.Strip(ansi.Cut(line, s.from, s.to)))
				}
				if squash(shown.String()) != squash(q) {
					t.Errorf("%s block %d offset %d: %q highlights %q", talk.ID, h.Block, h.Offset, q, shown.String())
				}
				checked++
			}
		}
	}
	if checked == 0 {
		t.Fatal("no hits in the corpus: the test checks nothing")
	}
	t.Logf("%d hits checked", checked)
}
