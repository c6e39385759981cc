package reader

import (
	"strings"
	"testing"

	"talks/ui/uitest"
)

// TestQuoteKeys checks how the selection keys move its ends, in the long
// talk, where every paragraph has three sentences.
func TestQuoteKeys(t *testing.T) {
	tests := []struct {
		name     string
		keys     []string
		from, to int // relative to where v started
	}{
		{"v", []string{"v"}, 0, 0},
		{"extend", []string{"v", "j", "j", "j"}, 0, 3},
		{"arrows", []string{"v", "down", "down", "up"}, 0, 1},
		{"shrink", []string{"v", "j", "j", "k"}, 0, 1},
		{"paragraph", []string{"v", "J"}, 0, 2},
		{"two paragraphs", []string{"v", "J", "}"}, 0, 5},
		{"paragraph back", []string{"v", "J", "J", "K"}, 0, 2},
		{"paragraph back to the anchor", []string{"v", "J", "{"}, 0, 0},
		{"from mid paragraph", []string{"v", "j", "J"}, 0, 2},
		{"up past the anchor", []string{"space", "v", "k"}, -1, 0},
		{"up a paragraph", []string{"space", "v", "K"}, -3, 0},
		{"up and back down", []string{"space", "v", "K", "J"}, 0, 0},
		{"scrolling keeps it", []string{"v", "j", "ctrl+d"}, 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDriver(t, uitest.LongTalk(), 80, 23, false)
			d.press(tt.keys...)
			s := d.m.sel
			if !s.active() {
				t.Fatal("no selection")
			}
			if s.sents[s.anchor].Start != 0 {
				t.Fatalf("v started mid-paragraph, at %+v", s.sents[s.anchor])
			}
			from, to := s.bounds()
			if from-s.anchor != tt.from || to-s.anchor != tt.to {
				t.Errorf("selection is %d..%d from the anchor, want %d..%d", from-s.anchor, to-s.anchor, tt.from, tt.to)
			}
		})
	}
}

// TestQuoteStartsInView checks that v selects the first sentence that
// starts on screen, wherever the reader is.
func TestQuoteStartsInView(t *testing.T) {
	for _, keys := range [][]string{nil, {"space"}, {"j", "j", "j"}, {"G"}} {
		t.Run(strings.Join(keys, " "), func(t *testing.T) {
			d := newDriver(t, uitest.LongTalk(), 60, 19, false)
			d.press(keys...)
			d.press("v")
			r := d.m
			s := r.sel.sents[r.sel.head]
			first, _ := sentenceLines(r.page.Locate(s.Block), s)
			if first < r.top || first >= r.top+r.height {
				t.Errorf("v selected a sentence on line %d, out of view [%d,%d)", first, r.top, r.top+r.height)
			}
			if h := r.sel.head; h > 0 {
				prev := r.sel.sents[h-1]
				if l, _ := sentenceLines(r.page.Locate(prev.Block), prev); l >= r.top {
					t.Errorf("sentence %d, before the one selected, starts in view too (line %d)", h-1, l)
				}
			}
		})
	}
}

// TestSelectionFollows checks that the view scrolls to keep the moving
// end of the selection in view.
func TestSelectionFollows(t *testing.T) {
	d := newDriver(t, uitest.LongTalk(), 60, 19, false)
	d.press("v")
	for range 20 {
		d.press("J")
		checkHeadInView(t, d)
	}
	d.press("esc", "G", "v")
	for range 20 {
		d.press("K")
		checkHeadInView(t, d)
	}
}

func checkHeadInView(t *testing.T, d *driver) {
	t.Helper()
	r := d.m
	s := r.sel.sents[r.sel.head]
	first, last := sentenceLines(r.page.Locate(s.Block), s)
	line := first
	if r.sel.head > r.sel.anchor {
		line = last
	}
	if line < r.top || line >= r.top+r.height {
		t.Fatalf("the selection's head (line %d) is out of view [%d,%d)", line, r.top, r.top+r.height)
	}
}

// TestGutterKeepsPlace checks that the gutter narrows the text by its
// width and keeps the paragraph at the top.
func TestGutterKeepsPlace(t *testing.T) {
	d := newDriver(t, uitest.LongTalk(), 70, 19, false)
	d.press("space", "space", "j")
	top, w := d.m.TopBlock(), d.m.Width()
	d.press("#")
	if got := d.m.TopBlock(); got != top {
		t.Errorf("top block %d after #, want %d", got, top)
	}
	if got := d.m.Width(); got != w-gutterDigits-1 {
		t.Errorf("text width %d with the gutter, want %d", got, w-gutterDigits-1)
	}
	d.press("#")
	if got := d.m.TopBlock(); got != top || d.m.Width() != w {
		t.Errorf("after # twice: top block %d, width %d; want %d, %d", got, d.m.Width(), top, w)
	}
}
