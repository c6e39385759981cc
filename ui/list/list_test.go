package list

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"talks/model"
	"talks/ui/kit"
	"talks/ui/uitest"
)

// TestListGroups checks the list's rows: volume or event, then forum, then
// talks by part, unknown parts last, groups in load order.
func TestListGroups(t *testing.T) {
	l := New(corpus().Talks)
	var got []string
	for _, r := range l.rows {
		switch r.kind {
		case rowGroup:
			got = append(got, "# "+r.text)
		case rowForum:
			got = append(got, "## "+r.text)
		default:
			got = append(got, r.talk.ID)
		}
	}
	want := []string{
		"# 测试大会 2030（一）",
		"## 智能体论坛", "BVtest0001-p1", "BVtest0001-p2", "BVtest0001-p3",
		"## Open Source Forum", "BVtest0002-p1", "BVtest0002-p2",
		"# Other talks", "notes-064",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestListNeighbors checks [ and ] stay within a forum.
func TestListNeighbors(t *testing.T) {
	c := corpus()
	l := New(c.Talks)
	tests := []struct {
		id   string
		dir  int
		want string // "" for none
	}{
		{"BVtest0001-p1", 1, "BVtest0001-p2"},
		{"BVtest0001-p2", -1, "BVtest0001-p1"},
		{"BVtest0001-p1", -1, ""},
		{"BVtest0001-p3", 1, ""}, // the next row is another forum
		{"BVtest0002-p1", -1, ""},
		{"notes-064", 1, ""},
	}
	for _, tt := range tests {
		n := l.Neighbor(c.ByID(tt.id), tt.dir)
		got := ""
		if n != nil {
			got = n.ID
		}
		if got != tt.want {
			t.Errorf("neighbor(%s, %d) = %q, want %q", tt.id, tt.dir, got, tt.want)
		}
	}
}

// TestTalkRowWidth checks that rows are cut by display width, never
// through a character, at every width, and keep as much as fits.
func TestTalkRowWidth(t *testing.T) {
	talk := &model.Talk{Part: 12, Title: "大模型训练方法论：Scaling 与对齐", Speakers: []model.Speaker{{Name: "黄文灏"}, {Name: "Alice"}}}
	l := New([]*model.Talk{talk})
	full := "  P12 大模型训练方法论：Scaling 与对齐  黄文灏、Alice"
	for _, selected := range []bool{false, true} {
		for w := 1; w <= ansi.StringWidth(full)+2; w++ {
			row := ansi.Strip(l.talkRow(talk, w, selected, true, StylesFrom(kit.PlainStyles())))
			if cw := ansi.StringWidth(row); cw > w {
				t.Errorf("w=%d selected=%v: %d cells: %q", w, selected, cw, row)
			}
			if !utf8.ValidString(row) {
				t.Errorf("w=%d: broken character in %q", w, row)
			}
			if ansi.StringWidth(full) <= w && strings.TrimRight(row[strings.IndexAny(row, "P"):], " ") != full[2:] {
				t.Errorf("w=%d: %q, want the whole row", w, row)
			}
			if cw := ansi.StringWidth(strings.TrimRight(row, " ")); ansi.StringWidth(full) > w && cw < w-1 {
				t.Errorf("w=%d: %q wastes room (%d cells)", w, row, cw)
			}
		}
	}
}

// corpus is the app tests' fixture shape: a volume with two forums (one of
// them a roundtable's), and a note with neither volume nor event.
func corpus() *model.Corpus {
	vol, ev := "测试大会 2030（一）", "2030测试大会"
	short := func(id, forum string, part int, title string) *model.Talk {
		return uitest.Build(uitest.Spec{ID: id, Volume: vol, Event: ev, Forum: forum, Part: part, Title: title,
			Blocks: []model.Block{uitest.Para("短段落。")}})
	}
	return &model.Corpus{Talks: []*model.Talk{
		uitest.RoundTalk(),
		short("BVtest0001-p1", "智能体论坛", 1, "开场致辞"),
		uitest.LongTalk(),
		short("BVtest0002-p2", "Open Source Forum", 2, "Open Weights"),
		short("BVtest0002-p1", "Open Source Forum", 1, "开源模型的生态与治理"),
		uitest.Build(uitest.Spec{ID: "notes-064", Title: "读书笔记：注意力机制", Blocks: []model.Block{uitest.Para("注意力就是加权平均。")}}),
	}}
}
