package ui

import (
	"errors"
	"math/rand/v2"
	"os/exec"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"talks/model"
	"talks/render"
	"talks/ui/kit"
)

// TestFlows drives the app through the main flows and compares each final
// screen with a golden file.
func TestFlows(t *testing.T) {
	tests := []struct {
		name string
		w, h int
		keys []string
		want []string // lines that must be on screen
	}{
		{"list", 100, 30, nil, []string{"测试大会 2030（一）", "智能体论坛", "P1 开场致辞", "Other talks", "⚠ 2 warnings (w)"}},
		{"open", 100, 30, []string{"j", "enter"}, []string{"智能体的记忆与规划", "第1段", "¶ 1/"}},
		{"scroll", 100, 30, []string{"j", "enter", "space", "j", "j"}, []string{"¶ "}},
		{"half_page_and_bottom", 100, 30, []string{"j", "enter", "ctrl+d", "ctrl+d", "ctrl+u", "G"}, []string{"100%"}},
		{"back_same_row", 100, 30, []string{"j", "j", "enter", "space", "q"}, []string{"P3 圆桌"}},
		{"outline", 100, 30, []string{"j", "enter", "o"}, []string{"Outline", "第1部分", "  细节 Details"}},
		{"outline_jump", 100, 30, []string{"j", "enter", "o", "j", "j", "enter"}, []string{"细节 Details"}},
		{"images", 100, 30, []string{"j", "enter", "i"}, []string{"Images", "图 1", "https://example.org/slides/a1.png", "/data/slides/s4.png"}},
		{"help", 100, 30, []string{"?"}, []string{"Moving", "Reading", "outline", "ctrl+c"}},
		{"help_from_reader", 40, 15, []string{"enter", "?", "G"}, []string{"ctrl+c"}},
		{"warnings", 100, 30, []string{"w"}, []string{"broken/a.md:12: heading has no title"}},
		{"next_talk", 100, 30, []string{"j", "enter", "]"}, []string{"圆桌", "主持人 周明"}},
		{"last_talk_of_forum", 100, 30, []string{"j", "j", "enter", "]"}, []string{"last talk of the forum"}},
		{"wide", 140, 30, []string{"j", "enter"}, []string{"测试大会 2030（一）", "│", "第1段"}},
		{"small_list", 40, 15, nil, []string{"P1 开场致辞"}},
		{"small_reader", 40, 15, []string{"j", "enter", "space"}, []string{"¶ "}},
		{"small_images", 40, 15, []string{"j", "enter", "i"}, []string{"图 1", "slides/a1.png"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDriver(t, testCorpus(), tt.w, tt.h)
			d.press(tt.keys...)
			v := d.view()
			checkFits(t, v, tt.w, tt.h)
			for _, s := range tt.want {
				if !strings.Contains(v, s) {
					t.Errorf("screen lacks %q:\n%s", s, v)
				}
			}
			golden.RequireEqual(t, v)
		})
	}
}

// checkFits fails unless the screen is exactly h lines of at most w cells
// of valid UTF-8.
func checkFits(t *testing.T, v string, w, h int) {
	t.Helper()
	if w <= 0 || h <= 0 {
		if v != "" {
			t.Errorf("a %dx%d screen shows %q", w, h, v)
		}
		return
	}
	lines := strings.Split(v, "\n")
	if len(lines) != h {
		t.Errorf("screen has %d lines, want %d", len(lines), h)
	}
	for i, l := range lines {
		if cw := ansi.StringWidth(l); cw > w {
			t.Errorf("line %d is %d cells wide, more than %d: %q", i, cw, w, l)
		}
		if !utf8.ValidString(l) || strings.ContainsRune(l, utf8.RuneError) {
			t.Errorf("line %d has a broken character: %q", i, l)
		}
	}
}

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

// TestTinySizesDoNotPanic visits every screen at sizes too small to be
// useful: the screen must still fit.
func TestTinySizesDoNotPanic(t *testing.T) {
	sizes := [][2]int{{1, 1}, {2, 2}, {20, 5}, {40, 15}, {0, 0}, {5, 1}, {1, 8}}
	flows := [][]string{
		nil,
		{"j", "enter", "space", "G"},
		{"j", "enter", "o", "j"},
		{"j", "enter", "i", "j", "c"},
		{"?", "j", "G"},
		{"w", "j"},
	}
	for _, s := range sizes {
		for _, f := range flows {
			d := newDriver(t, testCorpus(), s[0], s[1])
			d.press(f...)
			checkFits(t, d.view(), s[0], s[1])
		}
	}
}

// sgrColour matches an SGR sequence that sets a colour.
var sgrColour = regexp.MustCompile(`\x1b\[(?:[0-9]*;)*(?:3[0-9]|4[0-9]|9[0-7]|10[0-7])(?:;[0-9]*)*m`)

// TestNoColor checks that NO_COLOR removes every colour, and that colours
// are used otherwise.
func TestNoColor(t *testing.T) {
	tests := []struct {
		name   string
		env    []string
		colour bool
	}{
		{"dark", nil, true},
		{"no_color", []string{"NO_COLOR=1"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, keys := range [][]string{nil, {"j", "enter"}, {"j", "enter", "i"}, {"?"}} {
				d := newDriver(t, testCorpus(), 100, 30, tt.env...)
				d.press(keys...)
				raw := d.m.View().Content
				if got := sgrColour.MatchString(raw); got != tt.colour {
					t.Errorf("after %v: colour found = %v, want %v", keys, got, tt.colour)
				}
			}
		})
	}
}

// TestLightBackground checks that a light terminal gets the light page.
func TestLightBackground(t *testing.T) {
	d := newDriver(t, testCorpus(), 100, 30)
	d.press("j", "enter")
	dark := d.m.View().Content
	d.send(tea.BackgroundColorMsg{Color: lightGrey{}})
	if d.m.isDark {
		t.Fatal("still dark after a light background")
	}
	r := d.m.reader
	light := render.New(render.Options{Style: render.Light, Hyperlinks: true}).Page(r.Talk(), r.Width())
	text := light.Lines(light.LineOf(0), light.LineOf(0)+1)[0] // the first paragraph's first line
	if !strings.Contains(d.m.View().Content, text) {
		t.Errorf("the page is not rendered in the light style: %q is not on screen", text)
	}
	if light := d.m.View().Content; light == dark {
		t.Error("the screen did not change for a light background")
	}
	if ansi.Strip(d.m.View().Content) != d.view() {
		t.Error("view is not stable")
	}
}

// lightGrey is a light background colour.
type lightGrey struct{}

func (lightGrey) RGBA() (r, g, b, a uint32) { return 0xeeee, 0xeeee, 0xeeee, 0xffff }

// TestImageLinks opens and copies image links and the video link through
// the fakes, and checks what the status line says.
func TestImageLinks(t *testing.T) {
	tests := []struct {
		name       string
		keys       []string
		openErr    error
		wantOpened []string
		wantCopied []string
		wantStatus string
	}{
		{"open url", []string{"j", "enter", "i", "enter"}, nil, []string{"https://example.org/slides/a1.png"}, nil, "opened 图 1"},
		{"open file", []string{"j", "enter", "i", "j", "enter"}, nil, []string{"/data/slides/s1.png"}, nil, "opened 图 2"},
		{"open fails", []string{"j", "enter", "i", "enter"}, errors.New("no browser"), []string{"https://example.org/slides/a1.png"}, nil, "cannot open 图 1: no browser"},
		{"no opener", []string{"j", "enter", "p"}, &exec.Error{Name: "xdg-open", Err: exec.ErrNotFound}, []string{"https://www.bilibili.com/video/BVtest0001?p=2"}, nil, "cannot open the video: no browser or viewer found"},
		{"copy", []string{"j", "enter", "i", "G", "c"}, nil, nil, []string{"/data/slides/s4.png"}, "copied the link of 图 5"},
		{"video", []string{"j", "enter", "p"}, nil, []string{"https://www.bilibili.com/video/BVtest0001?p=2"}, nil, "opened the video"},
		{"no video", []string{"G", "enter", "p"}, nil, nil, nil, "this talk has no video"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDriver(t, testCorpus(), 100, 30)
			d.openErr = tt.openErr
			d.press(tt.keys...)
			if strings.Join(d.opened, " ") != strings.Join(tt.wantOpened, " ") {
				t.Errorf("opened %q, want %q", d.opened, tt.wantOpened)
			}
			if strings.Join(d.copied, " ") != strings.Join(tt.wantCopied, " ") {
				t.Errorf("copied %q, want %q", d.copied, tt.wantCopied)
			}
			if v := d.view(); !strings.Contains(v, tt.wantStatus) {
				t.Errorf("screen lacks %q:\n%s", tt.wantStatus, v)
			}
		})
	}
}

// TestKeysLeaveAndQuit checks q/esc back, q quitting at the top and ctrl+c
// quitting from anywhere.
func TestKeysLeaveAndQuit(t *testing.T) {
	tests := []struct {
		name      string
		keys      []string
		wantQuit  bool
		wantState state
	}{
		{"q in list quits", []string{"q"}, true, stateList},
		{"esc in list stays", []string{"esc"}, false, stateList},
		{"q in reader goes back", []string{"enter", "q"}, false, stateList},
		{"esc in outline goes back to reader", []string{"j", "enter", "o", "esc"}, false, stateReader},
		{"q in images goes back to reader", []string{"j", "enter", "i", "q"}, false, stateReader},
		{"help toggles", []string{"j", "enter", "?", "?"}, false, stateReader},
		{"esc leaves help", []string{"j", "enter", "?", "esc"}, false, stateReader},
		{"ctrl+c in reader quits", []string{"enter", "ctrl+c"}, true, stateReader},
		{"ctrl+c in help quits", []string{"?", "ctrl+c"}, true, stateHelp},
		{"reserved keys do nothing", []string{"j", "enter", "v", "y", "Y", "#", "m", "'"}, false, stateReader},
		{"esc closes the finder", []string{"j", "enter", "ctrl+k", "x", "esc"}, false, stateReader},
		{"q types in the finder", []string{"/", "q"}, false, stateFinder},
		{"esc closes search", []string{"ctrl+f", "q", "?", "esc"}, false, stateList},
		{"esc leaves the talk query line", []string{"enter", "/", "q", "esc"}, false, stateReader},
		{"esc clears the talk search, then leaves", []string{"enter", "/", "a", "enter", "esc", "esc"}, false, stateList},
		{"q waits while selecting", []string{"j", "enter", "v", "q"}, false, stateReader},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDriver(t, testCorpus(), 100, 30)
			d.press(tt.keys...)
			if d.quit != tt.wantQuit || d.m.state != tt.wantState {
				t.Errorf("quit %v state %v, want %v %v", d.quit, d.m.state, tt.wantQuit, tt.wantState)
			}
		})
	}
}

// TestMouse scrolls with the wheel and opens a talk with a click.
func TestMouse(t *testing.T) {
	d := newDriver(t, testCorpus(), 100, 30)
	d.send(tea.MouseClickMsg{X: 5, Y: 4, Button: tea.MouseLeft}) // title, group, forum, P1, P2
	if d.m.state != stateReader || d.m.reader.Talk().ID != "BVtest0001-p2" {
		t.Fatalf("click opened %v in state %v", d.m.reader.Talk(), d.m.state)
	}
	d.send(tea.MouseWheelMsg{Button: tea.MouseWheelDown, X: 50, Y: 10})
	if d.m.reader.Top() != kit.WheelStep {
		t.Errorf("top %d after a wheel turn, want %d", d.m.reader.Top(), kit.WheelStep)
	}
	d.send(tea.MouseWheelMsg{Button: tea.MouseWheelUp, X: 50, Y: 10})
	if d.m.reader.Top() != 0 {
		t.Errorf("top %d after wheel back up, want 0", d.m.reader.Top())
	}
}

// TestLoading checks the screen before the corpus arrives, the demo line
// and a corpus of one talk, which opens at once.
func TestLoading(t *testing.T) {
	m := New(Options{Source: "demo corpus", Demo: true})
	next, _ := m.Update(tea.WindowSizeMsg{Width: 60, Height: 10})
	if v := ansi.Strip(next.(Model).View().Content); !strings.Contains(v, "Loading demo corpus…") {
		t.Errorf("loading screen:\n%s", v)
	}
	if v := next.(Model).View(); !v.AltScreen || v.MouseMode != tea.MouseModeCellMotion {
		t.Error("the view must ask for the alternate screen and the mouse")
	}
	if _, cmd := next.Update(keyPress("q")); cmd == nil || cmd() != tea.Quit() {
		t.Error("q while loading should quit")
	}
	next, _ = next.Update(loadedMsg{corpus: testCorpus()})
	if v := ansi.Strip(next.(Model).View().Content); !strings.Contains(v, "demo corpus — run `talks PATH` to open your own files") {
		t.Errorf("no demo line:\n%s", v)
	}

	one := &model.Corpus{Talks: []*model.Talk{longTalk()}}
	d := newDriver(t, one, 80, 20)
	if d.m.state != stateReader {
		t.Errorf("a corpus of one talk should open it; state %v", d.m.state)
	}

	d = newDriver(t, &model.Corpus{}, 80, 20)
	if v := d.view(); !strings.Contains(v, "No talks found.") {
		t.Errorf("empty corpus:\n%s", v)
	}
	d.press("enter", "j", "w", "G")
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

// TestRandomUse presses random keys (every key of every binding), clicks,
// drags, scrolls and resizes at random, with a fixed seed: the app must
// never panic and the screen must always fit. The app keeps a reading
// state, so bookmarks and saves are in play; a run that quits starts the
// app again.
func TestRandomUse(t *testing.T) {
	var keys []string
	for name, b := range allBindings() {
		for _, k := range b.Keys() {
			if got := keyPress(k).String(); got != k {
				t.Fatalf("%s: the test sends %q for the key %q", name, got, k)
			}
			if !slices.Contains(keys, k) {
				keys = append(keys, k)
			}
		}
	}
	// The map's order would change the run; text goes to the prompts.
	slices.Sort(keys)
	keys = append(keys, "a", "1", "智", "能", "backspace")
	rng := rand.New(rand.NewPCG(1, 2))
	for run := 0; run < 5; run++ {
		dir := t.TempDir()
		w, h := 100, 30
		d := newStateDriver(t, testCorpus(), w, h, dir)
		for step := 0; step < 400; step++ {
			x, y := rng.IntN(w+1), rng.IntN(h+1)
			switch rng.IntN(16) {
			case 0:
				w, h = rng.IntN(180), rng.IntN(60)
				d.resize(w, h)
			case 1:
				d.send(tea.MouseWheelMsg{Button: tea.MouseWheelDown, X: x, Y: y})
			case 2:
				d.send(tea.MouseWheelMsg{Button: tea.MouseWheelUp, X: x, Y: y})
			case 3:
				d.send(tea.MouseClickMsg{Button: tea.MouseLeft, X: x, Y: y})
			case 4:
				d.send(tea.MouseMotionMsg{Button: tea.MouseLeft, X: x, Y: y})
			case 5:
				d.send(tea.MouseReleaseMsg{Button: tea.MouseLeft, X: x, Y: y})
			case 6: // a whole drag
				d.send(tea.MouseClickMsg{Button: tea.MouseLeft, X: x, Y: y})
				d.send(tea.MouseMotionMsg{Button: tea.MouseLeft, X: rng.IntN(w + 1), Y: rng.IntN(h + 1)})
				d.send(tea.MouseReleaseMsg{Button: tea.MouseLeft, X: rng.IntN(w + 1), Y: rng.IntN(h + 1)})
			case 7:
				d.send(tea.MouseMotionMsg{Button: tea.MouseNone, X: x, Y: y})
			default:
				d.press(keys[rng.IntN(len(keys))])
			}
			if d.quit {
				w, h = 100, 30
				d = newStateDriver(t, testCorpus(), w, h, dir)
			}
			checkFits(t, d.view(), w, h)
			if t.Failed() {
				t.Fatalf("run %d step %d at %dx%d in state %v", run, step, w, h, d.m.state)
			}
		}
	}
}
