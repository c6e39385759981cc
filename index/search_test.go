package index

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"talks/model"
)

// hitText is the text of a hit, read from its block by its rune range.
func hitText(h Hit) string {
	r := []rune(h.Talk.Blocks[h.Block].Text)
	return string(r[h.Offset : h.Offset+h.Length])
}

func TestSearchCounts(t *testing.T) {
	ix := Build(fixtureTalks())
	tests := []struct {
		query string
		want  int
	}{
		{"大模型", 2},         // two in a paragraph; titles are not text
		{"transformer", 4}, // every case, the heading included
		{"TRANSFORMER", 4},
		{"模型", 5},
		{"aa", 2},         // non-overlapping in "aaaa"
		{"社区快\n- 闭源", 1},  // lists are searched as written
		{"compute **", 1}, // code too
		{"生命线", 1},        // quotes too
		{"量子", 0},
		{"", 0},
	}
	for _, tt := range tests {
		hits := ix.Search(context.Background(), tt.query, 0)
		if len(hits) != tt.want {
			t.Errorf("Search(%q) = %d hits, want %d", tt.query, len(hits), tt.want)
		}
		for _, h := range hits {
			if got := hitText(h); !strings.EqualFold(got, tt.query) {
				t.Errorf("Search(%q): hit at %s block %d offset %d reads %q", tt.query, h.ID, h.Block, h.Offset, got)
			}
		}
	}
}

func TestSearchOrderAndFields(t *testing.T) {
	ix := Build(fixtureTalks())
	hits := ix.Search(context.Background(), "模型", 0)
	type pos struct {
		id                  string
		block, para, offset int
	}
	want := []pos{
		{"BVfix0001-p4", 0, 1, 7}, {"BVfix0001-p4", 0, 1, 14},
		{"BVfix0001-p7", 0, 1, 13}, {"BVfix0001-p7", 0, 1, 18},
		{"BVfix0003-p1", 0, 1, 3},
	}
	if len(hits) < len(want) {
		t.Fatalf("Search gave %d hits, want at least %d", len(hits), len(want))
	}
	for i, w := range want {
		h := hits[i]
		if got := (pos{h.ID, h.Block, h.Para, h.Offset}); got != w {
			t.Errorf("hit %d = %+v, want %+v", i, got, w)
		}
	}
	if got := ix.Search(context.Background(), "模型", 3); len(got) != 3 || got[2].ID != "BVfix0001-p7" {
		t.Errorf("Search with limit 3 = %d hits", len(got))
	}
}

func TestSearchSnippet(t *testing.T) {
	long := strings.Repeat("前面的话很长。", 10) + "关键短语" + strings.Repeat("Later words follow here. ", 5)
	talk := &model.Talk{ID: "long", Blocks: []model.Block{para(1, long), para(2, "短\n关键短语\t结束")}}
	hits := SearchTalk(talk, "关键短语")
	if len(hits) != 2 {
		t.Fatalf("SearchTalk gave %d hits, want 2", len(hits))
	}
	for _, h := range hits {
		r := []rune(h.Snippet)
		if got := string(r[h.Start:h.End]); got != "关键短语" {
			t.Errorf("snippet %q [%d:%d] = %q", h.Snippet, h.Start, h.End, got)
		}
		if !utf8.ValidString(h.Snippet) || strings.ContainsAny(h.Snippet, "\n\t") {
			t.Errorf("snippet %q is not one valid line", h.Snippet)
		}
		if n := len(r); n > 2*snippetRunes+4+2 {
			t.Errorf("snippet %q has %d runes", h.Snippet, n)
		}
	}
	first := hits[0].Snippet
	if !strings.HasPrefix(first, "…") || !strings.HasSuffix(first, "…") || hits[0].Start != snippetRunes+1 {
		t.Errorf("long snippet %q (hit at %d) should be cut on both sides", first, hits[0].Start)
	}
	if want := "短 关键短语 结束"; hits[1].Snippet != want || hits[1].Start != 2 {
		t.Errorf("short snippet = %q at %d, want %q at 2", hits[1].Snippet, hits[1].Start, want)
	}
}

func TestSearchTalkOrder(t *testing.T) {
	talk := fixtureTalks()[0]
	hits := SearchTalk(talk, "Transformer")
	var got []int
	for _, h := range hits {
		got = append(got, h.Block*1000+h.Offset)
	}
	want := []int{2003, 3004, 3021, 3037}
	if len(got) != len(want) {
		t.Fatalf("SearchTalk = %v, want %v (block*1000+offset)", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("SearchTalk = %v, want %v (block*1000+offset)", got, want)
			break
		}
	}
	if hits[0].Para != 0 || hits[1].Para != 2 {
		t.Errorf("paras = %d, %d; want 0 (heading), 2", hits[0].Para, hits[1].Para)
	}
}

func TestSearchCancelled(t *testing.T) {
	ix := Build(fixtureTalks())
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if hits := ix.Search(ctx, "模型", 0); hits != nil {
		t.Errorf("Search with a cancelled context = %d hits, want nil", len(hits))
	}
	if hits := ix.Search(context.Background(), "模型", 0); len(hits) == 0 {
		t.Error("Search found nothing after a cancelled search")
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Yi-Large 大模型", "yi-large 大模型"},
		{"ÉCOLE Straße", "école straße"},
		{"ＡＢＣ", "ａｂｃ"},
		{"\xffA", "\xffa"},
		{"already lower 中文", "already lower 中文"},
	}
	for _, tt := range tests {
		got := fold(tt.in)
		if got != tt.want || len(got) != len(tt.in) {
			t.Errorf("fold(%q) = %q, want %q of the same length", tt.in, got, tt.want)
		}
	}
}

func TestSearchInvalidUTF8(t *testing.T) {
	talk := &model.Talk{ID: "bad", Blocks: []model.Block{para(1, "坏\xff\xfe字节 and 关键")}}
	hits := SearchTalk(talk, "关键")
	if len(hits) != 1 || hitText(hits[0]) != "关键" {
		t.Fatalf("SearchTalk on invalid UTF-8 = %+v", hits)
	}
}
