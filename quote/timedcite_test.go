package quote

import (
	"slices"
	"testing"
	"time"

	"talks/model"
)

// timedPanel is a timed panel on YouTube: a host and two guests, each
// paragraph said by one of them.
func timedPanel() *model.Talk {
	para := func(n int, at time.Duration, who, text string) model.Block {
		return model.Block{Kind: model.KindParagraph, Para: n, Text: text, Timed: true, Start: at, End: at + 3*time.Second, Speaker: who}
	}
	return &model.Talk{
		ID: "yt-Kq7_3-zzXYW", Title: "A panel on open data", Event: "Open Data Day", VideoID: "Kq7_3-zzXYW", VideoSite: model.SiteYouTube,
		Speakers: []model.Speaker{{Name: "Mei Lin", Role: model.RoleHost}, {Name: "Tom Hart", Role: model.RoleGuest}, {Name: "周可", Role: model.RoleGuest}},
		Blocks: []model.Block{
			para(1, 0, "Mei Lin", "Welcome."),
			{Kind: model.KindHeading, Level: 2, Text: "Cards", Timed: true, Start: 9 * time.Second},
			para(2, 9*time.Second, "Tom Hart", "Cards travel with data."),
			para(3, 14*time.Second, "周可", "卡片跟着数据走。"),
			para(4, time.Hour+2*time.Minute+3*time.Second, "Tom Hart", "To close."),
			para(5, time.Hour+3*time.Minute, "", "Applause."),
		},
	}
}

func TestCitationOf(t *testing.T) {
	panel := timedPanel()
	unnamed := timedPanel()
	for i := range unnamed.Blocks {
		unnamed.Blocks[i].Speaker = ""
	}
	bili := &model.Talk{Title: "索引的结构", Part: 2, VideoID: "BV1Ab411c7Xy",
		Blocks: []model.Block{{Kind: model.KindParagraph, Para: 1, Text: "先看倒排表。", Timed: true, Start: 8 * time.Second}}}
	bare := &model.Talk{Blocks: bili.Blocks}
	tests := []struct {
		name   string
		talk   *model.Talk
		blocks []int
		want   string
	}{
		{"one guest, at a moment", panel, []int{2}, "— Tom Hart，《A panel on open data》，Open Data Day，00:09，https://www.youtube.com/watch?v=Kq7_3-zzXYW&t=9s"},
		{"two of the panel, in order of word, any order given", panel, []int{3, 2, 3}, "— Tom Hart、周可，《A panel on open data》，Open Data Day，00:09，https://www.youtube.com/watch?v=Kq7_3-zzXYW&t=9s"},
		{"the host keeps their mark; at the start the plain link", panel, []int{0, 2}, "— Mei Lin（主持）、Tom Hart，《A panel on open data》，Open Data Day，00:00，https://www.youtube.com/watch?v=Kq7_3-zzXYW"},
		{"past the hour", panel, []int{4}, "— Tom Hart，《A panel on open data》，Open Data Day，1:02:03，https://www.youtube.com/watch?v=Kq7_3-zzXYW&t=3723s"},
		{"a paragraph no one is named for: the talk's speakers", panel, []int{5}, "— Mei Lin（主持）、Tom Hart、周可，《A panel on open data》，Open Data Day，1:03:00，https://www.youtube.com/watch?v=Kq7_3-zzXYW&t=3780s"},
		{"no speaker named anywhere", unnamed, []int{2}, "— Mei Lin（主持）、Tom Hart、周可，《A panel on open data》，Open Data Day，00:09，https://www.youtube.com/watch?v=Kq7_3-zzXYW&t=9s"},
		{"Bilibili, at a part", bili, []int{0}, "— 《索引的结构》，P2，00:08，https://www.bilibili.com/video/BV1Ab411c7Xy?p=2&t=8"},
		{"nothing known but the time", bare, []int{0}, "— 00:08"},
		{"no timed block among them", panel, []int{-1, 99}, Citation(panel)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CitationOf(tt.talk, tt.blocks); got != tt.want {
				t.Errorf("CitationOf = %q\nwant         %q", got, tt.want)
			}
		})
	}
	untimed := fixtureTalk()
	if got, want := CitationOf(untimed, []int{0, 1}), Citation(untimed); got != want {
		t.Errorf("untimed talk: %q, want Citation's %q", got, want)
	}
}

func TestMarkdownOfTimed(t *testing.T) {
	panel := timedPanel()
	from, to, err := ParseParas("2-3", panel)
	if err != nil {
		t.Fatal(err)
	}
	blocks := ParaBlocks(panel, from, to)
	if !slices.Equal(blocks, []int{2, 3}) {
		t.Fatalf("ParaBlocks(2, 3) = %v, want [2 3]", blocks)
	}
	got := MarkdownOf(panel, Paras(panel, from, to), blocks)
	want := "> Cards travel with data.\n>\n> 卡片跟着数据走。\n>\n> — Tom Hart、周可，《A panel on open data》，Open Data Day，00:09，https://www.youtube.com/watch?v=Kq7_3-zzXYW&t=9s"
	if got != want {
		t.Errorf("MarkdownOf:\n%s\nwant\n%s", got, want)
	}
	if got := Blocks(Sentences(panel)); !slices.Equal(got, []int{0, 2, 3, 4, 5}) {
		t.Errorf("Blocks of every sentence = %v", got)
	}
}
