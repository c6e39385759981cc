package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

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
