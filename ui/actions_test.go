package ui

import (
	"errors"
	"os/exec"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"talks/ui/kit"
)

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
