package reader

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"talks/ui/uitest"
)

// gutterOf is the gutter cells of the pane's lines, trimmed, those with a
// label only.
func gutterOf(d *driver) []string {
	var out []string
	w := d.m.GutterWidth()
	lines := strings.Split(ansi.Strip(d.m.View()), "\n")
	for _, line := range lines[:len(lines)-1] { // the status line has none
		if w == 0 || len(line) < w {
			continue
		}
		if g := strings.TrimSpace(line[:w]); g != "" {
			out = append(out, g)
		}
	}
	return out
}

// TestGutterTimes: # cycles a timed talk's gutter through numbers, times
// and off, the time on each block's first line and the text narrowed by
// the gutter's width, which fits the talk's longest time.
func TestGutterTimes(t *testing.T) {
	const w = 60
	tests := []struct {
		name      string
		every     time.Duration
		cells     int    // the time labels' width
		wantLabel string // a time the first screen shows
		lastLabel string // the last paragraph's
	}{
		{"under an hour", 10 * time.Second, 5, "00:10", "04:50"},
		{"past the hour", 3 * time.Minute, 7, "03:00", "1:27:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDriver(t, uitest.TimedTalk(30, tt.every), w, 20, true)
			d.press("#")
			if got := d.m.Width(); got != w-gutterDigits-1 {
				t.Errorf("numbers: text width %d, want %d", got, w-gutterDigits-1)
			}
			if g := gutterOf(d); len(g) == 0 || g[0] != "1" {
				t.Errorf("numbers: gutter %q, want 1 first", g)
			}
			d.press("#")
			if got := d.m.Width(); got != w-tt.cells-1 {
				t.Errorf("times: text width %d, want %d", got, w-tt.cells-1)
			}
			g := gutterOf(d)
			if !contains(g, tt.wantLabel) || contains(g, "1") {
				t.Errorf("times: gutter %q, want %q among times and no paragraph number", g, tt.wantLabel)
			}
			d.press("G")
			if g := gutterOf(d); !contains(g, tt.lastLabel) {
				t.Errorf("times at the end: gutter %q, want %q", g, tt.lastLabel)
			}
			d.press("#")
			if d.m.GutterWidth() != 0 || d.m.Width() != w {
				t.Errorf("off: gutter %d cells, text %d", d.m.GutterWidth(), d.m.Width())
			}
			want := []string{"paragraph numbers on (#: times)", "times on (#: off)", "times off"}
			if strings.Join(d.flashes, "|") != strings.Join(want, "|") {
				t.Errorf("flashes %q, want %q", d.flashes, want)
			}
		})
	}
}

// TestGutterUntimed: an untimed talk's # goes numbers, off, as before, and
// a talk opened with the times on shows its numbers at their width.
func TestGutterUntimed(t *testing.T) {
	d := newDriver(t, uitest.LongTalk(), 60, 20, true)
	d.press("#", "#")
	if want := "paragraph numbers on (#: off)|paragraph numbers off"; strings.Join(d.flashes, "|") != want {
		t.Errorf("flashes %q, want %q", d.flashes, want)
	}
	d = newDriver(t, uitest.TimedTalk(30, 3*time.Minute), 60, 20, true)
	d.press("#", "#")
	d.run(d.m.Show(uitest.LongTalk(), -1))
	if got := d.m.Width(); got != 60-gutterDigits-1 {
		t.Errorf("untimed talk after a timed one with times on: text width %d, want %d", got, 60-gutterDigits-1)
	}
	if g := gutterOf(d); len(g) == 0 || g[0] != "1" {
		t.Errorf("untimed talk: gutter %q, want its numbers", g)
	}
	d.run(d.m.Show(uitest.TimedTalk(30, 3*time.Minute), -1))
	if got := d.m.Width(); got != 60-7-1 {
		t.Errorf("back to a timed talk: text width %d, want %d", got, 60-7-1)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
