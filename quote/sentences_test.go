package quote

import (
	"fmt"
	"slices"
	"testing"

	"talks/model"
)

func TestSentences(t *testing.T) {
	talk := fixtureTalk()
	want := []string{
		"0 ¶1 大家好。", "0 ¶1 今天我讲三件事！", "0 ¶1 第一件是数据。",
		"3 ¶2 We cleaned the data, e.g. removed duplicates.", "3 ¶2 It took 3.5 days.", "3 ¶2 Then we trained.",
		"4 ¶3 第一项：去重。", "4 ¶3 第二项：过滤。", "4 ¶3 再检查一遍。", "4 ¶3 这是续行。",
		"5 ¶4 Small models can", "5 ¶4 be strong.", "5 ¶4 小模型也能很强。",
		"6 ¶5 最后，谢谢大家。",
	}
	if got := describe(talk, Sentences(talk)); !slices.Equal(got, want) {
		t.Errorf("Sentences\n got %q\nwant %q", got, want)
	}
}

func TestBlockSentences(t *testing.T) {
	talk := fixtureTalk()
	tests := []struct {
		block int
		want  []string
	}{
		{0, []string{"0 ¶1 大家好。", "0 ¶1 今天我讲三件事！", "0 ¶1 第一件是数据。"}},
		{1, nil}, // heading
		{2, nil}, // image
		{6, []string{"6 ¶5 最后，谢谢大家。"}},
		{-1, nil},
		{7, nil},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.block), func(t *testing.T) {
			if got := describe(talk, BlockSentences(talk, tt.block)); !slices.Equal(got, tt.want) {
				t.Errorf("BlockSentences(%d) = %q, want %q", tt.block, got, tt.want)
			}
		})
	}
}

func TestAt(t *testing.T) {
	talk := fixtureTalk()
	sents := Sentences(talk)
	tests := []struct {
		name       string
		block, pos int
		want       string
	}{
		{"start of a block", 0, 0, "0 ¶1 大家好。"},
		{"inside a sentence", 0, 6, "0 ¶1 今天我讲三件事！"},
		{"an unnumbered block gives the next sentence", 1, 0, "3 ¶2 We cleaned the data, e.g. removed duplicates."},
		{"the space between sentences gives the next", 3, 45, "3 ¶2 It took 3.5 days."},
		{"past the end", 6, 100, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			if i := At(sents, tt.block, tt.pos); i >= 0 {
				got = describe(talk, sents[i:i+1])[0]
			}
			if got != tt.want {
				t.Errorf("At(%d, %d) = %q, want %q", tt.block, tt.pos, got, tt.want)
			}
		})
	}
}

// describe writes each sentence as "block ¶para text".
func describe(talk *model.Talk, sents []Sentence) []string {
	var out []string
	for _, s := range sents {
		r := []rune(talk.Blocks[s.Block].Text)
		out = append(out, fmt.Sprintf("%d ¶%d %s", s.Block, s.Para, string(r[s.Start:s.End])))
	}
	return out
}
