package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// TestTextBuiltOnResize: the full help and the warnings are laid out when
// the size or the styles change, not on every key, wheel turn or frame,
// and they follow the new size and styles.
func TestTextBuiltOnResize(t *testing.T) {
	for _, sc := range []struct {
		name string
		keys []string
		text func(*driver) []string
	}{
		{"help", []string{"?"}, func(d *driver) []string { return d.m.help.Lines() }},
		{"warnings", []string{"w"}, func(d *driver) []string { return d.m.warnings.Lines() }},
	} {
		t.Run(sc.name, func(t *testing.T) {
			d := newDriver(t, testCorpus(), 100, 30)
			d.press(sc.keys...)
			built := &sc.text(d)[0]
			d.press("j", "space", "G")
			d.send(tea.MouseWheelMsg{Button: tea.MouseWheelUp, X: 5, Y: 5})
			_ = d.m.View()
			if &sc.text(d)[0] != built {
				t.Error("the text was laid out again for a key, the wheel or a frame")
			}
			d.resize(40, 30)
			if &sc.text(d)[0] == built {
				t.Fatal("the text was not laid out again for a new size")
			}
			for i, l := range sc.text(d) {
				if w := ansi.StringWidth(l); w > 40 && sc.name == "warnings" {
					t.Errorf("line %d is %d cells at 40 columns: %q", i, w, l)
				}
			}
			built = &sc.text(d)[0]
			d.send(tea.BackgroundColorMsg{Color: lightGrey{}})
			if &sc.text(d)[0] == built {
				t.Error("the text was not laid out again for new styles")
			}
		})
	}
	d := newDriver(t, testCorpus(), 140, 30)
	d.press("?")
	if two := d.view(); !strings.Contains(two, "Moving") || !strings.Contains(strings.Split(two, "\n")[0], "Outline and images") {
		t.Errorf("the help is not in two columns at 140:\n%s", two)
	}
	d.resize(40, 30)
	if one := d.view(); strings.Contains(strings.Split(one, "\n")[0], "Outline and images") {
		t.Errorf("the help is still in two columns at 40:\n%s", one)
	}
}
