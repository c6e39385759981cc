package slides

import (
	"image/color"
	"testing"

	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/ansi/kitty"
)

// TestLinesSurviveTheRenderer draws picture lines into an ultraviolet
// screen buffer, as Bubble Tea v2's renderer does with a View: each kitty
// placeholder cell stays one cell, with its diacritics and the id's
// colour, and each half-block cell keeps its two colours.
func TestLinesSurviveTheRenderer(t *testing.T) {
	for _, method := range []ansi.Method{ansi.WcWidth, ansi.GraphemeWidth} {
		id := KittyID(300)
		lines := KittyPlaceholders(id, 6, 2)
		buf := uv.NewScreenBuffer(10, 2)
		buf.Method = method
		for y, l := range lines {
			uv.NewStyledString(l).Draw(buf, uv.Rect(0, y, 10, 1))
		}
		for y := range 2 {
			for x := range 6 {
				c := buf.CellAt(x, y)
				want := string([]rune{kitty.Placeholder, kitty.Diacritic(y), kitty.Diacritic(x), kitty.Diacritic(1)})
				if c == nil || c.Content != want || c.Width != 1 {
					t.Fatalf("method %v: cell %d,%d = %+v, want %q of width 1", method, x, y, c, want)
				}
				if c.Style.Fg != ansi.IndexedColor(id&0xff) {
					t.Fatalf("method %v: cell %d,%d colour %v, want index %d", method, x, y, c.Style.Fg, id&0xff)
				}
			}
			if c := buf.CellAt(6, y); c.Content != " " {
				t.Errorf("the placeholders spill past 6 cells: %q", c.Content)
			}
		}
	}

	img := tinyImage()
	blocks := HalfBlocks(img)
	buf := uv.NewScreenBuffer(3, 2)
	for y, l := range blocks {
		uv.NewStyledString(l).Draw(buf, uv.Rect(0, y, 3, 1))
	}
	c := buf.CellAt(0, 0)
	if c.Content != upperHalf || !sameColour(c.Style.Fg, color.RGBA{255, 0, 0, 255}) || !sameColour(c.Style.Bg, color.RGBA{0, 0, 255, 255}) {
		t.Errorf("half-block cell 0,0 = %+v, want ▀ red on blue", c)
	}
}

func sameColour(a, b color.Color) bool {
	if a == nil || b == nil {
		return false
	}
	r1, g1, b1, _ := a.RGBA()
	r2, g2, b2, _ := b.RGBA()
	return r1>>8 == r2>>8 && g1>>8 == g2>>8 && b1>>8 == b2>>8
}
