package render

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/rivo/uniseg"

	"talks/model"
)

// FuzzPage lays out any Markdown-ish block text, as each kind of block, at
// a width from 1 to 120: it must not panic, and no line may be wider than
// the width (or 2 cells, for a wide character on a page 1 cell wide) unless
// it is a single grapheme cluster. A fuzz run's time limit catches hangs.
func FuzzPage(f *testing.F) {
	for _, bl := range fixture().Blocks {
		f.Add(bl.Text, uint8(bl.Kind), uint8(40))
	}
	f.Add(deepQuote(4000), uint8(model.KindQuote), uint8(60))
	f.Add(strings.Repeat("> ", 2000), uint8(model.KindQuote), uint8(3))
	f.Add(deepList(50), uint8(model.KindList), uint8(20))
	f.Add(strings.Repeat("- > ", 1000), uint8(model.KindParagraph), uint8(90))
	f.Add("- a\n  > b\n    1. c\n\n```\nx\n```", uint8(model.KindList), uint8(1))
	f.Add("**粗体**和*斜体*，[链接](https://example.org)，`代码`。", uint8(model.KindParagraph), uint8(7))
	f.Fuzz(func(t *testing.T, text string, kind, width uint8) {
		if len(text) > 4096 {
			return
		}
		w := int(width)%120 + 1
		tk := &model.Talk{ID: "fuzz", Title: text, Blocks: []model.Block{
			{Kind: model.Kind(int(kind) % (int(model.KindRule) + 1)), Level: 2, Text: text, Lang: text},
		}}
		for l := range strings.SplitSeq(ansi.Strip(New(Options{Style: Dark}).Page(tk, w).String()), "\n") {
			if cw := uniseg.StringWidth(l); cw > max(w, 2) && uniseg.GraphemeClusterCount(strings.TrimSpace(l)) > 1 {
				t.Errorf("width %d: line %q is %d cells", w, l, cw)
			}
		}
	})
}
