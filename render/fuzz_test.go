package render

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"talks/loader"
	"talks/model"
	"talks/safetext"
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
			if cw := safetext.Width(l); cw > max(w, 2) && clusters(strings.TrimSpace(l)) > 1 {
				t.Errorf("width %d: line %q is %d cells", w, l, cw)
			}
		}
	})
}

// fuzzRenderers are shared by the runs of FuzzShowOutput: making one costs
// more than most inputs.
var fuzzRenderers = map[Style]*Renderer{
	Plain: New(Options{Style: Plain, Hyperlinks: true}),
	Dark:  New(Options{Style: Dark, Hyperlinks: true}),
	Light: New(Options{Style: Light, Hyperlinks: true}),
}

// FuzzShowOutput holds `talks show` to its safety promise: whatever the
// transcript's bytes, what its talks render to, in every style and at a
// few widths, is printable text, SGR sequences and OSC 8 hyperlinks to
// http(s) or file URLs (safetext.CheckTerminalOutput), and plain output has
// no escape at all.
func FuzzShowOutput(f *testing.F) {
	f.Add([]byte("# 2031测试大会 - P1：标题：林小雨 - 社区 - BV1xx411c7mD\n\n大家好，&#x1b;]8;;file:///etc/passwd&#x7;点我&#x1b;]8;;&#x7;。\n"))
	f.Add([]byte("# 题\n\n&#x9d;&#x202e;&#x90;&#x200e;&lrm;&#033;&#27[31m\n\n- [甲](/etc/passwd)\n- [乙](//evil.example/x)\n\n> 引用\u202e\n\n```go\nx := \"\x1b[2J\"\n```\n"))
	f.Add([]byte("# t\n\n![图](https://example.org/\u202e.png) ![](rel/a.png) <https://a.example/\x07>\n\n| a | b |\n|---|---|\n| \x1b]52;c;aGk=\x07 | \u009b31m |\n"))
	f.Add([]byte("\xff\xfe#\x00 \x00t\x00\n\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 8192 {
			return
		}
		talks, _ := loader.Parse("fuzz.md", data)
		for _, tk := range talks[:min(len(talks), 3)] {
			for st, r := range fuzzRenderers {
				for _, w := range []int{1, 13, 80} {
					out := r.Page(tk, w).String()
					if err := safetext.CheckTerminalOutput(out); err != nil {
						t.Fatalf("%s width %d: %v\n%q", st, w, err, out)
					}
					if st == Plain && strings.ContainsRune(out, 0x1b) {
						t.Fatalf("plain width %d: an escape: %q", w, out)
					}
				}
			}
		}
	})
}

// clusters is the number of grapheme clusters in s.
func clusters(s string) int {
	n := 0
	for s != "" {
		c, _ := safetext.FirstCluster(s)
		s = s[len(c):]
		n++
	}
	return n
}
