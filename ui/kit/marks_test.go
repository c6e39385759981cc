package kit

import (
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// TestMarkRunes checks that rune positions become highlighted cells on the
// right characters, Chinese (two cells) and Latin, and that cutting to the
// width never splits a character and drops the positions cut off.
func TestMarkRunes(t *testing.T) {
	mark := lipgloss.NewStyle().Underline(true)
	u := func(s string) string { return mark.Render(s) }
	tests := []struct {
		name string
		text string
		pos  []int
		w    int
		want string
	}{
		{"chinese", "大模型的预训练 · 黄文灏", []int{10, 11, 12}, 40, "大模型的预训练 · " + u("黄文灏")},
		{"chinese apart", "黄文灏的报告", []int{0, 2}, 40, u("黄") + "文" + u("灏") + "的报告"},
		{"latin", "Open Weights", []int{0, 5, 6}, 40, u("O") + "pen " + u("We") + "ights"},
		{"mixed", "从Tools到Teams", []int{1, 2, 7, 8}, 40, "从" + u("To") + "ols到" + u("Te") + "ams"},
		{"cut before a wide char", "黄文灏的报告", []int{0, 4}, 6, u("黄") + "文…"},
		{"cut drops positions", "abcdef", []int{1, 5}, 4, "a" + u("b") + "c…"},
		{"no positions", "黄文灏", nil, 40, "黄文灏"},
		{"zero width", "黄文灏", []int{0}, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := MarkRunes(tt.text, tt.pos, tt.w, false, lipgloss.NewStyle(), mark)
			if got != tt.want {
				t.Errorf("markRunes = %q, want %q", got, tt.want)
			}
			if w := ansi.StringWidth(got); w > tt.w {
				t.Errorf("%d cells, more than %d", w, tt.w)
			}
		})
	}
}
