package slides

import (
	"bytes"
	"image"
	"testing"

	"golang.org/x/image/draw"
)

func TestFitImage(t *testing.T) {
	tests := []struct {
		name string
		w, h int
		box  Box
		p    Protocol
		want Fit
	}{
		// A 16:9 slide in 80×20 cells of 10×20 pixels (800×400): height
		// bounds it, 711×400 pixels over 72×20 cells.
		{"slide kitty", 1920, 1080, Box{Cols: 80, Rows: 20}, Kitty, Fit{Cols: 72, Rows: 20, Width: 711, Height: 400}},
		{"slide blocks", 1920, 1080, Box{Cols: 80, Rows: 20}, Blocks, Fit{Cols: 71, Rows: 20, Width: 71, Height: 40}},
		// Width bounds a wide box: 40 cols × 10 px = 400 px wide, 225 tall.
		{"width bound", 1920, 1080, Box{Cols: 40, Rows: 50}, Sixel, Fit{Cols: 40, Rows: 12, Width: 400, Height: 225}},
		// Known cell size 8×16.
		{"cell size", 1600, 900, Box{Cols: 100, Rows: 40, CellWidth: 8, CellHeight: 16}, ITerm, Fit{Cols: 100, Rows: 29, Width: 800, Height: 450}},
		// Pixel protocols do not enlarge a small image; blocks do.
		{"small kitty", 48, 27, Box{Cols: 80, Rows: 20}, Kitty, Fit{Cols: 5, Rows: 2, Width: 48, Height: 27}},
		{"small blocks", 48, 27, Box{Cols: 80, Rows: 20}, Blocks, Fit{Cols: 71, Rows: 20, Width: 71, Height: 40}},
		// Tall and thin still gets one column.
		{"thin", 1, 1000, Box{Cols: 80, Rows: 20}, Blocks, Fit{Cols: 1, Rows: 20, Width: 1, Height: 40}},
		{"none", 100, 100, Box{Cols: 80, Rows: 20}, None, Fit{}},
		{"empty box", 100, 100, Box{}, Blocks, Fit{}},
		{"empty image", 0, 100, Box{Cols: 80, Rows: 20}, Blocks, Fit{}},
		// The box is capped at MaxCells.
		{"huge box", 10000, 10000, Box{Cols: 1000, Rows: 1000, CellWidth: 10, CellHeight: 10}, Kitty, Fit{Cols: MaxCells, Rows: MaxCells, Width: 2970, Height: 2970}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FitImage(tt.w, tt.h, tt.box, tt.p); got != tt.want {
				t.Errorf("FitImage(%d, %d, %+v, %v) = %+v, want %+v", tt.w, tt.h, tt.box, tt.p, got, tt.want)
			}
		})
	}
}

func TestParseProtocol(t *testing.T) {
	for _, p := range []Protocol{None, Blocks, Kitty, Sixel, ITerm} {
		got, auto, err := ParseProtocol(" " + p.String() + " ")
		if err != nil || auto || got != p {
			t.Errorf("ParseProtocol(%q) = %v, %v, %v", p.String(), got, auto, err)
		}
	}
	if _, auto, err := ParseProtocol("AUTO"); !auto || err != nil {
		t.Errorf("ParseProtocol(AUTO): auto %v, err %v", auto, err)
	}
	if _, _, err := ParseProtocol("png"); err == nil {
		t.Error("ParseProtocol(png) should fail")
	}
}

// TestScaleInStripsIsOneImage: the strips drawn on several cores make the
// same image as one pass.
func TestScaleInStripsIsOneImage(t *testing.T) {
	src := slideImage(1280, 720, 3)
	got := Scale(src, 400, 225)
	want := image.NewRGBA(image.Rect(0, 0, 400, 225))
	draw.ApproxBiLinear.Scale(want, want.Bounds(), src, src.Bounds(), draw.Src, nil)
	if !bytes.Equal(got.Pix, want.Pix) {
		t.Error("scaling in strips differs from scaling at once")
	}
}
