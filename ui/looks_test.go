package ui

import (
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"talks/render"
)

// TestTinySizesDoNotPanic visits every screen at sizes too small to be
// useful: the screen must still fit.
func TestTinySizesDoNotPanic(t *testing.T) {
	sizes := [][2]int{{1, 1}, {2, 2}, {20, 5}, {40, 15}, {0, 0}, {5, 1}, {1, 8}}
	flows := [][]string{
		nil,
		{"j", "enter", "space", "G"},
		{"j", "enter", "o", "j"},
		{"j", "enter", "i", "j", "c"},
		{"?", "j", "G"},
		{"w", "j"},
	}
	for _, s := range sizes {
		for _, f := range flows {
			d := newDriver(t, testCorpus(), s[0], s[1])
			d.press(f...)
			checkFits(t, d.view(), s[0], s[1])
		}
	}
}

// sgrColour matches an SGR sequence that sets a colour.
var sgrColour = regexp.MustCompile(`\x1b\[(?:[0-9]*;)*(?:3[0-9]|4[0-9]|9[0-7]|10[0-7])(?:;[0-9]*)*m`)

// TestNoColor checks that NO_COLOR removes every colour, and that colours
// are used otherwise.
func TestNoColor(t *testing.T) {
	tests := []struct {
		name   string
		env    []string
		colour bool
	}{
		{"dark", nil, true},
		{"no_color", []string{"NO_COLOR=1"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, keys := range [][]string{nil, {"j", "enter"}, {"j", "enter", "i"}, {"?"}} {
				d := newDriver(t, testCorpus(), 100, 30, tt.env...)
				d.press(keys...)
				raw := d.m.View().Content
				if got := sgrColour.MatchString(raw); got != tt.colour {
					t.Errorf("after %v: colour found = %v, want %v", keys, got, tt.colour)
				}
			}
		})
	}
}

// TestLightBackground checks that a light terminal gets the light page.
func TestLightBackground(t *testing.T) {
	d := newDriver(t, testCorpus(), 100, 30)
	d.press("j", "enter")
	dark := d.m.View().Content
	d.send(tea.BackgroundColorMsg{Color: lightGrey{}})
	if d.m.isDark {
		t.Fatal("still dark after a light background")
	}
	r := d.m.reader
	light := render.New(render.Options{Style: render.Light, Hyperlinks: true}).Page(r.Talk(), r.Width())
	text := light.Lines(light.LineOf(0), light.LineOf(0)+1)[0] // the first paragraph's first line
	if !strings.Contains(d.m.View().Content, text) {
		t.Errorf("the page is not rendered in the light style: %q is not on screen", text)
	}
	if light := d.m.View().Content; light == dark {
		t.Error("the screen did not change for a light background")
	}
	if ansi.Strip(d.m.View().Content) != d.view() {
		t.Error("view is not stable")
	}
}

// lightGrey is a light background colour.
type lightGrey struct{}

// RGBA is the colour: a light grey.
func (lightGrey) RGBA() (r, g, b, a uint32) { return 0xeeee, 0xeeee, 0xeeee, 0xffff }
