package index

import (
	"slices"
	"testing"
)

func ids(ms []Match) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.ID
	}
	return out
}

func TestFindRanking(t *testing.T) {
	ix := Build(fixtureTalks())
	tests := []struct {
		name  string
		query string
		// first are the IDs expected first, in any order among themselves.
		first []string
		// absent must not match at all.
		absent []string
	}{
		{"chinese name", "黄闻皓", []string{"BVfix0001-p4", "BVfix0001-p7"}, []string{"BVfix0002-p2"}},
		{"full pinyin name", "huangwenhao", []string{"BVfix0001-p4", "BVfix0001-p7"}, nil},
		{"initials name beats an English acronym", "hwh", []string{"BVfix0001-p4", "BVfix0001-p7"}, nil},
		{"name with a space", "huang wenhao", []string{"BVfix0001-p4", "BVfix0001-p7"}, nil},
		{"initials", "dmx", []string{"BVfix0001-p4"}, []string{"how-we-hire"}},
		{"chinese phrase", "多模态", []string{"BVfix0003-p1"}, []string{"BVfix0001-p4"}},
		{"english word", "scaling", []string{"BVfix0002-p2"}, []string{"BVfix0001-p4"}},
		{"english any case", "SCALING laws", []string{"BVfix0002-p2"}, nil},
		{"english name", "alice wong", []string{"BVfix0002-p2", "how-we-hire"}, nil},
		{"multi-term", "黄 yi", []string{"BVfix0001-p4"}, []string{"BVfix0003-p1", "how-we-hire"}},
		{"multi-term any order", "yi 黄", []string{"BVfix0001-p4"}, []string{"BVfix0003-p1"}},
		{"letters as typed beat pinyin", "Yi", []string{"BVfix0001-p4", "BVfix0002-p2"}, nil},
		{"part", "p7", []string{"BVfix0001-p7"}, nil},
		{"heteronym second reading", "yinhang", []string{"fintech-talk"}, nil},
		{"heteronym initials", "yh", []string{"fintech-talk"}, nil},
		{"name by a second reading", "zhanghang", []string{"fintech-talk"}, nil},
		{"name initials by a second reading", "zh", []string{"fintech-talk"}, nil},
		{"event", "星河", []string{"BVfix0001-p4", "BVfix0001-p7", "BVfix0003-p1"}, []string{"fintech-talk"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ids(ix.Find(tt.query, 0))
			if len(got) < len(tt.first) {
				t.Fatalf("Find(%q) = %v, want %v first", tt.query, got, tt.first)
			}
			head := slices.Clone(got[:len(tt.first)])
			want := slices.Clone(tt.first)
			slices.Sort(head)
			slices.Sort(want)
			if !slices.Equal(head, want) {
				t.Errorf("Find(%q) = %v, want %v first", tt.query, got, tt.first)
			}
			for _, id := range tt.absent {
				if slices.Contains(got, id) {
					t.Errorf("Find(%q) = %v, should not contain %s", tt.query, got, id)
				}
			}
		})
	}
}

func TestFindNoMatch(t *testing.T) {
	ix := Build(fixtureTalks())
	for _, q := range []string{"zzzz", "量子", "黄 qqq"} {
		if got := ix.Find(q, 0); len(got) != 0 {
			t.Errorf("Find(%q) = %v, want nothing", q, ids(got))
		}
	}
}

func TestFindEmptyAndLimit(t *testing.T) {
	talks := fixtureTalks()
	ix := Build(talks)
	if got := ix.Find("", 0); len(got) != len(talks) || got[0].ID != talks[0].ID {
		t.Errorf("Find(\"\") = %v, want every talk in order", ids(got))
	}
	if got := ix.Find("", 2); len(got) != 2 {
		t.Errorf("Find(\"\", 2) gave %d matches", len(got))
	}
	if got := ix.Find("a", 3); len(got) != 3 {
		t.Errorf("Find(\"a\", 3) gave %d matches", len(got))
	}
}

// highlighted is the runes of text at positions.
func highlighted(text string, pos []int) string {
	r := []rune(text)
	var out []rune
	for _, p := range pos {
		out = append(out, r[p])
	}
	return string(out)
}

func TestFindHighlights(t *testing.T) {
	ix := Build(fixtureTalks())
	tests := []struct {
		query, id, want string
	}{
		{"模型训练", "BVfix0001-p4", "模型训练"},
		{"dmx", "BVfix0001-p4", "大模型"},
		{"yi-lite", "BVfix0001-p4", "Yi-Lite"},
		{"hwh", "BVfix0001-p4", "黄闻皓"},
		{"huangwenhao", "BVfix0001-p7", "黄闻皓"},
		{"黄 lite", "BVfix0001-p4", "Lite黄"},
		{"yinhang", "fintech-talk", "银行"},
		{"scaling", "BVfix0002-p2", "Scaling"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			for _, m := range ix.Find(tt.query, 0) {
				if m.ID != tt.id {
					continue
				}
				if got := highlighted(m.Text, m.Positions); got != tt.want {
					t.Errorf("Find(%q) on %q highlights %q at %v, want %q", tt.query, m.Text, got, m.Positions, tt.want)
				}
				return
			}
			t.Errorf("Find(%q) did not find %s", tt.query, tt.id)
		})
	}
}

func TestFindPrefixCacheAgrees(t *testing.T) {
	talks := fixtureTalks()
	typed := Build(talks)
	for _, q := range []string{"h", "hw", "hwh", "hwh ", "hwh y", "hwh yi", "hw", "d", "dm", "dmx"} {
		got := ids(typed.Find(q, 0))
		want := ids(Build(talks).Find(q, 0))
		if !slices.Equal(got, want) {
			t.Errorf("Find(%q) after typing = %v, fresh = %v", q, got, want)
		}
	}
}

func TestLine(t *testing.T) {
	talks := fixtureTalks()
	talks[3].Volume = "星河文集（一）"
	want := "多模态理解的新进展 · 李晓明 · 多模态模型 · 2025星河智能大会 · P1 · 星河文集（一）"
	if got := Line(talks[3]); got != want {
		t.Errorf("Line = %q, want %q", got, want)
	}
	talks[4].Volume = talks[4].Event
	if got, want := Line(talks[4]), "银行业的智能风控 · 张行 · 风险管理 · 金融科技周"; got != want {
		t.Errorf("Line = %q, want %q", got, want)
	}
}

func TestFindConcurrent(t *testing.T) {
	ix := Build(genTalks(3000))
	queries := []string{"h", "hw", "hwh", "d", "dm", "模型", "p4", "star"}
	want := map[string][]string{}
	for _, q := range queries {
		want[q] = ids(Build(ix.Talks()).Find(q, 20))
	}
	done := make(chan bool)
	for g := range 4 {
		go func() {
			defer func() { done <- true }()
			for i := range 20 {
				q := queries[(g+i)%len(queries)]
				if got := ids(ix.Find(q, 20)); !slices.Equal(got, want[q]) {
					t.Errorf("concurrent Find(%q) = %v, want %v", q, got, want[q])
					return
				}
			}
		}()
	}
	for range 4 {
		<-done
	}
}

func TestCount(t *testing.T) {
	ix := Build(fixtureTalks())
	for _, q := range []string{"", "h", "黄 yi", "hwh", "qqqq"} {
		if got, want := ix.Count(q), len(ix.Find(q, 0)); got != want {
			t.Errorf("Count(%q) = %d, Find gives %d", q, got, want)
		}
	}
}

// TestFindTiesInTalkOrder: results are best first, and talks with the same
// score come in talk order.
func TestFindTiesInTalkOrder(t *testing.T) {
	talks := genTalks(5000)
	order := map[string]int{}
	for i, tk := range talks {
		order[tk.ID] = i
	}
	ix := Build(talks)
	for _, q := range []string{"h", "p4", "星河", "hw", "star 2"} {
		ms := ix.Find(q, 0)
		ties := 0
		for i := 1; i < len(ms); i++ {
			a, b := ms[i-1], ms[i]
			if a.Score < b.Score || a.Score == b.Score && order[a.ID] > order[b.ID] {
				t.Fatalf("Find(%q): %s (score %d) before %s (score %d)", q, a.ID, a.Score, b.ID, b.Score)
			}
			if a.Score == b.Score {
				ties++
			}
		}
		if ties == 0 {
			t.Errorf("Find(%q): no ties among %d matches; pick a query with some", q, len(ms))
		}
	}
}
