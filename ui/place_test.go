package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"talks/model"
)

// TestBackReturnsToSameRowAndScroll opens a talk far down a long list and
// checks that going back shows the list exactly as it was.
func TestBackReturnsToSameRowAndScroll(t *testing.T) {
	c := testCorpus()
	for i := 0; i < 40; i++ { // a long forum, so the list scrolls
		c.Talks = append(c.Talks, build(talkSpec{ID: "x" + string(rune('a'+i%26)) + "-" + string(rune('a'+i/26)),
			Event: "2031长会", Forum: "长论坛", Part: i + 1, Title: "第" + string(rune('一'+i%9)) + "个报告",
			Blocks: []model.Block{para(filler(i))}}))
	}
	d := newDriver(t, c, 80, 20)
	d.press("G", "k", "k", "k")
	before, cursor, offset := d.view(), d.m.list.Cursor(), d.m.list.Offset()
	if offset == 0 {
		t.Fatal("the list should have scrolled")
	}
	d.press("enter", "space", "j", "o", "esc", "i", "q", "q")
	if d.m.state != stateList {
		t.Fatalf("state %v after q from reader, want the list", d.m.state)
	}
	if d.m.list.Cursor() != cursor || d.m.list.Offset() != offset {
		t.Errorf("cursor, offset = %d, %d after back; want %d, %d", d.m.list.Cursor(), d.m.list.Offset(), cursor, offset)
	}
	if after := d.view(); after != before {
		t.Errorf("list changed after back:\nbefore:\n%s\nafter:\n%s", before, after)
	}
}

// TestResizeKeepsTopParagraph scrolls into a talk, resizes, and checks that
// the paragraph at the top stays at the top — also after a size so tall that
// the page's end pulls it down.
func TestResizeKeepsTopParagraph(t *testing.T) {
	sizes := []struct {
		w, h    int
		clamped bool // the page's end is on screen: the block cannot be at the top
	}{
		{60, 20, false}, {140, 40, false}, {40, 15, false}, {100, 400, true}, {100, 30, false}, {200, 50, false},
	}
	d := newDriver(t, testCorpus(), 100, 30)
	d.press("j", "enter", "space", "space", "j")
	blk, para := d.m.reader.TopBlock(), d.m.reader.Para()
	if para < 3 {
		t.Fatalf("paragraph %d at the top: the test should have scrolled further", para)
	}
	// Put the top line exactly on the block's start, as resizing will.
	d.m.reader.Jump(blk)
	for _, s := range sizes {
		d.resize(s.w, s.h)
		r := d.m.reader
		if s.clamped {
			if want := max(0, r.Page().Len()-r.Height()); r.Top() != want {
				t.Errorf("at %dx%d top %d, want the page's end %d", s.w, s.h, r.Top(), want)
			}
			continue
		}
		if got := r.TopBlock(); got != blk {
			t.Errorf("at %dx%d block %d is at the top, want %d", s.w, s.h, got, blk)
		}
		if got := r.Para(); got != para {
			t.Errorf("at %dx%d paragraph %d is at the top, want %d", s.w, s.h, got, para)
		}
		if r.Top() != r.Page().LineOf(blk) {
			t.Errorf("at %dx%d top line %d is not the start of block %d", s.w, s.h, r.Top(), blk)
		}
	}
	d.press("j")
	if d.m.reader.TopBlock() == blk && d.m.reader.Top() == d.m.reader.Page().LineOf(blk) {
		t.Error("j did not scroll after the resizes")
	}
}

// TestSessionPositions checks that a talk reopened in the same session
// opens where it was left, and that the wide layout previews the talk under
// the list's cursor.
func TestSessionPositions(t *testing.T) {
	d := newDriver(t, testCorpus(), 100, 30)
	d.press("j", "enter", "space", "space")
	left := d.m.reader.TopBlock()
	if left <= 0 {
		t.Fatalf("top block %d: the test should have scrolled", left)
	}
	d.press("]", "[")
	if got := d.m.reader.TopBlock(); got != left {
		t.Errorf("reopened at block %d, want %d", got, left)
	}
	d.press("q", "j", "enter")
	if got := d.m.reader.TopBlock(); got != -1 || d.m.reader.Top() != 0 {
		t.Errorf("a talk never read opened at block %d line %d, want the top", got, d.m.reader.Top())
	}

	w := newDriver(t, testCorpus(), 140, 30)
	w.press("j", "j")
	if w.m.state != stateList || w.m.reader.Talk() == nil || w.m.reader.Talk().ID != "BVtest0001-p3" {
		t.Fatalf("wide list should preview the talk under the cursor; state %v talk %v", w.m.state, w.m.reader.Talk())
	}
	if v := w.view(); !strings.Contains(v, "主持人 周明") {
		t.Errorf("preview not on screen:\n%s", v)
	}
	n := newDriver(t, testCorpus(), 100, 30)
	n.press("j", "j")
	if n.m.reader.Talk() != nil {
		t.Error("a single pane should not load a preview")
	}
}

// TestResizeBackBeforePageArrives resizes and resizes back before the page
// for the passing width is rendered: the reader must not stay waiting.
func TestResizeBackBeforePageArrives(t *testing.T) {
	d := newDriver(t, testCorpus(), 100, 30)
	d.press("j", "enter", "space", "space")
	blk := d.m.reader.TopBlock()
	next, _ := d.m.Update(tea.WindowSizeMsg{Width: 60, Height: 30}) // its page is never rendered
	d.m = next.(Model)
	d.resize(100, 30)
	if !d.m.reader.Ready() {
		t.Fatal("the reader still waits for a page after resizing back")
	}
	if got := d.m.reader.TopBlock(); got != blk {
		t.Errorf("block %d at the top, want %d", got, blk)
	}
	d.press("o", "G", "enter")
	sections := d.m.reader.Talk().Sections()
	if got := d.m.reader.TopBlock(); got != sections[len(sections)-1] {
		t.Errorf("outline jump after the resizes: block %d at the top, want %d", got, sections[len(sections)-1])
	}
}

// TestStyleChangeKeepsPlace switches to a light background while reading.
func TestStyleChangeKeepsPlace(t *testing.T) {
	d := newDriver(t, testCorpus(), 100, 30)
	d.press("j", "enter", "space", "space")
	blk := d.m.reader.TopBlock()
	d.send(tea.BackgroundColorMsg{Color: lightGrey{}})
	if got := d.m.reader.TopBlock(); got != blk {
		t.Errorf("block %d at the top after the background changed, want %d", got, blk)
	}
}
