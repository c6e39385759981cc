package ui

import (
	"math/rand/v2"
	"testing"
)

// stormResizes is how many random sizes each screen of
// TestResizeStorm goes through.
const stormResizes = 3000

// stormSize is the n-th size of a storm: the odd sizes first (nothing,
// one cell, one column, one row, 20×5), then random ones up to 250×80.
func stormSize(rng *rand.Rand, n int) (w, h int) {
	odd := [][2]int{{0, 0}, {1, 1}, {1, 40}, {80, 1}, {20, 5}, {0, 24}, {80, 0}, {250, 80}}
	if n < len(odd) {
		return odd[n][0], odd[n][1]
	}
	if rng.IntN(10) == 0 { // one column, now and then
		return 1, rng.IntN(81)
	}
	return rng.IntN(251), rng.IntN(81)
}

// TestResizeStorm sends thousands of random sizes in a row to every
// screen, then settles the size: the screen must fit, and be exactly the
// screen of an app opened the same way that went to the settled size in one
// step, so that nothing of the storm is left on it. The twin is opened at
// the same first size as the stormed app, because a resize keeps the place
// (the paragraph at the top): a fresh app opened at the settled size would
// show another page of the talk.
func TestResizeStorm(t *testing.T) {
	screens := []struct {
		name string
		keys []string
		want state
	}{
		{"list", []string{"j", "j"}, stateList},
		{"reader", []string{"j", "enter", "space", "j"}, stateReader},
		// Near the end, a tall size pulls the page down: the place must
		// come back when the size does.
		{"reader_end", []string{"j", "enter", "G", "k", "k"}, stateReader},
		{"finder", []string{"ctrl+k", "智", "能"}, stateFinder},
		{"help", []string{"?", "j"}, stateHelp},
		{"outline", []string{"j", "enter", "o", "j"}, stateOutline},
		{"selection", []string{"j", "enter", "G", "v", "j", "K"}, stateSelect},
	}
	settle := [][2]int{{80, 24}, {40, 15}}
	for i, sc := range screens {
		t.Run(sc.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(7, uint64(i)))
			d := newDriver(t, testCorpus(), 100, 30)
			d.press(sc.keys...)
			if d.m.hintState() != sc.want {
				t.Fatalf("state %v after %q, want %v", d.m.hintState(), sc.keys, sc.want)
			}
			for n := range stormResizes {
				w, h := stormSize(rng, n)
				d.resize(w, h)
				if n%100 == 0 || w <= 1 || h <= 1 { // the full check is slow: a sample of the sizes
					checkFits(t, d.view(), w, h)
				}
				if t.Failed() {
					t.Fatalf("resize %d to %dx%d", n, w, h)
				}
			}
			twin := newDriver(t, testCorpus(), 100, 30)
			twin.press(sc.keys...)
			for _, s := range settle {
				d.resize(s[0], s[1])
				twin.resize(s[0], s[1])
				got := d.view()
				checkFits(t, got, s[0], s[1])
				if d.m.hintState() != sc.want {
					t.Errorf("state %v after the storm, want %v", d.m.hintState(), sc.want)
				}
				if want := twin.view(); got != want {
					t.Errorf("at %dx%d after the storm the screen is\n%s\nwant\n%s", s[0], s[1], got, want)
				}
			}
		})
	}
}
