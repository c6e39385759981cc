package loader

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"talks/model"
)

func TestBlocks(t *testing.T) {
	type B = model.Block
	const (
		par   = model.KindParagraph
		head  = model.KindHeading
		list  = model.KindList
		quote = model.KindQuote
		code  = model.KindCode
		rule  = model.KindRule
	)
	tests := []struct {
		name string
		in   string // the body after a "# 题目" line
		want []B
	}{
		{"paragraphs", "甲乙\n丙丁\n\nsmall\nmodels\n", []B{
			{Kind: par, Text: "甲乙丙丁", Para: 1, Line: 2},
			{Kind: par, Text: "small models", Para: 2, Line: 5},
		}},
		{"sections", "## 一\n### 二 ###\n", []B{
			{Kind: head, Text: "一", Level: 2, Line: 2},
			{Kind: head, Text: "二", Level: 3, Line: 3},
		}},
		{"fenced code keeps # lines", "```go\n# 不是标题\n\n  x := 1\n```\n文字\n", []B{
			{Kind: code, Lang: "go", Text: "# 不是标题\n\n  x := 1", Line: 2},
			{Kind: par, Text: "文字", Para: 1, Line: 7},
		}},
		{"tilde fence closes only with tildes", "~~~\n```\n~~~\n", []B{
			{Kind: code, Text: "```", Line: 2},
		}},
		{"indented code", "    a\n\n      b\n\n文字\n", []B{
			{Kind: code, Text: "a\n\n  b", Line: 2},
			{Kind: par, Text: "文字", Para: 1, Line: 6},
		}},
		{"rules", "---\n* * *\n___\n", []B{
			{Kind: rule, Line: 2}, {Kind: rule, Line: 3}, {Kind: rule, Line: 4},
		}},
		{"lists with continuation and nesting", "- 一\n  续\n    - 嵌套\n\n- 二\n懒续\n\n文字\n", []B{
			{Kind: list, Text: "- 一\n  续\n    - 嵌套\n- 二\n懒续", Para: 1, Line: 2},
			{Kind: par, Text: "文字", Para: 2, Line: 9},
		}},
		{"a new marker starts a new list", "- 甲\n- 乙\n* 丙\n1. 丁\n", []B{
			{Kind: list, Text: "- 甲\n- 乙", Para: 1, Line: 2},
			{Kind: list, Text: "* 丙", Para: 2, Line: 4},
			{Kind: list, Text: "1. 丁", Para: 3, Line: 5},
		}},
		{"ordered list interrupts a paragraph", "理由如下：\n1. 快\n2. 省\n", []B{
			{Kind: par, Text: "理由如下：", Para: 1, Line: 2},
			{Kind: list, Text: "1. 快\n2. 省", Para: 2, Line: 3},
		}},
		{"a number other than 1 does not", "今年是\n2025. 年\n", []B{
			{Kind: par, Text: "今年是 2025. 年", Para: 1, Line: 2},
		}},
		{"bold is not a bullet", "**粗体**\n*斜体*\n", []B{
			{Kind: par, Text: "**粗体** *斜体*", Para: 1, Line: 2},
		}},
		{"quote with lazy line", "> 引用\n> 第二行\n懒行\n\n文字\n", []B{
			{Kind: quote, Text: "> 引用\n> 第二行\n懒行", Para: 1, Line: 2},
			{Kind: par, Text: "文字", Para: 2, Line: 6},
		}},
		{"heading and rule end a paragraph", "文字\n## 节\n文字\n---\n", []B{
			{Kind: par, Text: "文字", Para: 1, Line: 2},
			{Kind: head, Text: "节", Level: 2, Line: 3},
			{Kind: par, Text: "文字", Para: 2, Line: 4},
			{Kind: rule, Line: 5},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			talks, _ := Parse("b.md", []byte("# 题目\n"+tt.in))
			if len(talks) != 1 {
				t.Fatalf("%d talks", len(talks))
			}
			if got := talks[0].Blocks; !slices.Equal(got, tt.want) {
				t.Errorf("blocks\n%+v\nwant\n%+v", got, tt.want)
			}
		})
	}
}

func TestJoinLines(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  string
	}{
		{"one huge line", []string{"  一整段，很长。  "}, "一整段，很长。"},
		{"Chinese to Chinese", []string{"长文档", "理解"}, "长文档理解"},
		{"Latin to Latin", []string{"small", "models"}, "small models"},
		{"Chinese to Latin", []string{"我们用", "GPU"}, "我们用 GPU"},
		{"Latin to Chinese", []string{"GPU", "很快"}, "GPU 很快"},
		{"after CJK punctuation", []string{"首先，", "GPU"}, "首先，GPU"},
		{"before CJK punctuation", []string{"GPU", "。"}, "GPU。"},
		{"kana and hangul", []string{"です", "한국"}, "です한국"},
		{"blank lines skipped", []string{"a", "  ", "b"}, "a b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := joinLines(strings.Join(tt.lines, "\n") + "\n"); got != tt.want {
				t.Errorf("joinLines(%q) = %q, want %q", tt.lines, got, tt.want)
			}
		})
	}
}

func TestNotesFixture(t *testing.T) {
	talks, warns := Parse(filepath.Join("testdata", "notes.md"), loadFixture(t, "notes.md"))
	if len(talks) != 1 || len(warns) > 0 {
		t.Fatalf("%d talks, warnings %v", len(talks), warns)
	}
	tk := talks[0]
	want := "image paragraph heading paragraph code code paragraph list list list quote code rule heading paragraph image image paragraph"
	if got := blockKinds(tk.Blocks); got != want {
		t.Errorf("blocks\n%s\nwant\n%s", got, want)
	}
	var paras []int
	for _, b := range tk.Blocks {
		if b.Para > 0 {
			paras = append(paras, b.Para)
		}
	}
	if want := []int{1, 2, 3, 4, 5, 6, 7, 8, 9}; !slices.Equal(paras, want) {
		t.Errorf("paragraph numbers %v, want %v", paras, want)
	}
	if tk.Paragraphs() != 9 || len(tk.Sections()) != 2 {
		t.Errorf("%d paragraphs, %d sections; want 9, 2", tk.Paragraphs(), len(tk.Sections()))
	}
}
