package render

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"talks/model"
)

// TestClean checks that escape sequences go whole, in their 7-bit and
// 8-bit (C1) forms, and that controls and bidi characters go too.
func TestClean(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain text is kept", "中文 and English\n第二行", "中文 and English\n第二行"},
		{"7-bit CSI", "红\x1b[31m色\x1b[0m", "红色"},
		{"C1 CSI", "红\u009b31m色\u009b0m", "红色"},
		{"C1 OSC 8 ended by C1 ST", "看\u009d8;;https://example.org\u009c这里\u009d8;;\u009c", "看这里"},
		{"unterminated OSC keeps the next line", "一\x1b]0;标题\n二", "一\n二"},
		{"bidi override and isolate", "abc\u202edef\u2066g\u2069", "abcdefg"},
		{"C0, DEL and lone C1", "a\x00b\x7fc\u0085d\u009ce", "abcde"},
		{"tab", "a\tb", "a b"},
		{"invalid UTF-8", "a\xffb", "a\uFFFDb"},
	}
	for _, tt := range tests {
		if got := clean(tt.in); got != tt.want {
			t.Errorf("%s: clean(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

// TestHostileBlocks renders blocks of every kind that carry C1 sequences
// and bidi overrides: neither they nor the rest of a sequence may show, and
// a link target with a bidi override or line break is not made a link.
func TestHostileBlocks(t *testing.T) {
	text := "前\u009b31m中\u202e后\u2066完"
	tk := &model.Talk{ID: "x", Title: text, Images: []model.Image{
		{N: 1, Alt: text, Target: "https://example.org/\u202egnp.exe"},
		{N: 2, Target: "https://example.org/\n2.png"},
	}}
	for k := model.KindParagraph; k <= model.KindRule; k++ {
		tk.Blocks = append(tk.Blocks, model.Block{Kind: k, Text: text, Image: 1})
	}
	tk.Blocks = append(tk.Blocks, model.Block{Kind: model.KindImage, Image: 2})
	for _, st := range []Style{Plain, Dark} {
		out := New(Options{Style: st, Hyperlinks: true}).Page(tk, 60).String()
		if strings.ContainsAny(out, "\u009b\u202e\u2066") || strings.Contains(out, "31m中") {
			t.Errorf("%s: a C1 sequence or bidi character got through: %q", st, out)
		}
		if strings.Contains(out, "\x1b]8;;https") {
			t.Errorf("%s: a link to a target with a bidi override or line break: %q", st, out)
		}
		if !strings.Contains(ansi.Strip(out), "前中后完") {
			t.Errorf("%s: text lost: %q", st, ansi.Strip(out))
		}
	}
}
