package slides

import (
	"bytes"
	"image"
	"slices"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/ansi/sixel"
)

// sixelColours is the palette size every sixel terminal supports.
const sixelColours = 256

// SixelSequence is the DCS sixel sequence that draws img at the cursor, in
// its pixel size, with at most 256 colours (exact for a slide's few flat
// colours, a median cut otherwise). The image's top-left lands on the
// cursor cell; transparent pixels are left undrawn.
//
// The pixels are encoded here, with x/ansi/sixel's raster, colour and
// repeat writers: x/ansi v0.11.9's own Encoder picks wrong colours once an
// image has more than 256 (an unsigned underflow in its nearest-colour
// search) and orders its palette by map iteration, so equal images gave
// different bytes.
func SixelSequence(img *image.RGBA) (string, error) {
	q := quantize(img, sixelColours)
	var out bytes.Buffer
	out.Grow(q.w * q.h / 2)
	if _, err := sixel.WriteRaster(&out, 1, 1, q.w, q.h); err != nil {
		return "", err
	}
	for i, c := range q.palette {
		sixel.WriteColor(&out, i, 2, int(sixel.ConvertChannel(uint32(c.R)*0x101)), //nolint:errcheck // a bytes.Buffer
			int(sixel.ConvertChannel(uint32(c.G)*0x101)), int(sixel.ConvertChannel(uint32(c.B)*0x101)))
	}
	writeSixelBands(&out, q)
	return ansi.SixelGraphics(0, 1, 0, out.Bytes()), nil
}

// writeSixelBands writes the pixels six rows at a time: for each colour in
// the band, "#n" and one sixel character a column (runs as "!count"),
// colours separated by "$" (back to the band's start), bands by "-".
func writeSixelBands(out *bytes.Buffer, q *paletted) {
	bits := make([][]byte, len(q.palette)) // per colour, one sixel a column
	inBand := make([]bool, len(q.palette))
	var used []int
	for top := 0; top < q.h; top += 6 {
		used = used[:0]
		for row := top; row < min(top+6, q.h); row++ {
			for x, idx := range q.index[row*q.w : (row+1)*q.w] {
				if idx == transparentIndex {
					continue
				}
				if !inBand[idx] {
					inBand[idx] = true
					used = append(used, int(idx))
					if bits[idx] == nil {
						bits[idx] = make([]byte, q.w)
					}
				}
				bits[idx][x] |= 1 << (row - top)
			}
		}
		slices.Sort(used)
		for n, idx := range used {
			if n > 0 {
				out.WriteByte(sixel.CarriageReturn)
			}
			sixel.WriteColor(out, idx, 0, 0, 0, 0) //nolint:errcheck // a bytes.Buffer
			writeSixelRow(out, bits[idx])
			clear(bits[idx])
			inBand[idx] = false
		}
		if top+6 < q.h {
			out.WriteByte(sixel.LineBreak)
		}
	}
}

// writeSixelRow writes one colour's sixels for a band, run-length encoded,
// without the empty sixels at its end.
func writeSixelRow(out *bytes.Buffer, row []byte) {
	end := len(row)
	for end > 0 && row[end-1] == 0 {
		end--
	}
	for x := 0; x < end; {
		run := 1
		for x+run < end && row[x+run] == row[x] {
			run++
		}
		ch := '?' + row[x]
		if run > 3 {
			sixel.WriteRepeat(out, run, ch) //nolint:errcheck // a bytes.Buffer
		} else {
			for range run {
				out.WriteByte(ch)
			}
		}
		x += run
	}
}
