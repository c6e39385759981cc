package ui

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
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
