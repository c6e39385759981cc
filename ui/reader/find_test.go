package reader

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"talks/index"
	"talks/render"
	"talks/ui/uitest"
)

// TestHitSpans turns the places of a hit's runes into cells to
// highlight: on one line, split by the wrap over two, and passing over
// runes the page does not show.
func TestHitSpans(t *testing.T) {
	// 我们讨论模型 on line 5 from cell 2, 训练 wrapped to line 6; a space
	// swallowed by the wrap is not shown.
	places := []render.Place{
		{Line: 5, Col: 2, Width: 2}, {Line: 5, Col: 4, Width: 2}, {Line: 5, Col: 6, Width: 2},
		{Line: 5, Col: 8, Width: 2}, {Line: 5, Col: 10, Width: 2}, {Line: 5, Col: 12, Width: 2},
		{Line: -1}, {Line: 6, Col: 2, Width: 2}, {Line: 6, Col: 4, Width: 2},
	}
	tests := []struct {
		name           string
		offset, length int
		want           []cellSpan
	}{
		{"one line", 4, 2, []cellSpan{{5, 10, 14}}},
		{"first rune", 0, 1, []cellSpan{{5, 2, 4}}},
		{"split by the wrap", 4, 5, []cellSpan{{5, 10, 14}, {6, 2, 6}}},
		{"hidden rune only", 6, 1, nil},
		{"past the end", 8, 4, []cellSpan{{6, 4, 6}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := hitSpans(places, index.Hit{Offset: tt.offset, Length: tt.length})
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("hitSpans = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestFindTalkSteps searches inside the long talk and steps with n and N,
// wrapping both ways: the status line says k/m and the current match is
// on screen and highlighted, and so are the others in view.
func TestFindTalkSteps(t *testing.T) {
	for _, size := range [][2]int{{100, 20}, {40, 12}} {
		d := newDriver(t, uitest.LongTalk(), size[0], size[1]-1, true)
		d.press("/")
		d.typeText("Scaling")
		d.press("enter")
		total := 0
		for _, b := range d.m.talk.Blocks {
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
			v := ansi.Strip(d.m.View())
			if want := fmt.Sprintf("%d/%d", s.cur, total); !strings.Contains(v, want) {
				t.Errorf("%v after %q: status lacks %s:\n%s", size, s.key, want, v)
			}
			r := d.m
			if s.key != "G" {
				if first, last := r.find.hitLines(r.page); first < r.top || last >= r.top+r.height {
					t.Errorf("%v after %q: match lines %d-%d not in view (top %d)", size, s.key, first, last, r.top)
				}
				if !strings.Contains(d.m.View(), d.m.styles.CurrentHit.Render("scaling")) {
					t.Errorf("%v after %q: the current match is not highlighted", size, s.key)
				}
			}
		}
		if n := strings.Count(d.m.View(), d.m.styles.Hit.Render("scaling")); size[0] == 100 && n == 0 {
			t.Errorf("%v: the other matches are not highlighted", size)
		}
		d.press("esc")
		if d.m.find.active() || strings.Contains(ansi.Strip(d.m.View()), "n/N next") {
			t.Errorf("%v: esc did not clear the search", size)
		}
		if d.m.Wants(uitest.KeyPress("esc")) {
			t.Errorf("%v: the reader still wants esc, which should leave it now", size)
		}
	}
}

// TestFindTalkSplitHit finds a hit the wrap splits over two lines, at
// several widths, and checks both parts are highlighted on screen.
func TestFindTalkSplitHit(t *testing.T) {
	split := 0
	for w := 30; w <= 60; w += 3 {
		d := newDriver(t, uitest.LongTalk(), w, 29, true)
		d.press("/")
		d.typeText("scaling laws guide the budget")
		d.press("enter")
		for range d.m.find.hits {
			r := d.m
			spans := hitSpans(r.page.Locate(r.find.hits[r.find.cur].Block), r.find.hits[r.find.cur])
			if len(spans) > 1 {
				split++
				raw := strings.Split(d.m.View(), "\n")
				for _, s := range spans {
					if s.line < r.top || s.line >= r.top+r.height {
						t.Fatalf("width %d: part of the current hit is off screen: line %d, top %d", w, s.line, r.top)
					}
					line := raw[s.line-r.top]
					part := ansi.Strip(ansi.Cut(line, s.from, s.to))
					if !strings.Contains(line, d.m.styles.CurrentHit.Render(part)) {
						t.Errorf("width %d: part %q of the split hit is not highlighted in %q", w, part, line)
					}
				}
			}
			d.press("n")
		}
	}
	if split == 0 {
		t.Fatal("no hit was split by the wrap: the test checks nothing")
	}
}
