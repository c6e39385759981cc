package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// TestLocate finds a query in rendered lines: Chinese and Latin, styled
// lines, and matches the wrap split across two lines (with or without the
// space the wrap swallowed).
func TestLocate(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		query string
		want  [][]cellSpan
	}{
		{"chinese", []string{"  我们讨论模型训练"}, "模型", [][]cellSpan{{{0, 10, 14}}}},
		{"styled", []string{"  \x1b[38;5;252m我们\x1b[1m讨论\x1b[m模型"}, "讨论模型", [][]cellSpan{{{0, 6, 14}}}},
		{"latin any case", []string{"  Scaling laws and scaling"}, "SCALING", [][]cellSpan{{{0, 2, 9}}, {{0, 19, 26}}}},
		{"chinese split", []string{"  我们讨论模", "  型训练"}, "模型", [][]cellSpan{{{0, 10, 12}, {1, 2, 4}}}},
		{"word split, space swallowed", []string{"  how scaling", "  laws guide"}, "scaling laws", [][]cellSpan{{{0, 6, 13}, {1, 2, 6}}}},
		{"word split, space kept", []string{"  how scaling ", "  laws guide"}, "scaling laws", [][]cellSpan{{{0, 6, 13}, {1, 2, 6}}}},
		{"spaces collapse", []string{"  a  b"}, "a b", [][]cellSpan{{{0, 2, 6}}}},
		{"not across words", []string{"  ab"}, "a b", nil},
		{"non-overlapping", []string{"  aaaa"}, "aa", [][]cellSpan{{{0, 2, 4}}, {{0, 4, 6}}}},
		{"none", []string{"  模型"}, "数据", nil},
		{"empty query", []string{"  模型"}, "  ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := locate(tt.lines, tt.query)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("locate = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestFindTalkSteps searches inside the long talk and steps with n and N,
// wrapping both ways: the status line says k/m and the current match is
// on screen and highlighted, and so are the others in view.
func TestFindTalkSteps(t *testing.T) {
	for _, size := range [][2]int{{100, 20}, {40, 12}} {
		d := newDriver(t, testCorpus(), size[0], size[1], "NO_COLOR=1")
		d.press("j", "enter", "/")
		d.typeText("Scaling")
		d.press("enter")
		total := 0
		for _, b := range d.m.reader.talk.Blocks {
			total += strings.Count(strings.ToLower(b.Text), "scaling")
		}
		if total < 10 {
			t.Fatalf("%d occurrences in the fixture, want many", total)
		}
		steps := []struct {
			key string
			cur int
		}{{"", 1}, {"n", 2}, {"N", 1}, {"N", total}, {"n", 1}, {"G", 1}, {"n", 2}}
		for _, s := range steps {
			if s.key != "" {
				d.press(s.key)
			}
			v := d.view()
			if want := fmt.Sprintf("%d/%d", s.cur, total); !strings.Contains(v, want) {
				t.Errorf("%v after %q: status lacks %s:\n%s", size, s.key, want, v)
			}
			r := d.m.reader
			if s.key != "G" {
				if line := r.find.hitLine(r.page); line < r.top || line >= r.top+r.height {
					t.Errorf("%v after %q: match line %d not in view (top %d)", size, s.key, line, r.top)
				}
				if !strings.Contains(d.m.View().Content, d.m.styles.CurrentHit.Render("scaling")) {
					t.Errorf("%v after %q: the current match is not highlighted", size, s.key)
				}
			}
		}
		if n := strings.Count(d.m.View().Content, d.m.styles.Hit.Render("scaling")); size[0] == 100 && n == 0 {
			t.Errorf("%v: the other matches are not highlighted", size)
		}
		d.press("esc")
		if d.m.state != stateReader || d.m.reader.find.active() || strings.Contains(d.view(), "n/N next") {
			t.Errorf("%v: esc did not clear the search (state %v)", size, d.m.state)
		}
		d.press("esc")
		if d.m.state != stateList {
			t.Errorf("%v: a second esc went to %v, want the list", size, d.m.state)
		}
	}
}

// TestFindTalkFlows compares in-talk search screens with golden files.
func TestFindTalkFlows(t *testing.T) {
	tests := []struct {
		name  string
		typed string
		keys  []string
		want  []string
	}{
		{"typing", "模型", nil, []string{"/模型"}},
		{"found", "第12段", []string{"enter"}, []string{"1/1", "第12段"}},
		{"next_wraps", "scaling laws", []string{"enter", "N"}, []string{"42/42"}},
		{"no_match", "zzz", []string{"enter"}, []string{"no match for “zzz”"}},
		{"n_without_search", "", []string{"esc", "n"}, []string{"/ searches in this talk"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDriver(t, testCorpus(), 100, 20)
			d.press("j", "enter", "/")
			d.typeText(tt.typed)
			d.press(tt.keys...)
			v := d.view()
			checkFits(t, v, 100, 20)
			for _, s := range tt.want {
				if !strings.Contains(v, s) {
					t.Errorf("screen lacks %q:\n%s", s, v)
				}
			}
			golden.RequireEqual(t, v)
		})
	}
}
