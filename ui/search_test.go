package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// TestSearchFlows types on the search screen and compares the screen with
// a golden file.
func TestSearchFlows(t *testing.T) {
	tests := []struct {
		name  string
		w, h  int
		keys  []string
		typed string
		want  []string
	}{
		{"search_empty", 100, 20, []string{"ctrl+f"}, "", []string{"Search all talks", "type to search"}},
		{"search_chinese", 100, 20, []string{"ctrl+f"}, "独角兽", []string{"› ¶ 25 · 长报告：评测的方法", "独角兽计划", "1/1 hit"}},
		{"search_english", 100, 20, []string{"ctrl+f"}, "Open weights", []string{"¶ 2 · 圆桌：开放与安全", "Open weights help research", "1/1 hit"}},
		{"search_no_match", 100, 20, []string{"ctrl+f"}, "zzzz", []string{"No match."}},
		{"search_narrow", 40, 15, []string{"j", "enter", "ctrl+f"}, "真正的规律", []string{"真正的规律"}},
		{"search_from_finder", 100, 20, []string{"ctrl+k", "ctrl+f"}, "预训练", []string{"¶ 2 · 大模型的预训练：数据与算力", "预训练的关键"}},
		{"search_heading", 100, 20, []string{"ctrl+f"}, "section 3", []string{"heading · 智能体的记忆与规划：From Tools to Teams", "第3部分：Section 3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDriver(t, findCorpus(), tt.w, tt.h)
			d.press(tt.keys...)
			d.typeText(tt.typed)
			v := d.view()
			checkFits(t, v, tt.w, tt.h)
			for _, s := range tt.want {
				if !strings.Contains(v, s) {
					t.Errorf("screen lacks %q:\n%s", s, v)
				}
			}
			if d.m.state != stateSearch {
				t.Errorf("state %v, want the search screen", d.m.state)
			}
			golden.RequireEqual(t, v)
		})
	}
}

// TestSearchHighlight checks the hit in the snippet is highlighted.
func TestSearchHighlight(t *testing.T) {
	d := newDriver(t, findCorpus(), 100, 20, "NO_COLOR=1")
	d.press("ctrl+f")
	d.typeText("独角兽")
	if want := d.m.styles.Match.Inherit(d.m.styles.Faint).Render("独角兽"); !strings.Contains(d.m.View().Content, want) {
		t.Errorf("the hit is not highlighted as %q:\n%q", want, d.m.View().Content)
	}
}

// TestSearchOpensAtHit presses Enter on a hit deep in a long talk: the
// talk opens with that paragraph in view, the hit highlighted as the
// current match and "1/1" in the status line.
func TestSearchOpensAtHit(t *testing.T) {
	for _, size := range [][2]int{{100, 20}, {140, 20}, {40, 12}} {
		d := newDriver(t, findCorpus(), size[0], size[1], "NO_COLOR=1")
		d.press("ctrl+f")
		d.typeText("独角兽")
		d.press("enter")
		r := d.m.reader
		if d.m.state != stateReader || r.Talk().ID != "BVtest0003-p2" {
			t.Fatalf("%v: state %v talk %v, want the long talk in the reader", size, d.m.state, r.Talk())
		}
		b := r.Talk().BlockOfPara(25)
		if first, last := r.Page().LineOf(b), r.Page().LineOf(b+1)-1; last <= r.Top() || first >= r.Top()+r.Height() {
			t.Errorf("%v: paragraph 25 (lines %d-%d) not in view (top %d, %d lines)", size, first, last, r.Top(), r.Height())
		}
		v := d.view()
		if !strings.Contains(v, "1/1") || !strings.Contains(v, "/独角兽") {
			t.Errorf("%v: status lacks the match count:\n%s", size, v)
		}
		if want := d.m.styles.CurrentHit.Render("独角兽"); !strings.Contains(d.m.View().Content, want) {
			t.Errorf("%v: the hit is not highlighted as %q", size, want)
		}
		if size[0] == 100 {
			golden.RequireEqual(t, v)
		}
	}
}

// TestSearchWhileIndexing types a query before the index is built: the
// search runs when it arrives.
func TestSearchWhileIndexing(t *testing.T) {
	c := findCorpus()
	d := &driver{t: t, m: New(Options{Source: "test corpus"})}
	d.resize(80, 20)
	next, _ := d.m.Update(loadedMsg{corpus: c}) // the index command is not run
	d.m = next.(Model)
	d.press("ctrl+f")
	d.typeText("独角兽")
	if v := d.view(); !strings.Contains(v, "indexing…") {
		t.Errorf("no indexing line:\n%s", v)
	}
	d.send(buildIndex(c.Talks)())
	if v := d.view(); !strings.Contains(v, "独角兽计划") {
		t.Errorf("no hit once indexed:\n%s", v)
	}
}
