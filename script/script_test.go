package script

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"talks/model"
)

func TestToSimplified(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"頭髮", "头发"},
		{"發展", "发展"},
		{"頭髮發展", "头发发展"},
		{"乾淨", "干净"},
		{"幹部", "干部"},
		{"乾隆", "乾隆"}, // a name: the phrase keeps 乾
		{"邊緣", "边缘"},
		{"機器學習", "机器学习"},
		{"記憶體的 KV-Cache 很大", "记忆体的 KV-Cache 很大"},
		{"已是简体", "已是简体"},
		{"", ""},
		{"plain ASCII", "plain ASCII"},
		{"們\xff們", "们\xff们"}, // an invalid byte stays where it was
	} {
		got, err := ToSimplified(c.in)
		if err != nil || got != c.want {
			t.Errorf("ToSimplified(%q) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
}

func TestToTraditional(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"头发", "頭髮"},
		{"理发", "理髮"},
		{"发展", "發展"},
		{"干净", "乾淨"},
		{"干部", "幹部"},
		{"干涉", "干涉"},
		{"饼干", "餅乾"},
		{"机器学习", "機器學習"},
		{"边缘", "邊緣"},
		{"后来的皇后", "後來的皇后"},
		{"GPU 集群", "GPU 集羣"},
	} {
		got, err := ToTraditional(c.in)
		if err != nil || got != c.want {
			t.Errorf("ToTraditional(%q) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
}

func TestSimplify(t *testing.T) {
	for _, c := range []struct{ in, want rune }{
		{'發', '发'}, {'髮', '发'}, {'乾', '干'}, {'幹', '干'}, {'邊', '边'},
		{'們', '们'}, {'们', '们'}, {'干', '干'}, {'a', 'a'}, {'，', '，'}, {'𠀀', '𠀀'},
	} {
		if got := Simplify(c.in); got != c.want {
			t.Errorf("Simplify(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestSimplifyIsOpenCC checks the character table against the library: for
// every character of the main CJK blocks and every other one the table
// maps, Simplify gives what t2s conversion of that character alone gives
// (applied until it no longer changes), and Simplify is idempotent.
func TestSimplifyIsOpenCC(t *testing.T) {
	cc, err := t2s()
	if err != nil {
		t.Fatal(err)
	}
	runes := []rune{}
	for r := rune(tableLo); r <= tableHi; r++ {
		runes = append(runes, r)
	}
	for r := range simplifyTable().other {
		runes = append(runes, r)
	}
	changed := 0
	for _, r := range runes {
		want := string(r)
		for range 8 {
			next, err := cc.Convert(want)
			if err != nil {
				t.Fatal(err)
			}
			if next == want {
				break
			}
			want = next
		}
		got := Simplify(r)
		if string(got) != want {
			t.Errorf("Simplify(%q) = %q, OpenCC gives %q", r, got, want)
		}
		if Simplify(got) != got {
			t.Errorf("Simplify(Simplify(%q)) = %q, not %q", r, Simplify(got), got)
		}
		if got != r {
			changed++
		}
	}
	if changed < 2000 {
		t.Errorf("only %d characters change: the table did not load", changed)
	}
}

func TestDetect(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Script
	}{
		{"我們在資料中心的叢集裡面訓練了一個大模型", Traditional},
		{"我们在数据中心的集群里面训练了一个大模型", Simplified},
		{"乾隆年间的故事，我们今天来讲一讲这段历史", Simplified}, // one Traditional-only character in 19
		{"GPT-4 and KV-Cache", Unknown},
		{"", Unknown},
	} {
		if got := Detect(c.in); got != c.want {
			t.Errorf("Detect(%q) = %v (%+v), want %v", c.in, got, Count(c.in), c.want)
		}
	}
}

// TestDetectCorpus: the real talks the corpus README calls Traditional are
// detected so, and the others Simplified (or Unknown: English talks).
func TestDetectCorpus(t *testing.T) {
	files, _ := filepath.Glob("../../shared/corpus/dev/*.md")
	if len(files) == 0 {
		t.Skip("../shared/corpus is absent: the real transcripts are not in the project")
	}
	trad := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		c := Count(string(b))
		share := float64(c.Traditional) / float64(max(c.Han, 1))
		if share > 0.02 && share < 0.2 {
			t.Errorf("%s: %.3f of its Han characters are Traditional only: neither clearly one script nor the other", filepath.Base(f), share)
		}
		if c.Script() == Traditional {
			trad++
		}
	}
	if trad == 0 {
		t.Error("no talk of the corpus is Traditional; its README says some are")
	}
}

func TestTalk(t *testing.T) {
	orig := &model.Talk{
		ID: "BVtrad-p1", Title: "邊緣裝置上的機器學習", Event: "2024開發者大會", Heading: "邊緣裝置上的機器學習",
		Speakers: []model.Speaker{{Name: "張曉華", Role: model.RoleSpeaker}},
		Blocks: []model.Block{
			{Kind: model.KindParagraph, Text: "我們發現頭髮和 KV-Cache 的記憶體問題。", Para: 1},
			{Kind: model.KindCode, Text: "# 這是註解\nx = 1"},
			{Kind: model.KindImage, Image: 1},
		},
		Images: []model.Image{{N: 1, Alt: "投影片", Target: "https://img.example.com/a.png"}},
	}
	keep := *orig
	got, err := Talk(orig, Simplified)
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != "边缘装置上的机器学习" || got.Event != "2024开发者大会" || got.Speakers[0].Name != "张晓华" ||
		got.Images[0].Alt != "投影片" {
		t.Errorf("metadata not converted: %+v", got)
	}
	if got.Blocks[0].Text != "我们发现头发和 KV-Cache 的记忆体问题。" {
		t.Errorf("paragraph = %q", got.Blocks[0].Text)
	}
	if got.Blocks[1].Text != orig.Blocks[1].Text || got.ID != orig.ID || got.Heading != orig.Heading {
		t.Error("code, ID or heading changed")
	}
	for i := range got.Blocks {
		if utf8.RuneCountInString(got.Blocks[i].Text) != utf8.RuneCountInString(orig.Blocks[i].Text) {
			t.Errorf("block %d changed length in runes", i)
		}
	}
	if orig.Title != keep.Title || orig.Blocks[0].Text != "我們發現頭髮和 KV-Cache 的記憶體問題。" || orig.Speakers[0].Name != "張曉華" {
		t.Error("the original talk changed")
	}
	if TalkCounts(orig).Script() != Traditional || TalkCounts(got).Script() != Simplified {
		t.Errorf("scripts: %v → %v", TalkCounts(orig).Script(), TalkCounts(got).Script())
	}
	back, err := Talk(got, Traditional)
	if err != nil || !strings.Contains(back.Blocks[0].Text, "頭髮") {
		t.Errorf("back to Traditional: %q, %v", back.Blocks[0].Text, err)
	}
	if same, _ := Talk(orig, Unknown); same != orig {
		t.Error("Talk(t, Unknown) is not t")
	}
}
