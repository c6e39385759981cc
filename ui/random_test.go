package ui

import (
	"math/rand/v2"
	"slices"
	"testing"

	tea "charm.land/bubbletea/v2"
)

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
