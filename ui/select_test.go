package ui

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"
	"talks/model"
	"talks/quote"
	"talks/ui/kit"
)

// roundOnly is a corpus of the fixture's roundtable alone, which opens at
// once.
func roundOnly() *model.Corpus {
	for _, t := range testCorpus().Talks {
		if t.ID == "BVtest0001-p3" {
			return &model.Corpus{Talks: []*model.Talk{t}}
		}
	}
	panic("fixture: no roundtable")
}

// longOnly is a corpus of the fixture's long talk alone.
func longOnly() *model.Corpus { return &model.Corpus{Talks: []*model.Talk{longTalk()}} }

// pressCmd sends one key and returns the command Update gave back, not
// run.
func (d *driver) pressCmd(name string) tea.Cmd {
	d.t.Helper()
	next, cmd := d.m.Update(keyPress(name))
	d.m = next.(Model)
	return cmd
}

// osc52 runs cmd as the program would and returns the payloads of the
// OSC 52 sequences it makes the program write.
func (d *driver) osc52(cmd tea.Cmd) []string {
	d.t.Helper()
	before := len(d.osc)
	d.run(cmd)
	return d.osc[before:]
}

// TestQuoteCopy selects three sentences across a paragraph boundary and
// copies them with y (the quote and its citation) and Y (the text alone):
// OSC 52 and the system clipboard both get exactly the expected text.
func TestQuoteCopy(t *testing.T) {
	// The roundtable's sentences, as the fixture writes them.
	const (
		s1 = "主持人：欢迎各位。"
		s2 = "Welcome to the panel."
		s3 = "第2段。"
	)
	cite := "— 周明（主持）、陈一、Alice Wang，《圆桌：智能体何时真正有用》，2030测试大会 · 智能体论坛 · P3，https://www.bilibili.com/video/BVtest0001?p=3"
	tests := []struct {
		key, want, status string
	}{
		{"y", "> " + s1 + s2 + "\n>\n> " + s3 + "\n>\n> " + cite, "copied 3 sentences with the citation"},
		{"Y", s1 + s2 + "\n\n" + s3, "copied 3 sentences (text only)"},
	}
	for _, tt := range tests {
		t.Run(tt.key, func(t *testing.T) {
			d := newDriver(t, roundOnly(), 80, 24)
			d.press("v", "j", "j")
			if v := d.view(); !strings.Contains(v, "3 sentences · ¶1–2") {
				t.Errorf("status does not show the selection:\n%s", v)
			}
			got := d.osc52(d.pressCmd(tt.key))
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("OSC 52 payloads %q, want [%q]", got, tt.want)
			}
			if len(d.copied) != 1 || d.copied[0] != tt.want {
				t.Errorf("system clipboard got %q, want [%q]", d.copied, tt.want)
			}
			if v := d.view(); !strings.Contains(v, tt.status) {
				t.Errorf("status lacks %q:\n%s", tt.status, v)
			}
			if d.m.reader.Selecting() {
				t.Error("the selection is still on after copying")
			}
		})
	}
}

// selectedText is the text shown in the selection's style in the body of
// a styled screen (the status and hint lines left out), spaces removed,
// and the number of lines that show some.
func selectedText(screen string, st kit.Styles) (string, int) {
	open, _, _ := strings.Cut(st.Selection.Render("x"), "x")
	var b strings.Builder
	lines := 0
	all := strings.Split(screen, "\n")
	for _, l := range all[:max(0, len(all)-2)] {
		found := false
		for {
			i := strings.Index(l, open)
			if i < 0 {
				break
			}
			l = l[i+len(open):]
			seg, rest, _ := strings.Cut(l, "\x1b[")
			b.WriteString(seg)
			l, found = rest, true
		}
		if found {
			lines++
		}
	}
	return strings.ReplaceAll(b.String(), " ", ""), lines
}

// TestSelectionHighlight checks that the selected cells, and only they,
// carry the selection style across wrapped lines, in colour and with
// NO_COLOR (reverse video).
func TestSelectionHighlight(t *testing.T) {
	// The first two sentences of the long talk's first paragraph.
	want := strings.ReplaceAll("第1段。我们今天讨论模型训练里的数据质量与评测方法，also how scaling laws guide the budget of paragraph 1.", " ", "")
	for _, env := range [][]string{nil, {"NO_COLOR=1"}} {
		t.Run(strings.Join(append([]string{"env"}, env...), " "), func(t *testing.T) {
			d := newDriver(t, longOnly(), 44, 16, env...)
			d.press("v", "j")
			got, lines := selectedText(d.m.View().Content, d.m.styles)
			if got != want {
				t.Errorf("highlighted %q, want %q", got, want)
			}
			if lines < 3 {
				t.Errorf("the selection is highlighted on %d lines, want it across 3 wrapped lines", lines)
			}
			d.press("esc")
			if got, _ := selectedText(d.m.View().Content, d.m.styles); got != "" {
				t.Errorf("after esc, %q is still highlighted", got)
			}
		})
	}
}

// TestQuoteScreens compares screens of quoting with golden files.
func TestQuoteScreens(t *testing.T) {
	tests := []struct {
		name   string
		corpus func() *model.Corpus
		w, h   int
		keys   []string
		want   []string
	}{
		{"selection_wraps", longOnly, 44, 16, []string{"v", "j"}, []string{"2 sentences · ¶1", "y copy quote"}},
		{"selection_paragraphs", longOnly, 80, 24, []string{"space", "v", "J", "J"}, []string{"sentences · ¶"}},
		{"gutter_on", longOnly, 60, 20, []string{"#"}, []string{"   1   第1段。", "   2   第2段。", "paragraph numbers on"}},
		{"gutter_off", longOnly, 60, 20, []string{"#", "#"}, []string{"  第1段。", "paragraph numbers off"}},
		{"copied", roundOnly, 80, 24, []string{"v", "j", "j", "y"}, []string{"copied 3 sentences with the citation"}},
		{"mouse_off", roundOnly, 80, 24, []string{"M"}, []string{"mouse off: the terminal selects text"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDriver(t, tt.corpus(), tt.w, tt.h)
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

// TestMouseSelect drags from the first sentence to the start of the
// second paragraph and checks that whole sentences are selected, with and
// without the gutter, in the narrow and the wide layout.
func TestMouseSelect(t *testing.T) {
	tests := []struct {
		name string
		w    int
		keys []string
	}{
		{"narrow", 80, nil},
		{"gutter", 80, []string{"#"}},
		{"wide", 140, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDriver(t, roundOnly(), tt.w, 24)
			d.press(tt.keys...)
			r := d.m.reader
			sents := quote.Sentences(r.Talk())
			x0 := r.GutterWidth()
			if l := d.m.layout(); l.wide {
				x0 += l.listW + 1
			}
			at := func(i int) tea.Mouse {
				pl := r.Page().Locate(sents[i].Block)[sents[i].Start+1] // a cell inside the sentence
				return tea.Mouse{X: x0 + pl.Col, Y: pl.Line - r.Top(), Button: tea.MouseLeft}
			}
			d.send(tea.MouseClickMsg(at(1)))
			if d.m.reader.Selecting() {
				t.Error("a click alone selected something")
			}
			d.send(tea.MouseMotionMsg(at(3)))
			d.send(tea.MouseReleaseMsg(at(3)))
			got := d.m.reader.Selected()
			if !reflect.DeepEqual(got, sents[1:4]) {
				t.Errorf("dragged over %+v, want %+v", got, sents[1:4])
			}
			d.send(tea.MouseMotionMsg(at(4))) // the button is up: nothing moves
			if got := d.m.reader.Selected(); !reflect.DeepEqual(got, sents[1:4]) {
				t.Errorf("a move after the release changed the selection to %+v", got)
			}
		})
	}
}

// TestMouseToggle checks that M turns mouse capture off and on.
func TestMouseToggle(t *testing.T) {
	d := newDriver(t, roundOnly(), 80, 24)
	for _, want := range []tea.MouseMode{tea.MouseModeNone, tea.MouseModeCellMotion} {
		d.press("M")
		if got := d.m.View().MouseMode; got != want {
			t.Errorf("mouse mode %v, want %v", got, want)
		}
	}
}

// TestCopyStatus copies sentences and an image link with the system
// clipboard working and failing: OSC 52 always goes out, and the status
// line says when it was the only clipboard.
func TestCopyStatus(t *testing.T) {
	noClip := errors.New("no xclip or xsel")
	tests := []struct {
		name    string
		c       *model.Corpus
		keys    []string
		copy    string
		err     error
		status  string
		notSaid string
	}{
		{"quote", roundOnly(), []string{"v", "j", "j"}, "y", nil, "copied 3 sentences with the citation", "terminal clipboard only"},
		{"quote without system clipboard", roundOnly(), []string{"v", "j", "j"}, "y", noClip, "copied 3 sentences with the citation · terminal clipboard only", ""},
		{"text without system clipboard", roundOnly(), []string{"v"}, "Y", noClip, "copied 1 sentence (text only) · terminal clipboard only", ""},
		{"link", testCorpus(), []string{"j", "enter", "i"}, "c", nil, "copied the link of 图 1", "terminal clipboard only"},
		{"link without system clipboard", testCorpus(), []string{"j", "enter", "i"}, "c", noClip, "copied the link of 图 1 · terminal clipboard only", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDriver(t, tt.c, 100, 24)
			d.copyErr = tt.err
			d.press(tt.keys...)
			if got := d.osc52(d.pressCmd(tt.copy)); len(got) != 1 || len(d.copied) != 1 || got[0] != d.copied[0] {
				t.Errorf("OSC 52 payloads %q, system clipboard %q: want the same text once each", got, d.copied)
			}
			v := d.view()
			if !strings.Contains(v, tt.status) {
				t.Errorf("status lacks %q:\n%s", tt.status, v)
			}
			if tt.notSaid != "" && strings.Contains(v, tt.notSaid) {
				t.Errorf("status says %q:\n%s", tt.notSaid, v)
			}
		})
	}
}
