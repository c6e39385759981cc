package slides

import "math"

// The cell size assumed when the terminal has not said its own.
const (
	DefaultCellWidth  = 10
	DefaultCellHeight = 20
)

// MaxCells is the most rows or columns one image may span: the kitty
// placeholders can number no more (the count of row/column diacritics).
const MaxCells = 297

// Box is the room an image may take on screen, in cells, and the pixel size
// of one cell when the terminal has told it (zero: DefaultCellWidth ×
// DefaultCellHeight).
type Box struct {
	Cols, Rows            int
	CellWidth, CellHeight int
}

// cell is the box's cell size in pixels, defaults filled in.
func (b Box) cell() (w, h int) {
	w, h = b.CellWidth, b.CellHeight
	if w <= 0 {
		w = DefaultCellWidth
	}
	if h <= 0 {
		h = DefaultCellHeight
	}
	return w, h
}

// Fit is where an image lands in a box: the cells it covers and the pixel
// size to scale it to before encoding.
type Fit struct {
	// Cols and Rows are the cells the picture covers (at least 1×1).
	Cols, Rows int
	// Width and Height are the pixels of the scaled image handed to the
	// encoder: for Blocks one pixel is half a cell (Width = Cols, Height =
	// 2×Rows); for the pixel protocols they are screen pixels.
	Width, Height int
}

// FitImage places an image of w×h pixels in the box for protocol p, keeping
// its aspect ratio. Pixel protocols never enlarge an image past its own
// size; half-blocks do, since a half-block pixel is coarse. A zero or
// negative box or image gives a zero Fit.
func FitImage(w, h int, box Box, p Protocol) Fit {
	cols, rows := min(box.Cols, MaxCells), min(box.Rows, MaxCells)
	if w <= 0 || h <= 0 || cols <= 0 || rows <= 0 || p == None {
		return Fit{}
	}
	cw, ch := box.cell()
	scale := math.Min(float64(cols*cw)/float64(w), float64(rows*ch)/float64(h))
	if p.pixelBased() {
		scale = math.Min(scale, 1)
	}
	dw, dh := float64(w)*scale, float64(h)*scale // on-screen pixels
	if p == Blocks {
		c := clamp(int(math.Round(dw/float64(cw))), 1, cols)
		r := clamp(int(math.Round(dh/float64(ch))), 1, rows)
		return Fit{Cols: c, Rows: r, Width: c, Height: 2 * r}
	}
	pw, ph := max(1, int(math.Round(dw))), max(1, int(math.Round(dh)))
	c := clamp((pw+cw-1)/cw, 1, cols)
	r := clamp((ph+ch-1)/ch, 1, rows)
	return Fit{Cols: c, Rows: r, Width: pw, Height: ph}
}

func clamp(v, lo, hi int) int {
	return max(lo, min(v, hi))
}
