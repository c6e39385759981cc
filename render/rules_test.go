package render

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"talks/loader"
	"talks/model"
)

// TestLazyLinesJoinLikeTheLoader checks that a list item's lazy
// continuation lines join as the loader joins a paragraph's lines
// (mdtext.JoinSpace), so that the same text reads the same in both.
func TestLazyLinesJoinLikeTheLoader(t *testing.T) {
	for _, pair := range [][2]string{{"中文", "English"}, {"English", "中文"}, {"中文", "继续"}, {"word", "word"}, {"逗号，", "English"}} {
		md := pair[0] + "\n" + pair[1]
		talks, _ := loader.Parse("t.md", []byte("# 题\n\n"+md+"\n"))
		if len(talks) != 1 || len(talks[0].Blocks) != 1 {
			t.Fatalf("loader made %+v of %q", talks, md)
		}
		want := talks[0].Blocks[0].Text
		tk := &model.Talk{ID: "x", Blocks: []model.Block{{Kind: model.KindList, Text: "- " + md}}}
		got := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(ansi.Strip(strings.Join(New(Options{Style: Plain}).Block(tk, 0, 80), "\n"))), "•"))
		if got != want {
			t.Errorf("%q: the list item shows %q, the loader's paragraph is %q", md, got, want)
		}
	}
}
