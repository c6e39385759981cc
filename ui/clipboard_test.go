package ui

import (
	"strings"
	"testing"

	"talks/model"
	"talks/ui/intent"
)

// TestCleanCopy: a link loses every control character and line break; a
// quote keeps its line breaks and loses every other control character,
// escape sequence, bidi control and mark, and separator.
func TestCleanCopy(t *testing.T) {
	tests := []struct {
		kind     intent.CopyKind
		in, want string
	}{
		{intent.Link, "\x1b[201~\necho PWNED\n", "echo PWNED"},
		{intent.Link, "https://example.org/a\r\nb\tc", "https://example.org/abc"},
		{intent.Link, "/data/s\x1b]52;c;ZXZpbA==\x07.png", "/data/s.png"},
		{intent.Link, "a\u202eb\u2066c\u2069\u200ed\u200f\u061ce\u2028f\u2029", "abcdef"},
		{intent.Link, "c1\u0085\u009b31m!", "c1!"},
		{intent.Quote, "> 第一句。\n>\n> 第二\x1b[31m句\x07。\r", "> 第一句。\n>\n> 第二句。"},
		{intent.Quote, "a\u202eb\u2028c\x7f\x00d\te", "abcde"},
		{intent.Quote, "bad \xff utf8", "bad  utf8"},
	}
	for _, tt := range tests {
		if got := cleanCopy(tt.kind, tt.in); got != tt.want {
			t.Errorf("cleanCopy(%d, %q) = %q, want %q", tt.kind, tt.in, got, tt.want)
		}
	}
}

// TestCopiedLinkIsClean copies the link of an image whose target ends a
// bracketed paste and runs a command: neither the terminal's clipboard
// (the OSC 52 sequence) nor the system clipboard gets an escape or a line
// break; a quote of hostile text keeps only its own line breaks.
func TestCopiedLinkIsClean(t *testing.T) {
	hostile := "\x1b[201~\necho PWNED\n"
	talk := build(talkSpec{ID: "BVhost-p1", Title: "恶意链接", Blocks: []model.Block{
		para("第一句\u202e话\x1b[2J。第二\x1b]0;t\x07句。"),
		{Kind: model.KindImage, Text: hostile},
	}})
	d := newDriver(t, &model.Corpus{Talks: []*model.Talk{talk}}, 80, 24)
	d.press("i")
	osc := d.osc52(d.pressCmd("c"))
	if len(osc) != 1 || len(d.copied) != 1 {
		t.Fatalf("OSC 52 %q, system clipboard %q: want one copy each", osc, d.copied)
	}
	for _, got := range []string{osc[0], d.copied[0]} {
		if strings.ContainsAny(got, "\x1b\n\r") || got != "echo PWNED" {
			t.Errorf("the clipboard got %q, want %q", got, "echo PWNED")
		}
	}
	d.press("q", "v", "j")
	osc = d.osc52(d.pressCmd("Y"))
	if len(osc) != 1 || osc[0] != "第一句话。第二句。" || d.copied[1] != osc[0] {
		t.Errorf("the quote's text reached the clipboard as %q and %q", osc, d.copied[1:])
	}
}
