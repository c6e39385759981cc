package ui

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
	"talks/ui/kit"
)

// typeText presses the keys of each character of s.
func (d *driver) typeText(s string) {
	d.t.Helper()
	for _, r := range s {
		d.press(string(r))
	}
}

// TestFinderFlows drives the finder and the speaker view and compares each
// final screen with a golden file.
func TestFinderFlows(t *testing.T) {
	tests := []struct {
		name  string
		w, h  int
		keys  []string
		typed string
		want  []string
		state state
		talk  string // the talk open at the end, if any
	}{
		{"finder_empty", 100, 20, []string{"ctrl+k"}, "", []string{"Find talks", "1/9 talks"}, stateFinder, ""},
		{"finder_hwh", 100, 20, []string{"/"}, "hwh", []string{"› 大模型的预训练", "1/2 talks", "圆桌：开放与安全"}, stateFinder, ""},
		{"finder_english", 100, 20, []string{"ctrl+k"}, "open weights", []string{"› Open Weights"}, stateFinder, ""},
		{"finder_no_match", 100, 20, []string{"ctrl+k"}, "zzzz", []string{"No match."}, stateFinder, ""},
		{"finder_narrow", 40, 15, []string{"ctrl+k"}, "hwh", []string{"› 大模型的预训练"}, stateFinder, ""},
		{"speakers", 100, 20, []string{"ctrl+k", "tab"}, "", []string{"Find speakers", "黄文灏  (2 talks)", "周明  (2 talks)"}, stateFinder, ""},
		{"speakers_hwh", 100, 20, []string{"ctrl+k", "tab"}, "hwh", []string{"› 黄文灏  (2 talks)", "1/1 speakers"}, stateFinder, ""},
		{"speaker_talks", 100, 20, []string{"ctrl+k", "tab", "h", "w", "h", "enter"}, "", []string{"Talks of 黄文灏", "P1 大模型的预训练", "P3 圆桌：开放与安全  · 嘉宾"}, stateFinder, ""},
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
			if d.m.state != tt.state {
				t.Errorf("state %v, want %v", d.m.state, tt.state)
			}
			golden.RequireEqual(t, v)
		})
	}
}

// TestFinderOpens checks Enter on the finder's results and on a speaker's
// talks: the right talk opens in the reader.
func TestFinderOpens(t *testing.T) {
	tests := []struct {
		name  string
		keys  []string
		typed string
		more  []string
		want  string
	}{
		{"hwh", []string{"ctrl+k"}, "hwh", []string{"enter"}, "BVtest0003-p1"},
		{"full pinyin", []string{"ctrl+k"}, "huangwenhao", []string{"enter"}, "BVtest0003-p1"},
		{"second result", []string{"ctrl+k"}, "hwh", []string{"ctrl+n", "enter"}, "BVtest0003-p3"},
		{"down wraps to the top", []string{"ctrl+k"}, "hwh", []string{"down", "down", "enter"}, "BVtest0003-p1"},
		{"up wraps to the bottom", []string{"ctrl+k"}, "hwh", []string{"ctrl+p", "enter"}, "BVtest0003-p3"},
		{"from the reader", []string{"enter", "ctrl+k"}, "dmx", []string{"enter"}, "BVtest0003-p1"},
		{"speaker's second talk", []string{"ctrl+k", "tab"}, "hwh", []string{"enter", "down", "enter"}, "BVtest0003-p3"},
		{"english speaker", []string{"ctrl+k", "tab"}, "alice", []string{"enter", "enter"}, "BVtest0001-p3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDriver(t, findCorpus(), 100, 30)
			d.press(tt.keys...)
			d.typeText(tt.typed)
			d.press(tt.more...)
			if d.m.state != stateReader || d.m.reader.Talk() == nil || d.m.reader.Talk().ID != tt.want {
				t.Fatalf("state %v talk %v, want %s open", d.m.state, d.m.reader.Talk(), tt.want)
			}
			if v := d.view(); !strings.Contains(v, kit.TitleOf(d.m.reader.Talk())) {
				t.Errorf("the talk is not on screen:\n%s", v)
			}
		})
	}
}

// TestFinderHighlight checks that typing hwh highlights 黄文灏 in the
// selected row, the characters the pinyin spelled.
func TestFinderHighlight(t *testing.T) {
	for _, env := range [][]string{nil, {"NO_COLOR=1"}} {
		d := newDriver(t, findCorpus(), 100, 20, env...)
		d.press("ctrl+k")
		d.typeText("hwh")
		m := d.m.ix.Find("hwh", 1)[0] // the first result, as the finder ranks it
		rs := []rune(m.Text)
		var got []rune
		for _, p := range m.Positions {
			got = append(got, rs[p])
		}
		if string(got) != "黄文灏" {
			t.Errorf("positions %v mark %q, want 黄文灏", m.Positions, string(got))
		}
		st := d.m.styles
		if want := st.Match.Inherit(st.Selected).Render("黄文灏"); !strings.Contains(d.m.View().Content, want) {
			t.Errorf("env %v: 黄文灏 is not highlighted as %q in the selected row", env, want)
		}
	}
}

// TestFinderKeepsQuery closes the finder and opens it again: the query and
// its results and cursor are still there; esc returns where the finder
// was opened.
func TestFinderKeepsQuery(t *testing.T) {
	d := newDriver(t, findCorpus(), 100, 30)
	d.press("j", "enter", "ctrl+k")
	d.typeText("hwh")
	d.press("ctrl+n", "esc")
	if d.m.state != stateReader {
		t.Fatalf("esc left the finder for %v, want the reader", d.m.state)
	}
	d.press("q", "/")
	if got := d.m.finder.Value(); got != "hwh" {
		t.Errorf("query %q after reopening, want hwh", got)
	}
	if v := d.view(); !strings.Contains(v, "find hwh") || !strings.Contains(v, "2/2 talks") {
		t.Errorf("reopened finder:\n%s", v)
	}
	d.press("esc")
	if d.m.state != stateList {
		t.Errorf("esc left the finder for %v, want the list", d.m.state)
	}
}

// TestFinderIndexing checks the finder before the index is built, and
// that results appear when it arrives.
func TestFinderIndexing(t *testing.T) {
	c := findCorpus()
	d := &driver{t: t, m: New(Options{Source: "test corpus"})}
	d.resize(80, 20)
	next, _ := d.m.Update(loadedMsg{corpus: c}) // the index command is not run
	d.m = next.(Model)
	d.press("ctrl+k")
	d.typeText("hwh")
	if v := d.view(); !strings.Contains(v, "indexing…") {
		t.Errorf("no indexing line before the index:\n%s", v)
	}
	d.send(buildIndex(c.Talks)())
	if v := d.view(); !strings.Contains(v, "› 大模型的预训练") {
		t.Errorf("no results once indexed:\n%s", v)
	}
}

// TestFindTinySizes visits the finding screens at tiny sizes: the screen
// must still fit.
func TestFindTinySizes(t *testing.T) {
	flows := [][]string{
		{"ctrl+k", "h", "w", "h"},
		{"ctrl+k", "tab", "h", "enter"},
		{"ctrl+f", "a", "down"},
		{"j", "enter", "/", "a", "enter", "n"},
		{"j", "enter", "/", "a"},
	}
	for _, s := range [][2]int{{1, 1}, {2, 2}, {20, 5}, {40, 15}, {0, 0}, {5, 1}, {1, 8}} {
		for _, f := range flows {
			d := newDriver(t, findCorpus(), s[0], s[1])
			d.press(f...)
			checkFits(t, d.view(), s[0], s[1])
		}
	}
}

// TestFindRandomUse presses random keys, finding keys among them, and
// resizes at random, with a fixed seed: the app must never panic and the
// screen must always fit.
func TestFindRandomUse(t *testing.T) {
	keys := []string{"ctrl+k", "ctrl+f", "/", "tab", "enter", "esc", "n", "N", "down", "up", "ctrl+n", "ctrl+p",
		"h", "w", "a", "模", "型", " ", "j", "space", "G", "q", "?", "o"}
	rng := rand.New(rand.NewPCG(3, 4))
	for run := range 4 {
		w, h := 100, 30
		d := newDriver(t, findCorpus(), w, h)
		for step := range 300 {
			if rng.IntN(15) == 0 {
				w, h = rng.IntN(180), rng.IntN(60)
				d.resize(w, h)
			} else {
				k := keys[rng.IntN(len(keys))]
				if k == "q" && d.m.state == stateList {
					continue // quitting ends the run
				}
				d.press(k)
			}
			checkFits(t, d.view(), w, h)
			if t.Failed() {
				t.Fatalf("run %d step %d at %dx%d in state %v", run, step, w, h, d.m.state)
			}
		}
	}
}
