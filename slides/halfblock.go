package slides

import (
	"image"
	"strconv"
)

// Half-block cells: the top pixel in the foreground of ▀, or the bottom one
// in the foreground of ▄ when the top is transparent.
const (
	upperHalf = "▀"
	lowerHalf = "▄"
	sgrReset  = "\x1b[0m"
)

// opaqueFrom is the alpha from which a pixel is drawn; below it the
// terminal's own background shows.
const opaqueFrom = 0x80

// HalfBlocks draws img as text: each cell shows two pixels, the top one as
// the 24-bit foreground of ▀ and the bottom one as its background, so the
// result is img.Bounds().Dx() columns by ceil(Dy/2) lines. A transparent
// pixel (alpha below one half) leaves the terminal's default colour. Each
// line is plain text and SGR colour only, and ends with an SGR reset.
// Scale the image first (FitImage with Blocks says to what size).
func HalfBlocks(img *image.RGBA) []string {
	b := img.Bounds()
	lines := make([]string, 0, (b.Dy()+1)/2)
	buf := make([]byte, 0, b.Dx()*40)
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		buf = buf[:0]
		var last cellStyle
		for x := b.Min.X; x < b.Max.X; x++ {
			top := pixelAt(img, x, y)
			var bottom rgb
			if y+1 < b.Max.Y {
				bottom = pixelAt(img, x, y+1)
			}
			st, glyph := halfCell(top, bottom)
			if x == b.Min.X || st != last {
				buf = st.appendSGR(buf, last, x == b.Min.X)
				last = st
			}
			buf = append(buf, glyph...)
		}
		buf = append(buf, sgrReset...)
		lines = append(lines, string(buf))
	}
	return lines
}

// rgb is a straight (not premultiplied) colour; ok is false for a
// transparent pixel.
type rgb struct {
	r, g, b uint8
	ok      bool
}

// pixelAt reads one pixel of a premultiplied RGBA image as straight colour.
func pixelAt(img *image.RGBA, x, y int) rgb {
	i := img.PixOffset(x, y)
	p := img.Pix[i : i+4 : i+4]
	a := uint32(p[3])
	if a < opaqueFrom {
		return rgb{}
	}
	if a == 0xff {
		return rgb{p[0], p[1], p[2], true}
	}
	un := func(c uint8) uint8 { return uint8(min(uint32(c)*0xff/a, 0xff)) }
	return rgb{un(p[0]), un(p[1]), un(p[2]), true}
}

// cellStyle is the colours of one half-block cell; a colour with ok false
// is the terminal's default.
type cellStyle struct {
	fg, bg rgb
}

// halfCell is the style and glyph that show top over bottom.
func halfCell(top, bottom rgb) (cellStyle, string) {
	switch {
	case top.ok:
		return cellStyle{fg: top, bg: bottom}, upperHalf
	case bottom.ok:
		return cellStyle{fg: bottom}, lowerHalf
	}
	return cellStyle{}, " "
}

// appendSGR appends the one SGR sequence that changes the colours from last
// to s (from the default colours when first).
func (s cellStyle) appendSGR(buf []byte, last cellStyle, first bool) []byte {
	buf = append(buf, "\x1b["...)
	n := 0
	sep := func() {
		if n > 0 {
			buf = append(buf, ';')
		}
		n++
	}
	if first || s.fg != last.fg {
		sep()
		buf = appendColour(buf, 38, s.fg)
	}
	if first || s.bg != last.bg {
		sep()
		buf = appendColour(buf, 48, s.bg)
	}
	return append(buf, 'm')
}

// appendColour appends the SGR parameters of one colour: 38/48;2;r;g;b, or
// 39/49 (the default) for a transparent one.
func appendColour(buf []byte, base int, c rgb) []byte {
	if !c.ok {
		return strconv.AppendInt(buf, int64(base+1), 10)
	}
	buf = strconv.AppendInt(buf, int64(base), 10)
	buf = append(buf, ";2;"...)
	buf = strconv.AppendInt(buf, int64(c.r), 10)
	buf = append(buf, ';')
	buf = strconv.AppendInt(buf, int64(c.g), 10)
	buf = append(buf, ';')
	return strconv.AppendInt(buf, int64(c.b), 10)
}
