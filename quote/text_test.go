package quote

import (
	"testing"

	"talks/model"
)

func TestText(t *testing.T) {
	talk := fixtureTalk()
	sents := Sentences(talk)
	pick := func(idx ...int) []Sentence {
		var sel []Sentence
		for _, i := range idx {
			sel = append(sel, sents[i])
		}
		return sel
	}
	tests := []struct {
		name string
		sel  []Sentence
		want string
	}{
		{"nothing", nil, ""},
		{"one sentence", pick(1), "今天我讲三件事！"},
		{"chinese sentences join with nothing", pick(0, 1), "大家好。今天我讲三件事！"},
		{"english sentences join with a space", pick(3, 4), "We cleaned the data, e.g. removed duplicates. It took 3.5 days."},
		{"across a paragraph boundary", pick(2, 3, 4), "第一件是数据。\n\nWe cleaned the data, e.g. removed duplicates. It took 3.5 days."},
		{"a left-out english sentence", pick(3, 5), "We cleaned the data, e.g. removed duplicates. … Then we trained."},
		{"a left-out chinese sentence", pick(0, 2), "大家好。…第一件是数据。"},
		{"list items keep their markers and lines", pick(6, 7, 8, 9), "- 第一项：去重。\n- 第二项：过滤。再检查一遍。这是续行。"},
		{"mid-item start has no marker", pick(8, 9), "再检查一遍。这是续行。"},
		{"quote lines join, quote paragraphs keep a blank line", pick(10, 11, 12), "Small models can be strong.\n\n小模型也能很强。"},
		{"order and duplicates do not matter", pick(4, 3, 3), "We cleaned the data, e.g. removed duplicates. It took 3.5 days."},
		{"overlapping ranges keep the first", []Sentence{{Block: 0, Para: 1, Start: 0, End: 6}, {Block: 0, Para: 1, Start: 4, End: 10}}, "大家好。今天"},
		{"sentences outside the talk are dropped", append(pick(0), Sentence{Block: 99, Para: 1, Start: 0, End: 3}, Sentence{Block: 0, Para: 1, Start: 2, End: 200}), "大家好。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Text(talk, tt.sel); got != tt.want {
				t.Errorf("Text\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestTextStripsEscapes(t *testing.T) {
	talk := &model.Talk{Blocks: []model.Block{
		{Kind: model.KindParagraph, Text: "\x1b[31m警告\x1b[0m：小心。\a好的\x1b]8;;https://example.com\x07链接\x1b]8;;\x07。\u202e反转\t完。", Para: 1},
	}}
	want := "警告：小心。好的链接。反转 完。"
	if got := Text(talk, Sentences(talk)); got != want {
		t.Errorf("Text = %q, want %q", got, want)
	}
}

func TestTextInlineMarkdown(t *testing.T) {
	tests := []struct {
		name string
		kind model.Kind
		text string
		want string
	}{
		{"bold", model.KindParagraph, "这是**重点**。", "这是重点。"},
		{"bold cut by a sentence end", model.KindParagraph, "**第一句。第二句**还在。", "第一句。第二句还在。"},
		{"code", model.KindParagraph, "用`fp8`训练。", "用fp8训练。"},
		{"link keeps its text", model.KindParagraph, "见[官方文档](https://example.com/docs)。", "见官方文档。"},
		{"inline image goes", model.KindParagraph, "如图![图1](img/a.png)所示。", "如图所示。"},
		{"escapes", model.KindParagraph, `星号\*和井号\#。`, "星号*和井号#。"},
		{"single stars and underscores stay", model.KindParagraph, "A*搜索用了fp8_e4m3格式。", "A*搜索用了fp8_e4m3格式。"},
		{"bullets are written -", model.KindList, "*   **导航：** 找路。\n+ 第二项。\n    *   嵌套。", "- 导航： 找路。\n- 第二项。\n    - 嵌套。"},
		{"numbers are kept", model.KindList, "1. 第一。\n2) 第二。", "1. 第一。\n2) 第二。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			talk := &model.Talk{Blocks: []model.Block{{Kind: tt.kind, Text: tt.text, Para: 1}}}
			if got := Text(talk, Sentences(talk)); got != tt.want {
				t.Errorf("Text(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestParas(t *testing.T) {
	talk := fixtureTalk()
	tests := []struct {
		name     string
		from, to int
		want     string
	}{
		{"one paragraph", 1, 1, "大家好。今天我讲三件事！第一件是数据。"},
		{"a paragraph and a list", 2, 3, "We cleaned the data, e.g. removed duplicates. It took 3.5 days. Then we trained.\n\n- 第一项：去重。\n- 第二项：过滤。再检查一遍。这是续行。"},
		{"a quote block", 4, 4, "Small models can be strong.\n\n小模型也能很强。"},
		{"beyond the end", 6, 9, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Paras(talk, tt.from, tt.to); got != tt.want {
				t.Errorf("Paras(%d, %d)\n got %q\nwant %q", tt.from, tt.to, got, tt.want)
			}
		})
	}
}

// TestTextJoinsLikeTheLoader checks that the lines of a quote join as the
// loader joins a paragraph's lines (mdtext.JoinSpace): a space between a
// Chinese character and an English word, none between Chinese characters.
func TestTextJoinsLikeTheLoader(t *testing.T) {
	talk := &model.Talk{Blocks: []model.Block{{Kind: model.KindQuote, Para: 1, Text: "> 我们用了\n> English words\n> 和中文\n> 混排"}}}
	if got, want := Text(talk, Sentences(talk)), "我们用了 English words 和中文混排"; got != want {
		t.Errorf("Text = %q, want %q", got, want)
	}
}
